"""An issue as an EPUB 3 book for e-readers: a section per page (版) with its stories as
chapters, nested contents (nav.xhtml, and toc.ncx for older readers), the saved pictures,
a cover. Built with zipfile: the mimetype first and stored, as the format asks."""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from io import BytesIO
from pathlib import Path

import lxml.etree
import lxml.html

from reader import model
from reader.export.contents import (
    Section,
    is_chinese_issue,
    language,
    pictures,
    sections,
    under_its_page,
    with_pictures,
)
from reader.export.files import write_whole
from reader.render import article_parts

MIMETYPE = "application/epub+zip"
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

STYLE = """\
body { margin: 0 4%; line-height: 1.6; }
h1 { font-size: 1.5em; line-height: 1.25; margin: 0.3em 0 0.4em; }
h1.page { font-size: 1.7em; margin-top: 2em; text-align: center; }
p { margin: 0 0 0.6em; }
p.meta, p.byline, p.caption { font-size: 0.85em; color: #555; }
p.kicker, p.subtitle { color: #444; margin: 0.2em 0; }
p.subtitle { font-size: 1.1em; }
p.figure { margin: 1em 0 0.3em; text-align: center; text-indent: 0; }
p.figure img { max-width: 100%; }
p.notice { font-style: italic; }
ol.stories { line-height: 1.8; }
div.cover { text-align: center; }
div.cover img { max-width: 100%; max-height: 100%; }
.title-page { text-align: center; margin-top: 30%; }
"""
_CHINESE_STYLE = "p.para { text-indent: 2em; }\n"


@dataclass(frozen=True)
class _Item:
    """One file of the book: its name inside OEBPS/, media type and contents."""

    id: str
    href: str
    media_type: str
    data: bytes
    properties: str = ""


@dataclass(frozen=True)
class _Entry:
    """A line of the contents: a page (版) with its stories below it, or a story."""

    label: str
    href: str
    children: tuple[_Entry, ...] = ()


def write_epub(issue: model.Issue, path: Path) -> None:
    """Write the issue to `path` as an EPUB 3 book; a file already there is replaced whole."""
    write_whole(path, epub_bytes(issue))


