"""The files of a folder or a zip -> one issue per paper and date, and why any file gave none.

A folder may hold one issue's pages, a year of daily dumps, a day of per-article corpus files
or the pages of several papers. Each file is read on its own; files of one paper and date
make one issue, in page order. A file that names no paper or no date joins the one issue it
can belong to (its date may be in its path: `2026-03-12/02.txt`); a file that is no page of
a paper is named in the outcome with the reason, never dropped silently.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from reader.model import Issue, Page, unique_keys
from reader.parsing.archive import Page as Source
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.html import Document, build_issue, read_document
from reader.parsing.identity import dated_by_path, with_paper_name
from reader.parsing.limits import MAX_ISSUE_BYTES, MAX_ISSUE_CHARS, article_chars
from reader.parsing.sniff import parse_bytes
from reader.parsing.text.corpus import looks_like_records
from reader.parsing.vocabulary import PAGE, page_code, page_order, paper_name, path_date

__all__ = ["HTML_SUFFIXES", "TEXT_SUFFIXES", "ParseOutcome", "Skipped", "gather"]

HTML_SUFFIXES = frozenset({".htm", ".html", ".shtml", ".xhtml"})
# `.md`: per-article corpus files are Markdown, a `### 标题` heading over the text.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_PAGE_NAME = re.compile(rf"(?:^|[^A-Za-z0-9]|page|第)({PAGE})版?\.(?:te?xt|md)$", re.I)

_DATE_IN_NAME = re.compile(r"(?<!\d)\d{4}-?\d{2}-?\d{2}(?!\d)")
_NUMBERS = re.compile(r"\d+")

Files = list[Source]  # each page's path in the folder or zip, and how to read it


class Skipped(NamedTuple):
    """A file of a folder or zip that gave no issue, and the reason, in words."""

    file: str
    reason: str


@dataclass(frozen=True)
class ParseOutcome:
    """What a path holds: its issues, one per paper and date in date order, and the files
    that are not part of any (each with its reason)."""

    issues: tuple[Issue, ...]
    skipped: tuple[Skipped, ...] = ()


@dataclass
class _Group:
    """The pages of one paper and date, as they are read."""

    docs: list[Document] = field(default_factory=list)
    texts: list[Issue] = field(default_factory=list)


_Key = tuple[str, str | None, str | None]  # kind ("paper" or "web"), paper, date


def gather(
    files: Files, source: str, label: str, image_root: Path | None, too_large: str
) -> ParseOutcome:
    """Read every file and put its pages into the issue of its paper and date; refuse, with
    `too_large`, a folder or zip that holds more than an issue may."""
    skipped: list[Skipped] = []
    docs, texts = _read_all(files, skipped, _Budget(f"{label}: {too_large}"))
    epaper = [d for d in docs if d.kind != "web"]
    web = [d for d in docs if d.kind == "web"]
    # Notes and saved news pages beside an e-paper's pages are not pages of the paper;
    # text dumps are read before news-site pages saved with them.
    if epaper:
        skipped += [Skipped(i.source, _BESIDE_EPAPER) for i in texts]
        skipped += [Skipped(d.source, _BESIDE_EPAPER) for d in web]
        units: list[tuple[_Key, Document | Issue]] = [(_doc_key(d), d) for d in epaper]
    elif texts:
        skipped += [Skipped(d.source, _BESIDE_TEXT) for d in web]
        units = [(_text_key(i), i) for i in texts]
    else:
        units = [(_doc_key(d), d) for d in web]
    groups: dict[_Key, _Group] = {}
    for key, unit in _joined(units):
        group = groups.setdefault(key, _Group())
        if isinstance(unit, Document):
            group.docs.append(unit)
        else:
            group.texts.append(unit)
    issues = [_issue(g, source, image_root) for g in groups.values()]
    issues = [i for i in issues if i.articles]
    if not issues:
        if len(skipped) == 1:  # the one page there is, and why it is none
            file, reason = skipped[0]
            raise ParseError(f"{label}: no newspaper pages were found in it ({file}: {reason})")
        raise ParseError(f"{label}: no newspaper pages were found in it")
    issues.sort(key=lambda i: (i.date or "9999", (i.paper or "").casefold()))
    return ParseOutcome(tuple(issues), tuple(skipped))


_BESIDE_EPAPER = "saved beside the e-paper pages, but not one of them"
_BESIDE_TEXT = "a web page saved beside the text pages, but not one of them"
_NOT_A_RECORD = "a Markdown note, not an article record of a paper"


class _Budget:
    """The bytes and characters of text read so far, refused once past an issue's."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.bytes = self.chars = 0

    def spend(self, data: bytes = b"", chars: int = 0) -> None:
        self.bytes += len(data)
        self.chars += chars
        if self.bytes > MAX_ISSUE_BYTES or self.chars > MAX_ISSUE_CHARS:
            raise ParseError(self.message)


