"""Newspaper conventions both parsers read alike: bylines, datelines, sign-offs, captions."""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from reader.parsing.vocabulary import (
    AGENCIES,
    COMPOUND_SURNAMES,
    CREDIT_LABELS,
    DATE,
    DRAWING_CREDITS,
    EDITOR_ROLES,
    END_MARKS,
    HAN,
    NEWS_DESK,
    OWN_DESKS,
    PAGE,
    PHOTO_CREDITS,
    REPORTER_ROLES,
    SALUTATIONS,
    SURNAMES,
    any_of,
    page_code,
)


class Part(Enum):
    """What a short line or paragraph of an article's body is, by newspaper convention."""

    TEXT = "text"
    REPORTER = "reporter line"  # 本报记者　王蕾　通讯员　陈明, By Tom Reilly
    SIGN_OFF = "sign-off"  # (高美梅), （北京青年报）, （完）
    ROLE = "role line"  # 【记者】柳时强
    CAPTION = "caption"  # 图为…, …（新华社发）, （记者 周鹏 摄）
    EDITOR = "editor line"  # 责任编辑：林晓, 【校对】梁飞飞: the page's makers, no byline
    CONT = "continuation mark"  # （转第2版）, （上接第1版）

    # Members are singletons: hashing by identity keeps the text parser's per-line lookup
    # cheap (Enum hashes the member's name in Python).
    __hash__ = object.__hash__


_FINAL = frozenset("。！？!?….．:：")
_CLOSERS = "”’\"'』」）)】]》"
_SPACES = re.compile(r"[\s\u3000\u00a0]+")
_SPACE_BEFORE_BRACKET = re.compile(r"(?<=[^\x00-\x7f]) (?=（)")
_PADDED_NAME = re.compile(rf"(?<![{HAN}])([{HAN}])[ \u3000]{{2,}}([{HAN}])(?![{HAN}])")
_EDITOR_ROLE = any_of(EDITOR_ROLES)
_EDITOR = re.compile(rf"^{_EDITOR_ROLE}\s*[:：/／|]|^【\s*{_EDITOR_ROLE}\s*】")
_EDITOR_NAME = re.compile(rf"^(?:本版编辑|责任编辑)[{HAN}]{{2,4}}$")

CONT_TO = re.compile(
    rf"[（(]\s*(?:下转|转至|转见|转|续见|接续)\s*(?:第\s*)?(?P<page>{PAGE})\s*版"
    r"(?:[^()（）]{0,6})?[)）]"
    r"|\(?\b(?:Continued|Cont\.|See\s+\S+,?)\s+(?:on\s+)?(?:Page|P\.)\s*(?P<en>[A-Z]?\d{1,3})\b\)?",
    re.IGNORECASE,
)
CONT_FROM = re.compile(
    rf"[（(]\s*(?:上接|紧接|承接|接|续|承)\s*(?:第\s*)?(?P<page>{PAGE})\s*版"
    r"(?:[^()（）]{0,6})?[)）]"
    r"|\(?\b(?:Continued|Cont\.)\s+from\s+(?:Page|P\.)\s*(?P<en>[A-Z]?\d{1,3})\b\)?",
    re.IGNORECASE,
)

