"""The SQLite library: schema and migrations, import, read state, bookmarks and search."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from reader import model, searchtext

SCHEMA_VERSION = 5
FILE_NAME = "library.sqlite"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
BUSY_TIMEOUT_MS = 10_000
CHECK_MMAP_BYTES = 4 * 2**30
# How often a write waits out another process's long write before giving up.
BEGIN_ATTEMPTS = 5
# Issues stored in one transaction when several are imported: the search index is written
# out at each commit, so larger batches (up to HASH_BYTES of index) mean fewer segments.
BATCH = 50
HASH_BYTES = 16 * 2**20
# A search ranks at most this many matches, the most recently imported.
CANDIDATES = 5000
# bm25 weights of the index columns: title, the other headings and byline, body.
_WEIGHTS = "10.0, 4.0, 1.0"

Status = Literal["imported", "unchanged", "replaced", "failed"]


class LibraryError(Exception):
    """Something the reader must be told; the message is shown as is."""


def default_home() -> Path:
    """$PAPER_READER_HOME, else the user's data folder for paper-reader."""
    env = os.environ.get("PAPER_READER_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("paper-reader"))


@dataclass(frozen=True)
class IssueRow:
    id: int
    paper: str | None
    date: str | None
    title: str
    format: str
    source: str
    page_count: int
    article_count: int


@dataclass(frozen=True)
class PageRow:
    issue_id: int
    code: str
    name: str | None
    article_count: int


@dataclass(frozen=True)
class ArticleRow:
    key: str
    issue_id: int
    page: str | None
    title: str
    position: int
    read: bool
    bookmarked: bool
    saved: bool


@dataclass(frozen=True)
class Bookmark:
    key: str
    note: str
    created: str
    paper: str | None
    date: str | None
    page: str | None
    title: str
    byline: str | None
    opening: str
    issue_removed: bool


@dataclass(frozen=True)
class Hit:
    key: str
    issue_id: int
    title: str
    paper: str | None
    date: str | None
    page: str | None
    snippet: str


@dataclass(frozen=True)
class ImportResult:
    source: str
    status: Status
    issue_id: int | None
    message: str | None
    first_new_key: str | None


# --- schema -------------------------------------------------------------------------------


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    # Bookmarks and read state are keyed by article key, not by a foreign key to article
    # rows: re-importing an issue replaces its rows, and the reader's marks must survive.
    _execute_script(
        conn,
        """
        CREATE TABLE issue (
            id INTEGER PRIMARY KEY,
            paper TEXT, date TEXT, format TEXT NOT NULL, source TEXT NOT NULL,
            title TEXT NOT NULL, content_hash TEXT NOT NULL, imported TEXT NOT NULL,
            page_count INTEGER NOT NULL, article_count INTEGER NOT NULL);
        CREATE INDEX issue_identity ON issue (paper, date, format);
        CREATE INDEX issue_source ON issue (source);
        CREATE TABLE page (
            issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, code TEXT NOT NULL, name TEXT,
            PRIMARY KEY (issue_id, code));
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
            key TEXT NOT NULL, position INTEGER NOT NULL,
            title TEXT NOT NULL, kicker TEXT, subtitle TEXT, section TEXT,
            page TEXT, page_name TEXT, dateline TEXT, byline TEXT,
            paragraphs TEXT NOT NULL, captions TEXT NOT NULL, images TEXT NOT NULL,
            pages TEXT NOT NULL, saved INTEGER NOT NULL,
            UNIQUE (issue_id, position), UNIQUE (issue_id, key));
        CREATE INDEX article_key ON article (key);
        CREATE VIRTUAL TABLE search USING fts5 (
            title, heads, body, content='', tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE read_state (key TEXT PRIMARY KEY, read_at TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE bookmark (
            key TEXT PRIMARY KEY, note TEXT NOT NULL, created TEXT NOT NULL,
            paper TEXT, date TEXT, page TEXT, title TEXT NOT NULL, byline TEXT,
            opening TEXT NOT NULL);
        CREATE TABLE state (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        """,
    )


def _execute_script(conn: sqlite3.Connection, script: str) -> None:
    # Not conn.executescript: it commits first, and migrations must run in one transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    # Single characters get an index of their own: as the prefix of every bigram they
    # start, a common character such as 的 took seconds to search. _migrate_to_5 fills it.
    conn.execute("CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content='', detail=none)")


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    # Issues in reading order without sorting them all: listing a page of the sidebar and
    # finding the next unread article stay quick in a library of 10,000 issues.
    conn.execute("CREATE INDEX issue_order ON issue (date IS NULL, date DESC, id DESC)")


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    # Merging the index's segments 16 at a time instead of 4 rewrites each posting less
    # often: imports into a large library take a fifth less time, searches no longer.
    conn.execute("INSERT INTO search (search, rank) VALUES ('automerge', 16)")


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    # Texts are indexed folded (traditional characters as simplified, full width as half),
    # so 經濟 and 经济 find each other. Entries made unfolded cannot be deleted with folded
    # tokens, so both indexes are emptied and every article is indexed again, in order.
    for table in ("search", "search_chars"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        # Index data is written out when 16 MB wait instead of 1 MB: fewer, larger segments
        # to merge later, so imports into a large library take less time. (An SQLite
        # without this setting writes at 1 MB, as before.)
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {HASH_BYTES})")
    cursor = conn.execute(f"SELECT id, {_ARTICLE_COLUMNS} FROM article ORDER BY id")
    while rows := cursor.fetchmany(500):
        _index(conn, [(row[0], _article_from_row(row[1:])) for row in rows])


def _heads(article: model.Article) -> tuple[str | None, ...]:
    return (article.kicker, article.subtitle, article.section, article.byline, article.dateline)


def _index(
    conn: sqlite3.Connection,
    articles: Sequence[tuple[int, model.Article]],
    command: str | None = None,
) -> None:
    """Add (article id, article) pairs to the index of words and bigrams and to the index of
    single characters, or with command 'delete' remove them: the indexes keep no text, so
    removing repeats exactly what was added."""
    rows = [
        (command, article_id, *searchtext.article_tokens(a.title, _heads(a), _body(a)))
        for article_id, a in articles
    ]
    conn.executemany(
        "INSERT INTO search (search, rowid, title, heads, body) VALUES (?, ?, ?, ?, ?)",
        [row[:5] for row in rows],
    )
    conn.executemany(
        "INSERT INTO search_chars (search_chars, rowid, chars) VALUES (?, ?, ?)",
        [(row[0], row[1], row[5]) for row in rows],
    )


def _body(article: model.Article) -> tuple[str, ...]:
    return (*article.paragraphs, *article.captions)


# --- opening ------------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts the file and a killed process loses nothing; only a
    # power cut may lose the last few imports. FULL would sync the disk on every commit.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL library in a read-only folder cannot get its shared-memory file: read it as
        # a file nobody changes, which it is while the folder stays read-only.
        conn.close()
        uri = f"{path.resolve().as_uri()}?immutable=1"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


# Errors that mean the file itself is bad, unlike "database is locked" or "cannot open".
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _is_healthy(path: Path) -> bool:
    """Whether the file passes quick_check; errors that say nothing of the file are raised."""
    try:
        conn = _connect(path)
        try:
            # Reading through a memory map halves the time of the check on a large library.
            conn.execute(f"PRAGMA mmap_size = {CHECK_MMAP_BYTES}")
            return conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        if getattr(err, "sqlite_errorname", None) in _DAMAGED:
            return False
        raise LibraryError(f"The library {path} cannot be opened: {err}") from err


# How many Library objects this process has open on each file: one already open was checked
# when it was opened, so the window's worker threads need not read the whole file again.
_OPEN: dict[Path, int] = {}

READ_ONLY = (
    "The library is open read-only because its folder or file cannot be written to:"
    " you can read, but nothing can be saved (bookmarks, imports)."
)


def _writable(home: Path, path: Path) -> bool:
    return os.access(home, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _write_failure(err: sqlite3.OperationalError) -> str:
    text = str(err)
    if "full" in text or "I/O" in text:
        # A file-size limit shows as an I/O error, a full disk as "full": the same to a reader.
        return (
            f"The library could not be changed: the disk is full or cannot be written ({text})."
            " Nothing stored before was lost; make some room and try again."
        )
    return f"The library could not be changed: {text}."


def _today() -> str:
    return date.today().isoformat()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- backups ------------------------------------------------------------------------------


def _backup_dir(path: Path) -> Path:
    folder = path.parent / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    return folder


def _backup_to(source: sqlite3.Connection, target: Path) -> None:
    # The backup API copies one consistent snapshot, even while others write (WAL).
    # Named by process and thread: the window's threads may back up at the same moment.
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.part")
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)


def daily_backup(path: Path) -> None:
    """One backup a day of the library file `path`, the last few kept, read on a connection
    of its own (safe on any thread). Raises LibraryError if it cannot be written."""
    try:
        _daily_backup(path)
    except (OSError, sqlite3.Error) as err:
        raise LibraryError(f"Today's backup of the library could not be made: {err}.") from err


def _daily_backup(path: Path) -> None:
    folder = _backup_dir(path)
    today = folder / f"library-{_today()}.sqlite"
    if not today.exists():
        source = _connect(path)
        try:
            _backup_to(source, today)
        finally:
            source.close()
    for stale in folder.glob("*.part"):  # left by a process killed while backing up
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
    for old in sorted(folder.glob("library-*.sqlite"))[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    # Backups taken before a migration are kept for the last two upgrades only.
    upgrades = sorted(folder.glob("before-schema-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in upgrades[:-2]:
        old.unlink(missing_ok=True)


class Library:
    """One reader's library: a single SQLite file in `home`."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, notices: list[str], read_only: bool = False
    ) -> None:
        self._conn = conn
        self.path = path
        self.notices = notices
        self.read_only = read_only
        self._key: Path | None = path.resolve()
        _OPEN[self._key] = _OPEN.get(self._key, 0) + 1

    @classmethod
    def open(cls, home: Path | None = None, *, backup: bool = True) -> Library:
        """Open (creating, checking, restoring and migrating as needed) the library in `home`;
        read-only if it cannot be written to. With backup=False the caller takes the daily
        backup later (daily_backup), so that it does not delay the window."""
        home = Path(home) if home is not None else default_home()
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise LibraryError(f"The library folder {home} cannot be created: {err}") from err
        path = home / FILE_NAME
        if not _writable(home, path):
            return cls._open_read_only(path)
        notices: list[str] = []
        salvaged: list[tuple[Any, ...]] = []
        if path.exists() and not _OPEN.get(path.resolve()) and not _is_healthy(path):
            notice, aside = _restore(path)
            notices.append(notice)
            salvaged = _salvage_bookmarks(aside)
        try:
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"The library {path} cannot be opened: {err}") from err
        library = cls(conn, path, notices)
        try:
            library._migrate()
            if salvaged:
                notices.append(library._put_back_bookmarks(salvaged))
            if backup:
                daily_backup(path)
        except BaseException:
            library.close()
            raise
        return library

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        if not path.exists():
            raise LibraryError(
                f"The library folder {path.parent} cannot be written to, and there is no library"
                " in it yet."
            )
        try:
            conn = _connect_read_only(path)
            healthy = conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        except sqlite3.DatabaseError as err:
            raise LibraryError(f"The library {path} cannot be opened: {err}") from err
        library = cls(conn, path, [READ_ONLY], read_only=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problem = None
        if not healthy:
            problem = "it is damaged, and its folder is read-only, so it cannot be restored"
        elif version < SCHEMA_VERSION:
            problem = "it needs updating for this version, and its folder is read-only"
        if problem is not None:
            library.close()
            raise LibraryError(f"The library {path} cannot be opened: {problem}.")
        try:
            library._migrate()  # only refuses a library from a newer version
        except LibraryError:
            library.close()
            raise
        return library

    def close(self) -> None:
        if self._key is not None:
            _OPEN[self._key] -= 1
            self._key = None
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: all of it is stored, or (on any error, or a kill) none of it."""
        if self.read_only:
            raise LibraryError(READ_ONLY)
        try:
            self._begin()
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as err:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(err, sqlite3.OperationalError):
                # A full disk or a read-only folder: the reader must be told, in words.
                raise LibraryError(_write_failure(err)) from err
            raise

    def _begin(self) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
        # instead of one failing when it upgrades a read lock.
        for attempt in range(BEGIN_ATTEMPTS):
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise LibraryError("The library is busy in another window; please try again.")

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"This library was written by a newer version of Paper Reader (schema {version};"
                f" this version knows {SCHEMA_VERSION}). Please update Paper Reader."
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self._backup_to(self._backup_dir() / f"before-schema-{SCHEMA_VERSION}-{stamp}.sqlite")
        try:
            with self.transaction() as conn:
                # Another process may have migrated while this one waited for the lock.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    globals()[f"_migrate_to_{step}"](conn)
                conn.execute(f"PRAGMA user_version = {max(version, SCHEMA_VERSION)}")
        except (sqlite3.Error, LibraryError) as err:
            raise LibraryError(
                f"The library could not be updated for this version of Paper Reader ({err});"
                " it was left as it was."
            ) from err

    # --- backups --------------------------------------------------------------------------

    def _backup_dir(self) -> Path:
        return _backup_dir(self.path)

    def _backup_to(self, target: Path) -> None:
        _backup_to(self._conn, target)

    def _put_back_bookmarks(self, rows: list[tuple[Any, ...]]) -> str:
        """Bookmarks read from a damaged file, over the backup's: they are the newer."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO bookmark (key, note, created, paper, date, page, title,"
                " byline, opening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return f"{len(rows)} bookmark(s) were recovered from the damaged file."

    # --- import ---------------------------------------------------------------------------

    def import_issue(self, issue: model.Issue) -> ImportResult:
        """Store `issue`; the same content again changes nothing, a new version replaces the old."""
        return self.import_issues([issue])[0]

    def import_issues(self, issues: Iterable[model.Issue]) -> list[ImportResult]:
        """Store issues, up to BATCH to a transaction (each commit costs as much as several
        issues). Each issue is stored whole or not at all; one that fails does not stop the
        others."""
        results: list[ImportResult] = []
        batch: list[model.Issue] = []
        for issue in issues:
            batch.append(issue)
            if len(batch) == BATCH:
                results += self._import_batch(batch)
                batch = []
        if batch:
            results += self._import_batch(batch)
        return results

    def _import_batch(self, issues: list[model.Issue]) -> list[ImportResult]:
        # No savepoint per issue: FTS5 writes out its pending index at every savepoint,
        # which costs as much as a commit. Failures are rare; then each goes on its own.
        try:
            with self.transaction():
                return [self._store(issue) for issue in issues]
        except (sqlite3.Error, LibraryError) as err:
            if len(issues) > 1:
                return [result for issue in issues for result in self._import_batch([issue])]
            message = f"{issues[0].title}: could not be stored ({err})"
            return [ImportResult(issues[0].source, "failed", None, message, None)]

    def _store(self, issue: model.Issue) -> ImportResult:
        articles = model.unique_keys(list(issue.articles))
        issue = replace(issue, articles=tuple(articles))
        digest = _content_hash(issue)
        found = self._find_issue(issue)
        if found is not None and found[1] == digest:
            return ImportResult(issue.source, "unchanged", found[0], None, None)
        old_keys: set[str] = set()
        if found is None:
            issue_id = self._insert_issue(issue, digest)
        else:
            issue_id = found[0]
            old_keys = self._clear_issue(issue_id)
            self._update_issue(issue_id, issue, digest)
        self._insert_contents(issue_id, issue)
        new_key = next((a.key for a in articles if a.key not in old_keys), None)
        status: Status = "imported" if found is None else "replaced"
        return ImportResult(issue.source, status, issue_id, None, new_key)

    def _find_issue(self, issue: model.Issue) -> tuple[int, str] | None:
        """The stored issue this one is a version of: same paper, date and format, or same file."""
        if issue.paper and issue.date:
            row = self._conn.execute(
                "SELECT id, content_hash FROM issue WHERE paper = ? AND date = ? AND format = ?",
                (issue.paper, issue.date, issue.format),
            ).fetchone()
            if row is not None:
                return row[0], row[1]
        for issue_id, digest, paper, day in self._conn.execute(
            "SELECT id, content_hash, paper, date FROM issue WHERE source = ?", (issue.source,)
        ):
            # A file saved again for another day's paper is a new issue, not a new version.
            both_known = paper and day and issue.paper and issue.date
            if not both_known or (paper, day) == (issue.paper, issue.date):
                return issue_id, digest
        return None

    def _insert_issue(self, issue: model.Issue, digest: str) -> int:
        cursor = self._conn.execute(
            "INSERT INTO issue (paper, date, format, source, title, content_hash, imported,"
            " page_count, article_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)",
            (issue.paper, issue.date, issue.format, issue.source, issue.title, digest, _now()),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _update_issue(self, issue_id: int, issue: model.Issue, digest: str) -> None:
        self._conn.execute(
            "UPDATE issue SET paper = ?, date = ?, format = ?, source = ?, title = ?,"
            " content_hash = ?, imported = ? WHERE id = ?",
            (
                issue.paper,
                issue.date,
                issue.format,
                issue.source,
                issue.title,
                digest,
                _now(),
                issue_id,
            ),
        )

    def _insert_contents(self, issue_id: int, issue: model.Issue) -> None:
        pages = _page_list(issue)
        self._conn.executemany(
            "INSERT INTO page (issue_id, position, code, name) VALUES (?, ?, ?, ?)",
            [(issue_id, n, p.code, p.name) for n, p in enumerate(pages)],
        )
        # Ids are given, as SQLite would choose them, so that all rows go in one statement.
        first = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM article").fetchone()[0]
        stored = list(enumerate(issue.articles, first))
        self._conn.executemany(
            "INSERT INTO article (id, issue_id, position, key, title, kicker, subtitle, section,"
            " page, page_name, dateline, byline, paragraphs, captions, images, pages, saved)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(n, issue_id, n - first, *_article_values(a)) for n, a in stored],
        )
        _index(self._conn, stored)
        self._conn.execute(
            "UPDATE issue SET page_count = ?, article_count = ? WHERE id = ?",
            (len(pages), len(issue.articles), issue_id),
        )

    def _clear_issue(self, issue_id: int) -> set[str]:
        """Delete an issue's pages, articles and index entries; return the keys it had."""
        rows = self._conn.execute(
            f"SELECT id, {_ARTICLE_COLUMNS} FROM article WHERE issue_id = ?", (issue_id,)
        ).fetchall()
        articles = [(row[0], _article_from_row(row[1:])) for row in rows]
        _index(self._conn, articles, "delete")
        keys = {article.key for _, article in articles}
        self._conn.execute("DELETE FROM article WHERE issue_id = ?", (issue_id,))
        self._conn.execute("DELETE FROM page WHERE issue_id = ?", (issue_id,))
        return keys

    def remove_issue(self, issue_id: int) -> None:
        """Remove an issue; its bookmarks stay (marked issue_removed) until it comes back."""
        with self.transaction() as conn:
            self._clear_issue(issue_id)
            conn.execute("DELETE FROM issue WHERE id = ?", (issue_id,))

    # --- browsing -------------------------------------------------------------------------

    def issues(self, offset: int = 0, limit: int | None = None) -> list[IssueRow]:
        """Issues, newest date first (issues without a date last)."""
        rows = self._conn.execute(
            f"SELECT {_ISSUE_COLUMNS} FROM issue ORDER BY {_ISSUE_ORDER} LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return _issue_rows(rows)

    def issue_dates(self) -> list[tuple[str | None, str, int]]:
        """(paper, date, issue id) of every issue with a date, in the order of issues(): all
        a calendar needs, many times quicker than listing the issues."""
        return self._conn.execute(
            f"SELECT paper, date, id FROM issue WHERE date IS NOT NULL ORDER BY {_ISSUE_ORDER}"
        ).fetchall()

    def issue_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM issue").fetchone()[0]

    def issue(self, issue_id: int) -> IssueRow | None:
        row = self._conn.execute(
            f"SELECT {_ISSUE_COLUMNS} FROM issue WHERE id = ?", (issue_id,)
        ).fetchone()
        return None if row is None else IssueRow(*row)

    def pages(self, issue_id: int) -> list[PageRow]:
        rows = self._conn.execute(
            "SELECT p.issue_id, p.code, p.name,"
            " (SELECT count(*) FROM article a WHERE a.issue_id = p.issue_id AND a.page = p.code)"
            " FROM page p WHERE p.issue_id = ? ORDER BY p.position",
            (issue_id,),
        )
        return [PageRow(*row) for row in rows]

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
            params.append(page)
        rows = self._conn.execute(sql + " ORDER BY a.position", params)
        return [
            ArticleRow(k, i, p, t, n, bool(r), bool(b), bool(s)) for k, i, p, t, n, r, b, s in rows
        ]

    def article(self, key: str) -> model.Article | None:
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM article WHERE key = ? ORDER BY issue_id LIMIT 1",
            (key,),
        ).fetchone()
        return None if row is None else _article_from_row(row)

    def issue_of(self, key: str) -> IssueRow | None:
        row = self._conn.execute(
            "SELECT issue_id FROM article WHERE key = ? ORDER BY issue_id LIMIT 1", (key,)
        ).fetchone()
        return None if row is None else self.issue(row[0])

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
                    "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)", (key, _now())
                )
            else:
                conn.execute("DELETE FROM read_state WHERE key = ?", (key,))

    def mark_all_read(self, keys: Iterable[str], read: bool = True) -> None:
        """Mark many stories read (or unread again) in one write: a page or a whole issue."""
        if self.read_only:
            return
        with self.transaction() as conn:
            if read:
                now = _now()
                conn.executemany(
                    "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)",
                    [(key, now) for key in keys],
                )
            else:
                conn.executemany("DELETE FROM read_state WHERE key = ?", [(k,) for k in keys])

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
                "INSERT OR REPLACE INTO state (name, value) VALUES ('last_article', ?)", (key,)
            )

    def visit(self, key: str) -> None:
        """The reader opened `key`: mark it read and remember it as the last story, in one
        write."""
        if self.read_only:
            return
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO read_state (key, read_at) VALUES (?, ?)", (key, _now())
            )
            conn.execute(
                "INSERT OR REPLACE INTO state (name, value) VALUES ('last_article', ?)", (key,)
            )

    def last_article(self) -> str | None:
        row = self._conn.execute("SELECT value FROM state WHERE name = 'last_article'").fetchone()
        return None if row is None else row[0]

    def next_unread(self, after_key: str | None) -> str | None:
        """The first unread article after `after_key` in reading order (issues newest first,
        then each issue's own order), going round to the start; None when all are read."""
        current = None
        if after_key is not None:
            current = self._conn.execute(
                "SELECT i.id, i.date, a.position FROM article a JOIN issue i ON i.id = a.issue_id"
                " WHERE a.key = ? ORDER BY i.id LIMIT 1",
                (after_key,),
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
                return row[0]
        return None

    # --- bookmarks ------------------------------------------------------------------------

    def add_bookmark(self, key: str, note: str = "") -> Bookmark:
        """Bookmark an article, keeping a citation of it; a bookmark already there keeps its
        date, and takes the new note if one is given."""
        article = self.article(key)
        issue = self.issue_of(key)
        if article is None or issue is None:
            raise LibraryError(f"There is no article {key} in the library.")
        opening = "".join(article.paragraphs)[:60]
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO bookmark (key, note, created, paper, date, page, title, byline,"
                " opening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                " note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END",
                (
                    key,
                    note,
                    _now(),
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
            conn.execute("DELETE FROM bookmark WHERE key = ?", (key,))

    def is_bookmarked(self, key: str) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM bookmark WHERE key = ?", (key,)).fetchone()
            is not None
        )

    def set_bookmark_note(self, key: str, note: str) -> None:
        with self.transaction() as conn:
            changed = conn.execute("UPDATE bookmark SET note = ? WHERE key = ?", (note, key))
            if changed.rowcount == 0:
                raise LibraryError(f"The article {key} is not bookmarked.")

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, newest first."""
        rows = self._conn.execute(f"{_BOOKMARK_SELECT} ORDER BY b.created DESC, b.rowid DESC")
        return [_bookmark_from_row(row) for row in rows]

    def _bookmark(self, key: str) -> Bookmark | None:
        row = self._conn.execute(f"{_BOOKMARK_SELECT} WHERE b.key = ?", (key,)).fetchone()
        return None if row is None else _bookmark_from_row(row)

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
                    item["key"],
                    str(item.get("note") or ""),
                    str(item.get("created") or _now()),
                    *(_text_or_none(item.get(f)) for f in ("paper", "date", "page")),
                    str(item.get("title") or ""),
                    _text_or_none(item.get("byline")),
                    str(item.get("opening") or ""),
                )
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO bookmark (key, note, created, paper, date, page, title,"
                    " byline, opening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                added += cursor.rowcount
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
        parsed = searchtext.parse_query(query)
        if parsed is None:
            return []
        params: dict[str, Any] = {
            "words": parsed.words,
            "characters": parsed.characters,
            "in_title": parsed.characters_in_title,
            "paper": paper,
            "since": _date_bound(since, ""),
            # "2026-03" as the last date takes in the whole of March.
            "until": _date_bound(until, "\uffff"),
            "skip": CANDIDATES - 1,
            "limit": limit,
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
        try:
            row = self._conn.execute(floor_sql, params).fetchone()
            params["floor"] = 0 if row is None else row[0]
            ranked = self._conn.execute(sql, params).fetchall()
            return self._hits(ranked, parsed)
        except sqlite3.OperationalError as err:  # also when interrupted
            raise LibraryError(f"The search “{query}” cannot be run: {err}") from err

    def interrupt(self) -> None:
        """Stop a search running on another thread: it fails with a LibraryError."""
        self._conn.interrupt()

    def _hits(self, ranked: list[tuple[int, int]], query: searchtext.Query) -> list[Hit]:
        best: dict[int, int] = {}
        for n, (_, issue_id) in enumerate(ranked):
            best.setdefault(issue_id, n)
        order = {article_id: (best[issue_id], n) for n, (article_id, issue_id) in enumerate(ranked)}
        ids = [article_id for article_id, _ in ranked]
        rows = self._conn.execute(
            "SELECT a.id, a.key, a.issue_id, a.title, i.paper, i.date, a.page, a.paragraphs,"
            " a.subtitle, a.kicker FROM article a JOIN issue i ON i.id = a.issue_id"
            f" WHERE a.id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        rows.sort(key=lambda row: order[row[0]])
        return [
            Hit(
                key,
                issue_id,
                title,
                paper,
                day,
                page,
                _snippet(paragraphs, subtitle, kicker, query),
            )
            for _, key, issue_id, title, paper, day, page, paragraphs, subtitle, kicker in rows
        ]


# --- citations ----------------------------------------------------------------------------

# Role words around reporters' names that are not part of an author's name.
_ROLES = re.compile(
    r"\S*?(?:记者|通讯员|评论员|实习生)|文/摄|文／摄|摄影|[文图摄](?=$|[\s/／])|[()（）【】□■]"
)
_NAME_SEPARATORS = re.compile(r"[、，,;；/／]+|\s+and\s+", re.IGNORECASE)


def citation(bookmark: Bookmark) -> str:
    """The bookmark cited as a newspaper article in the GB/T 7714 form:
    作者. 题名[N]. 报纸名, 日期(版次)."""
    authors = _authors(bookmark.byline)
    source = ", ".join(p for p in (bookmark.paper, bookmark.date) if p)
    if bookmark.page:
        source += f"({bookmark.page})"
    parts = [authors, f"{bookmark.title}[N]", source]
    return ". ".join(p for p in parts if p) + "."


def _authors(byline: str | None) -> str:
    text = re.sub(r"^\s*by\s+", "", _ROLES.sub(" ", byline or ""), flags=re.IGNORECASE)
    names: list[str] = []
    for chunk in _NAME_SEPARATORS.split(text):
        if re.search(r"[A-Za-z]", chunk):
            names.append(" ".join(chunk.split()))
        else:
            names.extend(_chinese_names(chunk.split()))
    names = [n for n in names if n]
    if len(names) > 3:
        return ", ".join(names[:3]) + ", 等"
    return ", ".join(names)


def _chinese_names(parts: list[str]) -> list[str]:
    """Names split on spaces, single characters joined again: newspapers pad 张  娅."""
    names: list[str] = []
    for part in parts:
        if len(part) == 1 and names and len(names[-1]) == 1:
            names[-1] += part
        else:
            names.append(part)
    return names


_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _date_bound(value: str | None, pad: str) -> str | None:
    """A date filter as stored dates compare: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    if not _PARTIAL_DATE.fullmatch(value.strip()):
        raise LibraryError(f"“{value}” is not a date: write it as 2026-03-12, 2026-03 or 2026.")
    return value.strip() + pad


def _match_clause(query: searchtext.Query) -> tuple[str, str, str]:
    """(index table, MATCH condition, rank expression) for a query, with named parameters."""
    if query.words is None:
        # This index keeps no counts, so bm25 cannot rank: titles first, then the newest.
        in_title = "SELECT rowid FROM search_chars WHERE search_chars MATCH :in_title"
        rank = f"(search_chars.rowid IN ({in_title})) * -1e15 - search_chars.rowid"
        return "search_chars", "search_chars MATCH :characters", rank
    match = "search MATCH :words"
    if query.characters is not None:
        match += (
            " AND search.rowid IN"
            " (SELECT rowid FROM search_chars WHERE search_chars MATCH :characters)"
        )
    return "search", match, f"bm25(search, {_WEIGHTS})"


# --- rows <-> model ------------------------------------------------------------------------

_ISSUE_COLUMNS = "id, paper, date, title, format, source, page_count, article_count"
_ISSUE_ORDER = "date IS NULL, date DESC, id DESC"
_ISSUE_ORDER_I = "i.date IS NULL, i.date DESC, i.id DESC"
_ARTICLE_COLUMNS = (
    "key, title, kicker, subtitle, section, page, page_name, dateline, byline,"
    " paragraphs, captions, images, pages, saved"
)
_BOOKMARK_SELECT = (
    "SELECT b.key, b.note, b.created, b.paper, b.date, b.page, b.title, b.byline, b.opening,"
    " NOT EXISTS (SELECT 1 FROM article a WHERE a.key = b.key) FROM bookmark b"
)


_ISSUE_FIELDS = tuple(f.name for f in fields(IssueRow))


def _issue_rows(rows: Iterable[tuple[Any, ...]]) -> list[IssueRow]:
    # A frozen dataclass's __init__ costs more than the query when listing 10,000 issues;
    # filling __dict__ directly makes the same objects three times as fast.
    out = []
    new = object.__new__
    for row in rows:
        item = new(IssueRow)
        item.__dict__.update(zip(_ISSUE_FIELDS, row, strict=True))
        out.append(item)
    return out


def _article_values(a: model.Article) -> tuple[Any, ...]:
    images = [{"src": i.src, "caption": i.caption} for i in a.images]
    return (
        a.key,
        a.title,
        a.kicker,
        a.subtitle,
        a.section,
        a.page,
        a.page_name,
        a.dateline,
        a.byline,
        _json(a.paragraphs),
        _json(a.captions),
        _json(images),
        _json(a.pages),
        int(a.saved),
    )


def _article_from_row(row: Sequence[Any]) -> model.Article:
    key, title, kicker, subtitle, section, page, page_name, dateline, byline = row[:9]
    paragraphs, captions, images, pages, saved = row[9:]
    return model.Article(
        key=key,
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        section=section,
        page=page,
        page_name=page_name,
        dateline=dateline,
        byline=byline,
        paragraphs=tuple(json.loads(paragraphs)),
        captions=tuple(json.loads(captions)),
        images=tuple(model.Image(i["src"], i["caption"]) for i in json.loads(images)),
        pages=tuple(json.loads(pages)),
        saved=bool(saved),
    )


def _bookmark_from_row(row: Sequence[Any]) -> Bookmark:
    key, note, created, paper, day, page, title, byline, opening, removed = row
    return Bookmark(key, note, created, paper, day, page, title, byline, opening, bool(removed))


# One encoder for all: json.dumps with options builds a new one each call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json(value: Any) -> str:
    return _ENCODE(list(value)) if value else "[]"


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _content_hash(issue: model.Issue) -> str:
    """What the issue says, whatever file it came from."""
    data = model.issue_to_dict(issue)
    for volatile in ("source", "title"):
        data["issue"].pop(volatile, None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _page_list(issue: model.Issue) -> list[model.Page]:
    """The issue's pages, then any page an article starts on that the issue did not list."""
    pages = list(issue.pages)
    known = {p.code for p in pages}
    for article in issue.articles:
        if article.page and article.page not in known:
            known.add(article.page)
            pages.append(model.Page(article.page, article.page_name))
    return pages


def _snippet(
    paragraphs_json: str, subtitle: str | None, kicker: str | None, query: searchtext.Query
) -> str:
    """The first paragraph with a match, cut around it; else the opening."""
    paragraphs = [p for p in json.loads(paragraphs_json) if p] or [subtitle or kicker or ""]
    return searchtext.snippet(paragraphs, query)


# --- damage -------------------------------------------------------------------------------


def _restore(path: Path) -> tuple[str, Path]:
    """Move a damaged library aside (never delete it) and put the newest good backup in place.
    Returns what the reader should be told, and where the damaged file went."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            os.replace(part, Path(str(aside) + suffix))
    backups = sorted((path.parent / BACKUP_DIR).glob("library-*.sqlite"), reverse=True)
    for backup in backups:
        if _is_healthy(backup):
            partial = path.with_name(path.name + ".restoring")
            shutil.copyfile(backup, partial)
            os.replace(partial, path)
            day = backup.stem.removeprefix("library-")
            return (
                f"The library was damaged; it was restored from the backup of {day}."
                f" The damaged file was kept as {aside.name}."
            ), aside
    return (
        f"The library was damaged and no backup could be used; a new, empty library was"
        f" started. The damaged file was kept as {aside.name}."
    ), aside


def _salvage_bookmarks(damaged: Path) -> list[tuple[Any, ...]]:
    """The bookmarks that can still be read from a damaged file, read-only, row by row: the
    damage is often elsewhere in the file, and bookmarks may be newer than any backup."""
    rows: list[tuple[Any, ...]] = []
    try:
        conn = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows
    try:
        cursor = conn.execute(
            "SELECT key, note, created, paper, date, page, title, byline, opening FROM bookmark"
        )
        while (row := cursor.fetchone()) is not None:
            if isinstance(row[0], str) and isinstance(row[6], str):
                rows.append(tuple(row))
    except sqlite3.Error:
        pass  # keep what was read before the damage
    finally:
        conn.close()
    return rows
