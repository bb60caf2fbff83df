"""Plain-text newspaper dumps (one page or a whole issue) -> Issue: pages, headlines, articles."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from reader.cjk import KANA
from reader.model import Article, Issue, Page, make_key, unique_keys
from reader.parsing.characters import CONTROL_CHARS, strip_controls, strip_invisible
from reader.parsing.conventions import (
    CONT_FROM,
    CONT_TO,
    dateline_of,
    ends_sentence,
    is_name_line,
    join_bylines,
    marked_page,
    may_mark_continuation,
    opens_with_dateline,
    reporter_byline,
    split_credit,
    tidy,
)
from reader.parsing.conventions import display_width as width
from reader.parsing.errors import ParseError
from reader.parsing.text.headlines import (
    Headline,
    drop_combined,
    headline_parts,
    is_subtitle,
    matched_lines,
    split_one_line,
    title_from_text,
)
from reader.parsing.text.lines import (
    Header,
    Kind,
    Line,
    classify,
    clause_marks,
    has_spaced_parts,
    is_teaser,
    starts_mid_sentence,
)
from reader.parsing.text.markdown import looks_marked, unmark
from reader.parsing.vocabulary import HAN, page_code, paper_name

__all__ = ["clean_text", "parse_dump", "refuse_garbage"]

# A line at least this wide (in CJK characters) is body text, not a headline.
_LONG = 45
# A mended paragraph longer than this (in characters, so wider than 2 * _LONG) reads as body.
_MENDED_TAIL = 200
# A signature is set in at least this far and is at most this wide.
_SIGNATURE_LEAD = 8
_SIGNATURE_WIDTH = 16
_MAX_HEADLINE_LINES = 4
_KNOWN_TAGS = frozenset(
    [
        "要闻快览",
        "头条新闻",
        "深观察",
        "今日关注",
        "本报专稿",
        "特别报道",
        "新闻速递",
        "快讯",
        "简讯",
        "短评",
        "时评",
        "社论",
        "评论员文章",
        "观察",
        "新闻链接",
        "链接",
        "图片新闻",
        "一线见闻",
        "记者手记",
        "新闻观察",
        "热点聚焦",
        "本期导读",
        "导读",
        "焦点",
        "视点",
        "关注",
        "头条",
        "要闻",
        "综述",
        "述评",
        "专访",
        "人物",
        "民生",
        "声音",
        "数说",
        "延伸阅读",
        "相关新闻",
        "背景",
    ]
)
# `谁来守护孩子的睡眠？`, `把困难变为动力，与群众紧密结合！`: a short question or
# exclamation, of one or two clauses, can be a headline
_QUESTION = re.compile(
    r"^[^。！？!?，,；;]{1,60}(?:[，,][^。！？!?，,；;]{1,60})?[？！?!]+[”’\"』」]?$"
)
_DECORATION = "【】[]〖〗·•◆◇■□★☆ "
# `一、` `一  ` `（二）` `3.` `第一，` `①`: a numbered point of the article, not a headline
_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}(?:[、是．]|[ \u3000]+(?=\S))"
    r"|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]"
    r"|第[一二三四五六七八九十]{1,3}[，、,]|[①-⑳])"
)
_SPEAKER = re.compile(r"(?:强调|指出|表示|要求|寄语|致信|批示|说)$")
# `------`, `＊＊＊`, `— 3 —`, `A3`: a rule between stories or a page number, not text
_RULE_OR_FOLIO = re.compile(r"^[\W_]{3,}$|^[\s\-—–·]*[A-Z]?\d{1,3}[\s\-—–·]*$")
_BARE_FOLIO = re.compile(r"^\s*([A-Z]?\d{1,3})\s*$")
_GARBAGE = re.compile(f"[{CONTROL_CHARS}\ufffd\ue000-\uf8ff]")
_COMMON_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
)
_HAN = re.compile(f"[{HAN}]")
_KANA_HANGUL = re.compile(f"[{KANA}\uac00-\ud7af]")
_WORD = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"\s+")
_CODE_MARK = re.compile(r"[{}<>=;_\\|#$*^~`\[\]]")


@dataclass
class _Draft:
    """An article being assembled; mutable until the issue is complete."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    page: str | None = None
    bylines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # picture credits closing paragraphs
    credited: str | None = None  # the last paragraph and its credit, maybe a caption
    continues_to: str | None = None
    last_open: bool = False  # the last paragraph stopped mid-sentence at a continuation mark


