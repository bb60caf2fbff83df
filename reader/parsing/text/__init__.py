"""Plain-text newspaper dumps: what each line is, headline blocks, and articles from them."""

from reader.parsing.text.parser import parse_text

__all__ = ["parse_text"]
