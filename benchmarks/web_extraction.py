"""Web extraction against a public suite: token F1 of our text and trafilatura's on the same pages.

The pages are Mozilla Readability's test pages (test/test-pages/<name>/source.html with the
reference extraction expected.html), kept outside the repository in
$PAPER_READER_CORPUS/readability/<name>/ (or --pages DIR). Our text is the paragraphs of the
parsed articles with their datelines (the title is separate and not counted); trafilatura's is
extract() with its defaults. Tokens are words, and CJK, kana and hangul characters one by one,
compared as multisets after NFKC and casefolding.

trafilatura is an optional extra: python3 -m pip install -e '.[bench]'

Run: python3 benchmarks/web_extraction.py [--pages DIR] [-v]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LOW = 0.8
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W_]+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


def f1(got: Counter[str], want: Counter[str]) -> float:
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def reference_text(path: Path) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_bytes(), "lxml").get_text(" ")


def ours(path: Path) -> str:
    from reader.parsing import ParseError, parse_path

    try:
        result = parse_path(path)
    except ParseError:
        return ""
    issues = result if isinstance(result, list | tuple) else [result]
    parts = []
    for issue in issues:
        for article in issue.articles:
            # the captions are shown with the text, as the reference keeps them in it
            parts.extend([article.dateline or "", *article.paragraphs, *article.captions])
    return "\n".join(parts)


def trafilatura_text(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_bytes()) or ""


@dataclass
class Score:
    name: str
    f1: float
    words: int


def measure(extract: Callable[[Path], str], pages: list[Path]) -> list[Score]:
    scores = []
    for page in pages:
        want = tokens(reference_text(page / "expected.html"))
        got = tokens(extract(page / "source.html"))
        scores.append(Score(page.name, f1(got, want), sum(got.values())))
    return scores


def summary(label: str, scores: list[Score]) -> str:
    mean = sum(s.f1 for s in scores) / len(scores)
    low = sum(s.f1 < LOW for s in scores)
    empty = sum(s.words == 0 for s in scores)
    return f"{label:<12} mean F1 {mean:.3f}   under {LOW}: {low:>3}   no text: {empty:>3}"


def find_pages(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if (p / "source.html").is_file() and (p / "expected.html").is_file()
    )


def pages_folder(given: str | None) -> Path:
    if given:
        folder = Path(given)
    elif os.environ.get("PAPER_READER_CORPUS"):
        folder = Path(os.environ["PAPER_READER_CORPUS"]) / "readability"
    else:
        sys.exit(
            "Name the folder of test pages with --pages DIR, or set PAPER_READER_CORPUS "
            "(its readability/ folder is used)."
        )
    if not folder.is_dir():
        sys.exit(f"{folder} is not a folder of test pages.")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", help="a folder of <name>/source.html + expected.html")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    args = parser.parse_args(argv)
    pages = find_pages(pages_folder(args.pages))
    if not pages:
        print("no test pages found")
        return 1
    results = {"ours": measure(ours, pages)}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura is not installed (python3 -m pip install -e '.[bench]'): ours only")
    else:
        results["trafilatura"] = measure(trafilatura_text, pages)
    if args.verbose:
        labels = list(results)
        print(f"{'page':<28}" + "".join(f"{label:>14}" for label in labels))
        for i, page in enumerate(pages):
            row = "".join(f"{results[label][i].f1:>14.3f}" for label in labels)
            print(f"{page.name:<28}{row}")
        print()
    print(f"{len(pages)} pages")
    for label, scores in results.items():
        print(summary(label, scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