@dataclass
class _State:
    """What the parser knows so far: the issue, the page it is on, the articles."""

    paper: str | None = None
    date: str | None = None
    page: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    drafts: list[_Draft] = field(default_factory=list)
    current: _Draft | None = None
    section: str | None = None
    bylines: list[str] = field(default_factory=list)  # seen before their article's headline
    captions: list[str] = field(default_factory=list)
    header_run: list[str] = field(default_factory=list)  # page codes with no text between
    indents: bool = False  # indentation marks paragraphs, not headlines
    packed: bool = False  # no blank lines between paragraphs
    unpaged: list[_Draft] = field(default_factory=list)  # drafts opened before any page
    # drafts that go on on another page, by (that page, a page they are on)
    waiting: dict[tuple[str, str], list[_Draft]] = field(default_factory=dict)
    run: tuple[int, int] = (0, 0)  # the last run of headline-like lines measured
    listings: dict[str, list[int]] | None = None  # where each line's text is, spaces removed

    def learn(self, header: Header) -> None:
        self.paper = self.paper or paper_name(header.paper)
        self.date = self.date or header.date
        if header.page:
            self.page = header.page
            if header.name:
                self.names[header.page] = header.name

    def end_page(self, *, last_page: bool = False) -> None:
        """Captions and bylines left at the foot of a page belong to its last article; a
        page with pictures and no article gets a picture story of its own."""
        last = self.drafts[-1] if self.drafts else None
        if last is not None and (last.page == self.page or last_page):
            last.bylines += self.bylines
            last.captions += self.captions
            self.bylines, self.captions = [], []
        elif self.captions:
            self.open(Headline(title_from_text(self.captions[0])))
        self.current = None

    def goes_on(self, draft: _Draft, page: str | None) -> None:
        """The draft goes on on `page` (a `（转第2版）` mark)."""
        draft.continues_to = page
        for code in draft.pages:
            self.wait(draft, code)

    def wait(self, draft: _Draft, code: str) -> None:
        if draft.continues_to:
            self.waiting.setdefault((draft.continues_to, code), []).append(draft)

    def continued(self, origin: str) -> _Draft | None:
        """The latest draft going on on this page from page `origin`, if any."""
        waiting = self.waiting.get((self.page or "", origin), [])
        while waiting:
            draft = waiting.pop()
            if draft.continues_to == self.page and origin in draft.pages:
                return draft
        return None

    def open(self, headline: Headline) -> _Draft:
        draft = _Draft(
            title=headline.title,
            kicker=headline.kicker,
            subtitle=headline.subtitle,
            page=self.page,
            section=self.section,
        )
        if self.page:
            draft.pages.append(self.page)
        else:
            self.unpaged.append(draft)
        draft.bylines, self.bylines = self.bylines, []
        draft.captions, self.captions = self.captions, []
        self.section = None
        self.drafts.append(draft)
        self.current = draft
        return draft


def parse_dump(text: str, source: str) -> Issue:
    """Parse a decoded text dump; raise ParseError if it holds no newspaper articles."""
    if looks_marked(text):
        text = unmark(text)
    lines = _classify_lines(text)
    indents = _indent_marks_paragraphs(lines)
    lines = _join_cut_paragraphs(lines, indents)
    state = _State(indents=indents, packed=_packed(lines))
    _assemble(lines, state)
    state.end_page(last_page=True)
    articles = [_finish(d, state) for d in state.drafts]
    if not any(a.paragraphs or a.captions for a in articles):
        raise ParseError("no articles found in the text")
    codes = list(dict.fromkeys(code for a in articles for code in a.pages))
    pages = tuple(Page(code, state.names.get(code)) for code in codes)
    return Issue(state.paper, state.date, source, "text", pages, tuple(unique_keys(articles)))


