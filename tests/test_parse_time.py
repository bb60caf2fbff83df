"""Every parser path takes time linear in its input: hostile shapes that a careless pattern or
loop takes minutes (or hours) on are read, or refused, in about a second.

Each input is built and parsed in a child process killed after TIMEOUT seconds, far more than
a linear parse needs and far less than a quadratic one. (The timings themselves are in
benchmarks/bench_parse_hostile.py.)
"""

from __future__ import annotations

import subprocess
import sys

import pytest

TIMEOUT = 40

_CHILD = """
import sys
from reader.model import Article, unique_keys
from reader.parsing import ParseError, parse_bytes
from reader.parsing.html.epaper import enp_properties

TITLE = "<founder-title>标题</founder-title>"
def page(body):
    return f"<html><body>{TITLE}<founder-content>{body}</founder-content></body></html>"
def filler(unit, total):
    return unit * (total // len(unit.encode()))

OCR = open("tests/fixtures/ocr/front-page-1905.txt", encoding="utf-8").read()


def keyed(key):
    return Article(key=key, title="题")

kind, source, expression = sys.argv[1:]
value = eval(expression)
if kind == "parse":
    try:
        parse_bytes(value.encode("utf-8"), source)
    except ParseError:
        pass
"""

# name: (what is run, file name, expression building the input)
CASES = {
    # whitespace between Chinese characters (the source's line breaks, unwrapped)
    "line breaks between Chinese": ("parse", "a.html", "page('<p>中' + '\\n' * 400_000 + 'x</p>')"),
    # document.write(view(' … never closed, many times over
    "unclosed view( calls": (
        "parse",
        "a.html",
        "\"<a href='content_1.htm'><script>\" + filler(\"view('\", 600_000) + '</script></a>'",
    ),
    "nested headings": ("parse", "a.html", "'<html><body>' + '<h1>' * 40_000 + 'x'"),
    "nested headings with text": ("parse", "a.html", "'<div class=text_c>' + '<h1>题' * 30_000"),
    # fields of an enpproperty comment that are opened and never closed
    "unclosed property fields": (
        "parse",
        "a.html",
        "'<!--enpproperty ' + filler('<x>' + '字' * 20, 1_000_000) + '-->' + page('<p>正文。</p>')",
    ),
    "unclosed comments in a property": (
        "parse",
        "a.html",
        "'<!--enpproperty <title>' + filler('<!--' + '字' * 20, 1_000_000) + '</title>-->'"
        " + page('<p>正文。</p>')",
    ),
    "unclosed tags in a property": (
        "properties",
        "",
        "enp_properties('<title>' + '<' * 1_000_000 + '</title>')",
    ),
    # comments beside two articles: whose are they?
    "many property comments beside the articles": (
        "parse",
        "a.html",
        "'<div><founder-content><p>甲。</p></founder-content></div>'"
        " '<div><founder-content><p>乙。</p></founder-content></div>'"
        " + filler('<!--enpproperty <articleid>1</articleid>-->', 2_000_000)",
    ),
    "a page title of dashes": (
        "parse",
        "a.html",
        "'<title>' + '-' * 300_000 + '</title><p>正文，一段。</p>'",
    ),
    "an article address of digits": (
        "parse",
        "a.html",
        "'<!--enpproperty <url>nw.D' + '1' * 200_000 + '</url>-->' + page('<p>正文。</p>')",
    ),
    # a page's list of titles (导读), printed again and again
    "repeated title lists": (
        "parse",
        "a.txt",
        "filler('我们\\n的工\\n作是\\n在这\\n个地\\n方发\\n', 1_000_000)",
    ),
    # a page of OCR text with one word run on for a whole line
    "a word as long as a page in OCR text": (
        "parse",
        "a.txt",
        "OCR * 60 + 'a' * 60_000 + '\\n' + OCR",
    ),
    "many articles with one key": (
        "keys",
        "",
        "unique_keys([keyed('k') for _ in range(100_000)])",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_hostile_input_is_read_in_linear_time(name: str):
    kind, source, expression = CASES[name]
    try:
        result = subprocess.run(
            [sys.executable, "-c", _CHILD, kind, source, expression],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: still parsing after {TIMEOUT} s")
    assert result.returncode == 0, result.stderr[-2000:]
