"""One file's bytes -> Issue: tell a saved HTML page from a text dump and hand it to its parser."""

from __future__ import annotations

import re

from reader.model import Issue
from reader.parsing.decode import decode
from reader.parsing.html import parse_html
from reader.parsing.identity import with_paper_name
from reader.parsing.text import parse_text

_HTML_START = re.compile(rb"^\s*<(!doctype\s+html|!--|\?xml|[a-z][a-z0-9-]*[\s>/])", re.IGNORECASE)
_HTML_NAME = re.compile(r"\.(?:s?html?|xhtml)$", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or b"<founder-content" in data[:65536].lower()


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]  # a PDF reader allows a little junk before the header


def parse_bytes(data: bytes, source: str) -> Issue:
    """Parse one file's content; `source` names it in the Issue."""
    if looks_like_pdf(data):
        from reader.parsing.pdf import parse_pdf  # PDFium loads only when a PDF comes

        return parse_pdf(data, source)
    # A saved page may open with stray text before its first tag; its name still says HTML.
    named_html = bool(_HTML_NAME.search(source)) and b"<" in data[:65536]
    if looks_like_html(data) or named_html:
        return with_paper_name(parse_html(decode(data, html=True), source))
    return with_paper_name(parse_text(decode(data), source))
