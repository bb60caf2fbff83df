"""A picture of a story shown large, with its caption: what a click on it in the story opens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from reader.model import Image
from reader.ui.literal import literal
from reader.ui.pictures import LocalDocument

# Of the screen, what the picture may take, leaving room for the caption and the frame.
SCREEN_SHARE = 0.85


class PictureWindow(QDialog):
    """The picture as large as it was saved, or as the screen allows. A click, Escape or
    Enter closes it; it is read, like every picture, only from the issue's own folder."""

    def __init__(self, document: LocalDocument, image: Image, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("picture_window")
        self.setWindowTitle(image.caption or self.tr("Picture"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picture = QLabel(self)
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        assert image.src is not None
        found = document.picture(image.src, _room(parent))
        if found is not None:
            self.picture.setPixmap(QPixmap.fromImage(found))
        self.caption = QLabel(literal(image.caption or ""), self)
        self.caption.setObjectName("picture_caption")
        self.caption.setWordWrap(True)
        self.caption.setVisible(bool(image.caption))
        if found is not None:
            self.caption.setMaximumWidth(max(found.width(), 320))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.close()


def _room(widget: QWidget) -> QSize:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    size = screen.availableGeometry().size()
    return QSize(int(size.width() * SCREEN_SHARE), int(size.height() * SCREEN_SHARE) - 60)
