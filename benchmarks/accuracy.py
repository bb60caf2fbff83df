"""Accuracy on real material: parse each corpus file and compare it with what an editor wrote down.

The corpus itself (other people's pages) lives outside the repository, in the folder named by
PAPER_READER_CORPUS, as <kind>/<name> (a file, or a folder parsed as one path). For each entry,
benchmarks/corpus/expected/<kind>/<name>.json holds what an editor reads in the source: the
issues (paper, date), the articles in order with title, kicker, subtitle, byline, dateline,
page and the first and last words of the body. See benchmarks/corpus/README.md for the rules.

Run: PAPER_READER_CORPUS=/path/to/corpus python3 benchmarks/accuracy.py [--kind K] [--file NAME]
     [-v] [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EXPECTED = Path(__file__).parent / "corpus" / "expected"
FIELDS = ("title", "kicker", "subtitle", "byline", "dateline", "page", "first", "last")
# A file passes with at most this share of its body text missing from the parse.
LOST_LIMIT = 0.01
# The first words may stand this many characters into the body (after a dateline left there).
FIRST_SLACK = 30

_SPACE = re.compile(r"\s+")
_BRACKETS = re.compile(r"[【】（）()\[\]「」〔〕<>《》]")
# Credit words are not part of the name: "本报记者 王明" and "王明" are the same byline.
_CREDIT = re.compile(r"^(?:本报记者|本报通讯员|特约记者|新华社记者|记者|通讯员|文/|图/|by|par|por)")
_PAGE = re.compile(r"^第?0*([0-9a-z]+?)版?$")
# Heads inside these are another story's or the page's, not the article's
_NOT_HEADS = ("a", "li", "aside", "nav", "header", "footer", "figure")
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W_]+")
_WORD_ONLY = re.compile(r"[\W_]+")


def norm(text: str | None) -> str:
    """Width, case and spacing do not count: NFKC, casefolded, every whitespace removed."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or "")).casefold()


def loose(text: str | None) -> str:
    """Only the word characters: what two spellings of one headline share."""
    return _WORD_ONLY.sub("", norm(text))


def norm_credit(text: str | None) -> str:
    text = _BRACKETS.sub("", norm(text))
    previous = None
    while previous != text:
        previous, text = text, _CREDIT.sub("", text)
    return text


def norm_page(text: str | None) -> str:
    text = norm(text)
    match = _PAGE.match(text)
    return match.group(1) if match else text


FIELD_NORM = {
    "title": norm,
    "kicker": norm,
    "subtitle": loose,
    "byline": norm_credit,
    "dateline": lambda t: _BRACKETS.sub("", norm(t)),
    "page": norm_page,
}


# ---------------------------------------------------------------- reading the source


