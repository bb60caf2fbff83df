"""The library itself: one reader's issues, read state and bookmarks in one SQLite file."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from reader import model
from reader.library import recovered, restore, safety, schema, shelves
from reader.library import search as search_index
from reader.library.connection import (
    FILE_NAME,
    READ_ONLY,
    LibraryError,
    connect,
    connect_read_only,
    default_home,
    errors_told,
    primary_code,
    reading_damaged_text,
    transaction,
    writable,
)
from reader.library.rows import (
    ARTICLE_COLUMNS,
    ARTICLE_FIELDS,
    BOOKMARK_COLUMNS,
    BOOKMARK_FIELDS,
    ISSUE_COLUMNS,
    ArticleRow,
    Bookmark,
    Hit,
    ImportResult,
    IssueRow,
    PageRow,
    article_from_row,
    bookmark_from_row,
    damaged_fields,
    issue_rows,
    now,
    storable,
    storable_or_none,
)

if TYPE_CHECKING:
    from reader.library.storing import Prepared

log = logging.getLogger(__name__)

# Issues stored in one transaction when several are imported: the search index is written
# out at each commit, so larger batches (up to HASH_BYTES of index) mean fewer segments.
BATCH = 50

_INCREMENTAL = 2  # PRAGMA auto_vacuum of a library that can give back free pages
_ISSUE_ORDER = "date IS NULL, date DESC, id DESC"
_ISSUE_ORDER_I = "i.date IS NULL, i.date DESC, i.id DESC"
_BOOKMARK_SELECT = (
    f"SELECT {', '.join('b.' + f for f in BOOKMARK_FIELDS)},"
    " NOT EXISTS (SELECT 1 FROM article a WHERE a.key = b.key) FROM bookmark b"
)
_INSERT_BOOKMARK = (
    f"INSERT {{}} INTO bookmark ({BOOKMARK_COLUMNS})"
    f" VALUES ({', '.join('?' * len(BOOKMARK_FIELDS))})"
)

P = ParamSpec("P")
R = TypeVar("R")


def _reading(method: Callable[P, R]) -> Callable[P, R]:
    """Errors a reader can act on (a damaged or vanished file) are told in words."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        library = args[0]
        assert isinstance(library, Library)
        with errors_told("The library could not be read"):
            return reading_damaged_text(library._conn, lambda: method(*args, **kwargs))

    return wrapper


