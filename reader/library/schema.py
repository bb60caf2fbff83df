"""The schema as frozen history: one step per version, each step's SQL written out as it was.

A step never reads rows through today's column lists or functions: a library file from years
ago must still upgrade when those have changed. Only the full-text index, which is derived
from the articles, is written by today's code (search.py), since today's searches read it.

PRAGMA user_version is the schema version. A library from a newer version is used only when
the 'oldest_compatible_schema' it records (in the state table, written by every migration)
is this version or older: the newer version's changes only added what this one need not
know (an index, a column with a default, a table). Otherwise it is refused, untouched.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from reader.library import search
from reader.library.connection import LibraryError


class Step(NamedTuple):
    """The change from version - 1 to `version`: `sql`, then `then`."""

    version: int
    sql: str
    # Statements an older SQLite may refuse; the step stands without them.
    optional: str = ""
    # Run between `sql` and `then`: a query of (id, title, kicker, subtitle, section, byline,
    # dateline, paragraphs, captions) of the articles that `then` deletes, whose entries in
    # the index go first (the index keeps no text, so an entry is removed by its words).
    unindex: str = ""
    then: str = ""
    # Functions the SQL calls, by name.
    functions: Mapping[str, Callable[..., str]] = MappingProxyType({})
    # The index is emptied and every article indexed again once all steps have run.
    reindex: bool = False


def _key_suffix(paper: str | None, day: str | None, source: str) -> str:
    # Only a library older than version 6 needs it: not loaded at each start.
    from reader.library.identity import key_suffix

    return key_suffix(paper, day, source)


# Bookmarks and read state are keyed by article key, not by a foreign key to article rows:
# re-importing an issue replaces its rows, and the reader's marks must survive.
_V1 = """
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

# Version 6: one issue per paper and date whatever its format, the richer source kept (the
# most text in saved articles, then an HTML, folder or PDF source over a text dump, then
# the newest); and an article key unique in the whole library, a repeated one suffixed.
_RICHER = "(o.text_chars, o.format <> 'text', o.id) > (i.text_chars, i.format <> 'text', i.id)"
_V6 = f"""
ALTER TABLE issue ADD COLUMN text_chars INTEGER NOT NULL DEFAULT 0;
UPDATE issue SET text_chars = (
    SELECT coalesce(sum(length(p.value)), 0) FROM article a, json_each(a.paragraphs) p
    WHERE a.issue_id = issue.id AND a.saved AND json_valid(a.paragraphs));
CREATE TEMP TABLE merged AS
    SELECT i.id FROM issue i WHERE i.paper IS NOT NULL AND i.date IS NOT NULL AND EXISTS (
        SELECT 1 FROM issue o WHERE o.paper = i.paper AND o.date = i.date AND {_RICHER});
"""
_V6_UNINDEX = """
SELECT id, title, kicker, subtitle, section, byline, dateline, paragraphs, captions
FROM article WHERE issue_id IN (SELECT id FROM merged)
"""
# Of articles sharing a key, the one of the first issue keeps it, as article(key) found it.
_V6_THEN = """
DELETE FROM article WHERE issue_id IN (SELECT id FROM merged);
DELETE FROM page WHERE issue_id IN (SELECT id FROM merged);
DELETE FROM issue WHERE id IN (SELECT id FROM merged);
DROP TABLE merged;
CREATE TEMP TABLE repeated AS
    SELECT a.id, a.key || key_suffix(i.paper, i.date, i.source) AS key
    FROM article a JOIN issue i ON i.id = a.issue_id
    WHERE EXISTS (SELECT 1 FROM article b
        WHERE b.key = a.key AND (b.issue_id, b.id) < (a.issue_id, a.id));
UPDATE article SET key = (SELECT key FROM repeated r WHERE r.id = article.id)
    WHERE id IN (SELECT id FROM repeated);
DELETE FROM repeated;
INSERT INTO repeated SELECT a.id, a.key || '-' || a.id FROM article a
    WHERE EXISTS (SELECT 1 FROM article b
        WHERE b.key = a.key AND (b.issue_id, b.id) < (a.issue_id, a.id));
UPDATE article SET key = (SELECT key FROM repeated r WHERE r.id = article.id)
    WHERE id IN (SELECT id FROM repeated);
DROP TABLE repeated;
DROP INDEX article_key;
CREATE UNIQUE INDEX article_key ON article (key);
DROP INDEX issue_identity;
CREATE INDEX issue_identity ON issue (paper, date);
"""

_V9 = """
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5 (
    body, title, heads, content='', tokenize='unicode61 remove_diacritics 2');
INSERT INTO search (search, rank) VALUES ('automerge', 16);
DROP TABLE search_chars;
CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content='', detail=none, columnsize=0);
CREATE TABLE imported_folder (
    path TEXT PRIMARY KEY, files TEXT NOT NULL, issues INTEGER NOT NULL) WITHOUT ROWID;
"""
_V9_HASHSIZE = (
    "INSERT INTO search (search, rank) VALUES ('hashsize', 16777216);"
    "INSERT INTO search_chars (search_chars, rank) VALUES ('hashsize', 16777216)"
)

