"""Library files as earlier versions of Paper Reader wrote them, for the upgrade tests.

Each schema is written out here as that version created it, with the rows it held, in
SQL of its own: nothing is taken from today's code, so a migration step that someone edits
later (or that reads rows through today's functions) fails the tests.

    python3 tests/old_libraries.py DIR      # writes library-v1.sqlite … into DIR
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

# --- the schemas as they were --------------------------------------------------------------

V1 = """
CREATE TABLE issue (
    id INTEGER PRIMARY KEY,
    paper TEXT, date TEXT, format TEXT NOT NULL, source TEXT NOT NULL,
    title TEXT NOT NULL, content_hash TEXT NOT NULL, imported TEXT NOT NULL,
    page_count INTEGER NOT NULL, article_count INTEGER NOT NULL);
CREATE INDEX issue_identity ON issue (paper, date, format);
CREATE INDEX issue_source ON issue (source);
CREATE TABLE page (
    issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, code TEXT NOT NULL, name TEXT,
    PRIMARY KEY (issue_id, code));
CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    key TEXT NOT NULL, position INTEGER NOT NULL,
    title TEXT NOT NULL, kicker TEXT, subtitle TEXT, section TEXT,
    page TEXT, page_name TEXT, dateline TEXT, byline TEXT,
    paragraphs TEXT NOT NULL, captions TEXT NOT NULL, images TEXT NOT NULL,
    pages TEXT NOT NULL, saved INTEGER NOT NULL,
    UNIQUE (issue_id, position), UNIQUE (issue_id, key));
