"""Page PDFs -> Issue: each page's text layer read in reading order and cut into stories.

A PDF of one page (版), a folder of them, or one PDF of the whole issue. `textlayer` reads
glyphs into lines, `layout` puts them in reading order, `stories` finds headlines by size and
joins the text, `folio` reads the running head and the file's name.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from reader.model import Issue
from reader.parsing.errors import ParseError
from reader.parsing.files import read_file, walk
from reader.parsing.html import Document, build_issue
from reader.parsing.html.records import Printed, Story
from reader.parsing.limits import MAX_PDF_BYTES
from reader.parsing.pdf.folio import from_name, running_head
from reader.parsing.pdf.layout import reading_order
from reader.parsing.pdf.stories import page_stories
from reader.parsing.pdf.textlayer import TextLayer, read_page
from reader.parsing.text.lines import Header
from reader.pdfium import PdfiumError, opened

__all__ = ["UNREADABLE", "parse_pdf", "parse_pdf_folder"]

# An issue has a few hundred pages at most.
MAX_FILES = 1000
MAX_PAGES = 1000
# What a page whose text cannot be read says instead; the page view still shows the page.
UNREADABLE = (
    "这一版的文字无法读取：它是扫描的图像，或者它的字体没有文字映射。请在版面视图中阅读这一版。",
    "The text of this page cannot be read: it is a scanned picture, or its fonts carry no"
    " text map. Read the page in the page view.",
)


def parse_pdf(data: bytes, source: str) -> Issue:
    """One PDF file (a page, or the whole issue); `source` is its path."""
    path = Path(source)
    docs = _documents(data, path.name, first=1)
    root = path.parent if path.is_file() else None
    return _issue(docs, source, root, path.name)


def parse_pdf_folder(root: Path) -> Issue:
    """A folder of page PDFs, one a page, named as the site named them."""
    names = _pdf_names(root)
    if not names:
        raise ParseError(f"{root.name}: no newspaper pages were found in it")
    docs: list[Document] = []
    for name in names:
        try:
            data = read_file(root / name, follow=False, limit=MAX_PDF_BYTES)
        except ParseError:
            continue  # an unreadable file is not part of the issue
        docs += _documents(data, name, first=len(docs) + 1)
    return _issue(docs, str(root), root, root.name)


def _pdf_names(root: Path) -> list[str]:
    names = []
    for name in walk(root):
        if name.lower().endswith(".pdf"):
            names.append(name)
        if len(names) > MAX_FILES:
            raise ParseError(f"{root.name}: the folder holds too many pages to be one issue")
    return sorted(names)


def _issue(docs: list[Document], source: str, root: Path | None, label: str) -> Issue:
    if not docs:
        raise ParseError(f"{label}: the PDF holds no pages")
    return build_issue(docs, source, "pdf", image_root=root)


def _documents(data: bytes, name: str, first: int) -> list[Document]:
    """Each page of the PDF as a Document; `first` numbers a page that names no page."""
    try:
        with opened(data) as pdf:
            if len(pdf) > MAX_PAGES:
                raise ParseError(f"{name}: the PDF has too many pages to be one issue")
            pages = [pdf[i] for i in range(len(pdf))]  # fonts stay loaded while a page is open
            layers = [read_page(page) for page in pages]
    except PdfiumError as err:
        raise ParseError(f"{name}: the PDF cannot be opened ({err})") from None
    named = from_name(name) if len(layers) == 1 else Header(date=from_name(name).date)
    docs = []
    for n, layer in enumerate(layers):
        pdf = name if len(layers) == 1 else f"{name}#page={n + 1}"
        docs.append(_document(layer, named, f"{first + n:02d}", posixpath.basename(pdf), name))
    return docs


def _document(layer: TextLayer, named: Header, number: str, pdf: str, source: str) -> Document:
    head, lines = running_head(layer)
    code = head.page or named.page or number
    doc = Document(
        source=source,
        paper=head.paper,
        date=head.date or named.date,
        page=code,
        page_name=head.name,
        printed=Printed(pdf=pdf),
    )
    if layer.readable:
        doc.stories = page_stories(reading_order(lines), code)
    else:
        doc.stories = [Story(f"第{code}版 · Page {code}", paragraphs=UNREADABLE, page=code)]
    for story in doc.stories:
        story.paper, story.date, story.page_name = doc.paper, doc.date, doc.page_name
    return doc