def source_text(path: Path, encoding: str | None) -> str:
    """The visible text of a corpus entry, read independently of the parsers."""
    if path.is_dir():
        return "\n".join(source_text(p, encoding) for p in sorted(path.rglob("*")) if p.is_file())
    data = path.read_bytes()
    if path.suffix.lower() in {".htm", ".html", ".xhtml", ".shtml"}:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(data, "lxml", from_encoding=encoding)
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        # Article text stands in paragraphs and the heads between them; link lists, asides and
        # buttons between them do not count.
        paragraphs = [
            el.get_text()
            for el in soup.find_all(("p", "h2", "h3", "h4"))
            if el.name == "p" or not el.find_parent(_NOT_HEADS)
        ]
        return "\n".join(paragraphs) if paragraphs else soup.get_text("\n")
    for codec in filter(None, (encoding, "utf-8-sig", "gb18030")):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def body_spans(text: str, articles: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The source text of every article body, from its first words to its last words.

    Returns the reference text (the union of the spans, with its spacing kept so that words
    stay words) and the markers not found.
    """
    wide = unicodedata.normalize("NFKC", text).casefold()
    kept = [i for i, ch in enumerate(wide) if not ch.isspace()]
    flat = "".join(wide[i] for i in kept)
    covered = bytearray(len(wide))
    missing = []
    for article in articles:
        first, last = norm(article.get("first")), norm(article.get("last"))
        if not first or not last:
            continue
        start = flat.find(first)
        end = flat.find(last, start + len(first)) if start >= 0 else -1
        if end < 0 and start >= 0 and first.endswith(last):
            end = start + len(first) - len(last)  # a one-line body
        elif end >= 0:
            # a teaser above the headline may repeat the opening: the body opens nearest its end
            start = flat.rfind(first, start, end - len(first) + 1)
        if start < 0 or end < 0:
            missing.append(article.get("title") or article.get("first") or "?")
            continue
        begin, stop = kept[start], kept[end + len(last) - 1] + 1
        covered[begin:stop] = b"\x01" * (stop - begin)
    reference = "".join(ch if hit else "\n" for ch, hit in zip(wide, covered, strict=True))
    return reference, missing


def tokens(text: str) -> Counter[str]:
    """CJK characters one by one, other words whole (as the spacing of the text delimits them)."""
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold()))


# ---------------------------------------------------------------- reading the parse


def parse_entry(path: Path) -> list[Any] | str:
    """The issues parsed from a path, or the one sentence the parser refused it with."""
    from reader.model import issue_to_dict
    from reader.parsing import ParseError, parse_issues

    try:
        outcome = parse_issues(path)
    except ParseError as err:
        return str(err)
    return [issue_to_dict(issue) for issue in outcome.issues]


def article_body(article: dict[str, Any]) -> str:
    return "".join(article.get("paragraphs") or [])


def article_text(article: dict[str, Any]) -> str:
    parts = [article.get(k) or "" for k in ("kicker", "title", "subtitle", "dateline", "byline")]
    return "\n".join(
        parts + list(article.get("paragraphs") or []) + list(article.get("captions") or [])
    )


# ---------------------------------------------------------------- comparing


@dataclass
class Result:
    kind: str
    name: str
    reasons: list[str] = field(default_factory=list)
    expected_articles: int = 0
    parsed_articles: int = 0
    articles_right: int = 0
    right: Counter[str] = field(default_factory=Counter)
    checked: Counter[str] = field(default_factory=Counter)
    reference_tokens: int = 0
    lost_tokens: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def count_right(self) -> bool:
        return self.expected_articles == self.parsed_articles

    @property
    def lost(self) -> float:
        return self.lost_tokens / self.reference_tokens if self.reference_tokens else 0.0

    @property
    def passed(self) -> bool:
        return not self.reasons


def align(expected: list[dict[str, Any]], parsed: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (expected index, parsed index), matched by title, in order.

    Titles that agree (or one holding the other) anchor the pairing; between two anchors, the
    remaining articles are paired by position, so a wrong title is reported as wrong, not as
    one article missing and another extra.
    """
    anchors: list[tuple[int, int]] = []
    j = 0
    for i, want in enumerate(expected):
        key = loose(want.get("title"))
        for k in range(j, len(parsed)):
            got = loose(parsed[k].get("title"))
            if (
                key
                and got
                and (key == got or (min(len(key), len(got)) >= 4 and (key in got or got in key)))
            ):
                anchors.append((i, k))
                j = k + 1
                break
    pairs: list[tuple[int, int]] = []
    prev_i, prev_k = -1, -1
    for i, k in [*anchors, (len(expected), len(parsed))]:
        gap = min(i - prev_i - 1, k - prev_k - 1)
        pairs.extend((prev_i + 1 + n, prev_k + 1 + n) for n in range(gap))
        if i < len(expected):
            pairs.append((i, k))
        prev_i, prev_k = i, k
    return pairs


def check_field(name: str, want: Any, article: dict[str, Any]) -> bool:
    if name == "first":
        # A dateline or credit left at the start of the body is counted against that field.
        return norm(want) in norm(article_body(article))[: len(norm(want)) + FIRST_SLACK]
    if name == "last":
        return norm(article_body(article)).endswith(norm(want))
    got = article.get(name)
    if want is None:
        return not norm(got)
    return FIELD_NORM[name](got) == FIELD_NORM[name](want)


def compare(
    kind: str, name: str, expected: dict[str, Any], parsed: list[Any] | str, text: str
) -> Result:
    result = Result(kind, name)
    want_articles: list[dict[str, Any]] = expected.get("articles", [])
    result.expected_articles = expected.get("article_count", len(want_articles))
    if isinstance(parsed, str):
        if expected.get("refusal_ok"):
            return result  # refusing in words is a right answer for this file
        result.reasons.append(f"refused: {parsed}")
        parsed = []
    else:
        compare_issues(expected.get("issues", []), parsed, result)
    got_articles = [a for issue in parsed for a in issue["articles"]]
    result.parsed_articles = len(got_articles)
    check_contains(expected.get("contains", []), got_articles, result)
    check_furniture(expected.get("furniture", []), got_articles, result)
    if expected.get("partial"):
        result.expected_articles = result.parsed_articles = len(want_articles)  # count not checked
    elif not result.count_right and got_articles:
        result.reasons.append(
            f"article count {result.parsed_articles}, expected {result.expected_articles}"
        )
    pairs = dict(align(want_articles, got_articles))
    wrong: Counter[str] = Counter()
    for i, want in enumerate(want_articles):
        got = got_articles[pairs[i]] if i in pairs else None
        all_right = got is not None
        for fname in FIELDS:
            if fname not in want:
                continue
            result.checked[fname] += 1
            ok = got is not None and check_field(fname, want[fname], got)
            result.right[fname] += ok
            all_right = all_right and ok
            if not ok and got is not None:
                wrong[fname] += 1
                shown = got.get(fname) if got and fname not in ("first", "last") else None
                if got and fname == "first":
                    shown = article_body(got)[:12]
                if got and fname == "last":
                    shown = article_body(got)[-12:]
                result.details.append(
                    f"  {want.get('title')!s:.30}: {fname} {shown!r}, expected {want[fname]!r}"
                )
        if got is None:
            wrong["missing"] += 1
            result.details.append(f"  {want.get('title')!s:.30}: not found")
        result.articles_right += all_right
    for fname, count in wrong.items():
        label = "articles missing" if fname == "missing" else f"{fname} wrong"
        result.reasons.append(f"{label} ({count})")
    reference, _ = body_spans(text, want_articles)
    # furniture among the paragraphs is no text to lose
    want_tokens = tokens(reference) - tokens("\n".join(expected.get("furniture", [])))
    got_tokens = tokens("\n".join(article_text(a) for a in got_articles))
    result.reference_tokens = sum(want_tokens.values())
    result.lost_tokens = sum((want_tokens - got_tokens).values())
    if result.lost > LOST_LIMIT:
        result.reasons.append(f"text lost {result.lost:.1%}")
    return result


def check_contains(wanted: list[str], articles: list[dict[str, Any]], result: Result) -> None:
    """Text the file holds that a right decoding shows (a check against mojibake)."""
    text = norm("\n".join(article_text(a) for a in articles))
    missing = [w for w in wanted if norm(w) not in text]
    if missing:
        result.reasons.append(f"text not found (decoding?): {missing[0]!r}")


def check_furniture(lines: list[str], articles: list[dict[str, Any]], result: Result) -> None:
    """Lines of the page that an editor leaves out of the article: never in its body."""
    body = norm("\n".join(article_body(a) for a in articles))
    found = [line for line in lines if norm(line) in body]
    if found:
        result.reasons.append(f"furniture in the body: {found[0]!r}")


def compare_issues(want: list[dict[str, Any]], parsed: list[Any], result: Result) -> None:
    if want and len(want) != len(parsed):
        result.reasons.append(f"{len(parsed)} issues, expected {len(want)}")
        return
    for w, got in zip(want, parsed, strict=False):
        issue = got["issue"]
        if "paper" in w and norm(w["paper"]) != norm(issue.get("paper")):
            result.reasons.append(f"paper {issue.get('paper')!r}, expected {w['paper']!r}")
        if "date" in w and w["date"] != issue.get("date"):
            result.reasons.append(f"date {issue.get('date')!r}, expected {w['date']!r}")
        if "articles" in w and w["articles"] != len(got["articles"]):
            result.reasons.append(
                f"issue {w.get('date')}: {len(got['articles'])} articles, expected {w['articles']}"
            )


# ---------------------------------------------------------------- running and printing


def corpus_root() -> Path:
    value = os.environ.get("PAPER_READER_CORPUS")
    if not value:
        sys.exit(
            "PAPER_READER_CORPUS is not set: point it at the folder holding the corpus "
            "(see benchmarks/corpus/README.md)."
        )
    root = Path(value)
    if not root.is_dir():
        sys.exit(f"PAPER_READER_CORPUS names {root}, which is not a folder.")
    return root


def entries(kind: str | None, name: str | None) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path in sorted(EXPECTED.glob("*/*.json")):
        entry_kind, entry_name = path.parent.name, path.name[: -len(".json")]
        if (kind and entry_kind != kind) or (name and name not in entry_name):
            continue
        found.append((entry_kind, entry_name, json.loads(path.read_text(encoding="utf-8"))))
    return found


def check_markers(root: Path, chosen: list[tuple[str, str, dict[str, Any]]]) -> int:
    """Every first and last words of the expected files must be in the source: a typo check."""
    bad = 0
    for kind, name, expected in chosen:
        path = root / kind / name
        if not path.exists():
            print(f"{kind}/{name}: not in the corpus")
            bad += 1
            continue
        _, missing = body_spans(
            source_text(path, expected.get("encoding")), expected.get("articles", [])
        )
        for title in missing:
            print(f"{kind}/{name}: first/last words of {title!r} not found in the source")
            bad += 1
    print(f"{len(chosen)} expected files, {bad} problems")
    return 1 if bad else 0


def percent(right: int, checked: int) -> str:
    return f"{right}/{checked}" if checked else "-"


def print_totals(results: list[Result]) -> None:
    kinds = sorted({r.kind for r in results})
    head = (
        "kind",
        "files",
        "pass",
        "count ok",
        "articles",
        "titles",
        "kickers",
        "subtitles",
        "bylines",
        "datelines",
        "pages",
        "first",
        "last",
        "lost",
    )
    rows = [head]
    for kind in [*kinds, "all"]:
        group = [r for r in results if kind in ("all", r.kind)]
        right: Counter[str] = sum((r.right for r in group), Counter())
        checked: Counter[str] = sum((r.checked for r in group), Counter())
        reference = sum(r.reference_tokens for r in group)
        lost = sum(r.lost_tokens for r in group)
        rows.append(
            (
                kind,
                str(len(group)),
                str(sum(r.passed for r in group)),
                str(sum(r.count_right for r in group)),
                percent(
                    sum(r.articles_right for r in group), sum(r.expected_articles for r in group)
                ),
                *(
                    percent(right[f], checked[f])
                    for f in (
                        "title",
                        "kicker",
                        "subtitle",
                        "byline",
                        "dateline",
                        "page",
                        "first",
                        "last",
                    )
                ),
                f"{lost / reference:.1%}" if reference else "-",
            )
        )
    widths = [max(len(row[c]) for row in rows) for c in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", help="only this kind of file (a folder of the corpus)")
    parser.add_argument("--file", help="only entries whose name contains this")
    parser.add_argument("-v", "--verbose", action="store_true", help="show each wrong field")
    parser.add_argument(
        "--check", action="store_true", help="check the expected files against the sources only"
    )
    args = parser.parse_args(argv)
    root = corpus_root()
    chosen = entries(args.kind, args.file)
    if args.check:
        return check_markers(root, chosen)
    results = []
    for kind, name, expected in chosen:
        path = root / kind / name
        if not path.exists():
            print(f"SKIP  {kind}/{name}: not in the corpus folder")
            continue
        text = source_text(path, expected.get("encoding"))
        result = compare(kind, name, expected, parse_entry(path), text)
        results.append(result)
        verdict = "PASS" if result.passed else "FAIL"
        counts = f"{result.parsed_articles}/{result.expected_articles} articles"
        print(
            f"{verdict}  {kind}/{name}  [{counts}, lost {result.lost:.1%}]  "
            + "; ".join(result.reasons)
        )
        if args.verbose:
            print("\n".join(result.details))
    if not results:
        print("no corpus entries matched")
        return 1
    print()
    print_totals(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
