"""Whatever a page says is shown as the characters it is, never as HTML, in every widget."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Start, article, make_issue, window_starter
from PySide6.QtGui import Qt, QTextDocument

from reader.library import Library
from reader.ui.bookmarks import KEY_ROLE
from reader.ui.literal import literal, window_title
from reader.ui.sidebar import Role

TITLE = "<h1>BIG</h1>"
OPENING = '<img src="/etc/x.png">Fake warning'


def as_qt_shows(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters Qt puts on screen for `text` where it guesses the format."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


@pytest.fixture
def window(start, tmp_path):
    """The window on a library holding a paper whose names and titles look like HTML."""
    home = tmp_path / "home"
    issue = make_issue(
        paper="<b>Times</b>", articles=(article(TITLE, OPENING), article("Second", "Text."))
    )
    with Library.open(home) as library:
        library.import_issue(issue)
        library.set_last_article(issue.articles[0].key)
    return start(home=home)


@pytest.mark.parametrize("text", [TITLE, OPENING, "plain words", "a < b and c > d", "&lt;b&gt;"])
def test_literal_text_is_shown_as_it_is(text):
    assert as_qt_shows(literal(text)) == text


def test_sidebar_tooltip_shows_the_title_as_written(window):
    index = window.sidebar.currentIndex()
    assert index.data(Role.ARTICLE_KEY) == window.navigator.current

    assert as_qt_shows(index.data(Qt.ItemDataRole.ToolTipRole)) == TITLE


def test_bookmark_tooltip_shows_the_opening_as_written(window):
    window.toggle_bookmark()
    index = window.bookmarks.model.index(0)
    assert index.data(KEY_ROLE) == window.navigator.current

    assert as_qt_shows(index.data(Qt.ItemDataRole.ToolTipRole)).startswith(OPENING)


def test_status_line_and_window_title_show_the_names_as_written(window):
    label = window.position_label

    assert "<b>Times</b>" in as_qt_shows(label.text(), label.textFormat())
    assert window.windowTitle().startswith(TITLE)
    assert window_title("a [*] b") == "a [*][*] b"  # Qt drops a lone [*] from a title


def test_a_file_name_in_the_problem_box_is_shown_as_written(window, tmp_path, qtbot):
    bad = tmp_path / "<h1>BIG.txt"
    bad.write_bytes(b"")

    window.import_paths([bad])
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)

    box = window.message
    assert box is not None and box.isVisible()
    assert "<h1>BIG.txt" in as_qt_shows(box.text(), box.textFormat())


def test_search_summary_repeats_the_query_as_written(window, qtbot):
    window.search_panel.type("<h1>nothing</h1>")
    qtbot.waitUntil(lambda: not window.search_panel.busy, timeout=10_000)

    summary = window.search_panel.summary
    assert "<h1>nothing</h1>" in as_qt_shows(summary.text(), summary.textFormat())
