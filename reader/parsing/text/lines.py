"""What each line of a plain-text newspaper dump is: page header, byline, caption or text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from reader.parsing.conventions import (
    CONT_FROM,
    CONT_TO,
    Part,
    closing_byline,
    credit_part,
    display_width,
    ends_sentence,
    is_bare_dateline,
    is_continuation_mark,
    is_editor_line,
    is_photo_credit,
    sentence_part,
    tidy,
)
from reader.parsing.vocabulary import (
    DATE,
    HAN,
    PAGE,
    PAPER_ENDING,
    PAPER_NAME_ENDING,
    match_date,
    page_code,
    paper_name,
)


class Kind(Enum):
    """What a line is. HEADER and META lines are read for paper, date and page, then dropped."""

    HEADER = "page header"  # 江城日报 2026年3月12日 第3版 经济
    META = "metadata"  # editor line, date line, e-paper leftovers
    TAG = "column line"  # 专栏:国际述评
    CONT = "continuation mark"  # （转第2版）, （上接第1版）
    CLOSING = "closing byline"  # (高美梅), 【记者】柳时强
    REPORTER = "reporter line"  # 本报记者　王蕾　通讯员　陈明
    CAPTION = "caption"  # 图为…, …（新华社发）
    TEXT = "text"  # headline or paragraph, decided by the parser


_WEEKDAY = re.compile(
    r"(?:星期|周|礼拜)[一二三四五六日天]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I
)
_PAGE = re.compile(
    r"第\s*(?P<a>[A-Za-z]{0,2}\s*\d{1,3})\s*版"
    rf"|(?<![\w.])(?P<b>{PAGE})\s*版(?=\s*[:：(（)）]|\s*$|\s+\S)"
    r"|\b(?:page|p\.)\s*(?P<c>[A-Z]?\d{1,3})\b",
    re.IGNORECASE,
)
_FOLIO = re.compile(
    r"^(?P<code1>[A-Z]{1,2}\d{1,2})\s+(?P<rest1>.+)$|^(?P<rest2>.+?)\s+(?P<code2>[A-Z]{1,2}\d{1,2})$"
)
_PAPER_WORD = re.compile(
    r"(?:报|刊|电讯|herald|times|news|post|daily|journal|gazette|tribune|star|chronicle"
    r"|telegraph|mail|review|observer|courier|guardian)$",
    re.IGNORECASE,
)
_FIELD_SEP = re.compile(r"\s{2,}|[|｜•()（）《》\[\]【】:：,，]|(?<=\S)\s+[-–—]+\s+")
_NAVIGATION = re.compile(
    r"上一版|下一版|上一期|下一期|返回目录|版面导航|版面[:：]?|当前版[:：]?|版次[:：]?|PDF\s*版?|\bPDF\b",
    re.IGNORECASE,
)
# Buttons and links of an e-paper screen, copied along with the page.
_SCREEN_WORDS = re.compile(
    r"上一篇|下一篇|上一版|下一版|上一期|下一期|返回目录|返回首页|返回|打印本页|打印|关闭窗口|关闭"
    r"|放大|缩小|字号|字体|分享到|收藏|版面导航|本版标题导航|标题导航|本版导航|PDF下载|下载PDF"
    r"|往期回顾|往期|查看原图|放大图片|大|中|小|默认|数字报|客户端|网站|手机版|电子版|首页|APP"
    r"|全文复制|复制全文|复制|语音播报|朗读|播报|分享|纠错|评论|点赞|返回顶部|顶部"
)
# The foot of a web page: copyright, licence numbers, the publisher's credit.
_SITE_FOOTER = re.compile(
    r"©|copyright|ICP[备证]|公网安备|版权所有|all rights reserved"
    rf"|^[{HAN}]{{2,20}}(?:出品|主办)$",
    re.IGNORECASE,
)
_NEIGHBOUR_LINK = re.compile(r"^(?:上一篇|下一篇|上篇|下篇)\s*[:：]")
_SCREEN_SEPARATORS = " \t\u3000|｜·•-—>»<«【】[]：:()（）/"
_PROSE_MARK = re.compile(r"[。！？；;]|[，,].*[，,]")
_FOUNDER_PAPER = re.compile(rf"(?<![{HAN}])[{HAN}]{{2,8}}{PAPER_ENDING}(?![{HAN}])")
_SITE_LABEL = re.compile(r"(?:来源|稿源|作者|记者|发布时间|发布日期|时间|编辑|浏览|阅读)\s*[:：]")
_SITE_FIELD = re.compile(r"(来源|稿源|作者|记者)\s*[:：]\s*([^\s|｜]+)")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# `春季招聘会提供岗位两万个 第2版`, `…（详见第3版）`: a front-page pointer to another page
_TEASER = re.compile(
    r"^[^。！？]{2,40}?(?:[（(]\s*(?:详见|见)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]"
    r"|\s+第?\s*[A-Z]?\d{1,3}\s*版)$"
)
# A line that is only the paper's name (人民日报), or its e-paper edition's (人民日报电子报).
_PAPER_ONLY = re.compile(rf"[{HAN}]{{2,8}}{PAPER_NAME_ENDING}")
_EDITION_NAME = re.compile(rf"[{HAN}]{{2,12}}")
_PAPER_MARK = re.compile(r"[报報]|电讯|電訊")
_COLUMN = re.compile(r"^(?:专栏|栏目)\s*[:：]\s*(?P<name>.{0,20})$")
_NON_STARTERS = frozenset("，。、；：！？）》」』”’,.;:!?)]…")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\u00a0]+(?=[^\x00-\x7f])")
_CLAUSE = re.compile(r"[，,；;]")
# An indentation run inside a line, or a space after a Chinese sentence (Chinese text has
# none there): a new paragraph starts, its line break lost in copying.
_INDENT_RUN = re.compile(
    r"[\u3000\u00a0]{2,}|[ \t\u3000\u00a0]{3,}"
    rf"|(?:(?<=[。！？])|(?<=[。！？]”))[ \u3000\u00a0]+(?=[{HAN}“])"
)
_INDENT_HINT = re.compile(r"   |\u3000\u3000|\u00a0|\t|[。！？”][ \u3000]")
_LOWER_START = re.compile(r"^[a-z]")


# Body lines read by the shared conventions; a line that ends the article is its byline.
_KINDS = {
    Part.TEXT: Kind.TEXT,
    Part.REPORTER: Kind.REPORTER,
    Part.SIGN_OFF: Kind.CLOSING,
    Part.ROLE: Kind.CLOSING,
    Part.CAPTION: Kind.CAPTION,
    Part.EDITOR: Kind.META,
    Part.CONT: Kind.CONT,
}


@dataclass(slots=True)
class Line:
    """One classified line (or one paragraph of a line that held several)."""

    kind: Kind
    text: str
    indented: bool = False
    gap: bool = False  # a blank line comes before it
    header: Header | None = None  # what a HEADER or META line tells of the issue
    note: str | None = None  # the byline of a CLOSING line, the column of a TAG line
    lead: float = 0.0  # width of the indentation before the text
    last_span: float | None = None  # width of its last printed line, once measured
    body: bool | None = None  # cached by the parser: reads as paragraph text, not a headline

    @property
    def finished(self) -> bool:
        return ends_sentence(self.text)

    @property
    def span(self) -> float:
        """Width of the (last) printed line, indentation included: for hard-wrap detection."""
        if self.last_span is None:
            self.last_span = self.lead + display_width(self.text)
        return self.last_span

    @property
    def width(self) -> float:
        """Length in CJK characters: a Latin letter counts half."""
        return display_width(self.text)


@dataclass(frozen=True, slots=True)
class Header:
    """What a page header or a date line tells: any of paper, ISO date, page code and name."""

    paper: str | None = None
    date: str | None = None
    page: str | None = None
    name: str | None = None


def starts_mid_sentence(text: str) -> bool:
    return text[0] in _NON_STARTERS or bool(_LOWER_START.match(text))


def clause_marks(text: str) -> int:
    return len(_CLAUSE.findall(text))


def has_spaced_parts(text: str) -> bool:
    return bool(_CJK_SPACE.search(text))


def classify(raw: str) -> list[Line]:
    """Classify one non-blank line; a line holding several indented paragraphs gives several."""
    text = raw.strip(" \t\u3000\u00a0\ufeff")
    lead = raw[: len(raw) - len(raw.lstrip(" \t\u3000\u00a0\ufeff"))].replace("\ufeff", "")
    indented = lead.startswith(("  ", "\t", "\u3000", "\u00a0 ", "\u00a0\u00a0"))
    kind, header, note = _kind_of(text)
    if kind is not Kind.TEXT:
        return [Line(kind, text, indented, header=header, note=note)]
    pieces = [p for p in _INDENT_RUN.split(text) if p] if _INDENT_HINT.search(text) else [text]
    if len(pieces) > 1 and is_photo_credit(closing_byline(pieces[-1])):
        pieces[-2:] = [pieces[-2] + pieces[-1]]  # `…准备。          （新华社发）`
    if len(pieces) > 1 and is_bare_dateline(pieces[0]):
        pieces[:2] = [f"{pieces[0]} {pieces[1]}"]  # `本报北京9月30日电  （记者张烁）…`
    if len(pieces) == 1:
        return [Line(Kind.TEXT, text, indented, lead=display_width(lead.replace("\t", "    ")))]
    return [Line(Kind.TEXT, p, indented or i > 0) for i, p in enumerate(pieces)]


def _kind_of(text: str) -> tuple[Kind, Header | None, str | None]:
    sentence = sentence_part(text)
    if sentence is not None:
        return _KINDS[sentence], None, None
    if "enpproperty" in text:
        return Kind.META, _founder_leftover(text), None
    if is_editor_line(text):
        return Kind.META, None, None
    if len(text) <= 40 and not _SCREEN_WORDS.sub("", text).strip(_SCREEN_SEPARATORS):
        return Kind.META, None, None
    if _NEIGHBOUR_LINK.match(text):
        return Kind.META, None, None
    if len(text) <= 100 and _SITE_FOOTER.search(text):  # the foot of a story's web page
        paper = _FOUNDER_PAPER.search(text)
        return Kind.CLOSING, Header(paper=paper[0]) if paper else None, ""
    if len(text) <= 100 and _SITE_LABEL.search(text):
        site = _site_line(text)
        if site is not None:
            return site
    if is_continuation_mark(text):
        return Kind.CONT, None, None
    if len(text) <= 80:
        header = page_header(text) or date_line(text)
        if header:
            return (Kind.HEADER if header.page else Kind.META), header, None
        if is_teaser(text):
            return Kind.META, None, None
        named = _paper_line(text)
        if named:
            return Kind.META, Header(paper=named), None
        column = _COLUMN.match(text)
        if column:
            return Kind.TAG, None, tidy(column["name"]) or None
    part, note = credit_part(text)
    return _KINDS[part], None, note


def _paper_line(text: str) -> str | None:
    """The paper a line names when it is only its name or its e-paper edition's name."""
    if len(text) > 30 or not _PAPER_MARK.search(text):
        return None
    name = paper_name(text)
    if name is None or not (_PAPER_ONLY.fullmatch(name) or _EDITION_NAME.fullmatch(name)):
        return None
    return name if name != text or _PAPER_ONLY.fullmatch(name) else None


