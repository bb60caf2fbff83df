"""What damage leaves to take back: the bookmarks of each damaged file kept beside the library,
and the notices about a restore and those files, kept until a program has shown them.

A notice is stored in the library with the bookmarks it speaks of, in one transaction, and
removed only when the program that showed it closes the library: a program killed before it
could say what happened leaves the notice for the next one.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from reader.library import restore, safety
from reader.library.connection import transaction
from reader.library.rows import BOOKMARK_COLUMNS, BOOKMARK_FIELDS, json_list

if TYPE_CHECKING:  # read only when a damaged file was kept: not with every start
    from reader.library import salvage

log = logging.getLogger(__name__)

# In the state table: the damaged files whose bookmarks were taken in, and the notices not
# yet shown (JSON lists).
_TAKEN = "damaged_files_taken_in"
_UNTOLD = "untold_notices"
_INSERT = (
    f"INSERT {{}} INTO bookmark ({BOOKMARK_COLUMNS})"
    f" VALUES ({', '.join('?' * len(BOOKMARK_FIELDS))})"
)


def take_in(conn: sqlite3.Connection, path: Path, restored: restore.Restore | None) -> list[str]:
    """Take in the bookmarks of damaged files not taken in before; returns every notice not
    yet shown, the new ones last."""
    taken = set(json_list(_state(conn, _TAKEN)))
    untold = [str(n) for n in json_list(_state(conn, _UNTOLD))]
    # Read before the write lock is taken: a large damaged file takes a while.
    found = [(kept, _salvage(kept)) for kept in safety.kept_files(path) if kept.name not in taken]
    new: list[str] = []
    restored_text = None if restored is None else restored.notice()
    with transaction(conn):
        for kept, bookmarks in found:
            newer = restored is not None and restored.newer_than_backup(kept)
            conn.executemany(_INSERT.format("OR REPLACE" if newer else "OR IGNORE"), bookmarks.rows)
            taken.add(kept.name)
            text = _what_was_found(conn, bookmarks)
            if restored is not None and kept.name == restored.aside:
                restored_text = f"{restored_text} {text}".strip()
            else:
                new.append(f"A damaged copy of the library is kept as {kept.name}. {text}".strip())
        if restored is not None and restored_text and not _told_before(restored, untold):
            new.insert(0, restored_text)
        if found:
            _set_state(conn, _TAKEN, sorted(taken))
        if new:
            _set_state(conn, _UNTOLD, untold + new)
    return untold + new


def shown(conn: sqlite3.Connection, notices: list[str]) -> None:
    """The reader has seen `notices`: they are not told again."""
    with transaction(conn):
        untold = [n for n in json_list(_state(conn, _UNTOLD)) if n not in notices]
        _set_state(conn, _UNTOLD, untold)


def _told_before(restored: restore.Restore, untold: list[str]) -> bool:
    """A restore finished after a kill: the killed program may have stored its notice."""
    return bool(restored.resumed and restored.aside and any(restored.aside in n for n in untold))


def _salvage(kept: Path) -> salvage.Salvage:
    from reader.library import salvage

    try:
        return salvage.salvage(kept)
    except Exception:  # a bug in reading damage must not keep the library shut
        log.exception("salvaging bookmarks from %s failed", kept)
        return salvage.Salvage([], None)


def _what_was_found(conn: sqlite3.Connection, found: salvage.Salvage) -> str:
    parts = []
    if found.rows:
        parts.append(f"{len(found.rows)} bookmark(s) were recovered from the damaged file.")
    if found.unread is None:
        parts.append(
            "It may have held others that could not be read."
            if found.rows
            else "No bookmarks could be read from it."
        )
    else:
        held = "SELECT 1 FROM bookmark WHERE key = ?"
        lost = [key for key in found.unread if conn.execute(held, (key,)).fetchone() is None]
        if lost:
            parts.append(
                f"{len(lost)} bookmark(s) could not be read from it and are not in the"
                " library; the damaged file still holds them."
            )
    return " ".join(parts)


def _state(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row[0])


def _set_state(conn: sqlite3.Connection, name: str, values: list[str]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)",
        (name, json.dumps(values, ensure_ascii=False)),
    )
