"""An issue's pictures, read only from its own folder: for the article view and for printing.

Qt's QTextDocument opens any file a page names when its loader returns nothing, so the
document here answers every request itself, and Qt never opens a file of its own accord.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument

from reader.parsing.files import read_inside
from reader.parsing.limits import MAX_IMAGE_BYTES

# A saved page's photo is a few MB at most; anything larger is not read at all.
MAX_PICTURE_BYTES = MAX_IMAGE_BYTES
# Decoded, a picture of this many pixels takes 160 MB: larger ones are not decoded.
MAX_PICTURE_PIXELS = 40_000_000


def decode_picture(data: bytes, max_size: QSize | None) -> QImage | None:
    """The picture in `data`, scaled down to fit `max_size`; None if it is not one, or too big."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PICTURE_PIXELS:
        return None
    if max_size is not None and max_size.isValid():
        fitted = size.scaled(max_size, Qt.AspectRatioMode.KeepAspectRatio)
        if fitted.width() < size.width():
            reader.setScaledSize(fitted.expandedTo(QSize(1, 1)))
    image = reader.read()
    return None if image.isNull() else image


def _placeholder() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


# What the document shows for a picture it will not read: nothing to see.
_PLACEHOLDER = _placeholder()


class LocalDocument(QTextDocument):
    """A text document whose pictures come only from `folder`; a style sheet, a page or
    anything else it links to is never loaded, and nothing is fetched from the network."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._max_width: int | None = None
        self._loaded: dict[tuple[int, str], Any] = {}

    @property
    def folder(self) -> Path | None:
        return self._folder

    def set_folder(self, folder: Path | None, max_width: int | None = None) -> None:
        """Where pictures are looked up, and the width they are scaled down to."""
        self._folder, self._max_width = folder, max_width
        self._loaded.clear()

    def set_max_width(self, max_width: int | None) -> None:
        if max_width != self._max_width:
            self.set_folder(self._folder, max_width)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Always an answer: an empty one makes Qt open the file itself."""
        key = (int(kind), QUrl(url).toString())
        if key not in self._loaded:
            self._loaded[key] = self._load(int(kind), QUrl(url))
        return self._loaded[key]

    def has_picture(self, src: str) -> bool:
        """True when `src` names a picture of the issue that can be shown (read once, kept
        for the page that shows it)."""
        found = self.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
        return found is not _PLACEHOLDER

    def picture(self, src: str, max_size: QSize) -> QImage | None:
        """The picture `src` of the issue, as large as it was saved or as `max_size` allows."""
        name = self._local_name(QUrl(src))
        data = read_inside(self._folder, name) if self._folder and name else None
        return decode_picture(data, max_size) if data is not None else None

    def _load(self, kind: int, url: QUrl) -> Any:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        name = self._local_name(url)
        data = read_inside(self._folder, name) if self._folder and name else None
        size = QSize(self._max_width, MAX_PICTURE_PIXELS) if self._max_width else None
        image = decode_picture(data, size) if data is not None else None
        return image if image is not None else _PLACEHOLDER

    @staticmethod
    def _local_name(url: QUrl) -> str | None:
        """The file a picture's address names: a relative path, or a file: URL."""
        if url.isRelative() and not url.host():
            return url.path() or None
        if url.isLocalFile():
            return url.toLocalFile() or None
        return None
