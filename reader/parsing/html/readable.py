"""The article's own text on a news site's page: paragraphs scored, their best container kept.

Each paragraph scores for its length and its clauses, and passes the score on to its parent
and, less and less, to the elements above. The best-scoring container, with the siblings that
score near it, holds the article (an article in sections or grid blocks keeps them all); inside
it, boxes that are mostly links, pictures or form fields are page furniture and leave. The way
of scoring is Readability's, which news sites are built to read well in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from bs4 import BeautifulSoup, NavigableString, Tag

from reader.parsing.html import names, tree
from reader.parsing.html.markup import holds, inside
from reader.parsing.vocabulary import HAN

# Children that make an element a container rather than a paragraph of its own.
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "dl", "div", "fieldset", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "ul",
))  # fmt: skip
_NEVER_CUT = frozenset(("html", "body", "article", "main"))
_UNLIKELY_TAGS = frozenset(("nav", "aside", "footer", "form", "menu", "dialog"))
_UNLIKELY_ROLES = frozenset(
    ("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog")
)
_CHECKED = frozenset((
    "div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "aside", "nav", "footer",
    "header", "figure", "menu",
))  # fmt: skip
_TAG_SCORE = {
    "div": 5, "pre": 3, "td": 3, "blockquote": 3, "address": -3, "ol": -3, "ul": -3,
    "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5,
    "h4": -5, "h5": -5, "h6": -5, "th": -5,
}  # fmt: skip
_COMMA_CHARS = ",，、،"
_WIDE = re.compile(rf"[{HAN}\u3040-\u30ff\uac00-\ud7af]")
_MIN_PARAGRAPH = 25
# A line that is only a link this long or shorter is a way elsewhere (`图集`, `点击进入专题>>`);
# a longer one (`Read the full transcript of his interview`) is the article's own pointer.
_LINK_LINE = 30
_AUTHOR_NOTE = 1000  # characters: a box named a bio and longer is more than the writer's note
_SHORT_ARTICLE = 250  # characters: less and the furniture cut was too eager, read again without
# A box with less than this share of its `<main>` or `<article>`'s text is only a part of it
_SMALL_PART = 0.5
_LIST_LABEL = re.compile(
    r"^(?:read more|more on this(?: story)?|related(?: stories| articles| coverage)?|see also"
    r"|相关(?:阅读|新闻|报道)|延伸阅读|推荐阅读)\s*[:：]?$",
    re.IGNORECASE,
)
_SENTENCE_ENDS = (".", "。", "!", "?", "！", "？", ":", "：", "…", "”", "’", '"', "」")
_FEW_PARAGRAPHS = 2
_WRAPPER_LINKS = 0.25
_ITEM_LINKS = 0.25
_ALL_LINK = 0.9  # share of a line's text in links that makes it a link
_LINK_RUN = 2  # lines that are each a link, in a row, that make a list of other stories


@dataclass
class _Stats:
    """Per element, from one walk: its text, the part of it in links, what it holds."""

    text: dict[int, int] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)
    commas: dict[int, int] = field(default_factory=dict)
    counts: dict[int, dict[str, int]] = field(default_factory=dict)


def _length(text: str) -> int:
    """Length in Latin letters: a Chinese or Japanese character says as much as two."""
    return len(text) + len(_WIDE.findall(text))


def _walk_stats(root: Tag) -> _Stats:
    """Text, link text and tag counts of every element, children before parents: linear."""
    stats = _Stats()
    tags = [root, *root.find_all(True)]
    for tag in reversed(tags):
        text = links = commas = 0
        counts: dict[str, int] = {}
        for child in tag.children:
            if isinstance(child, Tag):
                key = id(child)
                text += stats.text.get(key, 0)
                links += stats.links.get(key, 0)
                commas += stats.commas.get(key, 0)
                for name, n in stats.counts.get(key, {}).items():
                    counts[name] = counts.get(name, 0) + n
                if child.name in ("p", "img", "li", "input", "embed", "object", "iframe"):
                    counts[child.name] = counts.get(child.name, 0) + 1
            elif type(child) is NavigableString:
                stripped = child.strip()
                text += _length(stripped)
                commas += sum(stripped.count(c) for c in _COMMA_CHARS)
        key = id(tag)
        stats.text[key] = text
        stats.links[key] = text if tag.name == "a" else links
        stats.commas[key] = commas
        if counts:
            stats.counts[key] = counts
    return stats


class _Page:
    """A page's elements with their figures, read once, for the scoring passes."""

    def __init__(self, soup: BeautifulSoup, headline: Tag | None) -> None:
        self.body = soup.body or soup
        self.stats = _walk_stats(self.body)
        self.names: dict[int, frozenset[str]] = {}
        # Elements around the headline or an <article>: the article's own wrappers
        marks = [headline] if headline is not None else []
        marks += self.body.find_all(("article", "main"))
        marks += self.body.find_all(True, attrs={"itemprop": "articleBody"})
        self.wrappers = {id(mark) for mark in marks} | tree.holding(marks)

    def words(self, tag: Tag) -> frozenset[str]:
        key = id(tag)
        if key not in self.names:
            self.names[key] = names.words(tag)
        return self.names[key]

    def text(self, tag: Tag) -> int:
        return self.stats.text.get(id(tag), 0)

    def link_density(self, tag: Tag) -> float:
        text = self.text(tag)
        return self.stats.links.get(id(tag), 0) / text if text else 0.0

    def count(self, tag: Tag, name: str) -> int:
        return self.stats.counts.get(id(tag), {}).get(name, 0)


