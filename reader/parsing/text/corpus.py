"""Per-article corpus records: a `### 标题  副题` heading, metadata lines, the deck again, text.

Public text corpora of old papers keep one article per file, each opening with metadata:

    ### 江城春耕备耕有序推进  农机手下田抢农时
    李明                        the author, or an empty line
    1962-03-08
    第3版(农村)                  the page, its name in brackets (often empty)
    专栏：                       the column, often empty

    江城春耕备耕有序推进        the deck printed again, one line a deck
        农机手下田抢农时
        李明
        【新华社江城七日电】……      one line a paragraph

Dumps of such corpora run many records together, each opening with `第1版()` and `专栏：`
and no heading; there the deck is the short lines before the text. One record is one
article: its first deck is the title, the rest the subtitle.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reader.model import Article, Issue, Page, make_key, unique_keys
from reader.parsing.conventions import (
    credits,
    display_width,
    ends_sentence,
    is_name_line,
    is_reporter_line,
    join_bylines,
    opens_with_dateline,
    tidy,
)
from reader.parsing.text.headlines import title_from_text
from reader.parsing.text.lines import Header, date_line, page_header
from reader.parsing.vocabulary import (
    COLUMN_LABEL,
    DATE,
    PAGE,
    RECORD_PAGE,
    match_date,
    page_code,
    page_order,
    paper_name,
)

__all__ = ["looks_like_records", "looks_like_slots", "parse_records", "parse_slots"]

# (The heading ends at a character of its own, so a run of closing hashes is tried once.)
_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>\S(?:.*?[^ \t#])?)[ \t#]*$")
_PAGE_LINE = re.compile(rf"^第\s*(?P<page>{PAGE})\s*版\s*[(（](?P<name>[^()（）]{{0,12}})[)）]$")
_COLUMN_LINE = re.compile(rf"^{COLUMN_LABEL}\s*(?P<name>.{{0,30}})$")
# Where a dump of records shows itself: a page line in brackets over a column line.
_RECORD_MARK = re.compile(
    rf"^[ \t\u3000]*{RECORD_PAGE}[ \t\u3000]*\r?\n[ \t\u3000]*{COLUMN_LABEL}", re.MULTILINE
)
_SPACES = re.compile(r"[\s\u3000]+")
_DECK_GAP = re.compile(r"[ \t]{2,}|\u3000+")
_INDENT = " \t\u3000\u00a0\ufeff"
# A deck line is short; anything this wide is text.
_DECK_WIDTH = 40
_MAX_DECKS = 4
# How far a signature is set in from the left, beyond the paragraphs' indentation.
_SIGNATURE_LEAD = 8


@dataclass
class _Record:
    """One article's lines: its metadata, then its body as printed."""

    heading: str | None = None
    author: str | None = None
    date: str | None = None
    page: str | None = None
    page_name: str | None = None
    column: str | None = None
    body: list[str] = field(default_factory=list)
    in_metadata: bool = True


def looks_like_records(text: str) -> bool:
    """A corpus file (a heading over metadata lines) or a dump of records."""
    head = [ln.strip(_INDENT) for ln in text[:2000].splitlines()]
    lines = [ln for ln in head if ln][:7]
    if lines and _HEADING.match(lines[0]) and any(_is_metadata(ln) for ln in lines[1:]):
        return True
    return ("专栏" in text or "專欄" in text or "栏目" in text) and bool(_RECORD_MARK.search(text))


def parse_records(text: str, source: str) -> Issue:
    """Every record of a corpus file or dump as one article, in the file's order."""
    preamble, records = _split(text.splitlines())
    header = _preamble_header(preamble)
    paper = paper_name(header.paper)
    dates = [r.date for r in records if r.date]
    date = dates[0] if dates else header.date
    articles = [_article(r, paper, date, header.page) for r in records if r.heading or r.body]
    articles = [a for a in articles if a.title or a.paragraphs]
    names = {a.page: a.page_name for a in articles if a.page and a.page_name}
    codes = sorted({a.page for a in articles if a.page}, key=page_order)
    pages = tuple(Page(code, names.get(code)) for code in codes)
    return Issue(paper, date, source, "text", pages, tuple(unique_keys(articles)))