def _founder_leftover(text: str) -> Header:
    """Paper and date from the leftover of a Founder e-paper's hidden property comment
    (`2024-02-03 2 2 周口晚报 content_226314.html 1 … /enpproperty-->`)."""
    date = DATE.search(text)
    paper = _FOUNDER_PAPER.search(text)
    return Header(paper=paper[0] if paper else None, date=match_date(date) if date else None)


def _site_line(text: str) -> tuple[Kind, Header | None, str | None] | None:
    """`2026-03-12 08:30  来源：江城日报  作者：王蕾` under a headline copied from a news
    site: paper and date are metadata, the author is the byline. None if not such a line."""
    labels = _SITE_LABEL.findall(text)
    date = DATE.search(text)
    fields = dict(_SITE_FIELD.findall(text))
    source = fields.get("来源") or fields.get("稿源")
    if len(labels) < 2 and not (date or _CLOCK.search(text) or source):
        return None
    header = Header(paper=source, date=match_date(date) if date else None)
    author = fields.get("作者") or fields.get("记者")
    return (Kind.REPORTER, header, tidy(author)) if author else (Kind.META, header, None)


def page_header(text: str) -> Header | None:
    """`江城日报 2026年3月12日 星期四 第3版 经济`, `01版:要闻`, `… Page 2 NEWS`, else None."""
    if len(text) > 70 or "。" in text:
        return None
    # Neither a page nor a continuation mark is named without `版`, `Page` or `P.`.
    if "版" not in text and "p" not in text and "P" not in text:
        return _folio_header(text)
    if CONT_TO.search(text) or CONT_FROM.search(text):
        return None
    m = _PAGE.search(text)
    if not m:
        return _folio_header(text)
    before, after = text[: m.start()], text[m.end() :]
    date_m = DATE.search(text)
    date = match_date(date_m) if date_m else None
    if date_m:
        before, after = _cut(before, date_m, 0), _cut(after, date_m, m.end())
    paper, fields = _paper_of(before), _fields(after)
    if paper is None or fields is None or (m["c"] and not date):
        return None  # prose that mentions a page ("详见第5版", "turn to page 3")
    if paper and not date and (not _PAPER_WORD.search(paper) or paper in ("本报", "本刊")):
        return None
    if not paper and fields and _PAPER_WORD.search(fields[0]) and date:
        paper = fields.pop(0)
    name = _CJK_SPACE.sub("", fields[0]) if fields else None
    return Header(paper or None, date, page_code(m["a"] or m["b"] or m["c"]), name or None)


