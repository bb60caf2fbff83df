"""The one exception parsers raise for input they cannot read."""


class ParseError(ValueError):
    """Bad input, with a message a reader understands (no traceback is shown)."""