def looks_like_slots(text: str) -> bool:
    """A crawled article file: its first three lines are the kicker, title and subtitle
    slots (the kicker and subtitle may be empty), then one indented paragraph a line."""
    lines = text.lstrip("\ufeff").splitlines()
    if len(lines) < 4 or not lines[1].strip(_INDENT):
        return False
    slots = [ln.strip(_INDENT) for ln in lines[:3]]
    # an empty kicker slot opens the file, or all three slots are filled: a blank line
    # under two headline lines is only a blank line
    if (slots[0] and not all(slots)) or not all(_slot_like(s) for s in slots if s):
        return False
    body = lines[3:]
    while body and not body[-1].strip(_INDENT):
        body.pop()
    if not body or any(not ln.strip(_INDENT) for ln in body):
        return False
    return all(ln[:1] in _INDENT or display_width(ln) >= _DECK_WIDTH for ln in body)


def parse_slots(text: str, source: str) -> Issue:
    """The one article of a crawled file, its headline read by position."""
    lines = text.lstrip("\ufeff").splitlines()
    kicker, title, subtitle = (tidy(ln) or None for ln in lines[:3])
    found = credits([tidy(ln) for ln in lines[3:] if ln.strip(_INDENT)])
    paragraphs = tuple(found.paragraphs)
    title = title or title_from_text(paragraphs[0] if paragraphs else "…")
    article = Article(
        key=make_key(None, None, title, paragraphs),
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        dateline=found.dateline,
        byline=found.byline,
        paragraphs=paragraphs,
    )
    return Issue(None, None, source, "text", (), (article,))


def _slot_like(line: str) -> bool:
    """A headline part, not a reporter line, a name or a date under a title."""
    if not _deck_like(line) or DATE.search(line):
        return False
    return not (is_reporter_line(line) or is_name_line(line))


def _is_metadata(line: str) -> bool:
    return bool(_PAGE_LINE.match(line) or _COLUMN_LINE.match(line) or _date_only(line))


def _date_only(line: str) -> str | None:
    m = DATE.fullmatch(line)
    return match_date(m) if m else None


def _split(lines: list[str]) -> tuple[list[str], list[_Record]]:
    """Lines before the first record, and the records."""
    preamble: list[str] = []
    records: list[_Record] = []
    record: _Record | None = None
    after_heading = False
    for n, raw in enumerate(lines):
        line = raw.strip(_INDENT)
        heading = _HEADING.match(line)
        if heading and (
            (record is None and not _has_text(preamble)) or _metadata_follows(lines, n)
        ):
            record = _Record(heading=heading["text"])
            records.append(record)
            after_heading = True
            continue
        page = _PAGE_LINE.match(line)
        if page and (record is None or not record.in_metadata or record.page):
            record = _Record()
            records.append(record)
        if record is None:
            preamble.append(raw)
            continue
        if record.in_metadata and _read_metadata(record, line, after_heading):
            after_heading = False
            continue
        after_heading = False
        if line or record.body:
            record.in_metadata = False
            record.body.append(raw)
    return preamble, records


def _has_text(lines: list[str]) -> bool:
    return any(ln.strip(_INDENT) for ln in lines)


def _metadata_follows(lines: list[str], n: int) -> bool:
    """Does a heading at line n open a record (metadata lines follow it)?"""
    following = [ln.strip(_INDENT) for ln in lines[n + 1 : n + 7]]
    return any(_is_metadata(ln) for ln in following if ln)


def _read_metadata(record: _Record, line: str, after_heading: bool) -> bool:
    """Take a line of the record's metadata block; False once the text begins."""
    if not line:
        return True
    page = _PAGE_LINE.match(line)
    if page:
        record.page = page_code(page["page"])
        record.page_name = tidy(page["name"]) or None
        return True
    column = _COLUMN_LINE.match(line)
    if column:
        record.column = tidy(column["name"]) or None
        return True
    date = _date_only(line)
    if date:
        record.date = date
        return True
    if after_heading and display_width(line) <= 30 and not ends_sentence(line):
        record.author = tidy(line)  # the line under the heading names the author
        return True
    return False


def _preamble_header(lines: list[str]) -> Header:
    """Paper, date and page from the header lines before the first record."""
    paper = date = page = None
    for raw in lines:
        line = raw.strip(_INDENT)
        header = (page_header(line) or date_line(line)) if line else None
        if header:
            paper, date, page = paper or header.paper, date or header.date, page or header.page
    return Header(paper, date, page)


