"""Article -> HTML for the article view and for export: escaping, CJK typography, themes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from reader.cjk import CJK_TEXT
from reader.model import Article

DEFAULT_TEXT_PX = 17
BOOKMARK_MARK = "★"
_CJK = re.compile(f"[{CJK_TEXT}]")

THEMES = ("light", "sepia", "dark")
# (page, text) colours of each theme; the window paints the pane around the text with them.
THEME_COLOURS = {
    "light": ("#ffffff", "#1f1f1f"),
    "sepia": ("#f4ecd8", "#3b2f1e"),
    "dark": ("#1e1e1e", "#dcdcdc"),
}
FONTS = ("serif", "sans")
FONT_FAMILIES = {
    "serif": ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "serif"),
    "sans": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "PingFang SC",
        "Microsoft YaHei",
        "sans-serif",
    ),
}
LINE_SPACINGS = (130, 150, 170, 200)  # percent of the text size
DEFAULT_LINE_SPACING = 150


def is_chinese(text: str | None) -> bool:
    """True when the text is set in Chinese (decides indent and page labels)."""
    return bool(text and _CJK.search(text))


def page_label(code: str | None, name: str | None = None, chinese: bool = True) -> str:
    """ "第1版 要闻" for code "01", "Page 2 News" for an English paper."""
    if not code:
        return name or ""
    number = page_number(code)
    label = f"第{number}版" if chinese else f"Page {number}"
    return f"{label} {name}" if name else label


def page_number(code: str) -> str:
    """The page as a reader names it: "1" for code "01", "A05" as it is."""
    return (code.lstrip("0") or "0") if code.isdigit() else code


@cache
def stylesheet(theme: str = "light") -> str:
    """The article CSS; the sepia and dark themes add their colours on top."""
    folder = resources.files("reader.resources")
    css = (folder / "article.css").read_text(encoding="utf-8")
    if theme in ("sepia", "dark"):
        css += (folder / f"article-{theme}.css").read_text(encoding="utf-8")
    return css


def render_article(
    article: Article,
    *,
    bookmarked: bool = False,
    text_px: int = DEFAULT_TEXT_PX,
    theme: str = "light",
    font: str = "serif",
    line_spacing: int = DEFAULT_LINE_SPACING,
) -> str:
    """The whole HTML document for one article; every piece of text is escaped."""
    parts = [
        "<html><head><style>",
        _style(article, text_px, theme, font, line_spacing),
        "</style></head><body>",
        *article_parts(article, bookmarked),
        "</body></html>",
    ]
    return "\n".join(parts)


def _style(article: Article, text_px: int, theme: str, font: str, line_spacing: int) -> str:
    # QTextBrowser takes text-indent only in px: two characters of the current text size.
    indent = 2 * text_px if _article_is_chinese(article) else 0
    families = ", ".join(f'"{f}"' if " " in f else f for f in FONT_FAMILIES[font])
    return "\n".join(
        [
            stylesheet(theme),
            f"body {{ font-family: {families}; }}",
            f"p.para {{ text-indent: {indent}px; line-height: {line_spacing}%; }}",
        ]
    )


def _article_is_chinese(article: Article) -> bool:
    return is_chinese(article.title) or is_chinese("".join(article.paragraphs[:1]))


def article_parts(article: Article, bookmarked: bool = False) -> list[str]:
    """The article's HTML elements, heads then body (or a notice that it was not saved)."""
    chinese = _article_is_chinese(article)
    return [
        *_head(article, bookmarked, chinese),
        *(_body(article) if article.saved else _not_saved(chinese)),
    ]


def _head(article: Article, bookmarked: bool, chinese: bool) -> list[str]:
    meta = " · ".join(
        x for x in (article.section, page_label(article.page, article.page_name, chinese)) if x
    )
    mark = f'<span class="mark">{BOOKMARK_MARK}</span> ' if bookmarked else ""
    out = [_p("meta", meta), _p("kicker", article.kicker)]
    out.append(f"<h1>{mark}{escape(article.title)}</h1>")
    out += [_p("subtitle", article.subtitle), _p("byline", _credit(article))]
    return [x for x in out if x]


def _credit(article: Article) -> str:
    return " · ".join(x for x in (article.dateline, article.byline) if x)


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


# --- taking articles elsewhere: plain text, Markdown, HTML --------------------------------


@dataclass(frozen=True)
class Clipping:
    """An article (or, when its issue left the library, what a bookmark kept of it) with
    its citation and the reader's note, ready to be copied or exported."""

    title: str
    citation: str
    article: Article | None = None
    note: str = ""
    opening: str = ""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        if self.article is not None:
            return (*self.article.paragraphs, *self.article.captions)
        return (self.opening,) if self.opening else ()


def plain_text(clipping: Clipping) -> str:
    """The article as plain text, its citation last: what Ctrl+Shift+C copies."""
    article = clipping.article
    head = (
        [article.kicker, clipping.title, article.subtitle, _credit(article)]
        if article
        else [clipping.title]
    )
    parts = ["\n".join(x for x in head if x), *clipping.paragraphs, clipping.citation]
    return "\n\n".join(p for p in parts if p) + "\n"


def markdown(clippings: Sequence[Clipping], heading: str | None = None) -> str:
    """One Markdown document: each clipping a section with its citation quoted."""
    out = [f"# {md_escape(heading)}", ""] if heading else []
    level = "##" if heading else "#"
    for clipping in clippings:
        out += [f"{level} {md_escape(clipping.title)}", ""]
        if clipping.article is not None:
            out += markdown_heads(clipping.article)
        for paragraph in clipping.paragraphs:
            out += [md_escape(paragraph), ""]
        if clipping.note:
            out += [f"**✎** {md_escape(clipping.note)}", ""]
        out += [f"> {md_escape(clipping.citation)}", ""]
    return "\n".join(out)


def markdown_heads(article: Article) -> list[str]:
    """Kicker, subtitle and credit, each an italic Markdown paragraph, to follow the title."""
    heads = (article.kicker, article.subtitle, _credit(article))
    return [line for x in heads if x for line in (f"*{md_escape(x)}*", "")]


def html_document(clippings: Sequence[Clipping], heading: str | None = None) -> str:
    """One standalone HTML page (UTF-8, the light theme) of the clippings."""
    title = heading or (clippings[0].title if clippings else "")
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{stylesheet('light')}\nbody {{ max-width: 40em; margin: 2em auto; }}"
        "\np.para { line-height: 170%; }\nblockquote { color: #5f6b7a; }</style>",
        "</head><body>",
    ]
    if heading:
        out.append(f"<h1>{escape(heading)}</h1>")
    for clipping in clippings:
        out.append("<article>")
        if clipping.article is not None:
            out += article_parts(clipping.article)
        else:
            out += [f"<h2>{escape(clipping.title)}</h2>", _p("para", clipping.opening)]
        if clipping.note:
            out.append(_p("note", f"✎ {clipping.note}"))
        out.append(f"<blockquote>{escape(clipping.citation)}</blockquote></article>")
    out.append("</body></html>")
    return "\n".join(x for x in out if x)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: str) -> str:
    """Markdown punctuation in newspaper text stays text."""
    return _MD_SPECIAL.sub(r"\\\1", text)
