"""Imports files on a worker thread with its own library connection, so the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reader.library import ImportResult, Library, LibraryError


class Importer(QObject):
    """Runs Library.import_paths off the GUI thread; results come back as signals.

    A plain Python thread is used: PySide's QRunnable subclasses are deleted by Qt after
    run(), which crashed at exit now and then.
    """

    progress = Signal(int, int, str)  # n, total, path
    finished = Signal(object)  # list[ImportResult]

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._lock = threading.Lock()  # one import at a time keeps the library's order simple
        self._threads: list[threading.Thread] = []

    def start(self, paths: Sequence[str | Path]) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._run, args=([str(p) for p in paths],))
        self._threads.append(thread)
        thread.start()

    def wait(self) -> None:
        for thread in self._threads:
            thread.join()

    def _run(self, paths: list[str]) -> None:
        with self._lock:
            try:
                library = Library.open(self._home)
            except LibraryError as err:
                results = [ImportResult(p, "failed", None, str(err), None) for p in paths]
            else:
                try:
                    results = [
                        self._import_one(library, n, p, len(paths)) for n, p in enumerate(paths, 1)
                    ]
                finally:
                    library.close()
        self.finished.emit(results)

    def _import_one(self, library: Library, n: int, path: str, total: int) -> ImportResult:
        self.progress.emit(n, total, path)
        try:
            return library.import_paths([path])[0]
        except Exception as err:  # a bug must not leave the window waiting forever
            message = f"{Path(path).name}: could not be imported ({err})"
            return ImportResult(path, "failed", None, message, None)
