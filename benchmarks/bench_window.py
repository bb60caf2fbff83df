"""Window timings on a 1,000-issue library: start to first painted article, and next story.

    python benchmarks/bench_window.py [--issues 1000] [--runs 5]

Targets: start-up under 0.5 s (median), switching to the next story under 30 ms.
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

from reader.library import BACKUP_DIR, FILE_NAME, Library, daily_backup, is_healthy
from reader.model import Article, Issue, Page, make_key

PAGES = ("01", "02", "03", "04")
STORIES_PER_PAGE = 5
PARAGRAPH = (
    "市统计局日前发布数据，一季度全市实现地区生产总值两千三百亿元，同比增长百分之六点二，"
    "增速比全省平均水平高零点八个百分点。"
)

# Run in a fresh process: prints seconds from interpreter start to the first paint of the
# article pane, then quits.
_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from reader.ui import app

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and window.article_view.article is not None:
            print(time.perf_counter() - START, flush=True)
            QTimer.singleShot(0, qapp.quit)
            watched.removeEventFilter(self)
        return False

qapp = app.application()
window = app.start(app.parse_args(["--library", sys.argv[1]]))
painter = FirstPaint()
window.article_view.viewport().installEventFilter(painter)
qapp.exec()
window.library.close()
"""


def synthetic_issue(n: int) -> Issue:
    """Issue number n: a distinct date, four pages of five stories of twelve paragraphs."""
    year, day = 2000 + n // 360, n % 360
    date = f"{year}-{1 + day // 30:02d}-{1 + day % 30:02d}"
    articles = []
    for page in PAGES:
        for s in range(STORIES_PER_PAGE):
            title = f"第{page}版第{s + 1}条 合成新闻 {n}"
            paragraphs = tuple(f"{k + 1}. {PARAGRAPH}{title}" for k in range(12))
            key = make_key("合成日报", date, title, paragraphs)
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
    return Issue("合成日报", date, f"/synthetic/{n}.txt", "text", pages, tuple(articles))


def build_library(home: Path, issues: int) -> None:
    started = time.perf_counter()
    with Library.open(home) as library:
        if library.issue_count() < issues:
            for n in range(library.issue_count(), issues):
                library.import_issue(synthetic_issue(n))
        middle = library.issues(issues // 2, 1)[0]
        library.set_last_article(library.articles(middle.id)[7].key)
    print(f"library of {issues} issues ready in {time.perf_counter() - started:.1f} s")


def time_startup(home: Path, runs: int, cache: Path, backup_due: bool = False) -> list[float]:
    """Fresh processes, as an installed program starts: bytecode cached, one warm-up run.
    With backup_due, each run is the first of the day: today's backup is not taken yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    times = []
    for _ in range(runs + 1):
        if backup_due:
            (home / BACKUP_DIR / f"library-{date.today().isoformat()}.sqlite").unlink(True)
        code = f"import time\nSTART = {time.perf_counter()!r}\n" + _CHILD
        done = subprocess.run(
            [sys.executable, "-c", code, str(home)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        # perf_counter is the system's monotonic clock, shared by parent and child.
        times.append(float(done.stdout.split()[0]))
    return times[1:]


def time_open_parts(home: Path) -> tuple[float, float, float]:
    """Seconds for Library.open without the backup, for its quick_check alone, and for the
    daily backup the window now takes on a thread after the first paint."""
    path = home / FILE_NAME
    started = time.perf_counter()
    Library.open(home, backup=False).close()
    opened = time.perf_counter() - started
    started = time.perf_counter()
    is_healthy(path)
    checked = time.perf_counter() - started
    (home / BACKUP_DIR / f"library-{date.today().isoformat()}.sqlite").unlink(True)
    started = time.perf_counter()
    daily_backup(path)
    return opened, checked, time.perf_counter() - started


def time_next_story(home: Path, steps: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from reader.ui import app

    qapp = app.application()
    window = app.start(app.parse_args(["--library", str(home)]))
    assert not isinstance(window, int)
    qapp.processEvents()
    times = []
    for _ in range(steps):
        started = time.perf_counter()
        window.go("next_story")
        window.article_view.viewport().repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    window.close()
    window.library.close()
    return times


def time_import(home: Path, files: int, folder: Path) -> tuple[float, float]:
    """Import `files` issue files through the window: (seconds, longest stall of the GUI)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui import app

    sample = app.sample_paths()[0]
    text = Path(sample).read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(files):
        day = f"2025年{1 + n // 28}月{1 + n % 28}日"
        path = folder / f"issue-{n}.txt"
        path.write_text(text.replace("2026年3月12日", day), encoding="utf-8")
        paths.append(path)
    window = app.start(app.parse_args(["--library", str(home)]))
    assert not isinstance(window, int)
    while window.pending_imports:  # the sample issue of a first start
        QApplication.processEvents()
    clock, stalls = QElapsedTimer(), [0]
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: (stalls.append(clock.restart()), None))
    started = time.perf_counter()
    window.import_paths(paths)
    clock.start()
    ticker.start()
    while window.pending_imports:
        QApplication.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    ticker.stop()
    window.close()
    window.library.close()
    return elapsed, max(stalls) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", type=Path, help="reuse (or keep) the library in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / "library"
        build_library(home, args.issues)
        startup = time_startup(home, args.runs, Path(tmp) / "pycache")
        first_of_day = time_startup(home, args.runs, Path(tmp) / "pycache", backup_due=True)
        opened, checked, backed_up = time_open_parts(home)
        steps = time_next_story(home, 60)
        imported, stall = time_import(Path(tmp) / "fresh", 100, Path(tmp) / "files")
    print(
        f"start-up to first painted article: median {statistics.median(startup) * 1000:.0f} ms"
        f" (runs: {', '.join(f'{t * 1000:.0f}' for t in startup)} ms; target < 500 ms)"
    )
    print(
        f"first start of the day (backup due): median"
        f" {statistics.median(first_of_day) * 1000:.0f} ms"
    )
    print(
        f"Library.open {opened * 1000:.0f} ms, of which quick_check {checked * 1000:.0f} ms;"
        f" daily backup, on a thread after the first paint: {backed_up * 1000:.0f} ms"
    )
    print(
        f"next story (J), {len(steps)} steps: median {statistics.median(steps) * 1000:.1f} ms,"
        f" worst {max(steps) * 1000:.1f} ms (target < 30 ms)"
    )

    print(
        f"import of 100 issue files on the worker thread: {imported:.1f} s;"
        f" longest pause of the window meanwhile {stall * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
