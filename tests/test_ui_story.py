"""The story as the reader sees it: pictures, captions, credit, line spacing, notices."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Start, close_window, make_issue, press, window_starter
from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument

from reader.model import Article
from reader.render import DEFAULT_LINE_SPACING
from reader.ui import settings
from reader.ui.article_view import ArticleView, Look
from reader.ui.picture_window import PictureWindow
from reader.ui.window import MainWindow

PHOTO_ISSUE = Path(__file__).parent / "fixtures" / "ui" / "photo-issue"
PHOTO = "images/2026-03/14/A01/bridge.jpg"
SHOWN_CAPTION = "图为合龙前的江心大桥。（记者 周鹏 摄）"
MISSING_CAPTION = "图为前来观看的市民。（记者 周鹏 摄）"
IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


def _start_in(start: Start, home: Path, language: str, *paths: Path) -> MainWindow:
    config = settings.Settings(home)
    config.set(settings.LANGUAGE, language)
    config.sync()
    return start(*paths, home=home)


@pytest.fixture
def photo_issue(tmp_path: Path) -> Path:
    """The issue folder with one of its two photos saved: a wide picture of our own."""
    folder = tmp_path / "photo-issue"
    shutil.copytree(PHOTO_ISSUE, folder)
    (folder / PHOTO).parent.mkdir(parents=True)
    picture = QImage(1600, 900, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4a7ab0"))
    assert picture.save(str(folder / PHOTO))
    return folder


def _image_rect(view: ArticleView) -> QRect:
    """Where the story's picture is in the pane."""
    document = view.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isImageFormat():
                name = fragment.charFormat().toImageFormat().name()
                size = document.resource(IMAGE, QUrl(name)).size()
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                bottom_left = view.cursorRect(cursor).bottomLeft()
                return QRect(bottom_left - QPoint(0, size.height()), size)
            fragments += 1
        block = block.next()
    raise AssertionError("no picture in the story")


def test_a_saved_photo_shows_at_the_measure_and_a_click_shows_it_large(
    qtbot, start, tmp_path, photo_issue
):
    window = _start_in(start, tmp_path / "home", "en", photo_issue)
    view = window.article_view
    assert view.article is not None and view.article.title == "江心大桥今日合龙"
    view.setFocus()
    for _ in range(3):  # a narrower measure than the screen: the click has room to enlarge
        press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)

    rect = _image_rect(view)
    assert 300 < rect.width() <= view.document().textWidth()  # scaled to the text measure
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: view.viewport().rect().contains(_image_rect(view).center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_image_rect(view).center())

    shown = window.findChild(PictureWindow)
    assert shown is not None and shown.isVisible()
    assert shown.picture.pixmap().width() > rect.width()
    assert shown.caption.text() == SHOWN_CAPTION
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PictureWindow) is None or not shown.isVisible())


def test_a_photo_not_saved_is_a_placeholder_with_its_caption_each_caption_once(
    qtbot, start, tmp_path, photo_issue
):
    window = _start_in(start, tmp_path / "home", "en", photo_issue)
    text = window.article_view.toPlainText()

    assert text.count(SHOWN_CAPTION) == 1
    assert text.count(MISSING_CAPTION) == 1
    assert text.count("Picture not saved") == 1
    assert text.index(SHOWN_CAPTION) < text.index("Picture not saved") < text.index(MISSING_CAPTION)
    close_window(window)

    chinese = _start_in(start, tmp_path / "home", "zh_CN")
    assert "图片未保存" in chinese.article_view.toPlainText()


def test_the_notice_of_a_story_not_saved_speaks_the_interface_language(qtbot, start, tmp_path):
    window = _start_in(start, tmp_path / "home", "en")
    unsaved = Article("k", "樱花节开幕", page="01", saved=False)
    key = window.library.import_issue(
        make_issue(day="2026-03-20", articles=(unsaved,))
    ).first_new_key
    assert key is not None
    window.signals.issues_stored()

    window.navigator.show(key)

    text = window.article_view.toPlainText()
    assert "was not saved" in text and "没有保存" not in text
    close_window(window)

    chinese = _start_in(start, tmp_path / "home", "zh_CN")
    chinese.navigator.show(key)
    assert "没有保存正文" in chinese.article_view.toPlainText()


def test_the_credit_shows_once_in_the_story(qtbot, start, tmp_path):
    window = start()
    story = next(a for a in window.library.articles(window.library.issues()[0].id))
    window.navigator.show(story.key)
    text = window.article_view.toPlainText()

    # The sample's first story opens with its dateline: 本报讯 3月11日, then the byline.
    assert text.count("本报讯 3月11日") == 1
    assert text.count("本报记者 王蕾 通讯员 陈明") == 1


@pytest.mark.parametrize("spacing", [130, DEFAULT_LINE_SPACING, 200])
def test_line_spacing_is_that_share_of_the_text_size(qtbot, spacing):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.set_look(Look(line_spacing=spacing))
    view.set_text_px(20)
    view.show_article(
        Article("k", "春耕", paragraphs=("春耕备耕有序推进，全市落实粮食。" * 12,)), None, False
    )
    block = view.document().findBlock(view.toPlainText().index("春耕备耕"))

    lines = block.layout()
    assert lines.lineCount() > 3
    pitch = lines.lineAt(2).y() - lines.lineAt(1).y()
    assert pitch == pytest.approx(20 * spacing / 100, abs=1)


def test_reading_goes_on_where_it_was_after_a_restart(qtbot, start, tmp_path):
    window = start()
    view = window.article_view
    window.resize(900, 500)
    view.setFocus()
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_PageDown)
    at = view.reading_position()
    key = window.navigator.current
    assert view.verticalScrollBar().value() > 0 and at > 0
    close_window(window)

    again = start()

    assert again.navigator.current == key
    qtbot.waitUntil(lambda: again.article_view.verticalScrollBar().value() > 0)
    found = again.article_view.reading_position()
    line = again.article_view.document().findBlock(at)
    assert again.article_view.document().findBlock(found) == line
