"""A frame in the highlight colour around the pane that has the keyboard focus, so the reader
knows where J, the arrows and Enter will go."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2


class FocusFrame(QWidget):
    """Drawn over the focused pane (a style sheet would do it, but a widget with one no
    longer follows the window's palette, and the dark theme needs it to)."""

    def __init__(self, panes: Sequence[QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focus_frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._panes: list[QWidget] = []
        for pane in panes:
            self.add(pane)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow)

    def add(self, pane: QWidget) -> None:
        """One more pane to frame when it has the focus (a panel made later)."""
        self._panes.append(pane)
        pane.installEventFilter(self)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        pane = next((p for p in self._panes if new is p or (new and p.isAncestorOf(new))), None)
        if pane is None:
            self.hide()
            return
        if self.parentWidget() is not pane:
            self.setParent(pane)
        self.setGeometry(pane.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pane = self.parentWidget()
        if watched is pane and pane is not None and event.type() == QEvent.Type.Resize:
            self.setGeometry(pane.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH))
        half = WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
