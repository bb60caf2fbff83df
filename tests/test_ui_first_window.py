"""The first window: the story painted first, everything it does not show after (or when
used), and the whole-file check of the library after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import make_issue
from PySide6.QtCore import QEvent, QObject

from reader.library import Library, safety
from reader.ui import app
from reader.ui.bookmarks import BookmarksPanel
from reader.ui.search import SearchPanel
from reader.ui.window import BOOKMARKS_TAB, SEARCH_TAB, MainWindow

# Loaded only when used: print support, exports (EPUB: lxml), parsing HTML (bs4), the fetcher,
# the printed page, a picture shown large, the importer, the tabs not shown, searching and
# folding Chinese for it, salvaging a damaged file, starting other programs, log rotation,
# the socket later starts hand their files to, hashing (OpenSSL), the parsers' vocabulary,
# the welcome of an empty library, storing an issue.
NOT_AT_START = (
    "logging.handlers",
    "hashlib",
    "reader.parsing.vocabulary",
    "PySide6.QtNetwork",
    "opencc",
    "reader.library.salvage",
    "reader.searchtext",
    "subprocess",
    "PySide6.QtPrintSupport",
    "bs4",
    "lxml",
    "reader.export.epub",
    "reader.parsing.html",
    "reader.fetch",
    "reader.importing",
    "reader.ui.page_view",
    "reader.ui.picture_window",
    "reader.ui.preferences",
    "reader.ui.bookmarks",
    "reader.ui.search",
    "reader.ui.welcome",
    "reader.library.storing",
    "reader.library.identity",
)

_STARTED = """
import sys
from reader.ui import app
qapp = app.application()
window = app.start(app.parse_args(["--library", sys.argv[1]]))
loaded = [m for m in sys.argv[2:] if m in sys.modules]
# A dataclass without a docstring gets one made with inspect.signature: slow at every start.
undocumented = [
    f"{name}.{cls.__name__}"
    for name, module in list(sys.modules.items())
    if name.startswith("reader")
    for cls in vars(module).values()
    if isinstance(cls, type) and "__dataclass_fields__" in vars(cls)
    and cls.__module__ == name and (cls.__doc__ or "").startswith(cls.__name__ + "(")
]
# A module of the program whose source was read (PySide6's import hook reads each new one's).
import linecache, os, reader
read = [f for f in linecache.cache if f.startswith(os.path.dirname(reader.__file__))]
window.close()
window.library.close()
print(loaded)
print(undocumented)
print(read)
"""


def library(home: Path) -> Path:
    with Library.open(home) as lib:
        lib.import_issue(make_issue())
    return home


def test_the_start_loads_nothing_the_first_paint_does_not_show(tmp_path):
    home = library(tmp_path / "home")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _STARTED, str(home), *NOT_AT_START],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["[]", "[]", "[]"]


def test_the_tabs_not_shown_are_made_after_the_first_paint(qtbot, tmp_path):
    window = app.start(app.parse_args(["--library", str(library(tmp_path / "home"))]))
    assert isinstance(window, MainWindow)
    try:
        assert not isinstance(window.tabs.widget(BOOKMARKS_TAB), BookmarksPanel)
        assert window.tabs.tabText(BOOKMARKS_TAB) == "Bookmarks"
        qtbot.waitUntil(lambda: isinstance(window.tabs.widget(BOOKMARKS_TAB), BookmarksPanel))
        assert isinstance(window.tabs.widget(SEARCH_TAB), SearchPanel)
        assert window.tabs.currentIndex() == 0  # the reader's tab stays in front
    finally:
        window.close()
        window.library.close()


class Painted(QObject):
    """Notes when the widget it watches is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_the_whole_file_is_checked_after_the_first_paint_not_before(qtbot, tmp_path, monkeypatch):
    home = library(tmp_path / "home")
    watch = Painted()
    checked: list[bool] = []  # whether the story had been painted when the check ran
    real = safety.is_healthy

    def check(path, mapped=True):
        checked.append(watch.painted)
        return real(path, mapped)

    monkeypatch.setattr(safety, "is_healthy", check)
    monkeypatch.setattr("reader.ui.upkeep.is_healthy", check)
    monkeypatch.setattr(app, "UPKEEP_DELAY_MS", 0)
    window = app.start(app.parse_args(["--library", str(home)]))
    assert isinstance(window, MainWindow)
    window.article_view.viewport().installEventFilter(watch)
    try:
        assert checked == []  # not on opening
        qtbot.waitUntil(lambda: checked != [], timeout=10_000)
        assert checked == [True]
    finally:
        window.close()
        window.library.close()
