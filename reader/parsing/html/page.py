"""One saved HTML page -> Issue, with the article pages a layout page links to beside it."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from reader.model import Issue
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.files import inside_folder, read_file
from reader.parsing.html.document import read_document
from reader.parsing.html.issue import build_issue
from reader.parsing.html.records import Document
from reader.parsing.limits import MAX_ISSUE_BYTES

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
    """The article pages a layout page links to, saved in its folder or below it."""
    found = []
    total = 0
    for link in layout.links:
        rel = posixpath.normpath(link.href)
        if not _HTML_NAME.search(rel) or not inside_folder(base, rel):
            continue
        try:
            data = read_file(base / rel)
        except ParseError:
            continue  # a damaged neighbour leaves its article known by title only
        total += len(data)
        if total > MAX_ISSUE_BYTES:
            raise ParseError("the folder is too large to be one issue")
        try:
            doc = read_document(decode(data, html=True), rel)
        except ParseError:
            continue
        if doc.kind != "layout":
            found.append(doc)
    return found
