"""Article -> HTML for the article view: escaping, CJK typography, the shared labels."""

from __future__ import annotations

import re
from functools import cache
from html import escape
from importlib import resources

from reader.model import Article

DEFAULT_TEXT_PX = 17
BOOKMARK_MARK = "★"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def is_chinese(text: str | None) -> bool:
    """True when the text is set in Chinese (decides indent and page labels)."""
    return bool(text and _CJK.search(text))


def page_label(code: str | None, name: str | None = None, chinese: bool = True) -> str:
    """ "第1版 要闻" for code "01", "Page 2 News" for an English paper."""
    if not code:
        return name or ""
    number = (code.lstrip("0") or "0") if code.isdigit() else code
    label = f"第{number}版" if chinese else f"Page {number}"
    return f"{label} {name}" if name else label


@cache
def stylesheet(dark: bool = False) -> str:
    """The article CSS; a dark palette adds lighter colours on top."""
    folder = resources.files("reader.resources")
    css = (folder / "article.css").read_text(encoding="utf-8")
    return css + (folder / "article-dark.css").read_text(encoding="utf-8") if dark else css


def render_article(
    article: Article,
    *,
    bookmarked: bool = False,
    text_px: int = DEFAULT_TEXT_PX,
    dark: bool = False,
) -> str:
    """The whole HTML document for one article; every piece of text is escaped."""
    chinese = is_chinese(article.title) or is_chinese("".join(article.paragraphs[:1]))
    # QTextBrowser takes text-indent only in px: two characters of the current text size.
    indent = 2 * text_px if chinese else 0
    parts = [
        "<html><head><style>",
        stylesheet(dark),
        f"p.para {{ text-indent: {indent}px; }}",
        "</style></head><body>",
        *_head(article, bookmarked, chinese),
        *(_body(article) if article.saved else _not_saved(chinese)),
        "</body></html>",
    ]
    return "\n".join(parts)


def _head(article: Article, bookmarked: bool, chinese: bool) -> list[str]:
    meta = " · ".join(
        x for x in (article.section, page_label(article.page, article.page_name, chinese)) if x
    )
    mark = f'<span class="mark">{BOOKMARK_MARK}</span> ' if bookmarked else ""
    credit = " · ".join(x for x in (article.dateline, article.byline) if x)
    out = [_p("meta", meta), _p("kicker", article.kicker)]
    out.append(f"<h1>{mark}{escape(article.title)}</h1>")
    out += [_p("subtitle", article.subtitle), _p("byline", credit)]
    return [x for x in out if x]


def _body(article: Article) -> list[str]:
    out = [_p("para", text) for text in article.paragraphs]
    for image in article.images:
        if image.src:
            out.append(f'<p class="figure"><img src="{escape(image.src)}"></p>')
        out.append(_p("caption", image.caption))
    out += [_p("caption", text) for text in article.captions]
    return [x for x in out if x]


def _not_saved(chinese: bool) -> list[str]:
    text = (
        "这篇文章没有保存正文：导入的版面只列出了标题。请打开这篇文章自己的网页文件再导入。"
        if chinese
        else "This article's text was not saved: the imported page only lists its title. "
        "Open the article's own page file and import it to read it."
    )
    return [_p("notice", text)]


def _p(css_class: str, text: str | None) -> str:
    return f'<p class="{css_class}">{escape(text)}</p>' if text else ""
