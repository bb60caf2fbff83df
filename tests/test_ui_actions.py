"""The one action table: the keys of DESIGN.md, each bound once, each handler real."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from reader.library import Library
from reader.ui import actions, settings
from reader.ui.navigation import MOVES
from reader.ui.window import MainWindow

DESIGN_KEYS = [
    ("J", "next_story"),
    ("Ctrl+PgDown", "next_story"),
    ("K", "prev_story"),
    ("Ctrl+PgUp", "prev_story"),
    ("Space", "read_on"),
    ("Shift+Space", "read_back"),
    ("N", "next_unread"),
    ("L", "next_page"),
    ("H", "prev_page"),
    ("]", "next_issue"),
    ("[", "prev_issue"),
    ("Alt+Left", "back"),
    ("Alt+Right", "forward"),
    ("Ctrl+D", "toggle_bookmark"),
    ("B", "toggle_bookmark"),
    ("Ctrl+B", "show_bookmarks"),
    ("Ctrl+F", "focus_search"),
    ("/", "focus_search"),
    ("F3", "next_hit"),
    ("Shift+F3", "prev_hit"),
    ("Ctrl+O", "open_files"),
    ("Ctrl+=", "text_bigger"),
    ("Ctrl+-", "text_smaller"),
    ("Ctrl+0", "text_reset"),
    ("F6", "switch_focus"),
    ("F11", "full_screen"),
    ("F1", "help"),
    ("?", "help"),
    ("Ctrl+Q", "quit"),
    ("Ctrl+Shift+C", "copy_citation"),
    ("Ctrl+E", "export_article"),
    ("Ctrl+Shift+E", "export_bookmarks"),
    ("Ctrl+P", "print"),
    ("Ctrl+Shift+P", "export_pdf"),
    ("Ctrl+G", "calendar"),
    ("Ctrl+,", "preferences"),
    ("Esc", "leave_full_screen"),
]


@pytest.mark.parametrize(("key", "command"), DESIGN_KEYS)
def test_each_key_of_the_design_runs_its_command(key, command):
    action = actions.action_for_key(key)

    assert action is not None, f"{key} is not bound"
    assert action.id == command


def test_no_key_is_bound_to_two_commands():
    keys = [QKeySequence(k).toString() for a in actions.ACTIONS for k in a.keys]

    assert len(keys) == len(set(keys))


def test_every_handler_exists_on_the_window_and_every_move_is_known(qtbot, tmp_path):
    window = MainWindow(Library.open(tmp_path), tmp_path, settings.Settings(tmp_path))
    qtbot.addWidget(window)
    try:
        for action in actions.ACTIONS:
            assert callable(actions.handler(window, action)), action.id
            if action.handler == "go":
                assert action.args[0] in MOVES
    finally:
        window.close()
        window.library.close()


def test_help_dialog_lists_every_command_with_its_keys(qtbot):
    from PySide6.QtWidgets import QTableWidget, QWidget

    from reader.ui.help import help_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    table = help_dialog(parent).findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}

    assert rows["Next Story"] == "J, Ctrl+PgDown"
    assert rows["Bookmark This Story"] == "Ctrl+D, B"
    assert len(rows) == len(actions.ACTIONS)
