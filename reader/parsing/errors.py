"""The one exception parsers raise for input they cannot read."""

from __future__ import annotations

from reader.parsing.characters import printable


class ParseError(ValueError):
    """Bad input, with a message a reader understands (no traceback is shown).

    The message names files, and a file name may hold anything: it is made printable.
    """

    def __init__(self, message: str) -> None:
        super().__init__(printable(message))
