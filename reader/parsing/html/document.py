"""One HTML file -> Document: refuse what is no page, then read it as an e-paper or a web page."""

from __future__ import annotations

from reader.parsing.errors import ParseError
from reader.parsing.html.epaper import read_epaper
from reader.parsing.html.markup import make_soup
from reader.parsing.html.records import Document
from reader.parsing.html.webpage import read_web_article
from reader.parsing.limits import MAX_HTML_CHARS, MAX_TAGS, check_articles


def read_document(text: str, source: str) -> Document:
    """What a page holds, before it joins an issue; ParseError if it holds no article."""
    if len(text) > MAX_HTML_CHARS:
        raise ParseError("the page is too large to be a newspaper page")
    if text.count("<") > MAX_TAGS:
        raise ParseError("the page has too many elements to be a newspaper page")
    soup = make_soup(text)
    doc = read_epaper(soup, source) or read_web_article(soup, source)
    if not doc.stories and not doc.links:
        raise ParseError("no article was found in this page")
    check_articles(doc.stories)
    return doc