def _read_all(
    files: Files, skipped: list[Skipped], budget: _Budget
) -> tuple[list[Document], list[Issue]]:
    docs: list[Document] = []
    texts: list[Issue] = []
    for name, read in files:
        try:
            data = read()
        except ParseError as err:  # too large, damaged, not a regular file
            skipped.append(Skipped(name, _reason(name, err)))
            continue
        budget.spend(data)
        try:
            suffix = posixpath.splitext(name)[1].lower()
            if suffix == ".md" and not looks_like_records(decode(data)):
                skipped.append(Skipped(name, _NOT_A_RECORD))  # a README beside the pages
                continue
            if suffix in TEXT_SUFFIXES:
                issue = dated_by_path(_paged_by_name(parse_bytes(data, name), name), name)
                budget.spend(chars=sum(article_chars(a) for a in issue.articles))
                texts.append(issue)
            else:
                doc = read_document(decode(data, html=True), name)
                budget.spend(chars=sum(article_chars(s) for s in doc.stories))
                docs.append(doc)
        except ParseError as err:
            if str(err) == budget.message:
                raise
            # a cover, an index, an error page or a note: not a page of the paper
            skipped.append(Skipped(name, _reason(name, err)))
    return docs, texts


def _reason(name: str, err: ParseError) -> str:
    """The error's words without the file's name, which the outcome gives beside them."""
    message = str(err)
    for named in (name, posixpath.basename(name)):
        if message.startswith(f"{named}: "):
            return message[len(named) + 2 :]
    return message


def _text_key(issue: Issue) -> _Key:
    return ("paper", _paper_key(issue.paper), issue.date)


def _doc_key(doc: Document) -> _Key:
    paper = doc.paper or _most_common([s.paper for s in doc.stories])
    date = doc.date or _most_common([s.date for s in doc.stories]) or path_date(doc.source)
    return ("web" if doc.kind == "web" else "paper", _paper_key(paper), date)


def _paper_key(paper: str | None) -> str | None:
    name = paper_name(paper)
    return name.casefold() if name else None


def _joined(units: list[tuple[_Key, Document | Issue]]) -> list[tuple[_Key, Document | Issue]]:
    """Units that name no paper or no date join the one issue they can belong to."""
    keys = {key for key, _ in units}
    resolved = {key: _home(key, keys) for key in keys}
    return [(resolved[key], unit) for key, unit in units]


def _home(key: _Key, keys: set[_Key]) -> _Key:
    """The key of the one issue a page naming less belongs to, or its own key if that is
    not clear (two papers of its date, or none that fits)."""
    if key[1] and key[2]:
        return key
    fits = [k for k in keys if k != key and _fits(key, k)]
    full = [k for k in fits if k[1] and k[2]]
    candidates = full or [
        k for k in fits if not any(_fits(k, other) for other in fits if other != k)
    ]
    return candidates[0] if len(candidates) == 1 else key


def _fits(partial: _Key, other: _Key) -> bool:
    """Does `other` say at least what `partial` says, and nothing against it?"""
    return (
        partial[0] == other[0]
        and (partial[1] is None or partial[1] == other[1])
        and (partial[2] is None or partial[2] == other[2])
    )


def _issue(group: _Group, source: str, image_root: Path | None) -> Issue:
    parts = list(group.texts)
    if group.docs:
        parts.insert(0, build_issue(group.docs, source, "folder", image_root=image_root))
    return with_paper_name(parts[0] if len(parts) == 1 and group.docs else _merge(parts, source))


def _paged_by_name(issue: Issue, name: str) -> Issue:
    """A dump without a page header takes its page from its file name: 01.txt, A03版.txt,
    2026-03-12_A05.txt; a name with more numbers (`20260312-02-03.txt`) does not say."""
    base = posixpath.basename(name)
    undated = _DATE_IN_NAME.sub("", base)
    match = _PAGE_NAME.search(undated) if len(_NUMBERS.findall(undated)) == 1 else None
    code = page_code(match.group(1)) if match else None
    if code is None or issue.pages or any(a.page for a in issue.articles):
        return issue
    articles = tuple(replace(a, page=code, pages=(code,)) for a in issue.articles)
    return replace(issue, pages=(Page(code),), articles=articles)


def _merge(issues: list[Issue], source: str) -> Issue:
    """Pages of one issue, one or more a file, as one issue in page order."""
    paper = _most_common([i.paper for i in issues])
    date = _most_common([i.date for i in issues])
    articles = sorted((a for i in issues for a in i.articles), key=lambda a: page_order(a.page))
    names: dict[str, str | None] = {}
    for issue in issues:
        for page in issue.pages:
            if names.get(page.code) is None:
                names[page.code] = page.name
    pages = tuple(Page(code, names[code]) for code in sorted(names, key=page_order))
    return Issue(paper, date, source, "folder", pages, tuple(unique_keys(articles)))


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
