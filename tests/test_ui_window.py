"""The reader window driven as a person would: keys, the command line, bookmarks, coming back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import BROKEN, EVENING_PAPER, Start, close_window, press, type_chinese, window_starter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.library import Library
from reader.ui.window import MainWindow


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _title(window: MainWindow) -> str:
    article = window.article_view.article
    assert article is not None
    return article.title


def test_first_start_shows_the_sample_and_j_moves_to_the_next_story(qtbot, start):
    window = start()
    titles = [r.title for r in window.library.articles(window.library.issues()[0].id)]
    assert "江城日报" in window.position_label.text()
    assert _title(window) == titles[0]

    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_J)

    assert _title(window) == titles[1]
    assert window.position_label.text().startswith("第1版")
    assert "2/" in window.position_label.text()


def test_bookmark_and_story_survive_a_restart(qtbot, start, tmp_path):
    window = start()
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_J)
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    story = _title(window)
    assert window.windowTitle().startswith("★")
    assert "Bookmarked" in window.statusBar().currentMessage()
    close_window(window)

    again = start()

    assert _title(again) == story
    assert [b.title for b in again.library.bookmarks()] == [story]
    assert again.bookmarks.model.rowCount() == 1
    assert again.sidebar.currentIndex().data().startswith("★")


def test_second_start_does_not_import_the_sample_again(qtbot, start):
    window = start()
    window.library.remove_issue(window.library.issues()[0].id)
    count = window.library.issue_count()
    close_window(window)

    again = start()

    assert again.library.issue_count() == count


def test_a_file_given_on_the_command_line_is_imported_and_shown(qtbot, start):
    window = start(EVENING_PAPER)

    assert "新城晚报 2026-04-02" in window.position_label.text()
    assert window.article_view.article is not None
    assert "湿地公园" in window.article_view.toPlainText()


def test_a_file_that_cannot_be_read_is_named_and_the_others_still_import(qtbot, start):
    window = start(BROKEN, EVENING_PAPER)

    assert window.message is not None and window.message.isVisible()
    assert "broken-page.txt" in window.message.text()
    assert "新城晚报" in window.position_label.text()


# Every key of a command that types a character (J, K, N, L, H, [, ], B, P, /, ?, Space).
LETTER_KEYS = "jkn lh][bp/?"


def test_letter_keys_type_into_the_search_box_instead_of_moving(qtbot, start):
    window = start()
    story = _title(window)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()

    qtbot.keyClicks(window.search_box, LETTER_KEYS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)

    assert window.search_box.text() == LETTER_KEYS + " "
    assert _title(window) == story
    assert window.library.bookmarks() == []
    assert window.search_box.hasFocus()  # no help shown, no page view


def test_letter_keys_type_into_the_bookmark_note(qtbot, start):
    window = start()
    window.toggle_bookmark()
    story = _title(window)
    window.show_bookmarks()
    window.bookmarks.note.setFocus()

    qtbot.keyClicks(window.bookmarks.note, LETTER_KEYS.upper())
    type_chinese(window.bookmarks.note, "值得一读")
    qtbot.keyClick(window.bookmarks.note, Qt.Key.Key_Return)

    assert _title(window) == story
    assert window.library.bookmarks()[0].note == LETTER_KEYS.upper() + "值得一读"
    assert "值得一读" in window.bookmarks.model.index(0).data()


def test_navigation_commands_emit_one_signal_with_the_new_story(qtbot, start):
    window = start()
    library = window.library
    chinese, english = library.issues()
    first_page_two = library.articles(chinese.id, library.pages(chinese.id)[1].code)[0]

    with qtbot.waitSignal(window.navigator.current_article_changed) as moved:
        window.go("next_page")
    assert moved.args == [first_page_two.key]

    window.go("next_issue")
    assert window.navigator.current == library.articles(english.id)[0].key
    window.go("back")
    assert window.navigator.current == first_page_two.key
    window.go("forward")
    assert window.navigator.current == library.articles(english.id)[0].key


def test_j_runs_on_across_pages_into_the_next_issue(qtbot, start):
    window = start()
    library = window.library
    chinese, english = library.issues()
    window.navigator.show(library.articles(chinese.id)[-1].key)
    window.article_view.setFocus()

    press(qtbot, window, Qt.Key.Key_J)

    assert window.navigator.current == library.articles(english.id)[0].key


def test_space_pages_down_then_goes_to_the_next_story(qtbot, start):
    window = start()
    window.resize(700, 300)
    window.article_view.setFocus()
    first = _title(window)
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)

    presses = 0
    while _title(window) == first and presses < 50:
        press(qtbot, window, Qt.Key.Key_Space)
        presses += 1

    assert presses > 1
    assert _title(window) != first
    assert bar.value() == 0


def test_shown_stories_are_marked_read_and_no_longer_bold(qtbot, start):
    window = start()
    library = window.library
    key = library.articles(library.issues()[0].id)[1].key

    window.go("next_story")

    assert library.articles(library.issues()[0].id)[1].read
    index = window.sidebar.currentIndex()
    assert (
        index.data(Qt.ItemDataRole.DisplayRole) == library.articles(library.issues()[0].id)[1].title
    )
    assert window.navigator.current == key
    assert not (
        index.data(Qt.ItemDataRole.FontRole) and index.data(Qt.ItemDataRole.FontRole).bold()
    )


def test_deleting_a_bookmark_can_be_undone(qtbot, start):
    window = start()
    window.toggle_bookmark()
    window.show_bookmarks()
    qtbot.keyClicks(window.bookmarks.note, "reread")
    qtbot.keyClick(window.bookmarks.note, Qt.Key.Key_Return)
    before = window.library.bookmarks()
    assert before[0].note == "reread"
    window.bookmarks.view.setFocus()

    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.library.bookmarks() == []
    assert window.bookmarks.model.rowCount() == 0

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.bookmarks() == before  # same note and date
    assert window.sidebar.currentIndex().data().startswith("★")


def test_enter_on_a_bookmark_opens_its_story(qtbot, start):
    window = start()
    window.toggle_bookmark()
    wanted = _title(window)
    window.go("next_issue")
    window.show_bookmarks()

    press(qtbot, window, Qt.Key.Key_Return)

    assert _title(window) == wanted


def test_text_size_keys_change_the_text_and_are_remembered(qtbot, start):
    window = start()
    size = window.article_view.text_px
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.article_view.text_px
    assert bigger > size
    close_window(window)

    assert start().article_view.text_px == bigger


def test_not_saved_article_shows_a_note_instead_of_a_body(qtbot, start, tmp_path):
    from reader.model import Article, Issue

    home = tmp_path / "home"
    with Library.open(home) as library:
        library.import_issue(
            Issue(
                "江城日报",
                "2026-03-13",
                "x.html",
                "html",
                (),
                (Article("k1", "只有标题", saved=False),),
            )
        )
        library.set_last_article("k1")

    window = start(home=home)

    assert _title(window) == "只有标题"
    assert "was not saved" in window.article_view.toPlainText()  # the interface's language


def test_dropping_a_file_on_the_window_imports_and_shows_it(qtbot, start):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = start()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EVENING_PAPER))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)

    assert "新城晚报" in window.position_label.text()


def test_ctrl_page_down_and_up_move_between_stories_from_the_article(qtbot, start):
    window = start()
    first = _title(window)
    window.article_view.setFocus()

    press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) != first
    press(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert _title(window) == first


def test_f6_moves_the_focus_between_the_list_and_the_article(qtbot, start):
    window = start()
    window.article_view.setFocus()

    press(qtbot, window, Qt.Key.Key_F6)
    assert window.sidebar.hasFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.article_view.hasFocus()


def test_the_article_text_can_be_selected_and_copied(qtbot, start):
    window = start()
    window.article_view.selectAll()
    window.article_view.copy()

    assert _title(window) in QApplication.clipboard().text()


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Question])
def test_f1_and_question_mark_show_the_shortcuts(qtbot, start, key):
    from PySide6.QtWidgets import QDialog

    window = start()
    window.article_view.setFocus()

    press(qtbot, window, key)

    dialog = window.findChild(QDialog, "help")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_viewing_a_story_is_one_write(qtbot, start, monkeypatch):
    window = start()
    library = window.library
    writes: list[str] = []
    transaction = library.transaction

    def counted():
        writes.append("write")
        return transaction()

    monkeypatch.setattr(library, "transaction", counted)

    window.go("next_story")

    assert writes == ["write"]
    assert library.last_article() == window.navigator.current


def test_every_view_follows_a_bookmark_made_anywhere(qtbot, start):
    window = start()
    key = window.navigator.current

    window.signals.add_bookmark(key)  # as the command line or a dialog would, not the window

    assert window.bookmarks.model.rowCount() == 1
    assert window.sidebar.currentIndex().data().startswith("★")
    assert window.windowTitle().startswith("★")
    window.signals.remove_bookmark(key)
    assert window.bookmarks.model.rowCount() == 0
    assert not window.windowTitle().startswith("★")


def test_a_note_typed_in_a_bookmark_survives_the_list_being_read_again(qtbot, start):
    window = start()
    window.toggle_bookmark()
    window.show_bookmarks()
    qtbot.keyClicks(window.bookmarks.note, "half a no")

    window.go("next_story")
    window.toggle_bookmark()  # the list is read again while the note is being typed

    assert window.bookmarks.model.rowCount() == 2
    assert window.bookmarks.note.text() == "half a no"
    window.bookmarks.save_note()
    assert "half a no" in [b.note for b in window.library.bookmarks()]


def test_a_refused_change_is_told_in_words_and_its_traceback_logged(qtbot, start, tmp_path):
    from reader import library as library_module
    from reader import logs

    window = start()
    window.toggle_bookmark()
    window.library.read_only = True  # as if the folder had turned read-only since
    window.article_view.setFocus()

    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # a command

    assert window.message is not None and window.message.isVisible()
    assert window.message.text() == library_module.READ_ONLY
    window.message.close()
    window.show_bookmarks()
    press(qtbot, window, Qt.Key.Key_Delete)  # a request from the bookmarks panel
    assert window.message.isVisible() and window.message.text() == library_module.READ_ONLY
    assert len(window.library.bookmarks()) == 1
    log = (tmp_path / "home" / logs.FILE_NAME).read_text(encoding="utf-8")
    assert log.count("Traceback") == 2 and "toggle_bookmark" in log


def _frame_colour(widget) -> str:
    """The colour of the pane's left edge, where the focus frame is drawn."""
    return widget.grab().toImage().pixelColor(0, widget.height() // 2).name()


def test_the_pane_with_the_focus_is_framed(qtbot, start):
    window = start()
    highlight = window.palette().highlight().color().name()
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)

    assert _frame_colour(window.article_view) == highlight
    assert _frame_colour(window.sidebar) != highlight
    press(qtbot, window, Qt.Key.Key_F6)
    assert _frame_colour(window.sidebar) == highlight
    assert _frame_colour(window.article_view) != highlight


