"""PDF at reading size: the PDF is read back and the size of its letters measured."""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from helpers import article, english_issue, make_issue
from test_export import png

from reader.model import Image
from reader.ui.pdf_export import print_issue, write_pdf

A4 = (595, 842)  # points


@dataclass(frozen=True)
class Letter:
    char: str
    size: float  # points, as printed
    left: float
    bottom: float


def letters(path: Path) -> list[list[Letter]]:
    """Each page's letters with their printed size and place, in points."""
    pdf = pdfium.PdfDocument(path)
    pages = []
    for page in pdf:
        text = page.get_textpage()
        found = []
        for i in range(text.count_chars()):
            char = chr(pdfium_c.FPDFText_GetUnicode(text.raw, i))
            if not char.strip():
                continue
            matrix = pdfium_c.FS_MATRIX()
            pdfium_c.FPDFText_GetMatrix(text.raw, i, matrix)
            size = pdfium_c.FPDFText_GetFontSize(text.raw, i) * abs(matrix.d)
            box = [ctypes.c_double() for _ in range(4)]
            pdfium_c.FPDFText_GetCharBox(text.raw, i, *(ctypes.byref(b) for b in box))
            left, _, bottom, _ = (b.value for b in box)
            found.append(Letter(char, round(size, 1), left, bottom))
        pages.append(found)
    pdf.close()
    return pages


def body_size(page: list[Letter]) -> float:
    return Counter(letter.size for letter in page).most_common(1)[0][0]


@pytest.mark.parametrize("issue", [make_issue(), english_issue()], ids=["chinese", "english"])
def test_a_story_prints_at_reading_size_with_a_larger_headline(qapp, tmp_path, issue):
    story = replace(issue.articles[0], paragraphs=issue.articles[0].paragraphs * 12)
    target = tmp_path / "story.pdf"

    write_pdf(replace(issue, articles=(story,)), target)

    page = letters(target)[0]
    assert 10.5 <= body_size(page) <= 12
    assert max(letter.size for letter in page) >= 1.6 * body_size(page)


def test_pages_have_margins_page_numbers_and_the_citation_in_the_footer(qapp, tmp_path):
    long = article("春耕备耕忙", *["连日来，无锡各地农民抢抓农时，田间地头一派繁忙景象。" * 6] * 40)
    story = replace(long, byline="记者杨宏斌")
    target = tmp_path / "story.pdf"

    sheets = write_pdf(make_issue(articles=(story,)), target)

    pages = letters(target)
    assert sheets == len(pages) >= 2
    for page in pages:
        assert min(x.left for x in page) >= 50 and max(x.left for x in page) <= A4[0] - 50
        footer = [x for x in page if x.size < 9 and x.bottom < 100]
        body = [x for x in page if x not in footer]
        assert min(x.bottom for x in footer) >= 25
        assert min(x.bottom for x in body) > max(x.bottom + x.size for x in footer)
        assert "春耕备耕忙[N]" in "".join(x.char for x in footer)  # the citation
        assert any(x.left > A4[0] / 2 for x in footer)  # the page number, on the right


def test_an_issue_starts_each_page_on_a_new_sheet(qapp, tmp_path):
    target = tmp_path / "issue.pdf"

    sheets = write_pdf(make_issue(), target)

    pages = ["".join(x.char for x in page) for page in letters(target)]
    assert sheets == 2
    assert "春耕备耕忙" in pages[0] and "江城新区建设提速" not in pages[0]
    assert "江城新区建设提速" in pages[1]
    assert "第2版综合" in pages[1].replace(" ", "")


def grey_area(path: Path) -> tuple[int, int, int, int]:
    """Left, top, right, bottom in points of the grey of the test picture on the first page."""
    pdf = pdfium.PdfDocument(path)
    bitmap = pdf[0].render(scale=1)
    pixels, stride, channels = bytes(bitmap.buffer), bitmap.stride, bitmap.n_channels
    rows = {}
    for y in range(bitmap.height):
        row = pixels[y * stride : y * stride + bitmap.width * channels]
        xs = [x for x in range(bitmap.width) if row[x * channels : x * channels + 3] == b"\x80" * 3]
        if len(xs) > 50:  # a row of the picture, not a grey pixel of a letter's edge
            rows[y] = xs
    pdf.close()
    return (
        min(min(xs) for xs in rows.values()),
        min(rows),
        max(max(xs) for xs in rows.values()),
        max(rows),
    )


def test_a_saved_picture_is_printed_within_the_text(qapp, tmp_path):
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "wide.png").write_bytes(png(3000, 200))
    issue = make_issue(source=str(folder / "p.txt"))
    story = replace(issue.articles[0], images=(Image("wide.png", "图片说明"),))
    target = tmp_path / "pictured.pdf"

    write_pdf(replace(issue, articles=(story,)), target)

    left, top, right, bottom = grey_area(target)
    assert left >= 50 and right <= A4[0] - 50  # within the margins
    assert right - left > A4[0] / 2  # as wide as the text
    assert (bottom - top) / (right - left) == pytest.approx(200 / 3000, abs=0.01)


def test_a_printer_at_high_resolution_prints_at_reading_size_too(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    story = make_issue().articles[0]

    print_issue(make_issue(articles=(replace(story, paragraphs=story.paragraphs * 10),)), printer)

    assert 10.5 <= body_size(letters(target)[0]) <= 12
