"""Time to fetch and import an issue of 20 pages and 150 articles with page images and PDFs,
from a site on 127.0.0.1: with no delay, and with a delay (about requests × delay in all).

Run: python3 benchmarks/bench_fetch.py [--delay SECONDS] [--scheme rmrb-pc|rmrb-html|founder]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from types import ModuleType

from reader.fetch.client import Options
from reader.fetch.fetcher import get_issue
from reader.library import Library

PAGES = 20
ARTICLES = 150
SITE_BUILDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "fetch" / "site.py"


def _site_module() -> ModuleType:
    """The test fixtures' site builder, loaded from its file (benchmarks are not a package)."""
    spec = importlib.util.spec_from_file_location("fetch_site", SITE_BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def run(scheme: str, delay: float) -> tuple[float, int, int]:
    site_module = _site_module()
    per_page = [ARTICLES // PAGES + (1 if n < ARTICLES % PAGES else 0) for n in range(PAGES)]
    site = site_module.build(scheme, date(2024, 12, 25), site_module.sample_pages(PAGES, per_page))
    with site_module.SiteServer() as server, tempfile.TemporaryDirectory() as home:
        server.add(site)
        with Library.open(Path(home), backup=False) as library:
            started = time.perf_counter()
            result, imported = get_issue(
                library, server.url(site.front), None, Path(home), Options(delay=delay)
            )
            elapsed = time.perf_counter() - started
        assert imported.status == "imported" and result.articles == ARTICLES, result
        return elapsed, result.requests, result.articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=0.05, help="the delayed run's delay")
    parser.add_argument("--scheme", default="rmrb-pc", choices=("rmrb-pc", "rmrb-html", "founder"))
    ns = parser.parse_args()
    elapsed, requests, articles = run(ns.scheme, 0.0)
    print(
        f"{PAGES} pages, {articles} articles, {requests} requests, no delay: "
        f"{elapsed:.2f} s (target: under 5 s)"
    )
    elapsed, requests, _ = run(ns.scheme, ns.delay)
    expected = requests * ns.delay
    print(
        f"same issue, delay {ns.delay:g} s: {elapsed:.2f} s; requests × delay = {expected:.2f} s "
        f"(+{elapsed - expected:.2f} s of work)"
    )


if __name__ == "__main__":
    main()
