"""Reading comfort and taking stories along: themes, language, full screen, export, calendar."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from helpers import EVENING_PAPER, close_window, press, type_chinese, window_starter
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar

from reader import cli
from reader.render import THEME_COLOURS
from reader.ui import i18n, settings
from reader.ui.calendar import IssueCalendar


@pytest.fixture
def start(qtbot, tmp_path: Path):
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _start_in(start, tmp_path: Path, **values):
    home = tmp_path / "home"
    config = settings.Settings(home)
    for setting, value in values.items():
        config.set(getattr(settings, setting.upper()), value)
    config.sync()
    return start(home=home)


# --- language ------------------------------------------------------------------------------


def test_a_chinese_system_gets_chinese_menus_an_english_one_english(qtbot, start, tmp_path):
    assert i18n.choose("", QLocale("zh_CN")) == "zh_CN"
    assert i18n.choose("", QLocale("en_GB")) == "en"
    assert i18n.choose("en", QLocale("zh_CN")) == "en"

    window = _start_in(start, tmp_path, language="zh_CN")

    assert _menu_titles(window)[:3] == ["文件(&F)", "编辑(&E)", "前往(&G)"]
    assert window.qactions["next_story"].text() == "下一篇"
    assert window.tabs.tabText(0) == "报纸"
    # The desktop puts the display name after the story's title: the name shows once.
    assert QApplication.applicationDisplayName() == "读报"
    assert "读报" not in window.windowTitle() and "Paper Reader" not in window.windowTitle()
    close_window(window)

    english = _start_in(start, tmp_path, language="en")
    assert _menu_titles(english)[0] == "&File"
    assert english.qactions["next_story"].text() == "Next Story"


def test_every_chinese_translation_is_finished():
    ts = (i18n.source_folder() / "paper_reader_zh_CN.ts").read_text(encoding="utf-8")

    assert ts.count("<message") > 100
    assert 'type="unfinished"' not in ts and 'type="vanished"' not in ts
    assert (i18n.source_folder() / "paper_reader_zh_CN.qm").stat().st_size > 1000


def test_every_count_has_its_english_singular_and_plural():
    """Counts are messages with plural forms; English has its catalogue for them alone."""
    english = ElementTree.parse(i18n.source_folder() / "paper_reader_en.ts")
    chinese = ElementTree.parse(i18n.source_folder() / "paper_reader_zh_CN.ts")

    counts = {m.findtext("source") for m in chinese.iter("message") if m.get("numerus")}
    forms = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")]
        for m in english.iter("message")
        if m.find("translation").get("type") != "unfinished"
    }
    assert len(counts) >= 7 and counts <= set(forms)
    assert all(len(pair) == 2 and all(pair) for pair in forms.values())
    assert (i18n.source_folder() / "paper_reader_en.qm").stat().st_size > 100


def test_english_counts_read_one_issue_two_issues(qtbot, start, tmp_path):
    window = _start_in(start, tmp_path, language="en")
    with qtbot.waitSignal(window.importer.finished, timeout=10_000):
        window.import_paths([EVENING_PAPER])
    assert window.statusBar().currentMessage() == "1 issue imported."

    window.focus_search()
    type_chinese(window.search_box, "湿地公园")
    window.search_panel.run_now()
    qtbot.waitUntil(lambda: "found" in window.search_panel.summary.text(), timeout=10_000)
    assert "(s)" not in window.search_panel.summary.text()
    assert window.search_panel.summary.text().startswith(("1 story found", "2 stories found"))


# --- themes, fonts, full screen --------------------------------------------------------------


def test_the_theme_is_remembered_across_a_restart(qtbot, start, tmp_path):
    window = start()
    window.show_preferences()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "preferences")
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.line_spacing.setCurrentIndex(dialog.line_spacing.findData(200))

    sepia = THEME_COLOURS["sepia"][0]
    assert _page_colour(window) == sepia
    assert f"line-height: {2 * window.article_view.text_px}px" in window.article_view.html()
    dialog.close()
    close_window(window)

    again = start()
    assert _page_colour(again) == sepia
    assert f"line-height: {2 * again.article_view.text_px}px" in again.article_view.html()


def _page_colour(window) -> str:
    return window.article_view.palette().color(QPalette.ColorRole.Base).name()


def test_dark_theme_darkens_the_whole_window(qtbot, start, tmp_path):
    window = _start_in(start, tmp_path, theme="dark", font="sans")

    assert _page_colour(window) == THEME_COLOURS["dark"][0]
    assert window.sidebar.palette().color(QPalette.ColorRole.Base).lightness() < 128
    assert "Noto Sans CJK SC" in window.article_view.html()
    for action in ("next_story", "toggle_bookmark"):  # toolbar icons light on the dark bar
        assert _ink(window.qactions[action].icon()).lightness() > 128


def _ink(icon) -> QColor:
    """The colour an icon is drawn in: its most opaque pixel."""
    image = icon.pixmap(32, 32).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(pixels, key=lambda colour: colour.alpha())


def test_automatic_theme_follows_a_light_system(qtbot, start):
    window = start()

    assert _page_colour(window) == THEME_COLOURS["light"][0]


def test_f11_leaves_only_the_article_and_esc_brings_everything_back(qtbot, start):
    window = start()
    window.article_view.setFocus()

    press(qtbot, window, Qt.Key.Key_F11)

    assert window.reading_full_screen
    for part in (
        window.tabs,
        window.menuBar(),
        window.statusBar(),
        window.findChild(QToolBar, "toolbar"),
    ):
        assert not part.isVisible()
    assert window.article_view.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.reading_full_screen
    assert window.tabs.isVisible() and window.menuBar().isVisible()


def test_searching_from_full_screen_brings_the_search_box_back(qtbot, start):
    window = start()
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_F11)

    press(qtbot, window, Qt.Key.Key_Slash)

    assert not window.reading_full_screen
    assert window.search_box.isVisible() and window.search_box.hasFocus()


# --- taking a story along ------------------------------------------------------------------


def test_ctrl_shift_c_copies_the_story_with_its_gbt_7714_citation(qtbot, start):
    window = start()
    window.article_view.setFocus()

    qtbot.keyClick(window.article_view, Qt.Key.Key_C, _CTRL_SHIFT)

    text = QApplication.clipboard().text()
    article = window.article_view.article
    assert text.startswith(article.kicker)
    assert article.paragraphs[-1] in text
    assert text.rstrip().endswith(f"{article.title}[N]. 江城日报, 2026-03-12(01).")
    assert text.rstrip().splitlines()[-1].startswith("王蕾, 陈明. ")


_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_export_story_as_markdown_and_html(qtbot, start, tmp_path, monkeypatch):
    window = start()
    title = window.article_view.article.title
    for name in ("story.md", "story.html"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.output.export_article()

        text = target.read_text(encoding="utf-8")
        assert title in text and "[N]. 江城日报, 2026-03-12(01)." in text.replace("\\", "")
    assert (tmp_path / "story.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_bookmarks_writes_what_the_command_line_writes(
    qtbot, start, tmp_path, monkeypatch, capsys
):
    window = _start_in(start, tmp_path, language="en")
    window.import_paths([EVENING_PAPER])
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
    first = window.navigator.current
    window.library.add_bookmark(first, "周末去看看")
    window.go("next_story")
    window.library.add_bookmark(window.navigator.current)
    target = tmp_path / "bookmarks"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "Markdown (*.md)"))

    window.output.export_bookmarks()

    text = (tmp_path / "bookmarks.md").read_text(encoding="utf-8")
    assert text.startswith("# Bookmarks\n\n1. ") and "\n2. " in text
    assert "   > 周末去看看" in text
    assert text.count("[N]. 新城晚报, 2026-04-02") == 2
    assert cli.main(["--library", str(tmp_path / "home"), "bookmarks", "export"]) == 0
    assert capsys.readouterr().out == text  # one format, the window's and the command line's


def test_a_story_saved_as_pdf_is_a_pdf(qtbot, start, tmp_path, monkeypatch):
    window = start()
    target = tmp_path / "story.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    window.output.export_pdf()

    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 2000


def test_printing_goes_to_the_printer_given(qtbot, start, tmp_path):
    window = start()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    window.output.print_to(printer)

    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


# --- the issue calendar --------------------------------------------------------------------


def test_calendar_marks_the_papers_days_and_enter_opens_that_issue(qtbot, start):
    window = start(EVENING_PAPER)
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, IssueCalendar))
    qtbot.waitExposed(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("江城日报"))
    assert set(dialog.marked) == {"2026-03-12"}

    dialog.calendar.setSelectedDate(QDate(2026, 3, 12))
    qtbot.keyClick(dialog.calendar.focusWidget() or dialog.calendar, Qt.Key.Key_Return)

    issue = window.library.issue_of(window.navigator.current)
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    first = window.library.articles(issue.id)[0].key
    assert window.navigator.current == first
    assert not dialog.isVisible()


def test_calendar_of_all_papers_marks_every_papers_days(qtbot, start):
    window = start(EVENING_PAPER)
    dialog = IssueCalendar(window.signals, None, window)
    qtbot.addWidget(dialog)

    dialog.paper.setCurrentIndex(dialog.paper.findData(None))
    dialog.calendar.setCurrentPage(2026, 3)

    by_date = {row.date: row.id for row in window.library.issues() if row.date < "2026-04-15"}
    assert dialog.marked == by_date and len(by_date) >= 2


def test_calendar_marks_the_days_of_each_month_shown(qtbot, start):
    window = start(EVENING_PAPER)
    dialog = IssueCalendar(window.signals, None, window)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("江城日报"))

    dialog.calendar.setCurrentPage(2025, 12)
    assert dialog.marked == {}
    dialog.calendar.showNextMonth()
    dialog.calendar.showNextMonth()
    dialog.calendar.showNextMonth()

    assert set(dialog.marked) == {"2026-03-12"}
    fmt = dialog.calendar.dateTextFormat(QDate(2026, 3, 12))
    assert fmt.fontWeight() == QFont.Weight.Bold


def test_a_day_without_a_paper_opens_nothing(qtbot, start):
    window = start(EVENING_PAPER)
    shown = window.navigator.current
    dialog = IssueCalendar(window.signals, None, window)
    qtbot.addWidget(dialog)
    dialog.issue_chosen.connect(window.open_issue)

    dialog.calendar.clicked.emit(QDate(2026, 3, 13))

    assert window.navigator.current == shown
    assert "2026-03-13" not in dialog.marked


# --- bookmarks --------------------------------------------------------------------------------


def test_undoing_a_bookmark_removal_brings_it_back_even_after_its_issue_went(qtbot, start):
    window = start(EVENING_PAPER)
    library = window.library
    issue = next(i for i in library.issues() if i.paper == "新城晚报")
    kept = library.add_bookmark(library.articles(issue.id)[0].key, "剪报")
    window.signals.remove_issue(issue.id)
    window.show_bookmarks()

    press(qtbot, window, Qt.Key.Key_Delete)
    assert library.bookmarks() == []
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    (back,) = library.bookmarks()
    assert (back.created, back.note, back.title, back.paper) == (
        kept.created,
        "剪报",
        kept.title,
        "新城晚报",
    )
    shown = window.bookmarks.model.index(0).data()
    assert kept.title in shown and "新城晚报" in shown and "剪报" in shown


def test_a_long_hint_does_not_cut_off_the_calendars_last_week(qtbot, start):
    window = start(EVENING_PAPER)
    window.show_calendar()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, IssueCalendar))
    qtbot.waitExposed(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("江城日报"))

    dialog.calendar.setSelectedDate(QDate(2026, 3, 13))  # no paper: the hint is long

    assert dialog.hint.heightForWidth(dialog.hint.width()) <= dialog.hint.height()
    assert dialog.calendar.height() >= dialog.calendar.minimumSizeHint().height()
    dialog.close()
