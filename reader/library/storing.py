"""Storing an issue: which stored issue it is (identity.py), its rows, its index entries."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from reader import model
from reader.library import identity
from reader.library import search as search_index
from reader.library.rows import (
    ARTICLE_COLUMNS,
    ARTICLE_FIELDS,
    ARTICLE_READABLE,
    ImportResult,
    Status,
    article_from_row,
    article_values,
    damaged_fields,
    now,
    storable_issue,
)

# The issue's columns an import writes, in the order of _store's values.
_ISSUE_WRITTEN = "paper, date, format, source, title, content_hash, text_chars"


@dataclass(frozen=True)
class Prepared:
    """An issue made ready to store, by work that needs no library (so another process may
    do it while the library stores): its text as the library keeps it, each key once, its
    content hash, its characters of text and its articles' index tokens, in order."""

    issue: model.Issue
    digest: str
    chars: int
    tokens: tuple[search_index.Tokens, ...]


def prepared(issue: model.Issue | Prepared) -> Prepared:
    if isinstance(issue, Prepared):
        return issue
    issue = storable_issue(issue)
    issue = replace(issue, articles=tuple(model.unique_keys(list(issue.articles))))
    tokens = tuple(search_index.tokens(a) for a in issue.articles)
    return Prepared(issue, _content_hash(issue), identity.text_chars(issue), tokens)


def store(conn: sqlite3.Connection, prepared: Prepared) -> ImportResult:
    """Store one issue by the rule of identity.py, inside the caller's transaction."""
    issue, digest, chars = prepared.issue, prepared.digest, prepared.chars
    found = identity.find(conn, issue)
    if found is not None and found.digest == digest and not _damaged(conn, found.id):
        return ImportResult(issue.source, "unchanged", found.id, None, None)
    if found is not None and not identity.replaces(issue, chars, found):
        message = identity.kept_message(issue, found)
        return ImportResult(issue.source, "kept", found.id, message, None)
    old_keys: set[str] = set()
    values = (issue.paper, issue.date, issue.format, issue.source, issue.title, digest, chars)
    if found is None:
        issue_id = _insert_issue(conn, values)
    else:
        issue_id = found.id
        old_keys = clear_issue(conn, issue_id)
        _update_issue(conn, issue_id, values)
    # Keys may change here, the texts (and so the tokens) do not.
    issue = identity.distinct_keys(conn, issue_id, issue)
    insert_contents(conn, issue_id, issue, prepared.tokens)
    new_key = next((a.key for a in issue.articles if a.key not in old_keys), None)
    status: Status = "imported" if found is None else "replaced"
    return ImportResult(issue.source, status, issue_id, None, new_key)


def _damaged(conn: sqlite3.Connection, issue_id: int) -> bool:
    """Whether a stored story of the issue can no longer be read (importing the same
    file again then repairs it)."""
    row = conn.execute(
        f"SELECT 1 FROM article WHERE issue_id = ? AND NOT ({ARTICLE_READABLE}) LIMIT 1",
        (issue_id,),
    ).fetchone()
    return row is not None


def _insert_issue(conn: sqlite3.Connection, values: tuple[Any, ...]) -> int:
    cursor = conn.execute(
        f"INSERT INTO issue ({_ISSUE_WRITTEN}, imported, page_count, article_count)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
        (*values, now()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _update_issue(conn: sqlite3.Connection, issue_id: int, values: tuple[Any, ...]) -> None:
    assignments = ", ".join(f"{column} = ?" for column in _ISSUE_WRITTEN.split(", "))
    conn.execute(
        f"UPDATE issue SET {assignments}, imported = ? WHERE id = ?",
        (*values, now(), issue_id),
    )


def insert_contents(
    conn: sqlite3.Connection,
    issue_id: int,
    issue: model.Issue,
    tokens: tuple[search_index.Tokens, ...],
) -> None:
    pages = _page_list(issue)
    conn.executemany(
        "INSERT INTO page (issue_id, position, code, name, image, pdf, areas)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (issue_id, n, p.code, p.name, p.image, p.pdf, _areas_json(p))
            for n, p in enumerate(pages)
        ],
    )
    # Ids are given, as SQLite would choose them, so that all rows go in one statement.
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM article").fetchone()[0]
    stored = list(enumerate(issue.articles, first))
    conn.executemany(
        f"INSERT INTO article (id, issue_id, position, {ARTICLE_COLUMNS})"
        f" VALUES (?, ?, ?{', ?' * len(ARTICLE_FIELDS)})",
        [(n, issue_id, n - first, *article_values(a)) for n, a in stored],
    )
    search_index.index_tokens(conn, zip(range(first, first + len(tokens)), tokens, strict=True))
    conn.execute(
        "UPDATE issue SET page_count = ?, article_count = ? WHERE id = ?",
        (len(pages), len(issue.articles), issue_id),
    )


def clear_issue(conn: sqlite3.Connection, issue_id: int) -> set[str]:
    """Delete an issue's pages, articles and index entries; return the keys it had."""
    rows = conn.execute(
        f"SELECT id, {ARTICLE_COLUMNS} FROM article WHERE issue_id = ?", (issue_id,)
    ).fetchall()
    articles = [(row[0], article_from_row(row[1:])) for row in rows]
    # Index entries are removed by the words they were made of: a story whose text was
    # damaged since cannot say them, so then the whole index is made again instead.
    damaged = any(damaged_fields(row[1:]) for row in rows)
    if not damaged:
        entries = [search_index.indexed(n, a) for n, a in articles]
        search_index.index(conn, entries, "delete")
    conn.execute("DELETE FROM article WHERE issue_id = ?", (issue_id,))
    conn.execute("DELETE FROM page WHERE issue_id = ?", (issue_id,))
    if damaged:
        search_index.rebuild(conn)
    return {article.key for _, article in articles}


def _content_hash(issue: model.Issue) -> str:
    """What the issue says, whatever file it came from."""
    data = model.issue_to_dict(issue)
    for volatile in ("source", "title"):
        data["issue"].pop(volatile, None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    import hashlib  # here: the first window does not load OpenSSL

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _areas_json(page: model.Page) -> str:
    return json.dumps([[a.key, list(a.coords)] for a in page.areas], separators=(",", ":"))


def _page_list(issue: model.Issue) -> list[model.Page]:
    """The issue's pages, then any page an article starts on that the issue did not list."""
    pages = list(issue.pages)
    known = {p.code for p in pages}
    for article in issue.articles:
        if article.page and article.page not in known:
            known.add(article.page)
            pages.append(model.Page(article.page, article.page_name))
    return pages
