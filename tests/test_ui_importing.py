"""The window imports in a process of its own: it keeps answering, and Stop ends the import."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import EVENING_PAPER, Start, press, window_starter
from PySide6.QtCore import Qt, QTimer

from reader.ui import importer

# The import process with a parser that writes down its process id, then waits until the
# test lets it go on: a page that takes as long as the test wants, in any process.
SLOW_CHILD = """
import os, sys, time
from pathlib import Path
from reader import import_process, importing

real = importing.parse_issues

def slow(path):
    Path(str(path) + ".parsing").write_text(str(os.getpid()))
    while not Path(str(path) + ".go").exists():
        time.sleep(0.01)
    return real(path)

importing.parse_issues = slow
sys.exit(import_process.main())
"""
CRASHING_CHILD = """
import os, sys
from reader import import_process, importing

def crash(path):
    os._exit(70)  # as a crash would: no results

importing.parse_issues = crash
sys.exit(import_process.main())
"""

# The same, in a folder too large to be one issue (an issue holds 4 files here): it is read
# folder by folder, and the process ends while reading the second of its folders.
CRASHING_INSIDE_CHILD = """
import os, sys
from reader import import_process, importing

importing.MAX_ISSUE_FILES = 4
real = importing.parse_issues

def crash_in_the_second(path):
    if str(path).endswith("1962年04月"):
        os._exit(70)
    return real(path)

importing.parse_issues = crash_in_the_second
sys.exit(import_process.main())
"""


@pytest.fixture
def start(qtbot, tmp_path: Path) -> Iterator[Start]:
    with window_starter(qtbot, tmp_path) as starter:
        yield starter


@pytest.fixture
def page(tmp_path: Path) -> Path:
    return Path(shutil.copy(EVENING_PAPER, tmp_path / EVENING_PAPER.name))


def _title(window) -> str:
    return window.article_view.article.title


def test_the_window_answers_while_a_page_is_parsed_in_another_process(
    qtbot, start, page, monkeypatch
):
    window = start()
    monkeypatch.setattr(importer, "CHILD", ("-c", SLOW_CHILD))
    parsing = Path(f"{page}.parsing")

    window.import_paths([page])
    qtbot.waitUntil(parsing.exists, timeout=20_000)

    assert int(parsing.read_text()) != os.getpid()  # the parse is not in the window's process
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])
    first = _title(window)
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_J)
    assert _title(window) != first
    assert window.pending_imports == 1 and window.stop_button.isVisible()

    Path(f"{page}.go").touch()
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=20_000)
    assert "新城晚报" in window.position_label.text()
    assert not window.stop_button.isVisible()


def test_stop_ends_the_import_process_and_imports_nothing_more(qtbot, start, page, monkeypatch):
    window = start()
    before = window.library.issue_count()
    monkeypatch.setattr(importer, "CHILD", ("-c", SLOW_CHILD))
    parsing = Path(f"{page}.parsing")
    window.import_paths([page])
    window.import_paths([EVENING_PAPER])  # waiting behind the first
    qtbot.waitUntil(parsing.exists, timeout=20_000)
    child = int(parsing.read_text())

    window.qactions["stop_import"].trigger()

    assert window.pending_imports == 0
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # ended, and reaped
    assert window.library.issue_count() == before
    assert "Import stopped" in window.statusBar().currentMessage()
    assert not window.qactions["stop_import"].isEnabled()


def test_an_import_process_that_crashes_is_told_and_the_window_goes_on(
    qtbot, start, page, monkeypatch
):
    window = start()
    story = _title(window)
    monkeypatch.setattr(importer, "CHILD", ("-c", CRASHING_CHILD))

    window.import_paths([page])
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=20_000)

    assert window.message is not None and window.message.isVisible()
    assert page.name in window.message.text() and "stopped the import" in window.message.text()
    assert _title(window) == story


def test_a_process_that_crashes_inside_a_large_folder_names_where_and_how_to_go_on(
    qtbot, start, tmp_path, monkeypatch
):
    window = start()
    monkeypatch.setattr(importer, "CHILD", ("-c", CRASHING_INSIDE_CHILD))
    archive = tmp_path / "archive"
    for month, day in (("1962年03月", "08"), ("1962年04月", "01"), ("1962年05月", "02")):
        (archive / month).mkdir(parents=True)
        for title in ("社论", "简讯", "短评"):
            record = (
                f"### {title}\n\n{month[:4]}-{month[5:7]}-{day}\n第1版()\n\n　　{title}的正文。\n"
            )
            (archive / month / f"{title}.md").write_text(record, encoding="utf-8")

    window.import_paths([archive])
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=20_000)

    told = window.message.text() if window.message is not None else ""
    assert "1962年04月: reading it stopped the import" in told
    assert "archive" in told and "import it again" in told


def test_the_import_process_loads_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, reader.import_process\n"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))\n"
    )

    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
