"""Preferences → "Get these papers every day": the day's issue of each chosen paper, got once a
day, when the window starts or once it has been open past the chosen hour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui import settings
from reader.ui.core_messages import translated

if TYPE_CHECKING:  # the fetcher (and its HTTP client) loads when a paper is first got
    from reader.fetch.client import Options
    from reader.fetch.fetcher import FetchResult
    from reader.ui.get_paper import FetchJob

# How often the open window looks at the clock: the hour comes within a minute.
CHECK_MS = 60_000
# How each paper is asked for: politely, as File → Get Paper… does, unless set (tests ask
# faster).
FETCH_OPTIONS: Options | None = None
# What time it is (tests set the day and the hour).
clock: Callable[[], datetime] = datetime.now


class DailyPapers(QObject):
    """Gets the chosen papers' issue of the day, one paper after another off the GUI thread,
    and never twice the same day: the day is written down when it starts. `fetched(folder)`
    hands each whole issue to the window's importer; `said(text)` tells what went wrong."""

    fetched = Signal(str)
    said = Signal(str)

    def __init__(self, home: Path, config: settings.Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._home, self._config = home, config
        self._waiting: list[str] = []
        self._day: date | None = None
        self._job: FetchJob | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Look now, then every minute while the window is open."""
        self.check()
        self._timer.start()

    def check(self) -> None:
        """Start the day's round if papers are chosen, the hour has come and today's round
        has not been started yet."""
        papers = chosen_papers(self._config)
        now = clock()
        today = now.date()
        if self._job is not None or self._waiting or not papers:
            return
        if now.hour < self._config.get(settings.DAILY_HOUR):
            return
        if self._config.get(settings.DAILY_LAST) == today.isoformat():
            return
        self._config.set(settings.DAILY_LAST, today.isoformat())
        self._config.sync()
        self._waiting, self._day = list(papers), today
        self._next()

    def stop(self) -> None:
        """The window closes: the paper being got stops at its next step (and goes on from
        the files kept when it is got again); the others are not started."""
        self._timer.stop()
        self._waiting = []
        if self._job is not None:
            self._job.cancel()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _next(self) -> None:
        if not self._waiting or self._day is None:
            return
        from reader.fetch.client import Options
        from reader.ui.get_paper import FetchJob

        paper = self._waiting.pop(0)
        self._job = FetchJob(paper, self._day, self._home, FETCH_OPTIONS or Options())
        self._job.done.connect(self._done)
        self._job.start()

    def _done(self, result: FetchResult | str | None) -> None:
        from reader.fetch.fetcher import FetchResult

        self._job = None
        if isinstance(result, FetchResult):
            self.fetched.emit(str(result.folder))
        elif isinstance(result, str):
            self.said.emit(translated(result))
        self._next()


def chosen_papers(config: settings.Settings) -> list[str]:
    """The ids of the papers to get every day, as the preferences keep them."""
    return [p for p in config.get(settings.DAILY_PAPERS).split(",") if p]
