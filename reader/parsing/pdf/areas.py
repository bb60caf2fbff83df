"""An article's text cut from its page PDF by the areas an image map gives it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from reader.parsing.pdf.layout import reading_order
from reader.parsing.pdf.stories import body_paragraphs
from reader.parsing.pdf.textlayer import Line, read_page
from reader.pdfium import PdfiumError, opened

Polygon = tuple[float, ...]  # x, y, x, y, … in page points from the top left
_SPACES = re.compile(r"\s+")


def page_lines(pdf: Path, index: int) -> list[Line] | None:
    """The lines of page `index` of the PDF; None if it cannot be read or has no text."""
    try:
        with opened(pdf) as document:
            if not 0 <= index < len(document):
                return None
            layer = read_page(document[index])
    except (PdfiumError, OSError):
        return None
    return layer.lines if layer.readable else None


def area_text(lines: Sequence[Line], polygons: Sequence[Polygon], title: str) -> list[str]:
    """The paragraphs set inside the polygons, in reading order; a first paragraph that is
    the title (the headline printed above the text) is left out."""
    inside = [line for line in lines if any(_covers(p, line) for p in polygons)]
    found = body_paragraphs(reading_order(inside)) if inside else []
    if found and _bare(found[0]) == _bare(title):
        found = found[1:]
    return found


def _covers(polygon: Polygon, line: Line) -> bool:
    """Whether the line's box lies in the polygon: its middle does (an outline drawn
    tight may clip a glyph's edge)."""
    return _within(polygon, (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2)


def _within(polygon: Polygon, x: float, y: float) -> bool:
    """Even-odd rule: a ray to the right crosses the polygon's edges an odd number of times."""
    points = list(zip(polygon[::2], polygon[1::2], strict=False))
    inside = False
    for (x0, y0), (x1, y1) in zip(points, points[-1:] + points[:-1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _bare(text: str) -> str:
    return _SPACES.sub("", text)
