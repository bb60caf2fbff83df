"""What the class and id names of a news site's elements say: furniture, article, credits."""

from __future__ import annotations

import re

from bs4 import Tag

# Matched against whole words of a name (`nav-bar`, `shareTools`), never inside a longer word:
# `ad` is not in `header` or `ad-portal-article`'s `portal`, `nav` is not in `canvas`.
FURNITURE = frozenset((
    "ad", "ads", "adv", "adslot", "advert", "adverts", "advertisement", "advertising", "banner",
    "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "consent",
    "cookie", "cookies", "disqus", "footer", "gdpr", "masthead", "menu", "modal", "nav",
    "navbar", "navigation", "newsletter", "newsletters", "outbrain", "pagination", "pager",
    "popular", "popup", "promo", "promos", "promotion", "related", "recommended",
    "recommendations", "remark", "replies", "rss", "share", "shares", "sharing", "shoutbox",
    "sidebar", "skyscraper", "social", "sponsor", "sponsored", "subscribe", "subscription",
    "signup", "supplemental", "taboola", "tags", "toolbar", "trending", "widget", "widgets",
    "mostread", "unrelated",
))  # fmt: skip
# Compound names written as one word: `sharebar`, `socialtools`, `advertisement-wrap`
_FURNITURE_PREFIXES = (
    "advert", "sponsor", "newsletter", "subscri", "breadcrumb", "taboola", "outbrain", "cookie",
    "social", "sharebar", "sharetool", "popup", "sidebar", "recommend", "mostread", "mostpopular",
)  # fmt: skip
# Weighed against, not cut: a box named so may still hold the text (`meta` holds the byline)
_LESS_LIKELY = frozenset(["meta", "contact", "shopping", "hidden", "caption", "credit", "footnote"])
ARTICLE = frozenset((
    "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text",
    "story", "blog", "column", "prose",
))  # fmt: skip
_HOLDS_TEXT = frozenset(
    ["article", "articlebody", "body", "content", "main", "column", "story", "text"]
)
BYLINE = frozenset(["byline", "byl", "author", "authors", "writer", "contributor", "contributors"])
SUBTITLE = frozenset((
    "standfirst", "dek", "deck", "subtitle", "subhead", "subheadline", "subheading",
    "strapline", "sapo", "chapo", "summary", "lede", "description",
))  # fmt: skip
HEADLINE = frozenset(("headline", "title", "heading", "hed"))
KICKER = frozenset((
    "kicker", "eyebrow", "overline", "supertitle", "pretitle", "introtitle", "label", "rubric",
    "category", "categories", "topic",
))  # fmt: skip
DATE = frozenset(["date", "time", "timestamp", "published", "updated", "dateline"])
# Short lines of date, source and author above or below the text: the metadata holds them
CREDIT_LINE = frozenset((
    "meta", "date", "time", "timestamp", "source", "info", "byline", "author", "authors",
    "editor", "published", "updated",
))  # fmt: skip
# The author's note closing an article (`post-body-bio`, `author-bio`): about the writer, not
# the story
AUTHOR_NOTE = frozenset(["bio", "bios", "biography", "authorbio", "contributorbio"])
SCREEN_READER = frozenset(["sr", "visually", "offscreen"])

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def words(tag: Tag) -> frozenset[str]:
    """Lower-case words of an element's class and id: `articleBody js-share` -> article, body…"""
    if tag.attrs is None:
        return frozenset()
    names = [*tag.get_attribute_list("class"), str(tag.get("id") or "")]
    found: set[str] = set()
    for name in names:
        if not name:
            continue
        parts = [part.lower() for part in re.split(r"[-_\s]+", name) if part]
        # `no_caption`, `no-sidebar` say what the box lacks: not a word of what it is
        absent = {parts[i + 1] for i in range(len(parts) - 1) if parts[i] == "no"}
        found.add(name.lower())
        found.update(w.lower() for w in _WORD.findall(name) if w.lower() not in absent)
        found.update(part for part in parts if part not in absent)
    return frozenset(found)


def is_furniture(names: frozenset[str]) -> bool:
    """Named as furniture, and not also as the article (`story-body-supplemental`)."""
    if names & _HOLDS_TEXT:
        return False
    if names & FURNITURE:
        return True
    return any(n.startswith(_FURNITURE_PREFIXES) for n in names)


def weight(names: frozenset[str]) -> int:
    """Readability's class weight: for words of the article, against words of furniture."""
    score = 0
    if (
        names & FURNITURE
        or any(n.startswith(_FURNITURE_PREFIXES) for n in names)
        or names & _LESS_LIKELY
    ):
        score -= 25
    if names & ARTICLE:
        score += 25
    return score