def _folio_header(text: str) -> Header | None:
    """`THE CITY TIMES, MONDAY, MAY 18, 2026  A5`: paper, date and a bare page code."""
    m = _FOLIO.match(text)
    date = DATE.search(text) if m else None
    if m is None or date is None:
        return None
    rest = (m["rest1"] or m["rest2"] or "").replace(date[0], " ")
    paper = _paper_of(rest)
    if not paper or not _PAPER_WORD.search(paper):
        return None
    return Header(paper, match_date(date), page_code(m["code1"] or m["code2"]), None)


def _cut(part: str, date: re.Match[str], offset: int) -> str:
    """`part` (which starts at `offset` in its line) without the date, if the date is in it."""
    start, end = date.start() - offset, date.end() - offset
    if end <= 0 or start >= len(part):
        return part
    return part[: max(start, 0)] + "  " + part[max(end, 0) :]


def _fields(after: str) -> list[str] | None:
    """What follows a page code, in fields (page name, maybe the paper); None if it is prose."""
    rest = _WEEKDAY.sub("  ", after)
    rest = _NAVIGATION.sub("  ", rest)
    fields = [f for f in _FIELD_SEP.split(rest) if f.strip(" ")]
    fields = [tidy(f) for f in fields if tidy(f)]
    if len(fields) > 2 or any(display_width(f) > 16 or _PROSE_MARK.search(f) for f in fields):
        return None
    return fields


def _paper_of(text: str) -> str | None:
    """The paper's name from what comes before the page code ('' if none), or None if prose."""
    text = _WEEKDAY.sub(" ", text)
    text = _NAVIGATION.sub(" ", text)
    text = tidy(_FIELD_SEP.sub(" ", text))
    text = paper_name(text) or ""
    if display_width(text) > 24:
        return None
    return text


def date_line(text: str) -> Header | None:
    """A line that only dates the issue (`2024年02月03日`, `人民日报2025.12.22星期一`)."""
    if len(text) > 50:
        return None
    m = DATE.search(text)
    if not m:
        return None
    paper = _paper_of(text[: m.start()] + " " + text[m.end() :])
    if paper is None or (paper and not _PAPER_WORD.search(paper)):
        return None
    return Header(paper=paper or None, date=match_date(m))


def is_teaser(text: str) -> bool:
    """`春季招聘会提供岗位两万个 第2版`: a pointer to a story on another page."""
    return len(text) <= 50 and "版" in text and bool(_TEASER.match(text))
