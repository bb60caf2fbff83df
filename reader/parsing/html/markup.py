"""The text of HTML elements: lines, paragraphs, captions and pictures, from a parsed page."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, CData, Comment, NavigableString, PageElement, Tag

from reader.model import Image
from reader.parsing.characters import has_controls, strip_controls
from reader.parsing.conventions import is_caption, is_source_line
from reader.parsing.html import tree
from reader.parsing.vocabulary import HAN

BLOCK_TAGS = (
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "table",
    "section", "article", "blockquote", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
    "center", "pre", "header", "footer", "aside",
)  # fmt: skip
# Private-use marks survive get_text() and are no whitespace, unlike the ASCII separators.
_BREAK = "\ue000"
_IMAGE = "\ue001"
_CAPTION = "\ue003"
LINE = "\ue002"  # parts a layout page's title-list entry into title and subtitle
_SPACE = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
# A newline from the HTML source between two Chinese characters is layout, not a space.
# (The spaces before the first line break are not line breaks, or a long run of them would be
# tried in square time.)
_CJK_WRAP = re.compile(rf"(?<=[{HAN}，。、；：！？”“])[ \t\r]*\n[ \t\r\n]*(?=[{HAN}“”])")
_CAPTION_CLASS = re.compile(r"caption|pic_?te?xt|img_?te?xt|pic_?desc|photo_?desc", re.I)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


# Real pages nest some dozens deep; every walk from an element to the page's root is bounded
# by this depth, so elements below it are left out (their text stays, in the deepest kept).
MAX_DEPTH = 100
# lxml does not know <embed> is void, so an unclosed one swallows the rest of the page, and an
# <object>'s content is the text meant for readers: the tags are left out, not what is inside.
_UNWRAPPED = frozenset(("object", "embed", "applet"))
# The text of a headline, date or label is short: reading an element's text stops after this
# many characters or elements, so elements nested in each other cost no more than one.
_SHORT_TEXT_CHARS = 2_000
_SHORT_TEXT_NODES = 5_000


class _ShallowSoup(BeautifulSoup):
    """A parsed page whose elements nest at most MAX_DEPTH deep, without plugin elements."""

    def __init__(self, text: str) -> None:
        self._kept: list[bool] = []  # for each open element, whether it is in the tree
        super().__init__(text, "lxml")

    def handle_starttag(self, name: str, *args: Any, **kwargs: Any) -> Tag | None:
        kept = len(self.tagStack) <= MAX_DEPTH and name not in _UNWRAPPED
        self._kept.append(kept)
        if not kept:
            self.endData()
            return None
        return super().handle_starttag(name, *args, **kwargs)

    def handle_endtag(self, name: str, nsprefix: str | None = None) -> None:
        # lxml closes each element it opened, innermost first.
        if not self._kept.pop():
            self.endData()
            return
        super().handle_endtag(name, nsprefix)


def make_soup(text: str) -> BeautifulSoup:
    return _ShallowSoup(text)


def clean(text: str | None, *, unwrap: bool = True) -> str:
    """One line of text, spaces collapsed; `unwrap` drops source line breaks inside Chinese."""
    if not text:
        return ""
    text = strip_controls(text)  # `&#27;` is an escape character once the page is parsed
    if unwrap:
        text = _CJK_WRAP.sub("", text)
    return _SPACE.sub(" ", text).strip()


def cjk_squeeze(text: str) -> str:
    """`综 合` -> `综合`: letter-spaced page names. A space between two words of two
    characters or more parts them (`决胜全面小康 开启新的征程`) and stays."""
    return _LETTER_SPACE.sub("", text)


# A space beside a character that stands alone between spaces: letter-spacing.
_LETTER_SPACE = re.compile(
    rf"(?<=(?<![{HAN}])[{HAN}]) (?=[{HAN}])|(?<=[{HAN}]) (?=[{HAN}](?![{HAN}]))"
)


def text_of(el: Tag | None, br: str = " ") -> str:
    """The (short) text of an element on one line; a `<br>` counts as `br`, a space unless
    the caller marks it. Headlines are short: a break in one parts two clauses
    (`东贝电机⏎产销两旺`)."""
    if el is None:
        return ""
    parts: list[str] = []
    chars = 0
    for n, node in enumerate(el.descendants):
        if type(node) is NavigableString or type(node) is CData:
            parts.append(str(node))
            chars += len(node)
        elif isinstance(node, Tag) and node.name == "br":
            parts.append(br)
        if chars > _SHORT_TEXT_CHARS or n > _SHORT_TEXT_NODES:
            break
    return clean("".join(parts), unwrap=False)


def holds(el: Tag, names: tuple[str, ...], limit: int | None = _SHORT_TEXT_NODES) -> bool:
    """Does the element hold one of these elements? Unless `limit` is None, one holding
    more elements than that is taken to: it is no line or headline, whatever is in it.
    (A plain walk: bs4's find() costs more to set up than most elements take to walk.)"""
    for n, node in enumerate(el.descendants):
        if (limit is not None and n > limit) or (isinstance(node, Tag) and node.name in names):
            return True
    return False


def inside(el: PageElement, names: tuple[str, ...]) -> bool:
    """Is the element inside one of these elements? (A walk up: nesting is bounded.)"""
    return any(parent.name in names for parent in el.parents)


def drop_comments(root: Tag) -> None:
    tree.remove(root.find_all(string=lambda s: isinstance(s, Comment)))


def segments(root: Tag) -> list[str]:
    """Text of `root` split at block boundaries; an image becomes a mark and its src."""
    if root.name == "img":
        return [_IMAGE + str(root.get("src") or "")]
    out: list[str] = []
    _marked_text(root, out)
    pieces = (clean(part) for part in "".join(out).split(_BREAK))
    return [p for p in pieces if p]


_BLOCKS = frozenset(BLOCK_TAGS)


def _marked_text(tag: Tag, out: list[str]) -> None:
    """The text under `tag` with marks where blocks begin and end, captions begin and
    pictures are (nesting is bounded by MAX_DEPTH, and so is this recursion)."""
    for node in tag.contents:
        if type(node) is NavigableString or type(node) is CData:
            out.append(node)
        elif isinstance(node, Tag):
            block = node.name in _BLOCKS
            if block:
                out.append(_BREAK)
            if _is_caption_element(node):
                out.append(_BREAK + _CAPTION)
            _marked_text(node, out)
            if node.name == "img":
                out.append(f"{_BREAK}{_IMAGE}{node.get('src') or ''}{_BREAK}")
            if block:
                out.append(_BREAK)


@dataclass
class Body:
    paragraphs: list[str]
    captions: list[str]
    images: list[Image]


def split_body(parts: list[str], *, figure_area: bool = False) -> Body:
    """Paragraphs, captions and images from `segments()` output.

    A text right after an image is its caption when it reads like one (图为…, a photo
    credit); in a figure area beside the body every text is a caption.
    """
    body = Body([], [], [])
    last_image: int | None = None
    for part in parts:
        if part.startswith(_IMAGE):
            body.images.append(Image(src=local_src(part[1:])))
            last_image = len(body.images) - 1
            continue
        marked = part.startswith(_CAPTION)
        part = part.lstrip(_CAPTION).strip()
        if not part or is_source_line(part):
            continue
        beside_picture = last_image is not None
        if marked or figure_area or (beside_picture and is_caption(part, beside_picture=True)):
            last_image = len(body.images) - 1 if marked and body.images else last_image
            body.captions.append(part)
            if last_image is not None and body.images[last_image].caption is None:
                src = body.images[last_image].src
                body.images[last_image] = Image(src=src, caption=part)
        else:
            body.paragraphs.append(part)
        last_image = None
    body.images = [i for i in body.images if i.src or i.caption]
    return body


def _is_caption_element(tag: Tag) -> bool:
    if tag.name == "figcaption":
        return True
    return any(_CAPTION_CLASS.search(name) for name in tag.get_attribute_list("class") if name)


def local_src(src: str) -> str | None:
    """A picture's path as written in the page, or None when it is not a local file."""
    src = src.strip().split("?", 1)[0].split("#", 1)[0].replace("\\", "/")
    if not src or _REMOTE.match(src) or src.startswith("/") or has_controls(src):
        return None
    return posixpath.normpath(src)