def clean_text(text: str) -> str:
    """The text without invisible marks and stray control characters (splitlines() would
    even break lines at some)."""
    return strip_invisible(strip_controls(text))


def refuse_garbage(text: str) -> None:
    """Raise ParseError, in words, for text that is no newspaper's."""
    sample = text[:65536]
    visible = len(sample) - sample.count(" ") - sample.count("\n")
    if visible == 0:
        raise ParseError("the file is empty")
    if len(_GARBAGE.findall(sample)) > visible * 0.02:
        raise ParseError(
            "this does not look like newspaper text (it is full of control characters)"
        )
    han = _HAN.findall(sample)
    syllabic = len(_KANA_HANGUL.findall(sample))  # Japanese and Korean are read too
    if len(han) + syllabic >= visible * 0.3:
        mostly_han = syllabic < 0.1 * len(han)
        if (
            mostly_han
            and len(han) >= 200
            and sum(ch in _COMMON_HAN for ch in han) < len(han) * 0.04
        ):
            raise ParseError(
                "this does not look like newspaper text (the characters make no words)"
            )
        return
    tokens = sample.split()
    letters = sum(map(len, _WORD.findall(sample)))
    code = len(_CODE_MARK.findall(sample))
    if letters < visible * 0.5 or visible / len(tokens) > 15 or code > visible * 0.04:
        raise ParseError("this does not look like newspaper text")


def _classify_lines(text: str) -> list[Line]:
    out: list[Line] = []
    gap = False
    text = clean_text(text)
    # a form feed is a page break (pdftotext puts one between pages)
    for raw in text.replace("\f", "\n\n").splitlines():
        folio = _BARE_FOLIO.match(raw)
        if folio:  # a page number over the page's stories, as e-paper copies print it
            out.append(
                Line(Kind.HEADER, raw.strip(), gap=gap, header=Header(page=page_code(folio[1])))
            )
            gap = True
            continue
        if not raw.strip(" \t\u3000\u00a0") or _RULE_OR_FOLIO.match(raw):
            gap = True  # blank, or a rule between stories, or a decorated page number
            continue
        pieces = classify(raw)
        pieces[0].gap = gap
        out.extend(pieces)
        gap = False
    return out


def _body_like(line: Line) -> bool:
    """Paragraph text rather than a headline: a finished sentence, clauses, or a long line."""
    if line.body is None:
        line.body = _reads_as_body(line)
    return line.body


def _reads_as_body(line: Line) -> bool:
    if _question_title(line.text):
        return False
    if line.finished or clause_marks(line.text) >= 2 or opens_with_dateline(line.text):
        return True
    w = line.width
    return w >= _LONG and not (
        has_spaced_parts(line.text) and w <= 2 * _LONG and "，" not in line.text
    )


def _question_title(text: str) -> bool:
    # most lines end otherwise: the cheap test first
    if text.rstrip('”’"』」')[-1:] not in "？！?!":
        return False
    return width(text) <= 24 and bool(_QUESTION.match(text))


def _indent_marks_paragraphs(lines: list[Line]) -> bool:
    """Does indentation tell paragraphs from headlines here (it does not when every line,
    headlines too, is indented alike)?"""
    text = [ln for ln in lines if ln.kind is Kind.TEXT]
    body = [ln for ln in text if _body_like(ln)]
    short = [ln for ln in text if not _body_like(ln)]
    if len(body) < 2 or sum(ln.indented for ln in body) < 0.6 * len(body):
        return False
    return not short or sum(ln.indented for ln in short) < 0.6 * len(short)


