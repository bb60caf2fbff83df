"""Time to open a saved e-paper issue: 20 layout pages and 150 article pages (Founder templates).

Run: python3 benchmarks/bench_parse_html.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from reader.parsing import parse_path

PAGES = 20
ARTICLES = 150
_WORDS = (
    "春耕备耕田间地头一派忙碌景象大街小巷重现烟火气"
    "餐饮旅游娱乐等行业消费快速回暖各地持续出台政策举措"
)

_HEAD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>江城日报--数字报</title>
<link href="../../../tplimg/style.css" type=text/css rel=stylesheet>
<script src="../../../tplimg/prototype.js"></script><script src="../../../tplimg/mp.js"></script>
<script>var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); }})();</script>
<style>.font01 {{ font-size: 22px; }} .font02 {{ font-size: 14px; }}</style>
</head><body>
<div id="header"><a href="http://www.example.com/"><img src="http://cdn.example.com/logo.gif"></a>
<ul>{nav}</ul></div>
"""
_SIDEBAR = """<div class="right"><div class="date">2026年03月12日 星期四</div>
<div class="bmname">{pages}</div>
<div class="calendar"><script>for(i=0;i<42;i++) document.write('<li>'+i+'</li>')</script></div>
<div id="footer">Copyright © 江城日报社 版权所有 <a href="http://www.example.com/about.htm">关于我们</a></div>
</div></body></html>
"""


def _sentence(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(rng.randint(20, 60))) + "。"


def _paragraph(rng: random.Random) -> str:
    return "".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def _nav() -> str:
    return "".join(
        f'<li><a href="http://www.example.com/n{i}.htm">栏目{i}</a></li>' for i in range(30)
    )


def _page_list() -> str:
    return "".join(
        f"<div class=bmname{i % 2 + 1}>&nbsp;<a id=pageLink href=node_{i + 1}.htm>"
        f"第{i + 1:02d}版：版名{i + 1}</a></div>"
        for i in range(PAGES)
    )


def _layout(page: int, ids: list[int], titles: dict[int, str]) -> str:
    areas = "".join(
        f'<Area coords="1,{n},9,{n}" shape="polygon" href="content_{i}.htm?div={d}">'
        for n, i in enumerate(ids)
        for d in (0, -1)
    )
    items = "".join(
        f'<li><img src="../../../tplimg/checkbox.gif"><a href=content_{i}.htm?div=-1>'
        f'<div style="display:inline" id=mp{i}>{titles[i]}</div></a>'
        for i in ids
    )
    return (
        _HEAD.format(nav=_nav()) + f'<div class="tu"><map name=PagePicMap>{areas}</map>'
        f"<img src=../../../images/2026-03/12/{page:02d}/p_b.jpg USEMAP=#PagePicMap></div>"
        f'<div class="banci">第{page:02d}版：<STRONG>版名{page}</STRONG></div>'
        f'<div class="title"><ul>{items}</ul></div>' + _SIDEBAR.format(pages=_page_list())
    )


def _article(rng: random.Random, page: int, ident: int, title: str) -> str:
    body = "".join(f"<P>　　{_paragraph(rng)}</P>" for _ in range(rng.randint(4, 14)))
    picture = ""
    if ident % 3 == 0:
        picture = (
            f'<table><tr><td><img src="../../../images/2026-03/12/{page:02d}/{ident}.jpg">'
            f"</td></tr><tr><td>图为{_sentence(rng)}（记者 周鹏 摄）</td></tr></table>"
        )
    return (
        _HEAD.format(nav=_nav())
        + f'<div class="banci">第{page:02d}版：<STRONG>版名{page}</STRONG></div>'
        '<table width="100%"><tr><td class="font02" align=center>引题文字</td></tr>'
        f'<tr><td class="font01" align=center><founder-title>{title}</founder-title></td></tr>'
        '<tr><td class="font02" align=center></td></tr></table>'
        f"{picture}<founder-content><P>　　本报讯 {_paragraph(rng)}</P>{body}</founder-content>"
        + _SIDEBAR.format(pages=_page_list())
        + f"<!--enpproperty <founder-date>2026-03-12</founder-date><founder-title>{title}"
        f"</founder-title><founder-pagenum>{page:02d}</founder-pagenum>"
        "<founder-papername>江城日报</founder-papername><founder-type>1</founder-type>"
        " /enpproperty-->"
    )


def build_issue(root: Path, seed: int = 1) -> None:
    rng = random.Random(seed)
    day = root / "html" / "2026-03" / "12"
    day.mkdir(parents=True)
    (root / "tplimg").mkdir()
    (root / "tplimg" / "style.css").write_text("body { margin: 0 }\n")
    ids = list(range(1000, 1000 + ARTICLES))
    titles = {i: "".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 18))) for i in ids}
    per_page = [ids[p::PAGES] for p in range(PAGES)]
    for page, page_ids in enumerate(per_page, 1):
        (day / f"node_{page}.htm").write_text(_layout(page, page_ids, titles), encoding="utf-8")
        for ident in page_ids:
            html = _article(rng, page, ident, titles[ident])
            (day / f"content_{ident}.htm").write_text(html, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "issue"
        build_issue(root)
        size = sum(f.stat().st_size for f in root.rglob("*.htm"))
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            issue = parse_path(root)
            times.append(time.perf_counter() - start)
    print(f"saved issue: {PAGES} layout pages + {ARTICLES} article pages, {size / 1e6:.1f} MB")
    print(f"parsed: {len(issue.pages)} pages, {len(issue.articles)} articles")
    print(f"parse time: best {min(times):.3f} s, median {statistics.median(times):.3f} s")


if __name__ == "__main__":
    main()
