"""Searching from the window: hits as you type, filters, marks in the article, F3."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from helpers import (
    EVENING_PAPER,
    article,
    damage_table,
    make_issue,
    press,
    type_chinese,
    window_starter,
)
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.library import Library, daily_backup
from reader.ui.article_view import find_marks
from reader.ui.search import snippet_html


@pytest.fixture
def start(qtbot, tmp_path: Path):
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _search(qtbot, window, text: str) -> None:
    window.focus_search()
    window.search_box.clear()
    type_chinese(window.search_box, text)
    qtbot.waitUntil(lambda: not window.search_panel.busy and window.search_panel.query == text)


def _marked(window) -> list[str]:
    text = window.article_view.toPlainText()
    return [text[a:b] for a, b in window.article_view.marks]


def test_hits_appear_while_typing_grouped_by_issue_and_page(qtbot, start):
    window = start()

    _search(qtbot, window, "书房")

    assert window.tabs.currentWidget() is window.search_panel
    groups = window.search_panel.group_titles()
    assert groups and all(g.startswith("江城日报 2026-03-12 · 第") for g in groups)
    assert len(set(groups)) == len(groups)
    first = window.search_panel.hits.topLevelItem(0)
    assert first.text(0) == groups[0] and not first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert len(window.search_panel.hit_items()) >= len(groups)
    assert "书房" in window.search_panel.summary.text()


def test_enter_opens_the_first_hit_with_every_occurrence_marked(qtbot, start):
    window = start()
    window.focus_search()
    type_chinese(window.search_box, "书房")

    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.article_view.marks))

    assert window.article_view.hasFocus()
    assert set(_marked(window)) == {"书房"}
    assert window.article_view.current_mark == 0
    assert window.article_view.textCursor().selectedText() == "书房"


def test_f3_steps_through_the_article_then_on_to_the_next_hit(qtbot, start):
    window = start()
    _search(qtbot, window, "记者")
    window.search_panel.open_first()
    first_story = window.navigator.current
    count = len(window.article_view.marks)
    assert count >= 1

    for n in range(1, count):
        press(qtbot, window, Qt.Key.Key_F3)
        assert window.article_view.current_mark == n
    press(qtbot, window, Qt.Key.Key_F3)

    assert window.navigator.current != first_story
    assert window.article_view.current_mark == 0
    press(qtbot, window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.navigator.current == first_story
    assert window.article_view.current_mark == count - 1


def test_paper_and_date_filters_narrow_the_hits(qtbot, start):
    window = start(EVENING_PAPER)
    _search(qtbot, window, "记者")
    papers = {_paper_of(window, item) for item in window.search_panel.hit_items()}
    assert papers == {"江城日报", "新城晚报"}

    panel = window.search_panel
    panel.paper.setCurrentIndex(panel.paper.findData("新城晚报"))
    qtbot.waitUntil(lambda: not panel.busy)
    assert {_paper_of(window, item) for item in panel.hit_items()} == {"新城晚报"}

    panel.paper.setCurrentIndex(0)
    panel.until.setDate(QDate(2026, 3, 31))
    qtbot.waitUntil(lambda: not panel.busy)
    assert {_paper_of(window, item) for item in panel.hit_items()} == {"江城日报"}


def _paper_of(window, item) -> str | None:
    issue = window.library.issue_of(item.data(0, Qt.ItemDataRole.UserRole + 1))
    return issue.paper if issue else None


def test_an_answer_to_an_older_query_is_never_shown(qtbot, start):
    window = start()
    panel = window.search_panel
    shown: list[str] = []
    panel.results_shown.connect(shown.append)

    panel.type("书房")
    panel.run_now()
    panel.type("记者")
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy)
    QApplication.processEvents()

    assert shown == ["记者"]


def test_clearing_the_box_clears_the_hits_and_the_marks(qtbot, start):
    window = start()
    _search(qtbot, window, "书房")
    window.search_panel.open_first()
    assert window.article_view.marks

    window.search_box.clear()
    qtbot.waitUntil(lambda: not window.search_panel.hit_items())

    assert window.article_view.marks == []


def test_traditional_and_full_width_queries_mark_simplified_text():
    text = "国务院发布GDP数据，经济平稳。"

    assert [text[a:b] for a, b in find_marks(text, "國務院")] == ["国务院"]
    assert [text[a:b] for a, b in find_marks(text, "ｇｄｐ 經濟")] == ["GDP", "经济"]
    assert find_marks(text, "   ") == []


def test_snippet_marks_become_highlights_and_markup_stays_text():
    html = snippet_html("a <b> \x02书房\x03 c")

    assert "&lt;b&gt;" in html
    assert ">书房</span>" in html and "\x02" not in html


def test_down_moves_from_the_box_into_the_hits_and_enter_opens_one(qtbot, start):
    window = start()
    _search(qtbot, window, "书房")

    press(qtbot, window, Qt.Key.Key_Down)
    assert window.search_panel.hits.hasFocus()
    press(qtbot, window, Qt.Key.Key_Down)
    second = window.search_panel.hits.currentItem()
    press(qtbot, window, Qt.Key.Key_Return)

    assert window.navigator.current == second.data(0, Qt.ItemDataRole.UserRole + 1)
    assert "书房" in _marked(window)


def test_the_window_keeps_answering_while_a_slow_search_runs(qtbot, start, monkeypatch):
    window = start()
    search = Library.search
    answered = threading.Event()

    def slow(self, *args, **kwargs):
        # Set only by the window's own event loop: a search that held the loop would wait
        # here in vain and find nothing.
        if not answered.wait(5):
            raise RuntimeError("the window did not answer while the search ran")
        return search(self, *args, **kwargs)

    monkeypatch.setattr(Library, "search", slow)
    QTimer.singleShot(50, answered.set)

    _search(qtbot, window, "书房")

    assert answered.is_set()
    assert window.search_panel.hit_items()


def test_typing_on_interrupts_a_search_under_way(qtbot, start, monkeypatch):
    window = start()
    panel = window.search_panel
    search, interrupted, started = Library.search, [], threading.Event()

    def slow(self, query, *args, **kwargs):
        if query == "书房":
            started.set()
            time.sleep(0.3)
        return search(self, query, *args, **kwargs)

    monkeypatch.setattr(Library, "search", slow)
    monkeypatch.setattr(Library, "interrupt", lambda self: interrupted.append(True))
    shown: list[str] = []
    panel.results_shown.connect(shown.append)

    panel.type("书房")
    panel.run_now()
    qtbot.waitUntil(started.is_set)
    panel.type("记者")
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy)
    QApplication.processEvents()

    assert interrupted and shown == ["记者"]


def test_a_search_that_breaks_is_told_logged_and_the_next_one_still_runs(
    qtbot, tmp_path, monkeypatch
):
    from reader import logs
    from reader.library import Library
    from reader.ui.search import SearchPanel
    from reader.ui.signals import LibrarySignals

    home = tmp_path / "home"
    logs.setup(home)
    library = Library.open(home)
    panel = SearchPanel(LibrarySignals(library), home)
    qtbot.addWidget(panel)
    real = Library.search

    def broken(self, query, *args):
        if query == "boom":
            raise ValueError("a bug")
        return real(self, query, *args)

    monkeypatch.setattr(Library, "search", broken)
    try:
        with qtbot.waitSignal(panel.results_shown, timeout=10_000):
            panel.type("boom")
        assert "log file" in panel.summary.text()
        with qtbot.waitSignal(panel.results_shown, timeout=10_000):
            panel.type("anything")
        assert "Nothing found" in panel.summary.text()
        assert "ValueError: a bug" in (home / logs.FILE_NAME).read_text(encoding="utf-8")
    finally:
        panel.worker.stop()
        library.close()
        logs.setup(None)


def test_escape_in_the_search_box_goes_back_to_the_story_and_j_reads_on(qtbot, start):
    window = start()
    _search(qtbot, window, "书房")
    story = window.navigator.current
    assert window.search_box.hasFocus()

    press(qtbot, window, Qt.Key.Key_Escape)

    assert window.article_view.hasFocus()
    assert window.search_box.text() == "书房"  # the hits stay, F3 still walks them
    press(qtbot, window, Qt.Key.Key_J)
    assert window.navigator.current != story
    assert window.search_box.text() == "书房"


def test_escape_in_the_hits_goes_back_to_the_story(qtbot, start):
    window = start()
    _search(qtbot, window, "书房")
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.search_panel.hits.hasFocus()

    press(qtbot, window, Qt.Key.Key_Escape)

    assert window.article_view.hasFocus()


def test_after_a_restore_searches_read_the_file_put_in_place(qtbot, start):
    window = start()
    _search(qtbot, window, "书房")  # the search thread has its connection to the file now
    assert window.search_panel.hit_items()
    daily_backup(window.library.path)
    story = article("灯塔夜话", "港口的灯塔今夜重新点亮。")
    window.library.import_issue(make_issue("新城日报", "2026-05-01", (story,)))
    _search(qtbot, window, "灯塔")
    assert window.search_panel.hit_items()

    damage_table(window.library.path, "bookmark")  # a table that searches never read
    window.library.restore_damaged()  # the backup, taken before that issue, in its place

    _search(qtbot, window, "书房")
    assert window.search_panel.hit_items()
    _search(qtbot, window, "灯塔")
    assert not window.search_panel.hit_items()
