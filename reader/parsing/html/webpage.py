"""News sites' article pages (not e-papers): headline, credits, date and the article's own text."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from reader.parsing.conventions import credits, tidy
from reader.parsing.html import names, tree
from reader.parsing.html.furniture import is_furniture_line
from reader.parsing.html.markup import (
    clean,
    drop_comments,
    holds,
    inside,
    segments,
    split_body,
    text_of,
)
from reader.parsing.html.readable import main_content
from reader.parsing.html.records import Document, Story
from reader.parsing.vocabulary import DATE, iso_date, path_date

_NOT_READ = ("script", "style", "noscript", "iframe", "template", "svg", "link", "button")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# (a hyphen between two Latin letters joins a word: `The Long-Read`)
_SITE_SEPARATOR = re.compile(
    r"\s+[-_|–—:·•»]{1,2}\s+|\s*(?:--|_|\|)\s*|(?<![A-Za-z])[-–—]|[-–—](?![A-Za-z])"
)
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•:»›]{1,2}|::)\s+|\s*(?:_|--|\|)\s*")
# (A run of separators is tried from its start only, or a long one would take square time.)
_SITE_SUFFIX = re.compile(r"\s*(?:(?<![-_|–—])[-_|–—]+\s*[^-_|–—]{1,30}){1,3}$")
# A page's title names its headline within this many characters, if at all.
_TITLE_CHARS = 1_000
_BY = re.compile(
    r"^(?:by|par|por|von|door|di|av|przez|written by|作者|文|记者|撰文)[\s:：/]+", re.I
)
_RELATIVE_TIME = re.compile(r"\s+\S+\s+\d+\s+\S+$|\s+\d+\s+\S+\s+ago$", re.IGNORECASE)
_BREAK = "\ue000"  # a `<br>` marked in text, where spaces are collapsed
_PROMPT = re.compile(r"\b(?:sign up|subscribe|newsletter)\b", re.IGNORECASE)
# `by Jane Doe / January 19, 2017 / Leave a comment` opening the text: the writer's line
_CREDIT_OPENING = re.compile(
    r"^[Bb]y\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*[/|·]\s*\S.{0,80}$"
)
# links in the byline to the writer's pages, not names: `View author archive`, `RSS feed`
_WRITER_LINK = re.compile(r"\b(?:archive|rss|feed|follow|e-?mail|contact|profile)\b", re.I)
_TWICE = re.compile(r"^(.{3,}?)\s*\1$")
_AFTER_NAMES = re.compile(r"\s*[|/].*$|\s+\d.*$|\s+(?:published|posted|updated)\b.*$", re.I)
# `NAMES - Wire Science Writers`, `Jane Doe, Senior Correspondent`: the post after the names
_ROLE_AFTER = re.compile(
    r"\s+[-–—]\s+[^,]*\b(?:writers?|correspondents?|editors?|reporters?|columnists?)\b.*$"
    r"|,\s+[^,]*\b(?:writers?|correspondents?|editors?|reporters?|columnists?|contributors?)$",
    re.IGNORECASE,
)
_LEADING_MARKS = re.compile(r"^[^\w\s]+\s*")  # `👤by Desk`: an icon before the byline
_UPDATED = re.compile(r"^(?:updated|posted|published|edited)\s+(?=by\b)", re.IGNORECASE)
_HANDLE = re.compile(r"\s*@\w+$")  # `Jane Doe@janedoe`: her handle, glued or spaced
_FOLLOW = re.compile(r"(?:^|\s+)(?:Follow\s+)?@\w+$|\s+Follow$", re.IGNORECASE)
# `LONDON—The…`, `NEW YORK--The…`: a capitalised place glued to the dash that follows it
_GLUED_DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]{2,24}(?:\s*\([A-Za-z .]{2,30}\))?)\s*(--|[—–])(?=[^\s-])"
)
# `Jane Doe is the paper's political editor`, `Jane Doe covers the White House.`
_ABOUT_AUTHOR = r"\s+(?:is|was|covers|writes|reports|has|can be|may be)\b"
_NAME_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b)\s*")
_AUTHOR_NOTE = 300  # characters: an author's note is a line or two
_QUOTES = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b", "'") | dict.fromkeys("\u201c\u201d\u201e\u201f", '"')
)
_SPACES = re.compile(r"\s+")
_NAMED_HEADING = 12  # characters: a shorter <h2> the title names is a section's name
_TITLE_WORD = re.compile(r"\w{3,}")
_NEAR_TITLE = 0.6  # share of the title's words an <h1> that says nearly the same holds
_MARKED_HEADLINE = 20  # characters: a shorter <h1> marked as a title names a section or site
_LOOK_AHEAD = 80  # elements after the headline searched for its subtitle and byline
_SHORT_LINE = 120
_KICKER = 60  # characters: the most a kicker says
_AUTHOR_BOX_DEPTH = 3  # levels above a description searched for the writer's box
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]{2,}\b")
_STAMP_WORDS = 3  # words in lower case a date line may hold (`last updated on`)
_LOGO = frozenset(("logo", "brand", "branding", "sitename", "masthead"))
_PICTURE_BOX = frozenset(("image", "photo", "picture", "figure", "img"))
_CAPTION = 300  # characters: the most a picture's caption says


def read_web_article(soup: BeautifulSoup, source: str) -> Document:
    """Headline, credits, date and text of a news site's article page (not an e-paper)."""
    drop_comments(soup)
    metas = _metas(soup)
    tree.remove(soup.find_all(_NOT_READ))
    tree.remove(soup.find_all(_is_hidden))
    paper = _first(metas, "og:site_name", "application-name") or _site_of(text_of(soup.title))
    headline = _headline(soup, metas)
    title = _title(metas, soup, headline, paper)
    head = _head_parts(headline)
    author = head.byline or _meta_author(metas)
    date = _date(soup, metas) or head.date
    _picture_boxes(soup)
    parts: list[str] = []
    for block in main_content(soup, headline):
        _captions_of_figures(soup, block)
        parts.extend(segments(block))
    body = split_body(parts)
    known = {title, head.subtitle, head.kicker}
    lines = [p for p in body.paragraphs if p not in known and not is_furniture_line(p)]
    lines = [_unglue_dateline(lines[0]), *lines[1:]] if lines else lines
    opening = _CREDIT_OPENING.match(lines[0]) if lines else None
    if opening:
        author, lines = author or opening["name"], lines[1:]
    doc = Document(source=source, paper=paper, date=date or path_date(source), kind="web")
    if not lines and not title:
        return doc
    byline, dateline, paragraphs = credits(lines, author)
    paragraphs = _without_author_note(paragraphs, byline)
    doc.stories.append(
        Story(
            title=title or lines[0][:20],
            kicker=head.kicker,
            subtitle=head.subtitle,
            byline=_plain_byline(byline, paper),
            dateline=dateline,
            paragraphs=tuple(paragraphs),
            captions=tuple(c for c in body.captions if not is_furniture_line(c)),
            images=tuple(body.images),
            paper=paper,
            date=doc.date,
        )
    )
    return doc


