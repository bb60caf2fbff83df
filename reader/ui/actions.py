"""The one table of commands: id, label, default keys, handler. Menus, toolbar and help read it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_NO_TEXT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class Action:
    id: str
    label: str
    keys: tuple[str, ...]
    handler: str
    menu: str
    args: tuple[str, ...] = ()
    toolbar: bool = False

    @property
    def single_key(self) -> bool:
        """A key that types a character: it must never fire while a text field has the focus."""
        return any(_types_text(QKeySequence(k)) for k in self.keys)


def _move(id: str, label: str, keys: tuple[str, ...], toolbar: bool = False) -> Action:
    return Action(id, label, keys, "go", "Go", (id,), toolbar)


ACTIONS: tuple[Action, ...] = (
    Action("open_files", "Open Issue Files…", ("Ctrl+O",), "open_files", "File", toolbar=True),
    Action("open_folder", "Open Issue Folder…", ("Ctrl+Shift+O",), "open_folder", "File"),
    Action("quit", "Quit", ("Ctrl+Q",), "close", "File"),
    Action("undo", "Undo", ("Ctrl+Z",), "undo", "Edit"),
    Action("focus_search", "Search the Library", ("Ctrl+F", "/"), "focus_search", "Edit"),
    Action("next_hit", "Next Search Hit", ("F3",), "step_hit", "Edit", ("1",)),
    Action("prev_hit", "Previous Search Hit", ("Shift+F3",), "step_hit", "Edit", ("-1",)),
    _move("back", "Back", ("Alt+Left",), toolbar=True),
    _move("forward", "Forward", ("Alt+Right",), toolbar=True),
    _move("prev_story", "Previous Story", ("K", "Ctrl+PgUp"), toolbar=True),
    _move("next_story", "Next Story", ("J", "Ctrl+PgDown"), toolbar=True),
    Action("read_on", "Read On: Page Down, Then Next Story", ("Space",), "read_on", "Go"),
    Action(
        "read_back", "Read Back: Page Up, Then Story Before", ("Shift+Space",), "read_back", "Go"
    ),
    _move("next_unread", "Next Unread Story", ("N",)),
    _move("next_page", "Next Page", ("L",)),
    _move("prev_page", "Previous Page", ("H",)),
    _move("next_issue", "Next Issue", ("]",)),
    _move("prev_issue", "Previous Issue", ("[",)),
    Action(
        "toggle_bookmark",
        "Bookmark This Story",
        ("Ctrl+D", "B"),
        "toggle_bookmark",
        "Bookmarks",
        toolbar=True,
    ),
    Action("show_bookmarks", "Show Bookmarks", ("Ctrl+B",), "show_bookmarks", "Bookmarks"),
    Action("text_bigger", "Larger Text", ("Ctrl+=", "Ctrl++"), "change_text_size", "View", ("1",)),
    Action("text_smaller", "Smaller Text", ("Ctrl+-",), "change_text_size", "View", ("-1",)),
    Action("text_reset", "Normal Text Size", ("Ctrl+0",), "change_text_size", "View", ("0",)),
    Action("switch_focus", "Switch Between List and Article", ("F6",), "switch_focus", "View"),
    Action("full_screen", "Full Screen", ("F11",), "toggle_full_screen", "View"),
    Action("help", "Keyboard Shortcuts", ("F1", "?"), "show_help", "Help"),
)

BY_ID = {action.id: action for action in ACTIONS}
MENUS = ("File", "Edit", "Go", "Bookmarks", "View", "Help")


def action_for_key(key: str) -> Action | None:
    """The command a key sequence runs, e.g. action_for_key("J").id == "next_story"."""
    wanted = QKeySequence(key)
    return next((a for a in ACTIONS if any(QKeySequence(k) == wanted for k in a.keys)), None)


def install(window: QWidget, target: object) -> dict[str, QAction]:
    """Create one QAction per command on `window`, calling `target.<handler>(*args)`."""
    qactions = {}
    for action in ACTIONS:
        qaction = QAction(action.label, window)
        qaction.setObjectName(action.id)
        qaction.setShortcuts([QKeySequence(k) for k in action.keys])
        qaction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        qaction.triggered.connect(_caller(target, action))
        window.addAction(qaction)
        qactions[action.id] = qaction
    return qactions


def _caller(target: object, action: Action) -> Callable[[], None]:
    handler = getattr(target, action.handler)
    return lambda: handler(*action.args)


def _types_text(seq: QKeySequence) -> bool:
    if seq.count() != 1:
        return False
    combo = seq[0]  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
    return not combo.keyboardModifiers() & _NO_TEXT_MODIFIERS and _is_text_key(combo.key())


def _is_text_key(key: Qt.Key) -> bool:
    return Qt.Key.Key_Space <= key < Qt.Key.Key_Escape


def is_text_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


class TextFieldGuard(QObject):
    """Keeps letter keys (J, B, /, Space…) for typing while a text field has the focus.

    Accepting ShortcutOverride makes Qt deliver the key to the field instead of the shortcut;
    input methods are untouched because their events are not key presses.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & _NO_TEXT_MODIFIERS
            and _is_text_key(Qt.Key(event.key()))
            and is_text_field(QApplication.focusWidget())
        ):
            event.accept()
        return False
