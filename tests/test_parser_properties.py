"""Random and mutated inputs: every parse gives a sound Issue or the parser's own error."""

from __future__ import annotations

import os
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import Issue
from reader.parsing import ParseError, parse_bytes, parse_path

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted(
    p
    for p in [*FIXTURES.glob("text/*"), *FIXTURES.glob("html/*.htm*")]
    if p.is_file() and p.stat().st_size < 200_000
)
SEED_BYTES = [p.read_bytes() for p in SEEDS]
TEXT_LINES = [
    line
    for data in SEED_BYTES[:40]
    for line in data.decode("utf-8", "ignore").splitlines()
    if line.strip()
]

# The issue's bound: no single input may take longer than this.
FUZZ = settings(
    max_examples=int(os.environ.get("PAPER_READER_EXAMPLES", "150")),
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def assert_sound(issue: Issue) -> None:
    """What the library and the window rely on, whatever the input was."""
    assert isinstance(issue, Issue)
    keys = [a.key for a in issue.articles]
    assert len(keys) == len(set(keys)), "article keys must be unique within an issue"
    for article in issue.articles:
        assert article.title.strip()
        for paragraph in article.paragraphs:
            assert paragraph.strip() and "\n" not in paragraph
        if article.page is not None:
            assert article.page in article.pages or not article.pages


def parse_or_refuse(data: bytes, name: str) -> None:
    try:
        issue = parse_bytes(data, name)
    except ParseError as err:
        assert str(err).strip() and "\n" not in str(err)
        return
    assert_sound(issue)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A fixture with bytes flipped, cut, repeated or spliced from another one."""
    data = bytearray(draw(st.sampled_from(SEED_BYTES)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "dup", "insert", "splice"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 4000))]
        elif op == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 2000))] * draw(st.integers(1, 5))
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        else:
            other = draw(st.sampled_from(SEED_BYTES))
            start = draw(st.integers(0, max(len(other) - 1, 0)))
            data[at:at] = other[start : start + draw(st.integers(1, 3000))]
    return bytes(data)


@st.composite
def newspaper_like_text(draw: st.DrawFn) -> bytes:
    """Lines of real dumps shuffled with blank lines, indents, headers and noise."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(TEXT_LINES),
                st.sampled_from(["", "　　", "   ", "（转第2版）", "（上接第1版）", "(高美梅)"]),
                st.sampled_from(["新城日报 2026年5月18日 星期一 第3版 经济", "01版:要闻"]),
                st.text(max_size=80),
            ),
            max_size=60,
        )
    )
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]))
    return newline.join(pieces).encode(encoding, "ignore")


@FUZZ
@given(data=mutated())
def test_mutated_fixtures_parse_or_are_refused(data):
    parse_or_refuse(data, "page.txt")


@FUZZ
@given(data=mutated())
def test_mutated_fixtures_named_as_html_parse_or_are_refused(data):
    parse_or_refuse(data, "content_1.htm")


@FUZZ
@given(data=newspaper_like_text())
def test_shuffled_newspaper_lines_parse_or_are_refused(data):
    parse_or_refuse(data, "dump.txt")


@FUZZ
@given(data=st.binary(max_size=4000))
def test_random_bytes_parse_or_are_refused(data):
    parse_or_refuse(data, "random.txt")


@settings(FUZZ, max_examples=60)
@given(members=st.lists(st.tuples(st.sampled_from(SEEDS), mutated()), min_size=1, max_size=5))
def test_zips_of_mutated_pages_parse_or_are_refused(tmp_path_factory, members):
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for n, (seed, data) in enumerate(members):
            archive.writestr(f"issue/{n:02d}-{seed.name}", data)
    path = tmp_path_factory.mktemp("zip") / "issue.zip"
    path.write_bytes(buf.getvalue())
    try:
        issue = parse_path(path)
    except ParseError:
        return
    assert_sound(issue)


@pytest.mark.parametrize("depth", [100, 5000, 100_000])
def test_deeply_nested_html_parses_or_is_refused(depth):
    page = ("<div>" * depth + "<p>本报讯 正文内容。</p>" + "</div>" * depth).encode()
    parse_or_refuse(b"<html><body>" + page, "deep.html")


def test_seed_corpus_is_not_empty():
    assert len(SEEDS) >= 20 and len(TEXT_LINES) > 200
