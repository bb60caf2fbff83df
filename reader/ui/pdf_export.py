"""Stories, pages (版) and issues as PDF at reading size: body 11 pt, larger headlines, A4 with
margins, page numbers and the citation in the footer. Needs a QGuiApplication, not a window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader import model
from reader.export.contents import cite, is_chinese_issue, pictures, sections
from reader.export.files import write_whole
from reader.export.html import issue_html
from reader.render import FONT_FAMILIES
from reader.ui.pictures import decode_picture

DPI = 300
BODY_PT = 11.0
FOOTER_PT = 8.0
LINE_SPACING = 135  # percent of a line's natural height, which is already above the font size
MARGINS_MM = (20.0, 18.0, 20.0, 14.0)  # left, top, right, bottom
# A picture is drawn at most this much of the text's height, so that its caption follows it.
PICTURE_HEIGHT = 0.6


def _print_style(chinese: bool, dpi: int) -> str:
    def _px(pt: float) -> int:  # Qt takes some CSS lengths in pixels only
        return round(pt * dpi / 72)

    body = BODY_PT
    indent = _px(2 * body) if chinese else 0
    return f"""
body {{ color: #000000; }}
p {{ margin-top: 0; margin-bottom: {_px(5)}px; }}
p.para {{ text-indent: {indent}px; line-height: {LINE_SPACING}%; margin-bottom: {_px(4)}px; }}
h1 {{ font-size: {body * 2:.1f}pt; font-weight: bold; margin-top: {_px(6)}px;
      margin-bottom: {_px(6)}px; }}
h1.page {{ font-size: {body * 1.3:.1f}pt; color: #5f6b7a; page-break-before: always;
           margin-bottom: {_px(14)}px; }}
p.meta {{ font-size: {body * 0.8:.1f}pt; color: #8a6d3b; }}
p.kicker {{ font-size: {body * 1.1:.1f}pt; color: #444444; margin-bottom: {_px(2)}px; }}
p.subtitle {{ font-size: {body * 1.25:.1f}pt; color: #444444; }}
p.byline {{ font-size: {body * 0.85:.1f}pt; color: #555555; margin-bottom: {_px(12)}px; }}
p.figure {{ margin-top: {_px(6)}px; margin-bottom: {_px(2)}px; }}
p.caption {{ font-size: {body * 0.85:.1f}pt; color: #444444; }}
p.notice {{ font-style: italic; }}
p.cite {{ font-size: {body * 0.8:.1f}pt; color: #5f6b7a; margin-top: {_px(6)}px;
          margin-bottom: {_px(22)}px; }}
"""


@dataclass(frozen=True)
class _Layout:
    """Where things go on a sheet, in the device's pixels (`dpi` to the inch)."""

    dpi: int
    width: float
    body_height: float
    footer_top: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> _Layout:
        dpi = device.logicalDpiY()
        area = device.pageLayout().paintRectPixels(dpi)
        footer = FOOTER_PT * 3.2 * dpi / 72
        return cls(dpi, area.width(), area.height() - footer, area.height() - footer * 0.75)

    def px(self, pt: float) -> float:
        return pt * self.dpi / 72


def write_pdf(issue: model.Issue, path: Path) -> int:
    """Write the issue's stories to `path` as one PDF: a story alone when it holds one,
    else each page (版) from a new sheet under its name. A file already there is replaced
    whole. Returns the number of sheets."""
    data, sheets = pdf_bytes(issue)
    write_whole(path, data)
    return sheets


def pdf_bytes(issue: model.Issue) -> tuple[bytes, int]:
    """The PDF and its number of sheets."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(issue.articles[0].title if len(issue.articles) == 1 else issue.title)
    writer.setCreator("Paper Reader")
    sheets = print_issue(issue, writer)
    buffer.close()
    return bytes(buffer.data().data()), sheets


def print_issue(issue: model.Issue, device: QPagedPaintDevice) -> int:
    """Set the issue's stories on `device` (a QPdfWriter, or a QPrinter the reader chose),
    with MARGINS_MM around them. Returns the number of sheets."""
    device.setPageMargins(QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)
    layout = _Layout.of(device)
    single = len(issue.articles) == 1
    document = _document(issue, device, layout, single)
    sheets = document.pageCount()
    footers = _footers(issue, document, layout, single)
    painter = QPainter(device)
    try:
        for sheet in range(sheets):
            if sheet:
                device.newPage()
            _draw_sheet(painter, document, layout, sheet)
            _draw_footer(painter, layout, footers[sheet], f"{sheet + 1} / {sheets}")
    finally:
        painter.end()
    return sheets


def _document(
    issue: model.Issue, device: QPagedPaintDevice, layout: _Layout, single: bool
) -> QTextDocument:
    document = QTextDocument()
    # Laid out for the device itself, so that sizes in points come out in points.
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES["serif"]))
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    pictures = _add_pictures(document, issue)
    style = _print_style(is_chinese_issue(issue), layout.dpi)
    document.setHtml(issue_html(issue, style, pictures, title=False, page_names=not single))
    _no_break_before_first(document)
    document.setPageSize(QSizeF(layout.width, layout.body_height))
    _fit_pictures(document, layout)
    return document


def _no_break_before_first(document: QTextDocument) -> None:
    """Each page (版) starts a new sheet, except the first: it starts the first sheet."""
    cursor = QTextCursor(document)
    fmt = cursor.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(fmt)


def _add_pictures(document: QTextDocument, issue: model.Issue) -> dict[str, str]:
    """Each saved picture as a resource of the document: source -> its name there."""
    names = {}
    for n, (src, picture) in enumerate(pictures(issue).items(), 1):
        image = decode_picture(picture.data, None)
        if image is not None:
            name = f"picture-{n}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            names[src] = name
    return names


def _fit_pictures(document: QTextDocument, layout: _Layout) -> None:
    """Pictures at the size they have on a screen, never wider than the text or taller than
    PICTURE_HEIGHT of it; their pixels are kept, so a large photo stays sharp."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                picture = fragment.charFormat().toImageFormat()
                kind, name = QTextDocument.ResourceType.ImageResource, QUrl(picture.name())
                image = document.resource(kind, name)
                if isinstance(image, QImage) and not image.isNull():
                    picture.setWidth(image.width() * _scale(image, layout))
                    picture.setHeight(image.height() * _scale(image, layout))
                    cursor.setPosition(fragment.position())
                    end = fragment.position() + fragment.length()
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(picture)
            it += 1
        block = block.next()


def _scale(image: QImage, layout: _Layout) -> float:
    # Qt takes a picture's size in a screen's pixels and scales it to the PDF's.
    screen = layout.dpi / 96
    wide = layout.width / screen / image.width()
    tall = layout.body_height * PICTURE_HEIGHT / screen / image.height()
    return min(1.0, wide, tall)


def _footers(
    issue: model.Issue, document: QTextDocument, layout: _Layout, single: bool
) -> list[str]:
    """The footer of each sheet: the story's citation, or the issue and the page (版) on it."""
    sheets = document.pageCount()
    if single:
        return [cite(issue, issue.articles[0])] * sheets
    chinese = is_chinese_issue(issue)
    labels = [f"{issue.title} · {s.label(chinese)}" for s in sections(issue)]
    starts = _page_starts(document, layout)
    footers = []
    for sheet in range(sheets):
        begun = [n for n, start in enumerate(starts) if start <= sheet]
        footers.append(labels[begun[-1]] if begun and begun[-1] < len(labels) else issue.title)
    return footers


def _page_starts(document: QTextDocument, layout: _Layout) -> list[int]:
    """The sheet on which each page (版) begins: the first on the first sheet, each other one
    where its name breaks the page."""
    starts = [0]
    block = document.begin()
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & always:
            top = document.documentLayout().blockBoundingRect(block).top()
            starts.append(int(top // layout.body_height))
        block = block.next()
    return starts


def _draw_sheet(painter: QPainter, document: QTextDocument, layout: _Layout, sheet: int) -> None:
    top = sheet * layout.body_height
    painter.save()
    painter.translate(0, -top)
    # A line carried over to the next sheet starts exactly at this one's end: a pixel less
    # keeps it off this sheet, where it would lie hidden under the footer.
    document.drawContents(painter, QRectF(0, top, layout.width, layout.body_height - 1))
    painter.restore()


def _draw_footer(painter: QPainter, layout: _Layout, text: str, number: str) -> None:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES["sans"]))
    font.setPointSizeF(FOOTER_PT)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    band = QRectF(0, layout.footer_top, layout.width, layout.px(FOOTER_PT * 2.4))
    number_width = layout.px(FOOTER_PT * 5)
    painter.drawText(
        band.adjusted(0, 0, -number_width, 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        text,
    )
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)
