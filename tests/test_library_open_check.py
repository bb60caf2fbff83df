"""Opening without the whole-file check: the check is skipped only after a proper close, and
damage is still never used silently (found on opening, or by the later check, and restored)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from helpers import damage_table, make_issue

from reader.library import Library, safety

TODAY = date.today().isoformat()
KEYS = [a.key for a in make_issue().articles]


def filled_library(home: Path) -> None:
    """One issue and a bookmark, today's backup taken after them, closed properly."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
        library.add_bookmark(KEYS[0], note="my note")
    (home / "backups" / f"library-{TODAY}.sqlite").unlink()
    Library.open(home).close()


def gone_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def marks(home: Path) -> list[Path]:
    return sorted(home.glob(f"library.sqlite{safety.IN_USE}*"))


def test_an_open_library_is_marked_in_use_until_it_is_closed(tmp_path):
    filled_library(tmp_path)
    library = Library.open(tmp_path, check=False)
    assert [m.name for m in marks(tmp_path)] == [f"library.sqlite{safety.IN_USE}{os.getpid()}"]
    library.close()
    assert marks(tmp_path) == []


def test_after_a_proper_close_damage_is_found_by_the_later_check_and_restored(tmp_path):
    filled_library(tmp_path)
    damage_table(tmp_path / "library.sqlite", "article")
    harmed = (tmp_path / "library.sqlite").read_bytes()

    library = Library.open(tmp_path, check=False)
    try:
        assert library.notices == []  # not checked yet: the window checks after its first paint
        assert not safety.is_healthy(library.path)
        (notice,) = library.restore_damaged()
        assert f"restored from the backup of {TODAY}" in notice
        assert library.issue_count() == 1
        assert [b.key for b in library.bookmarks()] == [KEYS[0]]
        assert library.articles(library.issues()[0].id)  # the damaged table is whole again
    finally:
        library.close()
    (aside,) = tmp_path.glob("library.sqlite.damaged-*[0-9]")
    assert aside.read_bytes() == harmed
    assert safety.is_healthy(tmp_path / "library.sqlite")


def test_after_a_process_that_did_not_close_it_the_whole_file_is_checked_on_opening(tmp_path):
    filled_library(tmp_path)
    damage_table(tmp_path / "library.sqlite", "article")
    left = tmp_path / f"library.sqlite{safety.IN_USE}{gone_pid()}"
    left.touch()

    with Library.open(tmp_path, check=False) as library:
        (notice,) = library.notices
        assert f"restored from the backup of {TODAY}" in notice
        assert library.articles(library.issues()[0].id)
        assert not left.exists()  # checked: the next start need not check again
    assert len(list(tmp_path.glob("library.sqlite.damaged-*[0-9]"))) == 1


def test_a_mark_of_a_process_still_running_is_not_taken_for_an_unclean_close(tmp_path):
    filled_library(tmp_path)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        mark = tmp_path / f"library.sqlite{safety.IN_USE}{other.pid}"
        mark.touch()
        assert safety.left_in_use(tmp_path / "library.sqlite") == []
        Library.open(tmp_path, check=False).close()
        assert mark.exists()  # its own program removes it when it closes the library
    finally:
        other.kill()
        other.wait()
    assert safety.left_in_use(tmp_path / "library.sqlite") == [mark]


def test_a_file_that_is_no_longer_a_library_is_restored_on_opening(tmp_path):
    filled_library(tmp_path)
    (tmp_path / "library.sqlite").write_text("my shopping list")

    with Library.open(tmp_path, check=False) as library:
        (notice,) = library.notices
        assert f"restored from the backup of {TODAY}" in notice
        assert library.issue_count() == 1


def test_the_check_is_skipped_only_when_asked(tmp_path, monkeypatch):
    filled_library(tmp_path)
    checked: list[Path] = []
    real = safety.is_healthy
    monkeypatch.setattr(safety, "is_healthy", lambda p: checked.append(p) or real(p))
    Library.open(tmp_path, check=False).close()
    assert checked == []
    Library.open(tmp_path).close()
    assert checked == [tmp_path / "library.sqlite"]


def test_a_connection_beside_the_owner_knows_a_restore_replaced_its_file(tmp_path):
    filled_library(tmp_path)
    library = Library.open(tmp_path, check=False)
    beside = Library.attach(tmp_path)
    try:
        assert not beside.replaced()
        damage_table(library.path, "article")
        library.restore_damaged()
        assert beside.replaced() and not library.replaced()
    finally:
        beside.close()
        library.close()
