"""The reading pane: one article, well set, never reaching out to the network."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.chinese import fold, fold_with_offsets
from reader.model import Article
from reader.render import (
    DEFAULT_LINE_SPACING,
    DEFAULT_TEXT_PX,
    ENGLISH_WORDS,
    FONT_FAMILIES,
    THEME_COLOURS,
    Words,
    render_article,
)
from reader.ui.core_messages import translated
from reader.ui.pictures import LocalDocument

# A readable line: at most this many characters of the text size, centred in the pane.
MEASURE_EM = 40
MIN_TEXT_PX, MAX_TEXT_PX = 10, 40
_SIDE_PX = 24
_MARK = QColor("#ffe066")
_CURRENT_MARK = QColor("#ff9632")


class Look(NamedTuple):
    """How the article is set: theme (light, sepia, dark), font (serif, sans), spacing in %."""

    theme: str = "light"
    font: str = "serif"
    line_spacing: int = DEFAULT_LINE_SPACING


def page_words() -> Words:
    """What the article pane says of what is missing, in the interface language."""
    return Words(*(translated(text) for text in ENGLISH_WORDS))


def find_marks(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of every occurrence of the query's words, compared folded:
    traditional and simplified characters, full and half width, upper and lower case."""
    terms = sorted({fold(t) for t in query.split()} - {""}, key=len, reverse=True)
    if not terms:
        return []
    folded, offsets = fold_with_offsets(text)
    pattern = re.compile("|".join(map(_term_pattern, terms)), re.IGNORECASE)
    marks = []
    for found in pattern.finditer(folded):
        start = offsets[found.start()]
        marks.append((start, offsets[found.end() - 1] + 1))
    return marks


def _term_pattern(term: str) -> str:
    """A Latin word matches as the start of a word, as the library searches it
    (council marks Councillors); CJK matches wherever it stands."""
    if term.isascii() and term.isalnum():
        return rf"(?<![a-z0-9]){re.escape(term)}[a-z0-9]*"
    return re.escape(term)


class ArticleView(QTextBrowser):
    """Shows an Article; images load only from the issue's own folder (see pictures.py)."""

    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self._document = LocalDocument(self)
        self._document.setUndoRedoEnabled(False)  # read-only: no edits to take back
        self.setDocument(self._document)
        self._article: Article | None = None
        self._shown: Article | None = None  # the article as shown: pictures not there left out
        self._bookmarked = False
        self.text_px = DEFAULT_TEXT_PX
        self.look = Look()
        self._query = ""
        self.marks: list[tuple[int, int]] = []
        self.current_mark = -1
        self._apply_font()

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def folder(self) -> Path | None:
        """The issue's folder: the only place its pictures are read from."""
        return self._document.folder

    def show_article(self, article: Article, folder: Path | None, bookmarked: bool) -> None:
        """Show `article`; its images are looked up under `folder` (the issue's folder)."""
        self._article, self._bookmarked = article, bookmarked
        self._document.set_folder(folder)
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

    def set_look(self, look: Look) -> None:
        self.look = look
        page, text = THEME_COLOURS[look.theme]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(page))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        self.setPalette(palette)
        self._apply_font()
        if self._article is not None:
            self._rerender_in_place()

    def html(self, theme: str | None = None) -> str:
        """The article as shown, or in another theme (printing is always light)."""
        assert self._article is not None
        look = self.look if theme is None else self.look._replace(theme=theme)
        return render_article(
            self._shown or self._article,
            bookmarked=self._bookmarked,
            text_px=self.text_px,
            theme=look.theme,
            font=look.font,
            line_spacing=look.line_spacing,
            words=page_words(),
        )

    # --- where the reader is ----------------------------------------------------------------

    def reading_position(self) -> int:
        """The place in the text of the first line wholly in the pane, whatever its width."""
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 0))
        if self.cursorRect(cursor).top() < 0:  # a line cut by the top edge, or one above it
            cursor.movePosition(QTextCursor.MoveOperation.Down)
        return cursor.position()

    def scroll_to_position(self, position: int) -> None:
        """Scroll so that the line holding `position` is at the top of the pane."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    # --- marking a search query ------------------------------------------------------------

    def mark(self, query: str) -> None:
        """Highlight every occurrence of the query's words; none is current yet."""
        self._query = query
        self.marks = find_marks(self.document().toPlainText(), query) if query else []
        self.current_mark = -1
        self._paint_marks()

    def step_mark(self, delta: int) -> bool:
        """Make the next (+1) or previous (-1) occurrence current and scroll to it;
        False when there is none that way."""
        if self.current_mark >= 0:
            return self.select_mark(self.current_mark + delta)
        return self.select_mark(0 if delta > 0 else len(self.marks) - 1)

    def select_mark(self, n: int) -> bool:
        if not 0 <= n < len(self.marks):
            return False
        self.current_mark = n
        self._paint_marks()
        return True

    def _paint_marks(self) -> None:
        selections = []
        for n, (start, end) in enumerate(self.marks):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(_CURRENT_MARK if n == self.current_mark else _MARK)
            fmt.setForeground(QColor("#000000"))
            selection.format = fmt
            selections.append(selection)
            if n == self.current_mark:
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
        self.setExtraSelections(selections)

    def page_down(self) -> bool:
        """Scroll one screen on; False when the end of the article is already in view."""
        return self._page(+1)

    def page_up(self) -> bool:
        return self._page(-1)

    # --- Qt overrides ----------------------------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """The document answers for itself; this is QTextBrowser's own way in (its history),
        which gets the same answers."""
        return self._document.loadResource(kind, url)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    # --- inside ----------------------------------------------------------------------------

    def _render(self) -> None:
        assert self._article is not None
        self._document.set_max_width(self._text_width())
        self._shown = self._with_pictures_there(self._article)
        self.setHtml(self.html())
        _exact_line_heights(self.document())
        self._apply_measure()
        self.mark(self._query)

    def _with_pictures_there(self, article: Article) -> Article:
        """The article with the pictures that cannot be shown marked as not saved, so that
        each shows as a placeholder with its caption instead of vanishing."""
        images = tuple(
            image
            if image.src and self._document.has_picture(image.src)
            else replace(image, src=None)
            for image in article.images
        )
        return replace(article, images=images) if images != article.images else article

    def _rerender_in_place(self) -> None:
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        bar.setValue(round(ratio * bar.maximum()))

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setFamilies(list(FONT_FAMILIES[self.look.font]))
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

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif not self._show_picture(url.toString()):
            self.link_refused.emit(url.toString())

    def _show_picture(self, src: str) -> bool:
        """A click on a picture shows it large, with its caption; False if it is none."""
        article = self._shown
        image = next((i for i in article.images if i.src == src), None) if article else None
        if image is None or image.src is None:
            return False
        from reader.ui.picture_window import PictureWindow  # made at the first click only

        window = PictureWindow(self._document, image, self)
        window.show()
        return True


def _exact_line_heights(document: QTextDocument) -> None:
    """Qt takes a line height in pixels as a least height, and a line of a CJK font is 1.45
    times its size by itself: 1.3× would come out 1.45×. The stylesheet's height is exact."""
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.MinimumHeight.value:
            fmt.setLineHeight(fmt.lineHeight(), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
