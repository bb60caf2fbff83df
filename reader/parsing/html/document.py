"""One HTML file -> Document: refuse what is no page, then read it as an e-paper or a web page."""

from __future__ import annotations

import re

from reader.parsing.errors import ParseError
from reader.parsing.html.epaper import read_epaper
from reader.parsing.html.markup import make_soup
from reader.parsing.html.records import Document
from reader.parsing.html.webpage import read_web_article

# A newspaper page is a few hundred kilobytes, some thousand elements, nested some dozens
# deep; far beyond that is no page a person saved, and would only make parsing crawl.
MAX_HTML_CHARS = 40_000_000
MAX_TAGS = 150_000
MAX_DEPTH = 2_000
_NESTING_TAG = re.compile(
    r"<(/?)(div|span|table|tbody|font|ul|ol|section|article|header|footer|nav|aside|"
    r"blockquote|center|form|a|b|i|em|strong|founder-content)\b[^>]*?(/?)>",
    re.IGNORECASE,
)


def read_document(text: str, source: str) -> Document:
    """What a page holds, before it joins an issue; ParseError if it holds no article."""
    if len(text) > MAX_HTML_CHARS:
        raise ParseError("the page is too large to be a newspaper page")
    if text.count("<") > MAX_TAGS:
        raise ParseError("the page has too many elements to be a newspaper page")
    if _nesting_depth(text) > MAX_DEPTH:
        raise ParseError("the page is nested too deeply to be a newspaper page")
    soup = make_soup(text)
    doc = read_epaper(soup, source) or read_web_article(soup, source)
    if not doc.stories and not doc.links:
        raise ParseError("no article was found in this page")
    return doc


def _nesting_depth(text: str) -> int:
    """How deep container tags nest, counted on the raw text before any tree is built."""
    depth = deepest = 0
    for close, _, self_closing in _NESTING_TAG.findall(text):
        if self_closing:
            continue
        depth = max(depth - 1, 0) if close else depth + 1
        deepest = max(deepest, depth)
    return deepest