_CLOSING = re.compile(r"^[（(]\s*(?P<who>[^()（）。！？]{1,40}?)\s*[)）]$")
_ENUMERATION = re.compile(r"^[一二三四五六七八九十百\d]{1,4}$")
_ROLE = any_of(REPORTER_ROLES)
_CREDIT_LABEL = any_of(CREDIT_LABELS)
_ROLE_LINE = re.compile(
    rf"^【\s*(?P<role>{_ROLE}|{_CREDIT_LABEL})\s*】\s*(?P<who>[^，,。；;！？]{{1,30}})$"
)
_BULLET = "□■◎●○◆◇▲△▼※★☆"
# `记者手记`, `记者观察`: columns, not a reporter's name after the role
_NOT_A_NAME = r"(?:手记|札记|笔记|观察|调查|来信|视点|走基层|探访|见闻|节|证|站|团)"
_REPORTER = re.compile(
    rf"^(?:[{_BULLET}]\s*[{HAN}](?:\s*[{HAN}]){{1,2}}$"
    rf"|[{_BULLET}]\s*[{HAN}]{{0,10}}?{_ROLE}"
    rf"|[{HAN}]{{0,10}}?{_ROLE}(?:[\s:：]|$)"
    rf"|[{HAN}]{{0,4}}?{_ROLE}(?!{_NOT_A_NAME})[{HAN}]{{2,4}}$"
    rf"|{_CREDIT_LABEL}\s*[/／:：]"
    r"|(?:By|BY)\s+[A-Z][\w.'’-]*(?:[\s,]+(?:[A-Z][\w.'’-]*|and|&|in|de|van|von))*$)"
)
_BYLINE_LABEL = re.compile(r"^(?:By|BY)\s+|^(?:作者|撰文)\s*[:：]\s*")
_REPORTER_BODY = re.compile(rf"^[{_BULLET}{HAN}·•、/／:：\s]*$")

# ▲ points up at the picture a caption belongs to (last: first it slows every match)
_CAPTION_START = re.compile(
    r"^(?:[图圖][为為]|[上下左右中][图圖]|[图圖][①-⑳\d]|图片说明|圖片說明|[图圖]\s*[:：]"
    r"|(?i:photo|picture|above)\s*:|[▲△])"
)
_CREDIT_END = re.compile(
    rf"(?:[（(][^()（）]{{0,40}}?{any_of(PHOTO_CREDITS + DRAWING_CREDITS)}\s*[)）]"
    r"|[\s\u3000](?:摄|攝)(?:影)?|\s供[图圖]"
    r"|\((?i:photo|picture|image)\b[^()]{0,40}\))$"
)
_PHOTO_CREDIT = re.compile(rf"^[^文]*{any_of(PHOTO_CREDITS)}$")

_AGENCY = f"(?:{any_of(AGENCIES + OWN_DESKS)}|{NEWS_DESK})"
_NUMERAL = "[一二三四五六七八九十廿卅]"
_DAY = rf"(?:\d{{1,2}}月\d{{1,2}}日|{_NUMERAL}{{1,3}}日|\d{{1,2}}日)"
_WIRE = "(?:急|专|專|特)?(?:电|電)"  # 电, and 急电 for an urgent one
_NEWS = "(?:讯|訊)"
# Where a dateline with neither day nor 日 ends: a bracket, a space, a colon or the end.
_CLOSED = r"(?=[\s:：，,（(】\]〕]|$)"
_CORE = (
    rf"(?:据|據)?{_AGENCY}(?:{_NEWS}|消息"  # 本报讯
    rf"|(?:[{HAN}]{{1,8}}?)?{_DAY}(?:{_WIRE}|{_NEWS})"  # 新华社北京3月11日电, 本报北京3月5日讯
    rf"|[{HAN}]{{1,8}}?{_NUMERAL}{{1,3}}{_WIRE}"  # 新华社淮阴十四电: the day without its 日
    rf"|[{HAN}]{{1,12}}?(?<!通){_NEWS}{_CLOSED}"  # 新华社某某总分社讯, 本市讯
    rf"|[{HAN}]{{0,8}}?{_WIRE}{_CLOSED})"  # 据新华社电, 新华社伦敦电
)
# `【临江消息】`: a place's news, a dateline only inside the square brackets
_PLACE_NEWS = rf"[{HAN}]{{1,8}}?消息"
_DATELINE = re.compile(
    rf"^(?:【\s*(?P<b>(?:{_CORE}|{_PLACE_NEWS})[^】]{{0,10}}?)\s*】|\[(?P<s>{_CORE})\]|(?P<c>{_CORE})"
    rf"|[（(]\s*(?P<p>{_AGENCY}(?:[{HAN}]{{0,8}}?{_DAY}?(?:{_WIRE}|{_NEWS}))?)\s*[)）](?=\S))"
    rf"(?P<day>\s*{_DAY}(?![{HAN}]))?"
    r"(?P<paren>\s*[（(][^）)。]{1,40}[)）])?"
    # `本报讯 通讯员李青、记者王明报道：`: who reported it, after the dateline
    rf"(?P<said>\s*[^\s：:，,。（(]{{0,4}}?{_ROLE}[^：:，,。（()）]{{1,30}}?报道\s*[:：])?"
    # `TNW中文站 10月14日报道`, `某某科技讯 3月2日消息`: a site's source line, spaced from its day
    rf"|^(?P<web>[^\s，。,、：:]{{2,14}}\s+{_DAY}(?:报道|報導|消息|电|電))(?=[\s，,：:]|$)"
    r"|^(?P<tw>[〔【\[]\s*(?:[^〕】\]]{0,6}記者|记者)[^〕】\]]{1,30}(?:報導|报道)\s*[〕】\]])"
    # `MONTGOMERY, Ala. --`, `WASHINGTON (Aug. 13) --`: a place in capitals, its state, a day
    r"|^(?P<en>[A-Z][A-Z .'-]{2,24}(?:,\s(?:[A-Z][a-z]{0,5}\.|(?:[A-Z]\.\s?){2}|[A-Z][a-z]{2,12}))?"
    r"(?:\s*\([A-Za-z0-9 .]{2,30}\))?"
    r"|[A-Z][A-Za-z .'-]{2,24}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?\s*\([A-Z][A-Za-z .]{1,30}\))"
    r"\s*[—–-]{1,2}\s"
)
_SOURCE_LINE = re.compile(
    rf"^《\s*[^《》]{{2,20}}?\s*》\s*[（(][^()（）]{{0,24}}?{PAGE}\s*版\s*[)）]$"
)
_REPORTER_IN_PAREN = re.compile(_ROLE)
_SPACES = re.compile(r"[\s\u3000]+")
# What may stand beside a name that is credited twice: roles, agencies, a salutation.
_CREDIT_WORDS = re.compile(
    rf"(?:{_ROLE}|{any_of(SALUTATIONS)}|{any_of(AGENCIES + OWN_DESKS)}|特派|[、，,/／·])*"
)
_NAME_SEPARATORS = re.compile(r"[\s\u3000、，,·]+")
_HAN_ONLY = re.compile(f"[{HAN}]+")