# --- metadata ---------------------------------------------------------------------------------


def _metas(soup: BeautifulSoup) -> dict[str, str]:
    """`<meta property|name|itemprop=… content=…>`, first of each name, from one walk."""
    found: dict[str, str] = {}
    for el in soup.find_all("meta"):
        name = str(el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = clean(str(el.get("content") or el.get("value") or ""))  # `value` on some sites
        if name and value:
            found.setdefault(name, value)
    return found


def _first(metas: dict[str, str], *keys: str) -> str | None:
    return next((metas[n] for n in keys if n in metas), None)


def _meta_author(metas: dict[str, str]) -> str | None:
    author = _first(metas, "author", "article:author", "byl", "dc.creator", "parsely-author")
    if not author or author.isdigit() or "://" in author or len(author) > 80:
        return None
    return _BY.sub("", author).strip() or None


def _date(soup: BeautifulSoup, metas: dict[str, str]) -> str | None:
    keys = ("article:published_time", "publishdate", "pubdate", "date", "datepublished")
    date = iso_date(_first(metas, *keys))
    time = soup.find("time", attrs={"datetime": True})
    return date or (iso_date(str(time["datetime"])) if isinstance(time, Tag) else None)


def _site_of(page_title: str) -> str | None:
    """`标题--文化--人民网` -> `人民网`, `Headline : The Long-Read : Radio` -> `Radio`: browsers'
    titles end with the site's name (a hyphen inside a word parts nothing)."""
    parts = [p for p in _SITE_SEPARATOR.split(page_title) if p.strip()]
    return parts[-1] if len(parts) > 1 and len(parts[-1]) <= 12 else None


def _is_hidden(tag: Tag) -> bool:
    """What the page keeps out of sight: hidden elements, text only for screen readers."""
    if tag.attrs is None or tag.name in ("html", "body"):
        return False
    if tag.has_attr("hidden") or _HIDDEN_STYLE.search(str(tag.get("style") or "")):
        return True
    words = names.words(tag)
    return bool(words & names.SCREEN_READER) and ("only" in words or "hidden" in words)


# --- the headline and what stands around it ---------------------------------------------------


def _headline(soup: BeautifulSoup, metas: dict[str, str]) -> Tag | None:
    """The `<h1>` (or box named a headline) that the page's title names, not the site's logo."""
    titles = (_first(metas, "og:title", "twitter:title"), text_of(soup.title))
    named = _fold(" ".join(t[:_TITLE_CHARS] for t in titles if t))
    found = [h for h in soup.find_all("h1") if text_of(h)]
    # the longest `<h1>` the title names: a site's logo in an `<h1>` is named there too
    named_h1 = [
        h
        for h in found
        if len(text_of(h)) >= 4 and _fold(text_of(h)) in named and not _is_logo(h, found)
    ]
    if named_h1:
        best = max(named_h1, key=lambda h: len(text_of(h)))
        site = _fold(_first(metas, "og:site_name", "application-name") or "")
        return _post_heading(soup, best, site) or best
    # an <h1> that says nearly what the title says (the title shortened for sharing, `Pic`
    # for `Photo`) before any other box the title names (a reading list's item)
    close = [h for h in found if _near_title(h, named) and not _is_logo(h, found)]
    if close:
        return max(close, key=lambda h: len(text_of(h)))
    for el in soup.find_all(("h2", "h3", "div", "span", "p", "header")):
        # a headline set in an <h2> (the <h1> naming the section) or in a styled box
        words = names.words(el)
        if words & _LOGO:
            continue  # `<h2 class=branding__title>`: the blog's or the site's name
        heading = el.name in ("h2", "h3") and len(text_of(el)) >= _NAMED_HEADING
        text = text_of(el) if heading or words & names.HEADLINE else ""
        if 4 <= len(text) <= 300 and _fold(text) in named:
            return el
    # an <h1> marked as the headline (`post-title`, itemprop=headline), even in a <header>,
    # before a section's name in a bare <h1> (`More Coast`)
    marked = [
        h
        for h in found
        if (names.words(h) & names.HEADLINE or h.get("itemprop") in ("headline", "name"))
        and len(text_of(h)) >= _MARKED_HEADLINE
        and not inside(h, ("nav",))
        and not _is_logo(h, found)
    ]
    unnamed = marked or [
        h for h in found if not inside(h, ("header", "nav")) and not holds(h, ("img",))
    ]
    return max(unnamed, key=lambda h: len(text_of(h)), default=None)


def _near_title(h1: Tag, named: str) -> bool:
    text = text_of(h1)
    if len(text) < _MARKED_HEADLINE or inside(h1, ("nav",)):
        return False
    title_words = set(_TITLE_WORD.findall(named))
    shared = title_words & set(_TITLE_WORD.findall(_fold(text)))
    return bool(title_words) and len(shared) >= _NEAR_TITLE * len(title_words)


def _is_logo(h1: Tag, found: list[Tag]) -> bool:
    """`<h1 class=site-logo>The Review</h1>` beside the story's own `<h1>`: the site's name."""
    return len(found) > 1 and bool(names.words(h1) & _LOGO)


def _post_heading(soup: BeautifulSoup, h1: Tag, site: str) -> Tag | None:
    """`The Lantern Club » Blog Archive » A Quiet Film` over `<h1>The Lantern Club</h1>` and
    `<h2>A Quiet Film</h2>`: a blog's `<h1>` names the blog, first in the page's title; the
    heading the title ends with, right under the `<h1>`, is the post's (unless it names the
    site)."""
    parts = [p for p in _TITLE_SEPARATOR.split(text_of(soup.title)[:_TITLE_CHARS]) if p.strip()]
    if len(parts) < 2 or _fold(text_of(h1)) != _fold(parts[0]) or _fold(parts[-1]) == site:
        return None
    following = (h for h in h1.find_all_next(("h2", "h3")) if text_of(h))
    heading = next(following, None)
    return heading if heading is not None and _fold(text_of(heading)) == _fold(parts[-1]) else None


def _title(
    metas: dict[str, str], soup: BeautifulSoup, headline: Tag | None, paper: str | None
) -> str:
    """The headline as the page shows it, without the ` | Site` or ` - Author` the
    browser's title adds."""
    shown = text_of(headline)
    named = _first(metas, "og:title", "twitter:title")
    if shown and (not named or _fold(shown) in _fold(named) or len(shown) >= 10):
        return shown
    if named:
        return _without_site(named, paper, metas)
    page_title = text_of(soup.title)
    trimmed = _without_site(page_title, paper, metas)
    return trimmed if trimmed != page_title else _SITE_SUFFIX.sub("", page_title) or page_title


def _fold(text: str) -> str:
    """Text as compared with the page's title: case, quote marks and spacing do not count."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip().casefold()


def _without_site(title: str, paper: str | None, metas: dict[str, str]) -> str:
    """Drop trailing parts that name the site or the author (`… | Aktuálně.cz`)."""
    owners = [o.casefold() for o in (paper, _meta_author(metas), metas.get("og:site_name")) if o]
    parts = _TITLE_SEPARATOR.split(title)
    while len(parts) > 1:
        last = parts[-1].strip().casefold()
        if not last or any(last in o or o in last for o in owners):
            parts.pop()
            continue
        break
    if len(parts) == len(_TITLE_SEPARATOR.split(title)):
        return title
    kept = _TITLE_SEPARATOR.split(title)[: len(parts)]
    end = title.find(kept[-1]) + len(kept[-1])
    return title[:end].strip()


class _Head:
    """What is printed around the headline: kicker, subtitle (the standfirst), byline."""

    def __init__(self) -> None:
        self.kicker: str | None = None
        self.subtitle: str | None = None
        self.byline: str | None = None
        self.date: str | None = None  # the first date printed under the headline


def _head_parts(headline: Tag | None) -> _Head:
    """The kicker before the headline, the standfirst and the `By …` line after it; each is
    taken out of the page so it is not read again as text."""
    head = _Head()
    if headline is None:
        return head
    for el in _before(headline):
        if not 0 < len(text_of(el)) <= _KICKER:
            continue
        # `<p class=article-type><span class=content-label>Harbour Lives</span></p>`; not a bar
        # of sharing buttons that holds a label
        parts = [names.words(part) for part in (el, *el.find_all(True))]
        if any(w & names.KICKER for w in parts) and not any(names.is_furniture(w) for w in parts):
            head.kicker = text_of(el)
            el.extract()
            break
    for el in list(headline.find_all_next(True, limit=_LOOK_AHEAD)):
        if not _attached(el):
            continue  # taken out with an earlier find
        text = text_of(el)
        if not text:
            continue
        words = names.words(el)
        if head.date is None and len(text) <= _SHORT_LINE and not holds(el, ("p", "div")):
            head.date = _stamped_date(text)
        if head.byline is None and _is_byline_element(el, words, text):
            head.byline = _byline_text(el)
            el.extract()
        elif head.subtitle is None and _is_standfirst(el, words, text, headline):
            _lift_byline(el, head)
            head.subtitle = text_of(el) or None
            el.extract()
        elif el.name == "p" and len(text) > 2 * _SHORT_LINE:
            break  # the article's text has begun
    return head


def _stamped_date(text: str) -> str | None:
    """The date of a line that stamps the story (`Updated March 3, 2015 4:10 PM`, `By Jane
    Doe | 3/9/15`), not of a sentence that names a date (`The act was signed into law on
    August 14, 1935`): a few words in lower case at most beside it."""
    found = DATE.search(text)
    if found is None:
        return None
    rest = text[: found.start()] + text[found.end() :]
    if len(_LOWER_WORD.findall(rest)) > _STAMP_WORDS:
        return None
    return iso_date(text)


def _attached(el: Tag) -> bool:
    return isinstance(list(el.parents)[-1] if el.parent else None, BeautifulSoup)


def _before(headline: Tag) -> list[Tag]:
    """Elements just before the headline, nearest first: its siblings, then its parent's."""
    found = [s for s in headline.previous_siblings if isinstance(s, Tag)][:3]
    parent = headline.parent
    if parent is not None:
        found += [s for s in parent.previous_siblings if isinstance(s, Tag)][:2]
    return found


def _is_byline_element(el: Tag, words: frozenset[str], text: str) -> bool:
    if len(text) > _SHORT_LINE or (holds(el, ("p", "div", "li")) and len(text) > 60):
        return False
    if el.get("rel") == ["author"] or el.get("itemprop") == "author" or words & names.BYLINE:
        return True
    if el.name not in ("p", "div", "span", "cite") or not re.match(r"^[Bb]y:?\s+[A-Z]", text):
        return False
    # a box round the byline (and the provider beside it): the byline inside is the one
    return not any(names.words(part) & names.BYLINE for part in el.find_all(True))


def _byline_text(el: Tag) -> str:
    """Names in a byline element, without the dates and labels printed beside them."""
    tree.remove(
        part
        for part in el.find_all(True)
        if part.name in ("time", "abbr")
        or names.words(part) & names.DATE
        or (part.name == "a" and _WRITER_LINK.search(text_of(part)))
    )
    marked = [
        part
        for part in el.find_all(True)
        if part.get("itemprop") == "name"
        or part.get("rel") == ["author"]
        or {"fn", "name", "author"} & names.words(part)
    ]
    # the innermost: `<p class=author><b class=fn>Name</b> <span>Senior Correspondent</span>`
    # names the writer in the `fn`; a link round a name marked up again is one name
    inner = [p for p in marked if not any(q is not p and p in q.parents for q in marked)]
    named = [n for n in dict.fromkeys(text_of(p) for p in inner) if n]
    line = _first_line(el)
    # several writers as the line prints them (`Jane Doe and John Roe`), else each marked name
    together = len(named) > 1 and all(n in line for n in named)
    text = line if together or not named else ", ".join(named)
    text = _BY.sub("", _UPDATED.sub("", _LEADING_MARKS.sub("", text))).strip()
    text = _HANDLE.sub("", text).strip()
    date = DATE.search(text)
    if date and date.start() > 0:
        text = text[: date.start()].strip(" ,|·-–—")
    text = _FOLLOW.sub("", text).strip()
    text = _RELATIVE_TIME.sub("", text) if re.search(r"\d", text) else text
    # names hold no digits, bars or slashes: `Jane Doe | 10/9/10 7:15 AM`, `Jane Doe / Jan. 9`
    text = _ROLE_AFTER.sub("", _AFTER_NAMES.sub("", text)).strip()
    return _TWICE.sub(r"\1", text)  # a name printed twice (one for small screens)


def _first_line(el: Tag) -> str:
    """The text of an element up to its first line break: `By Jane Doe<br>Site.com<br>Archive`
    names the writer on the first line, the site and links on the next."""
    lines = text_of(el, br=_BREAK).split(_BREAK)
    return next((line.strip() for line in lines if line.strip()), "")


def _is_standfirst(el: Tag, words: frozenset[str], text: str, headline: Tag) -> bool:
    if not 10 <= len(text) <= 500 or el.name == "figure" or holds(el, ("h1", "img")):
        return False
    if _PROMPT.search(text) or _fold(text) == _fold(text_of(headline)):
        return False  # a newsletter's pitch (`Sign up to follow…`), the headline again
    if words & names.SUBTITLE and el.name not in ("ul", "ol", "section", "article"):
        # a description in the writer's box (`author-dropdown > description`) is about them
        return not any(
            names.words(box) & (names.BYLINE | names.AUTHOR_NOTE)
            for box in list(el.parents)[:_AUTHOR_BOX_DEPTH]
        )
    following = next((s for s in headline.next_siblings if isinstance(s, Tag)), None)
    return el.name in ("h2", "h3", "h4") and following is el


def _lift_byline(standfirst: Tag, head: _Head) -> None:
    """A byline printed inside the standfirst (`<p class=standfirst><em class=byline>`)."""
    found = [el for el in standfirst.find_all(True) if names.words(el) & names.BYLINE]
    found = [el for el in tree.outermost(found) if text_of(el)]
    for el in found:
        head.byline = head.byline or _byline_text(el)
    tree.remove(found)


def _plain_byline(byline: str | None, paper: str | None) -> str | None:
    if not byline or (paper and byline.casefold() == paper.casefold()):
        return None
    return tidy(byline)


def _without_author_note(paragraphs: list[str], byline: str | None) -> list[str]:
    """Without the closing line about the writer (`JANE DOE IS THE POLITICAL EDITOR`)."""
    if not byline or not paragraphs or len(paragraphs[-1]) > _AUTHOR_NOTE:
        return paragraphs
    writers = [n for n in _NAME_SPLIT.split(byline) if len(n) >= 4]
    about = re.compile(f"^(?:{'|'.join(map(re.escape, writers))}){_ABOUT_AUTHOR}", re.I)
    return paragraphs[:-1] if writers and about.match(paragraphs[-1]) else paragraphs


# --- the text ---------------------------------------------------------------------------------


def _captions_of_figures(soup: BeautifulSoup, block: Tag) -> None:
    """A figure's words (caption, credit) are its caption, however they are marked up."""
    for figure in tree.outermost(block.find_all("figure")):
        text = text_of(figure)
        images = [el for el in figure.descendants if isinstance(el, Tag) and el.name == "img"]
        tree.remove(list(figure.contents))
        tree.remove(images)  # out of the parts just taken out, so each append is cheap
        for img in images:
            figure.append(img)
        if text:
            caption = soup.new_tag("figcaption")
            caption.string = text
            figure.append(caption)


def _picture_boxes(soup: BeautifulSoup) -> None:
    """`<aside><img><p>The house where…</p></aside>`, `<div class="inline image"><img>
    <div>Credit Caption</div></div>` between the paragraphs: a picture and its caption in a
    box of their own, read as a figure (the caption is then no paragraph of the text)."""
    asides = [el for el in soup.find_all("aside") if not el.find("a")]
    # (a box that holds paragraphs is text with a picture in it, not a picture's box)
    named = [
        el
        for el in soup.find_all(("div", "span"))
        if names.words(el) & _PICTURE_BOX and not el.find("p")
    ]
    for box in asides + tree.outermost(named):
        if len(box.find_all("img", limit=2)) == 1 and 0 < len(text_of(box)) <= _CAPTION:
            box.name = "figure"


def _unglue_dateline(first: str) -> str:
    """`LONDON—The …` -> `LONDON — The …`, so the dateline reads as one."""
    return _GLUED_DATELINE.sub(r"\1 \2 ", first)
