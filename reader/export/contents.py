"""What an export holds: an issue or a story from the library as plain data, its pages (版) in
order, its language, its pictures on disk and the citation of each story."""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from pathlib import Path

from reader import model

# The exporters take `citation` from here, so that they follow it wherever it lives.
from reader.export.citation import citation
from reader.library import Bookmark, IssueRow, Library, LibraryError
from reader.parsing.files import read_inside
from reader.parsing.limits import MAX_IMAGE_BYTES
from reader.render import is_chinese, page_label


@dataclass(frozen=True)
class Section:
    """One page (版) of an issue and the stories that start on it; page None holds stories
    whose page is not known."""

    page: model.Page | None
    articles: tuple[model.Article, ...]

    def label(self, chinese: bool) -> str:
        """ "第1版 要闻", "Page A1 News"; "其他" or "Other stories" when the page is not known."""
        if self.page is None:
            return "其他" if chinese else "Other stories"
        return page_label(self.page.code, self.page.name, chinese)


def load_issue(library: Library, issue_id: int, page: str | None = None) -> model.Issue:
    """The stored issue with all its stories in reading order; only page `page` if given."""
    row = library.issue(issue_id)
    if row is None:
        raise LibraryError(f"There is no issue {issue_id} in the library (`issues` lists them).")
    pages = tuple(model.Page(p.code, p.name) for p in library.pages(issue_id))
    if page is not None:
        pages = tuple(p for p in pages if p.code == page)
        if not pages:
            raise LibraryError(f"The issue {row.title} has no page {page}.")
    stories = (library.article(r.key) for r in library.articles(issue_id, page))
    articles = tuple(a for a in stories if a is not None)
    return model.Issue(row.paper, row.date, row.source, row.format, pages, articles)


def load_article(library: Library, key: str) -> model.Issue:
    """The issue of the story `key`, holding that story only."""
    article, row = library.article(key), library.issue_of(key)
    if article is None or row is None:
        raise LibraryError(f"There is no article {key} in the library.")
    pages = tuple(model.Page(p.code, p.name) for p in library.pages(row.id))
    pages = tuple(p for p in pages if p.code == article.page)
    return model.Issue(row.paper, row.date, row.source, row.format, pages, (article,))


def sections(issue: model.Issue) -> list[Section]:
    """The issue's pages in order, each with its stories; pages without stories are left out,
    and stories whose page is not known come last."""
    pages = {p.code: p for p in issue.pages}
    for article in issue.articles:
        if article.page and article.page not in pages:
            pages[article.page] = model.Page(article.page, article.page_name)
    out = [Section(p, tuple(a for a in issue.articles if a.page == p.code)) for p in pages.values()]
    out.append(Section(None, tuple(a for a in issue.articles if not a.page)))
    return [s for s in out if s.articles]


def is_chinese_issue(issue: model.Issue) -> bool:
    """Whether the paper is set in Chinese: its name or its first stories' titles."""
    return is_chinese(issue.paper) or any(is_chinese(a.title) for a in issue.articles[:3])


def language(issue: model.Issue) -> str:
    """The paper's language as a BCP 47 tag: "zh" or "en"."""
    return "zh" if is_chinese_issue(issue) else "en"


def cite(issue: model.Issue, article: model.Article) -> str:
    """The story cited as a newspaper article, as the window's Copy with Citation cites it."""
    return citation(as_bookmark(issue, article))


def as_bookmark(issue: model.Issue | IssueRow, article: model.Article, note: str = "") -> Bookmark:
    """What a bookmark of the story would keep: the fields a citation is made of."""
    return Bookmark(
        key=article.key,
        note=note,
        created="",
        paper=issue.paper,
        date=issue.date,
        page=article.page,
        title=article.title,
        byline=article.byline,
        opening=article.paragraphs[0] if article.paragraphs else "",
        issue_removed=False,
    )


def issue_folder(source: str) -> Path | None:
    """Pictures are looked up beside the issue's file, or inside its folder."""
    path = Path(source)
    if path.is_dir():
        return path
    return path.parent if path.parent.is_dir() else None


@dataclass(frozen=True)
class Picture:
    """A saved picture, whole: its bytes and what kind of picture they are."""

    data: bytes
    media_type: str
    suffix: str

    def data_uri(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.data).decode()}"


# A saved page's photo is a few MB at most; a larger file is left out, not read.
MAX_PICTURE_BYTES = MAX_IMAGE_BYTES
# The picture types every reader of EPUB, HTML and PDF shows: (first bytes, a mark of the
# end, type, suffix). A file cut short by an interrupted download lacks its end.
_PICTURE_TYPES = (
    (b"\xff\xd8\xff", b"\xff\xd9", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", b"IEND", "image/png", ".png"),
    (b"GIF8", b";", "image/gif", ".gif"),
)


def pictures(issue: model.Issue) -> dict[str, Picture]:
    """The saved picture of each image source of the issue's stories: whole JPEG, PNG or GIF
    files inside the issue's folder (a page cannot make an export carry other files)."""
    folder = issue_folder(issue.source)
    if folder is None:
        return {}
    root = folder.resolve()
    found: dict[str, Picture] = {}
    for src in dict.fromkeys(i.src for a in issue.articles for i in a.images if i.src):
        picture = _read_picture(root, src)
        if picture is not None:
            found[src] = picture
    return found


def _read_picture(root: Path, src: str) -> Picture | None:
    """The picture `src` names inside `root`; None for anything else, or when unreadable (the
    story keeps its caption)."""
    data = read_inside(root, src, MAX_PICTURE_BYTES)
    return None if data is None else _whole_picture(data)


def _whole_picture(data: bytes) -> Picture | None:
    for start, end, media_type, suffix in _PICTURE_TYPES:
        if data.startswith(start) and end in data[-64:]:
            return Picture(data, media_type, suffix)
    return None


def with_pictures(article: model.Article, names: dict[str, str]) -> model.Article:
    """The story with each picture's source renamed as `names` says; a picture not named
    there loses its source and keeps its caption."""
    images = tuple(replace(i, src=names.get(i.src or "")) for i in article.images)
    return replace(article, images=images)


def under_its_page(article: model.Article) -> model.Article:
    """The story as set below its page's name: the page is not named again above its title."""
    return replace(article, page=None, page_name=None)
