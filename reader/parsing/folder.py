"""A saved issue in a folder or a .zip: layout and article pages, or text dumps, as one Issue.

Pages are read one at a time, and one that cannot be read (too large, damaged, not a page)
is left out with its reason logged; the issue as a whole is refused, in words, when it holds
more files, bytes or text than any newspaper's issue.
"""

from __future__ import annotations

import logging
import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reader.model import Issue, Page, unique_keys
from reader.parsing.archive import Page as Source
from reader.parsing.archive import open_zip, pages
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.files import open_regular, read_file, walk
from reader.parsing.html import Document, build_issue, read_document
from reader.parsing.limits import (
    MAX_ISSUE_BYTES,
    MAX_ISSUE_CHARS,
    MAX_ISSUE_FILES,
    article_chars,
)
from reader.parsing.sniff import parse_bytes
from reader.parsing.vocabulary import PAGE, page_code, page_order

log = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".htm", ".html", ".shtml", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
_PAGE_NAME = re.compile(rf"(?:^|[^A-Za-z0-9]|page|第)({PAGE})版?\.te?xt$", re.I)
_FOLDER_TOO_LARGE = "the folder is too large to be one issue"
_ZIP_TOO_LARGE = "the archive unpacks to too much to be one issue"


def parse_folder(path: Path) -> Issue:
    """Open a folder, or a .zip of one, holding one issue; other files in it are ignored."""
    path = Path(path)
    if path.is_dir():
        return _issue(_folder_pages(path), str(path), path.name, path, _FOLDER_TOO_LARGE)
    with open_regular(path) as file:
        return parse_zip(file, path)


def parse_zip(file: BinaryIO, path: Path) -> Issue:
    """A .zip holding one issue; its pictures are not read, so they get no paths."""
    with open_zip(file, path.name) as archive:
        found = pages(archive, path.name, _wanted)
        return _issue(found, str(path), path.name, None, _ZIP_TOO_LARGE)


def _wanted(name: str) -> bool:
    parts = name.split("/")
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return posixpath.splitext(name)[1].lower() in HTML_SUFFIXES | TEXT_SUFFIXES


def _folder_pages(root: Path) -> list[Source]:
    names: list[str] = []
    for name in walk(root):
        if _wanted(name):
            names.append(name)
        # Stop early: someone may have picked their home folder instead of an issue.
        if len(names) > MAX_ISSUE_FILES:
            raise ParseError(f"{root.name}: the folder holds too many pages to be one issue")
    return [(name, partial(_read_page, root / name)) for name in names]


def _read_page(path: Path) -> bytes:
    return read_file(path, follow=False)  # a linked page may be anywhere on the disk


def _natural(name: str) -> list[int | str]:
    """content_9 before content_10: without a layout page, file order is reading order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


class _Reading:
    """The bytes and characters of an issue read so far, refused once past the limits, and
    the pages left out, each with its reason."""

    def __init__(self, label: str, too_large: str) -> None:
        self.label = label
        self.too_large = f"{label}: {too_large}"
        self.bytes = self.chars = 0
        self.left_out: list[str] = []

    def read(self, data: bytes) -> bytes:
        self.bytes += len(data)
        if self.bytes > MAX_ISSUE_BYTES:
            raise ParseError(self.too_large)
        return data

    def text(self, chars: int) -> None:
        self.chars += chars
        if self.chars > MAX_ISSUE_CHARS:
            raise ParseError(self.too_large)

    def leave_out(self, name: str, err: ParseError) -> None:
        # a page that is not part of the issue: a cover, an index, an error page
        reason = str(err) if str(err).startswith(f"{name}: ") else f"{name}: {err}"
        log.info("%s: %s left out", self.label, reason)
        self.left_out.append(reason)

    def nothing_found(self, tried: int) -> ParseError:
        """Why no page was found: the one page's reason, or that none of many was one."""
        if tried == 1 and self.left_out:
            return ParseError(f"{self.label}: {self.left_out[0]}")
        return ParseError(f"{self.label}: no newspaper pages were found in it")


def _issue(
    found: list[Source], source: str, label: str, image_root: Path | None, too_large: str
) -> Issue:
    found = sorted(found, key=lambda page: _natural(page[0]))
    html = [p for p in found if posixpath.splitext(p[0])[1].lower() not in TEXT_SUFFIXES]
    texts = [p for p in found if posixpath.splitext(p[0])[1].lower() in TEXT_SUFFIXES]
    reading = _Reading(label, too_large)
    docs = list(_documents(html, reading))
    if any(d.kind != "web" for d in docs) or (docs and not texts):
        return build_issue(docs, source, "folder", image_root=image_root)
    issues = list(_text_issues(texts, reading))
    if not issues:
        raise reading.nothing_found(len(found))
    return _merge(issues, source)


def _documents(found: Iterable[Source], reading: _Reading) -> Iterable[Document]:
    for name, read in found:
        try:
            doc = read_document(decode(reading.read(read()), html=True), name)
        except ParseError as err:
            reading.leave_out(name, err)
            continue
        reading.text(sum(article_chars(story) for story in doc.stories))
        yield doc


def _text_issues(found: Iterable[Source], reading: _Reading) -> Iterable[Issue]:
    for name, read in found:
        try:
            issue = _paged_by_name(parse_bytes(reading.read(read()), name), name)
        except ParseError as err:
            reading.leave_out(name, err)
            continue
        reading.text(sum(article_chars(article) for article in issue.articles))
        yield issue


def _paged_by_name(issue: Issue, name: str) -> Issue:
    """A dump without a page header takes its page from its file name: 01.txt, A03版.txt."""
    match = _PAGE_NAME.search(posixpath.basename(name))
    code = page_code(match.group(1)) if match else None
    if code is None or issue.pages or any(a.page for a in issue.articles):
        return issue
    articles = tuple(replace(a, page=code, pages=(code,)) for a in issue.articles)
    return replace(issue, pages=(Page(code),), articles=articles)


def _merge(issues: list[Issue], source: str) -> Issue:
    """Text dumps, one page a file, as one issue in page order."""
    paper = _most_common([i.paper for i in issues])
    date = _most_common([i.date for i in issues])
    articles = sorted((a for i in issues for a in i.articles), key=lambda a: page_order(a.page))
    names: dict[str, str | None] = {}
    for issue in issues:
        for page in issue.pages:
            if names.get(page.code) is None:
                names[page.code] = page.name
    pages_ = tuple(Page(code, names[code]) for code in sorted(names, key=page_order))
    return Issue(paper, date, source, "folder", pages_, tuple(unique_keys(articles)))


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
