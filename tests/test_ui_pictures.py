"""Pictures come only from the issue's own folder: no other file, no FIFO, no device, no giant."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from reader.model import Article, Image
from reader.ui.article_view import ArticleView
from reader.ui.pictures import MAX_PICTURE_BYTES, LocalDocument, read_inside

IMAGE = QTextDocument.ResourceType.ImageResource


def _picture(path: Path, width: int = 50, height: int = 40) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    assert image.save(str(path))
    return path


@pytest.fixture
def issue(tmp_path: Path) -> Path:
    """An issue folder with its own picture; a secret picture lies beside it."""
    folder = tmp_path / "issue"
    _picture(folder / "pics" / "own.png")
    _picture(tmp_path / "secret" / "s.png")
    return folder


@pytest.fixture
def view(qtbot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    return view


def _shown(view: ArticleView, folder: Path, src: str) -> object:
    """What the view's document uses for the picture `src` of an article it shows."""
    view.show_article(Article("k", "t", images=(Image(src, "图为…"),)), folder, False)
    return view.document().resource(IMAGE, QUrl(src))


def _refused(found: object) -> bool:
    return isinstance(found, QImage) and found.width() == 1


def test_a_picture_of_the_issue_shows_scaled_to_the_column(view, issue):
    _picture(issue / "pics" / "wide.png", 4000, 300)

    found = _shown(view, issue, "pics/wide.png")

    assert isinstance(found, QImage) and 1 < found.width() <= 800
    assert "图为…" in view.toPlainText()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda issue: "../secret/s.png", id="parent folder"),
        pytest.param(lambda issue: "pics/../../secret/s.png", id="up from a subfolder"),
        pytest.param(
            lambda issue: QUrl.fromLocalFile(str(issue.parent / "secret" / "s.png")).toString(),
            id="file URL",
        ),
        pytest.param(lambda issue: str(issue.parent / "secret" / "s.png"), id="absolute path"),
        pytest.param(
            lambda issue: (
                (issue / "link.png").symlink_to(issue.parent / "secret" / "s.png") or "link.png"
            ),
            id="symlinked file",
        ),
        pytest.param(
            lambda issue: (
                (issue / "elsewhere").symlink_to(issue.parent / "secret") or "elsewhere/s.png"
            ),
            id="symlinked folder",
        ),
        pytest.param(lambda issue: "http://127.0.0.1:9/s.png", id="network"),
    ],
)
def test_a_picture_outside_the_issue_folder_is_never_read(view, issue, make):
    src = make(issue)

    assert _refused(_shown(view, issue, src))


def test_a_link_that_stays_inside_the_folder_is_followed(view, issue):
    (issue / "same.png").symlink_to(issue / "pics" / "own.png")

    found = _shown(view, issue, "same.png")

    assert isinstance(found, QImage) and found.width() == 50


def test_a_fifo_in_the_folder_is_not_opened(view, issue):
    fifo = issue / "pipe.png"
    os.mkfifo(fifo)
    opened = threading.Event()

    def writer() -> None:  # blocks until someone opens the FIFO to read it
        with fifo.open("wb") as out:
            opened.set()
            out.write(_picture(issue / "pics" / "own.png").read_bytes())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        found = _shown(view, issue, "pipe.png")
        assert _refused(found)
        assert not opened.is_set()
    finally:
        release = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer finish
        thread.join(timeout=10)
        os.close(release)


def test_a_link_to_dev_zero_and_a_giant_file_are_not_read(view, issue):
    (issue / "zero.png").symlink_to("/dev/zero")
    giant = issue / "giant.png"
    giant.write_bytes((issue / "pics" / "own.png").read_bytes())
    with giant.open("r+b") as out:
        out.truncate(MAX_PICTURE_BYTES + 1)  # a real picture, then zeros: sparse on disk

    assert _refused(_shown(view, issue, "zero.png"))
    assert _refused(_shown(view, issue, "giant.png"))
    assert read_inside(issue, "giant.png") is None
    assert read_inside(issue, "pics/own.png") is not None


def test_a_document_for_printing_reads_only_the_issue_folder_too(issue):
    document = LocalDocument()  # no parent: Qt's own loader would open any file
    document.set_folder(issue)
    document.setHtml('<p><img src="../secret/s.png"><img src="pics/own.png"></p>')

    assert _refused(document.resource(IMAGE, QUrl("../secret/s.png")))
    own = document.resource(IMAGE, QUrl("pics/own.png"))
    assert isinstance(own, QImage) and own.width() == 50
