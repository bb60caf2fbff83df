"""A Qt adapter over the library: the window writes through it, and every view hears of it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.library import Bookmark, Library


class LibrarySignals(QObject):
    """Announces each change to the library once it is stored, so that views refresh
    themselves (qutebrowser's `SqlTable.changed`) instead of being refreshed by hand.

    Reads go straight to `library`; writes that another view shows go through here.
    """

    issues_changed = Signal()  # issues were imported, replaced or removed
    bookmarks_changed = Signal()  # a bookmark was added, removed, put back or annotated
    read_changed = Signal(str)  # the key of a story now read

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def visit(self, key: str) -> None:
        """The reader opened a story: read, and the one to come back to (one write)."""
        self.library.visit(key)
        self.read_changed.emit(key)

    def add_bookmark(self, key: str, note: str = "") -> Bookmark:
        bookmark = self.library.add_bookmark(key, note)
        self.bookmarks_changed.emit()
        return bookmark

    def remove_bookmark(self, key: str) -> None:
        self.library.remove_bookmark(key)
        self.bookmarks_changed.emit()

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        self.library.restore_bookmark(bookmark)
        self.bookmarks_changed.emit()

    def set_bookmark_note(self, key: str, note: str) -> None:
        self.library.set_bookmark_note(key, note)
        self.bookmarks_changed.emit()

    def remove_issue(self, issue_id: int) -> None:
        """Its bookmarks stay, marked as from a removed issue."""
        self.library.remove_issue(issue_id)
        self.issues_changed.emit()

    def issues_stored(self) -> None:
        """Issues were written by another connection (the importer's process)."""
        self.issues_changed.emit()
