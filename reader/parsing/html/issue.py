"""Pages read from HTML -> one Issue: articles in page and reading order, jumps joined."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from reader.model import Article, Image, Issue, Page, make_key, unique_keys
from reader.parsing.conventions import CONT_FROM, CONT_TO, marked_page
from reader.parsing.files import regular_within
from reader.parsing.html.markup import clean
from reader.parsing.html.records import Document, Link, Story
from reader.parsing.limits import MAX_IMAGE_BYTES
from reader.parsing.printed import map_areas, printed_pages, read_from_pdf
from reader.parsing.vocabulary import page_order

_CONTENT_ID = re.compile(r"content_(\d+)\.s?html?$", re.IGNORECASE)
T = TypeVar("T")
# `…（转第2版）` closing a story's text on one page, `（上接第1版）` opening its rest
_JUMP_TO = re.compile(rf"(?:{CONT_TO.pattern})\s*$", CONT_TO.flags)
_JUMP_FROM = re.compile(rf"^\s*(?:{CONT_FROM.pattern})", CONT_FROM.flags)
_FINISHED = re.compile(r"[。！？…”』」）】：.!?:)\]]$")


def build_issue(
    docs: list[Document], source: str, fmt: str, *, image_root: Path | None = None
) -> Issue:
    """Pages in page order, each page's articles in reading order, every article once.

    `doc.source` is each page's path inside the issue; layout links are resolved against it.
    Pictures keep paths relative to the issue; with `image_root` None (a zip) they get none.
    """
    if any(d.kind != "web" for d in docs):
        docs = [d for d in docs if d.kind != "web"]
    for doc in docs:
        for story in doc.stories:
            story.origin = doc.source
    placed = _place_stories(docs)
    kept = _drop_twins(_drop_repeats(placed))
    read_from_pdf(kept, docs, image_root)  # before jumps are joined: its text may jump too
    stories = _join_continued(kept)
    paper = _most_common([s.paper for s in stories] + [d.paper for d in docs])
    date = _most_common([s.date for s in stories] + [d.date for d in docs])
    names = _page_names(docs, stories)
    articles = unique_keys([_article(s, paper, date, names, image_root) for s in stories])
    codes = {s.page for s in stories if s.page} | {d.page for d in docs if d.page}
    pages = [Page(c, names.get(c)) for c in sorted(codes, key=page_order)]
    printed = printed_pages(pages, docs, stories, [a.key for a in articles], image_root)
    return Issue(paper, date, source, fmt, printed, tuple(articles))


def _place_stories(docs: list[Document]) -> list[Story]:
    """Articles of layout pages in their order, then articles no layout page links to."""
    pages = [d for d in docs if d.kind != "layout"]
    find = _Finder(pages)
    layouts = sorted((d for d in docs if d.kind == "layout"), key=lambda d: page_order(d.page))
    slots: dict[int, tuple[int, int, bool]] = {}
    ordered: list[tuple[tuple[int, str, int], int, int, Story]] = []
    for li, layout in enumerate(layouts):
        for n, link in enumerate(layout.links):
            found = find(posixpath.dirname(layout.source), link)
            if not found and link.title:
                story = _unsaved(link, layout)
                ordered.append((page_order(story.page), li, n, story))
                story.areas = map_areas(layout, link.href)
            for story in found:
                story.areas += map_areas(layout, link.href)
                story.page = story.page or layout.page
                story.section = story.section or link.section
                own = story.page == layout.page
                # A story linked from page 01 and from its own page sits in its own page's order.
                if id(story) not in slots or (own and not slots[id(story)][2]):
                    slots[id(story)] = (li, n, own)
    for di, doc in enumerate(pages):
        for si, story in enumerate(doc.stories):
            li, n, _ = slots.get(id(story), (len(layouts) + di, si, False))
            ordered.append((page_order(story.page), li, n, story))
    ordered.sort(key=lambda item: item[:3])
    return [item[3] for item in ordered]


class _Finder:
    """The saved article(s) a layout page's link points to."""

    def __init__(self, pages: list[Document]) -> None:
        self.by_path = {d.source: d for d in pages}
        self.by_name: dict[str, list[Document]] = {}
        self.by_ident: dict[str, list[Story]] = {}
        self.by_title: dict[str, list[Story]] = {}
        for doc in pages:
            self.by_name.setdefault(posixpath.basename(doc.source), []).append(doc)
            for story in doc.stories:
                self.by_ident.setdefault(story.ident or "", []).append(story)
                self.by_title.setdefault(clean(story.title), []).append(story)

    def __call__(self, folder: str, link: Link) -> list[Story]:
        target = posixpath.normpath(posixpath.join(folder, link.href))
        doc = self.by_path.get(target) or _only(self.by_name.get(posixpath.basename(target), []))
        if doc is not None:
            return doc.stories
        # Inside a pad file holding the whole issue, the article id names the story (the
        # same id twice is one story saved twice).
        ident = _CONTENT_ID.search(target)
        story = next(iter(self.by_ident.get(ident.group(1), [])), None) if ident else None
        # A browser may also have saved the article under its title instead.
        story = story or _only(self.by_title.get(clean(link.title), []))
        return [story] if story else []


