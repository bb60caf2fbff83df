"""Issue, Page, Article: the plain data every layer passes around (no Qt, no SQL)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Image:
    """A picture of an article: a local path relative to the issue source, never a URL."""

    src: str | None
    caption: str | None = None


@dataclass(frozen=True)
class Article:
    """One story: its headings, credits, text, captions, pictures and the pages it is printed on."""

    key: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    page: str | None = None
    page_name: str | None = None
    dateline: str | None = None
    byline: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    pages: tuple[str, ...] = ()
    saved: bool = True


@dataclass(frozen=True)
class Area:
    """Where an article is printed on its page: a polygon, x1, y1, x2, y2, … in the
    pixels of the page image, or in PDF points when the page has only a PDF."""

    key: str
    coords: tuple[float, ...]


@dataclass(frozen=True)
class Page:
    """One page (版) of an issue: its code (01, A05), name (要闻) and the printed page.

    `image` and `pdf` are paths relative to the issue source; a page of a PDF holding
    several pages is named `issue.pdf#page=3` (counted from 1).
    """

    code: str
    name: str | None = None
    image: str | None = None
    pdf: str | None = None
    areas: tuple[Area, ...] = ()


@dataclass(frozen=True)
class Issue:
    """One paper of one day: its pages and stories, and the file it was read from."""

    paper: str | None
    date: str | None  # ISO 8601, YYYY-MM-DD
    source: str
    format: str  # "text", "html", "folder" or "pdf"
    pages: tuple[Page, ...] = ()
    articles: tuple[Article, ...] = field(default=())

    @property
    def title(self) -> str:
        parts = [p for p in (self.paper, self.date) if p]
        return " ".join(parts) if parts else self.source.rsplit("/", 1)[-1]


def _normalise(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _NOT_WORD.sub("", text)


def make_key(
    paper: str | None, date: str | None, title: str, paragraphs: tuple[str, ...] | list[str]
) -> str:
    """A stable id from paper, date, title and opening words.

    Punctuation, width and spacing are ignored, so a parser that splits a paragraph or
    cleans a space differently still gives the same key.
    """
    opening = _opening_words("".join(paragraphs[:2]))
    basis = "\x1f".join((_normalise(paper), date or "", _normalise(title), opening))
    import hashlib  # here: the first window does not load OpenSSL

    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def _opening_words(text: str) -> str:
    """The first 24 normalised word characters; long paragraphs are not normalised whole."""
    head = _normalise(text[:80])
    return (head if len(head) > 24 else _normalise(text))[:24]


def unique_keys(articles: list[Article]) -> list[Article]:
    """Give repeated keys within one issue a numbered suffix, in order, so each is unique.

    A suffix never takes a key that another article of the issue has by itself.
    """
    own = {article.key for article in articles}
    used: set[str] = set()
    tried: dict[str, int] = {}  # the last number given to each key: numbers below it are taken
    out = []
    for article in articles:
        key, n = article.key, tried.get(article.key, 1)
        while key in used:
            n += 1
            key = f"{article.key}-{n}"
            if key in own:
                key = article.key  # that one belongs to another article: try the next number
        tried[article.key] = n
        used.add(key)
        out.append(article if key == article.key else replace(article, key=key))
    return out


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "key": article.key,
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "section": article.section,
        "page": article.page,
        "page_name": article.page_name,
        "dateline": article.dateline,
        "byline": article.byline,
        "paragraphs": list(article.paragraphs),
        "captions": list(article.captions),
        "images": [{"src": i.src, "caption": i.caption} for i in article.images],
        "pages": list(article.pages),
        "saved": article.saved,
    }


def page_to_dict(page: Page) -> dict[str, Any]:
    """A page in the parse contract: its code is called `page` there, as in an article."""
    return {
        "page": page.code,
        "name": page.name,
        "image": page.image,
        "pdf": page.pdf,
        "areas": [{"key": a.key, "coords": list(a.coords)} for a in page.areas],
    }


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    """The parse contract of DESIGN.md, ready for json.dumps."""
    return {
        "issue": {
            "paper": issue.paper,
            "date": issue.date,
            "title": issue.title,
            "source": issue.source,
            "format": issue.format,
            "pages": [page_to_dict(p) for p in issue.pages],
        },
        "articles": [article_to_dict(a) for a in issue.articles],
    }
