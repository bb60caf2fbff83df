"""The first window against a bare PySide6 window: process start to the story painted.

    python benchmarks/bench_first_window.py [--issues 10000] [--runs 7] [--library DIR]

The library (issues of 20 stories, the last story read in the middle of it) is built once
and kept in the temporary folder under its size; or, with --library, an existing one (say,
imported from real files), opened on its last story read. Then, alternately in the same run, the
program on that library and a bare window (a QMainWindow with a QTreeView and a
QTextBrowser, nothing else) start as fresh processes under the platform in use
(QT_QPA_PLATFORM, offscreen when unset). Each prints the seconds from its own process start
(the kernel's start time of the process, not the interpreter's) to the end of the first
paint that shows the story's text, and its peak resident memory. Target: the program's
median at most 1.6 times the bare window's. Then, in this process, the time of each next
story (J) through the library.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from reader.library import BACKUP_DIR, Library
from reader.model import Article, Issue, Page, make_key

PAPER = "合成日报"
PAGES = ("01", "02", "03", "04")
STORIES_PER_PAGE = 5
PARAGRAPHS = 6
PARAGRAPH = (
    "市统计局日前发布数据，一季度全市实现地区生产总值两千三百亿元，同比增长百分之六点二，"
    "增速比全省平均水平高零点八个百分点。"
)
TARGET = 1.6

# Seconds since this process started, by the kernel's clock of process starts (Linux);
# elsewhere since the parent spawned it (the monotonic clock is shared).
_CLOCK = """
import os, sys, time

def since_start():
    try:
        with open("/proc/self/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        ticks = int(fields[19])  # field 22, starttime, in clock ticks after boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, AttributeError, ValueError):
        return time.monotonic() - float(os.environ["SPAWNED_AT"])
"""

# Reports once the viewport of `view` has painted with text in it: the report is posted
# from the paint event, so it runs when that paint is over.
_REPORT = """
from PySide6.QtCore import QEvent, QObject, QTimer

def peak_megabytes():  # VmHWM: the peak of this program, not one inherited from its parent
    with open("/proc/self/status") as f:
        line = next(line for line in f if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024

class FirstPaint(QObject):
    def __init__(self, view, has_text, quit):
        super().__init__()
        self._view, self._has_text, self._quit = view, has_text, quit
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self._has_text():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self):
        print(f"{since_start():.4f} {peak_megabytes():.0f}", flush=True)
        self._quit()
"""

_APP = (
    _CLOCK
    + """
from reader.ui import app
qapp = app.application()
window = app.start(app.parse_args(["--library", sys.argv[1]]))
"""
    + _REPORT
    + """
report = FirstPaint(
    window.article_view, lambda: window.article_view.article is not None, qapp.quit
)
qapp.exec()
window.close()
window.library.close()
"""
)

_BARE = (
    _CLOCK
    + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView
qapp = QApplication([sys.argv[0]])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
tree = QTreeView(splitter)
browser = QTextBrowser(splitter)
browser.setPlainText(sys.argv[1])
window.setCentralWidget(splitter)
window.resize(1100, 720)
window.show()
"""
    + _REPORT
    + """
report = FirstPaint(browser, lambda: True, qapp.quit)
qapp.exec()
"""
)


def synthetic_issue(n: int) -> Issue:
    """Issue number n: a day of its own, four pages of five stories."""
    day = date.fromordinal(date(1990, 1, 1).toordinal() + n).isoformat()
    articles = []
    for page in PAGES:
        for s in range(STORIES_PER_PAGE):
            title = f"第{page}版第{s + 1}条 合成新闻 {n}"
            paragraphs = tuple(f"{k + 1}. {PARAGRAPH}{title}" for k in range(PARAGRAPHS))
            key = make_key(PAPER, day, title, paragraphs)
            articles.append(
                Article(
                    key,
                    title,
                    page=page,
                    page_name="要闻",
                    byline="本报记者",
                    paragraphs=paragraphs,
                )
            )
    pages = tuple(Page(code, "要闻") for code in PAGES)
    return Issue(PAPER, day, f"/synthetic/{n}.txt", "text", pages, tuple(articles))


