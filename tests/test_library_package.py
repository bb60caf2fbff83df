"""The library as a package: its names, its layers, errors told by their code, attaching."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from helpers import make_issue

from reader.library import Library, LibraryError, connection, safety, schema


def test_the_names_callers_use_are_importable_from_the_package():
    from reader.library import (  # noqa: F401
        BATCH,
        ArticleRow,
        Bookmark,
        Hit,
        ImportResult,
        IssueRow,
        PageRow,
        daily_backup,
        default_home,
    )


def test_library_never_imports_the_parsers_and_export_never_imports_qt():
    code = (
        "import sys\n"
        "import reader.library, reader.export.citation\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('reader.parsing', 'PySide6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# --- errors by code ---------------------------------------------------------------------------


def error_with_code(name: str) -> sqlite3.OperationalError:
    err = sqlite3.OperationalError("something happened")
    err.sqlite_errorcode = getattr(sqlite3, name)  # type: ignore[attr-defined]
    err.sqlite_errorname = name  # type: ignore[attr-defined]
    return err


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("SQLITE_FULL", "the disk is full"),
        ("SQLITE_IOERR_WRITE", "the disk is full or cannot be written"),
        ("SQLITE_READONLY", "cannot be written to"),
        ("SQLITE_CORRUPT_VTAB", "damaged"),
        ("SQLITE_NOTADB", "damaged"),
        ("SQLITE_BUSY", "busy"),
        ("SQLITE_LOCKED", "busy"),
        ("SQLITE_CANTOPEN", "cannot be opened"),
        ("SQLITE_PERM", "cannot be written to"),
    ],
)
def test_errors_a_reader_can_act_on_are_told_in_words(name, words):
    told = connection.told(error_with_code(name), "The library could not be changed")
    assert isinstance(told, LibraryError)
    assert str(told).startswith("The library could not be changed: ")
    assert words in str(told)


def test_a_programming_error_surfaces_as_the_bug_it_is(tmp_path):
    library = Library.open(tmp_path)
    with pytest.raises(sqlite3.OperationalError) as raised, library.transaction() as conn:
        conn.execute("UPDATE issue SET no_such_column = 1")
    library.close()
    assert "no such column" in str(raised.value)
    assert not isinstance(raised.value, LibraryError)
    assert connection.told(raised.value, "x") is None


def test_a_read_only_database_is_told_in_words_not_by_the_message(tmp_path):
    with Library.open(tmp_path) as library:
        library._conn.execute("PRAGMA query_only = ON")
        with pytest.raises(LibraryError, match="could not be changed: the library file or its"):
            library.mark_read("abc")


# --- attaching --------------------------------------------------------------------------------


def test_attach_neither_checks_nor_backs_up_again(tmp_path, monkeypatch):
    with Library.open(tmp_path) as opened:
        opened.import_issue(make_issue())
        (tmp_path / "backups" / f"library-{date.today().isoformat()}.sqlite").unlink()
        monkeypatch.setattr(safety, "is_healthy", lambda path: pytest.fail("checked again"))
        monkeypatch.setattr(safety, "daily_backup", lambda path: pytest.fail("backed up again"))
        with Library.attach(tmp_path) as worker:
            assert worker.issue_count() == 1
            worker.add_bookmark(make_issue().articles[0].key)
        assert len(opened.bookmarks()) == 1


def test_attach_refuses_a_library_not_opened_yet_or_from_a_newer_version(tmp_path):
    with pytest.raises(LibraryError, match="no library"):
        Library.attach(tmp_path / "empty")
    Library.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.execute("UPDATE state SET value = '99' WHERE name = ?", (schema.COMPATIBLE,))
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer version of Paper Reader"):
        Library.attach(tmp_path)
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.close()
    with pytest.raises(LibraryError, match="not been updated"):
        Library.attach(tmp_path)


def test_two_libraries_open_in_one_process_each_check_the_file(tmp_path, monkeypatch):
    """No process-wide count of open libraries: a second open checks like the first."""
    Library.open(tmp_path).close()
    checked = []
    healthy = safety.is_healthy
    monkeypatch.setattr(safety, "is_healthy", lambda path: checked.append(path) or healthy(path))
    with Library.open(tmp_path), Library.open(tmp_path):
        pass
    assert len(checked) == 2
