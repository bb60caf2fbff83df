"""`python -m reader fetch`: the list of papers, a fetch with its summary, a kill in the middle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from fixtures.fetch.site import SiteServer, build, sample_pages

from reader import cli
from reader.fetch import sources
from reader.library import Library

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2024, 12, 25)


def test_the_built_in_table_has_the_national_papers_in_both_people_s_daily_schemes():
    table = (ROOT / "resources" / sources.TABLE_NAME).read_text(encoding="utf-8")
    papers = {s.id: s for s in sources.parse_table(table, "sources.tsv")}
    assert {"rmrb", "gmrb", "jjrb", "kjrb"} <= set(papers)
    rmrb = papers["rmrb"]
    assert rmrb.name == "人民日报"
    assert rmrb.fronts(date(2024, 11, 30))[0] == (
        "http://paper.people.com.cn/rmrb/html/2024-11/30/nbs.D110000renmrb_01.htm"
    )
    assert rmrb.fronts(date(2024, 12, 1))[0] == (
        "http://paper.people.com.cn/rmrb/pc/layout/202412/01/node_01.html"
    )
    assert len(rmrb.fronts(date(2024, 12, 1))) == 2  # the other scheme, if the site switched late


def test_fetch_list_shows_the_papers_and_the_librarys_own(tmp_path, capsys):
    (tmp_path / "sources.tsv").write_text(
        "slrb\t示例日报\t-\thttp://127.0.0.1:9/slrb/html/{yyyy}-{mm}/{dd}/node_1.htm\n",
        encoding="utf-8",
    )
    assert cli.main(["--library", str(tmp_path), "fetch", "--list"]) == 0
    out = capsys.readouterr().out
    assert "slrb     示例日报" in out and "{yyyy}-{mm}/{dd}/node_1.htm" in out


def test_a_broken_table_row_is_one_line(tmp_path, capsys):
    (tmp_path / "sources.tsv").write_text("slrb\t示例日报\n", encoding="utf-8")
    assert cli.main(["--library", str(tmp_path), "fetch", "--list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 1: a row needs id, name, since and front page" in err


def test_fetch_prints_a_summary_and_the_issue_is_in_the_library(tmp_path, capsys):
    with SiteServer() as server:
        site = build("rmrb-pc", DAY, sample_pages(2, 2))
        server.add(site)
        code = cli.main(
            ["--library", str(tmp_path), "fetch", server.url(site.front), "--delay", "0"]
        )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "2024-12-25: 2 pages, 4 articles, 2 page images, 2 PDFs" in out
    assert "library: imported" in out
    assert "page 2 of 2" in err
    with Library.open(tmp_path) as library:
        assert [(i.paper, i.date) for i in library.issues()] == [("示例日报", "2024-12-25")]


def test_a_failed_fetch_is_one_line_and_a_non_zero_exit(tmp_path, capsys):
    with SiteServer() as server:
        code = cli.main(["--library", str(tmp_path), "fetch", server.url("/none/2024-12-25/x.htm")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "not online" in err and "404" in err


def test_a_bad_date_is_refused_by_the_command_line(tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--library", str(tmp_path), "fetch", "rmrb", "--date", "2024-13-01"])
    assert "is not a date" in capsys.readouterr().err


@pytest.mark.slow
def test_a_killed_fetch_resumes_from_the_stored_files(tmp_path):
    """SIGKILL while page 2 is on its way: the library stays empty, the next fetch asks only
    for what is missing, and the issue is whole."""
    with SiteServer() as server:
        site = build("rmrb-html", DAY, sample_pages(3, 3))
        server.add(site)
        arrived, release = threading.Event(), threading.Event()

        def hold(handler):
            arrived.set()
            release.wait(10)
            handler.answer(200, *server.files[site.pages[1]])

        server.routes[site.pages[1]] = hold
        home = tmp_path / "home"
        command = [sys.executable, "-m", "reader", "--library", str(home), "fetch"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen([*command, server.url(site.front), "--delay", "0"], env=env)
        try:
            assert arrived.wait(30), "the fetch never reached page 2"
            process.send_signal(signal.SIGKILL)
            process.wait(10)
        finally:
            release.set()
        first = server.requested()
        with Library.open(home) as library:
            assert library.issues() == []
        del server.routes[site.pages[1]]
        again = subprocess.run(
            [*command, server.url(site.front), "--delay", "0"], env=env, capture_output=True
        )
        assert again.returncode == 0, again.stderr.decode()
        second = server.requested()[len(first) :]
    assert set(first) & set(second) == {"/robots.txt", site.pages[1]}
    assert set(first) | set(second) == {"/robots.txt", *site.files}
    with Library.open(home) as library:
        (issue,) = library.issues()
        assert [a.title for a in library.articles(issue.id)] == site.titles
