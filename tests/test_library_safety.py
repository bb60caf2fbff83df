"""The library survives what happens to real files: upgrades, damage, kills and two writers."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from helpers import make_issue

from reader import library as library_module
from reader.library import Library, LibraryError, connection, safety, schema, store

TODAY = date.today().isoformat()


def filled_library(home: Path) -> None:
    """A library holding one issue, with today's backup taken after the import."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
    (home / "backups" / f"library-{TODAY}.sqlite").unlink()
    Library.open(home).close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


# --- migrations -----------------------------------------------------------------------------


NEXT = library_module.SCHEMA_VERSION + 1


def add_step(monkeypatch, step: schema.Step) -> None:
    """As if this version added `step` to the schema."""
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, step))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", step.version)


def test_migration_backs_up_first_and_keeps_the_data(tmp_path, monkeypatch):
    filled_library(tmp_path)

    add_step(monkeypatch, schema.Step(NEXT, "ALTER TABLE issue ADD COLUMN rating INTEGER"))
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1
    assert user_version(tmp_path / "library.sqlite") == NEXT
    (before,) = (tmp_path / "backups").glob(f"before-schema-{NEXT}-*.sqlite")
    assert user_version(before) == NEXT - 1


def test_failed_migration_leaves_library_as_it_was(tmp_path, monkeypatch):
    filled_library(tmp_path)

    half_done = "DELETE FROM bookmark; CREATE TABLE extra (x); SELECT * FROM no_such_table"
    add_step(monkeypatch, schema.Step(NEXT, half_done))
    with pytest.raises(LibraryError, match="could not be updated"):
        Library.open(tmp_path)
    monkeypatch.undo()
    assert user_version(tmp_path / "library.sqlite") == NEXT - 1
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1


def test_newer_library_is_refused_and_untouched(tmp_path):
    filled_library(tmp_path)
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")  # and no word of which versions may use it
    conn.execute("DELETE FROM state WHERE name = ?", (schema.COMPATIBLE,))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Paper Reader"):
        Library.open(tmp_path)
    assert path.read_bytes() == before


# --- damage and backups -----------------------------------------------------------------------


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("harm", [damage, lambda p: p.write_text("my shopping list")])
def test_damaged_library_is_moved_aside_and_restored_from_backup(tmp_path, harm):
    filled_library(tmp_path)
    harm(tmp_path / "library.sqlite")
    harmed = (tmp_path / "library.sqlite").read_bytes()
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1
        assert library.search("无锡")
        (notice,) = library.notices
    assert f"restored from the backup of {TODAY}" in notice
    (aside,) = tmp_path.glob("library.sqlite.damaged-*[0-9]")
    assert aside.name in notice
    assert aside.read_bytes() == harmed


def test_damaged_library_without_backup_starts_empty_and_keeps_the_file(tmp_path):
    (tmp_path / "library.sqlite").write_text("not a database")
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 0
        assert "no backup could be used" in library.notices[0]
    (aside,) = tmp_path.glob("library.sqlite.damaged-*[0-9]")
    assert aside.read_text() == "not a database"


def test_daily_backup_keeps_the_last_seven(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 10):
        (backups / f"library-2020-01-0{day}.sqlite").write_bytes(b"")
    filled_library(tmp_path)
    names = sorted(p.name for p in backups.glob("library-*.sqlite"))
    assert len(names) == 7
    assert names[-1] == f"library-{TODAY}.sqlite"
    assert names[0] == "library-2020-01-04.sqlite"
    conn = sqlite3.connect(backups / names[-1])
    assert conn.execute("SELECT count(*) FROM issue").fetchone() == (1,)
    conn.close()