def display_width(text: str) -> float:
    """Length in CJK characters: a Latin letter counts half."""
    n = len(text)
    wide = (len(text.encode("utf-8")) - n) / 2
    return wide + (n - wide) / 2


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _FINAL


def tidy(text: str) -> str:
    """One field's text: padded names closed up, runs of spaces reduced to one, none
    before a full-width bracket."""
    text = _SPACES.sub(" ", _PADDED_NAME.sub(r"\1\2", text)).strip()
    return _SPACE_BEFORE_BRACKET.sub("", text) if " （" in text else text


def classify(text: str) -> tuple[Part, str | None]:
    """What a stripped, non-blank body line is, and the byline it gives (SIGN_OFF, ROLE:
    '' for an end mark such as `（完）` that names nobody)."""
    sentence = sentence_part(text)
    if sentence is not None:
        return sentence, None
    if is_editor_line(text):
        return Part.EDITOR, None
    if is_continuation_mark(text):
        return Part.CONT, None
    return credit_part(text)


def sentence_part(text: str) -> Part | None:
    """TEXT or CAPTION for a line that plainly ends a sentence (no byline or label does);
    None when it takes a closer look."""
    if text[-1] in "。！？!?" and len(text) > 8:
        return Part.CAPTION if _CAPTION_START.match(text) else Part.TEXT
    return None


def credit_part(text: str) -> tuple[Part, str | None]:
    """A sign-off, role line, reporter line or caption by its form alone, else TEXT."""
    if len(text) <= 80:
        closing = closing_byline(text)
        if is_photo_credit(closing):
            return Part.CAPTION, None  # `（记者 周鹏 摄）` under a caption
        if closing is not None:
            return (Part.ROLE if text[0] == "【" else Part.SIGN_OFF), closing
        if is_reporter_line(text):
            return Part.REPORTER, None
    return (Part.CAPTION, None) if is_caption(text) else (Part.TEXT, None)


