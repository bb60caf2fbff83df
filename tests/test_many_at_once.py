"""Many at once: one window per library, and command-line imports and searches beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import ARTICLES, issue_indexes, write_issues

from reader.ui import app
from reader.ui.window import MainWindow

IMPORTERS = 3
FILES_EACH = 6
SEARCHES_EACH = 15


@pytest.fixture
def window(qtbot, tmp_path):
    """The window open on a library holding one issue of the made-up daily."""
    home = tmp_path / "home"
    started = app.start(app.parse_args(["--library", str(home)]))
    assert isinstance(started, MainWindow)
    qtbot.waitUntil(lambda: started.pending_imports == 0, timeout=20_000)
    started.import_paths(write_issues(tmp_path / "first", 900, 1))
    qtbot.waitUntil(lambda: started.pending_imports == 0, timeout=20_000)
    yield started
    qtbot.waitUntil(lambda: started.pending_imports == 0, timeout=20_000)
    started.close()
    started.library.close()


@dataclass
class Job:
    """A program running beside the window. Its output goes to a file, not a pipe: nobody
    reads a pipe while the window works, and a full one would stop the program."""

    proc: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        self.proc.wait(timeout=60)
        return self.log.read_text(encoding="utf-8", errors="replace")


def run(*command: str) -> Job:
    log = Path(tempfile.mkdtemp()) / "output.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    return Job(proc, log)


def reader_process(home: Path, *args: str) -> Job:
    return run(sys.executable, "-m", "reader", "--library", str(home), *args)


SEARCH_LOOP = """
import sys
from reader import cli
for n in range(int(sys.argv[2])):
    assert cli.main(["--library", sys.argv[1], "search", "q900x"]) == 0
"""


@pytest.mark.slow
def test_imports_and_searches_beside_the_window_all_succeed(window, qtbot, tmp_path):
    home = Path(window.library.path).parent
    before = window.library.issue_count()
    procs = [
        reader_process(
            home, "import", *map(str, write_issues(tmp_path / str(n), n * 10, FILES_EACH))
        )
        for n in range(IMPORTERS)
    ]
    procs += [
        run(sys.executable, "-c", SEARCH_LOOP, str(home), str(SEARCHES_EACH)) for _ in range(2)
    ]
    # Meanwhile the reader reads, bookmarks and imports in the window.
    window.import_paths(write_issues(tmp_path / "window", 800, 2))
    keys = [a.key for a in window.library.articles(window.library.issues()[0].id)]
    toggles = 0
    while any(job.proc.poll() is None for job in procs):
        key = keys[toggles % len(keys)]
        window.navigator.show(key)
        window.toggle_bookmark()
        toggles += 1
        qtbot.wait(20)
    for job in procs:
        text = job.output()
        assert job.proc.returncode == 0, text
        assert "locked" not in text and "busy" not in text
    qtbot.waitUntil(lambda: window.pending_imports == 0, timeout=20_000)

    assert toggles > 5
    expected = before + IMPORTERS * FILES_EACH + 2
    assert window.library.issue_count() == expected
    window.tree_model.reload()  # as after an import: the sidebar lists the new issues
    assert len(issue_indexes(window.tree_model)) == expected
    made_up = [row for row in window.library.issues() if row.paper == "测试日报"]
    assert len(made_up) == expected - before + 1
    assert all(row.article_count == ARTICLES for row in made_up)


@pytest.mark.slow
def test_a_second_program_on_the_same_library_hands_over_its_file_and_exits(window, tmp_path):
    home = Path(window.library.path).parent
    (new_file,) = write_issues(tmp_path / "second", 700, 1)
    before = window.library.issue_count()

    second = reader_process(home, str(new_file))
    deadline = time.monotonic() + 30
    while second.proc.poll() is None and time.monotonic() < deadline:
        app.QApplication.processEvents()  # the window answers the second program
        time.sleep(0.01)
    text = second.output()

    assert second.proc.returncode == 0, text
    deadline = time.monotonic() + 20
    while window.library.issue_count() == before and time.monotonic() < deadline:
        app.QApplication.processEvents()
        time.sleep(0.01)
    assert window.library.issue_count() == before + 1
