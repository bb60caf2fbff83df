"""The one way in: paths -> parse -> library, in batches, with progress and cancel.

The command line, the window's importer and the fetcher all import through here, so the
library never needs to know about the parsers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import model
from reader.library import BATCH, ImportResult, Library
from reader.parsing import ParseError, parse_issues

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # n, total, path


def parse_one(path: str | Path) -> list[model.Issue | ImportResult]:
    """Every issue a path holds (one per paper and date), and a result for each file in it
    that is none (skipped, with its reason); a failed ImportResult when there is no issue."""
    try:
        outcome = parse_issues(path)
    except ParseError as err:
        return [ImportResult(str(path), "failed", None, str(err), None)]
    except Exception as err:  # a parser's bug on one file must not stop the others
        log.exception("parsing %s failed", path)
        message = f"{Path(path).name}: cannot be read ({type(err).__name__}: {err})"
        return [ImportResult(str(path), "failed", None, message, None)]
    skipped = [
        ImportResult(str(Path(path) / s.file), "skipped", None, f"{s.file}: {s.reason}", None)
        for s in outcome.skipped
    ]
    return [*outcome.issues, *skipped]


def import_paths(
    library: Library,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Parse and store each path, BATCH to a transaction; a file that fails is reported and
    the rest go on. When `cancelled()` turns true, what is stored stays and the rest is left."""
    results: list[ImportResult] = []
    for start in range(0, len(paths), BATCH):
        # Parse a batch first, so the library is not held while files are read.
        parsed: list[model.Issue | ImportResult] = []
        for n, path in enumerate(paths[start : start + BATCH], start + 1):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(n, len(paths), str(path))
            # One file is one issue by whichever path it was given: stored by its real path.
            parsed += parse_one(Path(path).resolve())
        stored = iter(library.import_issues(p for p in parsed if isinstance(p, model.Issue)))
        results += [p if isinstance(p, ImportResult) else next(stored) for p in parsed]
        if cancelled is not None and cancelled():
            break
    return results
