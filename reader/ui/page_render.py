"""Page pictures and PDF pages drawn off the GUI thread, and kept for a while per page and width."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QSize, QSizeF, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)

# Drawn pages kept, by their size in bytes: a dozen pages of a broadsheet at screen size.
CACHE_BYTES = 160 * 2**20
_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}


@dataclass(frozen=True)
class Source:
    """What a printed page is drawn from: a picture, or one page (from 0) of a PDF."""

    path: Path
    pdf_page: int | None = None

    @classmethod
    def of(cls, folder: Path, image: str | None, pdf: str | None) -> Source | None:
        """The picture if there is one (its image map is in its pixels), else the PDF page."""
        if image:
            return cls(folder / image)
        if pdf:
            name, _, fragment = pdf.partition("#")
            number = fragment.removeprefix("page=")
            return cls(folder / name, int(number) - 1 if number.isdigit() else 0)
        return None


@dataclass(frozen=True)
class Drawn:
    """A page drawn `width` pixels wide; `space` is the size its areas are measured in
    (the picture's pixels, the PDF page's points). A null image: it could not be drawn."""

    source: Source
    width: int
    image: QImage
    space: QSizeF


class Renderer(QObject):
    """Draws pages in one worker thread (PDFium allows one at a time) and keeps the last
    ones drawn; `drawn` brings each result to the GUI thread."""

    drawn = Signal(object)  # Drawn
    # emitted in the worker thread; Qt queues it to the renderer's thread
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._done)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cache: OrderedDict[tuple[Source, int], Drawn] = OrderedDict()
        self._spaces: dict[Source, QSizeF] = {}
        self._wanted: tuple[Source, int] | None = None
        self._queued: set[tuple[Source, int]] = set()
        self._pdfs = _OpenPdfs()

    def cached(self, source: Source, width: int) -> Drawn | None:
        drawn = self._cache.get((source, width))
        if drawn is not None:
            self._cache.move_to_end((source, width))
        return drawn

    def space(self, source: Source) -> QSizeF | None:
        """The size the page's areas are measured in, once it has been drawn."""
        return self._spaces.get(source)

    def request(self, source: Source, width: int, *, ahead: bool = False) -> Drawn | None:
        """The drawn page if it is kept; else it is drawn and `drawn` emitted. A request
        that is not `ahead` (a page read next) replaces the last one not yet started."""
        drawn = self.cached(source, width)
        if drawn is not None:
            return drawn
        key = (source, width)
        if not ahead:
            self._wanted = key
        if key not in self._queued:
            self._queued.add(key)
            self._pool.start(_Job(self, key, ahead))
        return None

    def wait(self) -> None:
        """Until every page asked for is drawn (tests, benchmarks, closing)."""
        self._pool.waitForDone()

    def close(self) -> None:
        """Finish the drawing under way and close the PDFs kept open."""
        self._wanted = None
        self._pool.waitForDone()
        self._pdfs.close()

    def _still_wanted(self, key: tuple[Source, int], ahead: bool) -> bool:
        return ahead or key == self._wanted

    def _done(self, drawn: Drawn | None, key: tuple[Source, int]) -> None:
        self._queued.discard(key)
        if drawn is None:
            return
        if not drawn.space.isEmpty():
            self._spaces[drawn.source] = drawn.space
        if not drawn.image.isNull():
            self._cache[key] = drawn
            self._trim()
        self.drawn.emit(drawn)

    def _trim(self) -> None:
        total = sum(d.image.sizeInBytes() for d in self._cache.values())
        while total > CACHE_BYTES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            total -= old.image.sizeInBytes()


class _Job(QRunnable):
    def __init__(self, renderer: Renderer, key: tuple[Source, int], ahead: bool) -> None:
        super().__init__()
        self._renderer, self._key, self._ahead = renderer, key, ahead

    def run(self) -> None:
        source, width = self._key
        drawn = None
        if self._renderer._still_wanted(self._key, self._ahead):
            try:
                drawn = draw(source, width, self._renderer._pdfs)
            except Exception:  # a damaged file must not take the window with it
                log.exception("drawing %s failed", source.path)
                drawn = Drawn(source, width, QImage(), QSizeF())
        self._renderer._finished.emit(drawn, self._key)


def draw(source: Source, width: int, pdfs: _OpenPdfs) -> Drawn:
    """The page drawn `width` pixels wide (in the worker thread: QImage, never QPixmap)."""
    if source.pdf_page is None:
        return _picture(source, width)
    return _pdf_page(source, width, pdfs)


def _picture(source: Source, width: int) -> Drawn:
    reader = QImageReader(str(source.path))
    reader.setDecideFormatFromContent(True)  # sites name JPEGs `….jpg.2`
    size = reader.size()
    if size.isValid() and size.width() > 0:
        height = round(size.height() * width / size.width())
        reader.setScaledSize(QSize(width, max(height, 1)))
    image = reader.read()
    if image.isNull():
        log.warning("page picture %s: %s", source.path, reader.errorString())
        return Drawn(source, width, QImage(), QSizeF())
    return Drawn(source, width, image, QSizeF(size))


def _pdf_page(source: Source, width: int, pdfs: _OpenPdfs) -> Drawn:
    from reader.pdfium import LOCK, PdfiumError  # PDFium loads only for a PDF

    try:
        with LOCK:
            page = pdfs.get(source.path)[source.pdf_page or 0]
            points = QSizeF(*page.get_size())
            scale = width / points.width()
            bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
            shape = (bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.n_channels])
            image = QImage(bitmap.buffer, *shape).copy()  # the bitmap's memory goes with it
    except (PdfiumError, OSError, IndexError) as err:
        log.warning("page PDF %s: %s", source.path, err)
        return Drawn(source, width, QImage(), QSizeF())
    return Drawn(source, width, image, points)


class _OpenPdfs:
    """The PDFs pages were last drawn from, kept open for the next page: opening one again
    means reading its fonts again. Used in the worker thread, under PDFium's lock."""

    KEEP = 2

    def __init__(self) -> None:
        self._open: OrderedDict[tuple[Path, int], Any] = OrderedDict()

    def get(self, path: Path) -> Any:
        """The PDF opened, or the one kept open if the file has not changed since."""
        import pypdfium2

        key = (path, path.stat().st_mtime_ns)
        if key not in self._open:
            self._open[key] = pypdfium2.PdfDocument(str(path))
            while len(self._open) > self.KEEP:
                self._open.popitem(last=False)[1].close()
        self._open.move_to_end(key)
        return self._open[key]

    def close(self) -> None:
        from reader.pdfium import LOCK

        with LOCK:
            while self._open:
                self._open.popitem()[1].close()