def is_editor_line(text: str) -> bool:
    """`责任编辑：林晓`, `本版编辑/陈广江`, `【校对】梁飞飞`: who made the page, not the story."""
    return bool(_EDITOR.match(text) or _EDITOR_NAME.match(text))


def is_continuation_mark(text: str) -> bool:
    """A line that is only `（转第2版）` or `（上接第1版）`."""
    return len(text) <= 32 and bool(CONT_TO.fullmatch(text) or CONT_FROM.fullmatch(text))


def marked_page(mark: re.Match[str]) -> str | None:
    """The page a continuation mark points to, as a page code."""
    return page_code(mark["page"] or mark["en"])


def may_mark_continuation(text: str) -> bool:
    """Cheap test before the continuation patterns: `版` or `Page` must be in the text."""
    return "版" in text or "age" in text or "AGE" in text


def closing_byline(text: str) -> str | None:
    """The byline of a line that is only `(高美梅)`, `（刘洋　文/摄）` or `【记者】柳时强`;
    '' for an end mark such as `（完）` or an editor's credit `（责编：…）`; else None."""
    role = _ROLE_LINE.match(text)
    if role:
        return tidy(f"{role['role']} {role['who']}")
    m = _CLOSING.match(text)
    if not m or _ENUMERATION.match(m["who"]) or DATE.fullmatch(m["who"].strip()):
        return None
    who = tidy(m["who"])
    return "" if who.casefold() in END_MARKS or _EDITOR.match(who) else who


def is_photo_credit(byline: str | None) -> bool:
    """`记者 周鹏 摄`, `新华社发`: what a closing parenthesis names is a picture's source."""
    return bool(byline and _PHOTO_CREDIT.search(byline))


def is_reporter_line(text: str) -> bool:
    """`本报记者　王蕾　通讯员　陈明`, `□ 湖北日报评论员`, `■ 记者 李艳玫`, `By Tom Reilly`."""
    if display_width(text) > 40 or ends_sentence(text) or not _REPORTER.match(text):
        return False
    return text.startswith(("By ", "BY ")) or bool(_REPORTER_BODY.match(text))


def is_name_line(text: str) -> bool:
    """`李明`, `李  明`, `张三 李四`: a line that is only one to four people's names."""
    if len(text) > 24:
        return False
    parts = [p for p in _NAME_SEPARATORS.split(text) if p]
    if parts and all(len(p) == 1 for p in parts):
        parts = ["".join(parts)]  # `李 明`: one name spaced out
    return 1 <= len(parts) <= 4 and all(_is_name(p) for p in parts)


def _is_name(word: str) -> bool:
    if word[:2] in COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4 and bool(_HAN_ONLY.fullmatch(word))
    return word[0] in SURNAMES and 2 <= len(word) <= 3 and bool(_HAN_ONLY.fullmatch(word))


def reporter_byline(text: str) -> str:
    """The byline of a reporter line, without its bullet or a `By`/`作者：` label."""
    text = _BYLINE_LABEL.sub("", text.lstrip(_BULLET).strip())
    return tidy(text)


class Credits(NamedTuple):
    """What the conventions tell of a story's paragraphs: its byline and dateline, and the
    paragraphs left once reporter, sign-off, role and editor lines are taken out."""

    byline: str | None
    dateline: str | None
    paragraphs: list[str]


def credits(paragraphs: list[str], author: str | None = None) -> Credits:
    """Reporter lines opening the body (else the page's `author`), sign-offs and role lines
    closing it, and the dateline of the first paragraph, which stays whole."""
    start, end = 0, len(paragraphs)
    opening: list[str] = []
    while start < end and len(opening) < 2:
        part, note = classify(paragraphs[start])
        if part is Part.REPORTER:
            opening.append(reporter_byline(paragraphs[start]))
        elif part is Part.SIGN_OFF and _opening_credit(note) and start + 1 < end:
            opening.append(note or "")  # `（新华社特派记者王青）` set under the headline
        elif part is not Part.EDITOR:
            break
        start += 1
    closing: list[str] = []  # last first
    while start < end:
        part, note = classify(paragraphs[end - 1])
        if part is Part.SIGN_OFF or part is Part.ROLE:
            closing.append(note or "")
        elif part is not Part.EDITOR:
            break
        end -= 1
    body = paragraphs[start:end]
    dateline, named = dateline_of(body[0]) if body else (None, None)
    byline = join_bylines((opening or ([author] if author else [])) + closing[::-1])
    return Credits(byline or named, dateline, body)


