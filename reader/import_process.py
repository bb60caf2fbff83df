"""The importer as a process of its own, so that no page, however it is made, can freeze or
crash the window that asked for it (the window kills it to cancel).

    python -m reader.import_process HOME  < a JSON list of paths

prints one JSON line per event: {"progress": [n, total, path]} as each file (or folder of
a large one) is begun, {"told": sentence} for what the reader should know (an import that
resumes), then {"results": [ImportResult fields, ...]}. Messages for a maintainer go to stderr.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader import importing, logs
from reader.library import ImportResult, Library, LibraryError


def main(argv: Sequence[str] | None = None) -> int:
    home = Path((sys.argv[1:] if argv is None else argv)[0])
    paths = [str(p) for p in json.loads(sys.stdin.read())]
    logs.setup(None, verbose=True)
    try:
        library = Library.attach(home)  # the window opened (checked, restored) it
    except LibraryError as err:
        results = [ImportResult(p, "failed", None, str(err), None) for p in paths]
    else:
        with library:
            results = importing.import_paths(library, paths, _progress, told=_told)
    _say("results", [dataclasses.asdict(r) for r in results])
    return 0


def read_results(rows: list[dict[str, Any]]) -> list[ImportResult]:
    """The "results" line back into ImportResults."""
    return [ImportResult(**row) for row in rows]


def _progress(n: int, total: int, path: str) -> None:
    _say("progress", [n, total, path])


def _told(text: str) -> None:
    _say("told", text)


def _say(kind: str, value: object) -> None:
    # ASCII JSON: any path (even one that is not valid UTF-8) comes through intact.
    sys.stdout.write(json.dumps({kind: value}, ensure_ascii=True) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