def _packed(lines: list[Line]) -> bool:
    """Are paragraphs printed line after line, with no blank line between them?"""
    body = [ln for ln in lines if ln.kind is Kind.TEXT and _body_like(ln)]
    return len(body) >= 3 and sum(ln.gap for ln in body) <= 0.2 * len(body)


def _join_cut_paragraphs(lines: list[Line], indents: bool) -> list[Line]:
    """Mend paragraphs that a page or column break (or hard line wrap) cut in two."""
    wrap = _wrap_width(lines)
    out: list[Line] = []
    # The pieces of each mended paragraph, joined at the end: joining as we go would copy a
    # long paragraph once per line. Meanwhile its Line holds only the end of its text, which
    # is all that deciding on the next line looks at, once the paragraph reads as body text.
    mended: dict[int, list[str]] = {}
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, line, indents, wrap):
            if wrap is not None:
                prev.last_span = line.span  # the mended unit now ends with this line
            glue = _glue(prev.text, line.text)
            pieces = mended.setdefault(len(out) - 1, [prev.text])
            pieces += (glue, line.text)
            prev.text = prev.text + glue + line.text
            prev.body = None
            if len(prev.text) > _MENDED_TAIL:
                prev.text = prev.text[-_MENDED_TAIL:]
                prev.body = True  # so long a text is body text, whatever its end
        else:
            out.append(line)
    for at, pieces in mended.items():
        out[at].text = "".join(pieces)
    return out


def _glue(before: str, after: str) -> str:
    """What goes between two pieces of a mended paragraph: a space between English words,
    nothing within Chinese text or after a word broken with a hyphen."""
    if before[-1:].isascii() and after[:1].isascii():
        return "" if before.endswith("-") and after[:1].islower() else " "
    return ""


def _wrap_width(lines: list[Line]) -> float | None:
    """The fixed line width of text extracted with hard line breaks, if the dump has one:
    lines of about that width stop mid-sentence and go on in the next line, and hardly
    any line is wider."""
    text = [ln for ln in lines if ln.kind is Kind.TEXT]
    spans = Counter(
        round(a.span)
        for a, b in pairwise(text)
        if not b.gap and not b.indented and a.span >= 8 and not a.finished
    )
    if not spans:
        return None
    width = max(spans, key=lambda w: sum(spans[x] for x in _near(w)))
    if sum(spans[x] for x in _near(width)) < 3:
        return None
    widest, allowed = max(_near(width)), 0.1 * len(text)
    wider = 0
    for line in text:  # stops early in ordinary text, where most lines are wider
        wider += line.span > widest
        if wider > allowed:
            return None
    return width


def _near(width: int) -> range:
    slack = max(1, round(0.08 * width))
    return range(width - slack, width + slack + 1)


def _continues(prev: Line, line: Line, indents: bool, wrap: float | None) -> bool:
    if prev.kind is not Kind.TEXT or line.kind is not Kind.TEXT:
        return False
    if may_mark_continuation(prev.text[-24:]) and CONT_TO.search(prev.text[-24:]):
        return False  # the story goes on on another page, not in the next line
    if may_mark_continuation(line.text[:24]) and CONT_FROM.match(line.text):
        return False
    wrapped = wrap is not None and not line.gap and prev.span >= wrap - max(1.5, 0.15 * wrap)
    if wrapped and not (indents and line.indented):
        return not prev.finished or (indents and _body_like(line))
    if prev.finished:
        return False
    if starts_mid_sentence(line.text):
        return True
    if indents and line.indented:
        return False
    if line.gap:
        return _body_like(prev) or (indents and prev.indented and _body_like(line))
    return _body_like(prev) and _body_like(line)


