"""Benchmark a whole archive: import rate, search, listing, next story and size at a million.

    python benchmarks/bench_million.py --articles 200000 --layout generated
    python benchmarks/bench_million.py --articles 1000000 --layout corpus

Issues of 20 articles, made in a temporary folder. `generated` stores them as Issue objects
(Library.import_issues); `corpus` writes one Markdown file per article in month folders, as
the public per-article corpora of old papers do (`1962年03月/1962-03-08_标题.md`), and
imports the whole folder through reader.importing.import_paths, as the command line and the
window do. Text is Chinese (four papers) and English (a fifth), drawn from a vocabulary with
Zipf frequencies through a pool of sentences large enough that the index is not trivial.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench_library import (
    EN_VOCABULARY,
    ZH_VOCABULARY,
    issue_of,
    percentile,
    phrases,
    queries,
    timed,
)

from reader import importing, model
from reader.library import Library

ARTICLES_PER_ISSUE = 20
ZH_PAPERS = ("江城日报", "新城日报", "湖畔晚报", "长河日报")
EN_PAPER = "River Times"
SENTENCES = 120_000
FIRST_DAY = date(1950, 1, 1)


class Text:
    """Sentences made once from the vocabularies; articles are drawn from them."""

    def __init__(self, rng: random.Random) -> None:
        self.zh = [self._zh_sentence(rng) for _ in range(SENTENCES)]
        self.en = [self._en_sentence(rng) for _ in range(SENTENCES // 4)]

    @staticmethod
    def _zh_sentence(rng: random.Random) -> str:
        words = ZH_VOCABULARY.sample(rng, rng.randint(6, 16))
        clause = "".join(words)
        cut = rng.randint(3, max(4, len(clause) - 3))
        return f"{clause[:cut]}，{clause[cut:]}。"

    @staticmethod
    def _en_sentence(rng: random.Random) -> str:
        text = " ".join(EN_VOCABULARY.sample(rng, rng.randint(8, 20)))
        return text[0].upper() + text[1:] + "."

    def article(self, rng: random.Random, chinese: bool) -> tuple[str, tuple[str, ...]]:
        pool, glue = (self.zh, "") if chinese else (self.en, " ")
        # Lengths vary as in a paper: briefs of one paragraph, reports of ten.
        paragraphs = tuple(
            glue.join(rng.choices(pool, k=rng.randint(1, 5)))
            for _ in range(rng.choice((1, 2, 3, 4, 5, 6, 8, 10)))
        )
        words = (ZH_VOCABULARY if chinese else EN_VOCABULARY).sample(rng, rng.randint(3, 5))
        return glue.join(words), paragraphs


def paper_and_day(n: int) -> tuple[str, str]:
    papers = (*ZH_PAPERS, EN_PAPER)
    day = FIRST_DAY + timedelta(days=n // len(papers))
    return papers[n % len(papers)], day.isoformat()


def make_issue(n: int, text: Text, rng: random.Random) -> model.Issue:
    paper, day = paper_and_day(n)
    chinese = paper != EN_PAPER
    stories = [text.article(rng, chinese) for _ in range(ARTICLES_PER_ISSUE)]
    return issue_of(n, paper, day, chinese, stories)


def raw_bytes(title: str, paragraphs: tuple[str, ...]) -> int:
    return len(title.encode()) + sum(len(p.encode()) for p in paragraphs)


# --- the corpus layout ---------------------------------------------------------------------


def corpus_record(title: str, day: str, page: int, paragraphs: tuple[str, ...]) -> str:
    """One article as the corpora write it: heading, metadata, the deck again, the text."""
    body = "".join(f"    {p}\n" for p in paragraphs)
    return (
        f"### {title}\n本报记者\n{day}\n第{page}版()\n专栏：\n\n　　{title}\n    本报记者\n{body}"
    )


def write_corpus(root: Path, issues: int, text: Text, rng: random.Random) -> int:
    """Month folders of article files, one paper from FIRST_DAY; returns the raw text bytes.
    One article in ten is in English."""
    raw = 0
    for n in range(issues):
        day = FIRST_DAY + timedelta(days=n)
        folder = root / f"{day.year}年{day.month:02d}月"
        if day.day == 1 or n == 0:
            folder.mkdir(parents=True, exist_ok=True)
        for a in range(ARTICLES_PER_ISSUE):
            title, paragraphs = text.article(rng, chinese=a % 10 != 9)
            raw += raw_bytes(title, paragraphs)
            name = f"{day.isoformat()}_{a:02d}_{title[:12].replace(' ', '_')}.md"
            record = corpus_record(title, day.isoformat(), a // 5 + 1, paragraphs)
            (folder / name).write_text(record, encoding="utf-8")
    return raw


# --- importing -----------------------------------------------------------------------------


class Clock:
    """Articles stored against seconds, to tell the sustained rate from the first one."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.marks: list[tuple[float, int]] = [(0.0, 0)]

    def mark(self, articles: int) -> None:
        self.marks.append((time.perf_counter() - self.start, articles))

    def report(self) -> None:
        seconds, articles = self.marks[-1]
        print(
            f"  import: {articles:,} articles in {seconds:,.0f} s,"
            f" {articles / seconds:,.0f} articles/s overall"
        )
        tenths = []
        for tenth in range(1, 11):
            goal = articles * tenth / 10
            tenths.append(next(m for m in self.marks if m[1] >= goal))
        rates = [
            (b[1] - a[1]) / max(b[0] - a[0], 1e-9)
            for a, b in zip([(0.0, 0), *tenths[:-1]], tenths, strict=True)
        ]
        print("  articles/s by tenth of the import: " + " ".join(f"{r:,.0f}" for r in rates))
        print(f"  slowest tenth {min(rates):,.0f} articles/s, last tenth {rates[-1]:,.0f}")


