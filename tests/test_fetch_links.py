"""Reading a fetched page's links, and the table of papers."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.fetch.site import build, sample_pages

from reader.fetch import links, sources
from reader.fetch.errors import FetchError

DAY = date(2024, 12, 25)
SITE = "http://paper.example.cn"


@pytest.mark.parametrize("scheme", ["rmrb-pc", "rmrb-html", "founder"])
def test_a_layout_page_names_its_pages_articles_image_and_pdf(scheme):
    site = build(scheme, DAY, sample_pages(3, 2))
    front = SITE + site.front
    found = links.discover(site.files[site.front][0].decode("utf-8-sig"), front)
    same_folder = [p for p in found.pages if links.folder_of(p) == links.folder_of(front)]
    assert same_folder == [SITE + p for p in site.pages]
    # The crawler keeps what is on the paper's host: the footer's links elsewhere are not.
    own = [a for a in found.articles if a.startswith(SITE)]
    assert own == [SITE + a for a in site.articles[:2]]  # ?div=-1 dropped, once each
    assert found.page_images == [SITE + site.page_images[0]]
    assert SITE + site.pdfs[0] in found.pdfs


def test_links_in_comments_and_scripts_are_no_links():
    text = (
        '<!-- <a href="content_9.htm">old</a> -->'
        "<script>document.write('<a href=\"content_8.htm\">')</script>"
        '<a href="content_7.htm"><script>document.write(view("标题"))</script></a>'
        '<a href="javascript:void(0)">x</a><a href="mailto:a@b.c">m</a><a href="#top">t</a>'
    )
    found = links.discover(text, SITE + "/p/html/2024-12/25/node_2.htm")
    assert found.articles == [SITE + "/p/html/2024-12/25/content_7.htm"]
    assert found.pages == []


def test_a_meta_refresh_is_read():
    text = '<meta http-equiv="Refresh" content="0;URL=202412/25/node_01.html">'
    found = links.discover(text, SITE + "/rmrb/pc/layout/index.html")
    assert found.refresh == SITE + "/rmrb/pc/layout/202412/25/node_01.html"


@pytest.mark.parametrize(
    "path",
    [
        "/rmrb/html/2024-12/25/nbs.D110000renmrb_01.htm",
        "/rmrb/pc/layout/202412/25/node_01.html",
        "/jxrb/page/186/2024-12-25/A01/1.jpg",
        "/res/1/20241225/photo.jpg",
    ],
)
def test_the_day_is_read_from_the_path(path):
    assert links.day_in(SITE + path) == DAY


def test_no_day_in_a_path_without_one():
    assert links.day_in(SITE + "/tplimg/logo.gif") is None
    assert links.day_in(SITE + "/x/2024-13/45/node_1.htm") is None


def test_markup_bombs_are_refused():
    with pytest.raises(FetchError, match="nested too deeply"):
        links.check_page("<div>" * 3000, "u")
    with pytest.raises(FetchError, match="too many elements"):
        links.check_page("<br>" * 250_000, "u")
    links.check_page("<p>" * 3000, "u")  # unclosed paragraphs are ordinary


def test_the_scheme_in_force_is_tried_first_then_the_others():
    table = (
        "p\t示例日报\t2024-12-01\thttp://e.example.cn/p/pc/layout/{yyyy}{mm}/{dd}/node_01.html\n"
        "p\t示例日报\t-\thttp://e.example.cn/p/html/{yyyy}-{mm}/{dd}/node_1.htm\textra.example.cn\n"
    )
    (paper,) = sources.parse_table(table, "t")
    assert paper.fronts(date(2024, 11, 30)) == [
        "http://e.example.cn/p/html/2024-11/30/node_1.htm",
        "http://e.example.cn/p/pc/layout/202411/30/node_01.html",
    ]
    assert paper.fronts(DAY)[0] == "http://e.example.cn/p/pc/layout/202412/25/node_01.html"
    assert paper.hosts == {"e.example.cn", "extra.example.cn"}


def test_an_address_finds_its_paper_by_host_and_folder():
    table = (
        "rmrb\t人民日报\t-\thttp://paper.example.cn/rmrb/pc/layout/{yyyy}{mm}/{dd}/node_01.html\n"
    )
    known = sources.parse_table(table, "t")
    assert sources.for_url("http://paper.example.cn/rmrb/pc/layout/index.html", known).id == "rmrb"
    other = sources.for_url("http://paper.example.cn/rmrbhwb/html/2024-12/25/node_1.htm", known)
    assert other.id == "paper.example.cn_rmrbhwb"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("p\t名\t2024-13-01\thttp://a.cn/{yyyy}", "is not a date"),
        ("p\t名\t-\tftp://a.cn/{yyyy}", "is not a web address"),
        ("p\t名\t-\thttp://a.cn/{year}", "unknown field {year}"),
        ("P Q\t名\t-\thttp://a.cn/{yyyy}", "is not lower-case ASCII"),
    ],
)
def test_a_bad_row_is_told_with_its_line(row, message):
    with pytest.raises(FetchError, match=f"t, line 2: .*{message}"):
        sources.parse_table("# comment\n" + row, "t")


def test_the_librarys_table_replaces_a_built_in_paper(tmp_path, monkeypatch):
    builtin = sources.parse_table("p\t旧名\t-\thttp://a.cn/{yyyy}/1.htm\n", "b")
    monkeypatch.setattr(sources, "builtin", lambda: builtin)
    (tmp_path / "sources.tsv").write_text("p\t新名\t-\thttp://b.cn/{yyyy}/1.htm\n", "utf-8")
    (paper,) = sources.known(tmp_path)
    assert paper.name == "新名" and paper.hosts == {"b.cn"}
    assert sources.find("新名", [paper]) is paper
