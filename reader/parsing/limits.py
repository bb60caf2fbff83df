"""How much one file, page, article and issue may hold: far past any newspaper, refused in words.

An issue of a large paper has a hundred pages, a million characters of text and some hundred
files; its largest saved page is about a megabyte. The limits leave room for ten or more times
that, and keep the memory of any parse far under a gigabyte.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from reader.parsing.errors import ParseError

MAX_FILE_BYTES = 32 * 2**20  # one file, on disk or in a zip
MAX_ISSUE_FILES = 5_000  # the pages of a folder or zip
MAX_ISSUE_BYTES = 128 * 2**20  # the pages of a folder or zip, together
MAX_ISSUE_CHARS = 16_000_000  # the text of one issue
MAX_TEXT_LINES = 1_000_000  # the lines of one text dump
MAX_ARTICLE_CHARS = 500_000  # the text of one article (a long feature has 30,000)
MAX_HTML_CHARS = 8_000_000  # one HTML page
MAX_TAGS = 50_000  # the elements of one HTML page (the largest real ones have 4,000)
MAX_IMAGE_BYTES = 32 * 2**20  # one picture
MAX_PDF_BYTES = 256 * 2**20  # one PDF, of a page or of the whole issue with its pictures

TOO_LONG = "the text is too long to be one issue"


class _Story(Protocol):
    """An article, as read (html.records.Story) or as given out (model.Article)."""

    @property
    def title(self) -> str: ...
    @property
    def paragraphs(self) -> Sequence[str]: ...
    @property
    def captions(self) -> Sequence[str]: ...


def article_chars(article: _Story) -> int:
    texts = (article.title, *article.paragraphs, *article.captions)
    return sum(len(text) for text in texts)


def check_articles(articles: Iterable[_Story]) -> None:
    """Refuse a page or dump holding an article longer than any newspaper prints."""
    if any(article_chars(article) > MAX_ARTICLE_CHARS for article in articles):
        raise ParseError("an article in it is longer than any newspaper prints")


def check_text(text: str) -> None:
    """Refuse a text longer than an issue, or of more lines, before it is read line by line."""
    if len(text) > MAX_ISSUE_CHARS or text.count("\n") > MAX_TEXT_LINES:
        raise ParseError(TOO_LONG)
