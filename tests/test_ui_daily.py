"""Preferences → "Get these papers every day": the day's issue of each paper ticked, got once a
day when the window starts or is open past the chosen hour, and shown in the issue list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from fixtures.fetch.site import SiteServer, build, sample_pages
from helpers import Start, issue_indexes, window_starter
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from reader.fetch.client import Options
from reader.ui import daily, settings
from reader.ui.get_paper import GetPaperDialog
from reader.ui.preferences import PreferencesDialog
from reader.ui.window import MainWindow

DAY = date(2024, 12, 25)
FAST = Options(delay=0.0, timeout=5.0, retries=0)


@pytest.fixture
def site_server() -> Iterator[SiteServer]:
    with SiteServer() as server:
        site = build("rmrb-pc", DAY, sample_pages(1, 2))
        server.add(site)
        yield server


@pytest.fixture
def start(qtbot, tmp_path: Path, monkeypatch) -> Iterator[Start]:
    monkeypatch.setattr(daily, "FETCH_OPTIONS", FAST)  # real sites get a second per request
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _home(tmp_path: Path, server: SiteServer, papers: str, hour: int) -> Path:
    """A library folder that knows the test paper, with the daily papers set."""
    home = tmp_path / "home"
    home.mkdir(parents=True, exist_ok=True)
    front = server.url("/rmrb/pc/layout/{yyyy}{mm}/{dd}/node_01.html")
    (home / "sources.tsv").write_text(f"slrb\t示例日报\t-\t{front}\n", encoding="utf-8")
    config = settings.Settings(home)
    config.set(settings.DAILY_PAPERS, papers)
    config.set(settings.DAILY_HOUR, hour)
    config.set(settings.LANGUAGE, "en")
    config.sync()
    return home


def _clock(monkeypatch, hour: int) -> None:
    monkeypatch.setattr(daily, "clock", lambda: datetime(DAY.year, DAY.month, DAY.day, hour, 5))


def _issue_titles(window: MainWindow) -> list[str]:
    """The issues in the list, as the reader sees them."""
    return [index.data() for index in issue_indexes(window.tree_model)]


def test_the_papers_of_the_day_are_got_when_the_window_starts(
    qtbot, start, tmp_path, site_server, monkeypatch
):
    _clock(monkeypatch, 8)
    home = _home(tmp_path, site_server, "slrb", 7)

    window = start(home=home)
    qtbot.waitUntil(lambda: "示例日报 2024-12-25" in _issue_titles(window), timeout=20_000)

    assert settings.Settings(home).get(settings.DAILY_LAST) == "2024-12-25"
    asked = len(site_server.log)
    qtbot.waitUntil(lambda: not window.daily.busy and window.pending_imports == 0)

    window.daily.check()  # the minute's look at the clock: today's round is done
    window.close()
    again = start(home=home)
    again.daily.check()

    assert len(site_server.log) == asked  # never twice the same day


def test_an_open_window_gets_them_once_the_hour_has_come(
    qtbot, start, tmp_path, site_server, monkeypatch
):
    _clock(monkeypatch, 6)
    home = _home(tmp_path, site_server, "slrb", 7)
    window = start(home=home)
    window.daily.check()
    assert not window.daily.busy and not site_server.log

    _clock(monkeypatch, 7)
    window.daily.check()

    qtbot.waitUntil(lambda: "示例日报 2024-12-25" in _issue_titles(window), timeout=20_000)


def test_the_papers_and_the_hour_are_chosen_in_the_preferences(
    qtbot, start, tmp_path, site_server, monkeypatch
):
    _clock(monkeypatch, 9)
    home = _home(tmp_path, site_server, "", 7)
    window = start(home=home)
    window.qactions["preferences"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    listing = dialog.daily_papers
    row = next(r for r in range(listing.count()) if listing.item(r).text() == "示例日报 (slrb)")
    assert listing.count() > 1  # the papers the app knows, and the library's own

    dialog.daily_hour.setFocus()
    qtbot.keyClick(dialog.daily_hour, Qt.Key.Key_Up)  # 7:00 -> 8:00
    listing.setFocus()
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_Space)  # ticks the paper

    config = settings.Settings(home)
    assert daily.chosen_papers(config) == ["slrb"]
    assert config.get(settings.DAILY_HOUR) == 8
    qtbot.waitUntil(lambda: "示例日报 2024-12-25" in _issue_titles(window), timeout=20_000)
    dialog.close()


def test_get_paper_speaks_chinese_in_the_chinese_interface(qtbot, start, tmp_path, site_server):
    home = _home(tmp_path, site_server, "", 7)
    config = settings.Settings(home)
    config.set(settings.LANGUAGE, "zh_CN")
    config.sync()
    window = start(home=home)
    window.qactions["get_paper"].trigger()
    dialog = window.findChild(GetPaperDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "获取报纸" and dialog.get.text() == "获取"
    dialog.paper.setCurrentIndex(dialog.paper.findData("slrb"))
    dialog.day.setDate(QDate(2024, 12, 24))  # a day the site does not have

    qtbot.mouseClick(dialog.get, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "不在网上" in dialog.status.text(), timeout=10_000)
    assert "not online" not in dialog.status.text()
    dialog.close()
