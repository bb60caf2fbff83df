"""The one table of commands: id, label, default keys, handler. Menus, toolbar and help read it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.library import LibraryError
from reader.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "Actions"


class Action(NamedTuple):
    """A command: its id, its words in the menus and its keys."""

    id: str
    label: str
    keys: tuple[str, ...]
    handler: str  # a method of the window, or of one of its parts: "output.print_article"
    menu: str
    args: tuple[str, ...] = ()
    toolbar: bool = False
    in_list: bool = False  # its keys act on the issue list's row, only while the list has focus

    @property
    def text(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate(CONTEXT, self.label)


def _move(id: str, label: str, keys: tuple[str, ...], toolbar: bool = False) -> Action:
    return Action(id, label, keys, "go", "Go", (id,), toolbar)


ACTIONS: tuple[Action, ...] = (
    Action(
        "open_files",
        QT_TRANSLATE_NOOP("Actions", "Open Issue Files…"),
        ("Ctrl+O",),
        "open_files",
        "File",
        toolbar=True,
    ),
    Action(
        "open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open Issue Folder…"),
        ("Ctrl+Shift+O",),
        "open_folder",
        "File",
    ),
    Action(
        "get_paper",
        QT_TRANSLATE_NOOP("Actions", "Get Paper…"),
        ("Ctrl+Shift+G",),
        "get_paper",
        "File",
    ),
    Action(
        "export_article",
        QT_TRANSLATE_NOOP("Actions", "Export Story…"),
        ("Ctrl+E",),
        "output.export_article",
        "File",
    ),
    Action(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "Save Story as PDF…"),
        ("Ctrl+Shift+P",),
        "output.export_pdf",
        "File",
    ),
    Action(
        "print",
        QT_TRANSLATE_NOOP("Actions", "Print Story…"),
        ("Ctrl+P",),
        "output.print_article",
        "File",
    ),
    Action(
        "stop_import",
        QT_TRANSLATE_NOOP("Actions", "Stop Importing"),
        (),
        "importer.cancel",
        "File",
    ),
    Action(
        "export_issue_epub",
        QT_TRANSLATE_NOOP("Actions", "Export Issue as EPUB…"),
        (),
        "exports.save_issue_epub",
        "File",
    ),
    Action(
        "save_issue_pdf",
        QT_TRANSLATE_NOOP("Actions", "Save Issue as PDF…"),
        (),
        "exports.save_issue_pdf",
        "File",
    ),
    Action(
        "save_page_pdf",
        QT_TRANSLATE_NOOP("Actions", "Save Page as PDF…"),
        (),
        "exports.save_page_pdf",
        "File",
    ),
    Action("quit", QT_TRANSLATE_NOOP("Actions", "Quit"), ("Ctrl+Q",), "close", "File"),
    Action("undo", QT_TRANSLATE_NOOP("Actions", "Undo"), ("Ctrl+Z",), "undo", "Edit"),
    Action(
        "mark_page_read",
        QT_TRANSLATE_NOOP("Actions", "Mark Page as Read"),
        (),
        "issue_list.mark_read",
        "Edit",
        ("page",),
    ),
    Action(
        "mark_issue_read",
        QT_TRANSLATE_NOOP("Actions", "Mark Issue as Read"),
        (),
        "issue_list.mark_read",
        "Edit",
        ("issue",),
    ),
    Action(
        "remove_issue",
        QT_TRANSLATE_NOOP("Actions", "Remove Issue from Library"),
        ("Del",),
        "issue_list.remove_issue",
        "Edit",
        in_list=True,
    ),
    Action(
        "copy_citation",
        QT_TRANSLATE_NOOP("Actions", "Copy Story with Citation"),
        ("Ctrl+Shift+C",),
        "output.copy_with_citation",
        "Edit",
    ),
    Action(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "Search the Library"),
        ("Ctrl+F", "/"),
        "focus_search",
        "Edit",
    ),
    Action(
        "next_hit",
        QT_TRANSLATE_NOOP("Actions", "Next Search Hit"),
        ("F3",),
        "step_hit",
        "Edit",
        ("1",),
    ),
    Action(
        "prev_hit",
        QT_TRANSLATE_NOOP("Actions", "Previous Search Hit"),
        ("Shift+F3",),
        "step_hit",
        "Edit",
        ("-1",),
    ),
    _move("back", QT_TRANSLATE_NOOP("Actions", "Back"), ("Alt+Left",), toolbar=True),
    _move("forward", QT_TRANSLATE_NOOP("Actions", "Forward"), ("Alt+Right",), toolbar=True),
    _move(
        "prev_story",
        QT_TRANSLATE_NOOP("Actions", "Previous Story"),
        ("K", "Ctrl+PgUp"),
        toolbar=True,
    ),
    _move(
        "next_story", QT_TRANSLATE_NOOP("Actions", "Next Story"), ("J", "Ctrl+PgDown"), toolbar=True
    ),
    Action(
        "read_on",
        QT_TRANSLATE_NOOP("Actions", "Read On: Page Down, Then Next Story"),
        ("Space",),
        "read_on",
        "Go",
    ),
    Action(
        "read_back",
        QT_TRANSLATE_NOOP("Actions", "Read Back: Page Up, Then Story Before"),
        ("Shift+Space",),
        "read_back",
        "Go",
    ),
    _move("next_unread", QT_TRANSLATE_NOOP("Actions", "Next Unread Story"), ("N",)),
    _move("next_page", QT_TRANSLATE_NOOP("Actions", "Next Page"), ("L",)),
    _move("prev_page", QT_TRANSLATE_NOOP("Actions", "Previous Page"), ("H",)),
    _move("next_issue", QT_TRANSLATE_NOOP("Actions", "Next Issue"), ("]",)),
    _move("prev_issue", QT_TRANSLATE_NOOP("Actions", "Previous Issue"), ("[",)),
    Action(
        "calendar",
        QT_TRANSLATE_NOOP("Actions", "Go to Issue by Date…"),
        ("Ctrl+G",),
        "show_calendar",
        "Go",
    ),
    Action(
        "toggle_bookmark",
        QT_TRANSLATE_NOOP("Actions", "Bookmark This Story"),
        ("Ctrl+D", "B"),
        "toggle_bookmark",
        "Bookmarks",
        toolbar=True,
    ),
    Action(
        "show_bookmarks",
        QT_TRANSLATE_NOOP("Actions", "Show Bookmarks"),
        ("Ctrl+B",),
        "show_bookmarks",
        "Bookmarks",
    ),
    Action(
        "export_bookmarks",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks…"),
        ("Ctrl+Shift+E",),
        "output.export_bookmarks",
        "Bookmarks",
    ),
    Action(
        "export_bookmarks_ris",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks as RIS…"),
        (),
        "exports.export_bookmarks_ris",
        "Bookmarks",
    ),
    Action(
        "export_bookmarks_csl_json",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks as CSL-JSON…"),
        (),
        "exports.export_bookmarks_csl_json",
        "Bookmarks",
    ),
    Action(
        "export_bookmark_notes",
        QT_TRANSLATE_NOOP("Actions", "Export Bookmarks as Notes to a Folder…"),
        (),
        "exports.export_bookmark_notes",
        "Bookmarks",
    ),
    Action(
        "text_bigger",
        QT_TRANSLATE_NOOP("Actions", "Larger Text"),
        ("Ctrl+=", "Ctrl++"),
        "change_text_size",
        "View",
        ("1",),
    ),
    Action(
        "text_smaller",
        QT_TRANSLATE_NOOP("Actions", "Smaller Text"),
        ("Ctrl+-",),
        "change_text_size",
        "View",
        ("-1",),
    ),
    Action(
        "text_reset",
        QT_TRANSLATE_NOOP("Actions", "Normal Text Size"),
        ("Ctrl+0",),
        "change_text_size",
        "View",
        ("0",),
    ),
    Action(
        "page_view",
        QT_TRANSLATE_NOOP("Actions", "Printed Page or Text"),
        ("P",),
        "page_pane.toggle",
        "View",
    ),
    Action(
        "switch_focus",
        QT_TRANSLATE_NOOP("Actions", "Switch Between List and Article"),
        ("F6",),
        "switch_focus",
        "View",
    ),
    Action(
        "full_screen",
        QT_TRANSLATE_NOOP("Actions", "Full-Screen Reading"),
        ("F11",),
        "toggle_full_screen",
        "View",
    ),
    Action(
        "leave_full_screen",
        QT_TRANSLATE_NOOP("Actions", "Leave Full-Screen Reading"),
        ("Esc",),
        "leave_full_screen",
        "View",
    ),
    Action(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Preferences…"),
        ("Ctrl+,",),
        "show_preferences",
        "View",
    ),
    Action(
        "help", QT_TRANSLATE_NOOP("Actions", "Keyboard Shortcuts"), ("F1", "?"), "show_help", "Help"
    ),
    Action("about", QT_TRANSLATE_NOOP("Actions", "About Paper Reader"), (), "show_about", "Help"),
)

MENUS = ("File", "Edit", "Go", "Bookmarks", "View", "Help")
_MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "Go": QT_TRANSLATE_NOOP("Menus", "&Go"),
    "Bookmarks": QT_TRANSLATE_NOOP("Menus", "&Bookmarks"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


def menu_title(menu: str) -> str:
    """ "&File", or "文件(&F)" in Chinese."""
    return QCoreApplication.translate("Menus", _MENU_TITLES[menu])


def action_for_key(key: str) -> Action | None:
    """The command a key sequence runs, e.g. action_for_key("J").id == "next_story"."""
    wanted = QKeySequence(key)
    return next((a for a in ACTIONS if any(QKeySequence(k) == wanted for k in a.keys)), None)


Report = Callable[[str], None]


def install(window: QWidget, target: object, report: Report) -> dict[str, QAction]:
    """Create one QAction per command on `window`, calling `target.<handler>(*args)` through
    the command funnel (see `guarded`), which hands a refusal to `report`."""
    qactions = {}
    for action in ACTIONS:
        qaction = QAction(action.text, window)
        qaction.setObjectName(action.id)
        qaction.setShortcuts([QKeySequence(k) for k in action.keys])
        qaction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        qaction.triggered.connect(guarded(_caller(target, action), report))
        window.addAction(qaction)
        qactions[action.id] = qaction
    return qactions


def guarded(command: Callable[..., object], report: Report) -> Callable[..., None]:
    """The one funnel of commands: the action table's, and the window's answers to a click
    or a list's Enter. A LibraryError (a read-only library, a full disk) reaches the reader
    as its one sentence; the log keeps where it came from. Any other error is a bug, left
    to surface."""

    def run(*args: object) -> None:
        try:
            command(*args)
        except LibraryError as err:
            log.warning("a command was refused: %s", err, exc_info=True)
            report(str(err))

    return run


def handler(target: object, action: Action) -> Callable[..., object]:
    """The method `action` calls on `target`, following a dotted name."""
    found = target
    for name in action.handler.split("."):
        found = getattr(found, name)
    assert callable(found), action.handler
    return found


def _caller(target: object, action: Action) -> Callable[..., object]:
    # The handler is found when the command runs: a part of the window that loads when
    # first used (printing, exports) is not made for the first paint.
    # QAction.triggered passes `checked`: not wanted.
    return lambda *_: handler(target, action)(*action.args)
