"""Writing export files: whole or not at all, under names every file system accepts, never over
a file the reader may have changed."""

from __future__ import annotations

import os
import re
from pathlib import Path

_REFUSED = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')
NAME_CHARS = 60


def file_name(title: str, suffix: str) -> str:
    """A file name from a title, without characters file systems refuse."""
    stem = _REFUSED.sub("_", title).strip("_.")[:NAME_CHARS] or "untitled"
    return stem + suffix


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a file beside it, so that a failure (a full disk, a
    kill) leaves the old file as it was and no half-written one."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_new(folder: Path, name: str, text: str) -> Path | None:
    """Write `text` as `name` in `folder`; a file of that name with other contents (a note the
    reader may have edited) is kept, and the text goes to "name-2" instead. Returns the file
    written, or None when an identical one was already there."""
    stem, suffix = os.path.splitext(name)
    data = text.encode("utf-8")
    for n in range(1, 1000):
        path = folder / (name if n == 1 else f"{stem}-{n}{suffix}")
        if not path.exists():
            write_whole(path, data)
            return path
        if path.read_bytes() == data:
            return None
    raise OSError(f"{folder / name}: too many files of this name")
