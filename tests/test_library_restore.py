"""A restore cannot lose the library: it resumes after a kill, keeps the last good backup, tells
the reader of every damaged file kept, and finds bookmarks even where the schema is gone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from helpers import make_issue

from reader import cli
from reader.library import Library, LibraryError, safety
from reader.library.salvage import salvage

TODAY = date.today().isoformat()
KEYS = [a.key for a in make_issue().articles]


def filled(home: Path, bookmarked: int = 1, after_backup: int = 1) -> None:
    """A library with one issue, `bookmarked` bookmarks in today's backup, then
    `after_backup` more that only the library holds."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
        for key in KEYS[:bookmarked]:
            library.add_bookmark(key, note="in the backup")
    (home / "backups" / f"library-{TODAY}.sqlite").unlink()
    with Library.open(home) as library:
        for key in KEYS[bookmarked : bookmarked + after_backup]:
            library.add_bookmark(key, note="newer than the backup")


def bookmarks(home: Path) -> dict[str, str]:
    with Library.open(home) as library:
        return {b.key: b.note for b in library.bookmarks()}


def garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)
    path.write_bytes(bytes(data))


# --- a library that vanished, or a restore cut short -------------------------------------------


def test_a_library_moved_aside_is_restored_at_the_next_command_and_said(tmp_path, capsys):
    filled(tmp_path)
    os.replace(tmp_path / "library.sqlite", tmp_path / "library.sqlite.damaged-20260101-120000")

    assert cli.main(["--library", str(tmp_path), "bookmarks", "list"]) == 0

    out, err = capsys.readouterr()
    assert f"The library file was missing; it was restored from the backup of {TODAY}." in err
    assert "A damaged copy of the library is kept as library.sqlite.damaged-20260101-120000" in err
    assert "2 bookmark(s) were recovered from the damaged file" in err
    assert "newer than the backup" in out
    assert bookmarks(tmp_path) == {KEYS[0]: "in the backup", KEYS[1]: "newer than the backup"}
    with Library.open(tmp_path) as library:
        assert library.issue_count() == 1 and library.notices == []  # told once


class Killed(BaseException):
    """What a kill does to the program: nothing after it runs."""


FILE_STEPS = ("replace", "link", "unlink", "copyfile")


def killed_at(monkeypatch, step: int) -> list[int]:
    """The step-th change to a file (moving, linking, removing, copying) never happens."""
    done = [0]
    for name in FILE_STEPS:
        module = shutil if name == "copyfile" else os
        real = getattr(module, name)

        def fake(*args, real=real, **kwargs):
            if done[0] == step:
                raise Killed
            done[0] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, fake)
    return done


def test_a_restore_killed_at_any_step_is_finished_at_the_next_start(tmp_path):
    """Stops the restore before each of its file changes in turn; each time the next start
    must finish it: the backup's issue, every bookmark, the damaged file kept as it was."""
    step = resumed = 0
    while True:
        home = tmp_path / str(step)
        filled(home)
        garble(home / "library.sqlite")
        harmed = (home / "library.sqlite").read_bytes()
        with pytest.MonkeyPatch.context() as patch:
            killed_at(patch, step)
            try:
                library = Library.open(home)
                step = -1  # the restore ran to its end: every step was tried
            except Killed:
                library = None
        with library or Library.open(home) as library:
            assert library.issue_count() == 1
            assert {b.key for b in library.bookmarks()} == set(KEYS[:2])
            (notice,) = library.notices
        (kept,) = safety.kept_files(home / "library.sqlite")
        assert kept.read_bytes() == harmed
        assert not (home / "library.sqlite.restore").exists()
        assert f"it was restored from the backup of {TODAY}" in notice
        assert "2 bookmark(s) were recovered from the damaged file" in notice
        if step < 0:
            break
        # Killed before its marker was written, a restore simply starts again.
        resumed += notice.startswith("A restore of the library was interrupted; it was finished")
        step += 1
    assert resumed >= 3


def test_the_reader_is_told_once_of_a_damaged_file_kept_beside_the_library(tmp_path):
    filled(tmp_path, bookmarked=2, after_backup=0)
    earlier = tmp_path / "earlier.sqlite"
    shutil.copyfile(tmp_path / "library.sqlite", earlier)
    with Library.open(tmp_path) as library:
        library.remove_bookmark(KEYS[1])
        library.set_bookmark_note(KEYS[0], "changed since")
    garble(earlier)
    kept = tmp_path / "library.sqlite.damaged-20250101-000000"
    os.replace(earlier, kept)

    with Library.open(tmp_path) as library:
        (notice,) = library.notices
    assert notice.startswith(f"A damaged copy of the library is kept as {kept.name}. ")
    assert "2 bookmark(s) were recovered from the damaged file." in notice
    # Nothing is lost: what the file held comes back, the reader's own changes stay.
    assert bookmarks(tmp_path) == {KEYS[0]: "changed since", KEYS[1]: "in the backup"}
    with Library.open(tmp_path) as library:
        assert library.notices == []


def test_a_notice_of_damage_is_told_until_a_program_that_showed_it_closes(tmp_path):
    filled(tmp_path)
    garble(tmp_path / "library.sqlite")
    first = Library.open(tmp_path)
    (notice,) = first.notices
    assert "restored from the backup" in notice
    first._conn.close()  # killed before it could show the notice: it never closed

    with Library.open(tmp_path) as again:
        assert again.notices == [notice]
    with Library.open(tmp_path) as later:
        assert later.notices == []


