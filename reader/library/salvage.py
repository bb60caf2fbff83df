"""Bookmarks read back from a damaged library file, and how many could not be.

Through SQLite while the file's schema can be read; else, and for whatever SQLite could not
read, page by page (pages.py), finding rows by the bookmark table's layout. The damaged file
is only read, never changed.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.library import pages

# The bookmark table's layout since schema 1, frozen here: a damaged file may be of any
# version, and its schema may be unreadable.
_COLUMNS = "key, note, created, paper, date, page, title, byline, opening"
_WIDTH = 9
_TEXT, _OPTIONAL = (0, 1, 2, 6, 8), (3, 4, 5, 7)
_CREATED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_INDEX = "sqlite_autoindex_bookmark_1"


@dataclass(frozen=True)
class Salvage:
    """What a damaged file still holds of the bookmark table."""

    rows: list[tuple[Any, ...]]  # in the order of _COLUMNS
    # Keys the file names (in the bookmark table's index) whose rows could not be read; None
    # when not even the index could be found.
    unread: frozenset[str] | None

    def keys(self) -> set[str]:
        return {row[0] for row in self.rows}


def salvage(path: Path) -> Salvage:
    """The bookmarks that can still be read from `path` (and its -wal, if kept beside it)."""
    rows, complete = _through_sqlite(path)
    if complete:
        return Salvage(rows, frozenset())
    file = pages.File(path, Path(f"{path}-wal"))
    try:
        found = _page_by_page(file)
        read = {row[0] for row in rows}
        rows += [row for key, row in found.items() if key not in read]
        keys = _index_keys(file)
    finally:
        file.close()
    unread = None if keys is None else frozenset(keys - {row[0] for row in rows})
    return Salvage(rows, unread)


def _through_sqlite(path: Path) -> tuple[list[tuple[Any, ...]], bool]:
    """(rows read, whether the whole table was read) through SQLite, read-only."""
    rows: list[tuple[Any, ...]] = []
    if not path.exists():
        return rows, False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows, False
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        cursor = conn.execute(f"SELECT {_COLUMNS} FROM bookmark")
        while (row := cursor.fetchone()) is not None:
            if _is_bookmark(row):
                rows.append(tuple(row))
        return rows, True
    except sqlite3.Error:
        return rows, False  # keep what was read before the damage
    finally:
        conn.close()


def _is_bookmark(values: tuple[Any, ...]) -> bool:
    return (
        len(values) == _WIDTH
        and all(isinstance(values[n], str) for n in _TEXT)
        and all(values[n] is None or isinstance(values[n], str) for n in _OPTIONAL)
        and bool(values[0])
        and bool(_CREATED.match(values[2]))
    )


def _page_by_page(file: pages.File) -> dict[str, tuple[Any, ...]]:
    """Bookmark rows by key, from every table leaf page not on the free list."""
    free = file.free_pages()
    found: dict[str, tuple[Any, ...]] = {}
    for number in range(1, file.page_count + 1):
        if number in free:
            continue
        for cell in file.cells(number, _WIDTH):
            if _is_bookmark(cell.values):
                found.setdefault(str(cell.values[0]), cell.values)
    return found


def _index_keys(file: pages.File) -> set[str] | None:
    """Every key in the bookmark table's index, found through the schema; None when the
    schema page cannot be read (another index, of article keys, looks just the same)."""
    root = _index_root(file)
    if root is None:
        return None
    return {
        str(values[0])
        for number in pages.tree_pages(file, root)
        for values in pages.index_records(file, number)
        if values and isinstance(values[0], str)
    }


def _index_root(file: pages.File) -> int | None:
    if not file.header_ok:
        return None
    for number in pages.tree_pages(file, 1):
        for cell in file.cells(number, 5):
            kind, name, _, root, _ = cell.values
            if kind == "index" and name == _INDEX and isinstance(root, int):
                return root
    return None
