"""Citations of bookmarked stories: every reporter in their place, in the paper's own style."""

from __future__ import annotations

import pytest

from reader.export.citation import authors, citation
from reader.library import Bookmark


def bookmark(byline: str | None, paper: str = "江城日报", title: str = "春耕备耕忙") -> Bookmark:
    return Bookmark(
        "k", "", "2026-03-12T08:00:00+00:00", paper, "2026-03-10", "A1", title, byline, "", False
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者杨宏斌、通讯员晏中明", ["杨宏斌", "晏中明"]),
        ("记者张爱虎、杨富春、通讯员张令子、汪芳", ["张爱虎", "杨富春", "张令子", "汪芳"]),
        ("本报记者 高美梅", ["高美梅"]),
        ("特约记者 陈晨 实习生 赵一", ["陈晨", "赵一"]),
        ("通讯员：李明 记者：王芳", ["李明", "王芳"]),
        ("新华社记者 李四 王五", ["李四", "王五"]),
        ("（记者 周鹏 摄）", ["周鹏"]),
        ("本报记者 孙悦 文/摄", ["孙悦"]),
        ("文/图 刘洋", ["刘洋"]),
        ("张  娅", ["张娅"]),
        ("高美梅", ["高美梅"]),
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"]),
        ("By Jane Doe, Staff Reporter", ["Jane Doe"]),
    ],
)
def test_every_person_of_a_byline_keeps_their_place(byline, names):
    assert authors(byline) == names


@pytest.mark.parametrize(
    "byline",
    ["据新华社电", "新华社北京3月5日电", "本报讯", "本报北京3月5日电", "来源：人民网", None, ""],
)
def test_datelines_and_source_notes_are_not_authors(byline):
    assert authors(byline) == []


def test_a_dateline_before_the_reporter_leaves_the_reporter():
    assert authors("新华社北京3月5日电（记者张三）") == ["张三"]
    assert authors("本报北京3月5日电 记者 王蕾") == ["王蕾"]


def test_a_chinese_paper_is_cited_in_gb_t_7714_with_three_authors_then_deng():
    assert citation(bookmark("记者杨宏斌、通讯员晏中明")) == (
        "杨宏斌, 晏中明. 春耕备耕忙[N]. 江城日报, 2026-03-10(A1)."
    )
    assert citation(bookmark("记者张爱虎、杨富春、通讯员张令子、汪芳")) == (
        "张爱虎, 杨富春, 张令子, 等. 春耕备耕忙[N]. 江城日报, 2026-03-10(A1)."
    )
    assert citation(bookmark(None)) == "春耕备耕忙[N]. 江城日报, 2026-03-10(A1)."


@pytest.mark.parametrize(
    ("byline", "cited"),
    [
        ("By John Smith", "Smith, John."),
        ("By John Smith and Jane Doe", "Smith, John, and Jane Doe."),
        ("By John Smith, Jane Doe and Bob Roe", "Smith, John, Jane Doe, and Bob Roe."),
        ("By A Bee, C Dee, E Eff and G Gee", "Bee, A, C Dee, E Eff, et al."),
        ("Reuters", "Reuters."),
    ],
)
def test_an_english_paper_is_cited_in_the_chicago_style(byline, cited):
    english = bookmark(byline, paper="River Times", title="Council Approves Budget")
    assert citation(english) == (
        f"{cited} “Council Approves Budget.” River Times, March 10, 2026, A1."
    )


def test_an_english_story_without_a_byline_starts_with_its_headline():
    english = bookmark(None, paper="River Times", title="Council Approves Budget")
    assert citation(english) == "“Council Approves Budget.” River Times, March 10, 2026, A1."
