"""The Unicode ranges of Chinese writing, and the test for Chinese text that the window uses."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.cjk import CJK_PUNCTUATION_RANGES, CJK_TEXT, FULL_WIDTH_RANGES, HAN_RANGES, has_cjk_text

_CLASS = re.compile(f"[{CJK_TEXT}]")
# Characters at and around every bound of the ranges, and the rest of Unicode.
_EDGES = [
    chr(code)
    for start, end in (*HAN_RANGES, *CJK_PUNCTUATION_RANGES, *FULL_WIDTH_RANGES)
    for code in (start - 1, start, start + 1, end - 1, end, end + 1)
]
_TEXT = st.text(alphabet=st.one_of(st.sampled_from(_EDGES), st.characters()), max_size=12)


@given(_TEXT)
def test_has_cjk_text_is_the_character_class(text):
    assert has_cjk_text(text) == bool(_CLASS.search(text))


def test_chinese_and_other_text():
    assert has_cjk_text("江城日报") and has_cjk_text("Page 1，") and has_cjk_text("𠀀")
    assert not has_cjk_text("") and not has_cjk_text("Le Petit Journal, 1903 — été")
    assert not has_cjk_text("한국일보")
