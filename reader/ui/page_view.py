"""The printed page: the page picture or PDF page, each article's area on it, and zoom."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from reader.model import Area, Page
from reader.ui import scroll_bars
from reader.ui.page_render import Drawn, Renderer, Source

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 8.0
# Before a page is drawn its shape is not known: a newspaper page is about this tall.
_PAGE_RATIO = 1.44
_MARGIN = 8
_KEY = Qt.ItemDataRole.UserRole


class PageView(QWidget):
    """Shows a Page: its picture or PDF page, fitted to the width or height or zoomed, every
    article's area outlined faintly and the current one highlighted. A click on an area, or
    on a title where the page has nothing to show, chooses that article."""

    article_chosen = Signal(str)  # the article's key
    page_drawn = Signal()  # the page is on screen at its size

    def __init__(self, renderer: Renderer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._renderer = renderer or Renderer(self)
        self._renderer.drawn.connect(self._on_drawn)
        self._page: Page | None = None
        self._source: Source | None = None
        self._current: str | None = None
        self._fit: str | None = "width"  # "width", "height", or None: zoomed by hand
        self._zoom = 1.0  # the page's width in widths of the view, when zoomed by hand
        self._sheet = _Sheet(self)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("pageScroll")
        self._scroll.setWidget(self._sheet)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self._scroll.viewport().installEventFilter(self)
        self._titles = QListWidget()
        self._titles.setObjectName("pageTitles")
        self._titles.itemActivated.connect(self._title_chosen)
        self._titles.itemClicked.connect(self._title_chosen)
        scroll_bars.flatten(self._scroll, self._titles)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setMargin(_MARGIN)
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._note)
        column.addWidget(self._titles)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._scroll)
        self._stack.addWidget(listing)
        self._resized = QTimer(self, singleShot=True, interval=80)
        self._resized.timeout.connect(self._draw)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self._scroll)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def page(self) -> Page | None:
        return self._page

    @property
    def renderer(self) -> Renderer:
        return self._renderer

    @property
    def current(self) -> str | None:
        return self._current

    @property
    def showing_titles(self) -> bool:
        return self._stack.currentIndex() == 1

    def show_page(
        self,
        page: Page,
        folder: Path | None,
        titles: Sequence[tuple[str, str]],
        current: str | None = None,
    ) -> None:
        """Show `page` (its files are under `folder`, the issue's folder); `titles` are its
        articles as (key, title), listed when the page has nothing to show."""
        self._page, self._current = page, current
        self._fill_titles(titles)
        self._source = Source.of(folder, page.image, page.pdf) if folder else None
        if self._source is None:
            self._show_titles(self.tr("This page has no picture or PDF. Its articles:"))
            return
        self._stack.setCurrentIndex(0)
        self._sheet.set_page(page.areas, self._renderer.space(self._source))
        self._layout_sheet()
        self._draw()
        self._scroll.verticalScrollBar().setValue(0)
        self._reveal_current()

    def set_current(self, key: str | None) -> None:
        """Highlight the article `key` (its area brought into view, its title selected)."""
        self._current = key
        self._sheet.current = key
        self._sheet.update()
        self._reveal_current()
        for row in range(self._titles.count()):
            item = self._titles.item(row)
            if item.data(_KEY) == key:
                self._titles.setCurrentItem(item)

    def step(self, delta: int) -> bool:
        """Highlight the next (+1) or previous (-1) article on the page and choose it;
        False at either end."""
        keys = self._keys()
        if not keys:
            return False
        at = keys.index(self._current) + delta if self._current in keys else 0
        if not 0 <= at < len(keys):
            return False
        self.set_current(keys[at])
        self.article_chosen.emit(keys[at])
        return True

    # --- zoom ------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self._fit = "width"
        self._rezoom()

    def fit_height(self) -> None:
        self._fit = "height"
        self._rezoom()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the point `anchor` (in the view) where it is."""
        before = self._sheet.width()
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._sheet_width() * factor / self._fit_px()))
        self._fit = None
        self._rezoom(anchor, self._sheet_width() / before if before else 1.0)

    @property
    def zoom(self) -> float:
        """The page's width in widths of the view."""
        return self._sheet_width() / self._fit_px()

    # --- Qt overrides ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport():
            if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    steps = event.angleDelta().y() / 120
                    if steps:
                        self.zoom_by(ZOOM_STEP**steps, event.position())
                    return True
            elif event.type() == QEvent.Type.Resize and self._fit is not None:
                self._layout_sheet()
                self._resized.start()
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        # Zoom keys reach the view before the window's own shortcuts (text size) take them.
        key = event if isinstance(event, QKeyEvent) else None
        if key and key.type() == QEvent.Type.ShortcutOverride and self._zoom_key(key) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._zoom_key(event)
        if action is not None:
            action()
        elif event.key() in (Qt.Key.Key_J, Qt.Key.Key_K) and not event.modifiers():
            self.step(+1 if event.key() == Qt.Key.Key_J else -1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.article_chosen.emit(self._current)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit is not None:
            self._layout_sheet()

    # --- inside ----------------------------------------------------------------------------

    def _zoom_key(self, event: QKeyEvent) -> Callable[[], None] | None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and (control or key == Qt.Key.Key_Plus):
            return self.zoom_in
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            return self.zoom_out
        if key == Qt.Key.Key_0 and control:
            return self.fit_width
        if key == Qt.Key.Key_W and not event.modifiers():
            return self.fit_width
        if key == Qt.Key.Key_F and not event.modifiers():
            return self.fit_height
        return None

    def _keys(self) -> list[str]:
        """The page's articles in reading order: by their areas, else by their titles."""
        keys = [area.key for area in self._sheet.areas] if not self.showing_titles else []
        if not keys:
            keys = [self._titles.item(r).data(_KEY) for r in range(self._titles.count())]
        return list(dict.fromkeys(keys))

    def _fill_titles(self, titles: Sequence[tuple[str, str]]) -> None:
        self._titles.clear()
        for key, title in titles:
            item = QListWidgetItem(title)
            item.setData(_KEY, key)
            self._titles.addItem(item)
            if key == self._current:
                self._titles.setCurrentItem(item)

    def _show_titles(self, note: str) -> None:
        self._note.setText(note)
        self._stack.setCurrentIndex(1)
        self.page_drawn.emit()

    def _title_chosen(self, item: QListWidgetItem) -> None:
        self._current = item.data(_KEY)
        self.article_chosen.emit(item.data(_KEY))

    def _fit_px(self) -> int:
        return max(self._scroll.viewport().width() - 2 * _MARGIN, 50)

    def _sheet_width(self) -> int:
        """The page's width on screen, in pixels."""
        fit = self._fit_px()
        if self._fit == "width":
            return fit
        if self._fit == "height":
            height = max(self._scroll.viewport().height() - 2 * _MARGIN, 50)
            return min(fit, round(height / self._sheet.ratio()))
        return round(fit * self._zoom)

    def _layout_sheet(self) -> None:
        width = self._sheet_width()
        self._sheet.setFixedSize(QSize(width, round(width * self._sheet.ratio())))

    def _rezoom(self, anchor: QPointF | None = None, growth: float = 1.0) -> None:
        if self._source is None:
            return
        bars = self._scroll.horizontalScrollBar(), self._scroll.verticalScrollBar()
        point = anchor or QPointF(self._scroll.viewport().width() / 2, 0)
        before = [bar.value() + at for bar, at in zip(bars, (point.x(), point.y()), strict=True)]
        self._layout_sheet()
        for bar, at, was in zip(bars, (point.x(), point.y()), before, strict=True):
            bar.setValue(round(was * growth - at))
        self._draw()

    def _draw(self) -> None:
        """Ask for the page at the size it is shown; a kept drawing is shown at once."""
        if self._source is None:
            return
        width = round(self._sheet.width() * self.devicePixelRatioF())
        drawn = self._renderer.request(self._source, width)
        if drawn is not None:
            self._on_drawn(drawn)

    def _on_drawn(self, drawn: Drawn) -> None:
        if drawn.source != self._source:
            return  # a page read ahead, or one turned past
        if drawn.image.isNull():
            self._show_titles(self.tr("The printed page could not be opened. Its articles:"))
            return
        ratio_changed = self._sheet.space != drawn.space
        self._sheet.show_image(drawn.image, drawn.space)
        if ratio_changed:
            self._layout_sheet()
            self._reveal_current()
            if round(self._sheet.width() * self.devicePixelRatioF()) != drawn.width:
                self._draw()  # drawn at a guessed shape: draw again at the true one
                return
        self.page_drawn.emit()

    def _reveal_current(self) -> None:
        rect = self._sheet.area_rect(self._current)
        if rect is not None:
            centre = rect.center()
            self._scroll.ensureVisible(
                round(centre.x()), round(centre.y()), round(rect.width() / 2) + 8, 40
            )

    def prefetch(self, pages: Sequence[Page], folder: Path | None) -> None:
        """Draw pages likely read next (the next page of the issue) while the reader reads."""
        width = round(self._sheet.width() * self.devicePixelRatioF())
        for page in pages:
            source = Source.of(folder, page.image, page.pdf) if folder else None
            if source is not None and source != self._source:
                self._renderer.request(source, width, ahead=True)


class _Sheet(QWidget):
    """The page itself: its drawing scaled to the widget, the areas over it."""

    def __init__(self, view: PageView) -> None:
        super().__init__()
        self._view = view
        self.image: QImage | None = None
        self.space = QSizeF()
        self.areas: tuple[Area, ...] = ()
        self.current: str | None = None
        self.setMouseTracking(True)

    def set_page(self, areas: tuple[Area, ...], space: QSizeF | None) -> None:
        self.areas, self.image = areas, None
        self.space = space or QSizeF()
        self.current = self._view.current
        self.update()

    def show_image(self, image: QImage, space: QSizeF) -> None:
        self.image, self.space = image, space
        self.update()

    def ratio(self) -> float:
        if self.space.isEmpty():
            return _PAGE_RATIO
        return self.space.height() / self.space.width()

    def polygons(self) -> list[tuple[str, QPolygonF]]:
        if self.space.isEmpty():
            return []
        scale = self.width() / self.space.width()
        return [(area.key, _polygon(area.coords, scale)) for area in self.areas]

    def area_at(self, point: QPointF) -> str | None:
        """The article under `point`; of areas laid over each other, the smallest."""
        hits = [
            (_extent(polygon), key)
            for key, polygon in self.polygons()
            if polygon.containsPoint(point, Qt.FillRule.OddEvenFill)
        ]
        return min(hits)[1] if hits else None

    def area_rect(self, key: str | None) -> QRectF | None:
        rects = [polygon.boundingRect() for k, polygon in self.polygons() if k == key]
        if not rects:
            return None
        united = rects[0]
        for rect in rects[1:]:
            united = united.united(rect)
        return united

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        faint = QColor(accent)
        faint.setAlpha(90)
        fill = QColor(accent)
        fill.setAlpha(50)
        for key, polygon in self.polygons():
            if key == self.current:
                painter.setPen(QPen(accent, 2.5))
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(faint, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.area_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        key = self.area_at(event.position())
        if key is not None:
            self._view.set_current(key)
            self._view.article_chosen.emit(key)


def _polygon(coords: tuple[float, ...], scale: float) -> QPolygonF:
    points = zip(coords[0::2], coords[1::2], strict=False)
    return QPolygonF([QPointF(x * scale, y * scale) for x, y in points])


def _extent(polygon: QPolygonF) -> float:
    rect = polygon.boundingRect()
    return rect.width() * rect.height()