def main_content(soup: BeautifulSoup, headline: Tag | None = None) -> list[Tag]:
    """The elements that hold the article's text, in page order, furniture cut out of them.

    `headline` is the article's `<h1>`: what holds it is never furniture.
    """
    page = _Page(soup, headline)
    blocks = _best_blocks(page, skip_unlikely=True)
    if sum(page.text(b) for b in blocks) < _SHORT_ARTICLE:
        again = _best_blocks(page, skip_unlikely=False)
        if sum(page.text(b) for b in again) > sum(page.text(b) for b in blocks):
            blocks = again
    blocks = _whole_wrapper(page, blocks)
    # a kept sibling may be the line of date and source over the text, the writer's bio, or
    # a box named furniture (`subhead-promo`: a newsletter's pitch that reads as a paragraph)
    total = sum(page.text(b) for b in blocks)
    blocks = [
        b
        for b in blocks
        if not (_is_author_note(page, b) or _is_credit_line(page, b))
        and not (len(blocks) > 1 and _unlikely(page, b, total))
    ]
    for block in blocks:
        _clean(page, block)
        _cut_link_lists(page, block)
    return blocks


def _whole_wrapper(page: _Page, blocks: list[Tag]) -> list[Tag]:
    """The page's `<main>` or `<article>` instead of a box of one paragraph or two that holds
    a small part of its text: an article of many short paragraphs (a list of items, each a
    head and a line) gives no one box the score of the whole."""
    kept = sum(page.text(b) for b in blocks)
    if sum(page.count(b, "p") + (b.name == "p") for b in blocks) > _FEW_PARAGRAPHS:
        return blocks
    for parent in blocks[0].parents:
        if parent is page.body or isinstance(parent, BeautifulSoup):
            return blocks
        if parent.name in ("main", "article") or str(parent.get("role") or "") == "main":
            whole = page.text(parent)
            if kept < _SMALL_PART * whole and page.link_density(parent) < _WRAPPER_LINKS:
                return [parent]
            return blocks
    return blocks


def _best_blocks(page: _Page, *, skip_unlikely: bool) -> list[Tag]:
    scores = _score_paragraphs(page, skip_unlikely)
    if not scores:
        return [page.body]
    final = {key: score * (1 - page.link_density(tag)) for key, (tag, score) in scores.items()}
    ranked = sorted(final, key=final.__getitem__, reverse=True)
    top = scores[ranked[0]][0]
    top = _common_ancestor(page, top, [scores[k][0] for k in ranked[1:5]], final)
    top = _climb(page, top, final)
    top = _gather(page, top, [scores[k][0] for k in ranked[1:10]], final)
    if top is page.body:
        return [top]
    return _with_siblings(page, top, final, max(final.get(id(top), 0), final[ranked[0]]))


def _score_paragraphs(page: _Page, skip_unlikely: bool) -> dict[int, tuple[Tag, float]]:
    """Each container's score: what its paragraphs, and its descendants' paragraphs, gave it."""
    total = page.text(page.body) or 1
    scores: dict[int, tuple[Tag, float]] = {}
    stack: list[Tag] = [page.body]
    while stack:
        tag = stack.pop()
        if skip_unlikely and _unlikely(page, tag, total):
            continue
        children = [c for c in tag.children if isinstance(c, Tag)]
        if _is_paragraph(tag, children):
            _give(page, scores, tag.parent, page.text(tag), page.stats.commas[id(tag)])
            continue
        for run_text, run_commas in _loose_runs(page, tag):
            _give(page, scores, tag, run_text, run_commas)
        stack.extend(reversed(children))
    return scores


