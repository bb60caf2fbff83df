"""What Ctrl+Z can take back: a list of named undo steps, newest last."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class UndoList(QObject):
    """Each step is a name and a call that undoes it. The calls run as plain commands, so a
    library that refuses the change is reported like any other command (a QUndoCommand's
    undo() runs inside Qt, where an error could only be printed)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[tuple[str, Callable[[], None]]] = []

    def push(self, text: str, undo: Callable[[], None]) -> None:
        self._steps.append((text, undo))
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._steps)

    def undo(self) -> str | None:
        """Undo the newest step and return its name; it stays on the list if undoing fails."""
        if not self._steps:
            return None
        text, undo = self._steps[-1]
        undo()
        self._steps.pop()
        self.changed.emit()
        return text
