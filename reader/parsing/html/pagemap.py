"""A layout page's printed page: the page picture, its image map of articles, the page PDF."""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

from reader.parsing.html.records import Printed

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_PIXELS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$", re.IGNORECASE)
_PDF = re.compile(r"\.pdf$", re.IGNORECASE)


def read_printed(soup: BeautifulSoup, href: Callable[[object], str]) -> Printed | None:
    """The picture that carries an image map (`<img usemap>`), the map's areas by link
    (`href` tidies a link as the page's list of links does), and the first link to a PDF."""
    picture = soup.find("img", usemap=True)
    pdf = next(
        (h for a in soup.find_all("a", href=True) if _PDF.search(h := href(a["href"]))), None
    )
    if not isinstance(picture, Tag) and pdf is None:
        return None
    printed = Printed(pdf=pdf)
    if isinstance(picture, Tag):
        printed.image = href(picture.get("src")) or None
        printed.shown = (_pixels(picture.get("width")), _pixels(picture.get("height")))
        for area in _map_of(soup, str(picture.get("usemap", ""))).find_all("area", href=True):
            polygon = _polygon(str(area.get("shape", "")), str(area.get("coords", "")))
            if polygon and href(area["href"]):
                printed.areas.setdefault(href(area["href"]), []).append(polygon)
    return printed


def _map_of(soup: BeautifulSoup, usemap: str) -> Tag:
    """The `<map>` an image names (`#PagePicMap`; sites differ in case), else the first one."""
    name = usemap.lstrip("#").casefold()
    maps = [m for m in soup.find_all("map") if isinstance(m, Tag)]
    for page_map in maps:
        if name and name in (
            str(page_map.get("name", "")).casefold(),
            str(page_map.get("id", "")).casefold(),
        ):
            return page_map
    return maps[0] if maps else soup.new_tag("map")


def _pixels(value: object) -> float | None:
    match = _PIXELS.match(str(value or ""))
    return float(match.group(1)) or None if match else None


def _polygon(shape: str, coords: str) -> tuple[float, ...] | None:
    """An area as a polygon (x1, y1, x2, y2, …): a rectangle or circle as its four corners."""
    numbers = [float(n) for n in _NUMBER.findall(coords)]
    shape = shape.strip().casefold()
    if shape in ("rect", "rectangle", "") and len(numbers) == 4:
        x0, y0, x1, y1 = numbers
        return (x0, y0, x1, y0, x1, y1, x0, y1)
    if shape in ("circle", "circ") and len(numbers) == 3:
        x, y, r = numbers
        return (x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r)
    if shape in ("poly", "polygon", "") and len(numbers) >= 6 and len(numbers) % 2 == 0:
        return tuple(numbers)
    return None