def _assemble(lines: list[Line], state: _State) -> None:
    i = 0
    while i < len(lines):
        line = lines[i]
        kind = line.kind
        if kind is Kind.HEADER and line.header and line.header.page:
            state.header_run.append(line.header.page)
        elif kind is not Kind.META and state.header_run:
            _leave_page_list(state)
        if kind is Kind.HEADER and line.header and line.text.startswith("《"):
            _source_footer(state, line.header)
        elif kind is Kind.META and _signs_off(line, state):
            _paragraph(state, line.text)
        elif kind is Kind.HEADER or kind is Kind.META:
            if kind is Kind.HEADER:
                state.end_page()
            if line.header:
                state.learn(line.header)
        elif kind is Kind.TAG:
            state.current = None
            state.section = line.note
        elif kind is Kind.CLOSING:
            if line.header:
                state.learn(line.header)
            _close(state, line.note or "")
        elif kind is Kind.REPORTER:
            if line.header:
                state.learn(line.header)
            _reporter(state, line.note or reporter_byline(line.text))
        elif kind is Kind.CAPTION:
            credit = line.text[:1] in "（(" and i > 0 and lines[i - 1].kind is Kind.CAPTION
            _caption(state, tidy(line.text), credit)
        elif kind is Kind.CONT:
            _continuation_mark(state, line.text)
        else:
            i = _text(lines, i, state)
            continue
        i += 1


def _signs_off(line: Line, state: _State) -> bool:
    """A bare date under the text of a notice or letter is its own, not the issue's."""
    header = line.header
    draft = state.current
    return bool(
        header and header.date and not header.paper and draft is not None and draft.paragraphs
    )


def _source_footer(state: _State, header: Header) -> None:
    """`《人民日报》（2024年01月07日 第 01 版）` under a copied article names the page of the
    articles above it that had none. A copied article page prints it between the headline
    and the text: under a headline with no text yet, the article goes on below it."""
    heading = state.current if state.current and not state.current.paragraphs else None
    state.learn(header)
    if header.page:
        for draft in state.unpaged:
            if draft.page is None:
                draft.page = header.page
                draft.pages.insert(0, header.page)
                state.wait(draft, header.page)
        state.unpaged = []
    state.current = heading


def _leave_page_list(state: _State) -> None:
    """After a page list at the top of a dump (目录: `01版:要闻` ⏎ `02版:…`), text belongs to
    the page header that ends it out of sequence, or else to the list's first page: a dump
    opens at the front. Further down, empty pages in a row are only empty pages."""
    run, state.header_run = state.header_run, []
    if len(run) >= 3 and not state.drafts:
        state.page = run[0] if _follows(run[-2], run[-1]) else run[-1]


def _follows(before: str, code: str) -> bool:
    """Is `code` the page after `before` (02 after 01, A03 after A02)?"""
    a, b = re.match(r"(\D*)(\d+)", before), re.match(r"(\D*)(\d+)", code)
    return bool(a and b and a[1] == b[1] and int(b[2]) == int(a[2]) + 1)


def _close(state: _State, byline: str) -> None:
    """A closing byline ends the open article (or, after a caption, the last one)."""
    if byline:
        target = state.current or (state.drafts[-1] if state.drafts else None)
        (target.bylines if target else state.bylines).append(byline)
    state.current = None


def _reporter(state: _State, byline: str) -> None:
    """A reporter line heads the open article's text (or, before a headline, the next)."""
    if state.current is not None and (
        not state.current.paragraphs or state.current.continues_to is None
    ):
        state.current.bylines.append(byline)
    else:
        state.bylines.append(byline)


def _caption(state: _State, caption: str, credit_of_last: bool) -> None:
    """A caption of the open article (or of the next, before its headline); a bare
    `（记者 周鹏 摄）` under a caption completes that caption."""
    captions = state.current.captions if state.current is not None else state.captions
    if credit_of_last and captions:
        captions[-1] += caption
    else:
        captions.append(caption)


def _continuation_mark(state: _State, marker: str) -> None:
    """A line that is only `（转第2版）` or `（上接第1版）`."""
    to = CONT_TO.search(marker)
    if to is None:
        if not _continue_from(state, marker):
            state.open(Headline(tidy(marker)))
    elif state.current is not None:
        draft = state.current
        state.goes_on(draft, marked_page(to))
        draft.last_open = bool(draft.paragraphs) and not ends_sentence(draft.paragraphs[-1])