def _article(record: _Record, paper: str | None, date: str | None, page: str | None) -> Article:
    lines = [ln for ln in record.body if ln.strip(_INDENT)]
    decks, lines = _decks(record.heading, lines)
    byline = record.author
    if lines and byline and _squeeze(lines[0]) == _squeeze(byline):
        lines = lines[1:]  # the author printed again under the deck
    elif lines and record.heading is None and decks and is_name_line(lines[0].strip(_INDENT)):
        # without a heading there is no author slot: a name under the deck is the author's
        byline, lines = tidy(lines[0]), lines[1:]
    signature = _signature(lines)
    if signature:
        lines = lines[:-1]
    found = credits([t for t in (tidy(ln) for ln in lines) if t], author=byline)
    bylines = [b for b in (found.byline, signature) if b]
    paragraphs = tuple(found.paragraphs)
    title = decks[0] if decks else title_from_text(paragraphs[0] if paragraphs else "…")
    code = record.page or page
    return Article(
        key=make_key(paper, record.date or date, title, paragraphs),
        title=title,
        subtitle=" ".join(decks[1:]) or None,
        section=record.column,
        page=code,
        page_name=record.page_name,
        dateline=found.dateline,
        byline=join_bylines(bylines),
        paragraphs=paragraphs,
        pages=(code,) if code else (),
    )


def _decks(heading: str | None, lines: list[str]) -> tuple[list[str], list[str]]:
    """The deck lines of the headline, and the lines of text after them.

    The body prints the heading's decks again, one a line, and shows where one deck ends
    better than the heading does; the first deck may run on into the text on its line.
    """
    if heading is None:
        return _unlabelled_decks(lines)
    rest = _squeeze(heading)
    decks: list[str] = []
    for n, raw in enumerate(lines):
        line = raw.strip(_INDENT)
        squeezed = _squeeze(line)
        if not rest or not squeezed:
            break
        if rest.startswith(squeezed):
            decks.append(tidy(line))
            rest = rest[len(squeezed) :]
            continue
        if squeezed.startswith(rest) and len(decks) < _MAX_DECKS:
            head, tail = _cut(line, len(rest))
            return [*decks, tidy(head)], [tail, *lines[n + 1 :]]
        break
    if decks and not rest:
        return decks, lines[len(decks) :]
    # the text repeats the deck only in part, or not at all: the heading's gaps part it
    parts = [tidy(p) for p in _DECK_GAP.split(heading) if p.strip()]
    return parts or [tidy(heading)], lines[len(decks) :]


def _unlabelled_decks(lines: list[str]) -> tuple[list[str], list[str]]:
    """Without a heading: the short unfinished lines before the text are the deck."""
    decks: list[str] = []
    for raw in lines[: _MAX_DECKS + 1]:
        line = raw.strip(_INDENT)
        if not _deck_like(line) or len(decks) == _MAX_DECKS:
            break
        if decks and (is_reporter_line(line) or is_name_line(line)):
            break  # the author under the deck: the text's, not a deck
        decks.append(tidy(line))
    if decks and len(decks) == len(lines):
        decks = decks[:1]  # a record of short lines only: its first is the title
    return decks, lines[len(decks) :]


def _deck_like(line: str) -> bool:
    if display_width(line) > _DECK_WIDTH or opens_with_dateline(line):
        return False
    return not ends_sentence(line) or line.endswith(("！", "？", "!", "?"))


def _signature(lines: list[str]) -> str | None:
    """A short last line set far to the right (`            李明`) signs the article."""
    if len(lines) < 2:
        return None
    last = lines[-1]
    lead = display_width(last[: len(last) - len(last.lstrip(_INDENT))].replace("\t", "    "))
    text = last.strip(_INDENT)
    body_lead = min(display_width(ln[: len(ln) - len(ln.lstrip(_INDENT))]) for ln in lines[:-1])
    if lead - body_lead < _SIGNATURE_LEAD or display_width(text) > 16 or ends_sentence(text):
        return None
    return tidy(text)


def _squeeze(text: str) -> str:
    """What two printings of a deck share: width and spacing do not count."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def _cut(line: str, count: int) -> tuple[str, str]:
    """The line split after its first `count` squeezed characters."""
    seen = 0
    for i, ch in enumerate(line):
        if seen == count:
            return line[:i], line[i:].strip(_INDENT)
        seen += len(_squeeze(ch))
    return line, ""