def import_generated(home: Path, count: int) -> int:
    rng = random.Random(7)
    text = Text(rng)
    raw = 0
    clock = Clock()
    spent = 0.0
    stored = 0
    with Library.open(home) as library:
        for first in range(0, count, 100):
            issues = [make_issue(n, text, rng) for n in range(first, min(count, first + 100))]
            raw += sum(raw_bytes(a.title, a.paragraphs) for i in issues for a in i.articles)
            start = time.perf_counter()
            library.import_issues(issues)
            spent += time.perf_counter() - start
            stored += len(issues) * ARTICLES_PER_ISSUE
            clock.marks.append((spent, stored))
        start = time.perf_counter()
        # As import_paths does at its end (a version without it, measured for comparison,
        # keeps its free pages).
        getattr(library, "give_back_free_pages", lambda: None)()
        clock.marks.append((spent + time.perf_counter() - start, stored))
    clock.report()
    return raw


def import_corpus(home: Path, root: Path, count: int) -> int:
    rng = random.Random(7)
    text = Text(rng)
    start = time.perf_counter()
    raw = write_corpus(root, count, text, rng)
    files = count * ARTICLES_PER_ISSUE
    print(f"  wrote {files:,} article files in {time.perf_counter() - start:,.0f} s")
    clock = Clock()
    last = [0.0]

    def progress(n: int, total: int, path: str) -> None:
        clock.mark(files * (n - 1) // max(total, 1))
        now = time.perf_counter()
        if now - last[0] > 30:
            last[0] = now
            print(f"    [{n}/{total}] {path}", file=sys.stderr, flush=True)

    with Library.open(home) as library:
        results = importing.import_paths(library, [root], progress)
        clock.mark(files)
        stored = library.issue_count()
    failed = [r for r in results if r.status == "failed"]
    print(f"  {stored:,} issues stored, {len(failed)} failed {failed[:2]}")
    clock.report()
    return raw


# --- measuring -----------------------------------------------------------------------------


def measure(home: Path, raw: int) -> None:
    size = sum(p.stat().st_size for p in home.glob("library.sqlite*"))
    print(
        f"  size: {size / 2**20:,.0f} MB for {raw / 2**20:,.0f} MB of raw text ({size / raw:.2f}x)"
    )
    with Library.open(home, backup=False) as library:
        rng = random.Random(3)
        for kind, words in queries(rng, phrases(library, rng), singles=30).items():
            times, hits, snippets = [], [], 0
            for word in words * 2:
                start = time.perf_counter()
                found = library.search(word)
                times.append((time.perf_counter() - start) * 1000)
                hits.append(len(found))
                snippets += sum("\x02" in h.snippet for h in found)
            print(
                f"  search {kind:>7}: p95 {percentile(times, 0.95):5.1f} ms,"
                f" median {statistics.median(times):5.1f} ms, max {max(times):5.1f} ms"
                f" (hits per query: median {statistics.median(hits):.0f};"
                f" {snippets:,} snippets marked)"
            )
        total = library.issue_count()
        offsets = [rng.randrange(max(1, total - 100)) for _ in range(20)]
        pages = iter(offsets * 2)
        listing = timed(lambda: library.issues(offset=next(pages), limit=100), 20)
        show("list a page of 100 issues", listing)
        show(f"list all {total:,} issues", timed(library.issues, 5))
        show("all issue dates", timed(library.issue_dates, 10))
        shown = iter(calendar_pages(library, rng) * 2)
        show("the calendar's page (a month)", timed(lambda: library.issue_dates(*next(shown)), 20))
        show("next story", timed(next_story(library, rng), 50))


def calendar_pages(library: Library, rng: random.Random) -> list[tuple[str, str]]:
    """(since, until) of the days a calendar page shows, for the months of 20 random issues:
    the month and two weeks either side, as the window's calendar asks for them."""
    total = library.issue_count()
    pages = []
    for _ in range(20):
        day = library.issues(offset=rng.randrange(total), limit=1)[0].date or "2000-01-01"
        first = date.fromisoformat(day).replace(day=1)
        after = (first + timedelta(days=32)).replace(day=1)
        since, until = first - timedelta(days=14), after + timedelta(days=14)
        pages.append((since.isoformat(), until.isoformat()))
    return pages


def next_story(library: Library, rng: random.Random) -> Callable[[], object]:
    """Open a story and the one after it in its issue, as the key for the next story does:
    the issue's list of stories, then the neighbour's text."""
    total = library.issue_count()
    starts = iter(
        [
            rng.choice(library.articles(row.id)).key
            for row in (library.issues(offset=rng.randrange(total), limit=1)[0] for _ in range(60))
        ]
    )

    def step() -> object:
        key = next(starts)
        issue = library.issue_of(key)
        assert issue is not None
        keys = [a.key for a in library.articles(issue.id)]
        at = keys.index(key)
        return library.article(key), library.article(keys[min(at + 1, len(keys) - 1)])

    return step


def show(what: str, times: list[float]) -> None:
    print(
        f"  {what}: median {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--layout", choices=("generated", "corpus"), default="generated")
    parser.add_argument("--keep", metavar="DIR", help="build here and keep it (else a temp folder)")
    args = parser.parse_args()
    issues = max(1, args.articles // ARTICLES_PER_ISSUE)
    print(f"{issues:,} issues of {ARTICLES_PER_ISSUE} articles ({args.layout})")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        home = folder / "home"
        if args.layout == "generated":
            raw = import_generated(home, issues)
        else:
            raw = import_corpus(home, folder / "corpus", issues)
        measure(home, raw)


if __name__ == "__main__":
    main()
