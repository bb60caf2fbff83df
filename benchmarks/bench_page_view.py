"""The printed page: showing a page, turning to the next, and importing a 20-page PDF issue.

    python benchmarks/bench_page_view.py [--pages 20] [--runs 5] [--pdf ISSUE.pdf]

Targets: a page shown in under 200 ms, a page turn after the first render under 100 ms, a
20-page PDF issue imported in under 3 s. The PDFs are set by reportlab with its built-in
Chinese font, which is not embedded: PDFium then looks for a system font to stand in, a cost
real e-paper PDFs (fonts embedded) do not have. `--pdf` times a PDF issue of your own instead.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The newspaper pages are set by the tests' own PDF maker.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from newspaper_pdf import Block, Page, Story, write_pdf
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.library import Library
from reader.parsing import parse_path
from reader.ui.page_view import PageView

SENTENCES = (
    "江城市春耕备耕工作全面展开，各地农技人员深入田间地头，指导农户做好种子和农机具的准备。",
    "今年全市计划播种粮食作物一百二十万亩，比去年增加三万亩，新建的育秧工厂已全部投入使用。",
    "国家统计局发布数据显示，一季度规模以上工业增加值同比增长百分之五点八，增速有所加快。",
    "江城图书馆新馆今天开馆，藏书两百万册，设有少儿阅览区、古籍修复室和数字阅读空间。",
    "江城河综合治理工程进入收尾阶段，沿岸新建的八公里步道将于五月向市民开放。",
)


def issue_pages(count: int) -> list[Page]:
    """Pages of six stories in three columns each, about 5,000 characters a page."""
    rng = random.Random(7)
    pages = []
    for p in range(count):
        blocks, y = [], 50.0
        for row in range(3):
            for col in range(2):
                paragraphs = ["".join(rng.choices(SENTENCES, k=2)) for _ in range(4)]
                story = Story(f"第{p + 1}版第{row * 2 + col + 1}篇稿件的标题", paragraphs)
                story.kicker, story.byline = "引题写在这里", "本报记者　王蕾"
                blocks.append(Block(story, 30 + col * 275, y, 260, 255, columns=3, size=6.5))
            y += 260
        head = f"江城日报  2026年3月12日  星期四  第{p + 1:02d}版  要闻"
        pages.append(Page(blocks=blocks, head=head))
    return pages


def timed_show(app: QApplication, view: PageView, page, folder: Path) -> float:  # type: ignore[no-untyped-def]
    shown: list[float] = []
    view.page_drawn.connect(lambda: shown.append(time.perf_counter()))
    start = time.perf_counter()
    view.show_page(page, folder, [(a.key, a.key) for a in page.areas])
    while not shown:
        app.processEvents()
        time.sleep(0.001)
    view.page_drawn.disconnect()
    return shown[0] - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf", type=Path, help="a PDF issue to time instead of the made-up one")
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = folder / "issue.pdf"
        if args.pdf:
            pdf.write_bytes(args.pdf.read_bytes())
        else:
            write_pdf(pdf, issue_pages(args.pages))
        imports = []
        for run in range(args.runs):
            library = Library.open(folder / f"library{run}")
            start = time.perf_counter()
            import_paths(library, [pdf])
            imports.append(time.perf_counter() - start)
            library.close()
        issue = parse_path(pdf)
        pages = len(issue.pages)
        print(
            f"import a {pages}-page PDF issue: first {imports[0]:.2f} s (PDFium cold),"
            f" median {statistics.median(imports):.2f} s, slowest {max(imports):.2f} s"
        )
        view = PageView()
        view.resize(900, 1000)
        view.show()
        first = [timed_show(app, view, issue.pages[0], folder)]
        turns, ahead = [], []
        for page in issue.pages[1 : 1 + args.runs]:
            turns.append(timed_show(app, view, page, folder))
        for n, page in enumerate(issue.pages[1 + args.runs : 1 + 2 * args.runs]):
            view.prefetch([issue.pages[2 + args.runs + n]], folder)
            view._renderer.wait()
            app.processEvents()
            ahead.append(timed_show(app, view, page, folder) if n else 0.0)
        print(f"first page shown: {first[0] * 1000:.0f} ms")
        print(f"page turn (drawn on demand): median {statistics.median(turns) * 1000:.0f} ms")
        ahead = ahead[1:] or [0.0]
        print(f"page turn (next page drawn ahead): median {statistics.median(ahead) * 1000:.0f} ms")
        view._renderer.close()


if __name__ == "__main__":
    main()
