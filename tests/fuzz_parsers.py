"""Coverage-guided fuzzing of both parsers with atheris (on demand, not part of pytest).

    python3 -m pip install atheris
    python3 tests/fuzz_parsers.py -runs=100000 -timeout=2

Seeds are the project's own fixtures. Any exception other than ParseError, an input that runs
longer than -timeout seconds, or memory beyond -rss_limit_mb stops the run with the input saved
as crash-*/timeout-* in the current folder.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["reader"]):
    from reader.parsing import ParseError, parse_bytes

FIXTURES = Path(__file__).parent / "fixtures"
NAMES = ("page.txt", "content_1.htm")


def one_input(data: bytes) -> None:
    if not data:
        return
    try:
        issue = parse_bytes(data[1:], NAMES[data[0] & 1])
    except ParseError:
        return
    keys = [a.key for a in issue.articles]
    if len(keys) != len(set(keys)):
        raise AssertionError("repeated article keys")


def seed_corpus() -> str:
    corpus = Path(tempfile.mkdtemp(prefix="paper-reader-fuzz-"))
    for n, path in enumerate(sorted(FIXTURES.rglob("*"))):
        if path.is_file() and path.stat().st_size < 200_000:
            kind = b"\x01" if path.suffix.startswith(".htm") else b"\x00"
            (corpus / f"{n:04d}").write_bytes(kind + path.read_bytes())
    return str(corpus)


def main() -> None:
    corpus = seed_corpus()
    try:
        atheris.Setup([*sys.argv, "-rss_limit_mb=2048", corpus], one_input)
        atheris.Fuzz()
    finally:
        shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
