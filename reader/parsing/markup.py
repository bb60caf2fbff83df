"""Shared pieces of the HTML parsers: the parsed-page records and text, date and page helpers."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, CData, Comment, NavigableString, Tag

from reader.model import Image
from reader.parsing.conventions import is_caption

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
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# A newline from the HTML source between two Chinese characters is layout, not a space.
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}，。、；：！？”“])[ \t\r\n]*\n[ \t\r\n]*(?=[{_CJK}“”])")
_DATE = re.compile(r"(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})")
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d{2})[/_-]?(\d{2})(?!\d)")
_PAGE_CODE = re.compile(r"^([A-Za-z]{0,2})0*(\d{1,3})$")
_CAPTION_CLASS = re.compile(r"caption|pic_?te?xt|img_?te?xt|pic_?desc|photo_?desc", re.I)
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


@dataclass
class Story:
    """One article as read from a page, before the issue gives it a key."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    page: str | None = None
    page_name: str | None = None
    paper: str | None = None
    date: str | None = None
    ident: str | None = None
    saved: bool = True
    origin: str = ""  # the page's path inside the issue
    continued_on: list[str] = field(default_factory=list)  # later pages of a jumped story


@dataclass
class Link:
    """An article a layout page points to: its address and the title shown for it."""

    href: str
    title: str
    subtitle: str | None = None


@dataclass
class Document:
    """What one HTML file holds: articles, or a layout page's list of links."""

    source: str
    paper: str | None = None
    date: str | None = None
    page: str | None = None
    page_name: str | None = None
    stories: list[Story] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    page_names: dict[str, str] = field(default_factory=dict)
    kind: str = "epaper"  # "epaper", "layout" or "web" (a news site's article page)


def make_soup(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "lxml")


def clean(text: str | None, *, unwrap: bool = True) -> str:
    """One line of text, spaces collapsed; `unwrap` drops source line breaks inside Chinese."""
    if not text:
        return ""
    if unwrap:
        text = _CJK_WRAP.sub("", text)
    return _SPACE.sub(" ", text).strip()


def cjk_squeeze(text: str) -> str:
    """`综 合` -> `综合`: letter-spaced page names."""
    return re.sub(rf"(?<=[{_CJK}]) (?=[{_CJK}])", "", text)


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
    if not src or _REMOTE.match(src) or src.startswith("/"):
        return None
    return posixpath.normpath(src)


def iso_date(text: str | None) -> str | None:
    if not text:
        return None
    match = _DATE.search(text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1800 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def path_date(path: str) -> str | None:
    """A date in a saved page's path: html/2023-02/10/, content/202302/11/, _20171016_."""
    for match in _PATH_DATE.finditer(path):
        year, month, day = (int(g) for g in match.groups())
        if 1900 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def page_code(text: str | None) -> str | None:
    """`1` -> `01`, `a1` -> `A01`; None for anything that is not a page code."""
    match = _PAGE_CODE.match((text or "").strip())
    if not match:
        return None
    letters, number = match.groups()
    return f"{letters.upper()}{int(number):02d}"


def page_order(code: str | None) -> tuple[int, str, int]:
    """Sort key: 01, 02 … before A01, A02, B01 …; unknown pages last."""
    match = _PAGE_CODE.match(code or "")
    if not match:
        return (2, "", 0)
    letters, number = match.groups()
    return (1 if letters else 0, letters.upper(), int(number))


_COMPOUND = re.compile(r"^([\w-]*)((?:[#.][\w-]+)*)(?:\[([\w-]+)=([\w-]+)\])?$")


class Index:
    """Elements of a page by tag, id and class, from one walk (soupsieve is slow on big pages).

    `select` understands what the parsers need: `tag`, `#id`, `.class`, `tag.class`,
    `tag[attr=value]` and a descendant of one of those (`.text_c h1`).
    """

    def __init__(self, root: Tag) -> None:
        self.root = root
        self._by: dict[str, list[Tag]] = {}
        for el in root.find_all(True):
            self._by.setdefault(el.name, []).append(el)
            ident = el.get("id")
            if ident:
                self._by.setdefault(f"#{ident}", []).append(el)
            for name in el.get("class") or ():
                self._by.setdefault(f".{name}", []).append(el)

    def select(self, selector: str, scope: Tag | None = None) -> list[Tag]:
        *outer, inner = (_compound(part) for part in selector.split())
        tag, rest, _, _ = inner
        first = re.match(r"[#.][\w-]+", rest)
        candidates = self._by.get(first.group(0) if first else tag, ())
        outer.reverse()
        root = scope or self.root
        return [el for el in candidates if _matches(el, inner) and _placed(el, root, outer)]

    def select_one(self, selector: str, scope: Tag | None = None) -> Tag | None:
        found = self.select(selector, scope)
        return found[0] if found else None


_Compound = tuple[str, str, str | None, str | None]


def _compound(text: str) -> _Compound:
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"unsupported selector: {text}")
    return match.group(1), match.group(2), match.group(3), match.group(4)


def _placed(el: Tag, scope: Tag, outer: list[_Compound]) -> bool:
    """Still inside `scope` (not cut out since the walk), within the outer selectors in turn."""
    wanted = list(outer)
    for parent in el.parents:
        if parent is scope:
            return not wanted
        if wanted and _matches(parent, wanted[0]):
            wanted.pop(0)
    return False


def _matches(el: Tag, compound: _Compound) -> bool:
    tag, rest, attr, value = compound
    if tag and el.name != tag:
        return False
    for kind, name in re.findall(r"([#.])([\w-]+)", rest):
        if kind == "#" and el.get("id") != name:
            return False
        if kind == "." and name not in (el.get("class") or ()):
            return False
    return not attr or el.get(attr) == value
