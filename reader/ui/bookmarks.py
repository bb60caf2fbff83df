"""The bookmarks tab: saved stories with their citation and note; Enter opens, Delete removes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from reader.library import Bookmark, Library
from reader.render import BOOKMARK_MARK, is_chinese, page_label

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
            return bookmark.opening
        if role == KEY_ROLE:
            return bookmark.key
        if role == NOTE_ROLE:
            return bookmark.note
        return None

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def set_note(self, row: int, note: str) -> None:
        bookmark = self._rows[row]
        if bookmark.note == note:
            return
        self._library.set_bookmark_note(bookmark.key, note)
        self._rows[row] = dataclasses.replace(bookmark, note=note)
        self.dataChanged.emit(self.index(row), self.index(row))


class RemoveBookmark(QUndoCommand):
    """Removing a bookmark can be undone: it comes back with its date, note and citation."""

    def __init__(self, library: Library, bookmark: Bookmark, changed: Callable[[str, bool], None]):
        text = QCoreApplication.translate("BookmarksPanel", "Remove bookmark “%1”")
        super().__init__(text.replace("%1", bookmark.title))
        self._library, self._bookmark, self._changed = library, bookmark, changed

    def redo(self) -> None:
        self._library.remove_bookmark(self._bookmark.key)
        self._changed(self._bookmark.key, False)

    def undo(self) -> None:
        self._library.restore_bookmark(self._bookmark)
        self._changed(self._bookmark.key, True)


class BookmarksPanel(QWidget):
    """List of bookmarks plus a note field for the selected one."""

    open_requested = Signal(str)
    bookmark_changed = Signal(str, bool)  # key, bookmarked

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self._library, self._undo = library, undo_stack
        self.model = BookmarksModel(library, self)
        self.view = QListView(self)
        self.view.setObjectName("bookmark_list")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
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
        self._note_row = -1
        self._connect_signals()
        self._update_empty()

    def _connect_signals(self) -> None:
        self.view.activated.connect(self._open)
        self.view.selectionModel().currentChanged.connect(self._select)
        self.note.editingFinished.connect(self._save_note)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.model.modelReset.connect(self._update_empty)

    def reload(self) -> None:
        self._save_note()
        self.model.reload()
        self._note_row = -1
        self.note.clear()
        self.note.setEnabled(False)

    def focus_list(self) -> None:
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0))
        self.view.setFocus()

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self._save_note()
        command = RemoveBookmark(
            self._library, self.model.bookmark(index.row()), self.bookmark_changed.emit
        )
        self._undo.push(command)

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(KEY_ROLE))

    def _select(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._save_note()
        self._note_row = current.row() if current.isValid() else -1
        self.note.setEnabled(current.isValid())
        self.note.setText(current.data(NOTE_ROLE) or "")

    def _save_note(self) -> None:
        if 0 <= self._note_row < self.model.rowCount():
            self.model.set_note(self._note_row, self.note.text().strip())

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
