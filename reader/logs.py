"""Logging for maintainers: a rotating file in the library folder, stderr with --verbose."""

from __future__ import annotations

import logging
import logging.handlers
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
        try:
            home.mkdir(parents=True, exist_ok=True)
            file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
                home / FILE_NAME, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
            )
        except OSError:
            pass  # an unwritable folder: the library says so in words; logging is not vital
        else:
            file_handler.setFormatter(formatter)
            root.addHandler(file_handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
