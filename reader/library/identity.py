"""Which stored issue an imported one is, which of two sources of it is kept, and article keys
that are unique in the whole library.

The rule: one issue per paper and date, whatever the format it came in. Another source of
the same paper and date replaces the stored one when it is the same file (a new version of
it), or when it is at least as rich; otherwise it is not stored, and the reader is told so.
Richer means more characters of text in saved articles; at equal text, a saved e-paper page,
folder or PDF (which also carry page names, kickers and pictures) over a plain text dump.
An issue whose paper or date is unknown is identified by its file (its resolved path).

An article key another issue's article already has (two undated files with the same story)
gets a suffix derived from its own issue, so each key names one article.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from pathlib import PurePath

from reader import model

# The format that loses a tie in text: everything else carries more than the words.
PLAIN = "text"


@dataclass(frozen=True)
class Stored:
    """What the library knows of an issue it holds, to tell whether a new copy replaces it."""

    id: int
    digest: str
    source: str
    format: str
    text_chars: int


def text_chars(issue: model.Issue) -> int:
    """The characters of text in the issue's saved articles: how rich a source is."""
    return sum(len(p) for a in issue.articles if a.saved for p in a.paragraphs)


def richness(chars: int, format: str) -> tuple[int, bool]:
    return chars, format != PLAIN


_STORED = "SELECT id, content_hash, source, format, text_chars FROM issue"


def find(conn: sqlite3.Connection, issue: model.Issue) -> Stored | None:
    """The stored issue `issue` is a copy or a version of: same paper and date, else the same
    file (unless both have a paper and date that differ: a file saved again for another
    day's paper is another issue; nor, without a paper, when both have a date that differs:
    a folder of several days holds an issue a day)."""
    if issue.paper and issue.date:
        row = conn.execute(
            f"{_STORED} WHERE paper = ? AND date = ? ORDER BY id LIMIT 1",
            (issue.paper, issue.date),
        ).fetchone()
        if row is not None:
            return Stored(*row)
        row = conn.execute(
            f"{_STORED} WHERE source = ? AND (paper IS NULL OR date IS NULL) ORDER BY id LIMIT 1",
            (issue.source,),
        ).fetchone()
    elif issue.date:
        # A folder of several days without a paper's name holds an issue a day.
        row = conn.execute(
            f"{_STORED} WHERE source = ? AND (date = ? OR date IS NULL)"
            " ORDER BY date IS NULL, id LIMIT 1",
            (issue.source, issue.date),
        ).fetchone()
    else:
        row = conn.execute(
            f"{_STORED} WHERE source = ? ORDER BY id LIMIT 1", (issue.source,)
        ).fetchone()
    return None if row is None else Stored(*row)


def replaces(issue: model.Issue, chars: int, stored: Stored) -> bool:
    """Whether `issue` takes the place of the stored copy of the same issue."""
    if issue.source == stored.source:
        return True
    return richness(chars, issue.format) >= richness(stored.text_chars, stored.format)


def kept_message(issue: model.Issue, stored: Stored) -> str:
    return (
        f"{issue.title}: already in the library from a fuller source"
        f" ({PurePath(stored.source).name}); this copy was not stored."
    )


def key_suffix(paper: str | None, day: str | None, source: str) -> str:
    """What tells apart an article whose key another issue's article already has: derived
    from the issue's identity (paper and date, else its file), so it is the same each time
    the issue is imported. Bookmarks hang on it: never change it (schema step 6 uses it)."""
    basis = f"{paper}\x1f{day}" if paper and day else source
    import hashlib  # here: the first window does not load OpenSSL

    return "~" + hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def distinct_keys(conn: sqlite3.Connection, issue_id: int, issue: model.Issue) -> model.Issue:
    """`issue` with each key that another stored issue's article has given a suffix."""
    keys = [a.key for a in issue.articles]
    taken = _taken(conn, issue_id, keys)
    if not taken:
        return issue
    suffix = key_suffix(issue.paper, issue.date, issue.source)
    own = set(keys)
    articles = []
    for article in issue.articles:
        if article.key in taken:
            key, n = article.key + suffix, 1
            while key in own or _taken(conn, issue_id, [key]):
                n += 1
                key = f"{article.key}{suffix}-{n}"
            own.add(key)
            article = replace(article, key=key)
        articles.append(article)
    return replace(issue, articles=tuple(articles))


def _taken(conn: sqlite3.Connection, issue_id: int, keys: list[str]) -> set[str]:
    rows = conn.execute(
        "SELECT key FROM article WHERE key IN (SELECT value FROM json_each(?)) AND issue_id <> ?",
        (json.dumps(keys, ensure_ascii=False), issue_id),
    )
    return {row[0] for row in rows}
