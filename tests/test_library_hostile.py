"""Hostile input to the library commands: one plain line for each, the rest of a batch goes on.

Names and text that are not UTF-8, absurd numbers and dates, bookmark files built to break a
parser, and damage the quick check does not see (a version no library has, a dropped table,
a scrambled search index, one byte changed in a stored story).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers import make_issue, write_issues

from reader import cli
from reader.library import Library

BAD = os.fsdecode(b"bad-\xff\xfe")  # bytes that are not UTF-8, as Python hands them over
KEY = make_issue().articles[0].key


def run(home: Path, *args: str) -> int:
    return cli.main(["--library", str(home), *args])


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with Library.open(home) as library:
        library.import_issue(make_issue())
    return home


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# --- text that is not UTF-8 -------------------------------------------------------------------


def test_a_file_whose_name_is_not_utf8_is_imported_with_the_others(tmp_path):
    folder = tmp_path / "issues"
    a, bad, b = write_issues(folder, 1, 3)
    bad_name = os.fsencode(bad.parent) + b"/" + b"issue-\xff.txt"
    os.rename(bad, bad_name)
    home = tmp_path / "home"

    done = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(home), "import", a, bad_name, b],
        capture_output=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"imported: 3" in done.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(home), "issues", "--json"],
        capture_output=True,
        check=True,
    )
    sources = [row["source"] for row in json.loads(listed.stdout)]
    assert any(s.endswith("issue-\\xff.txt") for s in sources)  # its byte kept, escaped


@pytest.mark.parametrize(
    "args",
    [
        ("search", BAD),
        ("search", "无锡", "--paper", BAD),
        ("search", f"无锡 {BAD}"),
    ],
)
def test_a_query_or_paper_that_is_not_utf8_finds_nothing_in_words(home, capsys, args):
    assert run(home, *args) == 1
    assert capsys.readouterr().out == "No article matches.\n"


def test_a_key_that_is_not_utf8_is_not_an_article(home, capsys):
    assert run(home, "bookmarks", "add", BAD) == 2
    assert "There is no article bad-\\xff\\xfe in the library" in one_line(capsys.readouterr().err)
    assert run(home, "bookmarks", "remove", BAD) == 2
    assert "is not bookmarked" in one_line(capsys.readouterr().err)


def test_a_note_that_is_not_utf8_is_kept_with_its_bytes_escaped(home, capsys):
    assert run(home, "bookmarks", "add", KEY, "--note", f"see {BAD}") == 0
    assert run(home, "bookmarks", "list") == 0
    assert "see bad-\\xff\\xfe" in capsys.readouterr().out


def test_a_huge_limit_is_taken_as_all(home, capsys):
    assert run(home, "search", "无锡", "--limit", "99999999999999999999999") == 0
    assert "春耕备耕忙" in capsys.readouterr().out


@pytest.mark.parametrize("flag", ["--since", "--until"])
@pytest.mark.parametrize("day", ["2023-13-45", "2023-02-30", "2023-00", "99999-01-01"])
def test_a_date_that_does_not_exist_is_refused(home, capsys, flag, day):
    assert run(home, "search", "无锡", flag, day) == 2
    assert f"“{day}” is not a date" in one_line(capsys.readouterr().err)


# --- bookmark files -----------------------------------------------------------------------------


def test_a_bookmarks_file_nested_past_all_reason_is_not_a_bookmarks_file(home, tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert run(home, "bookmarks", "import", str(deep)) == 2
    assert "not a bookmarks file" in one_line(capsys.readouterr().err)


def test_a_bookmarks_file_with_a_lone_surrogate_is_imported(home, tmp_path, capsys):
    marks = tmp_path / "marks.json"
    marks.write_text(
        '{"bookmarks": [{"key": "' + KEY + '", "title": "春耕\\ud800", "note": "\\udcff"}]}',
        encoding="utf-8",
    )
    assert run(home, "bookmarks", "import", str(marks)) == 0
    assert run(home, "bookmarks", "list", "--json") == 0
    (mark,) = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert (mark["title"], mark["note"]) == ("春耕\\ud800", "\\xff")


# --- damage the quick check does not see --------------------------------------------------------


def change(home: Path, *statements: str) -> None:
    conn = sqlite3.connect(home / "library.sqlite")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "harm",
    ["PRAGMA user_version = -1", "DROP TABLE read_state", "DROP TABLE search_chars"],
    ids=["version-minus-one", "dropped-table", "dropped-index-table"],
)
def test_a_library_the_check_passes_but_no_version_wrote_is_restored(home, capsys, harm):
    (home / "backups" / f"library-{date.today().isoformat()}.sqlite").unlink()
    Library.open(home).close()  # today's backup, with the issue in it
    change(home, harm)

    assert run(home, "search", "无锡") == 0

    out, err = capsys.readouterr()
    assert "The library was damaged; it was restored from the backup of" in one_line(err)
    assert "春耕备耕忙" in out


def test_a_scrambled_search_index_is_made_again(home, capsys):
    with Library.open(home) as library:
        for day in range(1, 20):
            library.import_issue(make_issue(day=f"2026-01-{day:02d}"))
    change(home, "UPDATE search_data SET block = randomblob(length(block)) WHERE id > 10")

    assert run(home, "search", "无锡") == 0

    out, err = capsys.readouterr()
    assert "The search index was damaged; it was made again" in one_line(err)
    assert out.count("春耕备耕忙") == 20
    assert run(home, "import", *map(str, write_issues(home.parent / "more", 1, 1))) == 0


def test_a_story_with_a_changed_byte_is_told_damaged_and_the_rest_reads_on(home, capsys):
    change(
        home,
        "UPDATE article SET paragraphs = replace(paragraphs, '[\"', '[x') WHERE key = '"
        + KEY
        + "'",
    )

    assert run(home, "bookmarks", "add", KEY) == 2
    assert "is damaged in the library (paragraphs cannot be read)" in one_line(
        capsys.readouterr().err
    )
    assert run(home, "search", "统计局") == 0
    assert run(home, "search", "无锡") == 0  # the damaged story itself is still found
    with Library.open(home) as library:
        assert library.import_issue(make_issue(source="/papers/again.txt")).status == "replaced"
        assert library.article(KEY).paragraphs == make_issue().articles[0].paragraphs
        assert len(library.search("无锡")) == 1


def test_stored_text_with_a_byte_that_is_not_utf8_reads_with_a_mark_in_its_place(home, capsys):
    damaged = "CAST(CAST({0} AS BLOB) || x'ff' AS TEXT)"
    change(
        home,
        f"UPDATE issue SET paper = {damaged.format('paper')}",
        f"UPDATE article SET title = {damaged.format('title')} WHERE key = '{KEY}'",
    )

    assert run(home, "issues") == 0
    assert "江城日报\ufffd" in capsys.readouterr().out
    assert run(home, "search", "无锡") == 0
    assert "春耕备耕忙\ufffd" in capsys.readouterr().out
    with Library.open(home) as library:
        assert library.article(KEY).title == "春耕备耕忙\ufffd"