class Library:
    """One reader's library: a single SQLite file in `home`.

    Library.open is the one way in for the program that owns the library (the window, a
    command): it checks, restores, migrates and backs up. Threads and processes working
    beside it use Library.attach."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, notices: list[str], read_only: bool = False
    ) -> None:
        self._conn = conn
        self.path = path
        self._file = _file_id(path)  # the file this connection reads
        self.notices = notices
        self.read_only = read_only
        self._untold: list[str] = []  # notices of damage, stored until this program closes
        self._in_use: Path | None = None  # the mark of a library open in this process

    @classmethod
    def open(cls, home: Path | None = None, *, backup: bool = True, check: bool = True) -> Library:
        """Open (creating, checking, restoring and migrating as needed) the library in `home`;
        read-only if it cannot be written to. With backup=False the caller takes the daily
        backup later (daily_backup), so that it does not delay the window.

        With check=False the file is checked whole before use only when the last program to
        use it did not close it (killed, crashed, a power cut), or when opening it meets
        damage; otherwise the caller checks it after opening (safety.is_healthy, off the
        reader's way) and calls restore_damaged if it is not sound. The start then costs the
        same whatever the size of the library."""
        path = _library_path(home)
        if not writable(path.parent, path):
            return cls._open_read_only(path)
        left = safety.left_in_use(path)
        try:
            library = cls._open_writable(path, check or bool(left))
        except LibraryError as err:
            if check or left or not _damaged(err):
                raise
            library = cls._open_writable(path, True)  # damage met on opening: restore it now
        for mark in left:  # the file was checked (and restored if need be) after them
            safety.unmark_in_use(mark)
        if backup:
            library._daily_backup()
        return library

    @classmethod
    def _open_writable(cls, path: Path, check: bool) -> Library:
        restored = restore.recover(path, check)
        library = cls(_connect_wal(path), path, [])
        try:
            library._take_over(restored)
        except BaseException:
            library._untold = []  # never handed over: they are told next time
            library.close()
            raise
        return library

    def _take_over(self, restored: restore.Restore | None) -> None:
        """Migrate, take in what damaged files still hold, and mark the library in use."""
        self._migrate()
        self.notices = recovered.take_in(self._conn, self.path, restored)
        self._untold = list(self.notices)
        if restored is not None:
            restore.done(self.path)
        self._in_use = safety.mark_in_use(self.path)

    def restore_damaged(self) -> list[str]:
        """The file was found damaged after it opened (open with check=False): put the newest
        good backup in its place through the restore path, keeping the damaged file and
        taking in its bookmarks, and go on with it. Returns the notices for the reader."""
        self._conn.close()
        try:
            restored = restore.recover(self.path)
        finally:  # a restore that fails leaves the library as it was, open
            self._conn = _connect_wal(self.path)
            self._file = _file_id(self.path)
        self._take_over(restored)
        return self.notices

    @classmethod
    def attach(cls, home: Path | None = None) -> Library:
        """A connection to the library another Library.open in this program has opened (for a
        worker thread or process): no check, restore, migration or backup. Refuses a library
        from a newer version, or one not yet updated for this one."""
        path = _library_path(home)
        if not path.exists():
            raise LibraryError(f"There is no library in {path.parent} yet.")
        read_only = not writable(path.parent, path)
        with errors_told(f"The library {path} cannot be opened"):
            conn = connect_read_only(path) if read_only else connect(path)
            try:
                version = schema.check_version(conn, path)
            except BaseException:
                conn.close()
                raise
        if version < schema.SCHEMA_VERSION:
            conn.close()
            raise LibraryError(f"The library {path} has not been updated for this version yet.")
        return cls(conn, path, [READ_ONLY] if read_only else [], read_only)

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        if not path.exists():
            raise LibraryError(
                f"The library folder {path.parent} cannot be written to, and there is no library"
                " in it yet."
            )
        with errors_told(f"The library {path} cannot be opened"):
            conn = connect_read_only(path)
            healthy = conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        library = cls(conn, path, [READ_ONLY], read_only=True)
        try:
            version = schema.check_version(conn, path)
            problem = None
            if not healthy:
                problem = "it is damaged, and its folder is read-only, so it cannot be restored"
            elif version < schema.SCHEMA_VERSION:
                problem = "it needs updating for this version, and its folder is read-only"
            if problem is not None:
                raise LibraryError(f"The library {path} cannot be opened: {problem}.")
        except BaseException:
            library.close()
            raise
        return library

    def close(self) -> None:
        """Close the connection; the notices of damage it gave have now been shown."""
        if self._untold and not self.read_only:
            try:
                recovered.shown(self._conn, self._untold)
            except (sqlite3.Error, LibraryError) as err:
                log.warning("could not note that the notices were shown: %s", err)
            self._untold = []
        self._conn.close()
        if self._in_use is not None:  # closed properly: the next start need not check it all
            safety.unmark_in_use(self._in_use)
            self._in_use = None

    def replaced(self) -> bool:
        """Whether another file stands at the library's path than the one this connection
        reads: a restore put a backup in its place. A connection beside the window's (see
        attach) then closes and attaches again, or it would go on reading the damaged file."""
        return _file_id(self.path) != self._file

    def is_own_file(self, target: Path) -> bool:
        """Whether writing `target` would write over this library or what keeps it safe (its
        WAL, backups, damaged files kept): an export must go elsewhere."""
        return safety.owns(self.path, target)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all of it is stored, or (on any error, or a kill) none of it."""
        if self.read_only:
            raise LibraryError(READ_ONLY)
        with transaction(self._conn) as conn:
            yield conn

    def _migrate(self) -> None:
        version = schema.check_version(self._conn, self.path)
        if version >= schema.SCHEMA_VERSION:
            return
        if version > 0:
            safety.backup_before_upgrade(self._conn, self.path, schema.SCHEMA_VERSION)
        try:
            with self.transaction() as conn:
                # Another process may have migrated while this one waited for the lock.
                version = schema.check_version(conn, self.path)
                if version < schema.SCHEMA_VERSION:
                    schema.migrate(conn, version)
        except (sqlite3.Error, LibraryError) as err:
            if not isinstance(err, LibraryError):
                log.exception("updating %s from schema %d failed", self.path, version)
            raise LibraryError(
                f"The library could not be updated for this version of Paper Reader ({err});"
                " it was left as it was."
            ) from err

    def _daily_backup(self) -> None:
        """A backup that cannot be made is a warning: reading and exporting go on."""
        try:
            safety.daily_backup(self.path)
        except LibraryError as err:
            log.warning("%s", err)
            self.notices.append(str(err))

    # --- import ---------------------------------------------------------------------------

    def import_issue(self, issue: model.Issue) -> ImportResult:
        """Store `issue`; the same content again changes nothing, a new version replaces the old."""
        return self.import_issues([issue])[0]

    def import_issues(self, issues: Iterable[model.Issue | Prepared]) -> list[ImportResult]:
        """Store issues, up to BATCH to a transaction (each commit costs as much as several
        issues). Each issue is stored whole or not at all; one that fails does not stop the
        others. An issue may come prepared (prepared(), perhaps in another process)."""
        results: list[ImportResult] = []
        batch: list[model.Issue | Prepared] = []
        for issue in issues:
            batch.append(issue)
            if len(batch) == BATCH:
                results += self._import_batch(batch)
                batch = []
        if batch:
            results += self._import_batch(batch)
        return results

    def _import_batch(
        self, issues: list[model.Issue | Prepared], repaired: bool = False
    ) -> list[ImportResult]:
        # Storing (and hashing) is loaded with the first import, not for the first window.
        from reader.library.storing import Prepared, prepared, store

        # No savepoint per issue: FTS5 writes out its pending index at every savepoint,
        # which costs as much as a commit. Failures are rare; then each goes on its own.
        try:
            with self.transaction():
                return [store(self._conn, prepared(issue)) for issue in issues]
        except (sqlite3.Error, LibraryError, ValueError) as err:
            if not repaired and _index_damaged(err):
                self.rebuild_index()
                return self._import_batch(issues, repaired=True)
            if len(issues) > 1:
                return [r for issue in issues for r in self._import_batch([issue], repaired)]
            issue = issues[0].issue if isinstance(issues[0], Prepared) else issues[0]
            if not isinstance(err, LibraryError):
                log.exception("storing %s failed", issue.source)
            message = f"{issue.title}: could not be stored ({err})"
            return [ImportResult(issue.source, "failed", None, message, None)]

    def give_back_free_pages(self) -> None:
        """Return to the disk the pages left free in the file (the search index frees the
        segments it merges; the next import would reuse them): at the end of an import.
        A library made before this could, or one busy elsewhere, keeps them."""
        if self.read_only:
            return
        (free,) = self._conn.execute("PRAGMA freelist_count").fetchone()
        (vacuum,) = self._conn.execute("PRAGMA auto_vacuum").fetchone()
        if not free or vacuum != _INCREMENTAL:
            return
        try:
            with self.transaction() as conn:
                # Python's sqlite3 steps this pragma once, and each step gives back a page.
                for _ in range(free):
                    conn.execute("PRAGMA incremental_vacuum")
        except LibraryError as err:
            log.warning("free pages not given back: %s", err)

    @_reading
    def folder_imported(self, path: str, files: str) -> bool:
        """Whether the folder (of a large import) was stored whole while its page files were
        as `files` describes them, and its issues are all still here."""
        row = self._conn.execute(
            "SELECT f.issues = (SELECT count(*) FROM issue WHERE source = f.path)"
            " FROM imported_folder f WHERE f.path = ? AND f.files = ?",
            (storable(path), files),
        ).fetchone()
        return row is not None and bool(row[0])

    def mark_folders_imported(self, folders: Iterable[tuple[str, str]]) -> None:
        """Record folders (path, description of their page files) as stored whole."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO imported_folder (path, files, issues)"
                " SELECT ?1, ?2, count(*) FROM issue WHERE source = ?1",
                [(storable(path), files) for path, files in folders],
            )

    def remove_issue(self, issue_id: int) -> None:
        """Remove an issue; its bookmarks stay (marked issue_removed) until it comes back."""
        from reader.library.storing import clear_issue

        with self.transaction() as conn:
            clear_issue(conn, issue_id)
            conn.execute("DELETE FROM issue WHERE id = ?", (issue_id,))

    # --- browsing -------------------------------------------------------------------------

    @_reading
    def issues(self, offset: int = 0, limit: int | None = None) -> list[IssueRow]:
        """Issues, newest date first (issues without a date last)."""
        rows = self._conn.execute(
            f"SELECT {ISSUE_COLUMNS} FROM issue ORDER BY {_ISSUE_ORDER} LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return issue_rows(rows)

    @_reading
    def issue_dates(
        self, since: str | None = None, until: str | None = None
    ) -> list[tuple[str | None, str, int]]:
        """(paper, date, issue id) of every issue dated from `since` to `until` (ISO dates,
        both included; every dated issue when not given), in the order of issues(): what a
        calendar marks on the weeks it shows, found through the index of dates."""
        return self._conn.execute(
            "SELECT paper, date, id FROM issue WHERE (date IS NULL) = 0"
            " AND date >= coalesce(?, '') AND date <= coalesce(?, '9999')"
            f" ORDER BY {_ISSUE_ORDER}",
            (since, until),
        ).fetchall()

    @_reading
    def latest_date(self, paper: str | None = None) -> str | None:
        """The date of the newest dated issue, of `paper` or of any paper."""
        if paper is None:
            row = self._conn.execute("SELECT max(date) FROM issue").fetchone()
        else:
            row = self._conn.execute(
                "SELECT max(date) FROM issue WHERE paper = ?", (paper,)
            ).fetchone()
        return row[0]

    @_reading
    def is_empty(self) -> bool:
        """Whether the library holds no issue: at once, where counting them takes a while."""
        return self._conn.execute("SELECT 1 FROM issue LIMIT 1").fetchone() is None

    @_reading
    def issue_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM issue").fetchone()[0])

    @_reading
    def issue(self, issue_id: int) -> IssueRow | None:
        row = self._conn.execute(
            f"SELECT {ISSUE_COLUMNS} FROM issue WHERE id = ?", (issue_id,)
        ).fetchone()
        return None if row is None else IssueRow(*row)

    @_reading
    def pages(self, issue_id: int) -> list[PageRow]:
        rows = self._conn.execute(
            "SELECT p.issue_id, p.code, p.name,"
            " (SELECT count(*) FROM article a WHERE a.issue_id = p.issue_id AND a.page = p.code)"
            " FROM page p WHERE p.issue_id = ? ORDER BY p.position",
            (issue_id,),
        )
        return [PageRow(*row) for row in rows]

    @_reading
    def printed_page(self, issue_id: int, code: str) -> model.Page | None:
        """A page with its printed page: picture, PDF and the areas of its articles."""
        row = self._conn.execute(
            "SELECT code, name, image, pdf, areas FROM page WHERE issue_id = ? AND code = ?",
            (issue_id, code),
        ).fetchone()
        if row is None:
            return None
        code, name, image, pdf, areas = row
        shapes = tuple(model.Area(key, tuple(coords)) for key, coords in json.loads(areas))
        return model.Page(code, name, image, pdf, shapes)

    @_reading
    def articles(self, issue_id: int, page: str | None = None) -> list[ArticleRow]:
        """The issue's articles in reading order; only those starting on `page` if given."""
        sql = (
            "SELECT a.key, a.issue_id, a.page, a.title, a.position,"
            " r.key IS NOT NULL, b.key IS NOT NULL, a.saved FROM article a"
            " LEFT JOIN read_state r ON r.key = a.key LEFT JOIN bookmark b ON b.key = a.key"
            " WHERE a.issue_id = ?"
        )
        params: list[Any] = [issue_id]
        if page is not None:
            sql += " AND a.page = ?"
            params.append(storable(page))
        rows = self._conn.execute(sql + " ORDER BY a.position", params)
        return [
            ArticleRow(k, i, p, t, n, bool(r), bool(b), bool(s)) for k, i, p, t, n, r, b, s in rows
        ]

    @_reading
    def article(self, key: str) -> model.Article | None:
        row = self._conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM article WHERE key = ?", (storable(key),)
        ).fetchone()
        if row is None:
            return None
        if damaged := damaged_fields(row):
            raise LibraryError(
                f"The story “{row[ARTICLE_FIELDS.index('title')]}” is damaged in the library"
                f" ({', '.join(damaged)} cannot be read). Import its issue again to repair it."
            )
        return article_from_row(row)

    @_reading
    def issue_of(self, key: str) -> IssueRow | None:
        row = self._conn.execute(
            "SELECT issue_id FROM article WHERE key = ?", (storable(key),)
        ).fetchone()
        return None if row is None else self.issue(row[0])

    @_reading
    def paper_shelves(self) -> list[shelves.Shelf]:
        """The papers, each counting its issues (the top of the issue tree)."""
        return shelves.papers(self._conn)

    @_reading
    def year_shelves(self, paper: str | None) -> list[shelves.Shelf]:
        return shelves.years(self._conn, paper)

    @_reading
    def month_shelves(self, paper: str | None, year: str) -> list[shelves.Shelf]:
        return shelves.months(self._conn, paper, year)

    @_reading
    def shelf_issues(self, shelf: shelves.Shelf) -> list[IssueRow]:
        """The issues of a month, or of the paper's shelf of issues without a date."""
        return shelves.issues(self._conn, shelf)

    @_reading
    def shelf_of(self, issue_id: int) -> shelves.Shelf | None:
        """Where an issue stands in the tree: its paper, year and month."""
        return shelves.shelf_of(self._conn, issue_id)

    @_reading
    def issue_beside(self, issue_id: int | None, step: int) -> int | None:
        """The issue after (step 1) or before (step -1) `issue_id` in the order of issues();
        from None, the first or the last. None past the end."""
        return shelves.issue_beside(self._conn, issue_id, step)

    @_reading
    def papers(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT paper FROM issue WHERE paper IS NOT NULL ORDER BY paper"
        )
        return [row[0] for row in rows]

    # --- read state -----------------------------------------------------------------------

    def mark_read(self, key: str, read: bool = True) -> None:
        if self.read_only:  # reading goes on; only the marks are not kept
            return
        with self.transaction() as conn:
            if read:
                conn.execute(
                    "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)",
                    (storable(key), now()),
                )
            else:
                conn.execute("DELETE FROM read_state WHERE key = ?", (storable(key),))

    def mark_all_read(self, keys: Iterable[str], read: bool = True) -> None:
        """Mark many stories read (or unread again) in one write: a page or a whole issue."""
        if self.read_only:
            return
        with self.transaction() as conn:
            if read:
                stamp = now()
                conn.executemany(
                    "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)",
                    [(storable(key), stamp) for key in keys],
                )
            else:
                conn.executemany(
                    "DELETE FROM read_state WHERE key = ?", [(storable(k),) for k in keys]
                )

    @_reading
    def unread_by_page(self, issue_id: int) -> dict[str | None, int]:
        """How many stories of the issue are unread, by the page (版) they start on."""
        rows = self._conn.execute(
            "SELECT a.page, count(*) FROM article a WHERE a.issue_id = ?"
            " AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.key = a.key) GROUP BY a.page",
            (issue_id,),
        )
        return dict(rows.fetchall())

    def set_last_article(self, key: str) -> None:
        if self.read_only:
            return
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO state (name, value) VALUES ('last_article', ?)",
                (storable(key),),
            )

    def visit(self, key: str) -> None:
        """The reader opened `key`: mark it read and remember it as the last story, in one
        write."""
        if self.read_only:
            return
        key = storable(key)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)", (key, now())
            )
            conn.execute(
                "INSERT OR REPLACE INTO state (name, value) VALUES ('last_article', ?)", (key,)
            )

    @_reading
    def last_article(self) -> str | None:
        row = self._conn.execute("SELECT value FROM state WHERE name = 'last_article'").fetchone()
        return None if row is None else row[0]

    @_reading
    def next_unread(self, after_key: str | None) -> str | None:
        """The first unread article after `after_key` in reading order (issues newest first,
        then each issue's own order), going round to the start; None when all are read."""
        current = None
        if after_key is not None:
            current = self._conn.execute(
                "SELECT i.id, i.date, a.position FROM article a JOIN issue i ON i.id = a.issue_id"
                " WHERE a.key = ?",
                (storable(after_key),),
            ).fetchone()
        # Each part of "after the current article" is a range of the issue_order index, so
        # the first unread article is found without reading the whole library.
        parts = ["1"]
        if current is not None:
            later_issues = (
                ["i.date = :date AND i.id < :id", "i.date < :date", "i.date IS NULL"]
                if current[1] is not None
                else ["i.date IS NULL AND i.id < :id"]
            )
            parts = ["i.id = :id AND a.position > :position", *later_issues, "1"]
        params = dict(zip(("id", "date", "position"), current or (None, None, None), strict=True))
        for part in parts:
            row = self._conn.execute(
                "SELECT a.key FROM issue i CROSS JOIN article a ON a.issue_id = i.id"
                f" WHERE {part} AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.key = a.key)"
                f" ORDER BY {_ISSUE_ORDER_I}, a.position LIMIT 1",
                params,
            ).fetchone()
            if row is not None:
                return str(row[0])
        return None

    # --- bookmarks ------------------------------------------------------------------------

    def add_bookmark(self, key: str, note: str = "") -> Bookmark:
        """Bookmark an article, keeping a citation of it; a bookmark already there keeps its
        date, and takes the new note if one is given."""
        key = storable(key)
        article = self.article(key)
        issue = self.issue_of(key)
        if article is None or issue is None:
            raise LibraryError(f"There is no article {key} in the library.")
        opening = "".join(article.paragraphs)[:60]
        with self.transaction() as conn:
            conn.execute(
                _INSERT_BOOKMARK.format("") + " ON CONFLICT (key) DO UPDATE SET"
                " note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END",
                (
                    key,
                    storable(note),
                    now(),
                    issue.paper,
                    issue.date,
                    article.page,
                    article.title,
                    article.byline,
                    opening,
                ),
            )
        bookmark = self._bookmark(key)
        assert bookmark is not None
        return bookmark

    def remove_bookmark(self, key: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM bookmark WHERE key = ?", (storable(key),))

    @_reading
    def is_bookmarked(self, key: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM bookmark WHERE key = ?", (storable(key),))
        return row.fetchone() is not None

    def set_bookmark_note(self, key: str, note: str) -> None:
        key = storable(key)
        with self.transaction() as conn:
            changed = conn.execute(
                "UPDATE bookmark SET note = ? WHERE key = ?", (storable(note), key)
            )
            if changed.rowcount == 0:
                raise LibraryError(f"The article {key} is not bookmarked.")

    @_reading
    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, newest first."""
        rows = self._conn.execute(f"{_BOOKMARK_SELECT} ORDER BY b.created DESC, b.rowid DESC")
        return [bookmark_from_row(row) for row in rows]

    def _bookmark(self, key: str) -> Bookmark | None:
        row = self._conn.execute(f"{_BOOKMARK_SELECT} WHERE b.key = ?", (key,)).fetchone()
        return None if row is None else bookmark_from_row(row)

    def restore_bookmark(self, bookmark: Bookmark) -> None:
        """Put back a bookmark as it was (undo of a removal), even if its issue is gone."""
        self.import_bookmarks([asdict(bookmark)])

    def import_bookmarks(self, items: Iterable[dict[str, Any]]) -> int:
        """Add bookmarks exported earlier (as JSON); ones already there are left alone.
        Returns how many were added."""
        added = 0
        with self.transaction() as conn:
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("key"), str):
                    raise LibraryError("This is not a bookmarks file: an entry has no article key.")
                values = (
                    storable(item["key"]),
                    _text(item.get("note")),
                    _text(item.get("created")) or now(),
                    *(_text_or_none(item.get(f)) for f in ("paper", "date", "page")),
                    _text(item.get("title")),
                    _text_or_none(item.get("byline")),
                    _text(item.get("opening")),
                )
                added += conn.execute(_INSERT_BOOKMARK.format("OR IGNORE"), values).rowcount
        return added

    # --- search ---------------------------------------------------------------------------

    def search(
        self,
        query: str,
        paper: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 200,
    ) -> list[Hit]:
        """The best `limit` matches (bm25), grouped by issue: issues in the order of their best
        match, each issue's matches best first. Snippets mark matches with \x02 … \x03.

        A query found in more than CANDIDATES articles ranks the CANDIDATES most recently
        imported of them, so that a word found everywhere is still searched at once."""

        def run() -> list[Hit]:
            with errors_told(f"The search “{storable(query)}” cannot be run"):
                return reading_damaged_text(
                    self._conn,
                    lambda: search_index.search(self._conn, query, paper, since, until, limit),
                )

        try:
            return run()
        except LibraryError as err:
            if not _index_damaged(err):
                raise
        self.rebuild_index()
        return run()

    def rebuild_index(self) -> None:
        """Make the search index again from the stories, which is all it is made of: for an
        index damaged where the quick check does not look."""
        if self.read_only:
            raise LibraryError(
                "The search index is damaged, and the library is read-only: it cannot be made"
                " again here."
            )
        log.warning("the search index of %s is damaged: making it again", self.path)
        with self.transaction() as conn:
            search_index.rebuild(conn)
        self.notices.append(
            "The search index was damaged; it was made again from the stories in the library."
        )

    def interrupt(self) -> None:
        """Stop a search running on another thread: it fails with a LibraryError."""
        self._conn.interrupt()


def _index_damaged(err: BaseException) -> bool:
    """Whether an error (or the SQLite error behind a LibraryError) is the full-text index's
    own damage, which making the index again repairs."""
    for cause in (err, err.__cause__):
        if getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT_VTAB:
            return True
    return False


def _damaged(err: LibraryError) -> bool:
    """Whether opening failed because the file is damaged (not busy, not unwritable)."""
    cause = err.__cause__
    return isinstance(cause, sqlite3.Error) and primary_code(cause) in safety.DAMAGED_CODES


def _library_path(home: Path | None) -> Path:
    home = Path(home) if home is not None else default_home()
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise LibraryError(f"The library folder {home} cannot be created: {err}") from err
    return home / FILE_NAME


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _connect_wal(path: Path) -> sqlite3.Connection:
    with errors_told(f"The library {path} cannot be opened"):
        conn = connect(path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except BaseException:
            conn.close()
            raise
    return conn


def _text(value: Any) -> str:
    return storable(str(value or ""))


def _text_or_none(value: Any) -> str | None:
    return storable_or_none(None if value is None else str(value))
