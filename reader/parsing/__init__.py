"""parse_path(path) -> Issue and parse_issues(path) -> every issue: sniff, pick a parser.

Layout: `text/` reads text dumps, corpus records and OCR pages, `html/` saved HTML pages,
`pdf/` page PDFs; beside them the shared parts: `vocabulary` (dates, page codes, paper
names), `credits` (the words of credits and datelines), `conventions` (bylines, datelines,
captions), `characters` (what carries no text), `decode` (bytes to text), `sniff` (which
parser), `identity` (one name a paper), `files` (reading from disk), `folder` and `archive`
(reading a folder or a zip), `gathering` (its files as issues, one per paper and date),
`printed` (each page's picture, PDF and article areas), `limits` (how much of anything is too
much) and `errors`.
"""

from __future__ import annotations

import importlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.parsing.errors import ParseError

if TYPE_CHECKING:
    from reader.model import Issue
    from reader.parsing.gathering import ParseOutcome, Skipped
    from reader.parsing.sniff import looks_like_html, parse_bytes

# The parsers themselves (bs4, lxml, every format) and the reading of files load when first
# asked for: the window's first paint needs only the vocabulary beside them.
_LAZY = {
    "ParseOutcome": "reader.parsing.gathering",
    "Skipped": "reader.parsing.gathering",
    "looks_like_html": "reader.parsing.sniff",
    "parse_bytes": "reader.parsing.sniff",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ParseError",
    "ParseOutcome",
    "Skipped",
    "looks_like_html",
    "parse_bytes",
    "parse_issues",
    "parse_path",
]


def parse_path(path: str | Path) -> Issue:
    """The one issue a text dump, a saved HTML page, a folder or a .zip holds.

    A folder or zip of several papers or days is refused in words: `parse_issues` reads it.
    """
    outcome = parse_issues(path)
    if len(outcome.issues) == 1:
        return outcome.issues[0]
    issues = outcome.issues
    span = " to ".join(dict.fromkeys(i.title for i in (issues[0], issues[-1])))
    raise ParseError(
        f"{Path(path).name}: it holds {len(issues)} issues ({span}), not one; "
        "import it to keep them all"
    )


def parse_issues(path: str | Path) -> ParseOutcome:
    """Every issue a path holds, one per paper and date in date order, and the files of a
    folder or zip that are none, each with the reason; ParseError if it holds no issue."""
    import zipfile

    from reader.parsing.files import open_regular, read_bounded
    from reader.parsing.folder import parse_folder, parse_zip
    from reader.parsing.gathering import ParseOutcome
    from reader.parsing.identity import dated_by_path
    from reader.parsing.limits import MAX_FILE_BYTES, MAX_PDF_BYTES
    from reader.parsing.sniff import looks_like_pdf, parse_bytes

    path = Path(path)
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except FileNotFoundError:
        raise ParseError(f"{path}: no such file or folder") from None
    except OSError as err:
        raise ParseError(f"{path.name}: cannot be read ({err.strerror or err})") from None
    if folder:
        return parse_folder(path)
    # Opened once, as a regular file, and read only so far: a pipe or a device is refused.
    with open_regular(path) as file:
        if zipfile.is_zipfile(file):
            file.seek(0)
            return parse_zip(file, path)
        file.seek(0)
        pdf = looks_like_pdf(file.read(1024))
        file.seek(0)
        data = read_bounded(file, path.name, MAX_PDF_BYTES if pdf else MAX_FILE_BYTES)
    try:
        issue = parse_bytes(data, str(path))
    except ParseError as err:
        raise ParseError(f"{path.name}: {err}") from None
    return ParseOutcome((dated_by_path(issue, path.name),))
