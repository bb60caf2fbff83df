"""One paper, one name: every edition or screen a page was saved from gives the paper's name."""

from __future__ import annotations

import pytest

from reader.parsing import parse_bytes, parse_path
from reader.parsing.vocabulary import paper_name

_STORY = "\n\n春耕备耕忙\n\n　　本报讯 连日来，各地农民抢抓农时，农技人员下田指导。\n"
_EDITIONS = [
    "江城日报多媒体数字报",
    "江城日报数字报刊",
    "江城日报多媒体数字报刊平台",
    "江城日报 多媒体数字报",
    "江城日报·数字报刊",
    "江城日报（电子版）",
    "《江城日报》数字报刊",
    "江城日报社",
]


@pytest.mark.parametrize("name", _EDITIONS)
def test_an_edition_name_is_the_paper_name(name):
    assert paper_name(name) == "江城日报"


@pytest.mark.parametrize("name", ["人民日报海外版", "江城晚报", "新华社", "The Bay Herald"])
def test_other_names_are_left_alone(name):
    assert paper_name(name) == name


@pytest.mark.parametrize("name", _EDITIONS)
def test_text_page_header_names_the_paper(name):
    issue = parse_bytes(f"{name} 2026年3月12日 星期四 第1版 要闻{_STORY}".encode(), "p1.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    assert [a.title for a in issue.articles] == ["春耕备耕忙"]


@pytest.mark.parametrize("name", _EDITIONS)
def test_a_line_with_only_the_edition_name_is_no_headline(name):
    issue = parse_bytes(f"{name}\n2026年3月12日{_STORY}".encode(), "p1.txt")
    assert issue.paper == "江城日报"
    assert [a.title for a in issue.articles] == ["春耕备耕忙"]


def _founder_page(paper: str) -> bytes:
    return (
        "<html><body><founder-content><p>本报讯 连日来，各地农民抢抓农时。</p>"
        "</founder-content></body></html><!--enpproperty <founder-papername>"
        f"{paper}</founder-papername><founder-date>2026-03-12</founder-date>"
        "<founder-title>春耕备耕忙</founder-title>/enpproperty-->"
    ).encode()


def test_html_page_gives_the_paper_name_and_the_same_key_as_text():
    html = parse_bytes(_founder_page("江城日报多媒体数字报刊"), "content_1.htm")
    plain = parse_bytes(_founder_page("江城日报"), "content_1.htm")
    assert html.paper == "江城日报"
    assert [a.key for a in html.articles] == [a.key for a in plain.articles]


def test_folder_of_pages_from_two_screens_is_one_paper(tmp_path):
    (tmp_path / "01.txt").write_text(f"江城日报多媒体数字报 2026年3月12日 第1版 要闻{_STORY}")
    second = "\n\n新区建设提速\n\n　　本报讯 新区十个重点项目集中开工，总投资超过百亿元。\n"
    (tmp_path / "02.txt").write_text(f"江城日报数字报刊 2026年3月12日 第2版 综合{second}")
    issue = parse_path(tmp_path)
    assert issue.paper == "江城日报"
    assert [a.page for a in issue.articles] == ["01", "02"]
