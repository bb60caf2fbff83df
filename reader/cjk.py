"""The Unicode ranges of Chinese (and Japanese) writing, for every module that tells it apart."""

from __future__ import annotations

from bisect import bisect_right

# Han ideographs: extension A, the unified block, compatibility ideographs, and the
# supplementary planes (extensions B and on). Half-open ranges of code points.
HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x31350))
KANA_RANGES = ((0x3040, 0x3100),)
# Ideographic space and punctuation (、。「」), then full-width letters and punctuation (，：).
CJK_PUNCTUATION_RANGES = ((0x3000, 0x3040),)
FULL_WIDTH_RANGES = ((0xFF00, 0xFFF0),)


def char_class(*ranges: tuple[int, int]) -> str:
    """The body of a regular-expression character class for these ranges: `\\u3400-\\u4dbf…`."""
    return "".join(f"{_escape(start)}-{_escape(end - 1)}" for start, end in ranges)


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


# Character-class bodies, to be written inside [ ]: `[{HAN}]`, `[^{HAN}]`.
HAN = char_class(*HAN_RANGES)
KANA = char_class(*KANA_RANGES)
# What makes a text Chinese to the eye: ideographs, or CJK and full-width punctuation.
CJK_TEXT = char_class(*HAN_RANGES, *CJK_PUNCTUATION_RANGES, *FULL_WIDTH_RANGES)


# The bounds of those ranges in order: a code point is in one when an odd number of bounds
# lie at or below it.
_CJK_TEXT_BOUNDS = tuple(
    bound
    for start, end in sorted((*HAN_RANGES, *CJK_PUNCTUATION_RANGES, *FULL_WIDTH_RANGES))
    for bound in (start, end)
)


def has_cjk_text(text: str) -> bool:
    """Whether `text` holds a character of CJK_TEXT. Not a regular expression: compiling
    the class of the Han ranges takes 1.5 ms, at each start of the window."""
    if not text or max(text) < "\u3000":  # most text that is not Chinese, found in C
        return False
    return any(bisect_right(_CJK_TEXT_BOUNDS, ord(c)) % 2 for c in text)