def _continue_from(state: _State, marker: str) -> bool:
    """Reopen the article that a `（上接第1版）` mark continues; False if none is known."""
    m = CONT_FROM.search(marker)
    if not m or not state.page:
        return False
    origin = marked_page(m)
    draft = state.continued(origin) if origin else None
    if draft is None:
        return False
    draft.continues_to = None
    draft.pages.append(state.page)
    state.current = draft
    return True


def _text(lines: list[Line], i: int, state: _State) -> int:
    """Handle a text line at i: a headline block opening an article, or a paragraph."""
    if _headline_like(lines[i]) and _whole_run_end(lines, i, state) - i > _MAX_HEADLINE_LINES:
        end = _whole_run_end(lines, i, state)
        listed = _title_list(lines, i, end, state) if state.current is None else None
        if listed is not None:
            return listed
        for line in lines[i:end]:  # verse or a list of short lines: all text
            _paragraph(state, line.text)
        return end
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt and nxt.kind is Kind.META and is_teaser(nxt.text) and _tag_name(lines[i].text):
        return i + 1  # `■今日导读` over a list of pointers to other pages
    if _signature(lines, i, state):
        _close(state, tidy(lines[i].text))
        return i + 1
    block = _headline_at(lines, i, state)
    if block is not None:
        if block.section:
            state.section = block.section
        draft = state.open(block.headline)
        if block.byline:
            draft.bylines.append(block.byline)
        return block.end
    _paragraph(state, lines[i].text)
    return i + 1


def _whole_run_end(lines: list[Line], i: int, state: _State) -> int:
    """End of the whole run of headline-like lines from i; a run is measured once, however
    many title lists are taken from its start."""
    start, end = state.run
    if not start <= i < end:
        state.run = (i, _run_end(lines, i, limit=None))
    return state.run[1]


def _signature(lines: list[Line], i: int, state: _State) -> bool:
    """A short line set far to the right after the last paragraph (`　　　…　　周  洁`) signs
    the article: the next thing is a new headline, a page header or the end."""
    line = lines[i]
    draft = state.current
    if draft is None or not draft.paragraphs or line.lead < _SIGNATURE_LEAD:
        return False
    if line.width > _SIGNATURE_WIDTH or line.finished or clause_marks(line.text):
        return False
    nxt = _next_content(lines, i + 1)
    return nxt is None or nxt.kind is Kind.HEADER or (nxt.gap and _headline_like(nxt))


def _title_list(lines: list[Line], i: int, end: int, state: _State) -> int | None:
    """If lines from i are a page's list of titles (导读), each printed again further on
    over its article, the index after the list; else None."""
    if state.listings is None:
        state.listings = {}
        for n, line in enumerate(lines):
            state.listings.setdefault(_squeezed(line.text), []).append(n)
    listed: dict[str, None] = {}
    for line in lines[i : min(end, i + 200)]:
        squeezed = _squeezed(line.text)
        if squeezed in listed:
            break
        listed[squeezed] = None
    after = i + len(listed)
    if len(listed) <= _MAX_HEADLINE_LINES:
        return None
    for title in listed:  # printed again within the next 3000 lines?
        places = state.listings[title]
        at = bisect_left(places, after)
        if at == len(places) or places[at] >= after + 3000:
            return None
    return after


def _squeezed(text: str) -> str:
    return _SPACES.sub("", text)


def _paragraph(state: _State, text: str) -> None:
    text, to_page, from_page = _strip_continuation(text)
    if from_page:
        text = _resume(state, from_page, text)
    draft = state.current or state.open(Headline(title_from_text(text) or tidy(from_page or "…")))
    _add_text(draft, text)
    if to_page:
        state.goes_on(draft, to_page)
        draft.last_open = not text or not ends_sentence(text)


