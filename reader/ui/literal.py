"""Text from pages shown as it is, in the places where Qt guesses whether a string is HTML."""

from __future__ import annotations

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """`text` ready for a tooltip or a message box: Qt shows a string that "looks like" rich
    text (a title such as <h1>BIG</h1>) as HTML there, so such a string is handed over as
    rich text that spells it out; any other string is left as it is."""
    if not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def window_title(text: str) -> str:
    """`text` as a window title: Qt reads "[*]" there as the unsaved-changes mark."""
    return text.replace("[*]", "[*][*]")
