"""Imports files on a worker thread with its own library connection, so the window never freezes."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader import importing
from reader.library import ImportResult, Library, LibraryError

log = logging.getLogger(__name__)


class Importer(QObject):
    """Runs importing.import_paths off the GUI thread, one batch at a time in the order given.

    A plain Python thread is used: a QRunnable subclass is deleted by Qt after run(), which
    PySide does not always survive.
    """

    progress = Signal(int, int, str)  # n, total, path
    finished = Signal(object)  # list[ImportResult] of one batch

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._jobs: queue.Queue[list[str]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._lock = threading.Lock()  # guards _worker: exactly one worker while jobs wait

    def start(self, paths: Sequence[str | Path]) -> None:
        with self._lock:
            self._jobs.put([str(p) for p in paths])
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="importer", daemon=True)
                self._worker.start()

    def wait(self) -> None:
        """Block until every batch handed over so far is in the library."""
        self._jobs.join()

    def _work(self) -> None:
        """Import batches until none is left; the next start() makes a new worker."""
        while True:
            with self._lock:
                try:
                    paths = self._jobs.get_nowait()
                except queue.Empty:
                    self._worker = None
                    return
            try:
                self.finished.emit(self._import(paths))
            finally:
                self._jobs.task_done()

    def _import(self, paths: list[str]) -> list[ImportResult]:
        try:
            library = Library.open(self._home)
        except LibraryError as err:
            return [ImportResult(p, "failed", None, str(err), None) for p in paths]
        try:
            return [self._import_one(library, n, p, len(paths)) for n, p in enumerate(paths, 1)]
        finally:
            library.close()

    def _import_one(self, library: Library, n: int, path: str, total: int) -> ImportResult:
        self.progress.emit(n, total, path)
        try:
            return importing.import_paths(library, [path])[0]
        except Exception as err:  # a bug must not leave the window waiting forever
            log.exception("importing %s failed", path)
            text = QCoreApplication.translate("Importer", "%1: could not be imported (%2)")
            message = text.replace("%1", Path(path).name).replace("%2", str(err))
            return ImportResult(path, "failed", None, message, None)
