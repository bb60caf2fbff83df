"""parse_path(path) -> Issue: sniff what is on disk and hand it to the right parser."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from reader.model import Issue
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError

__all__ = ["ParseError", "looks_like_html", "parse_bytes", "parse_path"]

# Files larger than this are refused: no newspaper page comes near it.
MAX_FILE_BYTES = 200 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*<(!doctype\s+html|!--|\?xml|[a-z][a-z0-9-]*[\s>/])", re.IGNORECASE)
_HTML_NAME = re.compile(r"\.(?:s?html?|xhtml)$", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or b"<founder-content" in data[:65536].lower()


def parse_path(path: str | Path) -> Issue:
    """Parse a text dump, a saved HTML page, a folder or a .zip of them into one Issue."""
    path = Path(path)
    if not path.exists():
        raise ParseError(f"{path}: no such file or folder")
    if path.is_dir() or zipfile.is_zipfile(path):
        from reader.parsing.folder import parse_folder

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


def parse_bytes(data: bytes, source: str) -> Issue:
    """Parse one file's content; `source` names it in the Issue."""
    # A saved page may open with stray text before its first tag; its name still says HTML.
    named_html = bool(_HTML_NAME.search(source)) and b"<" in data[:65536]
    if looks_like_html(data) or named_html:
        from reader.parsing.html import parse_html

        return parse_html(decode(data, html=True), source)
    from reader.parsing.text import parse_text

    return parse_text(decode(data), source)
