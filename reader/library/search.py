"""The full-text index: what goes into it for an article, and searching it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from reader import model
from reader.library.connection import LibraryError
from reader.library.rows import ARTICLE_COLUMNS, Hit, article_from_row, json_list, storable

# reader.searchtext (patterns over every CJK character, the OpenCC tables) is imported where
# it is used: a library opens for the window without it.
if TYPE_CHECKING:
    from reader import searchtext

# A search ranks at most this many matches, the most recently imported.
CANDIDATES = 5000
# bm25 weights of the index columns: body, title, the other headings and byline.
_WEIGHTS = "1.0, 10.0, 4.0"
# Index data is written out when this much waits instead of 1 MB: fewer, larger segments to
# merge later (an SQLite without the setting writes at 1 MB, as before).
HASH_BYTES = 16 * 2**20

# (article id, title, headings, body): what the index holds of an article.
Indexed = tuple[int, str, Sequence[str | None], Sequence[str | None]]
# An article's title, headings and body tokens, and its characters (searchtext).
Tokens = tuple[str, str, str, str]


def indexed(article_id: int, article: model.Article) -> Indexed:
    heads = (article.kicker, article.subtitle, article.section, article.byline, article.dateline)
    return article_id, article.title, heads, (*article.paragraphs, *article.captions)


def indexed_from_columns(row: Sequence[Any]) -> Indexed:
    """From (id, title, kicker, subtitle, section, byline, dateline, paragraphs JSON,
    captions JSON), as a migration's own frozen query reads them."""
    article_id, title, *heads, paragraphs, captions = row
    return article_id, title, heads, (*json_list(paragraphs), *json_list(captions))


def tokens(article: model.Article) -> Tokens:
    """What the indexes hold of an article (see searchtext.article_tokens)."""
    from reader import searchtext

    _, title, heads, body = indexed(0, article)
    return searchtext.article_tokens(title, heads, body)


def index(
    conn: sqlite3.Connection, articles: Iterable[Indexed], command: str | None = None
) -> None:
    """Add articles to the index of words and bigrams and to the index of single characters,
    or with command 'delete' remove them: the indexes keep no text, so removing repeats
    exactly what was added."""
    from reader import searchtext

    index_tokens(
        conn,
        (
            (article_id, searchtext.article_tokens(title, heads, body))
            for article_id, title, heads, body in articles
        ),
        command,
    )


def index_tokens(
    conn: sqlite3.Connection, articles: Iterable[tuple[int, Tokens]], command: str | None = None
) -> None:
    """index() with each article's tokens made already (tokens())."""
    rows = [(command, article_id, *article_tokens) for article_id, article_tokens in articles]
    conn.executemany(
        "INSERT INTO search (search, rowid, title, heads, body) VALUES (?, ?, ?, ?, ?)",
        [row[:5] for row in rows],
    )
    conn.executemany(
        "INSERT INTO search_chars (search_chars, rowid, chars) VALUES (?, ?, ?)",
        [(row[0], row[1], row[5]) for row in rows],
    )


