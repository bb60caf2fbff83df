"""Characters that carry no text (control characters, invisible marks): both parsers drop them."""

from __future__ import annotations

import re

# C0 controls but tab, line feed, carriage return and form feed, then DEL and the C1 controls.
# ESC (\x1b) and CSI (\x9b) would start terminal escapes wherever a title is printed.
CONTROL_CHARS = r"\x00-\x08\x0b\x0e-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{CONTROL_CHARS}]+")
_INVISIBLE = ("\ufeff", "\u200b", "\u200c", "\u200d", "\u2060")
_LINE_BREAK = re.compile(r"[\n\r\f]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """The text without control characters (line breaks, tabs and form feeds stay)."""
    return _CONTROL.sub("", text)


def strip_invisible(text: str) -> str:
    """The text without zero-width marks copied from web pages (they only get in the way)."""
    for mark in _INVISIBLE:
        if mark in text:
            text = text.replace(mark, "")
    return text


def has_controls(text: str) -> bool:
    return _CONTROL.search(text) is not None


def printable(text: str) -> str:
    """Text fit for a terminal and for UTF-8: no control characters (line breaks become
    spaces), and the undecodable bytes of a file name (lone surrogates) shown as `�`."""
    return _SURROGATE.sub("\ufffd", strip_controls(_LINE_BREAK.sub(" ", text)))
