"""File → Get Paper…: the dialog fetches off the GUI thread, shows progress, can be cancelled,
and the window imports the issue once it is whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fixtures.fetch.site import SiteServer, build, sample_pages
from helpers import window_starter
from PySide6.QtCore import QDate, Qt

from reader.fetch.client import Options
from reader.ui import actions
from reader.ui.get_paper import GetPaperDialog

DAY = date(2024, 12, 25)
FAST = Options(delay=0.0, timeout=5.0, retries=0)


@pytest.fixture
def site_server() -> Iterator[SiteServer]:
    with SiteServer() as server:
        yield server


def _dialog(qtbot, home: Path, server: SiteServer) -> GetPaperDialog:
    home.mkdir(parents=True, exist_ok=True)
    front = server.url("/rmrb/pc/layout/{yyyy}{mm}/{dd}/node_01.html")
    (home / "sources.tsv").write_text(f"slrb\t示例日报\t-\t{front}\n", encoding="utf-8")
    dialog = GetPaperDialog(home, options=FAST)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    return dialog


def test_the_dialog_gets_a_paper_from_the_table_and_hands_over_its_folder(
    qtbot, tmp_path, site_server
):
    site = build("rmrb-pc", DAY, sample_pages(2, 2))
    site_server.add(site)
    dialog = _dialog(qtbot, tmp_path / "home", site_server)
    assert dialog.paper.itemData(dialog.paper.findText("示例日报 (slrb)")) == "slrb"
    dialog.paper.setCurrentIndex(dialog.paper.findData("slrb"))
    with qtbot.waitSignal(dialog.fetched, timeout=10_000) as fetched:
        qtbot.mouseClick(dialog.get, Qt.MouseButton.LeftButton)
    assert fetched.args == [str(tmp_path / "home" / "papers" / "slrb" / "2024-12-25")]
    assert "2 pages, 4 articles" in dialog.status.text()
    assert dialog.get.isEnabled() and not dialog.cancel.isEnabled()


def test_cancel_stops_the_fetch_and_says_it_goes_on_later(qtbot, tmp_path, site_server):
    site = build("rmrb-pc", DAY, sample_pages(2, 2))
    site_server.add(site)
    arrived, release = threading.Event(), threading.Event()

    def hold(handler):
        arrived.set()
        release.wait(10)
        handler.answer(200, *site_server.files[site.pages[1]])

    site_server.routes[site.pages[1]] = hold
    dialog = _dialog(qtbot, tmp_path / "home", site_server)
    dialog.address.setText(site_server.url(site.front))
    qtbot.mouseClick(dialog.get, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(arrived.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: "Page 2 of 2" in dialog.status.text(), timeout=10_000)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: "Stopped" in dialog.status.text(), timeout=10_000)
    issue = tmp_path / "home" / "papers" / "127.0.0.1_rmrb" / "2024-12-25"
    assert not (issue / ".fetched.json").exists()  # not whole, so not in place


def test_a_failure_is_one_sentence_in_the_dialog(qtbot, tmp_path, site_server):
    dialog = _dialog(qtbot, tmp_path / "home", site_server)
    dialog.paper.setCurrentIndex(dialog.paper.findData("slrb"))
    qtbot.mouseClick(dialog.get, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not online" in dialog.status.text(), timeout=10_000)
    assert dialog.get.isEnabled()


def test_get_paper_is_in_the_file_menu():
    (action,) = [a for a in actions.ACTIONS if a.id == "get_paper"]
    assert action.menu == "File" and action.handler == "get_paper"
    assert actions.action_for_key("Ctrl+Shift+G") is action


def test_the_window_imports_the_fetched_issue_into_the_sidebar(qtbot, tmp_path, site_server):
    site = build("founder", DAY, sample_pages(1, 2))
    site_server.add(site)
    with window_starter(qtbot, tmp_path) as start:
        window = start()
        window.qactions["get_paper"].trigger()
        dialog = window.findChild(GetPaperDialog)
        assert dialog is not None and dialog.isVisible()
        dialog._options = FAST  # the default pause of a second per request is for real sites
        dialog.address.setText(site_server.url(site.front))
        with qtbot.waitSignal(window.importer.finished, timeout=10_000) as done:
            qtbot.mouseClick(dialog.get, Qt.MouseButton.LeftButton)
        (result,) = done.args[0].results
        assert result.status == "imported"
        titles = [a.title for a in window.library.articles(result.issue_id)]
        assert titles == site.titles
        dialog.close()
