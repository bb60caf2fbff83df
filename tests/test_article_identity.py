"""One issue per paper and date across formats, the richer source kept; every key one article.

The window test imports one day of one paper as a text dump and as saved e-paper pages. Other
files of one day can be put in its place:
    PAPER_READER_IDENTITY_TEXT=dump.txt PAPER_READER_IDENTITY_HTML=folder-or-page \\
        python3 -m pytest tests/test_article_identity.py
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import article, make_issue, press, window_starter
from PySide6.QtCore import Qt

from reader import cli, importing, model
from reader.library import Library
from reader.library.identity import key_suffix

IDENTITY = Path(__file__).parent / "fixtures" / "identity"
TEXT = Path(os.environ.get("PAPER_READER_IDENTITY_TEXT") or IDENTITY / "南江日报-2026-04-08.txt")
HTML = Path(os.environ.get("PAPER_READER_IDENTITY_HTML") or IDENTITY / "epaper")
CLIPPING = IDENTITY / "剪报.txt"


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path)
    yield library
    library.close()


def as_html(issue: model.Issue, extra: str = "") -> model.Issue:
    """The same day saved as e-paper pages, a sentence longer if `extra`."""
    first = issue.articles[0]
    fuller = replace(first, paragraphs=(*first.paragraphs, extra)) if extra else first
    return replace(
        issue, format="folder", source="/papers/epaper", articles=(fuller, *issue.articles[1:])
    )


# --- the rule, in the library -----------------------------------------------------------------


def test_a_fuller_html_copy_replaces_the_text_dump_and_bookmarks_hold(lib):
    text = make_issue()
    first = lib.import_issue(text)
    lib.add_bookmark(text.articles[1].key, "from the dump")

    result = lib.import_issue(as_html(text, "现场农技人员还讲解了病虫害防治。"))

    assert (result.status, result.issue_id) == ("replaced", first.issue_id)
    (row,) = lib.issues()
    assert (row.format, row.source) == ("folder", "/papers/epaper")
    (bookmark,) = lib.bookmarks()
    assert not bookmark.issue_removed and bookmark.note == "from the dump"
    assert lib.issue_of(bookmark.key).id == row.id


def test_an_html_copy_as_rich_as_the_dump_wins_the_tie(lib):
    lib.import_issue(make_issue())
    assert lib.import_issue(as_html(make_issue())).status == "replaced"
    assert [row.format for row in lib.issues()] == ["folder"]


def test_a_text_dump_after_a_fuller_html_copy_is_kept_out_and_said_so(lib):
    html = as_html(make_issue(), "现场农技人员还讲解了病虫害防治。")
    stored = lib.import_issue(html)

    result = lib.import_issue(make_issue())

    assert (result.status, result.issue_id) == ("kept", stored.issue_id)
    assert result.message == (
        "江城日报 2026-03-12: already in the library from a fuller source (epaper);"
        " this copy was not stored."
    )
    assert [row.format for row in lib.issues()] == ["folder"]
    assert len(lib.search("无锡")) == 1


def test_a_text_dump_with_more_text_replaces_a_thinner_html_copy(lib):
    lib.import_issue(as_html(make_issue()))
    longer = make_issue(source="/papers/full.txt")
    longer = replace(longer, articles=(*longer.articles, article("新增稿件", "一篇新的稿件。")))
    assert lib.import_issue(longer).status == "replaced"
    (row,) = lib.issues()
    assert (row.format, row.article_count) == ("text", 4)


def test_the_same_file_again_replaces_even_with_less_text(lib):
    issue = make_issue()
    lib.import_issue(issue)
    shorter = replace(issue, articles=issue.articles[:1])
    assert lib.import_issue(shorter).status == "replaced"
    assert lib.issues()[0].article_count == 1


def test_another_day_is_another_issue_whatever_its_format(lib):
    lib.import_issue(make_issue())
    assert lib.import_issue(as_html(make_issue(day="2026-03-13"))).status == "imported"
    assert lib.issue_count() == 2


# --- keys that two issues share -----------------------------------------------------------------


def undated(source: str) -> model.Issue:
    return replace(make_issue(source=source), paper=None, date=None)


def test_undated_files_with_one_story_give_it_two_keys_each_naming_one_article(lib):
    first = lib.import_issue(undated("/clips/a.txt"))
    second = lib.import_issue(undated("/clips/b.txt"))

    key = make_issue().articles[0].key
    other = key + key_suffix(None, None, "/clips/b.txt")
    assert second.first_new_key == other
    assert lib.issue_of(key).id == first.issue_id
    assert lib.issue_of(other).id == second.issue_id
    assert lib.articles(second.issue_id)[0].key == other
    assert lib.article(other).title == lib.article(key).title


def test_a_suffixed_key_is_the_same_each_time_so_its_marks_survive_a_new_version(lib):
    lib.import_issue(undated("/clips/a.txt"))
    second = lib.import_issue(undated("/clips/b.txt"))
    other = make_issue().articles[0].key + key_suffix(None, None, "/clips/b.txt")
    lib.add_bookmark(other, "the second clipping")
    lib.mark_read(other)

    again = undated("/clips/b.txt")
    again = replace(again, articles=(*again.articles, article("补充", "又一篇。")))
    assert lib.import_issue(again).status == "replaced"

    (bookmark,) = lib.bookmarks()
    assert bookmark.key == other and not bookmark.issue_removed
    assert lib.issue_of(other).id == second.issue_id
    assert lib.articles(second.issue_id)[0].read


def test_next_unread_walks_each_copy_of_a_shared_story_once(lib):
    lib.import_issue(undated("/clips/a.txt"))
    lib.import_issue(undated("/clips/b.txt"))
    seen = []
    key = lib.next_unread(None)
    while key is not None:
        seen.append(key)
        lib.mark_read(key)
        key = lib.next_unread(key)
    assert len(seen) == len(set(seen)) == 6


def test_a_file_by_relative_and_by_absolute_path_is_one_issue(lib, tmp_path, monkeypatch):
    clipping = tmp_path / "clips" / CLIPPING.name
    clipping.parent.mkdir()
    clipping.write_bytes(CLIPPING.read_bytes())
    monkeypatch.chdir(tmp_path)

    (first,) = importing.import_paths(lib, [Path("clips") / CLIPPING.name])
    (again,) = importing.import_paths(lib, [clipping])

    assert (first.status, again.status) == ("imported", "unchanged")
    assert lib.issues()[0].source == str(clipping.resolve())


# --- the same day in two formats, read in the window ------------------------------------------


def walk_with_j(qtbot, window, first: str, count: int) -> list[tuple[int, str]]:
    """(issue id, title) of each story J shows, starting from `first`."""
    window.navigator.show(first)
    seen = []
    for n in range(count):
        if n:
            press(qtbot, window, Qt.Key.Key_J)
        key = window.navigator.current
        seen.append((window.library.issue_of(key).id, window.library.article(key).title))
    return seen


def bookmark_with_b(qtbot, window, key: str) -> None:
    window.navigator.show(key)
    press(qtbot, window, Qt.Key.Key_B)
    assert window.library.is_bookmarked(key)


@pytest.mark.parametrize("order", [(TEXT, HTML), (HTML, TEXT)], ids=["text-first", "html-first"])
def test_one_day_in_two_formats_is_one_issue_walked_bookmarked_and_exported(
    qtbot, tmp_path, capsys, order
):
    home = tmp_path / "home"
    with window_starter(qtbot, tmp_path) as start:
        window = start(order[0], home=home)
        library = window.library
        day = library.issue_of(window.navigator.current)
        bookmark_with_b(qtbot, window, library.articles(day.id)[0].key)

        window.import_paths([order[1]])
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        same_day = [r for r in library.issues() if (r.paper, r.date) == (day.paper, day.date)]
        assert len(same_day) == 1
        stories = library.articles(same_day[0].id)
        bookmark_with_b(qtbot, window, stories[-1].key)

        walked = walk_with_j(qtbot, window, stories[0].key, len(stories))
        assert walked == [(same_day[0].id, story.title) for story in stories]

    out = tmp_path / "bookmarks.json"
    assert (
        cli.main(
            ["--library", str(home), "bookmarks", "export", "--format", "json", "-o", str(out)]
        )
        == 0
    )
    exported = json.loads(out.read_text(encoding="utf-8"))["bookmarks"]
    assert {b["key"] for b in exported} == {stories[0].key, stories[-1].key}
    with Library.open(home) as library:
        for mark in library.bookmarks():
            assert not mark.issue_removed
            assert library.issue_of(mark.key).id == same_day[0].id
