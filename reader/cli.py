"""`python -m reader COMMAND …`: parse and library commands; with no command, the window."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from reader import importing, logs
from reader.export import contents as export_contents
from reader.export import epub as export_epub
from reader.export import references
from reader.export.citation import citation
from reader.export.files import write_whole
from reader.export.html import issue_html
from reader.export.markdown import issue_markdown, write_bookmark_notes
from reader.fetch import command as fetch_command
from reader.library import (
    STATUSES,
    Bookmark,
    Hit,
    ImportResult,
    Library,
    LibraryError,
    default_home,
)
from reader.model import Article, Issue, issue_to_dict
from reader.parsing import ParseError, parse_issues
from reader.render import Clipping, html_document, markdown

COMMANDS = ("parse", "import", "issues", "search", "bookmarks", "fetch", "export")

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # A file name or an argument that is not UTF-8 is printed with its bytes escaped.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    if _command_of(args) not in COMMANDS and not {"-h", "--help"} & set(args[:1]):
        from reader.ui.app import main as gui_main

        return gui_main(args)
    ns = _build_parser().parse_args(args)
    try:
        home = _home(ns)
        # `parse` reads no library: it logs into the library folder only if there is one.
        logs.setup(home if ns.command != "parse" or home.exists() else None, ns.verbose)
        return int(ns.run(ns))
    except (ParseError, LibraryError) as err:
        _say(str(err))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: the reader gets a sentence, the log the traceback
        log.exception("paper-reader %s failed", ns.command)
        _say(
            f"{ns.command} stopped on an unexpected error ({type(err).__name__}: {err});"
            f" the details are in {_log_file(ns)}."
        )
        return 70


def _say(message: str) -> None:
    """One line for the reader on stderr."""
    print(f"paper-reader: {' '.join(message.split())}", file=sys.stderr)


def _home(ns: argparse.Namespace) -> Path:
    if ns.library is None:
        return default_home()
    if not ns.library.strip():
        raise LibraryError("--library needs the name of a folder; it was given an empty one.")
    return Path(ns.library).expanduser()


def _log_file(ns: argparse.Namespace) -> str:
    try:
        return str(_home(ns) / logs.FILE_NAME)
    except LibraryError:
        return "the log"


def _command_of(args: list[str]) -> str | None:
    """The first word that is neither an option nor the value of --library."""
    rest = iter(args)
    for arg in rest:
        if arg == "--library":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="paper-reader", description="Read newspaper issues.")
    parser.add_argument("--library", metavar="DIR", help="library folder (default: user data)")
    parser.add_argument(
        "--verbose", action="store_true", help="log what happens on stderr (always: to the log)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse a file or folder and print its articles")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print the parse contract as JSON")
    p.set_defaults(run=_cmd_parse)
    _add_library_commands(sub)
    _add_export_command(sub)
    fetch_command.add_command(sub)
    return parser


def _cmd_parse(ns: argparse.Namespace) -> int:
    """One issue prints as the parse contract's object; a path holding several (papers or
    days) as an array of them, in date order."""
    issues = parse_issues(ns.path).issues
    if ns.json:
        data = [issue_to_dict(issue) for issue in issues]
        _print_json(data[0] if len(data) == 1 else data)
    else:
        sys.stdout.write("\n".join(outline(issue) for issue in issues))
    return 0


def outline(issue: Issue) -> str:
    """A readable summary: one block per article, grouped under its page."""
    lines = [f"{issue.title}  ({issue.format}, {len(issue.articles)} articles)"]
    names = {p.code: p.name for p in issue.pages}
    english = all(a.title.isascii() for a in issue.articles[:3])
    page = object()
    for n, article in enumerate(issue.articles, 1):
        if article.page != page:
            page = article.page
            label = "(no page)"
            if article.page:
                label = f"Page {article.page}" if english else f"第{article.page}版"
            lines.append(f"\n{label} {names.get(article.page or '') or ''}".rstrip())
        lines.extend(_article_outline(n, article))
    return "\n".join(lines) + "\n"


def _article_outline(n: int, a: Article) -> list[str]:
    out = [f"  {n}. {a.title}"]
    for label, value in (
        ("section", a.section),
        ("kicker", a.kicker),
        ("subtitle", a.subtitle),
        ("dateline", a.dateline),
        ("byline", a.byline),
    ):
        if value:
            out.append(f"     {label}: {value}")
    if len(a.pages) > 1:
        out.append(f"     pages: {', '.join(a.pages)}")
    if not a.saved:
        out.append("     (not saved: only the title is known)")
    opening = (a.paragraphs[0] if a.paragraphs else "")[:40]
    out.append(f"     {len(a.paragraphs)} paragraphs: {opening}…" if opening else "     no text")
    return out


# --- library commands ------------------------------------------------------------------------


def _add_library_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import files and folders of issues into the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(run=_cmd_import)

    p = sub.add_parser("issues", help="list the issues in the library, or remove one")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=_cmd_issues)
    q = p.add_subparsers(dest="issues_command").add_parser(
        "remove", help="remove an issue; its bookmarks stay, marked as removed"
    )
    q.add_argument("id", type=int, help="the issue's number, as `issues` lists it")
    q.set_defaults(run=_cmd_issues_remove)

    p = sub.add_parser("search", help="search the library")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--paper", help="only this newspaper")
    p.add_argument("--since", metavar="DATE", help="only issues of this date (YYYY-MM-DD) or later")
    p.add_argument("--until", metavar="DATE", help="only issues of this date or earlier")
    p.add_argument("--limit", type=int, default=200, help="at most this many hits (200)")
    p.set_defaults(run=_cmd_search)

    p = sub.add_parser("bookmarks", help="list, add, remove, export or import bookmarks")
    marks = p.add_subparsers(dest="action", required=True)
    q = marks.add_parser("list", help="list bookmarks, newest first")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(run=_cmd_bookmarks_list)
    q = marks.add_parser("add", help="bookmark an article by its key")
    q.add_argument("key")
    q.add_argument("--note", default="", help="a note to keep with it")
    q.set_defaults(run=_cmd_bookmarks_add)
    q = marks.add_parser("remove", help="remove the bookmark of an article")
    q.add_argument("key")
    q.set_defaults(run=_cmd_bookmarks_remove)
    q = marks.add_parser(
        "export",
        help="write bookmarks as Markdown citations, JSON, CSV, RIS, CSL-JSON,"
        " or a folder of Markdown notes (md-folder)",
    )
    formats = ("md", "json", "csv", *BOOKMARK_FORMATS, "md-folder")
    q.add_argument("--format", choices=formats, default="md")
    q.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: print)")
    q.set_defaults(run=_cmd_bookmarks_export)
    q = marks.add_parser("import", help="add bookmarks from a JSON export")
    q.add_argument("file")
    q.set_defaults(run=_cmd_bookmarks_import)


@contextlib.contextmanager
def _open(ns: argparse.Namespace) -> Iterator[Library]:
    """The library, its notices said at once (a restore, a failed backup) and any that come
    up while the command runs (a search index made again) said at the end."""
    library = Library.open(_home(ns))
    for notice in library.notices:
        _say(notice)
    told = len(library.notices)
    try:
        yield library
    finally:
        for notice in library.notices[told:]:
            _say(notice)
        library.close()


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _printed_as_json(ns: argparse.Namespace, rows: Sequence[Any]) -> bool:
    """With --json, print the rows as a JSON list and say so; without, print nothing."""
    if ns.json:
        _print_json([asdict(row) for row in rows])
    return bool(ns.json)


def _cmd_import(ns: argparse.Namespace) -> int:
    def progress(n: int, total: int, path: str) -> None:
        print(f"[{n}/{total}] {path}", file=sys.stderr, flush=True)

    with _open(ns) as library:
        results = importing.import_paths(library, ns.paths, progress, told=_tell)
    sys.stdout.write(_import_summary(results))
    return 1 if any(r.status == "failed" for r in results) else 0


def _tell(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _import_summary(results: list[ImportResult]) -> str:
    counts = {s: 0 for s in STATUSES}
    for result in results:
        counts[result.status] += 1
    lines = [", ".join(f"{status}: {n}" for status, n in counts.items())]
    told = ("kept", "skipped", "failed")
    lines += [f"  {r.status}: {r.message}" for r in results if r.status in told]
    return "\n".join(lines) + "\n"


def _cmd_issues(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        rows = library.issues()
    if _printed_as_json(ns, rows):
        return 0
    for row in rows:
        print(
            f"{row.id:>5}  {row.date or '(no date)':<10}  {row.paper or '(unknown paper)'}"
            f"  {_count(row.page_count, 'page')}, {_count(row.article_count, 'article')}"
        )
    if not rows:
        print("The library is empty: add issues with `python -m reader import PATH`.")
    return 0


def _cmd_issues_remove(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        row = library.issue(ns.id)
        if row is None:
            raise LibraryError(f"There is no issue {ns.id} in the library.")
        library.remove_issue(ns.id)
    print(f"Removed: {row.title}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _cmd_search(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        hits = library.search(ns.query, ns.paper, ns.since, ns.until, ns.limit)
    if _printed_as_json(ns, hits):
        return 0
    sys.stdout.write(_search_text(hits, bold=sys.stdout.isatty()))
    return 0 if hits else 1


def _search_text(hits: list[Hit], bold: bool) -> str:
    """Hits grouped under their issue, matches in bold on a terminal, else in [ ]."""
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    lines: list[str] = []
    issue = None
    for hit in hits:
        if hit.issue_id != issue:
            issue = hit.issue_id
            lines.append(f"{hit.paper or '(unknown paper)'} {hit.date or ''}".rstrip())
        page = f"第{hit.page}版 " if hit.page else ""
        lines.append(f"  {page}{hit.title}  ({hit.key})")
        lines.append("      " + hit.snippet.replace("\x02", start).replace("\x03", end))
    if not hits:
        lines.append("No article matches.")
    return "\n".join(lines) + "\n"


def _cmd_bookmarks_list(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        bookmarks = library.bookmarks()
    if _printed_as_json(ns, bookmarks):
        return 0
    for b in bookmarks:
        removed = "  (issue removed from the library)" if b.issue_removed else ""
        print(f"{b.created[:10]}  {citation(b)}  ({b.key}){removed}")
        if b.note:
            print(f"      {b.note}")
    if not bookmarks:
        print("No bookmarks yet.")
    return 0


def _cmd_bookmarks_add(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        bookmark = library.add_bookmark(ns.key, ns.note)
    print(f"Bookmarked: {citation(bookmark)}")
    return 0


def _cmd_bookmarks_remove(ns: argparse.Namespace) -> int:
    with _open(ns) as library:
        if not library.is_bookmarked(ns.key):
            raise LibraryError(f"The article {ns.key} is not bookmarked.")
        library.remove_bookmark(ns.key)
    print(f"Removed the bookmark of {ns.key}.")
    return 0


def _cmd_bookmarks_export(ns: argparse.Namespace) -> int:
    if ns.format == "md-folder":
        return _cmd_bookmark_notes(ns)
    with _open(ns) as library:
        bookmarks = library.bookmarks()
    formats = {"md": _bookmarks_md, "json": _bookmarks_json, "csv": _bookmarks_csv}
    text = {**formats, **BOOKMARK_FORMATS}[ns.format](bookmarks)
    if ns.output is None:
        sys.stdout.write(text)
        return 0
    if library.is_own_file(Path(ns.output)):
        raise LibraryError(
            f"{ns.output}: not written over the library, its backups or the files that keep it"
            " safe; choose another file."
        )
    try:
        Path(ns.output).write_text(text, encoding="utf-8", newline="")  # RIS and CSV keep CR LF
    except OSError as err:
        raise LibraryError(f"{ns.output}: cannot be written ({err.strerror})") from err
    print(f"Wrote {len(bookmarks)} bookmarks to {ns.output}.", file=sys.stderr)
    return 0


_EXPORT_FIELDS = ("key", "note", "created", "paper", "date", "page", "title", "byline", "opening")


def _bookmarks_md(bookmarks: list[Bookmark]) -> str:
    lines = ["# Bookmarks", ""]
    for n, b in enumerate(bookmarks, 1):
        lines.append(f"{n}. {citation(b)}")
        if b.note:
            lines.append(f"   > {b.note}")
    return "\n".join(lines) + "\n"


def _bookmarks_json(bookmarks: list[Bookmark]) -> str:
    items = [{f: getattr(b, f) for f in _EXPORT_FIELDS} for b in bookmarks]
    return json.dumps({"bookmarks": items}, ensure_ascii=False, indent=1) + "\n"


def _bookmarks_csv(bookmarks: list[Bookmark]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_EXPORT_FIELDS)
    writer.writerows([getattr(b, f) for f in _EXPORT_FIELDS] for b in bookmarks)
    return out.getvalue()


def _cmd_bookmarks_import(ns: argparse.Namespace) -> int:
    not_bookmarks = (
        f"{ns.file}: not a bookmarks file (export one with `bookmarks export --format json`)"
    )
    try:
        data = json.loads(Path(ns.file).read_text(encoding="utf-8"))
    except OSError as err:
        raise LibraryError(f"{ns.file}: cannot be read ({err.strerror})") from err
    except (ValueError, RecursionError) as err:  # not JSON, not UTF-8, nested past all reason
        raise LibraryError(not_bookmarks) from err
    items = data.get("bookmarks") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise LibraryError(not_bookmarks)
    with _open(ns) as library:
        added = library.import_bookmarks(items)
    print(f"Added {added} bookmarks ({len(items) - added} were already there).")
    return 0


# --- export: issues and stories as files to take along, bookmarks for reference managers ---

EXPORT_FORMATS = ("md", "html", "pdf", "epub")
_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_SUFFIXES |= {".pdf": "pdf", ".epub": "epub"}
BOOKMARK_FORMATS: dict[str, Callable[[list[Bookmark]], str]] = {
    "ris": references.ris,
    "csl-json": references.csl_json,
}


def _add_export_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a story or an issue as Markdown, HTML, PDF or EPUB")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--article", metavar="KEY", help="the story with this key")
    which.add_argument("--issue", metavar="ID", type=int, help="the issue with this id")
    p.add_argument("--page", metavar="CODE", help="with --issue: only this page (版), e.g. 01")
    p.add_argument("--format", choices=EXPORT_FORMATS, help="(default: from the file's suffix)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (md, html: or print)")
    p.set_defaults(run=_cmd_export)


def _cmd_export(ns: argparse.Namespace) -> int:
    kind = ns.format or _SUFFIXES.get(Path(ns.output or "").suffix.lower())
    if kind is None:
        raise LibraryError("Say which format to write: --format md, html, pdf or epub.")
    if kind in ("pdf", "epub") and not ns.output:
        raise LibraryError(f"A {kind.upper()} is a file: name it with -o FILE.")
    if ns.page and ns.issue is None:
        raise LibraryError("--page goes with --issue: it picks one page (版) of the issue.")
    with _open(ns) as library:
        if ns.article:
            issue = export_contents.load_article(library, ns.article)
        else:
            issue = export_contents.load_issue(library, ns.issue, ns.page)
    try:
        _write_export(issue, kind, ns.output, single=bool(ns.article))
    except OSError as err:
        raise LibraryError(f"{ns.output}: cannot be written ({err.strerror or err})") from err
    if ns.output:
        print(f"Wrote {ns.output}.", file=sys.stderr)
    return 0


def _write_export(issue: Issue, kind: str, output: str | None, single: bool) -> None:
    if kind == "pdf":
        _write_pdf(issue, Path(str(output)))
    elif kind == "epub":
        export_epub.write_epub(issue, Path(str(output)))
    else:
        text = _export_text(issue, kind, single)
        if output is None:
            sys.stdout.write(text)
        else:
            write_whole(Path(output), text.encode("utf-8"))


def _export_text(issue: Issue, kind: str, single: bool) -> str:
    """A story as the window's Export Story writes it; an issue with its pages (版)."""
    if single:
        story = issue.articles[0]
        clipping = Clipping(story.title, export_contents.cite(issue, story), story)
        return markdown([clipping]) if kind == "md" else html_document([clipping])
    return issue_markdown(issue) if kind == "md" else issue_html(issue)


def _write_pdf(issue: Issue, path: Path) -> None:
    """Qt sets the PDF: a QGuiApplication without a window, on the offscreen platform unless
    another one is asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from reader.ui.pdf_export import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["paper-reader"])
    write_pdf(issue, path)
    del app  # kept until the PDF is written


def _cmd_bookmark_notes(ns: argparse.Namespace) -> int:
    if not ns.output:
        raise LibraryError("Name the folder for the notes with -o FOLDER.")
    folder = Path(ns.output)
    with _open(ns) as library:
        bookmarks = library.bookmarks()
        stories = {b.key: a for b in bookmarks if (a := library.article(b.key)) is not None}
    try:
        written = write_bookmark_notes(folder, bookmarks, stories)
    except OSError as err:
        raise LibraryError(f"{folder}: cannot be written ({err.strerror or err})") from err
    kept = len(bookmarks) - len(written)
    print(f"Wrote {len(written)} notes to {folder} ({kept} were there already).", file=sys.stderr)
    return 0
