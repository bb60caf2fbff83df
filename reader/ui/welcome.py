"""What an empty library shows in place of a story: how to get a paper or open one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

# The actions the pane offers as buttons, from the action table.
OFFERED = ("get_paper", "open_files", "open_folder")


class WelcomePane(QWidget):
    """Says how to fill the library, with a button for each way in."""

    def __init__(self, qactions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Your library is empty"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.text = QLabel(self._text(qactions), self)
        self.text.setObjectName("welcome_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        buttons = QHBoxLayout()
        for action_id in OFFERED:
            button = QToolButton(self)
            button.setObjectName(f"welcome_{action_id}")
            button.setDefaultAction(qactions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(self.text)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch()
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 48, 24, 24)

    def _text(self, qactions: dict[str, QAction]) -> str:
        def named(action_id: str) -> str:
            action = qactions[action_id]
            menu = self.tr("File")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            return f"{menu} → {action.text()} ({keys})" if keys else f"{menu} → {action.text()}"

        return "\n\n".join(
            [
                self.tr(
                    "Get today's paper from its e-paper site with %1: choose the paper and the"
                    " day, and the issue is kept here to read."
                ).replace("%1", named("get_paper")),
                self.tr(
                    "Or open pages you have saved (text dumps, saved e-paper pages, a folder or a"
                    " .zip of them) with %1 or %2, or drop them on this window."
                )
                .replace("%1", named("open_files"))
                .replace("%2", named("open_folder")),
                self.tr("F1 lists every key."),
            ]
        )
