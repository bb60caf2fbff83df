"""Keeping the library safe: the quick check, the marks of a library in use, the daily backup
and its rotation, the damaged files kept. (Restoring is restore.py; reading bookmarks back
from damage, salvage.py.)"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import time
from datetime import date, datetime
from pathlib import Path

from reader.library import schema
from reader.library.connection import LibraryError, connect, primary_code, told

BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
# Backups together take at most this much (the newest two are always kept): seven copies of
# an archive of a million articles, 8 GB, would take 60 GB.
BACKUP_SPACE = 4 * 2**30
# A library this large is backed up once a week, not daily: a copy is minutes of the disk's
# time. Bookmarks newer than a backup are salvaged from a damaged file (salvage.py).
LARGE_LIBRARY = 2**30
LARGE_LIBRARY_DAYS = 7
CHECK_MMAP_BYTES = 4 * 2**30
# Errors that mean the file itself is bad, unlike "database is locked" or "cannot open".
DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def is_healthy(path: Path, mapped: bool = True) -> bool:
    """Whether the file passes quick_check and has every table of its schema version (a
    dropped table, a version no library has, are damage the check does not see). Errors
    that say nothing of the file are raised. Mapped, the file is read through a memory map:
    twice as fast, but the whole file then counts in the memory of the process, which a
    check in the background of the window does not want."""
    try:
        conn = connect(path)
        try:
            if mapped:
                conn.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
            checked = conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
            return checked and schema.complete(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        if primary_code(err) in DAMAGED_CODES:
            return False
        library_error = told(err, f"The library {path} cannot be opened")
        if library_error is None:
            raise
        raise library_error from err


# --- in use: was the library closed properly last time? -------------------------------------

IN_USE = ".in-use-"


def mark_in_use(path: Path) -> Path | None:
    """Mark the library `path` as open in this process, until unmark_in_use: a mark left
    behind by a process that is gone tells the next start that it was not closed properly.
    None if the mark cannot be written (the check after the first paint still runs)."""
    mark = path.with_name(f"{path.name}{IN_USE}{os.getpid()}")
    try:
        mark.touch()
    except OSError:
        return None
    return mark


def unmark_in_use(mark: Path) -> None:
    with contextlib.suppress(OSError):
        mark.unlink()


def left_in_use(path: Path) -> list[Path]:
    """Marks of processes that had the library open and ended without closing it (killed,
    crashed, the power cut): after them the file is checked whole before it is used."""
    left = []
    for mark in path.parent.glob(f"{path.name}{IN_USE}*"):
        pid = mark.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or (int(pid) != os.getpid() and not _running(int(pid))):
            left.append(mark)
    return left


def _running(pid: int) -> bool:
    if os.name != "posix":  # no harmless way to ask (kill ends the process): check the file
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # running, as another user; or a system without signals: check the file
        return os.name == "posix"
    return True


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
    """The day's backup of the library file `path` when one is due (daily; weekly for a
    large library), the last few kept, read on a connection of its own (safe on any
    thread). Raises LibraryError if it cannot be written."""
    try:
        _daily_backup(path)
    except (OSError, sqlite3.Error) as err:
        raise LibraryError(f"Today's backup of the library could not be made: {err}.") from err


def _daily_backup(path: Path) -> None:
    folder = backup_dir(path)
    if _backup_due(path, folder):
        source = connect(path)
        try:
            backup_to(source, folder / f"library-{date.today().isoformat()}.sqlite")
        finally:
            source.close()
    for stale in folder.glob("*.part"):  # left by a process killed while backing up
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
    backups = sorted(folder.glob("library-*.sqlite"))
    pinned = _before_damage(backups, kept_files(path))
    for old in _rotated_out(backups):
        if old not in pinned:
            old.unlink(missing_ok=True)
    # Backups taken before a migration are kept for the last two upgrades only.
    upgrades = sorted(folder.glob("before-schema-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in upgrades[:-2]:
        old.unlink(missing_ok=True)


def _backup_due(path: Path, folder: Path) -> bool:
    today = date.today()
    days = [d for d in map(_backup_day, folder.glob("library-*.sqlite")) if d is not None]
    newest = max(days, default=None)
    if newest == today:
        return False
    if newest is None or path.stat().st_size < LARGE_LIBRARY:
        return True
    return (today - newest).days >= LARGE_LIBRARY_DAYS


def _backup_day(backup: Path) -> date | None:
    try:
        return date.fromisoformat(backup.stem.removeprefix("library-"))
    except ValueError:
        return None


def _rotated_out(backups: list[Path]) -> list[Path]:
    """The backups (oldest first) beyond the last BACKUPS_KEPT, or beyond BACKUP_SPACE
    counted from the newest, keeping two at least."""
    kept: list[Path] = []
    space = 0
    for backup in reversed(backups[-BACKUPS_KEPT:]):
        size = backup.stat().st_size
        if len(kept) >= 2 and space + size > BACKUP_SPACE:
            break
        kept.append(backup)
        space += size
    return [b for b in backups if b not in kept]


def _before_damage(backups: list[Path], kept: list[Path]) -> set[Path]:
    """For each damaged file kept, the newest backup taken before that damage: the last
    known good state, never rotated out while the damaged file is there."""
    pinned = set()
    for damaged in kept:
        day = stamp_of(damaged)[:8]
        before = [b for b in backups if b.stem.removeprefix("library-").replace("-", "") <= day]
        if before:
            pinned.add(before[-1])
    return pinned


def backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        backup_to(conn, backup_dir(path) / f"before-schema-{version}-{stamp}.sqlite")
    except (OSError, sqlite3.Error) as err:
        raise LibraryError(
            f"The library could not be backed up before updating it for this version of"
            f" Paper Reader ({err}); it was left as it was. Make some room and try again."
        ) from err


# --- damaged files kept --------------------------------------------------------------------

KEPT = ".damaged-"
SIDES = ("-wal", "-shm")
_STAMP = re.compile(r"\.damaged-(\d{8}-\d{6})")


def kept_files(path: Path) -> list[Path]:
    """Damaged libraries kept beside the library `path`, oldest first."""
    found = [
        p
        for p in path.parent.glob(f"{path.name}{KEPT}*")
        if not p.name.endswith(SIDES) and p.is_file()
    ]
    return sorted(found, key=stamp_of)


def stamp_of(kept: Path) -> str:
    """When a damaged file was kept, YYYYMMDD-HHMMSS (from its name, else its time)."""
    found = _STAMP.search(kept.name)
    if found is not None:
        return found.group(1)
    try:
        return datetime.fromtimestamp(kept.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
    except OSError:
        return "00000000-000000"


def owns(path: Path, target: Path) -> bool:
    """Whether writing `target` would write over the library `path` or what keeps it safe:
    its WAL and shared memory, its backups, a damaged file kept, a restore under way."""
    try:
        target = target.expanduser().resolve()
        home = path.parent.resolve()
    except (OSError, RuntimeError):
        return True
    if target.parent == home and target.name.startswith(path.name):
        return True
    return target.is_relative_to(home / BACKUP_DIR) or target == home
