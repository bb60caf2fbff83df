"""Search in the window: time from keystroke to hits shown, on a 10,000-issue library.

    python benchmarks/bench_search_ui.py [--issues 10000] [--rounds 1]

The library is made by bench_library's generator and cached in the temporary folder, so
later runs start at once. For each query it measures, in the real window (offscreen):
  Enter      pressing Enter (no pause) until the hits are listed and painted;
  typing     the query typed a character every KEY_INTERVAL_MS (an input method gives a
             Chinese word at once), from the last keystroke until its hits are painted:
             the pause before searching, and any search of an earlier prefix still running;
  stall      the longest the window's event loop was kept from running meanwhile.
Target: keystroke to hits under 100 ms at the 95th percentile.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from bench_library import build, phrases, queries

from reader.library import Library
from reader.ui import settings
from reader.ui.window import MainWindow

TIMEOUT_MS = 10_000
KEY_INTERVAL_MS = 120  # a quick typist


def cached_library(count: int) -> Path:
    home = Path(tempfile.gettempdir()) / f"paper-reader-bench-search-ui-{count}"
    if not (home / "library.sqlite").exists():
        partial = home.with_name(home.name + ".partial")
        print(f"building {count:,} issues in {partial} (once; later runs reuse it)…", flush=True)
        start = time.perf_counter()
        build(partial, count)
        partial.rename(home)
        print(f"  built in {time.perf_counter() - start:,.0f} s", flush=True)
    return home


class Stall:
    """The longest gap between ticks of a 1 ms timer: how long the window could not react."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.worst = 0
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self._timer.start()

    def stop(self) -> int:
        self._timer.stop()
        self._tick()
        return self.worst

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())


def until_shown(window: MainWindow, act) -> float:
    """Milliseconds from act() to the hits listed and painted."""
    loop = QEventLoop()
    window.search_panel.results_shown.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    start = time.perf_counter()
    act()
    loop.exec()
    QApplication.processEvents()  # the view lays out the new rows
    window.search_panel.hits.viewport().repaint()
    took = (time.perf_counter() - start) * 1000
    window.search_panel.results_shown.disconnect(loop.quit)
    return took


def measure(window: MainWindow, words: list[str]) -> dict[str, list[float]]:
    panel, box, stall = window.search_panel, window.search_box, Stall()
    out: dict[str, list[float]] = {"enter": [], "typing": [], "stall": [], "hits": []}
    for word in words:
        box.blockSignals(True)
        box.setText(word)
        box.blockSignals(False)
        panel.type(word)
        stall.start()
        out["enter"].append(until_shown(window, panel.run_now))
        out["stall"].append(stall.stop())
        out["hits"].append(len(panel.hit_items()))
        box.clear()
        QApplication.processEvents()
        out["typing"].append(type_in(window, word))
    return out


def type_in(window: MainWindow, word: str) -> float:
    """Type `word` into the search box; milliseconds from the last keystroke to its hits."""
    box = window.search_box
    steps = [word] if not word.isascii() else [word[:n] for n in range(1, len(word) + 1)]
    for prefix in steps[:-1]:
        box.setText(prefix)
        loop = QEventLoop()
        QTimer.singleShot(KEY_INTERVAL_MS, loop.quit)
        loop.exec()
    return until_shown(window, lambda: box.setText(word))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def peak_megabytes() -> float:
    """This process's peak resident memory (VmHWM, Linux)."""
    with open("/proc/self/status") as f:
        return int(next(line for line in f if line.startswith("VmHWM:")).split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1, help="times each query is run")
    args = parser.parse_args()
    home = cached_library(args.issues)
    app = QApplication.instance() or QApplication([])
    library = Library.open(home, backup=False, check=False)  # as the window opens it
    window = MainWindow(library, home, settings.Settings(Path(tempfile.mkdtemp())))
    window.show()
    rng = random.Random(3)
    kinds = queries(rng, phrases(library, rng))
    until_shown(window, lambda: (window.search_panel.type("warm"), window.search_panel.run_now()))
    print(f"\n{args.issues:,} issues ({library.issue_count() * 20:,} articles), in the window:")
    everything: list[float] = []
    typed: list[float] = []
    for kind, words in kinds.items():
        found = measure(window, words * args.rounds)
        everything += found["enter"]
        typed += found["typing"]
        print(
            f"  {kind:>7}: Enter -> hits median {statistics.median(found['enter']):5.1f} ms,"
            f" p95 {percentile(found['enter'], 0.95):5.1f} ms;"
            f" typing -> hits p95 {percentile(found['typing'], 0.95):5.1f} ms;"
            f" longest stall {max(found['stall']):3.0f} ms;"
            f" hits listed median {statistics.median(found['hits']):.0f}"
        )
    print(
        f"  all {len(everything)} queries: Enter -> hits p95 {percentile(everything, 0.95):.1f} ms,"
        f" keystroke -> hits p95 {percentile(typed, 0.95):.1f} ms (target under 100 ms)"
    )
    print(f"  the window's peak memory: {peak_megabytes():.0f} MB (target under 300 MB)")
    window.close()
    library.close()
    app.processEvents()


if __name__ == "__main__":
    main()
