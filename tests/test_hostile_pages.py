"""A hostile e-paper page is imported and shown, and nothing in it runs or reaches the network."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from reader.parsing import parse_path
from reader.ui import app
from reader.ui.window import MainWindow

SCRIPT_WORDS = "stealCookies"

PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="0;url={base}/refresh">
<link rel="stylesheet" href="{base}/style.css">
<style>body {{ background: url({base}/css-background.png) }}</style>
<script src="{base}/tracker.js"></script>
<script>function {script}() {{ new Image().src = "{base}/inline-script"; }}</script>
</head>
<body onload="{script}()">
<iframe src="{base}/frame"></iframe>
<object data="{base}/object"></object>
<embed src="{base}/embed">
<founder-title>滨江夜市重新开张</founder-title>
<founder-date>2026-03-12</founder-date>
<founder-papername>江城日报</founder-papername>
<founder-pagenum>03</founder-pagenum>
<founder-content>
<p>　　本报讯 滨江夜市昨晚重新开张，两百多个摊位迎来首批市民。</p>
<p style="background: url({base}/paragraph-style.png)">　　夜市延长营业到凌晨一点，
<a href="javascript:{script}()">点此领奖</a>，<a href="file:///etc/passwd">本地文件</a>，
<a href="{base}/link">原文链接</a>。</p>
<img src="{base}/remote-picture.jpg"><p>图为夜市现场。</p>
<img src="data:image/png;base64,{blob}">
<p>　　（江城）</p>
<script>document.write('<img src="{base}/document-write">')</script>
</founder-content>
</body></html>
"""


class _Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    requests: ClassVar[list[str]] = []
    handler = type("Recorder", (_Recorder,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def hostile_page(tmp_path: Path, server) -> Path:
    base, _ = server
    blob = base64.b64encode(b"\x89PNG" + bytes(3_000_000)).decode("ascii")
    page = tmp_path / "issue" / "content_9.htm"
    page.parent.mkdir()
    page.write_text(PAGE.format(base=base, script=SCRIPT_WORDS, blob=blob), encoding="utf-8")
    return page


def test_parsing_keeps_the_story_and_drops_everything_active(hostile_page, server):
    _, requests = server
    (article,) = parse_path(hostile_page).articles
    text = " ".join([article.title, *article.paragraphs, *article.captions])
    assert article.title == "滨江夜市重新开张"
    assert "两百多个摊位" in text and "凌晨一点" in text
    assert SCRIPT_WORDS not in text and "document.write" not in text and "url(" not in text
    assert all(image.src is None for image in article.images)
    assert requests == []


def test_window_shows_the_page_without_a_single_request(qtbot, tmp_path, hostile_page, server):
    _, requests = server
    window = app.start(app.parse_args(["--library", str(tmp_path / "home"), str(hostile_page)]))
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        qtbot.waitUntil(lambda: window.article_view.article is not None)
        qtbot.waitUntil(lambda: window.article_view.article.title == "滨江夜市重新开张")
        qtbot.wait(500)  # give any stray loader time to fire
        shown = window.article_view.toPlainText()
        assert "两百多个摊位" in shown
        assert SCRIPT_WORDS not in shown and "document.write" not in shown
        assert requests == []
    finally:
        window.close()
        window.library.close()


def test_links_open_only_when_clicked_and_only_web_links(qtbot, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    window = app.start(app.parse_args(["--library", str(tmp_path / "home")]))
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=10_000)
        view = window.article_view
        for target in ("javascript:alert(1)", "file:///etc/passwd", "https://example.org/a"):
            view.anchorClicked.emit(QUrl(target))
        QApplication.processEvents()
        assert opened == ["https://example.org/a"]
    finally:
        window.close()
        window.library.close()
