"""Benchmark the library: import rate, size, issue listing and search latency at scale.

    python benchmarks/bench_library.py              # 100 and 1,000 issues
    python benchmarks/bench_library.py --sizes 100 1000 10000

Each library is built from synthetic issues (two thirds Chinese, one third English, ~20 articles of
realistic length each) made as reader.model.Issue objects, in a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

from reader import model
from reader.library import Library

ZH_TEXT = (
    "发展 经济 建设 工作 企业 项目 推进 加强 社会 群众 服务 全市 全省 我国 国家 政府 "
    "会议 部署 要求 落实 创新 改革 安全 生产 市场 产业 城市 农村 乡村 振兴 农业 春耕 "
    "备耕 农民 田间 技术 科技 教育 学校 学生 医疗 卫生 健康 文化 旅游 交通 道路 铁路 "
    "机场 港口 物流 能源 环境 生态 保护 治理 污染 绿色 低碳 投资 消费 增长 数据 统计 "
    "物价 收入 就业 民生 住房 养老 社区 街道 居民 干部 党员 组织 领导 书记 市长 代表 "
    "委员 人大 政协 调研 考察 座谈 现场 一线 基层 部门 单位 单位 资金 政策 措施 规划 "
    "目标 任务 成效 质量 效率 水平 能力 体系 机制 制度 法治 执法 监管 服务 平台 数字 "
    "智能 制造 工业 园区 开发 开放 合作 交流 国际 对外 贸易 出口 进口 外资 金融 银行 "
    "税收 财政 预算 公共 设施 工程 施工 开工 竣工 完成 启动 举办 活动 比赛 冠军 体育 "
    "运动 赛事 观众 演出 展览 博物馆 图书馆 历史 传统 非遗 文物 记者 采访 报道 新闻 "
    "无锡 江城 新城 长江 黄河 湖北 武汉 北京 上海 广州 深圳 重庆 成都 杭州 南京 苏州 "
    "天气 降雨 气温 防汛 抗旱 应急 救援 消防 警察 案件 法院 检察 律师 权益 保障 "
    "志愿者 老年人 儿童 青年 妇女 家庭 孩子 父母 老师 医生 护士 工人 司机 快递 外卖"
)
ZH_WORDS = ZH_TEXT.split()
ZH_GLUE = list("的了在和是为与对把从向将也都又还就已")
EN_TEXT = (
    "council city plan budget "
    "economy economic market school students teachers hospital health police court river "
    "harbour festival music weekend mayor minister government report data growth prices "
    "housing transport railway airport energy climate weather rain flood storm water farm "
    "farmers spring harvest business company jobs workers wages trade exports industry "
    "technology science research university museum library history culture art sport "
    "football match season team players coach fans election vote party members committee "
    "residents community street bridge road traffic safety fire rescue volunteers children "
    "families parents local national international summit talks agreement investment bank "
    "finance tax spending public services project construction opened announced said "
    "would could will new first last year month week today yesterday morning evening"
)
EN_WORDS = EN_TEXT.split()
EN_GLUE_TEXT = "the of and to in a is that for on with as was by at from it"
EN_GLUE = EN_GLUE_TEXT.split()
ZH_PAPERS = ("江城日报", "新城日报", "湖畔晚报", "长河日报")
EN_PAPERS = ("River Times", "Harbour Herald")
VOCABULARY = 20_000


def _common_hanzi() -> list[str]:
    """GB2312 level 1: the 3,755 characters in everyday use."""
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


class Vocabulary:
    """Words with Zipf frequencies, as in real text: function words everywhere, then the
    words queried (spread from common to rare), among made-up words filling the rest."""

    def __init__(self, glue: list[str], words: list[str], filler: list[str]) -> None:
        ranked = list(glue)
        spread = len(filler) // (len(words) + 1)
        for n, word in enumerate(words):
            ranked.extend(filler[n * spread : (n + 1) * spread][:9])
            ranked.append(word)
        ranked.extend(filler[len(words) * spread :])
        self.words = ranked[:VOCABULARY]
        weights = [1 / rank for rank in range(1, len(self.words) + 1)]
        self.cumulative = list(accumulate(weights))

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=k)


def _vocabularies() -> tuple[Vocabulary, Vocabulary]:
    rng = random.Random(1)
    hanzi = _common_hanzi()
    zh_filler = [
        "".join(rng.choices(hanzi, k=rng.choice((2, 2, 2, 3, 4)))) for _ in range(VOCABULARY)
    ]
    syllables = [
        a + b
        for a in ("b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "st", "tr")
        for b in ("a", "e", "i", "o", "u", "ai", "ea", "ou", "an", "er", "in", "or")
    ]
    en_filler = [
        "".join(rng.choices(syllables, k=rng.choice((1, 2, 2, 3, 3, 4)))) for _ in range(VOCABULARY)
    ]
    return Vocabulary(ZH_GLUE, ZH_WORDS, zh_filler), Vocabulary(EN_GLUE, EN_WORDS, en_filler)


ZH_VOCABULARY, EN_VOCABULARY = _vocabularies()


def zh_paragraph(rng: random.Random, words: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(2, 5)):
        clause = "".join(rng.choice(words) for _ in range(rng.randint(12, 30)))
        cut = rng.randint(4, max(5, len(clause) - 4))
        sentences.append(f"{clause[:cut]}，{clause[cut:]}。")
    return "".join(sentences)


def en_paragraph(rng: random.Random, words: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(2, 4)):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(10, 22)))
        sentences.append(text[0].upper() + text[1:] + ".")
    return " ".join(sentences)


def make_issue(n: int, rng: random.Random) -> model.Issue:
    papers = ZH_PAPERS + EN_PAPERS
    paper = papers[n % len(papers)]
    chinese = paper in ZH_PAPERS
    day = (date(2000, 1, 1) + timedelta(days=n // len(papers))).isoformat()
    vocabulary = ZH_VOCABULARY if chinese else EN_VOCABULARY
    paragraph = zh_paragraph if chinese else en_paragraph
    stories = []
    for _ in range(20):
        # Each story draws on its own sample of words, so its topic words repeat in it.
        words = vocabulary.sample(rng, 400)
        title = ("" if chinese else " ").join(rng.sample(words, rng.randint(3, 5)))
        stories.append((title, tuple(paragraph(rng, words) for _ in range(rng.randint(3, 9)))))
    return issue_of(n, paper, day, chinese, stories)


def issue_of(
    n: int, paper: str, day: str, chinese: bool, stories: list[tuple[str, tuple[str, ...]]]
) -> model.Issue:
    """Issue number n of `paper` on `day`: its (title, paragraphs) stories, five to a page."""
    articles = [
        model.Article(
            key=model.make_key(paper, day, title, paragraphs),
            title=title,
            byline="本报记者 高美梅" if chinese else "By Staff Reporter",
            page=f"{a // 5 + 1:02d}",
            paragraphs=paragraphs,
        )
        for a, (title, paragraphs) in enumerate(stories)
    ]
    pages = tuple(model.Page(f"{p:02d}") for p in range(1, (len(stories) + 4) // 5 + 1))
    return model.Issue(
        paper, day, f"/bench/{n}.txt", "text", pages, tuple(model.unique_keys(articles))
    )


def raw_size(issue: model.Issue) -> int:
    return sum(
        len(a.title.encode()) + sum(len(p.encode()) for p in a.paragraphs) for a in issue.articles
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def build(home: Path, count: int) -> tuple[float, float, float, float, int]:
    """Import `count` issues, a hundred at a time as `import` does with many files. Returns
    wall seconds for all and for the last 1,000, CPU seconds for all and for the last 1,000,
    and raw text bytes."""
    rng = random.Random(7)
    raw = 0
    wall = last = cpu = last_cpu = 0.0
    with Library.open(home) as library:
        for first in range(0, count, 100):
            issues = [make_issue(n, rng) for n in range(first, min(count, first + 100))]
            raw += sum(map(raw_size, issues))
            start, start_cpu = time.perf_counter(), time.process_time()
            library.import_issues(issues)
            took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
            wall += took
            cpu += took_cpu
            if first >= count - 1000:
                last += took
                last_cpu += took_cpu
    return wall, last, cpu, last_cpu, raw


def phrases(library: Library, rng: random.Random, count: int = 30) -> list[str]:
    """Four-character phrases from the middle of random Chinese articles (an issue picked
    by its place in the list: the whole list is not read, at any size)."""
    total = library.issue_count()
    found: list[str] = []
    while len(found) < count:
        row = library.issues(offset=rng.randrange(total), limit=1)[0]
        article = library.article(rng.choice(library.articles(row.id)).key)
        text = article.paragraphs[0] if article and article.paragraphs else ""
        middle = text[len(text) // 2 : len(text) // 2 + 4]
        if len(middle) == 4 and all("\u4e00" <= c <= "\u9fff" for c in middle):
            found.append(middle)
    return found


def search_times(library: Library, words: list[str]) -> tuple[list[float], list[int]]:
    times, hits = [], []
    for word in words:
        start = time.perf_counter()
        hits.append(len(library.search(word)))
        times.append((time.perf_counter() - start) * 1000)
    return times, hits


def queries(rng: random.Random, phrases: list[str], singles: int = 20) -> dict[str, list[str]]:
    two = [w for w in ZH_WORDS if len(w) == 2]
    return {
        "1-char": rng.sample(sorted(set("".join(ZH_WORDS))), singles),
        "2-char": rng.sample(two, 30),
        "4-char": phrases,
        "English": rng.sample(EN_WORDS[12:], 30),
    }


def report(home: Path, count: int) -> None:
    print(f"\n{count:,} issues ({count * 20:,} articles)")
    if (home / "library.sqlite").exists():
        print(f"  (reusing the library in {home})")
    else:
        wall, last_thousand, cpu, last_cpu, raw = build(home, count)
        size = sum(p.stat().st_size for p in home.glob("library.sqlite*"))
        print(
            f"  import: {count / wall:,.0f} issues/s ({wall:.1f} s, CPU {cpu:.1f} s);"
            f" the last 1,000 issues took {last_thousand:.1f} s (CPU {last_cpu:.1f} s)"
        )
        ratio = f"{size / raw:.2f}x"
        print(f"  size: {size / 2**20:,.1f} MB for {raw / 2**20:,.1f} MB of raw text ({ratio})")
    start = time.perf_counter()
    with Library.open(home) as library:
        opened = (time.perf_counter() - start) * 1000
        print(f"  open (quick_check, daily backup if due): {opened:,.0f} ms")
        listing = timed(library.issues, 20)
        print(f"  list all issues: median {statistics.median(listing):.1f} ms")
        dates = timed(lambda: library.issue_dates("2000-01-18", "2000-03-14"), 20)
        print(f"  issue dates of a calendar page: median {statistics.median(dates):.2f} ms")
        page = timed(lambda: library.issues(offset=100, limit=100), 20)
        print(f"  list a page of 100 issues: median {statistics.median(page):.2f} ms")
        first = library.issues(limit=1)[0]
        key = library.articles(first.id)[0].key
        unread = timed(lambda: library.next_unread(key), 20)
        print(f"  next unread article: median {statistics.median(unread):.2f} ms")
        rng = random.Random(3)
        for kind, words in queries(rng, phrases(library, rng)).items():
            times, hits = search_times(library, words)
            print(
                f"  search {kind:>7}: median {statistics.median(times):5.1f} ms,"
                f" p95 {percentile(times, 0.95):5.1f} ms, max {max(times):5.1f} ms"
                f" (hits per query: median {statistics.median(hits):.0f})"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument(
        "--keep", metavar="DIR", help="build the libraries here and keep them (or reuse them)"
    )
    args = parser.parse_args()
    for count in args.sizes:
        if args.keep:
            report(Path(args.keep) / str(count), count)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                report(Path(tmp), count)


if __name__ == "__main__":
    main()
