"""An issue (or some of its pages) as one HTML page: its title, each page (版) under its name,
each story as the window shows it followed by its citation. The PDF is printed from it too."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from reader import model
from reader.export.contents import (
    cite,
    is_chinese_issue,
    language,
    pictures,
    sections,
    under_its_page,
    with_pictures,
)
from reader.render import article_parts, stylesheet

SCREEN_STYLE = """
body { max-width: 40em; margin: 2em auto; }
p.para { line-height: 170%; }
h1.issue { text-align: center; }
h1.page { border-bottom: 1px solid #c8c8c8; margin-top: 48px; }
p.cite { color: #5f6b7a; font-size: small; margin-bottom: 36px; }
"""


def issue_html(
    issue: model.Issue,
    style: str | None = None,
    picture_urls: Mapping[str, str] | None = None,
    *,
    title: bool = True,
    page_names: bool = True,
) -> str:
    """The whole page. `style` replaces the screen style; `picture_urls` maps each picture's
    source to the address the page shows it from (default: the picture itself, inside the
    page, so that the page can be moved or sent whole);
    `title` and `page_names` say whether the issue's title and each page's name head it."""
    if picture_urls is None:
        picture_urls = {src: picture.data_uri() for src, picture in pictures(issue).items()}
    names = dict(picture_urls)
    chinese = is_chinese_issue(issue)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{language(issue)}"><head><meta charset="utf-8">',
        f"<title>{escape(issue.title)}</title>",
        f"<style>{style if style is not None else stylesheet('light') + SCREEN_STYLE}</style>",
        "</head><body>",
        f'<h1 class="issue">{escape(issue.title)}</h1>' if title else "",
    ]
    for section in sections(issue):
        if page_names:
            out.append(f'<h1 class="page">{escape(section.label(chinese))}</h1>')
        for article in section.articles:
            shown = with_pictures(article, names)
            out += article_parts(under_its_page(shown) if page_names else shown)
            out.append(f'<p class="cite">{escape(cite(issue, article))}</p>')
    out.append("</body></html>")
    return "\n".join(x for x in out if x)
