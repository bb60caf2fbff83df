"""Imports files in a process of its own: whatever a page holds, the window never waits for it
or falls with it, and Stop ends it at once."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, Signal

import reader
from reader import import_process
from reader.library import ImportResult

log = logging.getLogger(__name__)

# What the child process runs, after the Python interpreter; it is given the library folder.
CHILD: tuple[str, ...] = ("-m", "reader.import_process")
# The folder that holds the `reader` package: the child imports the same code as the window.
_CODE = str(Path(reader.__file__).resolve().parent.parent)


@dataclass
class Batch:
    """Paths handed over together, and what became of them."""

    paths: list[str]
    show: bool  # show its first new story when done
    results: list[ImportResult] = field(default_factory=list)
    reading: str = ""  # the path the process said it was reading last (or a folder in one)
    stopped: bool = False  # the reader stopped it
    broke: bool = False  # the process ended without its results

    @property
    def may_have_stored(self) -> bool:
        """Something may be new in the library: an import, or one cut short after a batch."""
        stored = any(r.status in ("imported", "replaced") for r in self.results)
        return stored or self.stopped or self.broke


class Importer(QObject):
    """One batch at a time, in the order given, each in a child process (reader.import_process)."""

    progress = Signal(int, int, str)  # n, total, path
    finished = Signal(object)  # the Batch, with its results
    busy_changed = Signal(bool)

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self._waiting: deque[Batch] = deque()
        self._batch: Batch | None = None
        self._process: QProcess | None = None
        self._output = bytearray()

    @property
    def pending(self) -> int:
        """Batches not finished yet, the one under way included."""
        return len(self._waiting) + (self._batch is not None)

    def start(self, paths: Sequence[str | Path], show: bool = True) -> None:
        self._waiting.append(Batch([os.path.abspath(p) for p in paths], show))
        self._next()

    def cancel(self) -> None:
        """Stop the import under way (what it stored stays) and drop those waiting."""
        dropped, self._waiting = list(self._waiting), deque()
        if self._batch is not None and self._process is not None:
            self._batch.stopped = True
            self._process.kill()
            self._process.waitForFinished(-1)  # reports the batch through _ended
        for batch in dropped:
            batch.stopped = True
            self.finished.emit(batch)

    def shut_down(self) -> None:
        """The window is closing: end the child and report nothing more."""
        self.blockSignals(True)
        self.cancel()

    # --- the child process ---------------------------------------------------------------

    def _next(self) -> None:
        if self._batch is not None or not self._waiting:
            return
        self._batch = self._waiting.popleft()
        self._output.clear()
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments([*CHILD, str(self._home)])
        process.setWorkingDirectory(_CODE)  # no other `reader` folder comes first
        process.setProcessEnvironment(_environment())
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        self._process = process
        self.busy_changed.emit(True)
        process.start()
        process.write(json.dumps(self._batch.paths, ensure_ascii=True).encode("ascii"))
        process.closeWriteChannel()

    def _read(self) -> None:
        assert self._process is not None and self._batch is not None
        self._output += self._process.readAllStandardOutput().data()
        *lines, rest = self._output.split(b"\n")
        self._output = bytearray(rest)
        for line in lines:
            self._take(line)

    def _take(self, line: bytes | bytearray) -> None:
        assert self._batch is not None
        try:
            event = json.loads(line)
            if "progress" in event:
                n, total, path = event["progress"]
                self._batch.reading = str(path)
                self.progress.emit(int(n), int(total), str(path))
            elif "results" in event:
                self._batch.results = import_process.read_results(event["results"])
        except (ValueError, TypeError, KeyError):
            log.exception("the import process said something unexpected: %r", line[:200])

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no `finished` follows this one
            log.error("the import process could not be started: %s", self._process_error())
            self._ended(-1, QProcess.ExitStatus.CrashExit)

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        process, batch = self._process, self._batch
        if process is None or batch is None:
            return
        self._read()
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if errors:
            log.warning("the import process said:\n%s", errors)
        if not batch.results and not batch.stopped:
            log.error("the import process ended (%s, code %s) without results", status, code)
            batch.broke = True
            batch.results = _cut_short(batch)
        self._process, self._batch = None, None
        process.deleteLater()
        self.finished.emit(batch)
        if self._batch is None and not self._waiting:
            self.busy_changed.emit(False)
        self._next()

    def _process_error(self) -> str:
        return self._process.errorString() if self._process is not None else ""


def _cut_short(batch: Batch) -> list[ImportResult]:
    """What the process did not finish: what it was reading, and the paths after it. (Those
    before it may be stored: results come only at the end.) Inside a folder too large to be
    one issue, the process was reading one of its folders: those stored are kept, and an
    import of the folder again goes on from there."""
    reading = QCoreApplication.translate("Importer", "%1: reading it stopped the import")
    after = QCoreApplication.translate("Importer", "%1: not imported, the import stopped before it")
    inside = QCoreApplication.translate(
        "Importer", "%1: the import stopped inside it; import it again to go on from there"
    )
    # The path given that holds what was read: itself, or a folder of it (the first before
    # the process said anything).
    read = PurePath(batch.reading)
    at = next((n for n, p in enumerate(batch.paths) if batch.reading and read.is_relative_to(p)), 0)
    given = batch.paths[at] if batch.paths else batch.reading
    told = [(batch.reading or given, reading)]
    if batch.reading and batch.reading != given:
        told.append((given, inside))
    told += [(path, after) for path in batch.paths[at + 1 :]]
    return [
        ImportResult(path, "failed", None, words.replace("%1", Path(path).name), None)
        for path, words in told
    ]


def _environment() -> QProcessEnvironment:
    env = QProcessEnvironment.systemEnvironment()
    paths = [_CODE, *filter(None, env.value("PYTHONPATH").split(os.pathsep))]
    env.insert("PYTHONPATH", os.pathsep.join(paths))
    env.insert("PYTHONIOENCODING", "utf-8")
    return env
