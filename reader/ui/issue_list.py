"""The issue list's own commands: a page (版) or an issue marked read, an issue removed and put
back by Ctrl+Z, and the context menu that offers them for the row under the mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from reader import model
from reader.ui import actions
from reader.ui.navigation import Navigator
from reader.ui.sidebar import Role, SidebarView
from reader.ui.signals import LibrarySignals
from reader.ui.undo import UndoList

Row = QModelIndex | QPersistentModelIndex
# What the context menu offers: on a page or a story, its page first.
_MENU = ("mark_page_read", "mark_issue_read", "remove_issue")


class IssueListCommands(QObject):
    """Handlers of the action table's "issue_list.…" rows. Each acts on the row given (the one
    under the mouse), else on the list's current row, else on the story shown; `said` tells
    the reader what was done and how to take it back."""

    said = Signal(str)

    def __init__(
        self,
        signals: LibrarySignals,
        navigator: Navigator,
        view: SidebarView,
        undo_list: UndoList,
        report: actions.Report,
    ) -> None:
        super().__init__(view)
        self._signals, self._library = signals, signals.library
        self._navigator, self._view, self._undo = navigator, view, undo_list
        self._report = report
        view.customContextMenuRequested.connect(self.show_menu)

    def mark_read(self, scope: str, index: Row | None = None) -> None:
        """Mark the unread stories of the row's page ("page") or issue ("issue") read."""
        issue_id, page = self._chosen(index)
        if issue_id is None or (scope == "page" and page is None):
            self.said.emit(self.tr("Choose a page of an issue in the list first."))
            return
        rows = self._library.articles(issue_id, page if scope == "page" else None)
        keys = [row.key for row in rows if not row.read]
        if not keys:
            self.said.emit(self.tr("Every story there has been read."))
            return
        self._signals.mark_read(issue_id, keys)
        done = self.tr("%n stories marked as read", "", len(keys))
        self._undo.push(done, lambda: self._signals.mark_read(issue_id, keys, read=False))
        self.said.emit(self.tr("%1 (Ctrl+Z marks them unread again).").replace("%1", done))

    def remove_issue(self, index: Row | None = None) -> None:
        """Remove the row's issue from the library; Ctrl+Z brings it back whole. Its bookmarks
        stay, marked as from a removed issue, and its files are not touched."""
        issue_id, _ = self._chosen(index)
        row = self._library.issue(issue_id) if issue_id is not None else None
        if row is None:
            self.said.emit(self.tr("Choose an issue in the list first."))
            return
        reading = self._navigator.current
        shown = self._library.issue_of(reading) if reading else None
        issue = self._signals.remove_issue(row.id)
        if issue is None:
            return
        back_to = reading if shown is not None and shown.id == row.id else None
        text = self.tr("Remove issue “%1”").replace("%1", row.title)
        self._undo.push(text, lambda: self._put_back(issue, back_to))
        removed = self.tr("“%1” was removed from the library (Ctrl+Z brings it back).")
        self.said.emit(removed.replace("%1", row.title))
        if back_to is not None:  # the story shown went with it: on to the next issue's
            self._navigator.move("next_story")

    def show_menu(self, pos: QPoint) -> None:
        """The row's own commands, named as in the action table, with their keys."""
        index = QPersistentModelIndex(self._view.indexAt(pos))
        if index.data(Role.KIND) not in ("issue", "page", "article"):  # a paper, year, month
            return
        menu = QMenu(self._view)
        menu.setObjectName("sidebar_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        on_issue = index.data(Role.KIND) == "issue"
        for action in (a for a in actions.ACTIONS if a.id in _MENU):
            if on_issue and action.id == "mark_page_read":
                continue
            keys = ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.keys
            )
            entry = menu.addAction(f"{action.text}\t{keys}" if keys else action.text)
            entry.setObjectName(action.id)
            entry.triggered.connect(actions.guarded(self._for_row(action, index), self._report))
        menu.popup(self._view.viewport().mapToGlobal(pos))

    def _for_row(self, action: actions.Action, index: QPersistentModelIndex) -> Callable[[], None]:
        call = getattr(self, action.handler.rsplit(".", 1)[-1])  # "issue_list.mark_read"

        def run() -> None:
            if index.isValid():  # not if the list was read again meanwhile
                call(*action.args, index)

        return run

    def _put_back(self, issue: model.Issue, reading: str | None) -> None:
        self._signals.restore_issue(issue)
        if reading is not None:
            self._navigator.show(reading)

    def _chosen(self, index: Row | None) -> tuple[int | None, str | None]:
        """(issue id, page code) of the row given, else of the list's current row, else of
        the story shown."""
        index = index if index is not None and index.isValid() else self._view.currentIndex()
        if index.isValid():
            return index.data(Role.ISSUE_ID), index.data(Role.PAGE_CODE)
        key = self._navigator.current
        issue = self._library.issue_of(key) if key else None
        article = self._library.article(key) if key else None
        return (issue.id if issue else None), (article.page if article else None)
