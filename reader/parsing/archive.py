"""The pages of a .zip, read one at a time in memory, never written out, sizes checked first."""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from reader.parsing.errors import ParseError
from reader.parsing.limits import MAX_FILE_BYTES, MAX_ISSUE_BYTES, MAX_ISSUE_FILES

Page = tuple[str, Callable[[], bytes]]  # a page's path in the issue, and how to read it


@contextmanager
def open_zip(file: BinaryIO, label: str) -> Iterator[zipfile.ZipFile]:
    """The archive, or ParseError saying what is wrong with it (reading a member may still
    fail: pages() says so for that member alone)."""
    with _errors(label), zipfile.ZipFile(file) as archive:
        yield archive


def pages(archive: zipfile.ZipFile, label: str, wanted: Callable[[str], bool]) -> list[Page]:
    """The archive's wanted members, their counts and unpacked sizes checked first."""
    infos = [i for i in archive.infolist() if not i.is_dir()]
    if len(infos) > MAX_ISSUE_FILES:
        raise ParseError(f"{label}: the archive holds too many files to be one issue")
    members = [(n, i) for i in infos if (n := _safe_member(i.filename)) and wanted(n)]
    if sum(i.file_size for _, i in members) > MAX_ISSUE_BYTES:
        raise ParseError(f"{label}: the archive unpacks to too much to be one issue")
    return [(name, _reader(archive, info, name)) for name, info in members]


def _safe_member(name: str) -> str | None:
    """A member's path inside the archive, or None if it would point outside of it."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    if ".." in name.split("/"):
        return None
    return posixpath.normpath(name)


def _reader(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Callable[[], bytes]:
    def read() -> bytes:
        if info.file_size > MAX_FILE_BYTES:
            raise ParseError(f"{name}: the file is too large ({info.file_size // 2**20} MB)")
        with _errors(name), archive.open(info) as member:
            # The size in the header may lie; never unpack more than it promised.
            data = member.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise ParseError(f"{name}: the zip archive is damaged (sizes do not match)")
        return data

    return read


@contextmanager
def _errors(label: str) -> Iterator[None]:
    """zipfile's and zlib's exceptions as one sentence each."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, struct.error) as err:
        raise ParseError(f"{label}: the zip archive is damaged ({err})") from err
    except NotImplementedError as err:
        raise ParseError(f"{label}: the zip archive uses an unknown method ({err})") from err
    except RuntimeError as err:  # zipfile's word for an encrypted member
        raise ParseError(f"{label}: the zip archive is password-protected") from err
    except OSError as err:
        raise ParseError(f"{label}: cannot be read ({err.strerror or err})") from err