def test_backups_of_a_large_library_keep_within_their_space_but_two_at_least(tmp_path, monkeypatch):
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 7):
        (backups / f"library-2020-01-0{day}.sqlite").write_bytes(b"x" * 1000)
    monkeypatch.setattr(safety, "BACKUP_SPACE", 2500)  # room for two backups of 1,000 bytes

    safety.daily_backup(_library_file(tmp_path))

    names = sorted(p.name for p in backups.glob("library-*.sqlite"))
    assert names == ["library-2020-01-06.sqlite", f"library-{TODAY}.sqlite"]


def test_a_large_library_is_backed_up_once_a_week(tmp_path, monkeypatch):
    backups = tmp_path / "backups"
    backups.mkdir()
    monkeypatch.setattr(safety, "LARGE_LIBRARY", 1)  # every library is large here
    path = _library_file(tmp_path)
    recent = date.fromordinal(date.today().toordinal() - 3).isoformat()
    (backups / f"library-{recent}.sqlite").write_bytes(b"")

    safety.daily_backup(path)
    assert not (backups / f"library-{TODAY}.sqlite").exists()  # three days old: enough

    (backups / f"library-{recent}.sqlite").rename(backups / "library-2020-01-01.sqlite")
    safety.daily_backup(path)
    assert (backups / f"library-{TODAY}.sqlite").exists()  # older than a week: taken


def _library_file(home: Path) -> Path:
    """A library file with one issue, closed, with no backup taken."""
    with Library.open(home, backup=False) as library:
        library.import_issue(make_issue())
        return library.path


# --- real processes -------------------------------------------------------------------------

