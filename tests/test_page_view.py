"""The page view: the printed page with its articles' areas; a click or J chooses an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from newspaper_pdf import Block, write_pdf
from newspaper_pdf import Page as PdfPage
from newspaper_pdf import Story as PdfStory
from page_picture import write_png
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.model import Area, Page
from reader.ui.page_view import PageView

# A 400 × 600 picture with three stories: one across the top, two side by side below.
TOP = Area("top", (10, 10, 390, 10, 390, 200, 10, 200))
LEFT = Area("left", (10, 210, 195, 210, 195, 590, 10, 590))
RIGHT = Area("right", (205, 210, 390, 210, 390, 590, 205, 590))
TITLES = [("top", "春耕备耕有序推进"), ("left", "新馆开馆迎读者"), ("right", "江城河步道五月开放")]


@pytest.fixture
def view(qtbot) -> PageView:
    widget = PageView()
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    return widget


def _show(qtbot, view: PageView, page: Page, folder: Path | None, current: str | None = None):
    with qtbot.waitSignal(view.page_drawn, timeout=5000):
        view.show_page(page, folder, TITLES, current)


@pytest.fixture
def picture_page(tmp_path: Path) -> tuple[Page, Path]:
    write_png(tmp_path / "pic/01.jpg.2", 400, 600)
    return Page("01", "要闻", image="pic/01.jpg.2", areas=(TOP, LEFT, RIGHT)), tmp_path


def _point_in(view: PageView, area: Area) -> QPoint:
    """The middle of an area, in the sheet's pixels."""
    scale = view._sheet.width() / 400
    xs, ys = area.coords[0::2], area.coords[1::2]
    return QPoint(round(sum(xs) / len(xs) * scale), round(sum(ys) / len(ys) * scale))


def test_a_click_on_an_area_opens_its_article(qtbot, view: PageView, picture_page):
    _show(qtbot, view, *picture_page)
    assert view._sheet.image is not None and not view._sheet.image.isNull()
    with qtbot.waitSignal(view.article_chosen) as chosen:
        qtbot.mouseClick(view._sheet, Qt.MouseButton.LeftButton, pos=_point_in(view, RIGHT))
    assert chosen.args == ["right"]
    assert view.current == "right"


def test_j_highlights_the_next_area_and_k_the_one_before(qtbot, view: PageView, picture_page):
    _show(qtbot, view, *picture_page, current="top")
    view.setFocus()
    with qtbot.waitSignal(view.article_chosen) as chosen:
        qtbot.keyClick(view._scroll, Qt.Key.Key_J)
    assert (chosen.args, view._sheet.current) == (["left"], "left")
    qtbot.keyClick(view._scroll, Qt.Key.Key_J)
    assert view.current == "right"
    assert not view.step(+1)  # the last story of the page
    qtbot.keyClick(view._scroll, Qt.Key.Key_K)
    assert view.current == "left"


def test_the_window_moving_on_moves_the_highlight(qtbot, view: PageView, picture_page):
    _show(qtbot, view, *picture_page, current="top")
    view.set_current("left")
    assert view._sheet.current == "left"


