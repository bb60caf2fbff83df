"""Time the text-dump parser on a large synthetic whole-issue dump and print MB/s.

Usage: python3 benchmarks/bench_parse_text.py [MEGABYTES]   (default 30)
"""

from __future__ import annotations

import random
import sys
import time

from reader.parsing import parse_bytes

_HAN = (
    "市政府召开常务会议研究部署夏季防汛工作全区上下有力执行中央和省委省政府各项部署要求经济运行稳中"
    "有进加快发展先进制造业重点产业集群确保完成全年各项目标任务统计局发布数据一季度地区生产总值增长"
)
_NAMES = ["周杰", "林小雨", "张  娅", "陈明", "李艳玫", "高美梅", "王蕾", "孙悦"]


def _sentence(rng: random.Random, ascii_punct: bool) -> str:
    comma, stop = (",", "。") if ascii_punct else ("，", "。")
    clauses = ["".join(rng.choices(_HAN, k=rng.randint(6, 18))) for _ in range(rng.randint(2, 4))]
    return comma.join(clauses) + stop


def _paragraph(rng: random.Random, ascii_punct: bool) -> str:
    return "".join(_sentence(rng, ascii_punct) for _ in range(rng.randint(2, 5)))


def _article(rng: random.Random, page: int, n: int) -> list[str]:
    ascii_punct = n % 3 == 0
    out = []
    if n % 5 == 0:
        out += ["要闻快览", ""]
    title = "".join(rng.choices(_HAN, k=rng.randint(8, 16)))
    if n % 4 == 0:
        out.append(f"{title[:6]}强调 {title} 抢抓机遇全力打赢“收官仗”")
    else:
        out += ["聚焦高质量发展", title, "——主要经济指标增速均高于全省平均水平"]
    out += ["", f"　　本报记者　{rng.choice(_NAMES)}　通讯员　{rng.choice(_NAMES)}", ""]
    first = _paragraph(rng, ascii_punct)
    out += [f"　　本报讯 {page % 12 + 1}月{n % 28 + 1}日，" + first, ""]
    for k in range(rng.randint(3, 8)):
        text = _paragraph(rng, ascii_punct)
        if k == 1:  # a column break inside a word
            cut = len(text) // 2
            out += ["　　" + text[:cut], "", text[cut:], ""]
        else:
            out += ["　　" + text, ""]
    if n % 6 == 0:
        out += ["　　图为企业生产车间。（记者 周鹏 摄）", ""]
    out += [f"（{rng.choice(_NAMES)}）", ""]
    return out


def synthetic_issue(megabytes: float, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    lines = ["01版:要闻", "02版:经济", "03版:综合", ""]
    size, n = 0, 0
    while size < megabytes * 2**20:
        # a year of issues run together: eight pages a day
        day, page = divmod(n // 6, 8)
        header = f"江城日报 2026年{day // 28 % 12 + 1}月{day % 28 + 1}日 第{page + 1}版 经济"
        block = [header, "责任编辑：林晓　美编：周舟", ""]
        for _ in range(6):
            n += 1
            block += _article(rng, page, n)
        size += sum(len(line.encode()) + 1 for line in block)
        lines += block
    return "\n".join(lines).encode("utf-8")


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    data = synthetic_issue(megabytes)
    start, cpu_start = time.perf_counter(), time.process_time()
    issue = parse_bytes(data, "synthetic.txt")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    mb = len(data) / 2**20
    print(f"parsed {mb:.1f} MB, {len(issue.pages)} pages, {len(issue.articles)} articles")
    print(
        f"wall {seconds:.2f} s -> {mb / seconds:.1f} MB/s; cpu {cpu:.2f} s -> {mb / cpu:.1f} MB/s"
    )


if __name__ == "__main__":
    main()