def epub_bytes(issue: model.Issue, modified: datetime | None = None) -> bytes:
    """The book. Built twice with the same `modified` time (default: now), it is the same
    bytes, so a reader's sync tool sees no change where there is none."""
    book = _Book(issue)
    stamp = (modified or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr(_zipped("META-INF/container.xml"), _CONTAINER)
        for item in book.items:
            archive.writestr(_zipped(f"OEBPS/{item.href}"), item.data)
        archive.writestr(_zipped("OEBPS/content.opf"), book.package(stamp))
    return buffer.getvalue()


def _zipped(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


class _Book:
    """The files of one issue's book, made once; `package` lists them."""

    def __init__(self, issue: model.Issue) -> None:
        self.issue = issue
        self.lang = language(issue)
        self.chinese = is_chinese_issue(issue)
        self.title = _xml_text(issue.title)  # escaped, ready for the XML files
        # Stable per paper and date: a new export replaces the old book on the reader's device.
        self.uid = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'paper-reader:{issue.title}')}"
        self.items: list[_Item] = [_Item("css", "style.css", "text/css", self._style())]
        names = self._pictures()
        self.cover = self._cover(names)
        self.spine: list[str] = []
        if self.cover is not None:
            self._add_page("cover.xhtml", self._cover_page(self.cover))
        self._add_page("title.xhtml", self._title_page())
        parts = enumerate(sections(issue), 1)
        self.contents = tuple(self._section(n, section, names) for n, section in parts)
        self.items.append(_Item("nav", "nav.xhtml", _XHTML, self._nav(), "nav"))
        self.items.append(_Item("ncx", "toc.ncx", "application/x-dtbncx+xml", self._ncx()))

    # --- pictures ------------------------------------------------------------------------

    def _pictures(self) -> dict[str, str]:
        """Each saved picture, copied into the book: source -> its name in the book."""
        names = {}
        for n, (src, picture) in enumerate(pictures(self.issue).items(), 1):
            href = f"images/picture-{n}{picture.suffix}"
            self.items.append(_Item(f"picture-{n}", href, picture.media_type, picture.data))
            names[src] = href
        return names

    def _cover(self, names: dict[str, str]) -> str | None:
        """The front page's first picture, where it has one."""
        front = sections(self.issue)[:1]
        for article in front[0].articles if front else ():
            for image in article.images:
                if image.src in names:
                    return names[image.src]
        return None

    # --- pages ---------------------------------------------------------------------------

    def _add_page(self, href: str, body: str, title: str | None = None) -> None:
        id = href.removesuffix(".xhtml")
        data = _xhtml(_xml_text(title or self.issue.title), self.lang, body)
        self.items.append(_Item(id, href, _XHTML, data))
        self.spine.append(id)

    def _cover_page(self, picture: str) -> str:
        return f'<div class="cover"><img src="{escape(picture)}" alt="{self.title}"/></div>'

    def _title_page(self) -> str:
        paper = _xml_text(self.issue.paper or self.issue.title)
        day = f"<p>{_xml_text(self.issue.date)}</p>" if self.issue.date else ""
        return f'<div class="title-page"><h1>{paper}</h1>{day}</div>'

    def _section(self, n: int, section: Section, names: dict[str, str]) -> _Entry:
        """The page's own file (its name and a list of its stories), then a file per story."""
        label, href = section.label(self.chinese), f"page-{n}.xhtml"
        stories = tuple(
            _Entry(a.title, f"story-{n}-{m}.xhtml") for m, a in enumerate(section.articles, 1)
        )
        listing = "".join(f'<li><a href="{s.href}">{_xml_text(s.label)}</a></li>' for s in stories)
        body = f'<h1 class="page">{_xml_text(label)}</h1><ol class="stories">{listing}</ol>'
        self._add_page(href, body, label)
        for story, article in zip(stories, section.articles, strict=True):
            parts = article_parts(under_its_page(with_pictures(article, names)))
            chapter = f'<section epub:type="chapter">{_as_xhtml(parts)}</section>'
            self._add_page(story.href, chapter, article.title)
        return _Entry(label, href, stories)

    # --- navigation ------------------------------------------------------------------------

    def _nav(self) -> bytes:
        heading = "目录" if self.chinese else "Contents"
        first = self.contents[0].href if self.contents else "title.xhtml"
        body = (
            f'<nav epub:type="toc" id="toc"><h1>{heading}</h1>{_nav_list(self.contents)}</nav>'
            '<nav epub:type="landmarks" hidden="hidden"><ol>'
            f'<li><a epub:type="bodymatter" href="{first}">{self.title}</a></li>'
            "</ol></nav>"
        )
        return _xhtml(heading, self.lang, body)

    def _ncx(self) -> bytes:
        order = iter(range(1, 10**6))

        def points(entries: tuple[_Entry, ...]) -> str:
            return "".join(
                f'<navPoint id="nav-{(n := next(order))}" playOrder="{n}">'
                f"<navLabel><text>{_xml_text(e.label)}</text></navLabel>"
                f'<content src="{e.href}"/>{points(e.children)}</navPoint>'
                for e in entries
            )

        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            f'<head><meta name="dtb:uid" content="{self.uid}"/>'
            '<meta name="dtb:depth" content="2"/>'
            '<meta name="dtb:totalPageCount" content="0"/>'
            '<meta name="dtb:maxPageNumber" content="0"/></head>'
            f"<docTitle><text>{self.title}</text></docTitle>"
            f"<navMap>{points(self.contents)}</navMap></ncx>"
        ).encode()

    # --- the package ------------------------------------------------------------------------

    def package(self, modified: str) -> bytes:
        issue = self.issue
        metadata = [
            f'<dc:identifier id="uid">{self.uid}</dc:identifier>',
            f"<dc:title>{self.title}</dc:title>",
            f"<dc:language>{self.lang}</dc:language>",
            f'<meta property="dcterms:modified">{modified}</meta>',
        ]
        if issue.paper:
            metadata.append(f"<dc:creator>{_xml_text(issue.paper)}</dc:creator>")
            metadata.append(f"<dc:publisher>{_xml_text(issue.paper)}</dc:publisher>")
        if issue.date:
            metadata.append(f"<dc:date>{_xml_text(issue.date)}</dc:date>")
        cover_id = next((i.id for i in self.items if i.href == self.cover), None)
        if cover_id:
            metadata.append(f'<meta name="cover" content="{cover_id}"/>')
        manifest = "".join(_manifest_item(i, cover_id) for i in self.items)
        spine = "".join(f'<itemref idref="{id}"/>' for id in self.spine)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0"'
            f' unique-identifier="uid" xml:lang="{self.lang}">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"{''.join(metadata)}</metadata>"
            f'<manifest>{manifest}</manifest><spine toc="ncx">{spine}</spine></package>'
        ).encode()

    def _style(self) -> bytes:
        return (STYLE + (_CHINESE_STYLE if self.chinese else "")).encode()


_XHTML = "application/xhtml+xml"


def _manifest_item(item: _Item, cover_id: str | None) -> str:
    properties = item.properties or ("cover-image" if item.id == cover_id else "")
    extra = f' properties="{properties}"' if properties else ""
    return f'<item id="{item.id}" href="{item.href}" media-type="{item.media_type}"{extra}/>'


def _nav_list(entries: tuple[_Entry, ...]) -> str:
    if not entries:
        return ""
    items = "".join(
        f'<li><a href="{e.href}">{_xml_text(e.label)}</a>{_nav_list(e.children)}</li>'
        for e in entries
    )
    return f"<ol>{items}</ol>"


def _xhtml(title: str, lang: str, body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' xml:lang="{lang}" lang="{lang}">'
        f'<head><title>{title}</title><link rel="stylesheet" type="text/css" href="style.css"/>'
        f"</head><body>{body}</body></html>"
    ).encode()


def _xml_text(text: str | None) -> str:
    """Text escaped for XML, without the characters XML cannot carry."""
    return escape(_NOT_XML.sub("", text or ""))


def _as_xhtml(parts: list[str]) -> str:
    """The window's article HTML, written as XML (closed tags, no stray characters)."""
    html = _NOT_XML.sub("", "".join(parts))
    out = []
    for element in lxml.html.fragments_fromstring(html):
        if isinstance(element, str):
            out.append(escape(element))
            continue
        for img in element.iter("img"):
            img.set("alt", img.get("alt") or "")
        # The window's own touches that an e-reader must not see: a picture that links to
        # itself (to be shown large on a click) and the spacing of a table written for Qt.
        for link in list(element.iter("a")):
            if link.find("img") is not None:
                link.drop_tag()
        for table in element.iter("table"):
            table.attrib.pop("cellpadding", None)
        out.append(lxml.etree.tostring(element, encoding="unicode", method="xml"))
    return "".join(out)
