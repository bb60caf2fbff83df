"""Peak memory of parsing the largest inputs a parser accepts, and of refusing larger ones.

Usage: python3 benchmarks/bench_memory.py
Each parse runs in a fresh process so its peak resident size is its own; the budget is 1 GB.
Inputs: a 30 MB text dump (read) and a 100 MB one (refused), a 7 MB HTML page of 50 articles
(read) and a 50 MB one (refused), a 27 KB LZMA zip of one 199 MB text, a zip of 4,999 texts
of 100 KB, and a folder of 1,000 article pages of 100 KB each (read up to the issue's limits).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from bench_parse_text import synthetic_issue  # the script's folder is on sys.path

_CHILD = """
import resource, sys
from reader.parsing import ParseError, parse_path
try:
    outcome = f"{len(parse_path(sys.argv[1]).articles)} articles"
except ParseError as err:
    outcome = f"refused: {err}"
# VmHWM is this program's own peak; ru_maxrss would keep the parent's across fork and exec.
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
print(outcome, peak, sep="\\t")
"""


def _html_page(megabytes: float, articles: int = 1) -> bytes:
    """An e-paper page of `articles` articles of many paragraphs each."""
    rng = random.Random(7)
    han = "市政府召开常务会议研究部署夏季防汛工作全区上下有力执行中央和省委省政府各项部署要求"
    parts = ["<html><head><meta charset='utf-8'><title>江城日报</title></head><body>"]
    size = 0
    for n in range(articles):
        parts.append(f"<founder-title>长篇报道之{n}</founder-title><founder-content>")
        while size < (n + 1) * megabytes * 2**20 / articles:
            paragraph = "<p>　　" + "".join(rng.choices(han, k=300)) + "。</p>\n"
            parts.append(paragraph)
            size += len(paragraph.encode())
        parts.append("</founder-content>")
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")


def _size(path: Path) -> int:
    files = path.iterdir() if path.is_dir() else [path]
    return sum(f.stat().st_size for f in files)


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
    size_mb = _size(path) / 2**20
    print(f"{path.name}: {size_mb:.0f} MB -> {outcome}; {seconds:.1f} s, peak {peak_mb} MB")


def _zip(path: Path, members: dict[str, bytes], method: int) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _folder(path: Path, pages: int) -> Path:
    path.mkdir()
    page = _html_page(0.1)
    for n in range(pages):
        (path / f"content_{n}.htm").write_bytes(page)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for megabytes in (30, 100):
            text = root / f"dump-{megabytes}mb.txt"
            text.write_bytes(synthetic_issue(megabytes))
            _measure(text)
        for megabytes, articles in ((7, 50), (50, 1)):
            page = root / f"content-{megabytes}mb.htm"
            page.write_bytes(_html_page(megabytes, articles))
            _measure(page)
        line = "市政府召开常务会议，研究部署夏季防汛工作。\n".encode()
        huge = {"dump.txt": line * (199 * 2**20 // len(line))}
        _measure(_zip(root / "one-huge-member.zip", huge, zipfile.ZIP_LZMA))
        many = {f"{n:04d}.txt": line * (100 * 1024 // len(line)) for n in range(4_999)}
        _measure(_zip(root / "many-members.zip", many, zipfile.ZIP_DEFLATED))
        _measure(_folder(root / "many-pages", 1_000))


if __name__ == "__main__":
    main()
