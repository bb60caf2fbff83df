"""Newspaper pages as PDFs, set by reportlab: headlines, decks, bylines and columns of text.

Stories are placed in blocks; a block sets its headline across its width and flows its
text down its columns. Chinese pages use reportlab's built-in CID font STSong-Light, so
the files carry a text layer any PDF reader maps back to Unicode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

A4 = (595.0, 842.0)
BODY = 10.0
LEADING = 15.0
GUTTER = 14.0
TITLE = 24.0
DECK = 14.0
_TOKENS = re.compile(r"[A-Za-z0-9'’,.;:!?()\-]+ ?| |.")


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    title_size: float = TITLE


@dataclass
class Block:
    """A story set in a rectangle of the page (points from the top left)."""

    story: Story
    x: float
    y: float
    width: float
    height: float
    columns: int = 1
    size: float = BODY  # of the text; lines are 1.5 times as far apart


@dataclass
class Page:
    blocks: list[Block]
    head: str | None = None  # the running head: paper, date, page and its name
    size: tuple[float, float] = A4
    pictures: list[tuple[float, float, float, float]] = field(default_factory=list)


def write_pdf(
    path: Path, pages: list[Page], chinese: bool = True, bold_titles: bool = False
) -> Path:
    """The pages as one PDF file; `bold_titles` draws each title twice, a hair apart, as
    makers do to embolden a font that has no bold."""
    pdf = canvas.Canvas(str(path), pagesize=pages[0].size)
    fonts = _Fonts(chinese, bold_titles)
    for page in pages:
        pdf.setPageSize(page.size)
        height = page.size[1]
        if page.head:
            pdf.setFont(fonts.body, 9)
            pdf.drawString(40, height - 30, page.head)
            pdf.line(40, height - 38, page.size[0] - 40, height - 38)
        for x, y, w, h in page.pictures:
            pdf.rect(x, height - y - h, w, h, fill=1)
        for block in page.blocks:
            _set_block(pdf, block, height, fonts)
        pdf.showPage()
    pdf.save()
    return path


@dataclass
class _Fonts:
    chinese: bool
    bold_titles: bool = False

    @property
    def body(self) -> str:
        return "STSong-Light" if self.chinese else "Times-Roman"

    @property
    def headline(self) -> str:
        return "STSong-Light" if self.chinese else "Times-Bold"


def _set_block(pdf: canvas.Canvas, block: Block, height: float, fonts: _Fonts) -> None:
    story = block.story
    y = block.y
    for text, size in (
        (story.kicker, DECK),
        (story.title, story.title_size),
        (story.subtitle, DECK),
    ):
        if text:
            for line in _wrap(text, fonts.headline, size, block.width):
                y += size * 1.2
                pdf.setFont(fonts.headline, size)
                pdf.drawString(block.x, height - y, line)
                if fonts.bold_titles and text == story.title:
                    pdf.drawString(block.x + 0.4, height - y, line)
    y += 10
    column_width = (block.width - GUTTER * (block.columns - 1)) / block.columns
    lines = _body_lines(story, fonts, column_width, block.size)
    leading = block.size * LEADING / BODY
    # Columns are balanced, as a newspaper sets them.
    per_column = -(-len(lines) // block.columns)
    if per_column * leading > block.y + block.height - y:
        raise ValueError(f"{story.title}: the text does not fit its block")
    pdf.setFont(fonts.body, block.size)
    for n, (indent, line) in enumerate(lines):
        column, row = divmod(n, per_column)
        x = block.x + column * (column_width + GUTTER) + indent
        pdf.drawString(x, height - (y + (row + 1) * leading), line)


def _body_lines(
    story: Story, fonts: _Fonts, width: float, size: float = BODY
) -> list[tuple[float, str]]:
    """(indent, text) of each printed line: a byline line, then the paragraphs."""
    lines: list[tuple[float, str]] = []
    if story.byline:
        lines.append((0.0, story.byline))
    for n, paragraph in enumerate(story.paragraphs):
        indent = 2 * size if fonts.chinese else (size if n else 0.0)
        wrapped = _wrap(paragraph, fonts.body, size, width, first_indent=indent)
        lines += [(indent if i == 0 else 0.0, line) for i, line in enumerate(wrapped)]
    return lines


def _wrap(text: str, font: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    lines: list[str] = []
    line = ""
    room = width - first_indent
    for token in _TOKENS.findall(text):
        if line and pdfmetrics.stringWidth(line + token.rstrip(), font, size) > room:
            lines.append(line.rstrip())
            line, room = token.lstrip(), width
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines
