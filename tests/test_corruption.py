"""The program starts whatever happened to the library file, and says in words what it did."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from helpers import damage_table, make_issue

from reader import library as library_module
from reader.library import Library, safety, store
from reader.ui import app
from reader.ui.window import MainWindow

TODAY = date.today().isoformat()
ARTICLE_KEYS = [a.key for a in make_issue().articles]


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes as (kind, text) instead of on screen."""
    messages: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            app.QMessageBox,
            kind,
            lambda parent, title, text, kind=kind: messages.append((kind, text)),
        )
    return messages


@pytest.fixture
def start(qtbot):
    """Starts the program on a library folder as `paper-reader --library DIR` does."""
    windows: list[MainWindow] = []

    def run(home: Path) -> MainWindow | int:
        result = app.start(app.parse_args(["--library", str(home)]))
        if isinstance(result, MainWindow):
            windows.append(result)
        return result

    yield run
    for window in windows:
        qtbot.waitUntil(lambda w=window: w.pending_imports == 0, timeout=10_000)
        window.close()
        window.library.close()


def filled_library(home: Path, bookmarked: int = 1) -> None:
    """A library with one issue and a bookmark, and today's backup of it."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
        for key in ARTICLE_KEYS[:bookmarked]:
            library.add_bookmark(key, note="my note")
    (home / "backups" / f"library-{TODAY}.sqlite").unlink()
    Library.open(home).close()


def bookmarks(home: Path) -> set[str]:
    with Library.open(home) as library:
        return {b.key for b in library.bookmarks()}


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


def zero(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


@pytest.mark.parametrize("harm", [truncate, zero, garbage])
def test_damaged_library_is_restored_from_backup_and_the_reader_told(start, shown, tmp_path, harm):
    filled_library(tmp_path)
    harm(tmp_path / "library.sqlite")
    harmed = (tmp_path / "library.sqlite").read_bytes()

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    ((kind, text),) = shown
    assert kind == "information"
    assert f"restored from the backup of {TODAY}" in text
    assert window.library.issue_count() == 1
    assert {b.key for b in window.library.bookmarks()} == {ARTICLE_KEYS[0]}
    (aside,) = tmp_path.glob("library.sqlite.damaged-*[0-9]")
    assert aside.name in text
    assert aside.read_bytes() == harmed  # the damaged file is kept as it was


def test_damaged_library_without_backup_is_kept_and_the_reader_told(start, shown, tmp_path):
    filled_library(tmp_path)
    for backup in (tmp_path / "backups").iterdir():
        backup.unlink()
    garbage(tmp_path / "library.sqlite")
    harmed = (tmp_path / "library.sqlite").read_bytes()

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    assert "no backup could be used" in shown[0][1]
    (aside,) = tmp_path.glob("library.sqlite.damaged-*[0-9]")
    assert aside.read_bytes() == harmed


def test_bookmarks_newer_than_the_backup_are_recovered_from_the_damaged_file(
    start, shown, tmp_path, qtbot
):
    filled_library(tmp_path)
    with Library.open(tmp_path) as library:
        library.add_bookmark(ARTICLE_KEYS[1], note="made after the backup")
    damage_table(tmp_path / "library.sqlite", "article")

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: shown != [], timeout=10_000)  # the check after the first paint
    ((_, text),) = shown
    assert f"restored from the backup of {TODAY}" in text
    assert "2 bookmark(s) were recovered from the damaged file" in text
    notes = {b.key: b.note for b in window.library.bookmarks()}
    assert notes == {ARTICLE_KEYS[0]: "my note", ARTICLE_KEYS[1]: "made after the backup"}
    assert window.article_view.article is not None  # and the reading goes on
    assert window.message is None  # nothing said but what was done


KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from reader.library import Library

    library = Library.open(sys.argv[1])
    library.add_bookmark(sys.argv[2], note="just before the kill")
    os.kill(os.getpid(), signal.SIGKILL)  # the WAL is left behind, not checkpointed
    """
)


def killed_after_bookmarking(home: Path, key: str) -> None:
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(home), key], check=False)
    assert proc.returncode == -signal.SIGKILL
    assert (home / "library.sqlite-wal").stat().st_size > 0


def test_wal_left_by_a_kill_is_taken_in_at_start(start, shown, tmp_path):
    filled_library(tmp_path)
    killed_after_bookmarking(tmp_path, ARTICLE_KEYS[1])

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    assert shown == []
    assert {b.key for b in window.library.bookmarks()} == set(ARTICLE_KEYS[:2])