STEPS: tuple[Step, ...] = (
    Step(1, _V1),
    # Single characters get an index of their own: as the prefix of every bigram they
    # start, a common character such as 的 took seconds to search.
    Step(2, "CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content='', detail=none)"),
    # Issues in reading order without sorting them all: listing a page of the sidebar and
    # finding the next unread article stay quick in a library of 10,000 issues.
    Step(3, "CREATE INDEX issue_order ON issue (date IS NULL, date DESC, id DESC)"),
    # Merging the index's segments 16 at a time instead of 4 rewrites each posting less
    # often: imports into a large library take a fifth less time, searches no longer.
    Step(4, "INSERT INTO search (search, rank) VALUES ('automerge', 16)"),
    # Texts are indexed folded (traditional characters as simplified, full width as half),
    # so 經濟 and 经济 find each other: every article is indexed again.
    Step(
        5,
        "",
        optional=(
            "INSERT INTO search (search, rank) VALUES ('hashsize', 16777216);"
            "INSERT INTO search_chars (search_chars, rank) VALUES ('hashsize', 16777216)"
        ),
        reindex=True,
    ),
    Step(
        6,
        _V6,
        unindex=_V6_UNINDEX,
        then=_V6_THEN,
        functions={"key_suffix": _key_suffix},
    ),
    # Each page keeps its printed page: picture and PDF (paths relative to the issue) and
    # where each article is on it, as JSON [[key, [x1, y1, x2, y2, …]], …]. Issues stored
    # before have none until they are imported again.
    Step(
        7,
        "ALTER TABLE page ADD COLUMN image TEXT;"
        "ALTER TABLE page ADD COLUMN pdf TEXT;"
        "ALTER TABLE page ADD COLUMN areas TEXT NOT NULL DEFAULT '[]'",
    ),
    # The body first in the index of words and bigrams: FTS5 marks each entry of a column
    # after the first with the column's number, two bytes on nearly every entry when the
    # body came third; the index is a quarter smaller. The index of characters keeps no
    # sizes (it ranks nothing). And the folders of a large import that are stored whole,
    # so that an import stopped halfway resumes where it stopped.
    Step(9, _V9, optional=_V9_HASHSIZE, reindex=True),
)
SCHEMA_VERSION = STEPS[-1].version
# The oldest schema version whose program may read and write a library of this version.
# Raise it to SCHEMA_VERSION with any change an older program would get wrong; leave it
# with a change that only adds (an index, a column with a default, a table it need not know).
# 9: an older program would rank searches by the columns of the index in their old order.
OLDEST_COMPATIBLE = 9
COMPATIBLE = "oldest_compatible_schema"


def statements(script: str) -> list[str]:
    return [s for s in script.split(";") if s.strip()]


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: object) -> int:
    """The file's schema version, or LibraryError for one this program cannot use."""
    version = version_of(conn)
    if version > SCHEMA_VERSION and (oldest_compatible(conn) or version) > SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer version of Paper Reader (schema {version};"
            f" this version knows {SCHEMA_VERSION}). Please update Paper Reader."
        )
    if version < 0:
        raise LibraryError(f"The file {path} is not a Paper Reader library.")
    return version


def oldest_compatible(conn: sqlite3.Connection) -> int | None:
    """The oldest schema whose program may use this library, as its last migration wrote."""
    try:
        row = conn.execute("SELECT value FROM state WHERE name = ?", (COMPATIBLE,)).fetchone()
        return None if row is None else int(row[0])
    except (sqlite3.DatabaseError, ValueError, TypeError):
        return None


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the steps after `version`, inside the caller's transaction."""
    # Entries made by an older tokenizer cannot be removed with today's tokens: when the
    # index is built again at the end, steps leave it alone.
    later = [step for step in STEPS if step.version > version]
    reindex = any(step.reindex for step in later)
    for step in later:
        for name, function in step.functions.items():
            conn.create_function(name, -1, function, deterministic=True)
        for statement in statements(step.sql):
            conn.execute(statement)
        if step.unindex and not reindex:
            rows = conn.execute(step.unindex).fetchall()
            search.index(conn, [search.indexed_from_columns(row) for row in rows], "delete")
        for statement in statements(step.then):
            conn.execute(statement)
        for statement in statements(step.optional):
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute(statement)
    if reindex:
        search.rebuild(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute(
        "INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)",
        (COMPATIBLE, str(OLDEST_COMPATIBLE)),
    )


def complete(conn: sqlite3.Connection) -> bool:
    """Whether the file has every table its schema version had (a newer version's, when it
    may be used, every table of this one): else it is damaged, or no library at all."""
    version = version_of(conn)
    existing = existing_tables(conn)
    if version == 0:
        return not existing  # a new file; tables without a version are another program's
    if version > SCHEMA_VERSION:
        oldest = oldest_compatible(conn)
        return oldest is None or oldest > SCHEMA_VERSION or tables(SCHEMA_VERSION) <= existing
    return version > 0 and tables(version) <= existing


@functools.cache
def tables(version: int) -> frozenset[str]:
    """The tables a library of `version` has (FTS5's own among them), from its steps."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in (step for step in STEPS if step.version <= version):
            for name, function in step.functions.items():
                conn.create_function(name, -1, function, deterministic=True)
            for statement in statements(step.sql + ";" + step.then):
                conn.execute(statement)
        return existing_tables(conn)
    finally:
        conn.close()


def existing_tables(conn: sqlite3.Connection) -> frozenset[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return frozenset(row[0] for row in rows)
