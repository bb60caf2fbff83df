"""Keeping the library safe: the quick check, the daily backup, restoring a damaged file and
salvaging its bookmarks."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reader.library.connection import LibraryError, connect, primary_code
from reader.library.rows import BOOKMARK_COLUMNS

BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
CHECK_MMAP_BYTES = 4 * 2**30
# Errors that mean the file itself is bad, unlike "database is locked" or "cannot open".
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def is_healthy(path: Path) -> bool:
    """Whether the file passes quick_check; errors that say nothing of the file are raised."""
    try:
        conn = connect(path)
        try:
            # Reading through a memory map halves the time of the check on a large library.
            conn.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
            return conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        if primary_code(err) in _DAMAGED:
            return False
        raise LibraryError(f"The library {path} cannot be opened: {err}") from err


# --- backups ------------------------------------------------------------------------------


def backup_dir(path: Path) -> Path:
    folder = path.parent / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    return folder


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    # The backup API copies one consistent snapshot, even while others write (WAL).
    # Named by process and thread: the window's threads may back up at the same moment.
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.part")
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)


def daily_backup(path: Path) -> None:
    """One backup a day of the library file `path`, the last few kept, read on a connection
    of its own (safe on any thread). Raises LibraryError if it cannot be written."""
    try:
        _daily_backup(path)
    except (OSError, sqlite3.Error) as err:
        raise LibraryError(f"Today's backup of the library could not be made: {err}.") from err


def _daily_backup(path: Path) -> None:
    folder = backup_dir(path)
    today = folder / f"library-{date.today().isoformat()}.sqlite"
    if not today.exists():
        source = connect(path)
        try:
            backup_to(source, today)
        finally:
            source.close()
    for stale in folder.glob("*.part"):  # left by a process killed while backing up
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
    for old in sorted(folder.glob("library-*.sqlite"))[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    # Backups taken before a migration are kept for the last two upgrades only.
    upgrades = sorted(folder.glob("before-schema-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in upgrades[:-2]:
        old.unlink(missing_ok=True)


def backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        backup_to(conn, backup_dir(path) / f"before-schema-{version}-{stamp}.sqlite")
    except (OSError, sqlite3.Error) as err:
        raise LibraryError(
            f"The library could not be backed up before updating it for this version of"
            f" Paper Reader ({err}); it was left as it was. Make some room and try again."
        ) from err


# --- damage -------------------------------------------------------------------------------


def restore(path: Path) -> tuple[str, Path]:
    """Move a damaged library aside (never delete it) and put the newest good backup in place.
    Returns what the reader should be told, and where the damaged file went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    backups = sorted((path.parent / BACKUP_DIR).glob("library-*.sqlite"), reverse=True)
    for backup in backups:
        if is_healthy(backup):
            partial = path.with_name(path.name + ".restoring")
            shutil.copyfile(backup, partial)
            os.replace(partial, path)
            day = backup.stem.removeprefix("library-")
            return (
                f"The library was damaged; it was restored from the backup of {day}."
                f" The damaged file was kept as {aside.name}."
            ), aside
    return (
        f"The library was damaged and no backup could be used; a new, empty library was"
        f" started. The damaged file was kept as {aside.name}."
    ), aside


def salvage_bookmarks(damaged: Path) -> list[tuple[Any, ...]]:
    """The bookmarks that can still be read from a damaged file, read-only, row by row: the
    damage is often elsewhere in the file, and bookmarks may be newer than any backup."""
    rows: list[tuple[Any, ...]] = []
    try:
        conn = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows
    try:
        cursor = conn.execute(f"SELECT {BOOKMARK_COLUMNS} FROM bookmark")
        while (row := cursor.fetchone()) is not None:
            if isinstance(row[0], str) and isinstance(row[6], str):
                rows.append(tuple(row))
    except sqlite3.Error:
        pass  # keep what was read before the damage
    finally:
        conn.close()
    return rows