def _is_paragraph(tag: Tag, children: list[Tag]) -> bool:
    """A `<p>`, `<pre>`, or a cell or box with no blocks inside: one paragraph of text."""
    if tag.name in ("p", "pre"):
        return True
    boxes = ("td", "div", "section", "article", "span", "font", "center")
    return tag.name in boxes and not any(c.name in _BLOCKS for c in children)


def _loose_runs(page: _Page, tag: Tag) -> list[tuple[int, int]]:
    """Text written straight into a container between its blocks: paragraphs without `<p>`."""
    runs: list[tuple[int, int]] = []
    text = commas = 0
    for child in tag.children:
        if isinstance(child, Tag) and child.name in _BLOCKS:
            if text:
                runs.append((text, commas))
            text = commas = 0
        elif isinstance(child, Tag):
            text += page.text(child)
            commas += page.stats.commas.get(id(child), 0)
        elif type(child) is NavigableString:
            stripped = child.strip()
            text += _length(stripped)
            commas += sum(stripped.count(c) for c in _COMMA_CHARS)
    if text:
        runs.append((text, commas))
    return [r for r in runs if r[0] >= _MIN_PARAGRAPH]


def _give(
    page: _Page,
    scores: dict[int, tuple[Tag, float]],
    parent: Tag | None,
    length: int,
    commas: int,
) -> None:
    if length < _MIN_PARAGRAPH:
        return
    score = 1 + commas + min(length // 100, 3)
    level = 0
    node = parent
    while isinstance(node, Tag) and not isinstance(node, BeautifulSoup) and level < 5:
        key = id(node)
        if key not in scores:
            scores[key] = (node, _TAG_SCORE.get(node.name, 0) + names.weight(page.words(node)))
        divider = 1 if level == 0 else 2 if level == 1 else level * 3
        tag, old = scores[key]
        scores[key] = (tag, old + score / divider)
        node = node.parent
        level += 1


def _unlikely(page: _Page, tag: Tag, total: int) -> bool:
    """Furniture by its tag, role or name, unless it holds the headline or an `<article>`,
    or, named only, most of the page's text: a wrapper named `…-sidebar-…` or `ad-portal`
    may hold the article itself."""
    if tag.name in _NEVER_CUT or id(tag) in page.wrappers:
        return False
    role = str(tag.get("role") or "").lower()
    if tag.name in _UNLIKELY_TAGS or role in _UNLIKELY_ROLES:
        return True
    return names.is_furniture(page.words(tag)) and page.text(tag) < 0.4 * total


def _common_ancestor(page: _Page, top: Tag, others: list[Tag], final: dict[int, float]) -> Tag:
    """With three near-equal candidates under one element, the article is that element."""
    best = final[id(top)]
    close = [t for t in others if best and final[id(t)] / best >= 0.75]
    if len(close) < 3:
        return top
    chains = [{id(p) for p in t.parents} for t in close]
    for parent in top.parents:
        if parent is page.body or isinstance(parent, BeautifulSoup):
            break
        if sum(id(parent) in chain for chain in chains) >= 3:
            return parent
    return top


def _gather(page: _Page, top: Tag, others: list[Tag], final: dict[int, float]) -> Tag:
    """An article in parts under one wrapper (`story-body-1`, `story-body-2` in two boxes):
    the wrapper, when it holds little besides them and they are boxes of one kind."""
    best = final.get(id(top), 0)
    above = list(top.parents)[:2]
    found = top
    for other in others:
        if final[id(other)] < 0.2 * best:
            break
        if other is top or any(p is other for p in above) or any(p is top for p in other.parents):
            continue
        if page.text(other) < max(200, 0.1 * page.text(top)) or page.link_density(other) > 0.1:
            continue
        if other.name != top.name or not _same_kind(top, other):
            continue
        shared = next((p for p in above if any(q is p for q in other.parents)), None)
        if shared is None or shared is page.body or isinstance(shared, BeautifulSoup):
            continue
        parts = page.text(top) + page.text(other)
        small = page.text(shared) <= 1.25 * parts and page.link_density(shared) < 0.3
        if small and (found is top or any(p is found for p in shared.parents)):
            found = shared
    return found


def _same_kind(one: Tag, other: Tag) -> bool:
    """Boxes of one kind share a class: `story-body story-body-1`, `story-body story-body-2`."""
    return bool(
        set(one.get_attribute_list("class")) & set(other.get_attribute_list("class")) - {None, ""}
    )


def _climb(page: _Page, top: Tag, final: dict[int, float]) -> Tag:
    """Up to a parent that scores better, and past wrappers with a single child."""
    last = final.get(id(top), 0.0)  # the common ancestor of close ones may be above all scores
    threshold = last / 3
    for parent in top.parents:
        if parent is page.body or isinstance(parent, BeautifulSoup):
            break
        score = final.get(id(parent))
        if score is None:
            continue
        if score < threshold:
            break
        if score > last:
            top = parent
            break
        last = score
    while top.parent is not None and top.parent is not page.body:
        if isinstance(top.parent, BeautifulSoup):
            break
        if sum(1 for c in top.parent.children if isinstance(c, Tag)) != 1:
            break
        top = top.parent
    return top


def _with_siblings(page: _Page, top: Tag, final: dict[int, float], best: float) -> list[Tag]:
    """The top block and the siblings that belong to the same article."""
    parent = top.parent
    if parent is None:
        return [top]
    threshold = max(10.0, best * 0.2)
    classes = top.get_attribute_list("class")
    kept = []
    for sib in parent.children:
        if not isinstance(sib, Tag):
            continue
        if sib is top:
            kept.append(sib)
            continue
        bonus = best * 0.2 if classes and _same_item(page, top, sib) else 0
        if final.get(id(sib), 0) + bonus >= threshold or _reads_as_paragraph(page, sib):
            kept.append(sib)
    return kept


def _same_item(page: _Page, top: Tag, sib: Tag) -> bool:
    """A sibling of the same kind as the best box (`story-item story-item-image` beside
    `story-item story-item-text`): another item of the article, unless named furniture or
    mostly links."""
    if top.get_attribute_list("class") == sib.get_attribute_list("class"):
        return True
    return (
        _same_kind(top, sib)
        and not names.is_furniture(page.words(sib))
        and page.link_density(sib) < _ITEM_LINKS
    )


def _reads_as_paragraph(page: _Page, tag: Tag) -> bool:
    # `<div class=sourced-paragraph><p>(Wire) Winning the vote did not…</p></div>`: a box round
    # one paragraph reads as that paragraph
    inner = [c for c in tag.children if isinstance(c, Tag)]
    if tag.name in ("div", "section") and len(inner) == 1 and inner[0].name == "p":
        tag = inner[0]
    if tag.name != "p" and not (
        tag.name in ("div", "section") and not holds(tag, tuple(_BLOCKS), limit=None)
    ):
        return False
    length = page.text(tag)
    density = page.link_density(tag)
    if length > 80:
        return density < 0.25
    text = tag.get_text(" ", strip=True)
    # a sentence, a quotation, or a line that introduces what follows (`… that tweet:`)
    return length > 0 and density == 0 and text.endswith(_SENTENCE_ENDS)


def _clean(page: _Page, block: Tag) -> None:
    """Cut the boxes of furniture out of an article's block, keeping every paragraph."""
    total = page.text(block) or 1
    in_figure = block.name == "figure" or inside(block, ("figure",))
    stack = [(c, in_figure) for c in block.children if isinstance(c, Tag)]
    stack.reverse()
    cut: list[Tag] = []
    while stack:
        tag, in_figure = stack.pop()
        if (
            _unlikely(page, tag, total)
            or (tag.name in _CHECKED and _is_furniture_box(page, tag, total, in_figure))
            or _is_author_note(page, tag)
        ):
            cut.append(tag)
            continue
        children = [c for c in tag.children if isinstance(c, Tag)]
        if not any(c.name in _BLOCKS for c in children):
            if _is_link_line(page, tag):
                cut += _with_link_neighbours(page, tag)
            elif _is_credit_line(page, tag):
                cut.append(tag)
            continue  # a paragraph: its links are words of its sentences
        in_figure = in_figure or tag.name == "figure"
        stack.extend((c, in_figure) for c in reversed(children))
    tree.remove(cut)


def _is_furniture_box(page: _Page, tag: Tag, total: int, in_figure: bool) -> bool:
    """Readability's test of a box inside the article: furniture by its name, or mostly
    links, pictures or form fields; never a box holding half the article."""
    text = page.text(tag)
    if text >= 0.5 * total and total > 200:
        return False
    words = page.words(tag)
    if names.is_furniture(words) and tag.name not in ("figure",):
        return True
    if page.stats.commas.get(id(tag), 0) >= 10:
        return False
    weight = names.weight(words)
    if weight < 0:
        return True
    paragraphs = page.count(tag, "p")
    images = page.count(tag, "img")
    inputs = page.count(tag, "input")
    embeds = page.count(tag, "embed") + page.count(tag, "object") + page.count(tag, "iframe")
    density = page.link_density(tag)
    is_list = tag.name in ("ul", "ol", "dl")
    if tag.name == "figure" or in_figure:
        return density > 0.5 and text > 0
    return (
        (images > 1 and paragraphs / images < 0.5)
        or (inputs > paragraphs // 3)
        or (not is_list and text < _MIN_PARAGRAPH and (images == 0 or images > 2) and density > 0)
        or (weight < 25 and density > (0.5 if is_list else 0.2))
        or (weight >= 25 and density > 0.5)
        or ((embeds == 1 and text < 75) or embeds > 1)
    )


def _is_author_note(page: _Page, tag: Tag) -> bool:
    """The writer's bio closing the article (`<div class=post-body-bio>`): a few lines."""
    return bool(page.words(tag) & names.AUTHOR_NOTE) and page.text(tag) < _AUTHOR_NOTE


def _is_credit_line(page: _Page, tag: Tag) -> bool:
    """`2026年04月02日 来源：江城网`, `By … | Updated …`: a short line named for its metadata,
    or made only of parts so named (`<span class=storySource>…<span class=dateStamp>…`)."""
    if page.text(tag) >= 120:
        return False
    if page.words(tag) & names.CREDIT_LINE:
        return True
    parts = [c for c in tag.children if isinstance(c, Tag) or str(c).strip()]
    return bool(parts) and all(
        isinstance(c, Tag) and page.words(c) & names.CREDIT_LINE for c in parts
    )


def _is_link_line(page: _Page, tag: Tag) -> bool:
    """A short line that is only a link (`点击进入专题>>`, a gallery link) is navigation."""
    if tag.name not in ("p", "li", "h2", "h3", "h4", "h5", "h6", "div", "dt", "dd"):
        return False
    text = page.text(tag)
    links = page.stats.links.get(id(tag), 0)
    if 0 < text <= _LINK_LINE and links >= text:
        return True
    # `[Read: Why the port closed]`, `[<a>Ten years of the bridge</a>]`: a pointer set in
    # brackets between the paragraphs, however long
    shown = tag.get_text(strip=True)
    return shown.startswith("[") and shown.endswith("]") and links >= text - 2 > 0


def _with_link_neighbours(page: _Page, line: Tag) -> list[Tag]:
    """A short link line and the lines of links right beside it: one list of other pages
    (`See the pictures of the week.` over `See the cartoons of the week.`)."""
    before = takewhile(lambda s: _all_link(page, s), line.find_previous_siblings())
    after = takewhile(lambda s: _all_link(page, s), line.find_next_siblings())
    return [line, *before, *after]


def _cut_link_lists(page: _Page, block: Tag) -> None:
    """`Read more:` and the lines of links under it: other stories, however long their
    titles."""
    cut: list[Tag] = []
    for label in block.find_all(True):
        if not _LIST_LABEL.match(label.get_text(" ", strip=True)):
            continue
        lines = [s for s in label.find_next_siblings() if isinstance(s, Tag)]
        links = list(takewhile(lambda s: _all_link(page, s), lines))
        if links:
            cut += [label, *links]
    # without a label, two or more lines in a row that are each one link are a list too;
    # one such line alone may be the article's own pointer (`Read the full statement`)
    for first in block.find_all(("p", "li", "div")):
        previous = first.find_previous_sibling()
        if not _all_link(page, first) or (previous is not None and _all_link(page, previous)):
            continue
        following = [s for s in first.find_next_siblings() if isinstance(s, Tag)]
        run = [first, *takewhile(lambda s: _all_link(page, s), following)]
        if len(run) >= _LINK_RUN:
            cut += run
    tree.remove(tree.outermost(cut))


def _all_link(page: _Page, tag: Tag) -> bool:
    return page.text(tag) > 0 and page.link_density(tag) >= _ALL_LINK
