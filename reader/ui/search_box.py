"""The search box of the toolbar: typing searches the library; Down goes into the hits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    down_pressed = Signal()  # the reader moves from the box into the hits
    escape_pressed = Signal()  # the reader goes back to the story

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.setPlaceholderText(self.tr("Search the library (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(160)
        self.setMaximumWidth(360)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)
