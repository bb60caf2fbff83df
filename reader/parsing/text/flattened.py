"""Corpus records flattened onto one line each, set out again one part a line.

Some archives of the corpus print each record as one line: its page and column marks, its
decks and its paragraphs run together with single spaces —

    1. 加强林业生产——采伐工业 各省增调劳力伐木集材
    第1版()专栏: 加强林业生产——采伐工业 各省增调劳力伐木集材 新华社长沙11日电 湖南省…。 各地…

— under a numbered list of the page's headlines. Set out again (the decks as a heading, the marks
on lines of their own, a paragraph a line) it is a dump of records like any other.
"""

from __future__ import annotations

import re

from reader.parsing.conventions import opens_with_dateline
from reader.parsing.vocabulary import COLUMN_LABEL, RECORD_PAGE

__all__ = ["looks_flattened", "unflatten"]

_FLAT = re.compile(
    rf"^[ \t\u3000]*(?P<page>{RECORD_PAGE})[ \t\u3000]*"
    rf"(?P<column>{COLUMN_LABEL})(?P<rest>[^\n]*\S[^\n]*)$",
    re.MULTILINE,
)
# `1. 标题  副题`: the page's headlines listed above its records
_LISTED = re.compile(r"^\s*\d{1,3}[.．、]\s*(?P<title>\S.*?)\s*$")
# Paragraphs were joined with a space after the sentence that ends each.
_PARAGRAPH_JOIN = re.compile(r"(?<=[。！？!?”」』）)…])[ \t\u3000]+(?=\S)")
_DECK_END = re.compile(r"[，,。；;：:！？!?]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_MAX_DECKS = 4
_DECK_CHARS = 40


def looks_flattened(text: str) -> bool:
    """Records whose page and column marks share a line, with their text or without."""
    if "专栏" not in text and "專欄" not in text and "栏目" not in text:
        return False
    return _FLAT.search(text) is not None


def _holds_text(flat: re.Match[str]) -> bool:
    """A flattened record holds its text; a column's name alone on the line is no record."""
    return _SENTENCE_END.search(flat["rest"]) is not None


def unflatten(text: str) -> str:
    """The text with each flattened record set out one part a line; the list of headlines
    above the records says where each record's decks end and its text begins."""
    lines = text.split("\n")
    listed = [m["title"] for m in map(_LISTED.match, lines) if m]
    used: set[str] = set()
    out: list[str] = []
    for line in lines:
        flat = _FLAT.match(line)
        if flat is None:
            out.append(line)
            continue
        if not _holds_text(flat):  # the column's name: the marks on lines of their own
            out += [flat["page"], flat["column"] + flat["rest"]]
            continue
        decks, body = _decks(flat["rest"].strip(), listed)
        used.add(" ".join(decks))
        # The decks as a corpus file's heading: however long a deck, it stays a deck.
        heading = [f"### {'  '.join(decks)}"] if decks else []
        out += [*heading, flat["page"], flat["column"], ""]
        out += _PARAGRAPH_JOIN.split(body)
        out.append("")
    # the list's entries are the records' headlines again: between the records they would
    # read as the last lines of the record above
    return "\n".join(line for line in out if not _listed_again(line, used))


def _listed_again(line: str, used: set[str]) -> bool:
    listed = _LISTED.match(line)
    return listed is not None and " ".join(listed["title"].split()) in used


def _decks(rest: str, listed: list[str]) -> tuple[list[str], str]:
    for title in listed:
        if rest.startswith(title) and rest[len(title) : len(title) + 1] in (" ", "\u3000", ""):
            return title.split(), rest[len(title) :].strip()
    # No list: the short words before the first that reads as text or opens with a dateline.
    words = rest.split(" ")
    decks: list[str] = []
    for word in words:
        if len(decks) == _MAX_DECKS or not word or len(word) > _DECK_CHARS:
            break
        if opens_with_dateline(word) or _DECK_END.search(word):
            break
        decks.append(word)
    return decks, " ".join(words[len(decks) :]).strip()
