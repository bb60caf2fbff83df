"""What a PDF page says of itself: the running head (paper, date, page) and its file's name."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace

from reader.parsing.pdf.textlayer import Line, TextLayer
from reader.parsing.text.lines import Header, date_line, page_header
from reader.parsing.vocabulary import HAN, PAGE, PAPER_ENDING, page_code, path_date

# The running head sits in the top twelfth of the page, a running foot in the bottom twentieth.
_HEAD_BAND = 1 / 12
_FOOT_BAND = 1 / 20
_PAPER = re.compile(rf"[{HAN}]{{1,12}}{PAPER_ENDING}|[A-Za-z][A-Za-z .,'&-]+")
# rmrb2017101601.pdf, KJRB2023021001.pdf: the paper's code, the day and the page
_DAY_AND_PAGE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})([A-Za-z]?\d{2})\.pdf$", re.IGNORECASE)
# 01.pdf, A03.pdf, 第3版.pdf, page_02.pdf, node_01.pdf
_PAGE_NAME = re.compile(rf"(?:^|[^A-Za-z0-9]|page|第)({PAGE})版?\.pdf$", re.IGNORECASE)
# …/A01/5128….pdf; a folder named by digits alone is a day or a month as often as a page
_PAGE_FOLDER = re.compile(r"^[A-Za-z]{1,2}\d{1,3}$")


def running_head(layer: TextLayer) -> tuple[Header, list[Line]]:
    """The page header and footer lines read for paper, date and page, and the other lines."""
    head = Header()
    kept: list[Line] = []
    for row in _rows(layer.lines):
        top, bottom = min(line.top for line in row), max(line.bottom for line in row)
        in_band = bottom <= _HEAD_BAND * layer.height or top >= (1 - _FOOT_BAND) * layer.height
        text = "  ".join(line.text for line in sorted(row, key=lambda line: line.x0))
        found = (page_header(text) or date_line(text)) if in_band and len(text) <= 80 else None
        if found is None:
            kept.extend(row)
            continue
        head = _merged(head, _checked(found))
    return head, kept


def _rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: line.baseline):
        if rows and abs(rows[-1][0].baseline - line.baseline) <= 0.35 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _checked(header: Header) -> Header:
    """A running head names its section where a paper would stand (`要闻 … 第2版`)."""
    if header.paper and not _PAPER.fullmatch(header.paper):
        return replace(header, paper=None, name=header.name or header.paper)
    return header


def _merged(known: Header, found: Header) -> Header:
    return Header(
        known.paper or found.paper,
        known.date or found.date,
        known.page or found.page,
        known.name or found.name,
    )


def from_name(name: str) -> Header:
    """Date and page from a page PDF's path as sites name them: `rmrb2017101601.pdf`,
    `…/2017-10-09/A01/5128….pdf`, `A03.pdf`, `第3版.pdf`."""
    base = posixpath.basename(name)
    match = _DAY_AND_PAGE.search(base)
    if match:
        date = path_date("".join(match.groups()[:3]))
        return Header(date=date, page=page_code(match.group(4)))
    match = _PAGE_NAME.search(base)
    folder = posixpath.basename(posixpath.dirname(name))
    code = page_code(match.group(1) if match else folder if _PAGE_FOLDER.match(folder) else None)
    return Header(date=path_date(name), page=code)
