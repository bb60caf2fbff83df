"""`python -m reader fetch PAPER_OR_URL [--date D] [--delay S]` and `fetch --list`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reader.fetch import DEFAULT_DELAY
from reader.library import ImportResult, Library, default_home

if TYPE_CHECKING:
    from reader.fetch.fetcher import FetchResult, Progress


def add_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch", help="get an issue from its e-paper site into the library")
    p.add_argument("target", nargs="?", metavar="PAPER_OR_URL", help="a paper, or a page address")
    p.add_argument("--date", metavar="YYYY-MM-DD", type=_day, help="the issue's day (today)")
    p.add_argument(
        "--delay", metavar="SECONDS", type=float, default=DEFAULT_DELAY,
        help=f"pause between requests to a site ({DEFAULT_DELAY:g} s; robots.txt may ask more)",
    )  # fmt: skip
    p.add_argument("--list", action="store_true", help="list the papers that can be fetched")
    p.set_defaults(run=run)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def run(ns: argparse.Namespace) -> int:
    # Loaded here: the HTTP client is not needed to start the window or other commands.
    from reader.fetch.client import Options
    from reader.fetch.errors import Cancelled, FetchError
    from reader.fetch.fetcher import get_issue

    home = Path(ns.library) if ns.library else default_home()
    try:
        if ns.list:
            return _list(home)
        if not ns.target:
            raise FetchError("Name a paper (see `fetch --list`) or the address of a front page.")
        if ns.delay < 0:
            raise FetchError("The delay cannot be negative.")
        with Library.open(home) as library:
            for notice in library.notices:
                print(f"paper-reader: {notice}", file=sys.stderr)
            options = Options(delay=ns.delay)
            result, imported = get_issue(library, ns.target, ns.date, home, options, _show)
    except Cancelled:
        print("paper-reader: stopped; the next fetch goes on from here", file=sys.stderr)
        return 130
    except FetchError as err:
        print(f"paper-reader: {err}", file=sys.stderr)
        return 2
    sys.stdout.write(summary(result, imported))
    return 0


def _list(home: Path) -> int:
    from reader.fetch import sources

    for source in sources.known(home):
        print(f"{source.id:<8} {source.name}")
        for scheme in source.schemes:
            since = f"  (from {scheme.since})" if scheme.since else ""
            print(f"         {scheme.front}{since}")
    return 0


def _show(progress: Progress) -> None:
    print(
        f"page {progress.page} of {progress.pages}, {progress.articles} articles: {progress.url}",
        file=sys.stderr,
        flush=True,
    )


def summary(result: FetchResult, imported: ImportResult) -> str:
    lines = [
        f"{result.paper.name} {result.day}: {result.pages} pages, {result.articles} articles, "
        f"{result.images} page images, {result.pdfs} PDFs",
        f"{result.requests} requests, {result.written} files new or changed, "
        f"stored in {result.folder}",
        f"library: {imported.status}",
    ]
    if result.missing:
        lines.append(
            f"{len(result.missing)} files are gone from the site: " + ", ".join(result.missing[:5])
        )
    if result.disallowed:
        lines.append(
            f"{len(result.disallowed)} files are not allowed by the site's robots.txt: "
            + ", ".join(result.disallowed[:5])
        )
    return "\n".join(lines) + "\n"
