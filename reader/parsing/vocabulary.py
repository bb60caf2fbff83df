"""The words both parsers read a newspaper by: dates, page codes, paper names, credit words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.cjk import HAN
from reader.parsing.credits import (
    AGENCIES,
    COMPOUND_SURNAMES,
    CREDIT_LABELS,
    DRAWING_CREDITS,
    EDITOR_ROLES,
    END_MARKS,
    OWN_DESKS,
    PHOTO_CREDITS,
    REPORTER_ROLES,
    SALUTATIONS,
    SURNAMES,
)

__all__ = [
    "AGENCIES",
    "COMPOUND_SURNAMES",
    "CREDIT_LABELS",
    "DATE",
    "DRAWING_CREDITS",
    "EDITION_SUFFIX",
    "EDITOR_ROLES",
    "END_MARKS",
    "HAN",
    "NEWS_DESK",
    "OWN_DESKS",
    "PAGE",
    "PAPER_ENDING",
    "PAPER_NAME_ENDING",
    "PHOTO_CREDITS",
    "REPORTER_ROLES",
    "SALUTATIONS",
    "SURNAMES",
    "any_of",
    "iso_date",
    "match_date",
    "page_code",
    "page_order",
    "paper_name",
    "path_date",
]


def any_of(words: Iterable[str]) -> str:
    """A non-capturing group matching any of the words, the longest tried first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# --- dates -------------------------------------------------------------------------------------

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = any_of(_MONTHS)
# `2026年3月12日`, `2025.12.22`, `2023-02-10`, `May 18, 2026`, `JANUARY 1. 1916`, `18 May 2026`
DATE = re.compile(
    r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|(?<!\d)(?P<y2>\d{4})[.\-/](?P<m2>\d{1,2})[.\-/](?P<d2>\d{1,2})(?!\d)"
    rf"|\b(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})[,.]?\s+(?P<y3>\d{{4}})\b"
    rf"|\b(?P<d4>\d{{1,2}})\s+(?P<m4>{_MONTH})\.?,?\s+(?P<y4>\d{{4}})\b",
    re.IGNORECASE,
)
# A date in a saved page's path: html/2023-02/10/, content/202302/11/, _20171016_
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})[/_-]?(\d{2})(?!\d)")


def match_date(match: re.Match[str]) -> str | None:
    """A DATE match as an ISO date (2026-03-12), or None when it names no real day."""
    g = match.groupdict()
    for i in "1234":
        if g[f"y{i}"]:
            month = g[f"m{i}"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            return _iso(int(g[f"y{i}"]), number, int(g[f"d{i}"]))
    return None


def iso_date(text: str | None) -> str | None:
    """The first real date written in the text, as an ISO date."""
    for match in DATE.finditer(text or ""):
        date = match_date(match)
        if date:
            return date
    return None


def path_date(path: str) -> str | None:
    """A date in a saved page's path: html/2023-02/10/, content/202302/11/, _20171016_."""
    for match in _PATH_DATE.finditer(path):
        date = _iso(*(int(g) for g in match.groups()))
        if date:
            return date
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    if 1800 < year < 2200 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# --- page codes -------------------------------------------------------------------------------

# A page as printed: `3`, `03`, `A5`, `a01` (in `第3版`, `A5版`, `（转第2版）`).
PAGE = r"[A-Za-z]{0,2}\d{1,3}"
# A per-article corpus record's page line, 第3版(要闻), and its column label, 专栏：
RECORD_PAGE = rf"第\s*{PAGE}\s*版\s*[(（][^()（）\n]{{0,12}}[)）]"
COLUMN_LABEL = r"(?:专栏|專欄|栏目|欄目)\s*[:：]"
_PAGE_CODE = re.compile(r"^([A-Za-z]{0,2})0*(\d{1,3})$")
_SPACES = re.compile(r"\s+")


def page_code(text: str | None) -> str | None:
    """A page as the issue names it: `3` -> `03`, `a5` -> `A05`, `A 01` -> `A01`; None for
    anything that is not a page."""
    match = _PAGE_CODE.match(_SPACES.sub("", text or ""))
    if not match:
        return None
    letters, number = match.groups()
    return f"{letters.upper()}{int(number):02d}"


def page_order(code: str | None) -> tuple[int, str, int]:
    """Sort key: 01, 02 … before A01, A02, B01 …; unknown pages last."""
    match = _PAGE_CODE.match(code or "")
    if not match:
        return (2, "", 0)
    letters, number = match.groups()
    return (1 if letters else 0, letters.upper(), int(number))


# --- paper names ------------------------------------------------------------------------------

# How a paper's name ends (江城日报); PAPER_ENDING also allows a bare 报, for where the
# rest of the line shows it is a name.
_PAPER_WORDS = ("日报", "晚报", "早报", "晨报", "时报", "商报", "电讯")
_PAPER_WORDS_TRADITIONAL = ("日報", "晚報", "早報", "晨報", "時報", "商報", "電訊")
PAPER_NAME_ENDING = any_of((*_PAPER_WORDS, *_PAPER_WORDS_TRADITIONAL))
PAPER_ENDING = any_of((*_PAPER_WORDS, *_PAPER_WORDS_TRADITIONAL, "报", "報"))
# What an e-paper adds to the paper's name: 人民日报电子版, 江城日报社数字报,
# 江城日报多媒体数字报刊平台. It names the edition on a screen, not another paper.
_EDITION_WORDS = (
    "数字报", "数字报刊", "数字报纸", "电子报", "电子报刊", "电子报纸", "电子版", "数字版",
    "网络版", "手机版", "PDF版", "pdf版", "數字報", "數位報", "電子報", "電子版", "數字版",
)  # fmt: skip
EDITION_SUFFIX = f"(?:社)?(?:多媒体|多媒體)?{any_of(_EDITION_WORDS)}(?:平台|系统|系統)?"
_EDITION_AFTER_NAME = re.compile(
    rf"\s*[(（]?\s*[-–—·•|｜:：]?\s*{EDITION_SUFFIX}\s*[)）]?$"
    r"|\s*[-–—·•|｜:：]?\s*(?i:e-?edition|digital edition|online edition|electronic edition)$"
)
_NAME_QUOTES = re.compile(r"[《》〈〉「」『』“”\"]")
_PUBLISHER = re.compile(r"(?<=[报報])社$")
_NAME_SPACES = re.compile(r"\s+")
# What a name that needs work shows: an edition's word, quotes, a publisher, odd spacing.
_NAME_WORK = re.compile(r"[报報版刊社《》〈〉「」『』“”\"]|(?i:dition)|\s\s|[\t\n\r\u3000]")


def paper_name(text: str | None) -> str | None:
    """The one name of a paper, whatever edition or screen gave it: `江城日报多媒体数字报`,
    `《江城日报》数字报刊`, `江城日报社` and `江城日报 电子版` are all 江城日报."""
    if not text:
        return None
    if not _NAME_WORK.search(text):
        return text.strip() or None  # most names need nothing done
    name = _NAME_SPACES.sub(" ", _NAME_QUOTES.sub(" ", text)).strip()
    bare = _EDITION_AFTER_NAME.sub("", name)
    name = _PUBLISHER.sub("", bare or name)
    return name or None


# --- datelines: who reports from where ------------------------------------------------------

# A paper, site or station reporting: 江城日报, 人民网, 湖北台
NEWS_DESK = rf"[{HAN}]{{2,8}}?(?:{PAPER_ENDING}|网|網|台)"
