"""parse_path(path) -> Issue: sniff what is on disk and hand it to the right parser.

Layout: `text/` reads text dumps, `html/` saved HTML pages, `pdf/` page PDFs; beside them
the shared parts: `vocabulary` (dates, page codes, paper names, credit words), `conventions`
(bylines, datelines, captions), `decode` (bytes to text), `sniff` (which parser), `folder` (a
folder or a zip holding one issue), `printed` (each page's picture, PDF and article areas)
and `errors`.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from reader.model import Issue
from reader.parsing.errors import ParseError
from reader.parsing.folder import MAX_FILE_BYTES, parse_folder
from reader.parsing.sniff import looks_like_html, parse_bytes

__all__ = ["ParseError", "looks_like_html", "parse_bytes", "parse_path"]


def parse_path(path: str | Path) -> Issue:
    """Parse a text dump, a saved HTML page, a folder or a .zip of them into one Issue."""
    path = Path(path)
    if not path.exists():
        raise ParseError(f"{path}: no such file or folder")
    if path.is_dir() or zipfile.is_zipfile(path):
        return parse_folder(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ParseError(f"{path.name}: the file is too large ({size // 2**20} MB)")
        data = path.read_bytes()
    except OSError as err:
        raise ParseError(f"{path}: cannot be read ({err.strerror})") from err
    try:
        return parse_bytes(data, str(path))
    except ParseError as err:
        raise ParseError(f"{path.name}: {err}") from None
