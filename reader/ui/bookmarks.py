"""The bookmarks tab: saved stories with their citation and note; Enter opens, Delete removes."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from reader.library import Bookmark, Library
from reader.render import BOOKMARK_MARK, is_chinese, page_label
from reader.ui import scroll_bars
from reader.ui.literal import literal
from reader.ui.signals import LibrarySignals

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2


def citation(bookmark: Bookmark) -> str:
    """ "江城日报 2026-03-12 · 第1版 · 高美梅", the way a clipping is labelled."""
    issue = " ".join(x for x in (bookmark.paper, bookmark.date) if x)
    chinese = is_chinese(bookmark.paper or bookmark.title)
    parts = [issue, page_label(bookmark.page, None, chinese), bookmark.byline or ""]
    if bookmark.issue_removed:
        parts.append(QCoreApplication.translate("BookmarksPanel", "issue removed from the library"))
    return " · ".join(p for p in parts if p)


class BookmarksModel(QAbstractListModel):
    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self._library = library
        self._rows: list[Bookmark] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._library.bookmarks()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        bookmark = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"{BOOKMARK_MARK} {bookmark.title}", citation(bookmark)]
            return "\n".join(lines + ([f"✎ {bookmark.note}"] if bookmark.note else []))
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(bookmark.opening)
        if role == KEY_ROLE:
            return bookmark.key
        if role == NOTE_ROLE:
            return bookmark.note
        return None

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def row_of(self, key: str | None) -> int | None:
        return next((n for n, b in enumerate(self._rows) if b.key == key), None)

    def show_note(self, row: int, note: str) -> None:
        """Show a note at once; the library is told separately (see BookmarksPanel.note_edited)."""
        self._rows[row] = dataclasses.replace(self._rows[row], note=note)
        self.dataChanged.emit(self.index(row), self.index(row))


class BookmarksPanel(QWidget):
    """List of bookmarks plus a note field for the selected one; it follows the library.

    The panel asks for changes (removal, a note) by its signals; the window carries them out.
    """

    open_requested = Signal(str)
    remove_requested = Signal(object)  # the Bookmark the reader deleted
    note_edited = Signal(str, str)  # key, note

    def __init__(self, signals: LibrarySignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self.model = BookmarksModel(signals.library, self)
        self.view = QListView(self)
        self.view.setObjectName("bookmark_list")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        scroll_bars.flatten(self.view)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookmark_note")
        self.note.setPlaceholderText(self.tr("Note on this bookmark…"))
        self.note.setEnabled(False)
        self.empty = QLabel(
            self.tr("No bookmarks yet. Press Ctrl+D or B on a story to keep it."), self
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self._note_key: str | None = None  # the bookmark whose note the field shows
        self._connect_signals()
        self._update_empty()
        signals.bookmarks_changed.connect(self.reload)
        signals.issues_changed.connect(self.reload)  # an issue gone, or back again

    def _connect_signals(self) -> None:
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentChanged.connect(self._select)
        self.note.editingFinished.connect(self.save_note)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_current)
        self.model.modelReset.connect(self._update_empty)

    def reload(self) -> None:
        """Read the bookmarks again, keeping the one selected and a note being typed."""
        key = self._note_key
        typed = self.note.text() if self.note.isModified() else None
        self.model.reload()
        row = self.model.row_of(key)
        if row is None:
            self._note_key = None
            self.note.clear()
            self.note.setEnabled(False)
            return
        self.view.setCurrentIndex(self.model.index(row))
        self.note.setText(typed if typed is not None else self.model.bookmark(row).note)
        self.note.setModified(typed is not None)

    def focus_list(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0))
        self.view.setFocus()

    def save_note(self) -> None:
        """Hand on a note the reader typed (on Enter, leaving the field or the bookmark)."""
        row = self.model.row_of(self._note_key)
        if row is None or not self.note.isModified():
            return
        self.note.setModified(False)
        note = self.note.text().strip()
        if note != self.model.bookmark(row).note:
            self.model.show_note(row, note)
            self.note_edited.emit(self.model.bookmark(row).key, note)

    def _remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.save_note()
            self.remove_requested.emit(self.model.bookmark(index.row()))

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(KEY_ROLE))

    def _select(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self._note_key:
            return
        self.save_note()
        self._note_key = key
        self.note.setEnabled(key is not None)
        self.note.setText(current.data(NOTE_ROLE) or "")
        self.note.setModified(False)

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
