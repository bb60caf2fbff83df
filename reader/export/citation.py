"""Citing a bookmarked story as a newspaper article: GB/T 7714 for a Chinese paper, the
Chicago style for an English one.

Authors come from the byline: every person keeps their place; role words (记者, 本报记者,
通讯员, 特约记者, 实习生…) are taken off a name, never take it with them; datelines and
source notes (据新华社电, 新华社北京3月5日电, 来源：…) name no author.
"""

from __future__ import annotations

import re
from datetime import date

from reader.library import Bookmark

# More authors than this are cut to the first ones and 等 / et al.
MAX_AUTHORS = 3

_HAN = "\u4e00-\u9fff"
_BRACKETS = re.compile(r"[()（）【】\[\]□■《》<>]")
# Source notes and datelines, wherever they stand in a byline.
_SOURCE = re.compile(
    rf"据[{_HAN}]{{1,12}}?(?:电|报道|消息)"
    rf"|[{_HAN}]{{1,8}}社(?:[{_HAN}\d]{{0,12}}?月[\d]{{1,2}}日)?电"
    rf"|(?:稿件)?来源[:：]\S*|转(?:载)?自[:：]?\S*|本报讯|本报[{_HAN}\d]{{1,12}}?电"
)
_SEPARATORS = re.compile(r"[、，,;；/／|｜:：\s]+")
# A role word, with what may stand before it: 本报记者, 本报特约通讯员, 新华社记者, 驻京记者.
_ROLE = re.compile(
    rf"^(?:本报|特约|见习|首席|实习|全媒体|融媒体|[{_HAN}]{{1,4}}社|驻[{_HAN}]{{1,6}}?)*"
    r"(?:摄影记者|记者|通讯员|评论员|实习生|编辑|撰稿人?|摄影|作者|文字|整理)"
)
_MARKS = {"文", "图", "摄", "文图", "图文", "文并摄", "摄影", "报道", "综合", "整理", "等"}
_ENGLISH_ROLES = re.compile(
    r"\b(?:staff|reporter|writer|correspondent|editor|photographer|contributor|special"
    r"|senior|chief|political|business|sports|science|the)\b",
    re.IGNORECASE,
)
# Written out: strftime's month names follow the locale, which Qt sets from the system.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def citation(bookmark: Bookmark) -> str:
    """The bookmark cited as a newspaper article, in the style of its paper's language."""
    text = "".join(filter(None, (bookmark.paper, bookmark.title)))
    if text and not re.search(f"[{_HAN}]", text):
        return english_citation(bookmark)
    return chinese_citation(bookmark)


def chinese_citation(bookmark: Bookmark) -> str:
    """GB/T 7714: 作者. 题名[N]. 报纸名, 日期(版次)."""
    names = authors(bookmark.byline)
    shown = ", ".join(names[:MAX_AUTHORS]) + (", 等" if len(names) > MAX_AUTHORS else "")
    source = ", ".join(p for p in (bookmark.paper, bookmark.date) if p)
    if bookmark.page:
        source += f"({bookmark.page})"
    parts = [shown, f"{bookmark.title}[N]", source]
    return ". ".join(p for p in parts if p) + "."


def english_citation(bookmark: Bookmark) -> str:
    """Chicago, for a newspaper: Last, First, and First Last. “Headline.” Paper, Month D,
    YYYY, page."""
    names = authors(bookmark.byline)
    cited = [_inverted(names[0])] if names else []
    cited += names[1:MAX_AUTHORS]
    if len(names) > MAX_AUTHORS:
        shown = ", ".join(cited) + ", et al."
    else:
        shown = ", and ".join([", ".join(cited[:-1]), cited[-1]] if len(cited) > 1 else cited)
    where = ", ".join(p for p in (bookmark.paper, _english_date(bookmark.date), bookmark.page) if p)
    parts = [shown.rstrip(".") + "." if shown else "", f"“{bookmark.title}.”", where + "."]
    return " ".join(p for p in parts if p and p != ".")


def authors(byline: str | None) -> list[str]:
    """The people a byline names, in its order, without role words or source notes."""
    text = _SOURCE.sub(" ", _BRACKETS.sub(" ", byline or ""))
    if re.search("[A-Za-z]", text) and not re.search(f"[{_HAN}]", text):
        return _english_names(text)
    names: list[str] = []
    for token in _SEPARATORS.split(text):
        name = _name(token)
        if len(name) == 1 and names and len(names[-1]) == 1:
            names[-1] += name  # newspapers pad a two-character name: 张  娅
        elif name:
            names.append(name)
    return names


def _name(token: str) -> str:
    """A token of a byline without its role word and marks; empty if nothing else is left."""
    while (found := _ROLE.match(token)) is not None and found.end() > 0:
        token = token[found.end() :]
    if token in _MARKS:
        return ""
    if len(token) > 2 and token[-1] in "摄文" and re.fullmatch(f"[{_HAN}]+", token):
        token = token[:-1]  # 周鹏摄
    return token


def _english_names(text: str) -> list[str]:
    text = re.sub(r"^\s*by\s+", "", text.strip(), flags=re.IGNORECASE)
    chunks = re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", text, flags=re.IGNORECASE)
    names = [" ".join(chunk.split()) for chunk in chunks]
    return [n for n in names if n and not _ENGLISH_ROLES.search(n)]


def _inverted(name: str) -> str:
    """The first author as the style wants: Last, First."""
    parts = name.split()
    if len(parts) < 2 or not name.isascii():
        return name
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def _english_date(value: str | None) -> str | None:
    try:
        day = date.fromisoformat(value or "")
    except ValueError:
        return value
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
