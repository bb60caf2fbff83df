"""What a fetched e-paper page links to: pages (版) of the issue, articles, page images, PDFs.

Links are read with regular expressions over the tags, never by building a tree: a hostile
page (a markup bomb) costs no more than its size, which the client has capped.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit, urlunsplit

from reader.fetch.errors import FetchError

# A newspaper page has some thousand elements nested some dozens deep.
MAX_TAGS = 200_000
MAX_DEPTH = 2_000

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_RAW_TEXT = re.compile(r"<(script|style|textarea)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.I)
_TAG = re.compile(r"<(a|area|img|base|meta)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\";\s]+)", re.IGNORECASE)
_NESTING = re.compile(
    r"<(/?)(?:div|span|table|tbody|font|ul|ol|section|article|header|footer|nav|aside|"
    r"blockquote|center|form|a|b|i|em|strong)\b[^>]*?(/?)>",
    re.IGNORECASE,
)
# Layout pages: node_01.html, node_2.htm, nbs.D110000renmrb_01.htm.
_PAGE_NAME = re.compile(r"^(?:node_[\w-]+|nbs\.D\d+\w*?_\w+)\.s?html?$", re.IGNORECASE)
# Article pages: content_30048054.html, content_548643.htm, nw.D110000renmrb_20171016_1-01.htm.
_ARTICLE_NAME = re.compile(r"^(?:content_[\w-]+|nw\.D\d+\w*?_\d{8}_[\w-]+)\.s?html?$", re.I)
# The day in a path: 2017-10/16, 202412/25, 2017-10-09, 20171016.
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-?(\d\d)[/_-]?(\d\d)(?!\d)")


@dataclass
class Links:
    """Absolute addresses, without query or fragment, each once, in the page's order."""

    pages: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    page_images: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    pdfs: list[str] = field(default_factory=list)
    refresh: str | None = None


def check_page(text: str, url: str) -> None:
    """Refuse what no newspaper page is: too many elements, or nested too deeply."""
    if text.count("<") > MAX_TAGS:
        raise FetchError(f"{url}: the page has too many elements to be a newspaper page")
    depth = deepest = 0
    for close, self_closing in _NESTING.findall(text):
        if self_closing:
            continue
        depth = max(depth - 1, 0) if close else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            raise FetchError(f"{url}: the page is nested too deeply to be a newspaper page")


def discover(text: str, url: str) -> Links:
    """Sort a page's links by what they point to, from the names e-paper sites give them."""
    text = _RAW_TEXT.sub(" ", _COMMENT.sub(" ", text))
    base, links = url, Links()
    tags = [(name.lower(), _attributes(attrs)) for name, attrs in _TAG.findall(text)]
    mapped = set()
    for name, attrs in tags:
        if name == "base" and attrs.get("href"):
            base = urljoin(url, attrs["href"])
        elif name == "area" and (target := absolute(base, attrs.get("href"))):
            mapped.add(target)
    for name, attrs in tags:
        if name in ("a", "area"):
            _sort_link(absolute(base, attrs.get("href")), attrs, name, mapped, links)
        elif name == "img" and (src := absolute(base, attrs.get("src"))):
            kind = links.page_images if attrs.get("usemap") else links.images
            _add(kind, src)
        elif name == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            found = _REFRESH.search(attrs.get("content", ""))
            links.refresh = absolute(base, found.group(1)) if found else None
    return links


def _sort_link(
    target: str | None, attrs: dict[str, str], tag: str, mapped: set[str], links: Links
) -> None:
    if target is None:
        return
    name = posixpath.basename(urlsplit(target).path)
    if name.lower().endswith(".pdf"):
        _add(links.pdfs, target)
    elif _ARTICLE_NAME.match(name) or tag == "area" or target in mapped:
        _add(links.articles, target)
    elif _PAGE_NAME.match(name) or attrs.get("id", "").lower() == "pagelink":
        _add(links.pages, target)


def _attributes(text: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for name, double, single, bare in _ATTR.findall(text):
        attrs.setdefault(name.lower(), html.unescape(double or single or bare).strip())
    return attrs


def _add(items: list[str], url: str) -> None:
    if url not in items:
        items.append(url)


def absolute(base: str, href: str | None) -> str | None:
    """An http(s) address without query and fragment, or None for scripts, mail and anchors."""
    href = (href or "").strip().replace("\\", "/")
    if not href or href.startswith("#"):
        return None
    try:
        parts = urlsplit(urljoin(base, href))
    except ValueError:  # a malformed address, e.g. a bad port or IPv6 literal
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    path = posixpath.normpath(parts.path) if parts.path not in ("", "/") else "/"
    if parts.path.endswith("/") and path != "/":
        path += "/"
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


def day_in(url: str) -> date | None:
    """The issue day written in an address's path, if one is."""
    for year, month, day in _PATH_DATE.findall(urlsplit(url).path):
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def folder_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc}{posixpath.dirname(parts.path)}"