def _resume(state: _State, mark: str, text: str) -> str:
    """Reopen the article that a `（上接第1版）` mark continues (the rest of a sentence cut
    by the 转 mark joins its last paragraph); return the text still to be added."""
    if not _continue_from(state, mark):
        if state.current is None:
            state.open(Headline(tidy(mark)))
        return text
    draft = state.current
    if draft is not None and draft.last_open and draft.paragraphs and text:
        draft.paragraphs[-1] += _glue(draft.paragraphs[-1], text) + text
        draft.last_open = False
        return ""
    return text


def _add_text(draft: _Draft, text: str) -> None:
    """A paragraph; one that ends in a picture credit is held as a possible caption."""
    if draft.credited is not None and text:
        draft.captions.append(draft.credited)  # text went on: that was a picture's caption
        draft.paragraphs.pop()
        draft.credits.pop()
    draft.credited = None
    credit = split_credit(text)
    if credit:
        text, caption = credit
        draft.credits.append(tidy(caption))
        draft.credited = tidy(text + caption)
    if text:
        draft.paragraphs.append(text)


def _strip_continuation(text: str) -> tuple[str, str | None, str | None]:
    """(text without marks, page it continues on, the `（上接第1版）` mark it opens with)."""
    to_page = from_page = None
    if not may_mark_continuation(text):
        return text, None, None
    m = CONT_TO.search(text)
    if m:
        to_page = marked_page(m)
        text = (text[: m.start()] + text[m.end() :]).strip()
    m = CONT_FROM.search(text)
    if m:
        from_page = m[0]
        text = (text[: m.start()] + text[m.end() :]).strip()
    return text, to_page, from_page


# -- headlines ---------------------------------------------------------------------------


def _headline_like(line: Line) -> bool:
    return line.kind is Kind.TEXT and not _body_like(line) and not CONT_FROM.search(line.text)


def _tag_name(text: str) -> str | None:
    """The column name of a tag line: a known column, or a short name in brackets or dots."""
    name = text.strip(_DECORATION)
    if name in _KNOWN_TAGS or (name != text and 2 <= width(name) <= 8):
        return name
    return None


def _tag_like(line: Line) -> bool:
    """A column tag: a known column, a bracketed name, or a very short line that is not a
    kicker naming a speaker (`盛阅春强调`)."""
    text = line.text
    if _tag_name(text):
        return True
    return (
        width(text) <= 5
        and not any(ch in text for ch in '“”"《》「」')
        and not _SPEAKER.search(text)
    )


class _Block(NamedTuple):
    """A headline block: where it ends, its parts, the column it names, a name under it."""

    end: int
    headline: Headline
    section: str | None
    byline: str | None


def _headline_at(lines: list[Line], i: int, state: _State) -> _Block | None:
    """The headline block starting at i, if one does."""
    if not _headline_like(lines[i]):
        return None
    j, tag = i, None
    if _tag_like(lines[j]) and j + 1 < len(lines) and lines[j + 1].gap:
        nxt = lines[j + 1]
        if _headline_like(nxt) and _body_follows(lines, _run_end(lines, j + 1)):
            tag, j = lines[j].text, j + 1
    end = _run_end(lines, j)
    run = [ln.text for ln in lines[j:end]]
    if len(run) > _MAX_HEADLINE_LINES:
        return None
    byline = None
    if len(run) > 1 and _names_under(run):
        byline = tidy(run.pop())  # `李明` alone under the headline wrote the story
    elif tag is None and len(run) > 1 and lines[end - 1].gap and _tag_like(lines[end - 1]):
        tag = run.pop()  # `头条新闻` set apart under the headline
    if not _body_follows(lines, end):
        has_open = state.current is not None and state.current.paragraphs
        if has_open or (end < len(lines) and lines[end].kind is Kind.CLOSING):
            return None
    elif tag is None and _inside_article(lines[j:end], lines, end, state):
        return None
    run = drop_combined(run)
    parts = split_one_line(run[0]) if len(run) == 1 else matched_lines([tidy(t) for t in run])
    if tag is None and len(parts) > 1:
        tag = next((t for t in (parts[0], parts[-1]) if _tag_name(t)), None)
        if tag:
            parts.remove(tag)
    section = (_tag_name(tag) or tag) if tag else None
    return _Block(end, headline_parts(parts), section, byline)


