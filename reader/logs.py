"""Logging for maintainers: a rotating file in the library folder, stderr with --verbose."""

from __future__ import annotations

import logging
from pathlib import Path

FILE_NAME = "paper-reader.log"
MAX_BYTES = 1_000_000
KEPT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(home: Path | None, verbose: bool = False) -> None:
    """Send the `reader` loggers to `home`/paper-reader.log (if it can be written) and, when
    verbose, to stderr. Calling it again replaces the handlers it set before."""
    root = logging.getLogger("reader")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    formatter = logging.Formatter(_FORMAT)
    if home is not None:
        file_handler = _FileOnFirstRecord(home / FILE_NAME)
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)


class _FileOnFirstRecord(logging.Handler):
    """The rotating log file, opened when the first record comes: most starts log nothing,
    and logging.handlers (sockets, pickle, queues) is not loaded before the window shows."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            import logging.handlers

            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    self._path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
                )
            except OSError:  # an unwritable folder: the library says so; logging is not vital
                self._failed = True
                return
            self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()
