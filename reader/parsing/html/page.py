"""One saved HTML page -> Issue, with the article pages a layout page links to beside it."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from reader.model import Issue
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.html.document import MAX_HTML_CHARS, read_document
from reader.parsing.html.issue import build_issue
from reader.parsing.html.records import Document

_HTML_NAME = re.compile(r"\.(?:s?html?|xhtml)$", re.IGNORECASE)


def parse_html(text: str, source: str) -> Issue:
    """One saved page: an e-paper article or layout page, or a news site's article.

    A layout page takes the text of the article pages it links to that were saved beside it.
    """
    doc = read_document(text, source)
    base = Path(source).parent
    doc.source = Path(source).name
    docs = [doc, *_linked_pages(doc, base)] if doc.kind == "layout" else [doc]
    return build_issue(docs, source, "html", image_root=base)


def _linked_pages(layout: Document, base: Path) -> list[Document]:
    found = []
    for link in layout.links:
        rel = posixpath.normpath(link.href)
        path = base / rel
        if not _HTML_NAME.search(rel) or not path.is_file():
            continue
        try:
            if path.stat().st_size > MAX_HTML_CHARS:
                continue
            doc = read_document(decode(path.read_bytes(), html=True), rel)
        except (OSError, ParseError):
            continue  # a damaged neighbour leaves its article known by title only
        if doc.kind != "layout":
            found.append(doc)
    return found