def _names_under(run: list[str]) -> bool:
    """Is the last line of a headline block only the names of its writers (`李明`,
    `张三 李四`), shorter than every line of the headline above it?"""
    last = run[-1]
    if _tag_name(last) or not is_name_line(last):
        return False
    return all(width(t) > width(last) for t in run[:-1])


def _inside_article(run: list[Line], lines: list[Line], end: int, state: _State) -> bool:
    """Is the first of these short lines a subheading or list item of the open article
    rather than the start of a headline? It is when indented like the paragraphs,
    numbered, a question, in a list after a colon, or a lone line set in among paragraphs
    that no blank line parts."""
    draft = state.current
    if draft is None or not draft.paragraphs:
        return False
    if len(run) == 1 and _new_story_follows(lines, end):
        return False
    if any(is_subtitle(ln.text) for ln in run[1:]):
        return False  # a subtitle: this is a headline block
    first = run[0]
    after = lines[end] if end < len(lines) else None
    return (
        (state.indents and first.indented)
        or (
            state.packed
            and len(run) == 1
            and not first.gap
            and not (after and after.gap)
            and not first.text.isascii()  # English stories seldom have subheadings
        )
        or _question_title(first.text)
        or bool(_ENUMERATED.match(first.text))
        or _in_list(draft.paragraphs)
    )


def _in_list(paragraphs: list[str]) -> bool:
    """Do the last paragraphs run a list of short items under a line ending in a colon?"""
    for text in reversed(paragraphs):
        if text.endswith(("：", ":")):
            return True
        if ends_sentence(text) or width(text) >= _LONG:
            return False
    return False


def _run_end(lines: list[Line], j: int, limit: int | None = _MAX_HEADLINE_LINES + 1) -> int:
    """End of the run of headline-like lines starting at j (blank lines may part them)."""
    end = j + 1
    while end < len(lines) and _headline_like(lines[end]) and (limit is None or end - j < limit):
        end += 1
    return end


def _body_follows(lines: list[Line], k: int) -> bool:
    nxt = _next_content(lines, k)
    if nxt is None:
        return False
    if nxt.kind in (Kind.REPORTER, Kind.CAPTION):
        return True
    return nxt.kind is Kind.TEXT and _body_like(nxt)


def _new_story_follows(lines: list[Line], k: int) -> bool:
    nxt = _next_content(lines, k)
    return nxt is not None and (nxt.kind is Kind.REPORTER or opens_with_dateline(nxt.text))


def _next_content(lines: list[Line], k: int) -> Line | None:
    """The first line from k that is not metadata (`2023年02月11日` under a headline)."""
    while k < len(lines) and lines[k].kind is Kind.META:
        k += 1
    return lines[k] if k < len(lines) else None


# -- finishing ---------------------------------------------------------------------------


def _finish(draft: _Draft, state: _State) -> Article:
    paragraphs = tuple(draft.paragraphs)
    dateline, byline_from_dateline = dateline_of(paragraphs[0]) if paragraphs else (None, None)
    return Article(
        key=make_key(state.paper, state.date, draft.title, paragraphs),
        title=draft.title,
        kicker=draft.kicker,
        subtitle=draft.subtitle,
        section=draft.section,
        page=draft.page,
        page_name=state.names.get(draft.page or ""),
        dateline=dateline,
        byline=join_bylines(draft.bylines) or byline_from_dateline,
        paragraphs=paragraphs,
        captions=tuple(draft.captions + draft.credits),
        pages=tuple(dict.fromkeys(draft.pages)),
    )
