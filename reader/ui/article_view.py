"""The reading pane: one article, well set, never reaching out to the network."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.model import Article
from reader.render import DEFAULT_TEXT_PX, render_article

# A readable line: at most this many characters of the text size, centred in the pane.
MEASURE_EM = 40
MIN_TEXT_PX, MAX_TEXT_PX = 10, 40
_SIDE_PX = 24


class ArticleView(QTextBrowser):
    """Shows an Article; images load only from the issue's own folder."""

    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._folder: Path | None = None
        self._article: Article | None = None
        self._bookmarked = False
        self.text_px = DEFAULT_TEXT_PX
        self._apply_font()

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(self, article: Article, folder: Path | None, bookmarked: bool) -> None:
        """Show `article`; its images are looked up under `folder` (the issue's folder)."""
        self._article, self._folder, self._bookmarked = article, folder, bookmarked
        self._render()
        self.verticalScrollBar().setValue(0)

    def set_bookmarked(self, bookmarked: bool) -> None:
        if self._article is not None and bookmarked != self._bookmarked:
            self._bookmarked = bookmarked
            self._rerender_in_place()

    def set_text_px(self, px: int) -> None:
        self.text_px = max(MIN_TEXT_PX, min(MAX_TEXT_PX, px))
        self._apply_font()
        if self._article is not None:
            self._rerender_in_place()

    def page_down(self) -> bool:
        """Scroll one screen on; False when the end of the article is already in view."""
        return self._page(+1)

    def page_up(self) -> bool:
        return self._page(-1)

    # --- Qt overrides ----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Only files inside the issue's folder; anything else (http, other folders) is refused."""
        path = self._local_path(QUrl(url))
        if path is None:
            return None
        if kind == QTextDocument.ResourceType.ImageResource:
            image = QImage(str(path))
            width = self._text_width()
            if not image.isNull() and image.width() > width:
                image = image.scaledToWidth(width)
            return image
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    # --- inside ----------------------------------------------------------------------------

    def _render(self) -> None:
        assert self._article is not None
        base = QUrl.fromLocalFile(f"{self._folder}/") if self._folder else QUrl()
        self.document().setBaseUrl(base)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        html = render_article(
            self._article, bookmarked=self._bookmarked, text_px=self.text_px, dark=dark
        )
        self.setHtml(html)
        self._apply_measure()

    def _rerender_in_place(self) -> None:
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(ratio * bar.maximum()))

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.text_px)
        self.document().setDefaultFont(font)

    def _text_width(self) -> int:
        return min(MEASURE_EM * self.text_px, max(self.viewport().width() - 2 * _SIDE_PX, 1))

    def _apply_measure(self) -> None:
        """Centre a column of at most MEASURE_EM characters, with breathing room above."""
        side = max(_SIDE_PX, (self.viewport().width() - self._text_width()) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() == side and fmt.topMargin() == _SIDE_PX:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(_SIDE_PX)
        fmt.setBottomMargin(2 * _SIDE_PX)
        frame.setFrameFormat(fmt)

    def _page(self, step: int) -> bool:
        bar = self.verticalScrollBar()
        edge = bar.maximum() if step > 0 else bar.minimum()
        if bar.value() == edge:
            return False
        bar.setValue(bar.value() + step * bar.pageStep())
        return True

    def _local_path(self, url: QUrl) -> Path | None:
        if self._folder is None:
            return None
        if url.isRelative():
            url = self.document().baseUrl().resolved(url)
        if not url.isLocalFile():
            return None
        path = Path(url.toLocalFile()).resolve()
        folder = self._folder.resolve()
        return path if path.is_relative_to(folder) and path.is_file() else None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())
