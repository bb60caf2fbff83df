"""A folder or a .zip of saved pages, read safely; `gathering` makes issues of its files.

Pages are read one at a time (regular files only, none larger than a page may be, a zip's
members unpacked in memory and never written out); `gathering` refuses, in words, an issue
that holds more bytes or text than any newspaper's.
"""

from __future__ import annotations

import posixpath
import re
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reader.parsing.archive import Page, open_zip, pages
from reader.parsing.errors import ParseError
from reader.parsing.files import open_regular, read_file, walk
from reader.parsing.gathering import HTML_SUFFIXES, TEXT_SUFFIXES, ParseOutcome, gather
from reader.parsing.limits import MAX_ISSUE_FILES

_FOLDER_TOO_LARGE = "the folder is too large to be one issue"
_ZIP_TOO_LARGE = "the archive unpacks to too much to be one issue"


def parse_folder(path: Path) -> ParseOutcome:
    """Open a folder, or a .zip of one: its issues, one per paper and date, and the page
    files that are none (files of other kinds, pictures and styles, are not read)."""
    path = Path(path)
    if not path.is_dir():
        with open_regular(path) as file:
            return parse_zip(file, path)
    found = _folder_pages(path)
    if not found:  # no pages as text or HTML: page PDFs, perhaps
        from reader.parsing.pdf import parse_pdf_folder  # PDFium loads only when needed

        return ParseOutcome((parse_pdf_folder(path),))
    return gather(found, str(path), path.name, path, _FOLDER_TOO_LARGE)


def parse_zip(file: BinaryIO, path: Path) -> ParseOutcome:
    """A .zip of saved pages; its pictures are not read, so they get no paths."""
    with open_zip(file, path.name) as archive:
        found = sorted(pages(archive, path.name, _wanted), key=lambda page: _natural(page[0]))
        return gather(found, str(path), path.name, None, _ZIP_TOO_LARGE)


def _wanted(name: str) -> bool:
    parts = name.split("/")
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return posixpath.splitext(name)[1].lower() in HTML_SUFFIXES | TEXT_SUFFIXES


def _folder_pages(root: Path) -> list[Page]:
    names: list[str] = []
    for name in walk(root):
        if _wanted(name):
            names.append(name)
        # Stop early: someone may have picked their home folder instead of an issue.
        if len(names) > MAX_ISSUE_FILES:
            raise ParseError(f"{root.name}: the folder holds too many pages to be one issue")
    return [(name, partial(_read_page, root / name)) for name in sorted(names, key=_natural)]


def _read_page(path: Path) -> bytes:
    return read_file(path, follow=False)  # a linked page may be anywhere on the disk


def _natural(name: str) -> list[int | str]:
    """content_9 before content_10: without a layout page, file order is reading order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
