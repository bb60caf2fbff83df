"""Imports files on a worker thread with its own library connection, so the window never freezes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.library import ImportResult, Library, LibraryError


class Importer(QObject):
    """Runs Library.import_paths off the GUI thread; results come back as signals."""

    progress = Signal(int, int, str)  # n, total, path
    finished = Signal(list)  # list[ImportResult]

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one import at a time keeps the library's order simple

    def start(self, paths: Sequence[str | Path]) -> None:
        self._pool.start(_ImportJob(self, self._home, [str(p) for p in paths]))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class _ImportJob(QRunnable):
    def __init__(self, importer: Importer, home: Path, paths: list[str]) -> None:
        super().__init__()
        self._importer, self._home, self._paths = importer, home, paths

    def run(self) -> None:
        try:
            library = Library.open(self._home)
        except LibraryError as err:
            results = [ImportResult(p, "failed", None, str(err), None) for p in self._paths]
        else:
            try:
                results = [self._import_one(library, n, p) for n, p in enumerate(self._paths, 1)]
            finally:
                library.close()
        self._importer.finished.emit(results)

    def _import_one(self, library: Library, n: int, path: str) -> ImportResult:
        self._importer.progress.emit(n, len(self._paths), path)
        try:
            return library.import_paths([path])[0]
        except Exception as err:  # a bug must not leave the window waiting forever
            message = f"{Path(path).name}: could not be imported ({err})"
            return ImportResult(path, "failed", None, message, None)
