"""Time the parsers on hostile inputs of up to 1 MB: each must be read (or refused) in 2 s.

Usage: python3 benchmarks/bench_parse_hostile.py [MEGABYTES] [NAME ...]   (default 1 MB, all)

Each input repeats one shape that a careless pattern or loop would take quadratic time on:
runs of whitespace, unclosed tags and comments, deep nesting, long scripts, many siblings.
A page with more elements than any newspaper page is refused at once; for those the largest
page that is still read is timed. Prints seconds per input and per MB; a line ends in SLOW
when it is over budget.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from reader.parsing import ParseError, parse_bytes

BUDGET_S_PER_MB = 2.0
_TITLE = "<founder-title>标题</founder-title>"


def _epaper(body: str) -> str:
    return f"<html><body>{_TITLE}<founder-content>{body}</founder-content></body></html>"


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode()))


# Each takes a size in bytes and gives a page (HTML) or a dump (text) of about that size.
HTML: dict[str, Callable[[int], str]] = {
    "newlines between Chinese": lambda n: _epaper("<p>中" + "\n" * n + "x</p>"),
    "spaced Chinese": lambda n: _epaper("<p>" + _repeat("中 \n \t\u3000", n) + "</p>"),
    "ideographic spaces": lambda n: _epaper("<p>中" + "\u3000" * (n // 3) + "x</p>"),
    "view( script": lambda n: (
        "<html><body><a href='content_1.htm'><script>document.write("
        + _repeat("view('", n)
        + "</script>标题</a></body></html>"
    ),
    "long view( title": lambda n: (
        "<html><body><a href='content_1.htm'><script>document.write(view('"
        + _repeat("标题<br>", n)
        + "'))</script></a></body></html>"
    ),
    "nested headings": lambda n: "<html><body>" + _repeat("<h1>", n) + "x</body></html>",
    "nested headings with text": lambda n: (
        "<html><body><div class=text_c>" + _repeat("<h1>题", n) + "</div></body></html>"
    ),
    "nested divs": lambda n: _epaper(_repeat("<div>", n) + "<p>正文。</p>"),
    "nested spans": lambda n: _epaper(_repeat("<span>字", n)),
    "nested tables": lambda n: _epaper(_repeat("<table><tr><td>", n) + "正文。"),
    "sibling headings": lambda n: "<html><body>" + _repeat("<h1>题</h1>", n) + "</body></html>",
    "unclosed tags": lambda n: _epaper("<p>" + _repeat("<div ", n)),
    "open angle brackets": lambda n: _epaper("<p>" + _repeat("<", n) + "</p>"),
    "unclosed comments": lambda n: _epaper("<p>正文。</p>" + _repeat("<!--", n)),
    "property comment": lambda n: (
        "<html><body><!--enpproperty <title>" + _repeat("<a>", n) + "--><founder-content>"
        "<p>正文。</p></founder-content></body></html>"
    ),
    "property comment of comments": lambda n: (
        "<html><body><!--enpproperty <title>" + _repeat("<!-", n) + "</title>--><founder-content>"
        "<p>正文。</p></founder-content></body></html>"
    ),
    "many property comments": lambda n: (
        "<html><body><founder-content><p>正文。</p></founder-content>"
        + _repeat("<!--enpproperty <articleid>1</articleid>-->", n)
        + "</body></html>"
    ),
    "many bodies": lambda n: (
        "<html><body>" + _repeat(f"{_TITLE}<founder-content><p>正文。</p></founder-content>", n)
    ),
    "many enpcontent markers": lambda n: (
        "<html><body><h1>题</h1>" + _repeat("<!--enpcontent--><p>正文。</p>", n)
    ),
    "many pictures": lambda n: _epaper(_repeat("<img src='a.jpg'><p>图为现场。</p>", n)),
    "pictures before the body": lambda n: (
        "<html><body>"
        + _TITLE
        + _repeat("<div><img src='a.jpg'></div>", n)
        + "<founder-content><p>正文。</p></founder-content></body></html>"
    ),
    "many sign-offs": lambda n: _epaper(_repeat("<p>（高美梅）</p>", n)),
    "many editor lines": lambda n: _epaper("<p>正文。</p>" + _repeat("<p>责任编辑：林晓</p>", n)),
    "many links": lambda n: (
        "<html><body>" + _repeat("<a href='content_1.htm'>标题</a>", n) + "</body></html>"
    ),
    "many distinct links": lambda n: (
        "<html><body>"
        + "".join(f"<a href='content_{i}.htm'>标题{i}</a>" for i in range(n // 40))
        + "</body></html>"
    ),
    "image map": lambda n: (
        "<html><body><map>" + _repeat("<area href='content_1.htm'>", n) + "</map></body></html>"
    ),
    "long title of dashes": lambda n: (
        "<html><head><title>" + "-" * n + "</title></head><body><p>正文，一段。</p></body></html>"
    ),
    "long title of spaced dashes": lambda n: (
        "<html><head><title>" + _repeat("- ", n) + "</title></head><body><p>正文。</p></body>"
    ),
    "long web paragraph": lambda n: (
        "<html><body><article><p>" + _repeat("正文（", n) + "</p></article></body></html>"
    ),
    "web page of link lists": lambda n: (
        "<html><body><div>" + _repeat("<div><a href='x'>链接</a>字</div>", n) + "</div></body>"
    ),
    "web page of paragraphs": lambda n: (
        "<html><body>" + _repeat("<div><p>正文一段。</p></div>", n) + "</body></html>"
    ),
    "long paragraph": lambda n: _epaper("<p>" + _repeat("本报讯 正文", n) + "</p>"),
    "parentheses": lambda n: _epaper("<p>" + _repeat("（", n) + "</p>"),
    "dateline opening": lambda n: _epaper("<p>本报北京" + _repeat("3月", n) + "</p>"),
    "meta tags": lambda n: (
        "<html><head>" + _repeat("<meta name='author' content='王蕾'>", n) + "</head><body>"
        "<article><p>正文。</p></article></body></html>"
    ),
    "page list": lambda n: (
        "<html><body>"
        + _repeat("<a id=pageLink href=node_1.htm>第01版：要闻</a>", n)
        + "<founder-content><p>正文。</p></founder-content></body></html>"
    ),
}

# Common words, so that the text parser reads the dumps as Chinese text and goes on.
_WORDS = "我们的工作是在这个地方发展"

TEXT: dict[str, Callable[[int], str]] = {
    "hard-wrapped paragraph": lambda n: "标题\n\n" + _repeat(_WORDS + "，\n", n),
    "wrapped English": lambda n: "Title\n\n" + _repeat("and the words go on\n", n),
    "short lines": lambda n: _repeat("我们的\n", n),
    "repeated title list": lambda n: _repeat("我们\n的工\n作是\n在这\n个地\n方发\n", n),
    "ideographic spaces": lambda n: "标题\n\n" + _WORDS + "\u3000" * (n // 3) + "x。\n",
    "spaces": lambda n: "标题\n\n" + _WORDS + " " * n + "x。\n",
    "long line": lambda n: "标题\n\n" + _repeat(_WORDS + "，", n) + "\n",
    "sign-offs": lambda n: "标题\n\n" + _WORDS + "。\n" + _repeat("（高美梅）\n", n),
    "headers": lambda n: _repeat("江城日报 2026年3月12日 第3版 经济\n" + _WORDS + "。\n", n),
    "continuation marks": lambda n: _repeat(
        f"标题\n\n{_WORDS}（转第2版）\n（上接第1版）{_WORDS}。\n", n
    ),
    "page lists": lambda n: _repeat("01版:要闻\n", n) + _WORDS + "。\n",
    "short paragraphs under a colon": lambda n: (
        "标题\n\n" + _WORDS + "如下：\n" + _repeat(f"我们\n\n的工作\n{_WORDS * 4}。\n", n)
    ),
    "indented lines": lambda n: _repeat("\u3000\u3000" + _WORDS + "，" + _WORDS + "。\n", n),
    "spaced headline words": lambda n: _repeat("我们 的工 作是 在这\n", n),
    # OCR'd old pages (read by their own rules) with one line run on
    "OCR word as long as a page": lambda n: _ocr(n, "a" * (n // 2)),
    "OCR byline of stops": lambda n: _ocr(n, "By a" + " ." * (n // 4) + "x"),
    "OCR continuation mark": lambda n: _ocr(n, "Con on " + "!" * (n // 2) + " a b"),
}


def _ocr(size: int, line: str) -> str:
    """Half a page of OCR'd columns, the line, and the other half."""
    page = _repeat(_OCR_COLUMNS, size // 4)
    return f"{page}{line}\n{page}"


_OCR_COLUMNS = (
    "FLOOD SWEEPS\nLOWER VALLEY\nMill Dam Gives Way After Three\nDays of Heavy Rain.\n"
    "By Associated Press.\nMILLBROOK, O., Jan. 8.-The old\nmill dam above this village gave\n"
    "way early this morning, and the\nwater of the Stony river swept\n"
    "through the lower part of the town.\nTwelve families were driven from\n"
    "their homes before daylight.\n"
)


def _time(page: str, name: str) -> tuple[float, str]:
    data = page.encode("utf-8")
    start = time.perf_counter()
    try:
        outcome = f"{len(parse_bytes(data, name).articles)} articles"
    except ParseError as err:
        outcome = f"refused: {err}"
    return time.perf_counter() - start, outcome


def main() -> None:
    args = sys.argv[1:]
    megabytes = float(args.pop(0)) if args and args[0].replace(".", "").isdigit() else 1.0
    size = int(megabytes * 2**20)
    worst = 0.0
    cases = [(n, g, "page.html") for n, g in HTML.items()] + [
        (n, g, "dump.txt") for n, g in TEXT.items()
    ]
    for name, make, source in cases:
        if args and name not in args:
            continue
        # A page with too many elements is refused at once: time the largest one accepted.
        for scale in (1, 2, 4, 8, 16, 32):
            page = make(size // scale)
            seconds, outcome = _time(page, source)
            if "too many elements" not in outcome:
                break
        per_mb = seconds / (len(page.encode()) / 2**20)
        worst = max(worst, seconds)
        slow = "  SLOW" if seconds > BUDGET_S_PER_MB * megabytes else ""
        kind = "html" if source.endswith("html") else "text"
        kb = len(page.encode()) // 1024
        print(
            f"{kind} {name:32} {kb:5d} KB {seconds:6.2f} s {per_mb:5.2f} s/MB  {outcome[:40]}{slow}"
        )
    print(f"slowest: {worst:.2f} s (budget {BUDGET_S_PER_MB * megabytes:.1f} s for {megabytes} MB)")


if __name__ == "__main__":
    main()
