"""Saved e-paper (数字报) pages of the Founder family: article pages, pad files, layout pages."""

from __future__ import annotations

import posixpath
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment, PageElement, Tag

from reader.parsing.conventions import (
    credits,
    is_editor_line,
    is_reporter_line,
    reporter_byline,
)
from reader.parsing.errors import ParseError
from reader.parsing.html import tree
from reader.parsing.html.columns import split_columns
from reader.parsing.html.index import Index
from reader.parsing.html.markup import (
    LINE,
    Body,
    cjk_squeeze,
    clean,
    holds,
    inside,
    segments,
    split_body,
    text_of,
)
from reader.parsing.html.pagemap import read_printed
from reader.parsing.html.records import Document, Link, Story
from reader.parsing.vocabulary import (
    EDITION_SUFFIX,
    HAN,
    NEWS_DESK,
    PAGE,
    PAPER_ENDING,
    iso_date,
    page_code,
    path_date,
)

# More article bodies than this in one file is no newspaper page (the pad file of a whole
# issue holds a few dozen).
MAX_BODIES = 1_000
_WRAPPED = "data-enpcontent"  # marks what the enpcontent comments enclosed
_FIELD_OPEN = re.compile(r"<([a-z][\w-]*)>", re.IGNORECASE)
_FIELD_CLOSE = re.compile(r"</([a-z][\w-]*)>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_VIEW_CALL = re.compile(r"""view\(\s*(["'])""")
_VIEW_END = {quote: re.compile(quote + r"\s*\)") for quote in "'\""}
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# No saved file's name, nor an article's address, is longer than this.
_MAX_NAME = 255
_MAX_HREF = 2_048
_ARTICLE_HREF = re.compile(
    r"(?:^|/)(?:content_[\w-]+|nw\.D\d+\w*?_\d{8}_\d+-\w+)\.s?html?$", re.IGNORECASE
)
_PAGE_LABEL = re.compile(rf"第?\s*({PAGE})\s*版\s*[:：]?\s*(.*)")
_PAGE_LINK = re.compile(rf"^(?:第\s*)?({PAGE})\s*(?:版)?\s*[:：]\s*(.+)$")
_PAGE_IN_DATE = re.compile(rf"第?\s*({PAGE})\s*版")
# The page in a file name: nw.D110000renmrb_20171016_1-01.htm, nbs.D110000renmrb_01.htm, and
# the newer layout/…/node_01.html (never the classic node_2.htm, whose number is no page).
_URL_PAGE = re.compile(
    r"nw\.D\d+\w*?_\d{8}_\d+-(\w+)\.s?html?|nbs\.D\d+\w*?_(\w+)\.s?html?"
    r"|node_(0\d|[A-Z]\d{2})\.html",
    re.IGNORECASE,
)
_PAPER_IN_QUOTES = re.compile(r"《\s*([^》]{2,20}?)\s*》")
_PAPER_NAME = re.compile(rf"[{HAN}]{{1,12}}{PAPER_ENDING}")
_COPYRIGHT_PAPER = re.compile(rf"(?:©|&copy;|版权所有)\s*([{HAN}]{{2,12}}?[报報])")
_TITLE_SPLIT = re.compile(r"\s*(?:--|—+|–|-|_|\||·|：)\s*")
_PAPER_SUFFIX = re.compile(f"{EDITION_SUFFIX}$")
_SOURCE_NAME = re.compile(rf"{NEWS_DESK}|{_PAPER_NAME.pattern}")  # a paper, site or station

# Founder templates name the headline's parts by element (`founder-title`), by id in the pad
# (`#main-title`) and pc (`#Title`) pages, or by place (`.text_c h1`).
_KICKER = ("#intro-title", "#PreTitle", "founder-introtitle", ".text_c h3", ".article h3")
_TITLE = ("#main-title", "#Title", "founder-title", ".text_c h1", ".article h1", "td.font01")
_SUBTITLE = ("#sub-title", "#SubTitle", "founder-subtitle", ".text_c h2", ".article h2")
_AUTHOR = (
    "founder-author", "#Author", ".text_c h4", ".article h4", ".text_c .sec", ".article .sec",
)  # fmt: skip
_BODY_FALLBACK = ("#ozoom", "#articleContent", "div.c_c", "#content", ".article-content")
_DATE_PLACES = ("founder-date", ".sec .date", "div.date", "#riqi_", "#author", ".lai", ".date")
# Only e-paper templates: a news site's `.article h1` and `#content` alone are no e-paper page.
_EPAPER_HEADLINE = ("#main-title", "founder-title", ".text_c h1", "td.font01")
_EPAPER_PAGE = ("#ozoom", "div.c_c", "a#pageLink", "#nowLayout", ".banci")
_PAGE_PLACES = (".banci", ".l_t", ".ban_t li", "td.px12", ".paper-bot")
# A page's own label anywhere on it: `第3版 廉政视点`, `第A05版：要闻`, the name optional.
_PAGE_MARK = re.compile(rf"第\s*{PAGE}\s*版")
_PAGE_HEAD = re.compile(rf"^第\s*({PAGE})\s*版\s*[:：]?\s*([{HAN}·]{{1,16}})?$")
_MAX_LABELS = 50
_FURNITURE = ("script", "style", "noscript", "iframe", "template", "select")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S{1,2000})", re.IGNORECASE)
_SAVED_NOTE_PLACES = 3  # the note opens the file
_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_MAX_DATES = 20
_NOT_AN_ARTICLE = Link("", "")  # a listed link that is the page's, not an article's
_REPORTER_REACH = 8  # elements looked at back from the text for its reporter line
_REPORTER_CHARS = 40
_INFO_FIELDS = re.compile(r"\s*[|｜]\s*|\s{3,}|\u3000{2,}")


def read_epaper(soup: BeautifulSoup, source: str) -> Document | None:
    """Articles or a layout page's links from a Founder page; None if it is neither."""
    tree.remove([tag for tag in soup.find_all(_FURNITURE) if not _unwrap_view_title(tag)])
    comments = [c for c in soup.find_all(string=_is_comment) if isinstance(c, Comment)]
    properties = [(c, enp_properties(str(c))) for c in comments if "enpproperty" in c]
    idx = Index(soup)
    anchors = _body_anchors(soup, idx, comments)
    scopes = _scopes(soup, anchors)
    page_props, own_props = _assign(properties, scopes)
    saved = _saved_from(comments)
    tree.remove(comments)
    # A page of one article that names it nowhere else names it in its <title>.
    lone = {"pagetitle": _lone_title(soup)} if len(anchors) == 1 else {}
    doc = Document(source=source)
    doc.page_names = _page_list(idx)
    doc.paper = page_props.get("papername") or _paper(soup, idx)
    dated = iso_date(page_props.get("date")) or _date(idx, soup) or _first_date(soup, anchors)
    doc.date = dated or path_date(source) or path_date(saved)
    doc.page, doc.page_name = _own_page(idx, source, page_props, doc.page_names, saved)
    if anchors:
        headlines = _headline_holders(idx)
        for anchor, scope, own in zip(anchors, scopes, own_props, strict=True):
            props = {**lone, **page_props, **own}
            story = _story(idx, scope, anchor, props, doc, headlines)
            if story:
                doc.stories.append(story)
        return doc
    doc.links = _layout_links(soup) if _lists_epaper_articles(soup, idx, source) else []
    if not doc.links and page_props.get("type") != "2":
        return None
    doc.kind = "layout"
    doc.printed = read_printed(soup, _href)
    return doc


# --- comments and body anchors -------------------------------------------------------------


def enp_properties(text: str) -> dict[str, str]:
    """Fields of an `enpproperty` comment, `founder-` prefixes dropped; first value wins."""
    props: dict[str, str] = {}
    for name, value in _fields(text):
        key = name.lower().removeprefix("founder-")
        value = clean(_TAG.sub("", _without_comments(value)), unwrap=False)
        if value and key not in props:
            props[key] = value
    return props


def _fields(text: str) -> Iterator[tuple[str, str]]:
    """`<name>value</name>` in turn, as a lazy pattern (`<(name)>(.*?)</name>`) would find
    them, but in linear time: each opening looks up the first closing of its name after it
    instead of searching the rest of the text (as it would for every unclosed opening)."""
    closings: dict[str, list[tuple[int, int]]] = {}
    for close in _FIELD_CLOSE.finditer(text):
        closings.setdefault(close.group(1).lower(), []).append((close.start(), close.end()))
    pos = 0
    while opening := _FIELD_OPEN.search(text, pos):
        spans = closings.get(opening.group(1).lower(), [])
        at = bisect_left(spans, (opening.end(), 0))
        if at == len(spans):
            pos = opening.start() + 1
            continue
        start, end = spans[at]
        yield opening.group(1), text[opening.end() : start]
        pos = end


def _without_comments(text: str) -> str:
    """The text without `<!--…-->` comments; an unclosed one is left as it is."""
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        parts.append(text[pos:start])
        pos = end + 3
    return "".join(parts) + text[pos:] if parts else text


def _is_comment(node: object) -> bool:
    return isinstance(node, Comment)


def _saved_from(comments: list[Comment]) -> str:
    """The address a browser saved the page from (`<!-- saved from url=(0077)http://… -->`):
    it still names the date and page when the file was saved under another name."""
    for comment in comments[:_SAVED_NOTE_PLACES]:
        match = _SAVED_FROM.match(comment.strip())
        if match:
            return match.group(1)
    return ""


def _is_marker(node: object, name: str) -> bool:
    return isinstance(node, Comment) and node.strip().lower() == name


def _body_anchors(soup: BeautifulSoup, idx: Index, comments: list[Comment]) -> list[Tag]:
    """Each article body: a `founder-content` element, or what enpcontent markers enclose."""
    wrappers = _wrap_marked(soup, comments)
    anchors = idx.select("founder-content") or wrappers
    if anchors is not wrappers and wrappers:  # both kinds: keep the page's order
        anchors = soup.find_all(lambda t: t.name == "founder-content" or t.has_attr(_WRAPPED))
    if len(anchors) > MAX_BODIES:
        raise ParseError("the page holds too many articles to be a newspaper page")
    if not anchors and _epaper_template(idx):
        anchors = [el for sel in _BODY_FALLBACK for el in idx.select(sel)][:1]
    return [a for a in tree.outermost(anchors) if isinstance(a, Tag)]


def _wrap_marked(soup: BeautifulSoup, comments: list[Comment]) -> list[Tag]:
    """What each `<!--enpcontent-->` encloses, up to its `<!--/enpcontent-->` (or the end of
    its parent), wrapped in a marked div; in page order."""
    markers = [c for c in comments if _is_marker(c, "enpcontent")]
    if len(markers) > MAX_BODIES:
        raise ParseError("the page holds too many articles to be a newspaper page")
    order = {id(c): n for n, c in enumerate(comments)}
    starts: dict[int, Tag] = {}
    for marker in markers:
        parent = marker.parent
        if parent is not None and not inside(marker, ("founder-content",)):
            starts[id(parent)] = parent
    found: list[tuple[int, Tag]] = []
    for parent in starts.values():
        found += _wrap_runs(soup, parent, order)
    return [wrapper for _, wrapper in sorted(found, key=lambda item: item[0])]


def _wrap_runs(soup: BeautifulSoup, parent: Tag, order: dict[int, int]) -> list[tuple[int, Tag]]:
    """Wrap each marked run among a parent's children, the last first, so the places of
    the runs before it stay as they are; a run not closed goes on to the parent's end."""
    found = []
    contents = parent.contents
    close: int | None = None
    for at in range(len(contents) - 1, -1, -1):
        node = contents[at]
        if _is_marker(node, "/enpcontent"):
            close = at
        elif _is_marker(node, "enpcontent") and not _is_marker(node.previous_sibling, "enpcontent"):
            stop = len(contents) if close is None else close
            if stop > at + 1:
                wrapper = tree.wrap(
                    parent, at + 1, stop, soup.new_tag("div", attrs={_WRAPPED: "1"})
                )
                found.append((order.get(id(node), 0), wrapper))
                close = None if close is None else at + 2
    return found


def _epaper_template(idx: Index) -> bool:
    """An e-paper article page without body markers: its headline or page elements say so."""
    if any(idx.select(sel) for sel in _EPAPER_HEADLINE):
        return True
    if idx.select("#ozoom") and idx.select("h1"):
        return True  # the text in Founder's zoomable box under a headline
    return bool(idx.select(".article h1")) and any(idx.select(sel) for sel in _EPAPER_PAGE)


def _lists_epaper_articles(soup: BeautifulSoup, idx: Index, source: str) -> bool:
    """A layout page links to article files named as e-papers name them (content_N.htm,
    nw.D…), beside its page picture's map, its list of pages or its page in the file name,
    or more of them than text of its own; a news site's image map, or its links to related stories
    beside its own text, make no layout page."""
    links = [a for a in soup.find_all(("a", "area"), href=True)]
    if not any(_is_article_href(_href(a.get("href"))) for a in links):
        return False
    if soup.find("map") or idx.select("a#pageLink") or _page_in_name(source):
        return True
    listed = sum(len(clean(a.get_text(" "))) for a in tree.outermost(links))
    return len(clean(soup.get_text(" "))) - listed < listed


def _scopes(soup: BeautifulSoup, anchors: list[Tag]) -> list[Tag]:
    """For each body, the largest part of the page that holds no other body."""
    if len(anchors) <= 1:
        return [soup] * len(anchors)
    counts: Counter[int] = Counter()
    chains = [list(anchor.parents) for anchor in anchors]
    for chain in chains:
        counts.update(id(p) for p in chain)
    bases: list[Tag] = []
    for anchor, chain in zip(anchors, chains, strict=True):
        scope = anchor
        for parent in chain:
            if counts[id(parent)] > 1:
                break
            scope = parent
        bases.append(scope)
    return _with_lead_ins(soup, bases, counts)


def _with_lead_ins(soup: BeautifulSoup, bases: list[Tag], counts: Counter[int]) -> list[Tag]:
    """Bodies side by side in one parent: each takes the headline siblings before it.

    The siblings of each parent are wrapped from the last body back, so the places of the
    bodies before stay as they are.
    """
    taken = {id(b) for b in bases}
    scopes = {id(b): b for b in bases}
    by_parent: dict[int, Tag] = {id(b.parent): b.parent for b in bases if b.parent is not None}
    for parent in by_parent.values():
        contents = parent.contents
        at = len(contents) - 1
        while at >= 0:
            base, start = contents[at], at
            if id(base) in taken:
                while start > 0 and _leads_in(contents[start - 1], taken, counts):
                    start -= 1
                if any(isinstance(node, Tag) for node in contents[start:at]):
                    scopes[id(base)] = tree.wrap(parent, start, at + 1, soup.new_tag("div"))
            at = start - 1
    return [scopes[id(b)] for b in bases]


def _leads_in(node: PageElement, taken: set[int], counts: Counter[int]) -> bool:
    """May a sibling before a body be its lead-in (not the previous article, nor part of it)?"""
    if id(node) in taken or counts[id(node)] or getattr(node, "name", None) == "founder-content":
        return False
    return not (isinstance(node, Comment) and "enpproperty" in node)


def _assign(
    properties: list[tuple[Comment, dict[str, str]]], scopes: list[Tag]
) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Page-wide fields, and each article's own fields, from the enpproperty comments."""
    page: dict[str, str] = {}
    own: list[dict[str, str]] = [{} for _ in scopes]
    owner = _Owner(scopes)
    owners = [owner(comment) for comment, _ in properties]
    # With several articles, or an article with a comment of its own, a comment outside
    # them cannot say whose id, title or author it holds: only the paper and date are shared.
    shared_only = len(scopes) > 1 or any(at is not None for at in owners)
    for (_, props), at in zip(properties, owners, strict=True):
        if at is not None and _same_article(own[at], props):
            own[at] = {**props, **own[at]}
        if shared_only:
            props = {k: v for k, v in props.items() if k in ("papername", "date")}
        page = {**props, **page}
    return page, own


def _same_article(known: dict[str, str], props: dict[str, str]) -> bool:
    """Whether a further comment speaks of the article `known` came from (no other id or title)."""
    keys = ("articleid", "paperarticleid", "title")
    return all(known[k] == props[k] for k in keys if known.get(k) and props.get(k))


class _Owner:
    """The article a comment belongs to: the one around it, or the one it trails (after
    `</html>` of a page pasted into another). Each parent's children are looked at once."""

    def __init__(self, scopes: list[Tag]) -> None:
        self.index = {id(scope): n for n, scope in enumerate(scopes)}
        self.trailed: dict[int, dict[int, int | None]] = {}

    def __call__(self, comment: Comment) -> int | None:
        at = next((self.index[id(p)] for p in comment.parents if id(p) in self.index), None)
        if at is None and comment.parent is not None:
            at = self._trailed(comment.parent).get(id(comment))
        return at

    def _trailed(self, parent: Tag) -> dict[int, int | None]:
        """For each child, the last article before it among its siblings."""
        if id(parent) not in self.trailed:
            last: int | None = None
            table: dict[int, int | None] = {}
            for child in parent.contents:
                table[id(child)] = last
                last = self.index.get(id(child), last)
            self.trailed[id(parent)] = table
        return self.trailed[id(parent)]


# --- one article ---------------------------------------------------------------------------


def _story(
    idx: Index, scope: Tag, anchor: Tag, props: dict[str, str], doc: Document, headlines: set[int]
) -> Story | None:
    paper = props.get("papername") or doc.paper
    figure = _figure_area(anchor, scope, headlines)
    body = split_body(segments(anchor))
    td_kicker, td_title, td_subtitle = _td_headline(idx, scope)
    skip = {paper or ""}
    named = _first_text(idx, scope, _TITLE, skip) or td_title
    bare = None if named else idx.select_one("h1", scope)
    title = named or props.get("title", "") or _first_text(idx, scope, ("h1",), skip)
    title = title or props.get("pagetitle", "")
    if not title and not body.paragraphs:
        return None
    kicker = _first_text(idx, scope, _KICKER) or td_kicker or props.get("introtitle")
    subtitle = _first_text(idx, scope, _SUBTITLE) or td_subtitle or props.get("subtitle")
    subtitle = subtitle or _deck_after(bare)
    date = iso_date(props.get("date")) or _date(idx, scope) or doc.date
    author = _author(idx, scope) or props.get("author")
    author = author or _reporter_above(anchor, title, headlines)
    byline, dateline, paragraphs = credits(body.paragraphs, author)
    page, page_name = _story_page(idx, scope, props, doc)
    return Story(
        title=title or _untitled(paragraphs or body.paragraphs),
        kicker=kicker or None,
        subtitle=subtitle or None,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        captions=tuple(figure.captions + body.captions),
        images=tuple(figure.images + body.images),
        page=page,
        page_name=page_name,
        paper=paper,
        date=date,
        ident=props.get("paperarticleid") or props.get("articleid"),
    )


def _lone_title(soup: BeautifulSoup) -> str:
    """The part of the page's <title> that is no paper's or site's name (`标题--江城日报`)."""
    parts = [p for p in _TITLE_SPLIT.split(text_of(soup.title)) if p]
    named = [p for p in parts if not _SOURCE_NAME.fullmatch(_PAPER_SUFFIX.sub("", p))]
    return named[0] if len(named) == 1 and len(named[0]) > 1 else ""


def _first_date(soup: BeautifulSoup, anchors: list[Tag]) -> str | None:
    """The first full date printed on the page outside the articles' text: the issue's, in
    a header or an article's information line, whatever the template calls it."""
    bodies = {id(a) for a in anchors}
    for text in soup.find_all(string=_FULL_DATE, limit=_MAX_DATES):
        if not any(id(p) in bodies for p in text.parents):
            date = iso_date(str(text))
            if date:
                return date
    return None


def _deck_after(headline: Tag | None) -> str | None:
    """Under a plain `h1`, an `h2` right after it is its subtitle."""
    after = headline.find_next_sibling(True) if headline is not None else None
    return text_of(after) or None if after is not None and after.name == "h2" else None


def _untitled(paragraphs: list[str]) -> str:
    """A page that lost its headline still needs a name in the sidebar."""
    opening = paragraphs[0] if paragraphs else ""
    return opening[:20] + ("…" if len(opening) > 20 else "")


def _first_text(
    idx: Index, scope: Tag, selectors: tuple[str, ...], skip: set[str] | None = None
) -> str:
    for selector in selectors:
        for el in idx.select(selector, scope):
            text = text_of(el)
            if text and text not in (skip or ()):
                return text
    return ""


def _td_headline(idx: Index, scope: Tag) -> tuple[str, str, str]:
    """Classic Founder tables: kicker in the `font02` cell above `font01`, subtitle below."""
    title_cell = idx.select_one("td.font01", scope)
    if title_cell is None:
        return "", "", ""
    # The title's table, unless it holds other articles too: then only this one's part of it.
    table = title_cell.find_parent("table")
    region = table if table is not None and scope in table.parents else scope
    cells = [c for c in region.find_all("td") if {"font01", "font02"} & set(c.get("class") or ())]
    at = next(i for i, c in enumerate(cells) if c is title_cell)
    before = text_of(cells[at - 1]) if at > 0 and "font02" in cells[at - 1]["class"] else ""
    after = cells[at + 1] if at + 1 < len(cells) else None
    subtitle = text_of(after) if after is not None and "font02" in after["class"] else ""
    return before, text_of(title_cell), subtitle


def _author(idx: Index, scope: Tag) -> str | None:
    for selector in _AUTHOR:
        el = idx.select_one(selector, scope)
        if el is None:
            continue
        text = text_of(el)
        for date in idx.select(".date", el):  # `.sec` holds the author line and the date
            text = text.replace(text_of(date), "").strip()
        if text and not iso_date(text):
            return text
    return None


def _reporter_above(anchor: Tag, title: str, headlines: set[int]) -> str | None:
    """A reporter line set between the headline and the text (`记者 王欢 通讯员 李丽`)."""
    holders = {id(p) for p in anchor.parents}
    for el in anchor.find_all_previous(True, limit=_REPORTER_REACH):
        text = text_of(el)
        if id(el) in holders or not text:
            continue
        if id(el) in headlines or text == title or len(text) > _REPORTER_CHARS:
            return None  # the headline, or text: no reporter line between
        field = _INFO_FIELDS.split(text, maxsplit=1)[0]  # `记者 王欢 | 2024年02月03日`
        if is_reporter_line(field):
            return reporter_byline(field)
    return None


def _figure_area(anchor: Tag, scope: Tag, headlines: set[int]) -> Body:
    """Pictures and their captions placed just before the body, outside it."""
    parts: list[str] = []
    node: Tag = anchor
    for _ in range(2):
        if node is scope or node.parent is None:
            break
        before = []
        for sib in node.previous_siblings:
            if isinstance(sib, Tag) and id(sib) in headlines:
                break
            before.append(sib)
        else:
            sib = None
        blocks = [s for s in reversed(before) if isinstance(s, Tag)]
        if any(b.name == "img" or holds(b, ("img",), limit=None) for b in blocks):
            for block in blocks:
                parts.extend(segments(block))
            tree.remove(blocks)
            break
        if sib is not None:  # a headline before the body ends the area
            break
        node = node.parent
    figure = split_body(parts, figure_area=True)
    # A page header or sidebar is no figure: a figure is pictures with a short text each.
    if not figure.images or len(figure.captions) > 2 * len(figure.images):
        return Body([], [], [])
    if any(len(c) > 300 for c in figure.captions):
        return Body([], [], [])
    return figure


def _headline_holders(idx: Index) -> set[int]:
    """Ids of the headlines of a page and of the elements holding one."""
    heads = [el for name in ("h1", "h2", "h3", "founder-title") for el in idx.select(name)]
    titles = [el for sel in (*_TITLE, "h1", "h2", "h3") for el in idx.select(sel)]
    return {id(el) for el in heads} | tree.holding(titles)


def _story_page(
    idx: Index, scope: Tag, props: dict[str, str], doc: Document
) -> tuple[str | None, str | None]:
    now = idx.select_one("#nowLayout", scope)
    code = page_code(props.get("pagenum")) or page_code(text_of(now))
    if not code:
        for selector in (".sec .date", ".lai", ".date"):
            match = _PAGE_IN_DATE.search(text_of(idx.select_one(selector, scope)))
            if match:
                code = page_code(match.group(1))
                break
    # On e-paper pages the comment's node is the page (版) the article was filed under.
    node = _PAGE_LABEL.match(props.get("nodename", ""))
    if not code and node:
        code = page_code(node.group(1))
    if not code:
        code = _page_in_name(props.get("url", ""))
    code = code or doc.page
    name = doc.page_names.get(code or "") or (doc.page_name if code == doc.page else None)
    node_name = node.group(2) if node else props.get("nodename")
    return code, name or (cjk_squeeze(node_name) if code and node_name else None)


# --- page-wide facts -------------------------------------------------------------------------


def _date(idx: Index, root: Tag) -> str | None:
    for selector in _DATE_PLACES:
        for el in idx.select(selector, root):
            date = iso_date(text_of(el))
            if date:
                return date
    return None


def _paper(soup: BeautifulSoup, idx: Index) -> str | None:
    for selector in (".sec .date", ".lai", "#riqi_", "div.date"):
        el = idx.select_one(selector)
        text = text_of(el)
        quoted = _PAPER_IN_QUOTES.search(text)
        if quoted:
            return clean(quoted.group(1))
        named = _PAPER_NAME.match(text)
        if named:
            return named.group(0)
    channel = idx.select_one("input[name=channelname]")
    if channel is not None and _PAPER_NAME.fullmatch(str(channel.get("value", ""))):
        return str(channel["value"])
    # `标题--江城日报`, `江城日报--数字报`: the paper's name is the last part that is one.
    parts = [_PAPER_SUFFIX.sub("", p) for p in _TITLE_SPLIT.split(text_of(soup.title))]
    names = [p for p in reversed(parts) if _PAPER_NAME.fullmatch(p)]
    if names:
        return names[0]
    copyright_ = _COPYRIGHT_PAPER.search(soup.get_text(" "))
    return copyright_.group(1) if copyright_ else None


def _page_list(idx: Index) -> dict[str, str]:
    """Page names from the list of pages (`第01版：要闻`, `A01： 头版`)."""
    names: dict[str, str] = {}
    for link in idx.select("a#pageLink"):
        match = _PAGE_LINK.match(text_of(link))
        code = page_code(match.group(1)) if match else None
        if match and code and code not in names:
            names[code] = cjk_squeeze(match.group(2).strip())
    return names


def _own_page(
    idx: Index, source: str, props: dict[str, str], names: dict[str, str], saved: str = ""
) -> tuple[str | None, str | None]:
    code = page_code(props.get("pagenum"))
    name = None
    if not code:
        base = posixpath.basename(source.replace("\\", "/"))
        for link in idx.select("a#pageLink"):
            if posixpath.basename(str(link.get("href", "")).split("?")[0]) == base:
                match = _PAGE_LINK.match(text_of(link))
                code = page_code(match.group(1)) if match else None
                break
    if not code:
        code, name = _page_from_text(idx)
    if not code:
        code = _page_in_name(source) or _page_in_name(saved)
    return code, names.get(code or "") or name


def _page_in_name(path: str) -> str | None:
    name = posixpath.basename(path.replace("\\", "/"))
    match = _URL_PAGE.search(name) if len(name) <= _MAX_NAME else None
    return page_code(next(g for g in match.groups() if g)) if match else None


def _page_from_text(idx: Index) -> tuple[str | None, str | None]:
    for selector in _PAGE_PLACES:
        for el in idx.select(selector):
            match = _PAGE_LABEL.match(cjk_squeeze(text_of(el)))
            code = page_code(match.group(1)) if match else None
            if match and code:
                words = match.group(2).split()
                return code, (words[0] if words else None)
    return _page_label(idx.root)


def _page_label(root: Tag) -> tuple[str | None, str | None]:
    """The first element that reads only `第3版 廉政视点` and links nowhere: the page's own
    label, whatever the template calls it (the page list's entries are links)."""
    for text in root.find_all(string=_PAGE_MARK, limit=_MAX_LABELS):
        el = text.parent
        for _ in range(3):  # the label's text may be split over a span or two
            if not isinstance(el, Tag) or el.name == "a" or inside(el, ("a",)):
                break
            match = _PAGE_HEAD.match(cjk_squeeze(text_of(el)))
            if match:
                return page_code(match.group(1)), match.group(2) or None
            el = el.parent
    return None, None


# --- layout pages ------------------------------------------------------------------------------


def _unwrap_view_title(tag: Tag) -> bool:
    """People's Daily writes its title list with `document.write(view("…"))`: the script
    becomes the title it writes."""
    if tag.name != "script" or not inside(tag, ("a",)):
        return False
    title = _view_argument(tag.string or "")
    if title is None:
        return False
    tag.name = "span"  # in place: replacing it would search its parent's children
    tag.string = _TAG.sub("", _BR.sub(LINE, title))
    return True


def _view_argument(script: str) -> str | None:
    """The argument of the first `view("…")` that is closed, as a lazy pattern would find
    it, but in linear time: once a quote is never closed, no later call with that quote is
    looked at (a pattern would search the rest of the script from each of them)."""
    unclosed: set[str] = set()
    for call in _VIEW_CALL.finditer(script):
        quote = call.group(1)
        if quote in unclosed:
            continue
        end = _VIEW_END[quote].search(script, call.end())
        if end is not None:
            return script[call.end() : end.start()]
        unclosed.add(quote)
    return None


def _href(value: object) -> str:
    href = str(value or "")
    if len(href) > _MAX_HREF:
        return ""
    return href.strip().split("?", 1)[0].split("#", 1)[0].replace("\\", "/")


def _is_article_href(href: str) -> bool:
    return bool(_ARTICLE_HREF.search(href)) and not re.match(r"^[a-z]+:|^//", href, re.I)


def _layout_links(soup: BeautifulSoup) -> list[Link]:
    """The page's articles in reading order: the title list, then image-map areas left over."""
    areas: list[str] = []
    labels: dict[str, str] = {}  # an area's own `title` or `alt`, for a page with no list
    for page_map in soup.find_all("map"):
        for area in page_map.find_all("area"):
            href = _href(area.get("href"))
            areas.append(href)
            label = clean(str(area.get("title") or area.get("alt") or ""))
            if href and label and href not in labels:
                labels[href] = label
    area_set = {a for a in areas if a}
    links: dict[str, Link] = {}
    for anchor in soup.find_all("a", href=True):
        href = _href(anchor["href"])
        # With an image map, its areas say which links are this page's articles.
        wanted = href in area_set if area_set else _is_article_href(href)
        if not href or href in links or not wanted:
            continue
        # `<a><h3>标题</h3><p>记者 某某</p></a>`: the heading is the title, the rest is not
        heading = anchor.find(_HEADINGS)
        shown = heading if isinstance(heading, Tag) and text_of(heading) else anchor
        lines = [clean(t, unwrap=False) for t in text_of(shown, br=LINE).split(LINE)]
        lines = [t for t in lines if t]
        if lines and is_editor_line(lines[0]):
            links[href] = _NOT_AN_ARTICLE  # `本版责编：…`, linked as the articles are
        elif lines:
            links[href] = Link(href, lines[0], " ".join(lines[1:]) or None)
    for href in areas:
        if href and href not in links:
            links[href] = Link(href, labels.get(href, ""))
    listed = [link for link in links.values() if link is not _NOT_AN_ARTICLE]
    for link, (title, section) in zip(
        listed, split_columns([k.title for k in listed]), strict=True
    ):
        link.title, link.section = title, section
    return listed
