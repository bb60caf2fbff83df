"""The one way in: paths -> parse -> library, in batches, with progress, cancel and resume.

The command line, the window's importer and the fetcher all import through here, so the
library never needs to know about the parsers. A folder too large to be one issue (a corpus
of a paper's years, one file per article) is imported folder by folder; each folder stored
whole is recorded, so that an import stopped halfway picks up where it stopped. Files are
parsed and prepared a few folders ahead in other processes when there are many, while the
library stores.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from reader import model
from reader.library import BATCH, ImportResult, Library, Prepared, prepared
from reader.parsing import ParseError, parse_issues
from reader.parsing.files import walk
from reader.parsing.gathering import HTML_SUFFIXES, TEXT_SUFFIXES
from reader.parsing.limits import MAX_ISSUE_FILES

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # n, total, path
# What a path holds: its issues (prepared to store, when parsed in another process), and
# the results of files that are none.
Parsed = list[model.Issue | Prepared | ImportResult]
Told = Callable[[str], None]  # a sentence for the reader, as the import goes

_PAGES = HTML_SUFFIXES | TEXT_SUFFIXES
# Processes that parse, and the folders they parse ahead of the one being stored (each may
# hold a month of a paper).
_WORKERS = min(os.cpu_count() or 1, 4)
_AHEAD = _WORKERS + 1
# Fewer folders than this are parsed here: other processes take longer to start.
_MANY = 8


def parse_one(path: str | Path) -> Parsed:
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


def parse_and_prepare(path: Path) -> Parsed:
    """parse_one, each issue then prepared to store: all the work that needs no library,
    for the processes that parse."""
    return [_prepared(p) if isinstance(p, model.Issue) else p for p in parse_one(path)]


def _prepared(issue: model.Issue) -> model.Issue | Prepared:
    try:
        return prepared(issue)
    except Exception:  # stored as it is then, and reported by the library if it must fail
        log.exception("preparing %s failed", issue.source)
        return issue


@dataclass(frozen=True)
class Unit:
    """What is parsed at once: a path given, or one folder of a folder too large to be one
    issue (`files` then describes its page files, to know it again when resumed)."""

    path: Path
    shown: str  # the path as the reader gave it, or under the folder given
    files: str | None = None


def units(paths: Sequence[str | Path]) -> list[Unit]:
    """The paths, each folder too large to be one issue replaced by the folders in it (the
    page files beside them each on its own), by their real paths."""
    out: list[Unit] = []
    for given in paths:
        # One file is one issue by whichever path it was given: stored by its real path.
        path = Path(given).resolve()
        out += _parts(path, str(given)) if _too_large(path) else [Unit(path, str(given))]
    return out


def _too_large(path: Path) -> bool:
    if not path.is_dir():
        return False
    pages = 0
    for name in walk(path):
        pages += _is_page(name)
        if pages > MAX_ISSUE_FILES:
            return True
    return False


def _is_page(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in _PAGES


def _parts(folder: Path, shown: str) -> list[Unit]:
    out: list[Unit] = []
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as err:
        log.warning("%s left out: %s", folder, err.strerror or err)
        return out
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path, name = Path(entry.path), os.path.join(shown, entry.name)
        if entry.is_dir(follow_symlinks=False):
            if _too_large(path):
                out += _parts(path, name)
            elif (files := _describe(path)) is not None:
                out.append(Unit(path, name, files))
        elif entry.is_file(follow_symlinks=False) and _is_page(entry.name):
            out.append(Unit(path, name))
    return out


def _describe(folder: Path) -> str | None:
    """The folder's page files as count, bytes and latest change: the same again means
    nothing in it changed since. None when it holds no page."""
    count = size = latest = 0
    for name in walk(folder):
        if not _is_page(name):
            continue
        try:
            stat = (folder / name).stat()
        except OSError:
            continue
        count, size, latest = count + 1, size + stat.st_size, max(latest, stat.st_mtime_ns)
    return f"{count}:{size}:{latest}" if count else None


@dataclass
class _Run:
    """An import under way: what is parsed and waits to be stored, and the results."""

    library: Library
    told: Told | None
    results: list[ImportResult] = field(default_factory=list)
    waiting: list[tuple[Unit, Parsed]] = field(default_factory=list)
    resumed: int = 0
    said: bool = False

    def take(self, unit: Unit, parsed: Parsed) -> None:
        self.waiting.append((unit, parsed))
        if sum(not isinstance(p, ImportResult) for _, ps in self.waiting for p in ps) >= BATCH:
            self.store()

    def store(self) -> None:
        """Store what waits, BATCH issues to a transaction; then record the folders stored
        whole."""
        waiting, self.waiting = self.waiting, []
        issues = [p for _, parsed in waiting for p in parsed if not isinstance(p, ImportResult)]
        stored = iter(self.library.import_issues(issues))
        whole: list[tuple[str, str]] = []
        for unit, parsed in waiting:
            results = [p if isinstance(p, ImportResult) else next(stored) for p in parsed]
            self.results += results
            if unit.files is not None and not any(r.status == "failed" for r in results):
                whole.append((str(unit.path), unit.files))
        if whole:
            self.library.mark_folders_imported(whole)

    def skip(self, unit: Unit) -> None:
        """A folder stored whole before and not changed since."""
        self.resumed += 1
        result = ImportResult(str(unit.path), "unchanged", None, None, None)
        self.waiting.append((Unit(unit.path, unit.shown), [result]))  # in order, not recorded

    def say_resumed(self) -> None:
        if self.resumed and not self.said and self.told is not None:
            self.said = True
            self.told(resumed_message(self.resumed))


def resumed_message(folders: int) -> str:
    return (
        f"{folders} folder(s) imported before and not changed since are left as they are;"
        " the import goes on from there."
    )


def import_paths(
    library: Library,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    told: Told | None = None,
) -> list[ImportResult]:
    """Parse and store each path, BATCH issues to a transaction; a file that fails is
    reported and the rest go on. A folder too large to be one issue goes folder by folder,
    those stored whole before (and unchanged) skipped, which `told` hears. When
    `cancelled()` turns true, what is stored stays and the rest is left. Progress counts
    the paths, or the folders when a folder was too large to be one issue."""
    todo = units(paths)
    run = _Run(library, told)
    with _parser(len(todo)) as parser:
        for n, unit, fetch in parser.parsed(todo, library, cancelled):
            # Said before the unit is read here: if reading it ends this process, the
            # window knows which it was.
            if progress is not None:
                progress(n, len(todo), unit.shown)
            if fetch is None:
                run.skip(unit)
                continue
            run.say_resumed()
            run.take(unit, fetch())
    run.store()
    run.say_resumed()
    if len(todo) > 1:
        library.give_back_free_pages()
    return run.results


Fetch = Callable[[], Parsed]  # what a unit holds, parsed here or waited for


class _Parser:
    """Parses the units in order, ahead of the one stored when other processes parse."""

    def __init__(self, pool: Executor | None) -> None:
        self.pool = pool

    def parsed(
        self, todo: list[Unit], library: Library, cancelled: Callable[[], bool] | None
    ) -> Iterator[tuple[int, Unit, Fetch | None]]:
        """(n, unit, how to have what it holds, or None when stored whole before) for each
        unit, until `cancelled()`."""
        ahead: deque[tuple[int, Unit, Fetch | None]] = deque()
        queue = iter(enumerate(todo, 1))
        while True:
            while len(ahead) <= (_AHEAD if self.pool else 0):
                n, unit = next(queue, (0, None))
                if unit is None:
                    break
                ahead.append((n, unit, self._start(unit, library)))
            if not ahead or (cancelled is not None and cancelled()):
                return
            yield ahead.popleft()

    def _start(self, unit: Unit, library: Library) -> Fetch | None:
        if unit.files is not None and library.folder_imported(str(unit.path), unit.files):
            return None
        if self.pool is not None:
            try:
                future = self.pool.submit(parse_and_prepare, unit.path)
                return lambda: self._result(unit, future)
            except (BrokenProcessPool, RuntimeError):
                self.pool = None
        return lambda: parse_one(unit.path)

    def _result(self, unit: Unit, future: Future[Parsed]) -> Parsed:
        try:
            return future.result()
        except BrokenProcessPool:
            # A parsing process died (a parser's crash): this one parses from here on.
            log.exception("the parsing process ended at %s", unit.path)
            self.pool = None
            return parse_one(unit.path)


@contextlib.contextmanager
def _parser(count: int) -> Iterator[_Parser]:
    if count < _MANY or _WORKERS < 2 or os.name != "posix":
        yield _Parser(None)
        return
    # What the parsing processes make keys and digests with, loaded before they are forked
    # (the window loads it only when first used): each does not start OpenSSL after fork.
    import hashlib  # noqa: F401

    # As many as there are processors: parsing and preparing an article takes longer than
    # storing it, and the library's process waits on them while they work.
    pool = ProcessPoolExecutor(
        max_workers=_WORKERS, mp_context=get_context("fork"), initializer=_end_with_parent
    )
    try:
        yield _Parser(pool)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _end_with_parent() -> None:
    """In the parsing process: end when the importing process is gone (killed to cancel, or
    crashed), instead of waiting forever for work."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
