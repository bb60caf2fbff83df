"""What the HTML parsers read from a page, before the issue is put together."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model import Image


@dataclass
class Story:
    """One article as read from a page, before the issue gives it a key."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None  # the column the story runs under
    byline: str | None = None
    dateline: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    page: str | None = None
    page_name: str | None = None
    paper: str | None = None
    date: str | None = None
    ident: str | None = None
    saved: bool = True
    origin: str = ""  # the page's path inside the issue
    continued_on: list[str] = field(default_factory=list)  # later pages of a jumped story
    areas: list[tuple[str, tuple[float, ...]]] = field(default_factory=list)  # (page, polygon)


@dataclass
class Link:
    """An article a layout page points to: its address and the title shown for it."""

    href: str
    title: str
    subtitle: str | None = None
    section: str | None = None  # a column tag the list gave after the title


@dataclass
class Document:
    """What one HTML file holds: articles, or a layout page's list of links."""

    source: str
    paper: str | None = None
    date: str | None = None
    page: str | None = None
    page_name: str | None = None
    stories: list[Story] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    page_names: dict[str, str] = field(default_factory=dict)
    kind: str = "epaper"  # "epaper", "layout" or "web" (a news site's article page)
    printed: Printed | None = None  # the printed page a layout page or a PDF page shows


@dataclass
class Printed:
    """The printed page: picture and PDF paths relative to the file that names them, the
    size an image map's picture is shown at, and the map (each link's polygons in it)."""

    image: str | None = None
    pdf: str | None = None
    shown: tuple[float | None, float | None] = (None, None)  # width, height of the <img>
    areas: dict[str, list[tuple[float, ...]]] = field(default_factory=dict)
