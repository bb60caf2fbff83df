"""The issue list as a reader uses it: counts of unread stories, a page or an issue marked
read, an issue removed (Delete, or its context menu) and brought back with Ctrl+Z, and the
welcome an empty library shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Start, issue_indexes, make_issue, press, window_starter
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from reader.ui.sidebar import Role
from reader.ui.window import MainWindow


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _issue_rows(window: MainWindow) -> list[str]:
    return [index.data() for index in issue_indexes(window.tree_model)]


def _row_of_issue(window: MainWindow, title: str) -> QModelIndex:
    return next(index for index in issue_indexes(window.tree_model) if index.data() == title)


def _menu_entry(qtbot, window: MainWindow, index: QModelIndex, entry: str) -> None:
    """Right-click the row, then click the entry of its menu."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last menu, closed
    view = window.sidebar
    view.scrollTo(index)
    where = view.visualRect(index).center()
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
        ),
    )
    menu = window.findChild(QMenu, "sidebar_menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.objectName() == entry)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_delete_removes_the_issue_its_bookmarks_stay_and_ctrl_z_brings_it_back(qtbot, start):
    window = start()
    shown = window.navigator.current
    window.signals.add_bookmark(shown)
    issue = window.library.issue_of(shown)
    before = _issue_rows(window)

    window.sidebar.setFocus()
    window.sidebar.setCurrentIndex(_row_of_issue(window, issue.title))
    press(qtbot, window, Qt.Key.Key_Delete)

    assert issue.title not in _issue_rows(window)
    assert "removed" in window.statusBar().currentMessage()
    (bookmark,) = window.library.bookmarks()
    assert bookmark.key == shown and bookmark.issue_removed
    assert window.navigator.current != shown  # on to a story still in the library

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _issue_rows(window) == before
    assert window.navigator.current == shown
    assert not window.library.bookmarks()[0].issue_removed
    assert window.windowTitle().startswith("★")


def test_delete_in_the_search_box_deletes_a_character_not_an_issue(qtbot, start):
    window = start()
    count = window.library.issue_count()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "ab")
    press(qtbot, window, Qt.Key.Key_Home)
    press(qtbot, window, Qt.Key.Key_Delete)

    assert window.search_box.text() == "b"
    assert window.library.issue_count() == count


def test_a_page_marked_read_from_its_menu_counts_none_and_ctrl_z_undoes_it(qtbot, start):
    window = start()
    window.library.import_issue(make_issue(day="2026-03-20"))
    window.signals.issues_stored()
    issue = _row_of_issue(window, "江城日报 2026-03-20")
    window.sidebar.expand(issue)
    page = window.tree_model.index(0, 0, issue)
    assert issue.data(Role.UNREAD) == 3 and page.data(Role.UNREAD) == 2

    _menu_entry(qtbot, window, page, "mark_page_read")

    assert page.data(Role.UNREAD) == 0 and issue.data(Role.UNREAD) == 1
    window.sidebar.expand(page)
    story = window.tree_model.index(0, 0, page)
    assert story.data(Qt.ItemDataRole.FontRole) is None  # no longer bold
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.data(Role.UNREAD) == 2 and story.data(Qt.ItemDataRole.FontRole).bold()


def test_an_issue_marked_read_and_removed_from_its_menu(qtbot, start):
    window = start()
    window.library.import_issue(make_issue(day="2026-03-20"))
    window.signals.issues_stored()

    _menu_entry(qtbot, window, _row_of_issue(window, "江城日报 2026-03-20"), "mark_issue_read")
    assert _row_of_issue(window, "江城日报 2026-03-20").data(Role.UNREAD) == 0

    _menu_entry(qtbot, window, _row_of_issue(window, "江城日报 2026-03-20"), "remove_issue")
    assert "江城日报 2026-03-20" not in _issue_rows(window)


def test_an_empty_library_welcomes_with_the_ways_to_get_a_paper(qtbot, start):
    window = start()
    assert window.reading_area.currentWidget() is window.page_pane.stack
    while window.library.issue_count():
        window.sidebar.setFocus()
        window.sidebar.setCurrentIndex(issue_indexes(window.tree_model)[0])
        press(qtbot, window, Qt.Key.Key_Delete)

    assert window.reading_area.currentWidget() is window.welcome
    text = window.welcome.text.text()
    assert "Get Paper" in text and "Open Issue Files" in text
    button = window.welcome.findChild(QToolButton, "welcome_get_paper")
    assert button is not None and button.defaultAction() is window.qactions["get_paper"]

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_area.currentWidget() is window.page_pane.stack
