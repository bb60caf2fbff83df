"""`python -m reader COMMAND …`: parse and library commands; with no command, the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from reader.model import Article, Issue, issue_to_dict
from reader.parsing import ParseError, parse_path

COMMANDS = ("parse",)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _command_of(args) not in COMMANDS and not {"-h", "--help"} & set(args[:1]):
        from reader.ui.app import main as gui_main

        return gui_main(args)
    parser = _build_parser()
    ns = parser.parse_args(args)
    try:
        return int(ns.run(ns))
    except ParseError as err:
        print(f"paper-reader: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


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
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse a file or folder and print its articles")
    p.add_argument("path")
    p.add_argument("--json", action="store_true", help="print the parse contract as JSON")
    p.set_defaults(run=_cmd_parse)
    return parser


def _cmd_parse(ns: argparse.Namespace) -> int:
    issue = parse_path(ns.path)
    if ns.json:
        json.dump(issue_to_dict(issue), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(outline(issue))
    return 0


def outline(issue: Issue) -> str:
    """A readable summary: one block per article, grouped under its page."""
    lines = [f"{issue.title}  ({issue.format}, {len(issue.articles)} articles)"]
    names = {p.code: p.name for p in issue.pages}
    page = object()
    for n, article in enumerate(issue.articles, 1):
        if article.page != page:
            page = article.page
            label = f"第{article.page}版" if article.page else "(no page)"
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
