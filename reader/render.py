"""Article -> HTML for the article view and for export: escaping, CJK typography, themes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from typing import NamedTuple

from reader.cjk import has_cjk_text
from reader.model import Article, Image
from reader.parsing.credits import CREDIT_LABELS, OWN_DESKS, PHOTO_CREDITS, REPORTER_ROLES

DEFAULT_TEXT_PX = 17
BOOKMARK_MARK = "★"

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


class Words(NamedTuple):
    """What the page itself says about what is missing. The window passes these in the
    interface language; a file written without it speaks the story's own language."""

    not_saved: str
    picture_not_saved: str


ENGLISH_WORDS = Words(
    "This article's text was not saved: the imported page only lists its title."
    " Open the article's own page file and import it to read it.",
    "Picture not saved",
)
CHINESE_WORDS = Words(
    "这篇文章没有保存正文：导入的版面只列出了标题。请打开这篇文章自己的网页文件再导入。",
    "图片未保存",
)


def is_chinese(text: str | None) -> bool:
    """True when the text is set in Chinese (decides indent and page labels)."""
    return text is not None and has_cjk_text(text)


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
    words: Words | None = None,
) -> str:
    """The whole HTML document for one article; every piece of text is escaped."""
    parts = [
        "<html><head><style>",
        _style(article, text_px, theme, font, line_spacing),
        "</style></head><body>",
        *article_parts(article, bookmarked, words),
        "</body></html>",
    ]
    return "\n".join(parts)


def _style(article: Article, text_px: int, theme: str, font: str, line_spacing: int) -> str:
    # QTextBrowser takes text-indent only in px: two characters of the current text size.
    indent = 2 * text_px if _article_is_chinese(article) else 0
    families = ", ".join(f'"{f}"' if " " in f else f for f in FONT_FAMILIES[font])
    line_height = line_height_px(text_px, line_spacing)
    return "\n".join(
        [
            stylesheet(theme),
            f"body {{ font-family: {families}; }}",
            f"p.para {{ text-indent: {indent}px; line-height: {line_height}px; }}",
        ]
    )


def line_height_px(text_px: int, line_spacing: int) -> int:
    """The distance between lines, `line_spacing` percent of the text size. In pixels, because
    Qt reads a percentage as one of the font's own line height, which a CJK font makes
    1.45 times its size: "150%" came out at 2.2 times the text size."""
    return round(text_px * line_spacing / 100)


def _article_is_chinese(article: Article) -> bool:
    return is_chinese(article.title) or is_chinese("".join(article.paragraphs[:1]))


def article_parts(
    article: Article, bookmarked: bool = False, words: Words | None = None
) -> list[str]:
    """The article's HTML elements, heads then body (or a notice that it was not saved)."""
    chinese = _article_is_chinese(article)
    words = words or (CHINESE_WORDS if chinese else ENGLISH_WORDS)
    return [
        *_head(article, bookmarked, chinese),
        *(_body(article, words) if article.saved else [_p("notice", words.not_saved)]),
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


# --- the credit: who reported, from where, each said once --------------------------------

# How much of the first paragraph a paper uses to credit the story: 本报讯（记者 孙悦）…
_OPENING_CHARS = 40
_BYLINE_PARTS = re.compile(r"\s+/\s+")  # "本报记者 赵静 / 赵静": the parser joins credits so
_NAME_BREAKS = re.compile(r"[\s/／、，,;；:：()（）【】\[\]]+")
_NOT_NAMES = frozenset((*REPORTER_ROLES, *CREDIT_LABELS, *PHOTO_CREDITS, *OWN_DESKS))
_OWN_ROLE = re.compile(f"^(?:{'|'.join(OWN_DESKS)})")


def _credit(article: Article) -> str:
    """Dateline and byline without repeats: a paper prints 本报讯（记者 孙悦）at the start of
    the text, so what the first paragraph already opens with is not said again above it, and
    a name the byline gives twice is given once."""
    shown = _squeezed(article.paragraphs[0][:_OPENING_CHARS]) if article.paragraphs else ""
    dateline = article.dateline
    if dateline and shown.startswith(_squeezed(dateline)):
        dateline = None
    elif dateline:
        shown += _squeezed(dateline)
    credits = []
    for part in _BYLINE_PARTS.split(article.byline or ""):
        if part and not _names_shown(part, shown):
            credits.append(part)
            shown += _squeezed(part)
    return " · ".join(x for x in (dateline, " / ".join(credits)) if x)


def _names_shown(credit: str, shown: str) -> bool:
    """True when every name in `credit` (its role words aside) is in `shown` already."""
    words = [w for w in _NAME_BREAKS.split(credit) if w]
    names = [w for w in words if w not in _NOT_NAMES and _OWN_ROLE.sub("", w) not in _NOT_NAMES]
    return all(name in shown for name in names or [_squeezed(credit)])


def _squeezed(text: str) -> str:
    """Spaces of any width left out: 记者　张晨 in the text is 记者 张晨 in the dateline."""
    return re.sub(r"\s+", "", text)


# --- the body --------------------------------------------------------------------------------


def _body(article: Article, words: Words) -> list[str]:
    out = [_p("para", text) for text in article.paragraphs]
    return out + _figures(article, words)


def _figures(article: Article, words: Words) -> list[str]:
    """Each picture (a small placeholder for one that was not saved) with its caption, then
    the captions of pictures that are not there; each caption once."""
    out: list[str] = []
    said: set[str] = set()
    for image in article.images:
        out.append(_picture(image, words))
        if image.caption and image.caption not in said:
            out.append(_p("caption", image.caption))
            said.add(image.caption)
    return out + [
        _p("caption", text) for text in dict.fromkeys(article.captions) if text not in said
    ]


def _picture(image: Image, words: Words) -> str:
    """A saved picture links to itself, so that a click can show it large."""
    if image.src:
        src = escape(image.src)
        return f'<p class="figure"><a href="{src}"><img src="{src}"></a></p>'
    return (
        '<table class="missing" cellpadding="10"><tr><td>'
        f"▧ {escape(words.picture_not_saved)}</td></tr></table>"
    )


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


def bookmark_list(entries: Sequence[tuple[str, str]], heading: str = "Bookmarks") -> str:
    """Bookmarks as Markdown, the window's and `bookmarks export --format md`'s one format:
    a numbered list of (citation, note), each note quoted under its citation."""
    lines = [f"# {heading}", ""]
    for n, (cited, note) in enumerate(entries, 1):
        lines.append(f"{n}. {cited}")
        if note:
            lines.append(f"   > {note}")
    return "\n".join(lines) + "\n"


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
