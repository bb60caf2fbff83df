"""Plain-text newspapers: page dumps, per-article corpus records, and OCR'd old pages."""

from __future__ import annotations

from collections.abc import Callable

from reader.model import Issue
from reader.parsing.errors import ParseError
from reader.parsing.limits import check_articles, check_text
from reader.parsing.text.corpus import (
    looks_like_records,
    looks_like_slots,
    parse_records,
    parse_slots,
)
from reader.parsing.text.flattened import looks_flattened, unflatten
from reader.parsing.text.ocr import looks_like_ocr, parse_ocr
from reader.parsing.text.parser import clean_text, parse_dump, refuse_garbage

__all__ = ["parse_text"]


def parse_text(text: str, source: str) -> Issue:
    """Parse decoded text by its kind; raise ParseError if it holds no newspaper articles."""
    check_text(text)
    refuse_garbage(text)
    issue = _parsed(text, source)
    check_articles(issue.articles)
    return issue


def _parsed(text: str, source: str) -> Issue:
    if looks_flattened(text):
        text = unflatten(text)
    for looks_like, parse in _KINDS:
        if looks_like(text):
            issue = parse(clean_text(text), source)
            if not any(a.paragraphs for a in issue.articles):
                raise ParseError("no articles found in the text")
            return issue
    return parse_dump(text, source)


# Per-article corpus records, crawled article files and OCR pages each show their shape;
# any other text is a dump of pages.
_KINDS: tuple[tuple[Callable[[str], bool], Callable[[str, str], Issue]], ...] = (
    (looks_like_records, parse_records),
    (looks_like_slots, parse_slots),
    (looks_like_ocr, parse_ocr),
)
