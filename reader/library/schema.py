"""The schema as frozen history: one step per version, each step's SQL written out as it was.

A step never reads rows through today's column lists or helpers: a library file from years
ago must still upgrade when those have changed. Only the full-text index, which is derived
from the articles, is written by today's code (search.py), since today's searches read it.

PRAGMA user_version is the schema version; a library from a newer version is refused.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.library import search
from reader.library.connection import LibraryError


@dataclass(frozen=True)
class Step:
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
    functions: dict[str, Callable[..., str]] = field(default_factory=dict)
    # The index is emptied and every article indexed again once all steps have run.
    reindex: bool = False


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
)
SCHEMA_VERSION = STEPS[-1].version


def statements(script: str) -> list[str]:
    return [s for s in script.split(";") if s.strip()]


def version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, path: object) -> int:
    """The file's schema version, or LibraryError for one this program cannot use."""
    version = version_of(conn)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer version of Paper Reader (schema {version};"
            f" this version knows {SCHEMA_VERSION}). Please update Paper Reader."
        )
    if version < 0:
        raise LibraryError(f"The file {path} is not a Paper Reader library.")
    return version


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the steps after `version`, inside the caller's transaction."""
    reindex = False
    for step in STEPS[version:]:
        for name, function in step.functions.items():
            conn.create_function(name, -1, function, deterministic=True)
        for statement in statements(step.sql):
            conn.execute(statement)
        if step.unindex:
            rows = conn.execute(step.unindex).fetchall()
            search.index(conn, [search.indexed_from_columns(row) for row in rows], "delete")
        for statement in statements(step.then):
            conn.execute(statement)
        for statement in statements(step.optional):
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute(statement)
        reindex = reindex or step.reindex
    if reindex:
        search.rebuild(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@functools.cache
def tables(version: int) -> frozenset[str]:
    """The tables a library of `version` has (FTS5's own among them), from its steps."""
    conn = sqlite3.connect(":memory:")
    try:
        for step in STEPS[: min(version, SCHEMA_VERSION)]:
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