@pytest.mark.parametrize("after_a_search", [False, True])
def test_arrows_pages_home_and_end_scroll_the_story(qtbot, start, after_a_search):
    window = start()
    window.resize(700, 300)
    if after_a_search:  # an opened hit puts a text cursor in the story
        window.search_panel.type("农业")
        qtbot.waitUntil(lambda: window.search_panel.query == "农业")
        assert window.search_panel.open_first()
    window.article_view.setFocus()
    bar = window.article_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.pageStep())
    bar.setValue(0)

    press(qtbot, window, Qt.Key.Key_Down)
    assert bar.value() == bar.singleStep()
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert bar.value() == bar.singleStep() + bar.pageStep()
    press(qtbot, window, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    press(qtbot, window, Qt.Key.Key_Up)
    assert bar.value() == bar.maximum() - bar.singleStep()
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert bar.value() == bar.maximum() - bar.singleStep() - bar.pageStep()
    press(qtbot, window, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_help_about_names_the_program_its_version_and_the_library(qtbot, start, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from reader import __version__

    window = start()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.qactions["about"] in help_menu.actions()

    window.qactions["about"].trigger()

    box = window.findChild(QMessageBox, "about")
    assert box is not None and box.isVisible()
    assert f"Paper Reader {__version__}" in box.text()
    assert str(tmp_path / "home") in box.text()
    box.close()


def test_every_list_and_pane_of_the_window_has_the_thin_scroll_bars(qtbot, start):
    from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView

    from reader.ui import scroll_bars

    window = start()
    window.bookmarks, window.search_panel, window.page_pane.page_view  # noqa: B018  # made

    # Not a list's header, nor the popup list of a drop-down: a window of its own, drawn as
    # the platform draws it.
    areas = [
        a
        for a in window.findChildren(QAbstractScrollArea)
        if a.window() is window and not isinstance(a, QHeaderView)
    ]
    assert {window.sidebar, window.article_view, window.bookmarks.view} <= set(areas)
    for area in areas:
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            assert bar.styleSheet() == scroll_bars.STYLE, area.objectName()
