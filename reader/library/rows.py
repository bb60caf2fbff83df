"""The rows the library hands out, and articles to and from their stored columns.

Each column list is derived from a dataclass's fields, so a field is named in one place.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any, Literal

from reader import model

# "kept": the issue is already in the library from a fuller source; this copy was not stored.
# "skipped": a file of a folder or zip that holds no issue (a note beside the pages), with why.
Status = Literal["imported", "unchanged", "replaced", "kept", "skipped", "failed"]
STATUSES: tuple[Status, ...] = ("imported", "replaced", "unchanged", "kept", "skipped", "failed")


@dataclass(frozen=True)
class IssueRow:
    """An issue as the library lists it: without its pages and stories."""

    id: int
    paper: str | None
    date: str | None
    title: str
    format: str
    source: str
    page_count: int
    article_count: int


@dataclass(frozen=True)
class PageRow:
    """A page (版) of an issue, with how many stories it holds."""

    issue_id: int
    code: str
    name: str | None
    article_count: int


@dataclass(frozen=True)
class ArticleRow:
    """A story as an issue's list shows it: its place, and whether it is read, bookmarked, saved."""

    key: str
    issue_id: int
    page: str | None
    title: str
    position: int
    read: bool
    bookmarked: bool
    saved: bool


@dataclass(frozen=True)
class Bookmark:
    """A bookmarked story with its note, and what identifies it if its issue is gone."""

    key: str
    note: str
    created: str
    paper: str | None
    date: str | None
    page: str | None
    title: str
    byline: str | None
    opening: str
    issue_removed: bool


@dataclass(frozen=True)
class Hit:
    """A story a search found, with the snippet that shows the match."""

    key: str
    issue_id: int
    title: str
    paper: str | None
    date: str | None
    page: str | None
    snippet: str


@dataclass(frozen=True)
class ImportResult:
    """What became of one path imported: the status, the issue and the words for the reader."""

    source: str
    status: Status
    issue_id: int | None
    message: str | None
    first_new_key: str | None


def now() -> str:
    """The time as the library stores it (import, bookmark, read state): UTC, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


ISSUE_FIELDS = _names(IssueRow)
ISSUE_COLUMNS = ", ".join(ISSUE_FIELDS)
# A bookmark's stored fields: all but issue_removed, which is found, not kept.
BOOKMARK_FIELDS = _names(Bookmark)[:-1]
BOOKMARK_COLUMNS = ", ".join(BOOKMARK_FIELDS)
ARTICLE_FIELDS = _names(model.Article)
ARTICLE_COLUMNS = ", ".join(ARTICLE_FIELDS)
# Fields of an article stored as JSON lists.
_LISTS = frozenset(f.name for f in fields(model.Article) if str(f.type).startswith("tuple"))


def issue_rows(rows: Iterable[Sequence[Any]]) -> list[IssueRow]:
    # A frozen dataclass's __init__ costs more than the query when listing 10,000 issues;
    # filling __dict__ directly makes the same objects three times as fast.
    out = []
    new = object.__new__
    for row in rows:
        item = new(IssueRow)
        item.__dict__.update(zip(ISSUE_FIELDS, row, strict=True))
        out.append(item)
    return out


def bookmark_from_row(row: Sequence[Any]) -> Bookmark:
    """From the stored fields and whether the article is gone, as _BOOKMARK_SELECT reads them."""
    stored = dict(zip(BOOKMARK_FIELDS, row[:-1], strict=True))
    return Bookmark(**stored, issue_removed=bool(row[-1]))


# One encoder for all: json.dumps with options builds a new one each call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json(value: Any) -> str:
    return _ENCODE(list(value)) if value else "[]"


def article_values(a: model.Article) -> tuple[Any, ...]:
    """The article as its stored columns, in the order of ARTICLE_COLUMNS."""
    values: list[Any] = []
    for name in ARTICLE_FIELDS:
        value = getattr(a, name)
        if name == "images":
            value = _json({"src": i.src, "caption": i.caption} for i in value)
        elif name in _LISTS:
            value = _json(value)
        elif name == "saved":
            value = int(value)
        values.append(value)
    return tuple(values)


def article_from_row(row: Sequence[Any]) -> model.Article:
    """An article from its stored columns. A list that is no longer JSON (a damaged byte)
    reads as empty rather than failing the page it is on."""
    data = dict(zip(ARTICLE_FIELDS, row, strict=True))
    for name in _LISTS:
        data[name] = tuple(json_list(data[name]))
    data["images"] = tuple(
        model.Image(i.get("src"), i.get("caption")) for i in data["images"] if isinstance(i, dict)
    )
    data["saved"] = bool(data["saved"])
    return model.Article(**data)


# True for an article whose JSON lists can all still be read (checked by SQLite itself).
ARTICLE_READABLE = " AND ".join(f"json_valid({name})" for name in sorted(_LISTS))


def damaged_fields(row: Sequence[Any]) -> list[str]:
    """The list fields of stored article columns that are no longer JSON lists (a byte
    changed on disk): such an article cannot be shown as it was."""
    data = dict(zip(ARTICLE_FIELDS, row, strict=True))
    return [name for name in sorted(_LISTS) if not _is_json_list(data[name])]


def _is_json_list(text: Any) -> bool:
    try:
        return isinstance(json.loads(text), list)
    except (TypeError, ValueError):
        return False


def json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


# --- text the library can store -----------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` as SQLite can store it. A lone surrogate (a byte of a file name that is not
    UTF-8, kept by Python as U+DC80…U+DCFF) becomes its escape, so the text stays distinct."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def storable_or_none(text: str | None) -> str | None:
    return None if text is None else storable(text)


def storable_issue(issue: model.Issue) -> model.Issue:
    """`issue` with every text SQLite can store: a file name that is not UTF-8 names the
    source, and may name the paper or a picture."""
    texts = [issue.paper, issue.date, issue.source, *(p.name for p in issue.pages)]
    texts += [p.code for p in issue.pages]
    for a in issue.articles:
        texts += [getattr(a, name) for name in ARTICLE_FIELDS if name not in _LISTS]
        texts += [*a.paragraphs, *a.captions, *a.pages]
        texts += [t for image in a.images for t in (image.src, image.caption)]
    if all(t is None or not isinstance(t, str) or _storable(t) for t in texts):
        return issue  # the usual case: nothing copied
    return _rebuilt(issue)


def _storable(text: str) -> bool:
    return text.isascii() or not _SURROGATE.search(text)


def _rebuilt(issue: model.Issue) -> model.Issue:
    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return storable(value)
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: fix(getattr(value, f.name)) for f in fields(value)}
            return dataclasses.replace(value, **changes)
        return value

    rebuilt: model.Issue = fix(issue)
    return rebuilt