def test_the_newest_backup_before_a_damage_is_never_rotated_out(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 20):
        (backups / f"library-2020-01-{day:02d}.sqlite").write_bytes(b"")
    (tmp_path / "library.sqlite.damaged-20200105-093000").write_bytes(b"kept")
    Library.open(tmp_path).close()
    kept = sorted(p.name for p in backups.glob("library-*.sqlite"))
    assert "library-2020-01-05.sqlite" in kept
    assert "library-2020-01-04.sqlite" not in kept
    assert len(kept) == safety.BACKUPS_KEPT + 1


# --- bookmarks read back without the schema ----------------------------------------------------


def big_library(home: Path, marks: int = 40) -> set[str]:
    """Bookmarks stored early in the file, then many issues after them; no backup."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
        keys = []
        for n in range(marks):
            day = f"2025-{1 + n // 28:02d}-{1 + n % 28:02d}"
            issue = make_issue(day=day, source=f"/p/{n}.txt")
            library.import_issue(issue)
            key = issue.articles[n % 3].key
            library.add_bookmark(key, note=f"note {n} " * (300 if n == 7 else 1))
            keys.append(key)
        for n in range(120):
            library.import_issue(make_issue(paper=f"报{n}", day="2026-01-01", source=f"/q/{n}"))
    shutil.rmtree(home / "backups")
    return set(keys)


def zero_first_page(path: Path) -> None:
    with path.open("r+b") as f:
        f.write(bytes(4096))


def cut_in_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


@pytest.mark.parametrize("harm", [zero_first_page, cut_in_half])
def test_bookmarks_are_recovered_when_the_header_or_schema_is_gone(tmp_path, harm):
    keys = big_library(tmp_path)
    harm(tmp_path / "library.sqlite")

    with Library.open(tmp_path) as library:
        (notice,) = library.notices
        found = {b.key: b.note for b in library.bookmarks()}
    assert "no backup could be used" in notice
    assert f"{len(keys)} bookmark(s) were recovered from the damaged file" in notice
    assert set(found) == keys
    assert any(note.count("note 7") == 300 for note in found.values())  # a long one, whole


def test_bookmarks_that_cannot_be_read_are_counted_and_the_file_named(tmp_path):
    filled(tmp_path, bookmarked=1, after_backup=2)
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bookmark'").fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)

    with Library.open(tmp_path) as library:
        (notice,) = library.notices
        assert set(bookmarks_of(library)) == {KEYS[0]}
    (kept,) = safety.kept_files(path)
    assert (
        "2 bookmark(s) could not be read from it and are not in the library; the damaged file"
        " still holds them." in notice
    )
    assert kept.name in notice


def bookmarks_of(library: Library) -> list[str]:
    return [b.key for b in library.bookmarks()]


def test_bookmarks_only_in_the_wal_of_a_killed_program_are_recovered(tmp_path):
    filled(tmp_path, bookmarked=1, after_backup=0)
    conn = sqlite3.connect(tmp_path / "library.sqlite", isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO bookmark (key, note, created, paper, date, page, title, byline, opening)"
        " VALUES (?, 'only in the WAL', '2026-03-12T10:00:00+00:00', NULL, NULL, NULL, 't',"
        " NULL, 'o')",
        (KEYS[2],),
    )
    shutil.copyfile(tmp_path / "library.sqlite", tmp_path / "copy.sqlite")
    shutil.copyfile(tmp_path / "library.sqlite-wal", tmp_path / "copy.sqlite-wal")
    conn.close()
    zero_first_page(tmp_path / "copy.sqlite")

    found = salvage(tmp_path / "copy.sqlite")

    assert {row[0]: row[1] for row in found.rows}[KEYS[2]] == "only in the WAL"


# --- exporting: never over the library, whatever the backup does -------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "library.sqlite",
        "library.sqlite-wal",
        "library.sqlite-shm",
        f"backups/library-{TODAY}.sqlite",
        "backups/../library.sqlite",
        "library.sqlite.damaged-20250101-000000",
    ],
)
def test_export_onto_the_library_or_what_keeps_it_safe_is_refused(tmp_path, capsys, target):
    filled(tmp_path)
    with Library.open(tmp_path):  # the WAL and shared memory exist while it is open
        path = tmp_path / target
        before = path.read_bytes() if path.exists() else None
        code = cli.main(
            ["--library", str(tmp_path), "bookmarks", "export", "--format", "json", "-o", str(path)]
        )
        assert code == 2
        assert (path.read_bytes() if path.exists() else None) == before
    assert "not written over the library" in capsys.readouterr().err
    assert len(bookmarks(tmp_path)) == 2


def test_a_backup_that_cannot_be_made_is_a_warning_and_export_goes_on(tmp_path, capsys):
    filled(tmp_path)
    shutil.rmtree(tmp_path / "backups")
    (tmp_path / "backups").write_text("not a folder")  # backups cannot be written here
    out = tmp_path / "elsewhere" / "marks.json"
    out.parent.mkdir()

    code = cli.main(
        ["--library", str(tmp_path), "bookmarks", "export", "--format", "json", "-o", str(out)]
    )

    assert code == 0
    assert "Today's backup of the library could not be made" in capsys.readouterr().err
    assert '"newer than the backup"' in out.read_text(encoding="utf-8")


def test_opening_warns_of_a_failed_backup_instead_of_refusing(tmp_path, monkeypatch):
    filled(tmp_path)
    (tmp_path / "backups" / f"library-{TODAY}.sqlite").unlink()

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(safety, "backup_to", full)
    with Library.open(tmp_path) as library:
        assert library.bookmarks()
        (notice,) = library.notices
    assert notice == "Today's backup of the library could not be made: database or disk is full."
    with pytest.raises(LibraryError, match="could not be made"):
        safety.daily_backup(tmp_path / "library.sqlite")