def test_a_page_with_nothing_to_show_lists_its_titles(qtbot, view: PageView):
    _show(qtbot, view, Page("02", "综合"), None)
    assert view.showing_titles
    titles = view._titles
    assert [titles.item(r).text() for r in range(titles.count())] == [t for _, t in TITLES]
    with qtbot.waitSignal(view.article_chosen) as chosen:
        rect = titles.visualItemRect(titles.item(1))
        qtbot.mouseClick(titles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == ["left"]


def test_a_picture_that_cannot_be_opened_lists_the_titles(qtbot, view: PageView, tmp_path):
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    _show(qtbot, view, Page("01", image="broken.jpg", areas=(TOP,)), tmp_path)
    assert view.showing_titles


def test_a_pdf_page_is_drawn_and_zooms(qtbot, view: PageView, tmp_path: Path):
    story = PdfStory("春耕备耕有序推进", ["本报讯 全市春耕备耕工作有序推进。"])
    write_pdf(tmp_path / "01.pdf", [PdfPage(blocks=[Block(story, 40, 60, 515, 200)])])
    area = Area("top", (40, 60, 555, 60, 555, 260, 40, 260))
    _show(qtbot, view, Page("01", pdf="01.pdf", areas=(area,)), tmp_path)
    image = view._sheet.image
    assert image is not None and image.width() == view._sheet.width()
    assert view._sheet.space.width() == pytest.approx(595)  # areas are in the PDF's points
    width = view._sheet.width()
    with qtbot.waitSignal(view.page_drawn, timeout=5000):
        _ctrl_wheel(view, +120)
    assert view._sheet.width() > width and view._sheet.image.width() == view._sheet.width()
    qtbot.keyClick(view._scroll, Qt.Key.Key_Minus)
    qtbot.keyClick(view._scroll, Qt.Key.Key_Minus)
    assert view._sheet.width() < width
    qtbot.keyClick(view._scroll, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: view._sheet.width() == width)  # once the scroll bar is gone


def test_a_page_shown_again_is_drawn_from_the_cache(qtbot, view: PageView, picture_page):
    page, folder = picture_page
    _show(qtbot, view, page, folder)
    other = Page("02", areas=())
    _show(qtbot, view, other, None)
    view.show_page(page, folder, TITLES)  # no waiting: the drawing is kept
    assert view._sheet.image is not None and view._sheet.image.width() == view._sheet.width()


def test_the_current_area_is_brought_into_view(qtbot, view: PageView, picture_page):
    _show(qtbot, view, *picture_page)
    for _ in range(3):
        view.zoom_in()
    view.set_current("right")
    bar = view._scroll.verticalScrollBar()
    assert bar.value() > 0


def _ctrl_wheel(view: PageView, delta: int) -> None:
    viewport = view._scroll.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


# --- in the window ---------------------------------------------------------------------------


def _two_page_issue(folder: Path) -> Path:
    from test_pdf_parser import FACTORIES, HEAD_2, LIBRARY, RIVER, SPRING

    first = PdfPage(
        head="江城日报  2026年3月12日  星期四  第01版  要闻",
        blocks=[
            Block(PdfStory("敢为善为跑好冲刺赛", SPRING), 40, 60, 515, 330, columns=2),
            Block(PdfStory("一季度工业生产稳中有进", FACTORIES), 40, 410, 515, 300, columns=3),
        ],
    )
    second = PdfPage(
        head=HEAD_2,
        blocks=[
            Block(PdfStory("新馆开馆迎读者", LIBRARY), 40, 60, 250, 300),
            Block(PdfStory("江城河步道五月开放", RIVER), 305, 60, 250, 300),
        ],
    )
    folder.mkdir(parents=True, exist_ok=True)
    return write_pdf(folder / "jcrb.pdf", [first, second])


@pytest.fixture
def start(qtbot, tmp_path: Path):
    from helpers import window_starter

    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_p_shows_the_printed_page_and_the_highlight_follows_j_and_l(qtbot, start, tmp_path):
    window = start(_two_page_issue(tmp_path / "paper"))
    pane, pages = window.page_pane, window.page_pane.page_view
    first = window.navigator.current
    assert window.library.article(first).title == "敢为善为跑好冲刺赛"
    with qtbot.waitSignal(pages.page_drawn, timeout=5000):
        _press(qtbot, Qt.Key.Key_P)
    assert pane.showing_page and pages.page.code == "01" and pages.current == first
    assert pages._sheet.image is not None and len(pages._sheet.areas) >= 2
    _press(qtbot, Qt.Key.Key_J)
    second = window.navigator.current
    assert window.library.article(second).title == "一季度工业生产稳中有进"
    assert pages._sheet.current == second
    with qtbot.waitSignal(pages.page_drawn, timeout=5000):
        _press(qtbot, Qt.Key.Key_L)
    assert pages.page.code == "02"
    assert window.library.article(pages.current).title == "新馆开馆迎读者"


def test_a_click_on_an_area_opens_the_story_as_text(qtbot, start, tmp_path):
    window = start(_two_page_issue(tmp_path / "paper"))
    pages = window.page_pane.page_view
    with qtbot.waitSignal(pages.page_drawn, timeout=5000):
        _press(qtbot, Qt.Key.Key_P)
    factories = next(a for a in pages._sheet.areas if a.key != pages.current)
    qtbot.mouseClick(pages._sheet, Qt.MouseButton.LeftButton, pos=_centre(pages, factories))
    assert not window.page_pane.showing_page
    assert window.article_view.article.title == "一季度工业生产稳中有进"


def test_the_printed_page_is_remembered_between_starts(qtbot, start, tmp_path):
    from helpers import close_window

    window = start(_two_page_issue(tmp_path / "paper"))
    _press(qtbot, Qt.Key.Key_P)
    close_window(window)
    again = start()
    assert again.page_pane.showing_page
    qtbot.waitUntil(lambda: again.page_pane.page_view.page is not None)


def _centre(view: PageView, area: Area) -> QPoint:
    scale = view._sheet.width() / view._sheet.space.width()
    xs, ys = area.coords[0::2], area.coords[1::2]
    return QPoint(round(sum(xs) / len(xs) * scale), round(sum(ys) / len(ys) * scale))
