"""Putting a good library back when the file is damaged or missing, in steps a kill cannot
spoil: a marker is written first, the backup is copied next to the library before anything
is moved, and the damaged file is kept (a hard link, else a copy) before the copy takes its
place. A restore left half done is finished at the next start, and the reader told.

    begun   marker written; copying the backup to library.sqlite.restoring
    kept    the damaged file is kept as library.sqlite.damaged-STAMP (with its -wal, -shm)
    placed  the backup's copy is library.sqlite; what the damaged file still holds is
            salvaged when the library opens, then the marker goes (done())
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from reader.library import safety
from reader.library.connection import LibraryError

_MARKER = ".restore"
_PLACING = ".restoring"
_LOCK = ".lock"
_SIDES = safety.SIDES


class Restore(NamedTuple):
    """A restore under way, as its marker records it."""

    stage: str
    reason: str  # "damaged" or "missing"
    aside: str | None  # file name the damaged library is kept as
    backup: str | None  # file name in backups/ put in place; None: a new, empty library
    resumed: bool = False

    def notice(self) -> str:
        day = None if self.backup is None else self.backup.removeprefix("library-")
        day = None if day is None else day.removesuffix(".sqlite")
        what = (
            "The library file was missing"
            if self.reason == "missing"
            else "The library was damaged"
        )
        if day is not None:
            text = f"{what}; it was restored from the backup of {day}."
        else:
            text = f"{what} and no backup could be used; a new, empty library was started."
        if self.aside is not None:
            text += f" The damaged file was kept as {self.aside}."
        if self.resumed:
            text = "A restore of the library was interrupted; it was finished now. " + text
        return text

    def newer_than_backup(self, kept: Path) -> bool:
        """Whether the damaged file `kept` was left after the backup put in place: its
        bookmarks are then the newer, and win over the backup's."""
        day = _day(self.backup)
        if kept.name == self.aside or day is None:
            return True
        return safety.stamp_of(kept)[:8] >= day.replace("-", "")


def _day(backup: str | None) -> str | None:
    """The day of a daily backup, from its name library-YYYY-MM-DD.sqlite."""
    return None if backup is None else backup.removeprefix("library-").removesuffix(".sqlite")


def recover(path: Path, check: bool = True) -> Restore | None:
    """Before the library opens: finish a restore under way, or restore a damaged or missing
    file from the newest good backup. Returns the restore (placed, not yet done), or None
    when the file is sound. With check=False a file that is there is taken as sound (the
    caller checks it later, see Library.open)."""
    if not _marker(path).exists() and (path.exists() and (not check or safety.is_healthy(path))):
        return None
    if not path.exists() and not _marker(path).exists() and not _history(path):
        return None  # the first start: a new library
    with _locked(path):
        restore = _read(path)
        if restore is None:
            # Another program may have finished a restore while this one waited.
            if path.exists() and safety.is_healthy(path):
                return None
            restore = _begin(path)
        return _finish(path, restore)


def done(path: Path) -> None:
    """The restored library is open and holds what was salvaged: the restore is over."""
    _marker(path).unlink(missing_ok=True)


# --- the steps -------------------------------------------------------------------------------


def _begin(path: Path) -> Restore:
    reason = "damaged" if path.exists() else "missing"
    has_sides = any(Path(f"{path}{side}").exists() for side in _SIDES)
    aside = None
    if path.exists() or has_sides:
        aside = f"{path.name}{safety.KEPT}{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    backup = _newest_good_backup(path)
    restore = Restore("begun", reason, aside, None if backup is None else backup.name)
    _write(path, restore)
    return restore


def _finish(path: Path, restore: Restore) -> Restore:
    placing = path.with_name(path.name + _PLACING)
    if restore.stage == "begun":
        if restore.backup is not None:
            _copy(path.parent / safety.BACKUP_DIR / restore.backup, placing)
        if restore.aside is not None:
            _keep(path, path.with_name(restore.aside))
        restore = restore._replace(stage="kept")
        _write(path, restore)
    if restore.stage == "kept":
        if placing.exists():
            os.replace(placing, path)
        elif restore.backup is None:
            path.unlink(missing_ok=True)  # kept aside: a new library takes its place
        _sync(path.parent)
        restore = restore._replace(stage="placed")
        _write(path, restore)
    return restore


def _keep(path: Path, aside: Path) -> None:
    """Keep the damaged file (and its WAL, which may hold the newest bookmarks) as `aside`.
    At this stage the library file is still the damaged one, so it is kept again whole."""
    if path.exists():
        aside.unlink(missing_ok=True)
        try:
            os.link(path, aside)
        except OSError:  # a file system without hard links
            _copy(path, aside)
    for side in _SIDES:
        part = Path(f"{path}{side}")
        if part.exists():
            os.replace(part, Path(f"{aside}{side}"))
    _sync(path.parent)


def _copy(source: Path, target: Path) -> None:
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    with partial.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(partial, target)


def _newest_good_backup(path: Path) -> Path | None:
    backups = sorted((path.parent / safety.BACKUP_DIR).glob("library-*.sqlite"), reverse=True)
    for backup in backups:
        with contextlib.suppress(LibraryError):
            if safety.is_healthy(backup):
                return backup
    return None


def _history(path: Path) -> bool:
    """Whether a library was here before: a backup, or a damaged file kept."""
    backups = path.parent / safety.BACKUP_DIR
    return any(backups.glob("library-*.sqlite")) or bool(safety.kept_files(path))


# --- the marker ------------------------------------------------------------------------------


def _marker(path: Path) -> Path:
    return path.with_name(path.name + _MARKER)


def _read(path: Path) -> Restore | None:
    try:
        data = json.loads(_marker(path).read_text(encoding="utf-8"))
        return Restore(**data)._replace(resumed=True)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as err:
        raise LibraryError(
            f"A restore of the library was interrupted, and its note {_marker(path).name} cannot"
            f" be read ({err}). The library was left as it is."
        ) from err


def _write(path: Path, restore: Restore) -> None:
    data = restore._asdict()
    data.pop("resumed")
    marker = _marker(path)
    partial = marker.with_name(marker.name + ".part")
    with partial.open("w", encoding="utf-8") as f:
        json.dump(data, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(partial, marker)
    _sync(path.parent)


def _sync(folder: Path) -> None:
    """Renames in `folder` reach the disk (a power cut after this keeps them)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One program at a time restores a library."""
    try:
        import fcntl
    except ImportError:  # not on this system: programs seldom start at the same moment
        yield
        return
    with path.with_name(path.name + _LOCK).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
