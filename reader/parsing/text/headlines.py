"""Headline blocks of a text dump: kicker, title and subtitle."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.parsing.conventions import display_width as width
from reader.parsing.conventions import tidy
from reader.parsing.text.lines import has_spaced_parts

_FIGURES = re.compile(
    r"^(?:\d|[一二三四五六七八九十百千万两]+[个项家名亿万元户人]|总投资|总额|同比|累计|全年|共计)"
)
_OPENING = re.compile(r"[^。！？!?]*[！？!?]*")
_HANGUL = re.compile("[\uac00-\ud7af]")
_DASH_START = re.compile(r"^(?:——|—|--|－－)")
# Two clauses at most this wide, side by side, make one title; up to _PUNCHY_MAX it is a
# main title even under another line (`舱外安装忙 太空物流畅`).
_CLAUSE_PAIR_MAX = 10
_PUNCHY_MAX = 8


class Headline(NamedTuple):
    """The parts of a headline block: main title, kicker (引题) and subtitle (副题)."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None


def headline_parts(parts: list[str]) -> Headline:
    """Kicker, title and subtitle from the lines (or spaced parts) of a headline block."""
    if all(p.isascii() for p in parts):
        return _english_parts(parts)
    if len(parts) == 1:
        return Headline(parts[0])
    if _DASH_START.match(parts[1]):
        return Headline(parts[0], subtitle=" ".join(parts[1:]))
    if len(parts) == 2 and not _kicker_first(parts[0], parts[1]):
        return Headline(parts[0], subtitle=parts[1])
    return Headline(parts[1], kicker=parts[0], subtitle=" ".join(parts[2:]) or None)


def _kicker_first(first: str, second: str) -> bool:
    """Of two headline lines, is the first the kicker (引题) rather than the main title?"""
    if first.endswith(("——", "—", "：", ":")):
        return True  # `东风公司近4万退休职工划归张湾区管理——`
    if _is_clause_pair(second, longest=_PUNCHY_MAX):
        return True  # `舱外安装忙 太空物流畅` under its kicker
    # without a dash a second line is the main title (subtitles usually open with ——),
    # unless it is in longer spaced parts (`以仁心仁术造福当地人民 以实际行动讲好中国故事`,
    # `研究部署… 审议…`) or gives the figures (`总投资一百二十亿元`)
    return not has_spaced_parts(second) and not _FIGURES.match(second)


def _is_clause_pair(text: str, longest: float) -> bool:
    halves = text.split(" ")
    return len(halves) == 2 and _clause_pair(halves[0], halves[1], longest=longest)


def _english_parts(parts: list[str]) -> Headline:
    """Headline and standfirst; a first line of one or two capital words is a kicker."""
    kicker = None
    if len(parts) > 1 and parts[0].isupper() and (len(parts) > 2 or len(parts[0].split()) <= 2):
        kicker, parts = parts[0], parts[1:]
    return Headline(parts[0], kicker=kicker, subtitle=" ".join(parts[1:]) or None)


def drop_combined(run: list[str]) -> list[str]:
    """Drop a line that only repeats the lines after it run together (`A B` above `A`, `B`)."""
    squeezed = [re.sub(r"\s+", "", t) for t in run]
    return [
        text
        for k, text in enumerate(run)
        if not (len(run) - k > 2 and squeezed[k] == "".join(squeezed[k + 1 :]))
    ]


def split_one_line(text: str) -> list[str]:
    """`引题 主题 副题` printed on one line; two short matching clauses stay one title."""
    if text.isascii() or _HANGUL.search(text):  # words are spaced: only wide gaps part
        pieces = [p for p in re.split(r"\s{2,}", text.strip()) if p]
    else:
        pieces = [
            p for p in re.split(r"(?<=[^\x00-\x7f])[ \u3000\u00a0]+(?=[^\x00-\x7f])", text) if p
        ]
    merged: list[str] = []
    for piece in pieces:
        if merged and _clause_pair(merged[-1], piece):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return [tidy(p) for p in merged]


def matched_lines(lines: list[str]) -> list[str]:
    """Two short lines of equal length over each other (`东贝电机` ⏎ `产销两旺`) are one title."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and " " not in out[-1]
            and width(out[-1]) <= 8
            and abs(width(out[-1]) - width(line)) <= 1
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _clause_pair(first: str, second: str, longest: float = _CLAUSE_PAIR_MAX) -> bool:
    if " " in first or _DASH_START.match(second) or first.endswith(("—", "：", ":")):
        return False
    a, b = width(first), width(second)
    return a <= longest and b <= longest and abs(a - b) <= 2


def is_subtitle(text: str) -> bool:
    """`——…`: a subtitle line."""
    return bool(_DASH_START.match(text))


def title_from_text(text: str) -> str:
    """A title for text printed without one: its opening words."""
    found = _OPENING.match(text)  # a question or exclamation keeps its mark
    opening = (found[0] if found else "") or text
    return opening if len(opening) <= 24 else opening[:20].rstrip("，,、；; ") + "…"
