"""Markdown for note apps: a whole issue as one file (## 版, ### story), and bookmarks as one
file each with YAML front matter (title, paper, date, page, byline, key, note)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader import model
from reader.export.contents import citation, is_chinese_issue, sections
from reader.export.files import file_name, write_new
from reader.library import Bookmark
from reader.render import markdown_heads, md_escape


def issue_markdown(issue: model.Issue) -> str:
    """The issue as one document: its title, then each page (版) and its stories."""
    chinese = is_chinese_issue(issue)
    out = [f"# {md_escape(issue.title)}", ""]
    for section in sections(issue):
        out += [f"## {md_escape(section.label(chinese))}", ""]
        for article in section.articles:
            out += article_markdown(article, "###")
    return "\n".join(out)


def article_markdown(article: model.Article, level: str = "#") -> list[str]:
    """One story as Markdown lines: its title as a heading of `level`, kicker, subtitle and
    credit, paragraphs, then the captions of its pictures, each once."""
    out = [f"{level} {md_escape(article.title)}", "", *markdown_heads(article)]
    for paragraph in article.paragraphs:
        out += [md_escape(paragraph), ""]
    for caption in captions(article):
        out += [f"*{md_escape(caption)}*", ""]
    return out


def captions(article: model.Article) -> list[str]:
    """The captions of the story's pictures, then its other captions, none twice."""
    texts = [i.caption for i in article.images if i.caption] + list(article.captions)
    return list(dict.fromkeys(texts))


# --- bookmarks as notes --------------------------------------------------------------------

FRONT_MATTER = ("title", "paper", "date", "page", "byline", "key", "note")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def bookmark_note(bookmark: Bookmark, article: model.Article | None) -> str:
    """One bookmark as a note: front matter, the story (or the opening the bookmark kept when
    its issue left the library), the reader's note and the citation."""
    out = ["---", *(f"{name}: {_yaml(name, getattr(bookmark, name))}" for name in FRONT_MATTER)]
    out += ["---", ""]
    if article is not None:
        out += article_markdown(article)
    else:
        out += [f"# {md_escape(bookmark.title)}", ""]
        out += [md_escape(bookmark.opening), ""] if bookmark.opening else []
    if bookmark.note:
        out += [f"**✎** {md_escape(bookmark.note)}", ""]
    out += [f"> {md_escape(citation(bookmark))}", ""]
    return "\n".join(out)


def _yaml(name: str, value: str | None) -> str:
    """A scalar YAML reads back as the same text: JSON's double-quoted strings are YAML too.
    A date stays bare, so that note apps take it as a date."""
    if value is None:
        return "null"
    if name == "date" and _ISO_DATE.fullmatch(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def note_name(bookmark: Bookmark) -> str:
    """ "2026-03-12 春耕备耕忙.md": notes sort by date in a folder."""
    return file_name(" ".join(x for x in (bookmark.date, bookmark.title) if x), ".md")


def write_bookmark_notes(
    folder: Path, bookmarks: Iterable[Bookmark], articles: Mapping[str, model.Article]
) -> list[Path]:
    """One note per bookmark in `folder` (made if needed); a note already there that the
    reader changed is kept and the new one is written beside it. Returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for bookmark in bookmarks:
        text = bookmark_note(bookmark, articles.get(bookmark.key))
        path = write_new(folder, note_name(bookmark), text)
        if path is not None:
            written.append(path)
    return written
