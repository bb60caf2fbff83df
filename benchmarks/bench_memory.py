"""Peak memory of parsing a 100 MB text dump and a 50 MB HTML page (or their clear refusal).

Usage: python3 benchmarks/bench_memory.py
Each parse runs in a fresh process so its peak resident size is its own.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_parse_text import synthetic_issue  # the script's folder is on sys.path

_CHILD = """
import resource, sys
from reader.parsing import ParseError, parse_path
try:
    outcome = f"{len(parse_path(sys.argv[1]).articles)} articles"
except ParseError as err:
    outcome = f"refused: {err}"
print(outcome, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, sep="\\t")
"""


def _html_page(megabytes: float) -> bytes:
    rng = random.Random(7)
    han = "市政府召开常务会议研究部署夏季防汛工作全区上下有力执行中央和省委省政府各项部署要求"
    head = "<html><head><meta charset='utf-8'><title>江城日报</title></head><body>"
    parts = [head, "<founder-title>长篇报道</founder-title><founder-content>"]
    size = 0
    while size < megabytes * 2**20:
        paragraph = "<p>　　" + "".join(rng.choices(han, k=300)) + "。</p>\n"
        parts.append(paragraph)
        size += len(paragraph.encode())
    parts.append("</founder-content></body></html>")
    return "".join(parts).encode("utf-8")


def _measure(path: Path) -> None:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        print(f"{path.name}: failed\n{result.stderr}")
        return
    outcome, peak_mb = result.stdout.strip().split("\t")
    size_mb = path.stat().st_size / 2**20
    print(f"{path.name}: {size_mb:.0f} MB -> {outcome}; {seconds:.1f} s, peak {peak_mb} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "dump.txt"
        text.write_bytes(synthetic_issue(100))
        _measure(text)
        page = Path(folder) / "content_1.htm"
        page.write_bytes(_html_page(50))
        _measure(page)


if __name__ == "__main__":
    main()