def test_missing_wal_beside_its_shm_loses_only_what_it_held(start, shown, tmp_path):
    filled_library(tmp_path)
    killed_after_bookmarking(tmp_path, ARTICLE_KEYS[1])
    (tmp_path / "library.sqlite-wal").unlink()
    assert (tmp_path / "library.sqlite-shm").exists()

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    assert shown == []
    assert window.library.issue_count() == 1
    assert {b.key for b in window.library.bookmarks()} == {ARTICLE_KEYS[0]}
    window.library.add_bookmark(ARTICLE_KEYS[2])  # and it can be written again
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_library_from_a_newer_version_is_refused_in_words_and_left_alone(start, shown, tmp_path):
    filled_library(tmp_path)
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    conn.execute(f"PRAGMA user_version = {library_module.SCHEMA_VERSION + 1}")
    conn.execute("UPDATE state SET value = '99' WHERE name = 'oldest_compatible_schema'")
    conn.commit()
    conn.close()
    before = (tmp_path / "library.sqlite").read_bytes()

    assert start(tmp_path) == 1

    ((kind, text),) = shown
    assert kind == "critical" and "newer version of Paper Reader" in text
    assert (tmp_path / "library.sqlite").read_bytes() == before


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A filled library whose folder cannot be written to (faked too: root may write anyway)."""
    home = tmp_path / "home"
    filled_library(home)
    monkeypatch.setattr(store, "writable", lambda home, path: False)
    home.chmod(0o555)
    yield home
    home.chmod(0o755)


def test_read_only_library_opens_for_reading_and_refuses_changes_in_words(
    start, shown, read_only_folder, qtbot
):
    before = (read_only_folder / "library.sqlite").read_bytes()

    window = start(read_only_folder)

    assert isinstance(window, MainWindow)
    assert "open read-only" in shown[0][1]
    assert window.library.read_only
    window.navigator.show(ARTICLE_KEYS[1])  # reading works: no error for the read mark
    assert window.article_view.article.title == "国家统计局发布数据"
    window.qactions["toggle_bookmark"].trigger()  # refused in words, not raised
    assert window.message is not None and window.message.text() == library_module.READ_ONLY
    assert "nothing can be saved" in window.message.text()
    assert (read_only_folder / "library.sqlite").read_bytes() == before


def test_read_only_folder_without_a_library_is_explained(start, shown, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "writable", lambda home, path: False)

    assert start(tmp_path) == 1

    assert "cannot be written to, and there is no library in it yet" in shown[0][1]


def test_backup_that_fills_the_disk_is_reported_and_the_window_works(
    start, shown, tmp_path, monkeypatch, qtbot
):
    filled_library(tmp_path)
    (tmp_path / "backups" / f"library-{TODAY}.sqlite").unlink()

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(safety, "backup_to", full)
    monkeypatch.setattr(app, "UPKEEP_DELAY_MS", 0)

    window = start(tmp_path)

    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.message is not None, timeout=10_000)
    assert window.message.text() == (
        "Today's backup of the library could not be made: database or disk is full."
    )
    window.library.add_bookmark(ARTICLE_KEYS[1])
    assert len(window.library.bookmarks()) == 2


def test_window_shown_before_the_daily_backup_is_taken(start, shown, tmp_path, qtbot):
    filled_library(tmp_path)
    today = tmp_path / "backups" / f"library-{TODAY}.sqlite"
    today.unlink()

    window = start(tmp_path)

    assert isinstance(window, MainWindow) and window.isVisible()
    assert not today.exists()  # the first paint does not wait for it
    qtbot.waitUntil(today.exists, timeout=10_000)
    conn = sqlite3.connect(today)
    assert conn.execute("SELECT count(*) FROM bookmark").fetchone() == (1,)
    conn.close()


def limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_full_disk_during_an_import_is_told_and_loses_nothing(tmp_path):
    filled_library(tmp_path / "home")
    issue = Path(__file__).parent / "fixtures" / "ui" / "新城晚报-2026-04-02.txt"
    big = tmp_path / "big.txt"
    big.write_text(issue.read_text(encoding="utf-8") * 200, encoding="utf-8")
    home = tmp_path / "home"

    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(home), "import", str(big)],
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size((home / "library.sqlite").stat().st_size + 4096),
        check=False,
    )

    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "the disk is full or cannot be written" in done.stdout
    conn = sqlite3.connect(home / "library.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert bookmarks(home) == {ARTICLE_KEYS[0]}
