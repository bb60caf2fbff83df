"""News sites' article pages (not e-papers): headline, author, date and the article's own text."""

from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup, PageElement, Tag

from reader.parsing.conventions import credits
from reader.parsing.html import tree
from reader.parsing.html.markup import clean, drop_comments, segments, split_body, text_of
from reader.parsing.html.records import Document, Story
from reader.parsing.vocabulary import iso_date, path_date

_CLUTTER = re.compile(
    r"(?:^|[-_\s])(?:ad|ads|advert\w*|banner|cookie\w*|consent|comments?|related\w*|"
    r"recommend\w*|share|sharing|social|sidebar|nav|navbar|menu|breadcrumbs?|subscribe|"
    r"newsletter|popup|modal|promo|footer|toolbar|tags?)(?:$|[-_\s])",
    re.IGNORECASE,
)
# Date, source and author lines of a news site sit above the text; the metadata holds them.
_META_LINE = re.compile(
    r"(?:^|[-_\s])(?:meta|date|time|source|info|byline|author|editor)(?:$|[-_\s])", re.I
)
_CLUTTER_TAGS = ("nav", "header", "footer", "aside", "form", "button", "input", "textarea", "menu")
# (A run of separators is tried from its start only, or a long one would take square time.)
_SITE_SUFFIX = re.compile(r"\s*(?:(?<![-_|–—])[-_|–—]+\s*[^-_|–—]{1,30}){1,3}$")


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """`<meta property|name=… content=…>`, first of each name, from one walk."""
    found: dict[str, str] = {}
    for el in soup.find_all("meta"):
        name = str(el.get("property") or el.get("name") or "").lower()
        value = clean(str(el.get("content") or ""))
        if name and value:
            found.setdefault(name, value)
    return found


def _first(metas: dict[str, str], *names: str) -> str | None:
    return next((metas[n] for n in names if n in metas), None)


def read_web_article(soup: BeautifulSoup, source: str) -> Document:
    """Headline, author, date and text of a news site's article page (not an e-paper)."""
    drop_comments(soup)
    tree.remove(soup.find_all(("script", "style", "noscript", "iframe", "template", "svg")))
    metas = _metas(soup)
    author = _first(metas, "author", "article:author", "byl")
    if author and (author.isdigit() or "://" in author):
        author = None
    author = author or _short_text(soup.select_one("[rel=author], .author, .byline"))
    date = iso_date(_first(metas, "article:published_time", "publishdate", "pubdate", "date"))
    time = soup.find("time", attrs={"datetime": True})
    date = date or (iso_date(str(time["datetime"])) if isinstance(time, Tag) else None)
    paper = _first(metas, "og:site_name", "application-name") or _site_of(text_of(soup.title))
    block = _main_block(soup)
    # Read after the page header is cut away: its <h1> is often the site's logo.
    title = _first(metas, "og:title", "twitter:title") or text_of(soup.find("h1"))
    title = title or _SITE_SUFFIX.sub("", text_of(soup.title))
    body = split_body(segments(block)) if block is not None else None
    doc = Document(source=source, paper=paper, date=date or path_date(source), kind="web")
    if body and (body.paragraphs or title):
        lines = [p for p in body.paragraphs if p != title]
        byline, dateline, paragraphs = credits(lines, author)
        doc.stories.append(
            Story(
                title=title or body.paragraphs[0][:20],
                byline=byline,
                dateline=dateline,
                paragraphs=tuple(paragraphs),
                captions=tuple(body.captions),
                images=tuple(body.images),
                paper=paper,
                date=doc.date,
            )
        )
    return doc


def _site_of(page_title: str) -> str | None:
    """`标题--文化--人民网` -> `人民网`: browsers' titles end with the site's name."""
    parts = [p for p in re.split(r"\s*(?:--|[-_|–—])\s*", page_title) if p]
    return parts[-1] if len(parts) > 1 and len(parts[-1]) <= 12 else None


def _main_block(soup: BeautifulSoup) -> Tag | None:
    """The `<article>`, or the element whose own paragraphs hold the most text."""
    # extract(), not decompose(): cutting out what an earlier cut already removed is harmless.
    holding_article = tree.holding(soup.find_all("article"))
    tree.remove(t for t in soup.find_all(_CLUTTER_TAGS) if id(t) not in holding_article)
    tree.remove(soup.find_all(_is_clutter))
    articles = soup.find_all("article") or soup.find_all(itemprop="articleBody")
    if articles:
        # one inside another has less text: only the outermost are weighed
        block = max(tree.outermost(articles), key=lambda a: len(a.get_text()))
    else:
        scores: Counter[int] = Counter()
        by_id: dict[int, Tag] = {}
        for p in soup.find_all("p"):
            parent = p.parent
            if isinstance(parent, Tag):
                scores[id(parent)] += len(p.get_text(strip=True))
                by_id[id(parent)] = parent
        if not scores:
            return soup.body
        block = by_id[scores.most_common(1)[0][0]]
    _drop_link_lists(block)
    return block


def _short_text(el: Tag | None) -> str | None:
    text = text_of(el)
    return text if 0 < len(text) <= 40 else None


def _is_clutter(tag: Tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    names = " ".join([*tag.get_attribute_list("class"), str(tag.get("id") or "")])
    return bool(names.strip()) and bool(_CLUTTER.search(names))


def _drop_link_lists(block: Tag, levels: int = 2) -> None:
    """Parts that are mostly links are navigation: 【1】【2】, 点击进入…, related stories.

    Only the block's children and grandchildren are weighed, each text counted a bounded
    number of times however deep or wide the page is.
    """
    children = [c for c in block.children if isinstance(c, Tag)]
    linked: Counter[int] = Counter()
    owner_of = _Owners(block)
    for link in tree.outermost(block.find_all("a")):  # a link inside a link counts once
        owner = owner_of(link)
        if owner is not None:
            linked[id(owner)] += len(link.get_text(strip=True))
    dropped = []
    for el in children:
        text = el.get_text(strip=True)
        classes = " ".join(c for c in el.get_attribute_list("class") if c)
        meta_line = len(text) < 120 and _META_LINE.search(classes)
        if text and (linked[id(el)] / len(text) > 0.6 or meta_line):
            dropped.append(el)
        elif levels > 1 and linked[id(el)]:
            _drop_link_lists(el, levels - 1)
    tree.remove(dropped)


class _Owners:
    """The child of `block` that holds an element; what is learnt on the way up is kept."""

    def __init__(self, block: Tag) -> None:
        self.block = block
        self.known: dict[int, Tag | None] = {id(c): c for c in block.children if isinstance(c, Tag)}

    def __call__(self, el: PageElement) -> Tag | None:
        path: list[int] = []
        node: PageElement | None = el
        while node is not None and node is not self.block and id(node) not in self.known:
            path.append(id(node))
            node = node.parent
        owner = self.known.get(id(node)) if node is not None else None
        for key in path:
            self.known[key] = owner
        return owner if isinstance(owner, Tag) else None
