"""A folder too large to be one issue (a corpus of years, one file per article) is imported
folder by folder, with progress by folder, and an import stopped halfway resumes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import importing
from reader.library import Library

DAYS = {"1962年03月": ("1962-03-08", "1962-03-09"), "1962年04月": ("1962-04-01",)}
DAYS["1962年05月"] = ("1962-05-02", "1962-05-03")


def record(title: str, day: str, text: str) -> str:
    return f"### {title}\n\n{day}\n第1版()\n专栏：\n\n　　{title}\n    {text}\n"


def corpus(root: Path) -> Path:
    """Month folders of article files, two articles a day, no paper named."""
    for month, days in DAYS.items():
        (root / month).mkdir(parents=True)
        for day in days:
            for n, title in enumerate(("社论", "简讯")):
                text = f"{day}的{title}，第{n + 1}篇稿件的正文。"
                (root / month / f"{day}_{title}.md").write_text(record(title, day, text))
    return root


@pytest.fixture
def small_issues(monkeypatch):
    """An issue may hold 4 files: the folder of months here is then too large for one."""
    monkeypatch.setattr(importing, "MAX_ISSUE_FILES", 4)


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "home") as library:
        yield library


@pytest.mark.parametrize("ahead", [False, True], ids=["parsed-here", "parsed-ahead"])
def test_a_folder_too_large_for_one_issue_goes_folder_by_folder(
    tmp_path, lib, small_issues, monkeypatch, ahead
):
    if ahead:  # in a second process
        monkeypatch.setattr(importing, "_MANY", 2)
    root = corpus(tmp_path / "rmrb")
    seen: list[tuple[int, int, str]] = []
    results = importing.import_paths(lib, [root], lambda *p: seen.append(p))
    assert seen == [(n, 3, os.path.join(str(root), m)) for n, m in enumerate(DAYS, 1)]
    assert [r.status for r in results] == ["imported"] * 5
    assert [row.date for row in lib.issues()] == sorted(
        (d for days in DAYS.values() for d in days), reverse=True
    )
    assert all(len(lib.articles(row.id)) == 2 for row in lib.issues())


def test_a_folder_that_is_one_issue_is_imported_as_before(tmp_path, lib):
    root = corpus(tmp_path / "rmrb")
    seen: list[tuple[int, int, str]] = []
    results = importing.import_paths(lib, [root], lambda *p: seen.append(p))
    assert seen == [(1, 1, str(root))]
    assert [r.status for r in results] == ["imported"] * 5
    assert lib._conn.execute("SELECT count(*) FROM imported_folder").fetchone() == (0,)


def test_an_import_stopped_halfway_resumes_without_reading_what_it_stored(
    tmp_path, lib, small_issues, monkeypatch
):
    root = corpus(tmp_path / "rmrb")
    seen: list[int] = []
    importing.import_paths(lib, [root], lambda n, *_: seen.append(n), lambda: len(seen) >= 2)
    assert seen == [1, 2]
    assert lib.issue_count() == 3  # the first two months

    parsed: list[str] = []
    parse = importing.parse_one
    monkeypatch.setattr(importing, "parse_one", lambda p: parsed.append(Path(p).name) or parse(p))
    told: list[str] = []
    results = importing.import_paths(lib, [root], told=told.append)
    assert parsed == ["1962年05月"]
    assert told == [importing.resumed_message(2)]
    assert [r.status for r in results] == ["unchanged", "unchanged", "imported", "imported"]
    assert lib.issue_count() == 5


def test_a_folder_changed_or_an_issue_removed_since_is_read_again(
    tmp_path, lib, small_issues, monkeypatch
):
    root = corpus(tmp_path / "rmrb")
    importing.import_paths(lib, [root])
    march = root / "1962年03月" / "1962-03-08_社论.md"
    march.write_text(record("社论", "1962-03-08", "改过的正文，长了一些。"))
    removed = next(row for row in lib.issues() if row.date == "1962-04-01")
    lib.remove_issue(removed.id)

    parsed: list[str] = []
    parse = importing.parse_one
    monkeypatch.setattr(importing, "parse_one", lambda p: parsed.append(Path(p).name) or parse(p))
    results = importing.import_paths(lib, [root])
    assert parsed == ["1962年03月", "1962年04月"]
    assert [r.status for r in results] == ["replaced", "unchanged", "imported", "unchanged"]
    assert lib.issue_count() == 5


def test_progress_names_each_path_before_it_is_read(tmp_path, lib, monkeypatch):
    # If reading a file ends the process, the window blames the last path it was told of.
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    told: list[str] = []
    read_after: list[str] = []
    parse = importing.parse_one
    monkeypatch.setattr(importing, "parse_one", lambda p: read_after.append(told[-1]) or parse(p))
    importing.import_paths(lib, paths, lambda n, total, path: told.append(path))
    assert read_after == [str(p) for p in paths]
