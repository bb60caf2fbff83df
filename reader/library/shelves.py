"""The library as shelves: papers, their years, the months of a year, the issues of a month;
each level counted and listed on its own, so that a tree over 10,000 issues opens at once.
And the issue beside another in reading order, found without listing them all."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from reader.library.rows import ISSUE_COLUMNS, IssueRow, issue_rows

# Every query below reads the issue_identity index (paper, date), not the issues; a shelf is
# listed by seeking from one paper or year to the next, so the listing costs the same with a
# hundred issues or fifty thousand. Only shelves that hold an issue are listed.


class Shelf(NamedTuple):
    """One group of issues: a paper (year and month None), a year of it, or a month of that
    year. A year of None holds the issues without a date, which have no months."""

    paper: str | None
    year: str | None
    month: str | None


def papers(conn: sqlite3.Connection) -> list[Shelf]:
    """Papers by name, issues without a paper name last."""
    found: list[Shelf] = []
    paper = conn.execute("SELECT min(paper) FROM issue").fetchone()[0]
    while paper is not None:
        found.append(Shelf(paper, None, None))
        paper = conn.execute("SELECT min(paper) FROM issue WHERE paper > ?", (paper,)).fetchone()[0]
    if _any(conn, "paper IS NULL", ()):
        found.append(Shelf(None, None, None))
    return found


def years(conn: sqlite3.Connection, paper: str | None) -> list[Shelf]:
    """The paper's years, newest first; issues without a date last."""
    found: list[Shelf] = []
    below = "\uffff"
    while True:
        (newest,) = conn.execute(
            "SELECT max(date) FROM issue WHERE paper IS ? AND date < ?", (paper, below)
        ).fetchone()
        if newest is None:
            break
        below = newest[:4]
        found.append(Shelf(paper, below, None))
    if _any(conn, "paper IS ? AND date IS NULL", (paper,)):
        found.append(Shelf(paper, None, None))
    return found


def months(conn: sqlite3.Connection, paper: str | None, year: str) -> list[Shelf]:
    """The months of the paper's year, newest first."""
    rows = conn.execute(
        "SELECT DISTINCT substr(date, 6, 2) AS month FROM issue"
        " WHERE paper IS ? AND date >= ? AND date < ? ORDER BY month DESC",
        (paper, *_prefix_range(year + "-")),
    )
    return [Shelf(paper, year, month) for (month,) in rows]


def issues(conn: sqlite3.Connection, shelf: Shelf) -> list[IssueRow]:
    """The issues of a month (or of the undated shelf), newest first."""
    where = "paper IS ? AND date IS NULL"
    params: tuple[str | None, ...] = (shelf.paper,)
    if shelf.year is not None:
        prefix = f"{shelf.year}-{shelf.month}" if shelf.month is not None else shelf.year
        where = "paper IS ? AND date >= ? AND date < ?"
        params = (shelf.paper, *_prefix_range(prefix))
    rows = conn.execute(
        f"SELECT {ISSUE_COLUMNS} FROM issue WHERE {where} ORDER BY date DESC, id DESC", params
    )
    return issue_rows(rows)


def shelf_of(conn: sqlite3.Connection, issue_id: int) -> Shelf | None:
    """The month (or the undated shelf) an issue stands on; None if there is no such issue."""
    row = conn.execute("SELECT paper, date FROM issue WHERE id = ?", (issue_id,)).fetchone()
    if row is None:
        return None
    paper, date = row
    if date is None:
        return Shelf(paper, None, None)
    return Shelf(paper, date[:4], date[5:7] or None)


def _any(conn: sqlite3.Connection, where: str, params: tuple[str | None, ...]) -> bool:
    return conn.execute(f"SELECT 1 FROM issue WHERE {where} LIMIT 1", params).fetchone() is not None


def _prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds of the text starting with `prefix`, for a range the index can read."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def issue_beside(conn: sqlite3.Connection, issue_id: int | None, step: int) -> int | None:
    """The id of the issue next to `issue_id` in reading order (newest date first, issues
    without a date last: the order of Library.issues), step +1 later in that order, -1
    earlier; from None, the first (or the last) issue. None past either end. Each query
    reads a range of the issue_order index."""
    row = None
    if issue_id is not None:
        row = conn.execute("SELECT date, id FROM issue WHERE id = ?", (issue_id,)).fetchone()
    if step > 0:
        parts = ["1"]
        if row is not None:
            parts = (
                ["date = :date AND id < :id", "date < :date", "date IS NULL"]
                if row[0] is not None
                else ["date IS NULL AND id < :id"]
            )
        order = "date IS NULL, date DESC, id DESC"
    else:
        parts = ["1"]
        if row is not None:
            parts = (
                ["date = :date AND id > :id", "date > :date"]
                if row[0] is not None
                else ["date IS NULL AND id > :id", "date IS NOT NULL"]
            )
        order = "date IS NULL DESC, date, id"
    params = {"date": None if row is None else row[0], "id": issue_id}
    for part in parts:
        found = conn.execute(
            f"SELECT id FROM issue WHERE {part} ORDER BY {order} LIMIT 1", params
        ).fetchone()
        if found is not None:
            return int(found[0])
    return None
