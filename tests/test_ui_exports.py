"""The window's exports, from the menus as a reader picks them: the issue shown as EPUB or PDF,
its page as PDF, the bookmarks as RIS, CSL-JSON and a folder of notes."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import rispy
from helpers import EVENING_PAPER, Start, window_starter
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.library import Library
from reader.ui import settings
from reader.ui.exports import Exports
from reader.ui.window import MainWindow


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The file dialogs answer with the file (or folder) the test puts in this list."""
    answers: list[str] = []

    def save(parent, caption, folder, kinds):
        return answers.pop(0), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_: answers.pop(0))
    return answers


def trigger(window: MainWindow, action: str) -> None:
    window.qactions[action].trigger()


def test_export_rows_are_in_the_file_and_bookmarks_menus(start):
    window = start()
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.qactions["export_issue_epub"].text() == "Export Issue as EPUB…"
    assert window.qactions["export_bookmarks_ris"] in menus["Bookmarks"].actions()
    assert window.qactions["save_page_pdf"] in menus["File"].actions()


def test_the_issue_shown_as_epub(start, chosen, tmp_path):
    window = start(EVENING_PAPER)
    chosen.append(str(tmp_path / "evening"))

    trigger(window, "export_issue_epub")

    with zipfile.ZipFile(tmp_path / "evening.epub") as book:
        assert book.namelist()[0] == "mimetype"
        assert b"\xe6\x96\xb0\xe5\x9f\x8e\xe6\x99\x9a\xe6\x8a\xa5" in book.read("OEBPS/content.opf")
    assert "evening.epub" in window.statusBar().currentMessage()


def test_the_issue_and_its_page_as_pdf(start, chosen, tmp_path, fixtures):
    window = start(fixtures / "text" / "whole-issue.txt")
    chosen += [str(tmp_path / "issue.pdf"), str(tmp_path / "page.pdf")]

    trigger(window, "save_issue_pdf")
    trigger(window, "save_page_pdf")

    sheets = [len(pdfium.PdfDocument(tmp_path / name)) for name in ("issue.pdf", "page.pdf")]
    assert sheets[0] >= 3 and sheets[1] == 1  # a sheet or more per page (版), and one page


def test_without_a_story_nothing_is_asked_and_the_reader_is_told(qtbot, tmp_path, chosen):
    said: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    with Library.open(tmp_path / "home") as library:
        exports = Exports(library, lambda: None, settings.Settings(tmp_path), parent)
        exports.said.connect(said.append)

        exports.save_issue_epub()
        exports.export_bookmarks_ris()

    assert said == [
        "Open a story first: its issue is what is exported.",
        "There are no bookmarks to export.",
    ]


def test_bookmarks_as_ris_csl_json_and_notes(start, chosen, tmp_path):
    window = start(EVENING_PAPER)
    trigger(window, "toggle_bookmark")
    chosen += [str(tmp_path / "refs.ris"), str(tmp_path / "refs.json"), str(tmp_path / "notes")]

    trigger(window, "export_bookmarks_ris")
    trigger(window, "export_bookmarks_csl_json")
    trigger(window, "export_bookmark_notes")

    title = window.article_view.article.title  # type: ignore[union-attr]
    assert [r["title"] for r in rispy.load(tmp_path / "refs.ris")] == [title]
    items = json.loads((tmp_path / "refs.json").read_text(encoding="utf-8"))
    assert [i["type"] for i in items] == ["article-newspaper"]
    notes = list((tmp_path / "notes").iterdir())
    assert len(notes) == 1 and title in notes[0].read_text(encoding="utf-8")


def test_a_file_that_cannot_be_written_is_told_in_a_box(start, chosen, tmp_path):
    window = start(EVENING_PAPER)
    chosen.append(str(tmp_path / "no-such-folder" / "x.epub"))

    trigger(window, "export_issue_epub")

    assert window.message is not None and "x.epub" in window.message.text()


def test_save_story_as_pdf_prints_at_reading_size(start, chosen, tmp_path):
    from test_export_pdf import body_size, letters

    window = start(EVENING_PAPER)
    chosen.append(str(tmp_path / "story.pdf"))

    trigger(window, "export_pdf")

    page = letters(tmp_path / "story.pdf")[0]
    assert 10.5 <= body_size(page) <= 12
    title = window.article_view.article.title  # type: ignore[union-attr]
    footer = "".join(x.char for x in page if x.bottom < 100 and x.size < 9)
    # NFKC: the PDF's fonts may name a character by its radical's code (⾸ for 首)
    assert f"{title}[N]" in unicodedata.normalize("NFKC", footer)  # the citation