def rebuild(conn: sqlite3.Connection) -> None:
    """Empty both indexes and index every article again, in order (inside a transaction)."""
    for table in ("search", "search_chars"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    cursor = conn.execute(f"SELECT id, {ARTICLE_COLUMNS} FROM article ORDER BY id")
    while rows := cursor.fetchmany(500):
        index(conn, [indexed(row[0], article_from_row(row[1:])) for row in rows])


def search(
    conn: sqlite3.Connection,
    query: str,
    paper: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
) -> list[Hit]:
    """See Library.search."""
    from reader import searchtext

    parsed = searchtext.parse_query(storable(query))
    if parsed is None:
        return []
    params: dict[str, Any] = {
        "words": parsed.words,
        "characters": parsed.characters,
        "in_title": parsed.characters_in_title,
        "paper": None if paper is None else storable(paper),
        "since": date_bound(since, ""),
        # "2026-03" as the last date takes in the whole of March.
        "until": date_bound(until, "\uffff"),
        "skip": CANDIDATES - 1,
        # No more can be found than are ranked; and SQLite takes no larger integer.
        "limit": max(0, min(limit, CANDIDATES)),
    }
    table, match, rank = _match_clause(parsed)
    where = "".join(
        f" AND i.{column} {op} :{name}"
        for column, op, name in (
            ("paper", "=", "paper"),
            ("date", ">=", "since"),
            ("date", "<=", "until"),
        )
        if params[name] is not None
    )
    joins = f" JOIN article a ON a.id = {table}.rowid JOIN issue i ON i.id = a.issue_id"
    floor_sql = (
        f"SELECT {table}.rowid FROM {table}{joins if where else ''} WHERE {match}{where}"
        f" ORDER BY {table}.rowid DESC LIMIT 1 OFFSET :skip"
    )
    if where:
        sql = (
            f"SELECT a.id, a.issue_id FROM {table}{joins} WHERE {match}"
            f" AND {table}.rowid >= :floor{where} ORDER BY {rank} LIMIT :limit"
        )
    else:
        # Ranking inside FTS5 first and joining only the best is much quicker.
        sql = (
            f"SELECT s.id, a.issue_id FROM (SELECT rowid AS id, {rank} AS score FROM {table}"
            f" WHERE {match} AND rowid >= :floor ORDER BY score LIMIT :limit) s"
            " JOIN article a ON a.id = s.id ORDER BY s.score"
        )
    row = conn.execute(floor_sql, params).fetchone()
    params["floor"] = 0 if row is None else row[0]
    ranked = conn.execute(sql, params).fetchall()
    return _hits(conn, ranked, parsed)


def _hits(
    conn: sqlite3.Connection, ranked: list[tuple[int, int]], query: searchtext.Query
) -> list[Hit]:
    best: dict[int, int] = {}
    for n, (_, issue_id) in enumerate(ranked):
        best.setdefault(issue_id, n)
    order = {article_id: (best[issue_id], n) for n, (article_id, issue_id) in enumerate(ranked)}
    ids = [article_id for article_id, _ in ranked]
    rows = conn.execute(
        "SELECT a.id, a.key, a.issue_id, a.title, i.paper, i.date, a.page, a.paragraphs,"
        " a.subtitle, a.kicker FROM article a JOIN issue i ON i.id = a.issue_id"
        f" WHERE a.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    rows.sort(key=lambda row: order[row[0]])
    return [
        Hit(key, issue_id, title, paper, day, page, _snippet(paragraphs, subtitle, kicker, query))
        for _, key, issue_id, title, paper, day, page, paragraphs, subtitle, kicker in rows
    ]


def _snippet(
    paragraphs_json: str, subtitle: str | None, kicker: str | None, query: searchtext.Query
) -> str:
    """The first paragraph with a match, cut around it; else the opening."""
    from reader import searchtext

    paragraphs = [p for p in json_list(paragraphs_json) if isinstance(p, str) and p]
    return searchtext.snippet(paragraphs or [subtitle or kicker or ""], query)


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bound(value: str | None, pad: str) -> str | None:
    """A date filter as stored dates compare: a real YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    text = value.strip()
    found = _PARTIAL_DATE.fullmatch(text)
    try:
        if found is None:
            raise ValueError(text)
        year, month, day = (int(part or 1) for part in found.groups())
        date(year, month, day)
    except ValueError:
        shown = storable(value)
        raise LibraryError(
            f"“{shown}” is not a date: write it as 2026-03-12, 2026-03 or 2026."
        ) from None
    return text + pad


def _match_clause(query: searchtext.Query) -> tuple[str, str, str]:
    """(index table, MATCH condition, rank expression) for a query, with named parameters."""
    if query.words is None:
        # This index keeps no counts, so bm25 cannot rank: titles first, then the newest.
        # Only the candidates' titles: a common character is in the titles of a tenth of
        # a million stories.
        in_title = (
            "SELECT rowid FROM search_chars WHERE search_chars MATCH :in_title AND rowid >= :floor"
        )
        rank = f"(search_chars.rowid IN ({in_title})) * -1e15 - search_chars.rowid"
        return "search_chars", "search_chars MATCH :characters", rank
    match = "search MATCH :words"
    if query.characters is not None:
        match += (
            " AND search.rowid IN"
            " (SELECT rowid FROM search_chars WHERE search_chars MATCH :characters)"
        )
    return "search", match, f"bm25(search, {_WEIGHTS})"
