"""A Qt adapter over the library: the window writes through it, and every view hears of it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from reader import model
from reader.library import Bookmark, Library, LibraryError


class LibrarySignals(QObject):
    """Announces each change to the library once it is stored, so that views refresh
    themselves (qutebrowser's `SqlTable.changed`) instead of being refreshed by hand.

    Reads go straight to `library`; writes that another view shows go through here.
    """

    issues_changed = Signal()  # issues were imported, replaced or removed
    bookmarks_changed = Signal()  # a bookmark was added, removed, put back or annotated
    read_changed = Signal(str)  # the key of a story now read
    issue_read_changed = Signal(int)  # the id of an issue some of whose stories were marked

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

    def mark_read(self, issue_id: int, keys: Sequence[str], read: bool = True) -> None:
        """Mark stories of one issue read (a page, the whole issue), or unread again."""
        self.library.mark_all_read(keys, read)
        self.issue_read_changed.emit(issue_id)

    def remove_issue(self, issue_id: int) -> model.Issue | None:
        """Remove an issue and return it whole, to put back if the reader takes it back. Its
        bookmarks and read marks stay (the bookmarks marked as from a removed issue)."""
        issue = whole_issue(self.library, issue_id)
        self.library.remove_issue(issue_id)
        self.issues_changed.emit()
        return issue

    def restore_issue(self, issue: model.Issue) -> int:
        """Put back a removed issue; its stories keep their keys, so their bookmarks and read
        marks are theirs again. Returns its id."""
        result = self.library.import_issue(issue)
        if result.issue_id is None:
            raise LibraryError(result.message or issue.title)
        self.issues_changed.emit()
        return result.issue_id

    def issues_stored(self) -> None:
        """Issues were written by another connection (the importer's process)."""
        self.issues_changed.emit()


def whole_issue(library: Library, issue_id: int) -> model.Issue | None:
    """The issue as the library has it: its pages and every story, in order."""
    row = library.issue(issue_id)
    if row is None:
        return None
    articles = [library.article(a.key) for a in library.articles(issue_id)]
    return model.Issue(
        paper=row.paper,
        date=row.date,
        source=row.source,
        format=row.format,
        pages=tuple(model.Page(p.code, p.name) for p in library.pages(issue_id)),
        articles=tuple(a for a in articles if a is not None),
    )
