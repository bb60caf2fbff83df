"""Getting an issue from a local e-paper site: the issue that results, and the requests made."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from fixtures.fetch.site import JPEG, SiteServer, build, sample_pages

from reader.fetch.client import USER_AGENT, Limits, Options
from reader.fetch.errors import Cancelled, FetchError
from reader.fetch.fetcher import fetch_issue, get_issue
from reader.library import Library
from reader.parsing import parse_path

DAY = date(2024, 12, 25)
FAST = Options(delay=0.0, timeout=2.0, retries=2, backoff=0.01, deadline=5.0)


@pytest.fixture
def server():
    with SiteServer() as running:
        yield running


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def serve(server: SiteServer, scheme: str, pages: int = 3, per_page: int = 3, **kw):
    site = build(scheme, DAY, sample_pages(pages, per_page), **kw)
    server.add(site)
    return site


# --- the issue ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["rmrb-pc", "rmrb-html", "founder"])
def test_every_page_article_and_picture_is_fetched_and_parsed(server, home, scheme):
    site = serve(server, scheme, pages=3, per_page=3)
    with Library.open(home) as library:
        result, imported = get_issue(library, server.url(site.front), None, home, FAST)
        assert imported.status == "imported"
        issue = library.issue(imported.issue_id)
        assert issue is not None and issue.paper == "示例日报" and issue.date == "2024-12-25"
        assert [(p.code, p.name) for p in library.pages(imported.issue_id)] == [
            ("01", "要闻"),
            ("02", "综合"),
            ("03", "经济"),
        ]
        titles = [a.title for a in library.articles(imported.issue_id)]
    assert titles == site.titles
    assert (result.pages, result.articles, result.images, result.pdfs) == (3, 9, 3, 3)
    stored = {p.relative_to(result.folder).as_posix() for p in result.folder.rglob("*")}
    for path in site.pages + site.articles + site.page_images + site.pdfs + site.photos:
        assert f"127.0.0.1{path}" in stored
    assert result.folder == home / "papers" / "127.0.0.1_rmrb" / "2024-12-25"


def test_the_stored_folder_parses_again_without_the_site(home):
    with SiteServer() as server:
        site = serve(server, "rmrb-pc", pages=2, per_page=2)
        result = fetch_issue(server.url(site.front), None, home, FAST)
    issue = parse_path(result.folder)  # the server is gone
    assert [a.title for a in issue.articles] == site.titles
    photo = issue.articles[0].images[0]
    assert photo.src is not None and (result.folder / photo.src).read_bytes() == JPEG


def test_requests_are_one_each_in_page_order_from_the_site_only(server, home):
    site = serve(server, "rmrb-pc", pages=2, per_page=2)
    fetch_issue(server.url(site.front), None, home, FAST)
    paths = server.requested(host=None)
    assert paths[0] == "/robots.txt"
    assert paths[1] == site.front
    assert len(paths) == len(set(paths))  # nothing twice
    expected = {*site.pages, *site.articles, *site.page_images, *site.pdfs, *site.photos}
    assert set(paths[1:]) == expected  # no other day, no mobile edition, no template files
    assert paths.index(site.pages[1]) > max(paths.index(a) for a in site.articles[:2])
    assert {r.host for r in server.log} == {"127.0.0.1"}
    assert {r.headers["User-Agent"] for r in server.log} == {USER_AGENT}
    assert USER_AGENT.startswith("PaperReader/")


def test_requests_to_a_host_are_spaced_by_the_delay(server, home):
    site = serve(server, "founder", pages=2, per_page=2)
    fetch_issue(server.url(site.front), None, home, Options(delay=0.05, retries=0))
    arrivals = [r.at for r in server.log]
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) == 1 + 2 + 4 + 2 + 2 + 2  # robots, pages, articles, images, PDFs, photos
    assert min(gaps) >= 0.05


@pytest.mark.slow
def test_robots_crawl_delay_is_longer_than_ours_and_wins(server, home):
    server.robots = "User-agent: *\nCrawl-delay: 1\n"  # the standard parser takes whole seconds
    page = '<a id=pageLink href="node_01.html">01版：要闻</a><a href="content_1.html">一篇</a>'
    server.files["/x/2024-12/25/node_01.html"] = (page.encode(), "text/html")
    server.files["/x/2024-12/25/content_1.html"] = (b"<html><h1>t</h1></html>", "text/html")
    fetch_issue(server.url("/x/2024-12/25/node_01.html"), None, home, FAST)
    arrivals = [r.at for r in server.log]
    assert len(arrivals) == 3
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= 1.0


def test_robots_disallow_is_respected_and_told(server, home):
    site = serve(server, "rmrb-html", pages=1, per_page=3)
    hidden = site.articles[1]
    server.robots = f"User-agent: PaperReader\nDisallow: {hidden}\n"
    with Library.open(home) as library:
        result, imported = get_issue(library, server.url(site.front), None, home, FAST)
        articles = library.articles(imported.issue_id)
    assert hidden not in server.requested()
    assert result.disallowed == [server.url(hidden)]
    assert [a.title for a in articles] == site.titles  # known by its title from the page


def test_a_front_page_robots_disallows_is_not_fetched(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)
    server.robots = "User-agent: *\nDisallow: /rmrb/\n"
    with pytest.raises(FetchError, match=r"robots\.txt does not allow"):
        fetch_issue(server.url(site.front), None, home, FAST)
    assert server.requested() == ["/robots.txt"]
    assert not (home / "papers").exists()


def test_a_paper_by_name_from_the_librarys_own_table(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=2)
    _table(home, server, "node_01.html")
    result = fetch_issue("示例日报", DAY, home, FAST)
    assert result.folder == home / "papers" / "slrb" / "2024-12-25"
    assert result.articles == 2 and site.front in server.requested()


def test_a_day_the_site_does_not_have_is_told_in_words(server, home):
    _table(home, server, "node_01.html")
    with pytest.raises(FetchError, match=r"示例日报 of 2024-12-24 is not online .*404"):
        fetch_issue("slrb", date(2024, 12, 24), home, FAST)
    assert not (home / "papers").exists()


def test_a_day_to_come_is_not_asked_for(server, home):
    _table(home, server, "node_01.html")
    with pytest.raises(FetchError, match="not out yet"):
        fetch_issue("slrb", date(2999, 1, 1), home, FAST)
    assert server.log == []


def test_an_unknown_paper_names_the_known_ones(home):
    with pytest.raises(FetchError, match="No paper is called 'nosuch'"):
        fetch_issue("nosuch", DAY, home, FAST)


def test_a_page_image_on_a_picture_server_is_fetched_other_hosts_are_not(server, home):
    site = serve(server, "founder", pages=1, per_page=2)
    picture = server.url("/pics/2024-12/25/page01.jpg", host="localhost")
    body, kind = server.files[site.front]
    old_image = b"src=../../../images/2024-12/25/01/" + site.page_images[0].rsplit("/")[-1].encode()
    body = body.replace(old_image, b"src=" + picture.encode())
    decoy = server.url("/jcrb/html/2024-12/25/content_999.htm", host="localhost")
    body = body.replace(b"</body>", f'<a href="{decoy}">别处</a></body>'.encode())
    server.files[site.front] = (body, kind)
    server.files["/pics/2024-12/25/page01.jpg"] = (JPEG, "image/jpeg")
    result = fetch_issue(server.url(site.front), None, home, FAST)
    assert server.requested("localhost") == ["/robots.txt", "/pics/2024-12/25/page01.jpg"]
    assert (result.folder / "localhost/pics/2024-12/25/page01.jpg").read_bytes() == JPEG


# --- refetch and resume ------------------------------------------------------------------------


def test_a_refetch_asks_conditionally_and_adds_only_what_changed(server, home):
    site = serve(server, "rmrb-pc", pages=2, per_page=2)
    url = server.url(site.front)
    with Library.open(home) as library:
        first, _ = get_issue(library, url, None, home, FAST)
        server.log.clear()
        again, unchanged = get_issue(library, url, None, home, FAST)
        assert again.written == 0 and unchanged.status == "unchanged"
        html = [r for r in server.log if r.path.endswith(".html")]
        assert len(html) == len(site.pages) + len(site.articles)
        assert all("If-None-Match" in r.headers for r in html)
        assert not any(r.path.endswith((".pdf", ".jpg", ".2")) for r in server.log)
        body, kind = server.files[site.articles[3]]
        server.files[site.articles[3]] = (
            body.replace("记者在现场".encode(), "记者再访".encode()),
            kind,
        )
        changed, replaced = get_issue(library, url, None, home, FAST)
        assert changed.written == 1 and replaced.status == "replaced"
        rows = library.articles(replaced.issue_id)
        assert "记者再访" in " ".join(library.article(rows[3].key).paragraphs)
    assert first.written == len(site.files)


def test_cancel_keeps_what_is_stored_and_the_next_fetch_resumes(server, home):
    site = serve(server, "rmrb-html", pages=3, per_page=3)
    url = server.url(site.front)
    with Library.open(home) as library:
        with pytest.raises(Cancelled):
            get_issue(library, url, None, home, FAST, cancelled=lambda: len(server.log) >= 8)
        assert library.issues() == []  # never half an issue
        before = server.requested()
        _result, imported = get_issue(library, url, None, home, FAST)
        assert imported.status == "imported"
        assert [a.title for a in library.articles(imported.issue_id)] == site.titles
    after = server.requested()[len(before) :]
    # Only the file on its way when Cancel came is asked for again.
    assert len(set(before) & set(after) - {"/robots.txt"}) <= 1
    assert set(before) | set(after) == {"/robots.txt", *site.files}


# --- errors: each ends in one sentence and changes nothing ---------------------------------------


def _route(server: SiteServer, path: str, handler) -> None:
    server.routes[path] = handler


def _redirect(server: SiteServer, path: str, location: str, status: int = 302) -> None:
    server.routes[path] = lambda h: h.answer(status, b"", "text/html", {"Location": location})


def _fails(home: Path, url: str, message: str, options: Options = FAST) -> FetchError:
    with Library.open(home) as library, pytest.raises(FetchError, match=message) as caught:
        get_issue(library, url, None, home, options)
    with Library.open(home) as library:
        assert library.issues() == []
    assert "\n" not in str(caught.value)
    papers = home / "papers"
    assert not papers.exists() or not any(p.name == ".fetched.json" for p in papers.rglob("*"))
    return caught.value


def test_a_refused_page_stops_the_fetch(server, home):
    site = serve(server, "rmrb-pc", pages=2, per_page=2)
    _route(server, site.articles[2], lambda h: h.answer(403, b"no", "text/html"))
    _fails(home, server.url(site.front), r"refused it \(403 Forbidden\)")
    assert server.requested().count(site.articles[2]) == 1  # no retry on 4xx


def test_a_page_gone_from_the_site_is_told_and_the_rest_imported(server, home):
    site = serve(server, "founder", pages=1, per_page=3)
    del server.files[site.articles[1]]
    with Library.open(home) as library:
        result, imported = get_issue(library, server.url(site.front), None, home, FAST)
        rows = library.articles(imported.issue_id)
    assert result.missing == [server.url(site.articles[1])]
    assert [r.title for r in rows] == site.titles  # known by its title from the page
    assert server.requested().count(site.articles[1]) == 1


def test_server_errors_are_retried_with_backoff(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=2)
    failures = iter([503, 502])

    def flaky(handler):
        status = next(failures, None)
        if status:
            handler.answer(status, b"busy", "text/html")
        else:
            handler.answer(200, *server.files[site.articles[0]])

    _route(server, site.articles[0], flaky)
    result = fetch_issue(server.url(site.front), None, home, FAST)
    assert result.articles == 2
    assert server.requested().count(site.articles[0]) == 3


def test_a_server_that_keeps_failing_is_told(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=2)
    _route(server, site.articles[1], lambda h: h.answer(500, b"x", "text/html"))
    _fails(home, server.url(site.front), r"answered 500 Internal Server Error \(3 tries\)")


def test_a_server_that_does_not_answer_times_out(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)
    _route(server, site.articles[0], lambda h: time.sleep(1.0))
    options = Options(delay=0, timeout=0.2, retries=1, backoff=0.01)
    _fails(home, server.url(site.front), r"did not answer in time \(2 tries\)", options)


def test_a_trickling_answer_is_given_up(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(40):
            handler.wfile.write(b"<p>" * 10)
            handler.wfile.flush()
            time.sleep(0.05)

    _route(server, site.articles[0], trickle)
    options = Options(delay=0, timeout=1.0, retries=0, deadline=0.5)
    _fails(home, server.url(site.front), "sends its answer too slowly", options)


def test_a_redirect_to_another_host_is_refused(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=2)
    elsewhere = server.url(site.articles[1], host="localhost")
    _redirect(server, site.articles[1], elsewhere, 302)
    _fails(home, server.url(site.front), r"redirects to another host \(localhost\)")
    assert server.requested("localhost") == []


def test_a_redirect_within_the_host_is_followed_and_stored_under_the_linked_name(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)
    server.files["/moved.html"] = server.files[site.articles[0]]
    _redirect(server, site.articles[0], "/moved.html", 301)
    result = fetch_issue(server.url(site.front), None, home, FAST)
    assert (result.folder / f"127.0.0.1{site.articles[0]}").is_file()


def test_endless_redirects_end(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)
    _redirect(server, "/loop", "/loop", 302)
    _redirect(server, site.articles[0], "/loop", 302)
    _fails(home, server.url(site.front), "redirects too many times")
    assert server.requested().count("/loop") == 5


def test_a_huge_answer_is_cut_off(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)
    server.files[site.articles[0]] = (b"<html>" + b"x" * 300_000, "text/html")
    options = Options(delay=0, retries=0, limits=Limits(page=100_000))
    _fails(home, server.url(site.front), "larger than 97 KB, too large for a page", options)


def test_a_huge_answer_without_a_length_is_cut_off_while_it_streams(server, home):
    site = serve(server, "rmrb-pc", pages=1, per_page=1)

    def endless(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(10_000):
                handler.wfile.write(b"<div>" * 2000)
        except OSError:
            pass  # the client hung up, as it should

    _route(server, site.articles[0], endless)
    options = Options(delay=0, retries=0, limits=Limits(page=1_000_000))
    _fails(home, server.url(site.front), "too large for a page", options)


def test_the_wrong_kind_of_answer_is_refused(server, home):
    site = serve(server, "rmrb-html", pages=1, per_page=1)
    server.files[site.page_images[0]] = (b"<html>not a picture</html>", "text/html")
    _fails(home, server.url(site.front), "expected a picture, the site sent text/html")


def test_a_markup_bomb_is_refused(server, home):
    site = serve(server, "founder", pages=1, per_page=1)
    server.files[site.articles[0]] = (b"<html>" + b"<div>" * 5000, "text/html")
    _fails(home, server.url(site.front), "nested too deeply")


def test_a_page_that_is_no_e_paper_is_told(server, home):
    server.files["/index.html"] = (b"<html><body><p>hello</p></body></html>", "text/html")
    _fails(home, server.url("/index.html"), "links to no pages or articles")


def test_an_index_page_that_sends_the_browser_on_is_followed(server, home):
    serve(server, "rmrb-pc", pages=1, per_page=1)
    refresh = '<meta http-equiv="refresh" content="0; URL=202412/25/node_01.html">'
    server.files["/rmrb/pc/layout/index.html"] = (f"<html>{refresh}</html>".encode(), "text/html")
    result = fetch_issue(server.url("/rmrb/pc/layout/index.html"), None, home, FAST)
    assert result.day == DAY and result.articles == 1


def test_the_fetcher_does_not_load_qt():
    code = (
        "import sys, reader.fetch.fetcher, reader.fetch.command\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def _table(home: Path, server: SiteServer, name: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    front = server.url("/rmrb/pc/layout/{yyyy}{mm}/{dd}/" + name)
    (home / "sources.tsv").write_text(f"slrb\t示例日报\t-\t{front}\n", encoding="utf-8")


def test_a_front_page_that_redirects_is_kept_where_it_led(server, home):
    site = serve(server, "rmrb-pc", pages=2, per_page=2)
    _redirect(server, "/rmrb/pc/layout/index.html", site.front)
    with Library.open(home) as library:
        result, imported = get_issue(
            library, server.url("/rmrb/pc/layout/index.html"), None, home, FAST
        )
        assert [p.name for p in library.pages(imported.issue_id)] == ["要闻", "综合"]
        assert [a.title for a in library.articles(imported.issue_id)] == site.titles
    assert (result.folder / f"127.0.0.1{site.front}").is_file()
    assert not (result.folder / "127.0.0.1/rmrb/pc/layout/index.html").exists()
