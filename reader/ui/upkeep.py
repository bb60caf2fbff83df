"""After the first paint: the whole-file check of the library, then the day's backup, on a
thread; damage found is restored through the library's restore path and told in words."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.library import Library, LibraryError, daily_backup, is_healthy

# How long closing the window waits for a check or a backup still running.
FINISH_S = 60


class Upkeep(QObject):
    """Checks the library file whole (the start skipped it: see Library.open(check=False)),
    and if it is sound takes the day's backup; a backup is never taken of a damaged file.
    Damage is restored on the window's thread, which owns the library's connection. A
    problem met reading the library at the start is told if the check does not explain it."""

    damaged = Signal()
    failed = Signal(str)

    def __init__(
        self,
        library: Library,
        backup: bool,
        problem: str | None,
        restored: Callable[[list[str]], None],
        warn: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._library, self._path, self._backup = library, Path(library.path), backup
        self._restored, self._warn = restored, warn
        self._problem = problem  # what went wrong reading the library at the start, if anything
        self._thread = threading.Thread(target=self._run, name="upkeep", daemon=True)
        self.damaged.connect(self._restore)
        self.failed.connect(warn)

    def start(self) -> None:
        self._thread.start()

    def wait(self, seconds: float = FINISH_S) -> None:
        if self._thread.is_alive():
            self._thread.join(seconds)

    def _run(self) -> None:
        try:
            if not is_healthy(self._path, mapped=False):  # the window's memory stays small
                self.damaged.emit()
                return
            if self._problem is not None:  # damage the check does not see (a story's text)
                self.failed.emit(self._problem)
            if self._backup:
                daily_backup(self._path)
        except LibraryError as err:
            self.failed.emit(str(err))

    def _restore(self) -> None:
        try:
            notices = self._library.restore_damaged()
        except LibraryError as err:
            self._warn(str(err))
            return
        self._restored(notices)
