"""The text of HTML elements: lines, paragraphs, captions and pictures, from a parsed page."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, CData, Comment, NavigableString, Tag

from reader.model import Image
from reader.parsing.characters import has_controls, strip_controls
from reader.parsing.conventions import is_caption
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
_CJK_WRAP = re.compile(rf"(?<=[{HAN}，。、；：！？”“])[ \t\r\n]*\n[ \t\r\n]*(?=[{HAN}“”])")
_CAPTION_CLASS = re.compile(r"caption|pic_?te?xt|img_?te?xt|pic_?desc|photo_?desc", re.I)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def make_soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def clean(text: str | None, *, unwrap: bool = True) -> str:
    """One line of text, spaces collapsed; `unwrap` drops source line breaks inside Chinese."""
    if not text:
        return ""
    text = strip_controls(text)  # `&#27;` is an escape character once the page is parsed
    if unwrap:
        text = _CJK_WRAP.sub("", text)
    return _SPACE.sub(" ", text).strip()


def cjk_squeeze(text: str) -> str:
    """`综 合` -> `综合`: letter-spaced page names."""
    return re.sub(rf"(?<=[{HAN}]) (?=[{HAN}])", "", text)


def text_of(el: Tag | None) -> str:
    """An element's text on one line; a `<br>` or line break counts as a space.

    Headlines are short: a break in one parts two clauses (`东贝电机⏎产销两旺`).
    """
    if el is None:
        return ""
    parts = []
    for node in el.descendants:
        if type(node) is NavigableString or type(node) is CData:
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name == "br":
            parts.append(" ")
    return clean("".join(parts), unwrap=False)


def drop_comments(root: Tag) -> None:
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()


def segments(root: Tag) -> list[str]:
    """Text of `root` split at block boundaries; an image becomes a mark and its src."""
    if root.name == "img":
        return [_IMAGE + str(root.get("src") or "")]
    # Marks go inside the elements (appending is cheap; inserting beside a sibling searches
    # the parent's children, which is slow when a page has thousands of them).
    for img in root.find_all("img"):
        img.append(f"{_BREAK}{_IMAGE}{img.get('src') or ''}{_BREAK}")
    for caption in root.find_all(_is_caption_element):
        caption.insert(0, f"{_BREAK}{_CAPTION}")
    for block in root.find_all(BLOCK_TAGS):
        block.insert(0, _BREAK)
        block.append(_BREAK)
    pieces = (clean(part) for part in root.get_text().split(_BREAK))
    return [p for p in pieces if p]


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
        if not part:
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
