"""Citing a bookmarked story as a newspaper article in the GB/T 7714 form."""

from __future__ import annotations

import re

from reader.library import Bookmark

# Role words around reporters' names that are not part of an author's name.
_ROLES = re.compile(
    r"\S*?(?:记者|通讯员|评论员|实习生)|文/摄|文／摄|摄影|[文图摄](?=$|[\s/／])|[()（）【】□■]"
)
_NAME_SEPARATORS = re.compile(r"[、，,;；/／]+|\s+and\s+", re.IGNORECASE)


def citation(bookmark: Bookmark) -> str:
    """The bookmark cited as a newspaper article in the GB/T 7714 form:
    作者. 题名[N]. 报纸名, 日期(版次)."""
    authors = _authors(bookmark.byline)
    source = ", ".join(p for p in (bookmark.paper, bookmark.date) if p)
    if bookmark.page:
        source += f"({bookmark.page})"
    parts = [authors, f"{bookmark.title}[N]", source]
    return ". ".join(p for p in parts if p) + "."


def _authors(byline: str | None) -> str:
    text = re.sub(r"^\s*by\s+", "", _ROLES.sub(" ", byline or ""), flags=re.IGNORECASE)
    names: list[str] = []
    for chunk in _NAME_SEPARATORS.split(text):
        if re.search(r"[A-Za-z]", chunk):
            names.append(" ".join(chunk.split()))
        else:
            names.extend(_chinese_names(chunk.split()))
    names = [n for n in names if n]
    if len(names) > 3:
        return ", ".join(names[:3]) + ", 等"
    return ", ".join(names)


def _chinese_names(parts: list[str]) -> list[str]:
    """Names split on spaces, single characters joined again: newspapers pad 张  娅."""
    names: list[str] = []
    for part in parts:
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += part
        else:
            names.append(part)
    return names
