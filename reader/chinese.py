"""Folding Chinese text for search: traditional -> simplified, full-width -> half-width."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from reader.cjk import HAN_RANGES

if TYPE_CHECKING:
    import opencc
# The characters of newspaper text NFKC changes most, each to its NFKC form (one character
# for one, so offsets stay put). Replacing them first leaves most texts already normalized,
# and checking that is far quicker than normalizing, which costs more than all the rest.
_WIDE = re.compile("[\uff01-\uff5e\u3000\u00a0]")
_NARROW = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)} | {
    "\u3000": " ",
    "\u00a0": " ",
}


@cache
def _to_simplified() -> opencc.OpenCC:
    """OpenCC's traditional -> simplified table, phrase-aware (乾隆 stays, 乾燥 becomes 干燥),
    loaded at the first fold: the window opens without it."""
    import opencc

    return opencc.OpenCC("t2s")


def _narrow(match: re.Match[str]) -> str:
    return _NARROW[match.group(0)]


def _nfkc(text: str) -> str:
    # NFKC of the narrowed text is NFKC of the text: each replacement is what NFKC makes
    # of that character.
    text = _WIDE.sub(_narrow, text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def fold(text: str) -> str:
    """The form both the index and the query are compared in: NFKC (full-width letters,
    digits and punctuation made half-width, compatibility characters spelled out) and
    traditional characters made simplified. Case is left alone: the index folds it."""
    return _to_simplified().convert(_nfkc(text))


@cache
def fold_char(char: str) -> str:
    """One character folded on its own (may be longer or empty, as NFKC allows)."""
    return fold(char)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text folded, and for each folded character the index of the character of `text`
    it came from, so a match found in folded text can be marked in the original."""
    narrowed = _WIDE.sub(_narrow, text)
    if unicodedata.is_normalized("NFKC", narrowed):
        # The usual case: one character for one, and the phrase table keeps lengths too.
        folded = _to_simplified().convert(narrowed)
        if len(folded) == len(text):
            return folded, list(range(len(text)))
    pieces: list[str] = []
    offsets: list[int] = []
    for n, char in enumerate(text):
        piece = fold_char(char)
        pieces.append(piece)
        offsets.extend([n] * len(piece))
    return "".join(pieces), offsets


@cache
def _sources() -> dict[str, str]:
    # Each CJK character folded once (about 20 ms), separated by line breaks so the phrase
    # table sees them one by one.
    chars = [chr(c) for start, end in HAN_RANGES for c in range(start, end)]
    sources: dict[str, str] = defaultdict(str)
    for char, folded in zip(chars, fold("\n".join(chars)).split("\n"), strict=True):
        if folded != char and len(folded) == 1:
            sources[folded] += char
    return sources


def variants(char: str) -> str:
    """`char` and the CJK characters that fold to it on their own: 发 gives 发發髮."""
    return char + _sources().get(char, "")
