"""Connections to the library file, write transactions, and SQLite errors told by their code."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

FILE_NAME = "library.sqlite"
BUSY_TIMEOUT_MS = 10_000
PAGE_SIZE = 16384
# How often a write waits out another process's long write before giving up.
BEGIN_ATTEMPTS = 5

R = TypeVar("R")

READ_ONLY = (
    "The library is open read-only because its folder or file cannot be written to:"
    " you can read, but nothing can be saved (bookmarks, imports)."
)


class LibraryError(Exception):
    """Something the reader must be told; the message is shown as is."""


def default_home() -> Path:
    """$PAPER_READER_HOME, else the user's data folder for paper-reader."""
    env = os.environ.get("PAPER_READER_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("paper-reader"))


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
        _new_file_layout(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts the file and a killed process loses nothing; only a
    # power cut may lose the last few imports. FULL would sync the disk on every commit.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _new_file_layout(conn: sqlite3.Connection) -> None:
    """How a new library file is laid out (an existing file is never changed by this)."""
    # A story takes 1 to 3 KiB: pages of 4 KiB held one story each, the rest left empty.
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    # Pages the search index frees as it merges its segments can be given back to the disk
    # after a large import (Library.give_back_free_pages).
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")


def connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL library in a read-only folder cannot get its shared-memory file: read it as
        # a file nobody changes, which it is while the folder stays read-only.
        conn.close()
        uri = f"{path.resolve().as_uri()}?immutable=1"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


# Text the library wrote is UTF-8; bytes that are not are damage, read as U+FFFD.
_decode = functools.partial(str, encoding="utf-8", errors="replace")


def reading_damaged_text(conn: sqlite3.Connection, read: Callable[[], R]) -> R:
    """`read()`, and if it meets stored text that is not UTF-8 (a byte changed on disk), again
    with such bytes read as U+FFFD: one damaged title must not fail a whole listing. (Only
    then: decoding in Python would slow every read.)"""
    try:
        return read()
    except sqlite3.OperationalError as err:
        if primary_code(err) is not None:  # SQLite's own error; undecodable text is Python's
            raise
    conn.text_factory = _decode
    try:
        return read()
    finally:
        conn.text_factory = str


# --- errors -------------------------------------------------------------------------------

_BUSY = "the library is busy in another window or program; please try again"
_UNWRITABLE = "the library file or its folder cannot be written to"
_DISK = "the disk is full or cannot be written"
DAMAGED = "the library file is damaged"

# What each primary result code means to a reader. Every other code (SQLITE_ERROR for
# "no such column", MISUSE, CONSTRAINT, RANGE…) is a bug in this program and is raised as is.
_REASONS = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_PROTOCOL: _BUSY,
    sqlite3.SQLITE_READONLY: _UNWRITABLE,
    sqlite3.SQLITE_PERM: _UNWRITABLE,
    sqlite3.SQLITE_AUTH: _UNWRITABLE,
    sqlite3.SQLITE_IOERR: _DISK,
    sqlite3.SQLITE_FULL: _DISK,
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
    sqlite3.SQLITE_FORMAT: DAMAGED,
    sqlite3.SQLITE_CANTOPEN: "the library file cannot be opened",
    sqlite3.SQLITE_NOMEM: "there is not enough memory",
    sqlite3.SQLITE_TOOBIG: "a story is too large for the library",
    sqlite3.SQLITE_INTERRUPT: "it was stopped",
}
_ADVICE = {
    _DISK: " Nothing stored before was lost; make some room and try again.",
    DAMAGED: " Start Paper Reader again: it restores the library from its latest backup.",
}


def primary_code(err: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error (extended codes keep it in the low byte);
    None for errors raised by Python's sqlite3 module itself."""
    code = getattr(err, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def reason(err: sqlite3.Error) -> str | None:
    """What the error means to a reader, or None when it is a bug."""
    code = primary_code(err)
    return None if code is None else _REASONS.get(code)


def told(err: sqlite3.Error, doing: str) -> LibraryError | None:
    """A LibraryError saying in one sentence why `doing` failed; None when `err` is a bug."""
    why = reason(err)
    if why is None:
        return None
    return LibraryError(f"{doing}: {why} ({_detail(err)}).{_ADVICE.get(why, '')}")


def _detail(err: sqlite3.Error) -> str:
    return re.sub(r"\s+", " ", str(err)).strip() or str(getattr(err, "sqlite_errorname", "error"))


@contextlib.contextmanager
def errors_told(doing: str) -> Iterator[None]:
    """Turns SQLite errors a reader can act on into a LibraryError; bugs go through."""
    try:
        yield
    except sqlite3.Error as err:
        library_error = told(err, doing)
        if library_error is None:
            raise
        raise library_error from err


# --- writing ------------------------------------------------------------------------------


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction: all of it is stored, or (on any error, or a kill) none of it."""
    try:
        _begin(conn)
        yield conn
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.Error):
            library_error = told(err, "The library could not be changed")
            if library_error is not None:
                raise library_error from err
        raise


def _begin(conn: sqlite3.Connection) -> None:
    # IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
    # instead of one failing when it upgrades a read lock.
    for attempt in range(BEGIN_ATTEMPTS):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as err:
            if primary_code(err) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            time.sleep(0.05 * (attempt + 1))
    raise LibraryError("The library is busy in another window; please try again.")


def writable(home: Path, path: Path) -> bool:
    return os.access(home, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
