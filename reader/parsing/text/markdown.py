"""Markdown marks on a dump's lines: a day saved as `.md` marks its heads, not its words.

Scrapers write a day's pages as Markdown: `# 江城日报 2025年8月10日`, `## 第01版：要闻`,
`### 1. 标题`, `*副标题*`, `> 来源：…`, `---`. Without the marks the lines read as any dump's:
a page header, a numbered headline, a subtitle, a source line.
"""

from __future__ import annotations

import re

__all__ = ["looks_marked", "unmark"]

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
# Enough headings near the top to tell Markdown from a dump that has a `#` here and there.
_MIN_HEADINGS = 3
_SAMPLE = 20_000
_LINE_HEAD = re.compile(r"^[ \t]{0,3}(?:(?P<h>#{1,6})[ \t]+|>[ \t]?)")
_NUMBER = re.compile(r"^\d{1,3}[.．、]\s*(?=\S)")  # `### 1. 标题`: the list's number
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def looks_marked(text: str) -> bool:
    """Markdown: several heading lines (`#`, `##`, `###`) near the top."""
    return len(_HEADING.findall(text, 0, _SAMPLE)) >= _MIN_HEADINGS


def unmark(text: str) -> str:
    """The text with its Markdown marks taken off, one line for one line."""
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    if _RULE.match(line):
        return ""
    head = _LINE_HEAD.match(line)
    if head:
        line = line[head.end() :]
        if head["h"]:
            line = _NUMBER.sub("", _CLOSING_HASHES.sub("", line))
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub(r"\2", line)
    if "](" in line:
        line = _LINK.sub(r"\1", line)
    return line
