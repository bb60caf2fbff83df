"""The keyboard shortcuts dialog (F1 or ?), read straight from the action table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

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
