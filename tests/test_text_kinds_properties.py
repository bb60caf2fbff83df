"""Mutated corpus records, crawled files and OCR pages parse soundly or are refused in words."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from test_parser_properties import FUZZ, assert_sound

from reader.parsing import ParseError, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = [
    p.read_bytes() for p in sorted([*FIXTURES.rglob("corpus/**/*.*"), *FIXTURES.glob("ocr/*")])
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A fixture with lines cut, repeated or spliced from another, or a byte flipped."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(["flip", "cut", "dup", "splice"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 400))]
        elif op == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 300))] * draw(st.integers(1, 4))
        else:
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, max(len(other) - 1, 0)))
            data[at:at] = other[start : start + draw(st.integers(1, 400))]
    return bytes(data)


@FUZZ
@given(mutated(), st.sampled_from(["article.md", "page.txt"]))
def test_mutated_records_and_ocr_pages_parse_or_are_refused(data: bytes, name: str):
    try:
        issue = parse_bytes(data, name)
    except ParseError as err:
        assert str(err).strip() and "\n" not in str(err)
        return
    assert_sound(issue)