CREATE INDEX article_key ON article (key);
CREATE VIRTUAL TABLE search USING fts5 (
    title, heads, body, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE read_state (key TEXT PRIMARY KEY, read_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE bookmark (
    key TEXT PRIMARY KEY, note TEXT NOT NULL, created TEXT NOT NULL,
    paper TEXT, date TEXT, page TEXT, title TEXT NOT NULL, byline TEXT,
    opening TEXT NOT NULL);
CREATE TABLE state (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
"""
V2 = "CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content='', detail=none);"
V3 = "CREATE INDEX issue_order ON issue (date IS NULL, date DESC, id DESC);"
V4 = "INSERT INTO search (search, rank) VALUES ('automerge', 16);"
# Version 5 changed no table: it indexed every text again, folded.
# Version 6 kept one issue per paper and date, and made article keys unique.
V6 = """
ALTER TABLE issue ADD COLUMN text_chars INTEGER NOT NULL DEFAULT 0;
DROP INDEX article_key;
CREATE UNIQUE INDEX article_key ON article (key);
DROP INDEX issue_identity;
CREATE INDEX issue_identity ON issue (paper, date);
"""
# Version 7 kept each page's printed page: its picture, PDF and the areas of its articles.
V7 = """
ALTER TABLE page ADD COLUMN image TEXT;
ALTER TABLE page ADD COLUMN pdf TEXT;
ALTER TABLE page ADD COLUMN areas TEXT NOT NULL DEFAULT '[]';
"""
SCHEMAS = {
    1: V1,
    2: V1 + V2,
    3: V1 + V2 + V3,
    4: V1 + V2 + V3 + V4,
    5: V1 + V2 + V3 + V4,
    6: V1 + V2 + V3 + V4 + V6,
    7: V1 + V2 + V3 + V4 + V6 + V7,
}
VERSIONS = tuple(SCHEMAS)

# --- what they held ------------------------------------------------------------------------

PAPER, DAY = "江城日报", "2026-03-12"
# Up to version 5 an issue was one paper, date and format: the same day as a text dump and as
# saved e-paper pages became two issues whose articles shared keys. The e-paper copy has
# more text: it is the one kept.
ISSUES = [
    # id, paper, date, format, source, title
    (1, PAPER, DAY, "text", "/papers/jiangcheng.txt", f"{PAPER} {DAY}"),
    (2, PAPER, DAY, "folder", "/papers/jiangcheng-epaper", f"{PAPER} {DAY}"),
    (3, None, None, "text", "/papers/undated-a.txt", "undated-a.txt"),
    (4, None, None, "text", "/papers/undated-b.txt", "undated-b.txt"),
]
SPRING = "a1b2c3d4e5f60001"  # in both copies of the day
FIGURES = "a1b2c3d4e5f60002"  # in both copies
ONLY_TEXT = "a1b2c3d4e5f60003"  # only in the text dump, which is dropped
TRADITIONAL = "a1b2c3d4e5f60004"  # only in the e-paper copy
SHARED = "a1b2c3d4e5f60005"  # the same story in two undated files
ARTICLES = [
    # id, issue, key, position, title, paragraphs
    (1, 1, SPRING, 0, "春耕备耕忙", ["本报讯 连日来，无锡各地农民抢抓农时。"]),
    (2, 1, FIGURES, 1, "国家统计局发布数据", ["物价总体平稳。"]),
    (3, 1, ONLY_TEXT, 2, "只在文本里", ["这篇只在文本版里。"]),
    (4, 2, SPRING, 0, "春耕备耕忙", ["本报讯 连日来，无锡各地农民抢抓农时。", "现场指导。"]),
    (5, 2, FIGURES, 1, "国家统计局发布数据", ["物价总体平稳，就业形势稳定。"]),
    (6, 2, TRADITIONAL, 2, "經濟穩步發展", ["本港經濟數據公佈。"]),
    (7, 3, SHARED, 0, "湖畔新闻", ["湖畔公园春季开园，游客众多。"]),
    (8, 4, SHARED, 0, "湖畔新闻", ["湖畔公园春季开园，游客众多。"]),
]
BOOKMARKS = [SPRING, ONLY_TEXT, TRADITIONAL, SHARED]
READ = [FIGURES, SHARED]
LAST = TRADITIONAL
IMPORTED = "2026-03-12T08:00:00+00:00"


def build(path: Path, version: int) -> None:
    """A library file of `version`, as that version wrote it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in SCHEMAS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
        _fill(conn, version)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    finally:
        conn.close()


# A library of version 6 had already dropped the text dump of the day and given the second
# undated copy of a story its own key (the key and "~" and 8 hex digits of its source).
V6_DROPPED_ISSUE = 1
V6_SUFFIXED = {8: "~ad5b357d"}  # what version 6 derived from /papers/undated-b.txt


def _fill(conn: sqlite3.Connection, version: int) -> None:
    issues, articles = ISSUES, ARTICLES
    if version >= 6:
        issues = [i for i in ISSUES if i[0] != V6_DROPPED_ISSUE]
        articles = [
            (a[0], a[1], a[2] + V6_SUFFIXED.get(a[0], ""), *a[3:])
            for a in ARTICLES
            if a[1] != V6_DROPPED_ISSUE
        ]
    counts = {n: sum(1 for a in articles if a[1] == n) for n, *_ in issues}
    for issue_id, paper, day, fmt, source, title in issues:
        conn.execute(
            "INSERT INTO issue (id, paper, date, format, source, title, content_hash, imported,"
            " page_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (
                issue_id,
                paper,
                day,
                fmt,
                source,
                title,
                f"hash{issue_id}",
                "2026-03-12T08:00:00+00:00",
                counts[issue_id],
            ),
        )
        conn.execute(
            "INSERT INTO page (issue_id, position, code, name) VALUES (?, 0, '01', '要闻')",
            (issue_id,),
        )
    for article_id, issue_id, key, position, title, paragraphs in articles:
        conn.execute(
            "INSERT INTO article (id, issue_id, key, position, title, page, page_name,"
            " paragraphs, captions, images, pages, saved)"
            " VALUES (?, ?, ?, ?, ?, '01', '要闻', ?, '[]', '[]', '[\"01\"]', 1)",
            (
                article_id,
                issue_id,
                key,
                position,
                title,
                json.dumps(paragraphs, ensure_ascii=False),
            ),
        )
        _index(conn, version, article_id, title, "\n".join(paragraphs))
    for n, key in enumerate(BOOKMARKS):
        title = next(a[4] for a in ARTICLES if a[2] == key)
        conn.execute(
            "INSERT INTO bookmark (key, note, created, paper, date, page, title, byline, opening)"
            " VALUES (?, ?, ?, ?, ?, '01', ?, NULL, ?)",
            (key, f"note {n}", f"2026-03-1{n}T09:00:00+00:00", PAPER, DAY, title, title),
        )
    for key in READ:
        conn.execute(
            "INSERT INTO read_state (key, read_at) VALUES (?, '2026-03-12T10:00:00')", (key,)
        )
    conn.execute("INSERT INTO state (name, value) VALUES ('last_article', ?)", (LAST,))


def _index(conn: sqlite3.Connection, version: int, rowid: int, title: str, body: str) -> None:
    if version >= 5:
        # Version 5 indexed folded bigrams; today's tokens are the same, which is what a
        # library of version 5 holds.
        from reader.searchtext import article_tokens

        tokens = article_tokens(title, (), (body,))
        conn.execute(
            "INSERT INTO search (rowid, title, heads, body) VALUES (?, ?, ?, ?)",
            (rowid, *tokens[:3]),
        )
        conn.execute("INSERT INTO search_chars (rowid, chars) VALUES (?, ?)", (rowid, tokens[3]))
        return
    # Before version 5 texts were indexed as written (not folded): what exactly does not
    # matter, since version 5 empties the index and fills it again.
    conn.execute(
        "INSERT INTO search (rowid, title, heads, body) VALUES (?, ?, '', ?)", (rowid, title, body)
    )
    if version >= 2:
        conn.execute(
            "INSERT INTO search_chars (rowid, chars) VALUES (?, ?)", (rowid, " ".join(title + body))
        )


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for v in VERSIONS:
        target = folder / f"library-v{v}.sqlite"
        target.unlink(missing_ok=True)
        build(target, v)
        print(target)
