"""Bookmarks for reference managers: RIS and CSL-JSON records of newspaper articles, with the
page (版) as the page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from reader.export.bylines import authors
from reader.library import Bookmark
from reader.render import is_chinese, page_number

_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def language(bookmark: Bookmark) -> str:
    """ "zh" for a story of a Chinese paper, else "en"."""
    return "zh" if is_chinese(bookmark.title) or is_chinese(bookmark.paper) else "en"


# --- RIS -----------------------------------------------------------------------------------


def ris(bookmarks: Iterable[Bookmark]) -> str:
    """The bookmarks as RIS records (type NEWS), lines ending in CR LF as the format asks."""
    return "".join(_ris_record(b) for b in bookmarks)


def _ris_record(b: Bookmark) -> str:
    parts = _date_parts(b.date)
    fields = [
        ("TY", "NEWS"),
        *(("AU", name) for name in authors(b.byline)),
        ("TI", b.title),
        ("T2", b.paper),
        ("PY", str(parts[0]) if parts else None),
        ("DA", "/".join(f"{n:02d}" for n in parts) + "/" if parts else None),
        ("SP", page_number(b.page) if b.page else None),
        ("LA", language(b)),
        ("N1", b.note),
        ("ID", b.key),
    ]
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in fields if value]
    return "\r\n".join([*lines, "ER  - ", "", ""])


def _one_line(text: str) -> str:
    """RIS has no line breaks inside a field."""
    return " ".join(text.split())


# --- CSL-JSON ------------------------------------------------------------------------------


def csl_json(bookmarks: Iterable[Bookmark]) -> str:
    """The bookmarks as a CSL-JSON array of "article-newspaper" items."""
    items = [csl_item(b) for b in bookmarks]
    return json.dumps(items, ensure_ascii=False, indent=1) + "\n"


def csl_item(b: Bookmark) -> dict[str, Any]:
    item: dict[str, Any] = {"id": b.key, "type": "article-newspaper", "title": b.title}
    names = [_csl_name(n) for n in authors(b.byline)]
    optional: dict[str, Any] = {
        "author": names,
        "container-title": b.paper,
        "issued": _csl_date(b.date),
        "page": page_number(b.page) if b.page else None,
        "language": language(b),
        "note": b.note,
        "accessed": _csl_date(b.created[:10]),
    }
    item.update((k, v) for k, v in optional.items() if v)
    return item


def _csl_name(name: str) -> dict[str, str]:
    """A Western name as family and given name; a Chinese one whole, as it is written."""
    parts = name.split()
    if is_chinese(name) or len(parts) < 2:
        return {"literal": name}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def _csl_date(text: str | None) -> dict[str, list[list[int]]] | None:
    parts = _date_parts(text)
    return {"date-parts": [parts]} if parts else None


def _date_parts(text: str | None) -> list[int]:
    """[2026, 3, 12] from "2026-03-12"; [2026, 3] from "2026-03"; [] from anything else."""
    found = _DATE.fullmatch(text or "")
    return [int(x) for x in found.groups() if x] if found else []
