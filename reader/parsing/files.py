"""Reading from disk without surprises: regular files only, never more than a limit, and
folders walked without recursion however deep they are."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reader.parsing.errors import ParseError
from reader.parsing.limits import MAX_FILE_BYTES, MAX_IMAGE_BYTES

log = logging.getLogger(__name__)

# A FIFO opened without O_NONBLOCK waits for a writer; reading a device never ends.
_OPEN = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


def open_regular(path: Path, *, follow: bool = True) -> BinaryIO:
    """The file opened for reading; ParseError if it is missing, unreadable or not a regular
    file (checked on what was opened, so nothing can be swapped in between)."""
    flags = _OPEN if follow else _OPEN | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ParseError(f"{path}: no such file or folder") from None
    except OSError as err:
        raise ParseError(f"{path.name}: cannot be read ({err.strerror or err})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ParseError(
                f"{path.name}: this is not a file that can be read (a device, pipe or socket)"
            )
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(file: BinaryIO, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """At most `limit` bytes of an open regular file; ParseError if it holds more (its size
    on disk is checked first, and again as it is read: a file may grow meanwhile)."""
    chunks: list[bytes] = []
    size = 0
    try:
        on_disk = os.fstat(file.fileno()).st_size
        if on_disk > limit:
            raise ParseError(f"{name}: the file is too large ({on_disk // 2**20} MB)")
        while size <= limit:
            chunk = file.read(min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as err:
        raise ParseError(f"{name}: cannot be read ({err.strerror or err})") from None
    if size > limit:
        raise ParseError(f"{name}: the file is too large ({size // 2**20} MB)")
    return b"".join(chunks)


def read_file(path: Path, *, follow: bool = True, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them, or ParseError saying why not."""
    with open_regular(path, follow=follow) as file:
        return read_bounded(file, path.name, limit)


def inside_folder(folder: Path, rel: str) -> bool:
    """Is `folder/rel`, links resolved, inside `folder`? (Its name must also be one a
    library can store: text, not undecodable bytes.)"""
    try:
        rel.encode("utf-8")
        root = os.path.realpath(folder)
        return os.path.commonpath([root, os.path.realpath(folder / rel)]) == root
    except (ValueError, OSError):  # undecodable or NUL in a name, another drive, too long
        return False


def regular_within(folder: Path, rel: str, limit: int) -> bool:
    """Is `folder/rel` a regular file inside `folder` (links resolved) of at most `limit`
    bytes? Only such files are ever shown: a link out of the folder, a pipe or a device is
    not a picture of the issue."""
    if not inside_folder(folder, rel):
        return False
    try:
        found = os.stat(folder / rel)
    except (ValueError, OSError):
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size <= limit


def walk(root: Path) -> Iterator[str]:
    """Paths (relative, `/`-separated) of the files under `root`, hidden ones left out,
    links to folders not followed. A folder that cannot be listed is left out and logged."""
    pending = [""]
    while pending:
        rel = pending.pop()
        try:
            with os.scandir(root / rel if rel else root) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as err:
            log.warning("%s/%s left out: %s", root, rel, err.strerror or err)
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            name = f"{rel}/{entry.name}" if rel else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(name)
                elif entry.is_file(follow_symlinks=False):
                    yield name
            except OSError:
                continue


_PICTURE_CHUNK = 2**20
_PICTURE_OPEN = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOFOLLOW", 0)  # the path is resolved already: a link now is a swap
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_inside(folder: Path, name: str, limit: int = MAX_IMAGE_BYTES) -> bytes | None:
    """The bytes of the file `name` (relative to `folder`, or absolute) when, with every link
    resolved, it is a regular file inside `folder` of at most `limit` bytes; else None."""
    try:
        root = folder.resolve(strict=True)
        path = (root / name).resolve(strict=True)
        if not path.is_relative_to(root) or not stat.S_ISREG(os.stat(path).st_mode):
            return None  # not even opened: opening a FIFO would wake whoever writes to it
        fd = os.open(path, _PICTURE_OPEN)
    except (OSError, RuntimeError, ValueError):  # missing, a link loop, a NUL in the name
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(_PICTURE_CHUNK, left))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks) if left > 0 else None  # it grew past the limit meanwhile
    except OSError:
        return None
    finally:
        os.close(fd)
