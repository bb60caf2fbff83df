"""parse_path(path) -> Issue: sniff what is on disk and hand it to the right parser.

Layout: `text/` reads text dumps, `html/` saved HTML pages; beside them the shared parts:
`vocabulary` (dates, page codes, paper names, credit words), `conventions` (bylines,
datelines, captions), `characters` (what carries no text), `decode` (bytes to text), `sniff`
(which parser), `folder` and `archive` (a folder or a zip holding one issue), `files`
(reading from disk), `limits` (how much of anything is too much) and `errors`.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from reader.model import Issue
from reader.parsing.errors import ParseError
from reader.parsing.files import open_regular, read_bounded
from reader.parsing.folder import parse_folder, parse_zip
from reader.parsing.sniff import looks_like_html, parse_bytes

__all__ = ["ParseError", "looks_like_html", "parse_bytes", "parse_path"]


def parse_path(path: str | Path) -> Issue:
    """Parse a text dump, a saved HTML page, a folder or a .zip of them into one Issue."""
    path = Path(path)
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except FileNotFoundError:
        raise ParseError(f"{path}: no such file or folder") from None
    except OSError as err:
        raise ParseError(f"{path.name}: cannot be read ({err.strerror or err})") from None
    if folder:
        return parse_folder(path)
    with open_regular(path) as file:
        if zipfile.is_zipfile(file):
            file.seek(0)
            return parse_zip(file, path)
        file.seek(0)
        data = read_bounded(file, path.name)
    try:
        return parse_bytes(data, str(path))
    except ParseError as err:
        raise ParseError(f"{path.name}: {err}") from None
