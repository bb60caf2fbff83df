"""Folding Chinese text for search: traditional -> simplified, full-width -> half-width."""

from __future__ import annotations

import unicodedata
from functools import cache

import opencc

# OpenCC's traditional -> simplified table, phrase-aware (乾隆 stays, 乾燥 becomes 干燥).
_TO_SIMPLIFIED = opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """The form both the index and the query are compared in: NFKC (full-width letters,
    digits and punctuation made half-width, compatibility characters spelled out) and
    traditional characters made simplified. Case is left alone: the index folds it."""
    return _TO_SIMPLIFIED.convert(unicodedata.normalize("NFKC", text))


@cache
def fold_char(char: str) -> str:
    """One character folded on its own (may be longer or empty, as NFKC allows)."""
    return fold(char)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text folded one character at a time, and for each folded character the index of
    the character of `text` it came from, so a match found in folded text can be marked in
    the original."""
    folded: list[str] = []
    offsets: list[int] = []
    for n, char in enumerate(text):
        piece = fold_char(char)
        folded.append(piece)
        offsets.extend([n] * len(piece))
    return "".join(folded), offsets