ARTICLES = 20

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reader import model
    from reader.library import Library

    home, first, count, go = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    while go != "-" and not Path(go).exists():
        time.sleep(0.005)
    library = Library.open(home)
    print("open", flush=True)
    def issue(n):
        paper, day = f"测试日报{n}", "2026-03-12"
        articles = tuple(
            model.Article(
                key=model.make_key(paper, day, f"标题{a}", (f"正文{a}",)),
                title=f"第{n}期第{a}篇",
                paragraphs=(f"期号标记q{n}x 无锡现场报道" * 40,) * 5,
                page="01",
            )
            for a in range(ARTICLES)
        )
        return model.Issue(paper, day, f"/p/{n}.txt", "text", (), articles)

    # Alternate single imports and batches, so a kill can land in either.
    for n in range(first, first + count, 4):
        library.import_issue(issue(n))
        library.import_issues(issue(k) for k in range(n + 1, n + 4))
        print("stored", flush=True)
    library.close()
    """
).replace("ARTICLES", str(ARTICLES))


def importer(home: Path, first: int, count: int, go: str = "-") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(home), str(first), str(count), go],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_whole_or_absent(home: Path) -> int:
    """Every issue stored has all its articles, all searchable; returns how many there are."""
    conn = sqlite3.connect(home / "library.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for index in ("search", "search_chars"):  # raises if the full-text index is damaged
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
    conn.close()
    with Library.open(home) as library:
        rows = library.issues()
        for row in rows:
            n = int(row.paper.removeprefix("测试日报"))
            assert row.article_count == ARTICLES
            assert len(library.articles(row.id)) == ARTICLES
            assert len(library.search(f"q{n}x")) == ARTICLES
        return len(rows)


@pytest.mark.slow
def test_kill_during_import_leaves_each_issue_whole_or_absent(tmp_path):
    for attempt in range(3):
        home = tmp_path / str(attempt)
        proc = importer(home, 0, 10_000)
        assert proc.stdout.readline() == "open\n", proc.stderr.read()
        assert proc.stdout.readline() == "stored\n"  # so that something is stored
        time.sleep(random.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        stored = assert_whole_or_absent(home)
        assert 0 < stored < 10_000


@pytest.mark.slow
def test_two_processes_import_into_one_library_at_once(tmp_path):
    go = tmp_path / "go"
    procs = [importer(tmp_path / "home", n * 1000, 16, str(go)) for n in range(2)]
    time.sleep(0.3)  # both are started and waiting
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "locked" not in err
    assert assert_whole_or_absent(tmp_path / "home") == 32


def test_library_locked_by_another_program_is_not_taken_for_damaged(tmp_path, monkeypatch):
    filled_library(tmp_path)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(tmp_path / "library.sqlite")
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryError, match="cannot be opened"):
            Library.open(tmp_path)
    finally:
        other.close()
    assert list(tmp_path.glob("*.damaged-*")) == []
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1


def test_full_disk_or_read_only_library_is_reported_in_words(tmp_path, monkeypatch):
    filled_library(tmp_path)
    with Library.open(tmp_path) as library:
        library._conn.execute("PRAGMA query_only = ON")  # refuses writes as a read-only disk does
        with pytest.raises(LibraryError, match="could not be changed"):
            library.add_bookmark(make_issue().articles[0].key)
        library._conn.execute("PRAGMA query_only = OFF")
        assert library.bookmarks() == []


def test_backups_before_upgrades_are_kept_for_the_last_two(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for n in range(4):
        old = backups / f"before-schema-{n}-2020010{n}-000000.sqlite"
        old.write_bytes(b"")
        os.utime(old, (1_600_000_000 + n, 1_600_000_000 + n))
    Library.open(tmp_path).close()
    kept = sorted(p.name for p in backups.glob("before-schema-*"))
    assert kept == [
        "before-schema-2-20200102-000000.sqlite",
        "before-schema-3-20200103-000000.sqlite",
    ]


def test_damaged_backup_is_passed_over_for_an_older_good_one(tmp_path):
    filled_library(tmp_path)
    backups = tmp_path / "backups"
    (backups / f"library-{TODAY}.sqlite").rename(backups / "library-2020-01-01.sqlite")
    (backups / f"library-{TODAY}.sqlite").write_text("not a database either")
    damage(tmp_path / "library.sqlite")
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1
        assert "restored from the backup of 2020-01-01" in library.notices[0]


def test_read_only_library_can_be_read_but_refuses_changes_in_words(tmp_path, monkeypatch):
    filled_library(tmp_path)
    before = (tmp_path / "library.sqlite").read_bytes()
    monkeypatch.setattr(store, "writable", lambda home, path: False)
    key = make_issue().articles[0].key
    with Library.open(tmp_path) as library:
        assert library.read_only and "read-only" in library.notices[0]
        assert [h.title for h in library.search("无锡")] == ["春耕备耕忙"]
        library.mark_read(key)  # reading goes on without keeping the mark
        with pytest.raises(LibraryError, match="nothing can be saved"):
            library.add_bookmark(key)
        assert library.import_issue(make_issue(day="2026-03-13")).status == "failed"
    assert (tmp_path / "library.sqlite").read_bytes() == before


def test_bookmarks_are_salvaged_from_a_damaged_file_even_without_a_backup(tmp_path):
    with Library.open(tmp_path) as library:
        library.import_issue(make_issue())
        library.add_bookmark(make_issue().articles[1].key, note="keep me")
    for backup in (tmp_path / "backups").iterdir():
        backup.unlink()
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'article'").fetchone()
    conn.close()
    with (tmp_path / "library.sqlite").open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 0
        (bookmark,) = library.bookmarks()
        assert bookmark.note == "keep me" and bookmark.issue_removed
        (notice,) = library.notices
        assert "no backup could be used" in notice
        assert "1 bookmark(s) were recovered" in notice


def test_daily_backup_that_cannot_be_written_says_so(tmp_path, monkeypatch):
    filled_library(tmp_path)
    (tmp_path / "backups" / f"library-{TODAY}.sqlite").unlink()

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(safety, "backup_to", full)
    with pytest.raises(LibraryError, match="backup of the library could not be made"):
        library_module.daily_backup(tmp_path / "library.sqlite")
    assert list((tmp_path / "backups").glob("library-*.sqlite")) == []
