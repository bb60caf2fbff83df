"""Each page's printed page inside the issue: its picture, its PDF, where each article is on it."""

from __future__ import annotations

import posixpath
import struct
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model import Area, Page
from reader.parsing.errors import ParseError
from reader.parsing.files import open_regular, regular_within
from reader.parsing.html.records import Document, Printed, Story
from reader.parsing.limits import MAX_PDF_BYTES

if TYPE_CHECKING:
    from reader.parsing.pdf.textlayer import Line

# A picture's size is in its first bytes; a JPEG's may follow a large block of metadata.
_HEADER_BYTES = 512 * 1024
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def printed_pages(
    pages: Sequence[Page],
    docs: Sequence[Document],
    stories: Sequence[Story],
    keys: Sequence[str],
    root: Path | None,
) -> tuple[Page, ...]:
    """`pages` with their picture and PDF (paths relative to the issue, None where the file
    is not in it) and each story's areas, in the pixels of the picture shown.

    `keys` are the stories' article keys, in the same order.
    """
    areas: dict[str, list[Area]] = {}
    for story, key in zip(stories, keys, strict=True):
        for code, coords in story.areas:
            areas.setdefault(code, []).append(Area(key, coords))
    found: dict[str, tuple[str | None, str | None, float]] = {}
    for doc in docs:
        if doc.printed is not None and doc.page and doc.page not in found:
            found[doc.page] = _files(doc.source, doc.printed, root)
    out = []
    for page in pages:
        image, pdf, scale = found.get(page.code, (None, None, 1.0))
        placed = tuple(
            replace(a, coords=_scaled(a.coords, scale)) for a in areas.get(page.code, [])
        )
        out.append(replace(page, image=image, pdf=pdf, areas=placed))
    return tuple(out)


def map_areas(layout: Document, href: str) -> list[tuple[str, tuple[float, ...]]]:
    """Where a layout page's image map puts the article `href` links to: (page, polygon)."""
    if layout.printed is None:
        return []
    return [(layout.page or "", shape) for shape in layout.printed.areas.get(href, [])]


def read_from_pdf(stories: Sequence[Story], docs: Sequence[Document], root: Path | None) -> None:
    """Give each article known only by its title the text its areas cover on the page PDF:
    the image map's pixels scaled to the PDF's points."""
    wanted = [s for s in stories if not s.saved and s.areas]
    if not wanted:
        return
    pdfs: dict[str, tuple[Path, int, float]] = {}
    for doc in docs:
        if doc.printed is not None and doc.page and doc.page not in pdfs:
            found = _pdf_points(doc.source, doc.printed, root)
            if found is not None:
                pdfs[doc.page] = found
    from reader.parsing.pdf.areas import area_text, page_lines  # PDFium, only for a PDF

    lines: dict[str, list[Line] | None] = {}
    for story in wanted:
        for code in dict.fromkeys(code for code, _ in story.areas if code in pdfs):
            path, index, scale = pdfs[code]
            if code not in lines:
                lines[code] = page_lines(path, index)
            shapes = [_scaled(c, scale) for page, c in story.areas if page == code]
            text = area_text(lines[code] or [], shapes, story.title)
            if text:
                story.paragraphs, story.saved = (*story.paragraphs, *text), True


def _pdf_points(source: str, printed: Printed, root: Path | None) -> tuple[Path, int, float] | None:
    """The page PDF (file, page index) and the points on it of one pixel of the image map."""
    pdf = _inside(source, printed.pdf, root)
    page = _pdf_page(pdf) if pdf is not None and root is not None else None
    if page is None or root is None or not printed.areas:
        return None
    path, index = root / page[0], page[1]
    size = _pdf_size(path, index)
    if size is None:
        return None
    shown_width, shown_height = printed.shown
    if shown_width:
        return path, index, size[0] / shown_width
    if shown_height:
        return path, index, size[1] / shown_height
    image = _inside(source, printed.image, root)
    picture = picture_size(root / image) if image is not None else None
    # without a shown size, the map is in the picture's own pixels
    return (path, index, size[0] / picture[0]) if picture else None


def _files(
    source: str, printed: Printed, root: Path | None
) -> tuple[str | None, str | None, float]:
    """Picture and PDF inside the issue, and what the image map's pixels are multiplied by."""
    image = _inside(source, printed.image, root)
    pdf = _inside(source, printed.pdf, root)
    shown_width, shown_height = printed.shown
    scale = 1.0
    if image is not None and root is not None:
        size = picture_size(root / image)
        if size and shown_width:
            scale = size[0] / shown_width
        elif size and shown_height:
            scale = size[1] / shown_height
    elif pdf is not None and root is not None and shown_width and printed.areas:
        width = _pdf_width(root, pdf)
        scale = width / shown_width if width else 1.0  # the map laid over the PDF page
    return image, pdf, scale


def _inside(source: str, name: str | None, root: Path | None) -> str | None:
    """`name` (relative to the file `source`) as a path relative to the issue, if it is there."""
    if not name or root is None:
        return None
    name, _, fragment = name.partition("#")
    path = posixpath.normpath(posixpath.join(posixpath.dirname(source), name))
    if not regular_within(root, path, MAX_PDF_BYTES):  # a picture or a PDF, inside the issue
        return None
    return f"{path}#{fragment}" if fragment else path


def _scaled(coords: tuple[float, ...], scale: float) -> tuple[float, ...]:
    if scale == 1.0:
        return coords
    return tuple(round(c * scale, 1) for c in coords)


def picture_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG file, read from its header; None if unknown."""
    try:
        with open_regular(path) as file:  # never a pipe that would wait for ever
            head = file.read(_HEADER_BYTES)
    except (ParseError, OSError):
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return width, height
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1  # padding
            continue
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        at += 2 + length
    return None


def _pdf_width(root: Path, pdf: str) -> float | None:
    """The width in points of the PDF page (`file.pdf#page=N`) an image map is laid over."""
    page = _pdf_page(pdf)
    size = _pdf_size(root / page[0], page[1]) if page else None
    return size[0] if size else None


def _pdf_page(pdf: str) -> tuple[str, int] | None:
    """`file.pdf#page=N` as the file's path and the page's index."""
    name, _, fragment = pdf.partition("#")
    try:
        return name, int(fragment.removeprefix("page=")) - 1 if fragment else 0
    except ValueError:
        return None


def _pdf_size(path: Path, index: int) -> tuple[float, float] | None:
    """Width and height in points of page `index` of the PDF; None if it cannot be read."""
    from reader.pdfium import PdfiumError, opened  # PDFium loads only when a PDF is there

    try:
        with opened(path) as document:
            if not 0 <= index < len(document):
                return None
            width, height = document[index].get_size()
            return float(width), float(height)
    except (PdfiumError, OSError):
        return None
