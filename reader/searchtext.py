"""Search tokens for the library's full-text index: CJK as bigrams, other words whole.

SQLite's tokenizers either glue a run of Chinese characters into one token (unicode61) or
need three characters to match (trigram). So CJK text is tokenised here, before it reaches
SQLite: a run of CJK characters becomes its overlapping bigrams (a run of one character,
that character), so two characters (one bigram) and longer phrases (consecutive bigrams)
match. A single character is looked up in a second index of each article's characters.
Other text is left to FTS5's unicode61 tokenizer (whole words, case and accents folded).
Texts and queries are folded first (reader.chinese.fold), so 經濟 finds 经济 and Ｗｕｘｉ
finds wuxi.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import add

from reader.chinese import fold, fold_with_offsets, variants
from reader.cjk import HAN, KANA

_CJK = KANA + HAN
_CJK_SPLIT = re.compile(f"([{_CJK}]+)")
# Words of fewer letters match whole words only: as prefixes they would match too many.
MIN_PREFIX = 3
# A letter or digit of a word that is not CJK: an English word ends where CJK begins.
_LETTER = f"[^\\W_{_CJK}]"
_PIECE = re.compile(rf"([{_CJK}]+)|({_LETTER}+)")


def _bigrams(run: str) -> list[str]:
    return list(map(add, run, run[1:]))


def _tokens(folded: str) -> tuple[str, str]:
    """Folded text as stored in the index (CJK runs replaced by their tokens), and its CJK
    characters."""
    # Splitting and rebuilding is twice as fast as re.sub with a function per run.
    parts = _CJK_SPLIT.split(folded)
    runs = parts[1::2]
    # A run's last character on its own would serve only terms that go on from the middle
    # of a run into letters (国G20 in 中国G20), and took a tenth of the index.
    parts[1::2] = [f" {' '.join(map(add, run, run[1:])) if run[1:] else run} " for run in runs]
    return "".join(parts), "".join(runs)


def article_tokens(
    title: str, heads: Iterable[str | None], body: Iterable[str | None]
) -> tuple[str, str, str, str]:
    """An article's tokens, each text folded once: its title, headings and body for the
    index of words, and for the index of single characters each CJK character of the
    article, and each one of its title again with a "t" before it. (Repeats cost nothing in
    an index without positions, and removing them in Python costs more than indexing them.)"""
    title_tokens, title_chars = _tokens(fold(title))
    heads_tokens, heads_chars = _tokens(fold("\n".join(t for t in heads if t)))
    body_tokens, body_chars = _tokens(fold("\n".join(t for t in body if t)))
    characters = " ".join(title_chars + heads_chars + body_chars)
    return (
        title_tokens,
        heads_tokens,
        body_tokens,
        characters + " " + " ".join(f"t{c}" for c in title_chars),
    )


@dataclass(frozen=True)
class Query:
    """A parsed search query: MATCH expressions for the index of words and bigrams and for
    the index of single characters (None when the query has no such terms), and the
    pieces to mark in snippets."""

    words: str | None
    characters: str | None
    characters_in_title: str | None
    pieces: tuple[tuple[str, bool], ...]

    @cached_property
    def unfolded(self) -> re.Pattern[str]:
        """Roughly `pattern`, for text that is not folded: each CJK character of the query
        also as the characters that fold to it, each letter or digit also full width. Far
        quicker than folding every paragraph to find the one to show."""
        return _pattern((_any_form(piece), cjk) for piece, cjk in self.pieces)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """What to mark in a snippet (folded): the pieces, words and their continuations."""
        return _pattern((re.escape(piece), cjk) for piece, cjk in self.pieces)


def _pattern(pieces: Iterable[tuple[str, bool]]) -> re.Pattern[str]:
    """Any of the pieces (each a regular expression of fixed width), longest first; a word
    only at the start of a word, with its continuation."""
    alternatives = []
    for piece, cjk in sorted(set(pieces), key=lambda p: -len(p[0])):
        # The letter before is checked after the word: a pattern that starts with its word
        # is searched for far more quickly.
        alternatives.append(piece if cjk else rf"{piece}(?<!{_LETTER}{piece}){_LETTER}*")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _any_form(piece: str) -> str:
    """A regular expression for `piece` as it may be written before folding."""
    out = []
    for char in piece:
        forms = variants(char)
        if char.isascii() and char.isalnum():
            forms += chr(ord(char) + 0xFEE0)  # its full-width form
        out.append(re.escape(char) if len(forms) == 1 else f"[{re.escape(forms)}]")
    return "".join(out)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, is_cjk) for each CJK run or other word of `text`, in order."""
    return [(m.group(0), m.group(1) is not None) for m in _PIECE.finditer(text)]