def _unsaved(link: Link, layout: Document) -> Story:
    """An article known only from its layout page's title list."""
    return Story(
        link.title,
        subtitle=link.subtitle,
        section=link.section,
        page=layout.page,
        page_name=layout.page_name,
        paper=layout.paper,
        date=layout.date,
        saved=False,
    )


def _only(items: list[T]) -> T | None:
    return items[0] if len(items) == 1 else None


def _drop_repeats(stories: list[Story]) -> list[Story]:
    """Each article once: a story saved twice (same page file or same article id) counts once."""
    kept: list[Story] = []
    # A title-only entry is a twin of a saved article, or of another layout page's entry.
    seen: set[int | str] = {_listing(s) for s in stories if s.saved}
    for story in stories:
        marks: set[int | str] = {id(story), *([story.ident] if story.ident else [])}
        if not story.saved:
            marks.add(_listing(story))
        if not marks & seen:
            kept.append(story)
        seen |= marks
    return kept


def _drop_twins(stories: list[Story]) -> list[Story]:
    """A story saved under two ids (same title, same opening paragraph) counts once.

    A pad file repeats on its front page stories printed in full inside: the last copy in
    page order, on the story's own page, stays, with the pictures of a copy if it has none.
    """
    last: dict[tuple[str, str], Story] = {}
    for story in stories:
        if story.saved and story.paragraphs:
            twin = last.get(_opening(story))
            if twin is not None and not story.images:
                story.images, story.captions = twin.images, twin.captions
            last[_opening(story)] = story
    return [s for s in stories if not s.saved or not s.paragraphs or last[_opening(s)] is s]


def _opening(story: Story) -> tuple[str, str]:
    return clean(story.title), clean(story.paragraphs[0])


def _listing(story: Story) -> str:
    return f"{story.page}\x1f{clean(story.title)}"


def _join_continued(stories: list[Story]) -> list[Story]:
    """A story that jumps (`（转第2版）`) is joined with its rest (`（上接第1版）`) on that page."""
    # Stories opening with `（上接第1版）`, by their page and the page they go on from.
    rests: dict[tuple[str | None, str | None], list[Story]] = {}
    for story in stories:
        mark = _JUMP_FROM.match(story.paragraphs[0]) if story.paragraphs else None
        if mark:
            rests.setdefault((story.page, marked_page(mark)), []).append(story)
    joined: set[int] = set()
    for head in stories:
        jump = _JUMP_TO.search(head.paragraphs[-1]) if head.paragraphs else None
        if jump is None or id(head) in joined:
            continue
        tail = _rest_of(head, marked_page(jump), rests, joined)
        if tail is None:
            continue
        joined.add(id(tail))
        first, *rest = [_JUMP_FROM.sub("", tail.paragraphs[0]).strip(), *tail.paragraphs[1:]]
        body = [*head.paragraphs[:-1], _JUMP_TO.sub("", head.paragraphs[-1]).strip()]
        body = [p for p in body if p]
        if body and first and not _FINISHED.search(body[-1]):
            body[-1] += first  # the page break cut a sentence in two
        elif first:
            body.append(first)
        head.paragraphs = (*body, *rest)
        head.captions += tail.captions
        head.images += tail.images
        head.continued_on += [tail.page or "", *tail.continued_on]
        head.areas += tail.areas
    return [s for s in stories if id(s) not in joined]


def _rest_of(
    head: Story,
    page: str | None,
    rests: dict[tuple[str | None, str | None], list[Story]],
    joined: set[int],
) -> Story | None:
    """The one story on `page` going on from the head's page (of those, the one with its title)."""
    rest = rests.get((page, head.page), [])
    candidates = [s for s in rest if id(s) not in joined and s is not head]
    if len(candidates) == 1:
        return candidates[0]
    title = clean(head.title)
    same_title = [s for s in candidates if clean(s.title) == title]
    return same_title[0] if len(same_title) == 1 else None


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _page_names(docs: list[Document], stories: list[Story]) -> dict[str, str]:
    names: dict[str, str] = {}
    for doc in docs:
        if doc.page and doc.page_name:
            names.setdefault(doc.page, doc.page_name)
    for story in stories:
        if story.page and story.page_name:
            names.setdefault(story.page, story.page_name)
    for doc in docs:
        for code, name in doc.page_names.items():
            names.setdefault(code, name)
    return names


def _article(
    story: Story, paper: str | None, date: str | None, names: dict[str, str], root: Path | None
) -> Article:
    return Article(
        key=make_key(paper, date, story.title, story.paragraphs),
        title=story.title,
        kicker=story.kicker,
        subtitle=story.subtitle,
        section=story.section,
        page=story.page,
        page_name=names.get(story.page or "") or story.page_name,
        dateline=story.dateline,
        byline=story.byline,
        paragraphs=story.paragraphs,
        captions=story.captions,
        images=tuple(
            i for i in (_image(i, story, root) for i in story.images) if i.src or i.caption
        ),
        pages=tuple(p for p in (story.page, *story.continued_on) if p),
        saved=story.saved,
    )


def _image(image: Image, story: Story, root: Path | None) -> Image:
    """The picture's path relative to the issue, or None unless it is a regular file of a
    picture's size inside the issue's folder."""
    if image.src is None or root is None:
        return replace(image, src=None)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(story.origin), image.src))
    return replace(image, src=path if regular_within(root, path, MAX_IMAGE_BYTES) else None)
