"""Help: the keyboard shortcuts (F1 or ?), read straight from the action table, and About."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.ui import actions


def help_dialog(parent: QWidget) -> QDialog:
    """The keyboard shortcuts, straight from the action table."""
    dialog = QDialog(parent)
    dialog.setObjectName("help")
    dialog.setWindowTitle(QCoreApplication.translate("HelpDialog", "Keyboard Shortcuts"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    table = QTableWidget(len(actions.ACTIONS), 2, dialog)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HelpDialog", "Command"),
            QCoreApplication.translate("HelpDialog", "Keys"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, action in enumerate(actions.ACTIONS):
        table.setItem(row, 0, QTableWidgetItem(action.text))
        table.setItem(row, 1, QTableWidgetItem(", ".join(action.keys)))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(1)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    dialog.resize(520, 560)
    return dialog


def about_box(parent: QWidget, name: str, home: Path) -> QMessageBox:
    """The program's name and version, what it is for, and where this library is kept."""
    translate = QCoreApplication.translate
    python = platform.python_version()
    text = "\n\n".join(
        [
            f"{name} {__version__}",
            translate(
                "AboutBox",
                "Reads newspaper issues story by story: the paper got from its e-paper site,"
                " saved pages, text dumps.",
            ),
            translate("AboutBox", "Library: %1").replace("%1", str(home)),
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {python}",
        ]
    )
    title = translate("AboutBox", "About %1").replace("%1", name)
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
    box.setObjectName("about")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is shown as it is
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    return box