def _opening_credit(note: str | None) -> bool:
    """A bracketed line over the text credits a reporter when it names the role; other
    brackets there (`（摘要）`, `（续完）`) are the text's own."""
    return bool(note and _REPORTER_IN_PAREN.search(note))


def join_bylines(bylines: list[str]) -> str | None:
    """One byline from the reporter lines, sign-offs and role lines of a story, in order; a
    credit that only names again someone named before (the author `江城县委`, then the
    signature `江城县委敬贺`; `本报记者 王青`, then `（王青）`) is not said twice."""
    kept: list[str] = []
    for byline in bylines:
        if byline and not any(_same_credit(byline, earlier) for earlier in kept):
            kept.append(byline)
    return " / ".join(kept) or None


def _same_credit(one: str, other: str) -> bool:
    a, b = sorted((_SPACES.sub("", one), _SPACES.sub("", other)), key=len)
    return bool(a) and a in b and _CREDIT_WORDS.fullmatch(b.replace(a, "", 1)) is not None


def is_source_line(text: str) -> bool:
    """`《江城日报》（2019年03月01日 第 04 版）`: where an article was printed, set by the
    screen it was copied from; neither its text nor a caption."""
    return len(text) <= 60 and _SOURCE_LINE.match(text) is not None


def is_caption(text: str, *, beside_picture: bool = False) -> bool:
    """`图为…`, or a short line ending in a picture credit; right beside a picture, a
    credit ends a caption however long it is."""
    if _CAPTION_START.match(text):
        return display_width(text) <= 300
    if beside_picture:
        return len(text) <= 300 and _ends_in_credit(text)
    return len(text) <= 120 and display_width(text) <= 60 and _ends_in_credit(text)


def _ends_in_credit(text: str) -> bool:
    return bool(_CREDIT_END.search(text, max(0, len(text) - 50)))


def split_credit(text: str) -> tuple[str, str] | None:
    """(paragraph, credit) of a long paragraph that ends in a picture credit, else None."""
    if not _ends_in_credit(text):
        return None
    cut = max(text.rfind(ch) for ch in "。！？!?")
    if cut < 0 or len(text) - cut > 40:
        return None
    return text[: cut + 1].rstrip(), text[cut + 1 :].strip()


def opens_with_dateline(text: str) -> bool:
    return bool(_DATELINE.match(text))


def is_bare_dateline(text: str) -> bool:
    """A piece of text that is a dateline and nothing more (`本报北京9月30日电`)."""
    m = _DATELINE.match(text)
    return m is not None and m.end() >= len(text.rstrip())


def dateline_of(paragraph: str) -> tuple[str | None, str | None]:
    """The dateline opening a first paragraph, and the reporter named in it, if any."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None, None
    if m["en"] or m["web"]:
        return tidy(m["en"] or m["web"]).rstrip(" -—–"), None
    if m["tw"]:
        dateline = tidy(m["tw"][1:-1])
        return dateline, re.split(r"[／/]", dateline)[0]
    core = m["b"] or m["s"] or m["c"] or m["p"]
    paren = (m["paren"] or "").strip()
    # `（记者 张晨）` after the dateline names the byline, not the place and day;
    # `（迟到）` is a note on the story: neither
    reporter = tidy(paren[1:-1]) if _REPORTER_IN_PAREN.search(paren) else None
    if m["said"] and not reporter:
        reporter = tidy(m["said"].strip().rstrip(":：").strip()[: -len("报道")])
    # `本报讯 11月5日` names its day; after `…3月11日电` a date opens the first sentence
    day = m["day"] or "" if core.endswith(("讯", "訊")) else ""
    return tidy(core + day), reporter
