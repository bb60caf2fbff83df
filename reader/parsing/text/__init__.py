"""Plain-text newspapers: page dumps, per-article corpus records, and OCR'd old pages."""

from __future__ import annotations

from reader.model import Issue
from reader.parsing.errors import ParseError
from reader.parsing.text.corpus import looks_like_records, parse_records
from reader.parsing.text.ocr import looks_like_ocr, parse_ocr
from reader.parsing.text.parser import clean_text, parse_dump, refuse_garbage

__all__ = ["parse_text"]


def parse_text(text: str, source: str) -> Issue:
    """Parse decoded text by its kind; raise ParseError if it holds no newspaper articles."""
    refuse_garbage(text)
    if looks_like_records(text):
        issue = parse_records(clean_text(text), source)
        if not any(a.paragraphs for a in issue.articles):
            raise ParseError("no articles found in the text")
        return issue
    if looks_like_ocr(text):
        issue = parse_ocr(clean_text(text), source)
        if not any(a.paragraphs for a in issue.articles):
            raise ParseError("no articles found in the text")
        return issue
    return parse_dump(text, source)