def parse_query(query: str) -> Query | None:
    """Each whitespace-separated term must match (as a phrase of its pieces); None if empty.

    A term of one CJK character goes to the index of single characters: as the prefix of
    every bigram it starts, a common character such as 的 would take seconds."""
    phrases, singles = [], []
    all_pieces: list[tuple[str, bool]] = []
    for term in fold(query).split():
        pieces = _pieces(term)
        if len(pieces) == 1 and pieces[0][1] and len(pieces[0][0]) == 1:
            singles.append(pieces[0][0])
        elif pieces:
            phrases.append(_phrase(pieces))
        all_pieces.extend(pieces)
    if not phrases and not singles:
        return None
    return Query(
        " AND ".join(phrases) or None,
        " AND ".join(f'"{c}"' for c in singles) or None,
        " AND ".join(f'"t{c}"' for c in singles) or None,
        tuple(all_pieces),
    )


def _phrase(pieces: list[tuple[str, bool]]) -> str:
    """The tokens of one term as an FTS5 phrase, the last one a prefix where it may continue.

    Inside a term a CJK run is its bigrams (a single character itself), exactly as
    _tokens stores it; at the end of a term the text may go on, so a single character is
    a prefix.
    """
    tokens: list[str] = []
    last = len(pieces) - 1
    prefix = False
    for n, (piece, cjk) in enumerate(pieces):
        if not cjk:
            tokens.append(piece)
            prefix = n == last and len(piece) >= MIN_PREFIX
        elif n < last:
            tokens.extend(_bigrams(piece) or [piece])
        elif len(piece) == 1:
            tokens.append(piece)
            prefix = True
        else:
            tokens.extend(_bigrams(piece))
    return '"' + " ".join(tokens) + '"' + (" *" if prefix else "")


def snippet(paragraphs: list[str], query: Query, width: int = 80) -> str:
    """A window of the first paragraph with a match (else of the first paragraph) around
    that match, each match in it wrapped in \\x02 … \\x03. Matches are found in the
    folded text, so 經濟 is marked for 经济."""
    text = next((p for p in paragraphs if query.unfolded.search(p)), paragraphs[0])
    folded, offsets = fold_with_offsets(text)
    found = query.pattern.search(folded)
    start = 0 if found is None else max(0, offsets[found.start()] - width // 4)
    return _mark(text, folded, offsets, query, start, width)


def _mark(text: str, folded: str, offsets: list[int], query: Query, start: int, width: int) -> str:
    end = min(len(text), start + width)
    # Only the window is searched: a long paragraph may match many times beyond it.
    spans = [
        (offsets[m.start()], offsets[m.end() - 1] + 1)
        for m in query.pattern.finditer(
            folded, bisect_left(offsets, start), bisect_left(offsets, end)
        )
        if m.end() > m.start()
    ]
    out, at = [], start
    for first, last in spans:
        # A match cut by the window's edge is left unmarked, as is one sharing a character
        # with the match before it (folding may make several characters of one).
        if first >= at and last <= end:
            out += [text[at:first], "\x02", text[first:last], "\x03"]
            at = last
    out.append(text[at:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(out) + suffix