def library_home(issues: int) -> Path:
    """The library of `issues` issues, built the first time and kept for the next runs."""
    home = Path(tempfile.gettempdir()) / "paper-reader-bench" / f"first-window-{issues}"
    ready = home / "ready"
    if ready.exists():
        return home
    started = time.perf_counter()
    with Library.open(home) as library:
        have = library.issue_count()
        library.import_issues(synthetic_issue(n) for n in range(have, issues))
        middle = library.issues(issues // 2, 1)[0]
        library.set_last_article(library.articles(middle.id)[7].key)
    ready.touch()
    print(f"library of {issues} issues built in {time.perf_counter() - started:.0f} s")
    return home


def run_child(code: str, argument: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds from process start to the story painted, peak memory in MB)."""
    env = {**env, "SPAWNED_AT": repr(time.monotonic())}
    done = subprocess.run(
        [sys.executable, "-c", code, argument],
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    seconds, megabytes = done.stdout.split()[-2:]
    return float(seconds), float(megabytes)


def story_text(home: Path) -> str:
    """The text of the story the program opens on, for the bare window to show."""
    with Library.open(home, backup=False, check=False) as library:
        key = library.last_article()
        if key is None:  # never read: the window opens on the newest issue's first story
            key = library.articles(library.issues(0, 1)[0].id)[0].key
            library.set_last_article(key)
        article = library.article(key)
    assert article is not None
    return "\n\n".join((article.title, *article.paragraphs))


def time_next_story(home: Path, steps: int) -> list[float]:
    """Seconds of each J (next story, across issues every 20 stories), the story painted."""
    from PySide6.QtWidgets import QApplication

    from reader.ui import app
    from reader.ui.upkeep import Upkeep

    qapp = app.application()
    window = app.start(app.parse_args(["--library", str(home)]))
    assert not isinstance(window, int)
    settled = time.monotonic() + 1  # the rest of the window made, the check begun
    while time.monotonic() < settled:
        qapp.processEvents()
        time.sleep(0.01)
    checked = time.perf_counter()
    for upkeep in window.findChildren(Upkeep):  # the check and backup over: J alone
        upkeep.wait()
    print(f"the background check and backup ended {time.perf_counter() - checked:.1f} s later")
    QApplication.processEvents()
    times = []
    for _ in range(steps):
        started = time.perf_counter()
        window.go("next_story")
        window.article_view.viewport().repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    print(f"the window after {steps} stories and its check: {_memory()}")
    window.close()
    window.library.close()
    return times


def _memory() -> str:
    """This process's resident memory now and at its peak (VmRSS, VmHWM)."""
    with open("/proc/self/status") as f:
        fields = dict(line.split(":", 1) for line in f)
    now, peak = (int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))
    return f"{now:.0f} MB resident, peak {peak:.0f} MB"


def time_open(home: Path) -> tuple[float, float]:
    """Seconds of Library.open as the window opens it (the whole-file check left to after the
    first paint), and with that check, as a command opens it."""
    times = []
    for check in (False, True):
        started = time.perf_counter()
        Library.open(home, backup=False, check=check).close()
        times.append(time.perf_counter() - started)
    return times[0], times[1]


def environment(cache: Path) -> dict[str, str]:
    """As an installed program starts: bytecode cached (after a warm-up run)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library", type=Path, help="an existing library instead")
    args = parser.parse_args()
    home = args.library or library_home(args.issues)
    text = story_text(home)
    today = home / BACKUP_DIR / f"library-{date.today().isoformat()}.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(Path(tmp) / "pycache")
        run_child(_APP, str(home), env)  # warm-up: bytecode, font caches
        run_child(_BARE, text, env)
        apps, bares, memory = [], [], []
        for _ in range(args.runs):
            today.unlink(missing_ok=True)  # each start the first of the day: backup due
            seconds, megabytes = run_child(_APP, str(home), env)
            apps.append(seconds)
            memory.append(megabytes)
            bares.append(run_child(_BARE, text, env)[0])
    steps = time_next_story(home, 60)
    opened, checked = time_open(home)
    app, bare = statistics.median(apps), statistics.median(bares)
    size = f"{home}" if args.library else f"{args.issues} issues"
    print(f"platform {env['QT_QPA_PLATFORM']}, {size}, {args.runs} runs each")
    print(f"program:     median {app * 1000:.0f} ms ({_list(apps)})")
    print(f"bare window: median {bare * 1000:.0f} ms ({_list(bares)})")
    print(f"ratio {app / bare:.2f} (target at most {TARGET})")
    # The fastest runs are the least disturbed by other work on the machine.
    print(f"ratio of the fastest runs {min(apps) / min(bares):.2f}")
    print(f"program's peak memory at first paint: median {statistics.median(memory):.0f} MB")
    print(
        f"opening the library: {opened * 1000:.1f} ms as the window opens it,"
        f" {checked * 1000:.0f} ms with the whole-file check"
    )
    p95 = sorted(steps)[int(len(steps) * 0.95)]
    print(
        f"next story (J), {len(steps)} steps: median {statistics.median(steps) * 1000:.1f} ms,"
        f" p95 {p95 * 1000:.1f} ms, worst {max(steps) * 1000:.1f} ms"
    )


def _list(times: list[float]) -> str:
    return ", ".join(f"{t * 1000:.0f}" for t in times) + " ms"


if __name__ == "__main__":
    main()
