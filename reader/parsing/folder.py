"""A folder or a .zip of saved pages, read safely; `gathering` makes issues of its files."""

from __future__ import annotations

import os
import posixpath
import re
import struct
import zipfile
import zlib
from pathlib import Path

from reader.parsing.errors import ParseError
from reader.parsing.gathering import HTML_SUFFIXES, TEXT_SUFFIXES, Files, ParseOutcome, gather

# Files larger than this are refused: no newspaper page comes near it.
MAX_FILE_BYTES = 200 * 1024 * 1024
# An issue has a few hundred pages at most; more files, or more bytes, is not one issue.
MAX_FILES = 5000
MAX_TOTAL_BYTES = 512 * 1024 * 1024


def parse_folder(path: Path) -> ParseOutcome:
    """Open a folder, or a .zip of one: its issues, one per paper and date, and the page
    files that are none (files of other kinds, pictures and styles, are not read)."""
    path = Path(path)
    if path.is_dir():
        files, image_root = _read_folder(path), path
        if not files:  # no pages as text or HTML: page PDFs, perhaps
            from reader.parsing.pdf import parse_pdf_folder  # PDFium loads only when needed

            return ParseOutcome((parse_pdf_folder(path),))
    else:
        files, image_root = _read_zip(path), None
    return gather(files, str(path), path.name, image_root)


def _wanted(name: str) -> bool:
    parts = name.split("/")
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return posixpath.splitext(name)[1].lower() in HTML_SUFFIXES | TEXT_SUFFIXES


def _read_folder(root: Path) -> Files:
    names: list[str] = []
    for folder, dirs, filenames in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(folder).relative_to(root).as_posix()
        names.extend(n for f in filenames if _wanted(n := posixpath.normpath(f"{rel}/{f}")))
        # Stop early: someone may have picked their home folder instead of an issue.
        if len(names) > MAX_FILES:
            raise ParseError(f"{root.name}: the folder holds too many pages to be one issue")
    files, total = [], 0
    for name in sorted(names, key=_natural):
        file = root / name
        try:
            if file.is_symlink() or not file.is_file() or file.stat().st_size > MAX_FILE_BYTES:
                continue
            data = file.read_bytes()
        except OSError:
            continue  # an unreadable file is not part of the issue
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise ParseError(f"{root.name}: the folder is too large to be one issue")
        files.append((name, data))
    return files


def _natural(name: str) -> list[int | str]:
    """content_9 before content_10: without a layout page, file order is reading order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _safe_member(name: str) -> str | None:
    """A member's path inside the archive, or None if it would point outside of it."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    if ".." in name.split("/"):
        return None
    return posixpath.normpath(name)


def _read_zip(path: Path) -> Files:
    """Members read in memory, never written out; sizes and counts are checked first."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if len(infos) > MAX_FILES:
                raise ParseError(f"{path.name}: the archive holds too many files to be one issue")
            members = [(n, i) for i in infos if (n := _safe_member(i.filename)) and _wanted(n)]
            if sum(i.file_size for _, i in members) > MAX_TOTAL_BYTES:
                raise ParseError(f"{path.name}: the archive unpacks to too much to be one issue")
            members.sort(key=lambda member: _natural(member[0]))
            return [(name, _read_member(archive, info)) for name, info in members]
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, struct.error) as err:
        raise ParseError(f"{path.name}: the zip archive is damaged ({err})") from err
    except NotImplementedError as err:
        raise ParseError(f"{path.name}: the zip archive uses an unknown method ({err})") from err
    except RuntimeError as err:  # zipfile's word for an encrypted member
        raise ParseError(f"{path.name}: the zip archive is password-protected") from err
    except OSError as err:
        raise ParseError(f"{path.name}: cannot be read ({err.strerror or err})") from err


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_FILE_BYTES:
        raise ParseError(f"{info.filename}: the file is too large to be a newspaper page")
    with archive.open(info) as member:
        # The size in the header may lie; never read more than it promised.
        data = member.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ParseError(f"{info.filename}: the zip archive is damaged (sizes do not match)")
    return data
