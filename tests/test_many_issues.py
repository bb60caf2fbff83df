"""A folder or zip of several papers or days: one issue per paper and date, nothing dropped."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from reader.parsing import ParseError, parse_issues, parse_path

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _page(paper: str, day: int, page: int, title: str) -> str:
    return (
        f"{paper} 2026年3月{day}日 第{page}版 要闻\n\n{title}\n\n"
        f"　　本报讯 {title}，这是{paper}{day}日第{page}版的消息。记者在现场看到，人们忙个不停。\n"
    )


def test_folder_of_article_files_for_one_day_is_one_issue_in_page_order():
    issue = parse_path(CORPUS / "day")
    assert (issue.paper, issue.date, issue.format) == (None, "1962-03-08", "folder")
    assert [(a.page, a.title) for a in issue.articles] == [
        ("01", "社论"),
        ("01", "简讯"),
        ("03", "城南集市今天开张"),
        ("03", "江城春耕备耕有序推进"),
    ]
    assert [(p.code, p.name) for p in issue.pages] == [("01", "要闻"), ("03", "农村")]


def test_folder_of_article_files_of_several_days_is_an_issue_a_day(tmp_path: Path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    outcome = parse_issues(tmp_path / "corpus")
    assert [(i.date, len(i.articles)) for i in outcome.issues] == [
        ("1962-03-08", 4),
        ("1962-03-09", 1),
        ("2026-03-12", 2),
    ]
    assert outcome.skipped == ()
    with pytest.raises(ParseError, match=r"holds 3 issues .*import"):
        parse_path(tmp_path / "corpus")


def test_daily_files_give_an_issue_a_day(tmp_path: Path):
    for day in range(1, 31):
        (tmp_path / f"day-{day:02d}.txt").write_text(_page("江城日报", day, 1, "春耕备耕忙"))
    outcome = parse_issues(tmp_path)
    assert [i.date for i in outcome.issues] == [f"2026-03-{d:02d}" for d in range(1, 31)]
    assert all(len(i.articles) == 1 for i in outcome.issues)


def test_pages_of_several_papers_are_an_issue_a_paper(tmp_path: Path):
    papers = ["江城日报", "新城晚报", "临江日报", "江城日报多媒体数字报", "南湖商报"]
    for n, paper in enumerate(papers):
        for page in (1, 2):
            name = tmp_path / f"{n}-{page:02d}.txt"
            name.write_text(_page(paper, 12, page, f"第{page}版头条"))
    outcome = parse_issues(tmp_path)
    assert sorted(i.paper or "" for i in outcome.issues) == [
        "临江日报",
        "南湖商报",
        "新城晚报",
        "江城日报",
    ]
    jiangcheng = next(i for i in outcome.issues if i.paper == "江城日报")
    assert [a.page for a in jiangcheng.articles] == ["01", "01", "02", "02"]
    assert [p.code for p in jiangcheng.pages] == ["01", "02"]


def test_page_that_names_neither_paper_nor_date_joins_the_one_issue(tmp_path: Path):
    (tmp_path / "01.txt").write_text(_page("江城日报", 12, 1, "春耕备耕忙"))
    (tmp_path / "02.txt").write_text("新区建设提速\n\n　　本报讯 新区十个重点项目集中开工。\n")
    issue = parse_path(tmp_path)
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    assert [(a.page, a.title) for a in issue.articles] == [
        ("01", "春耕备耕忙"),
        ("02", "新区建设提速"),
    ]


def test_page_dated_only_by_its_folder_joins_that_day(tmp_path: Path):
    for day in (12, 13):
        folder = tmp_path / f"2026-03-{day}"
        folder.mkdir()
        (folder / "01.txt").write_text(_page("江城日报", day, 1, "春耕备耕忙"))
        (folder / "02.txt").write_text(f"新区建设提速\n\n　　本报讯 {day}日，新区项目开工。\n")
    outcome = parse_issues(tmp_path)
    assert [(i.date, [a.page for a in i.articles]) for i in outcome.issues] == [
        ("2026-03-12", ["01", "02"]),
        ("2026-03-13", ["01", "02"]),
    ]


def test_a_file_that_is_no_page_is_named_with_its_reason(tmp_path: Path):
    (tmp_path / "01.txt").write_text(_page("江城日报", 12, 1, "春耕备耕忙"))
    (tmp_path / "notes.txt").write_bytes(bytes(range(256)) * 8)
    outcome = parse_issues(tmp_path)
    assert len(outcome.issues) == 1
    [(name, reason)] = outcome.skipped
    assert name == "notes.txt" and "binary" in reason


def test_zip_of_several_days_gives_each_day(tmp_path: Path):
    archive = tmp_path / "march.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for day in (12, 13, 14):
            zf.writestr(f"march/{day}.txt", _page("新城晚报", day, 1, "城南集市开张"))
    outcome = parse_issues(archive)
    assert [(i.paper, i.date) for i in outcome.issues] == [
        ("新城晚报", "2026-03-12"),
        ("新城晚报", "2026-03-13"),
        ("新城晚报", "2026-03-14"),
    ]


def test_a_single_file_is_one_issue(tmp_path: Path):
    path = tmp_path / "p1.txt"
    path.write_text(_page("江城日报", 12, 1, "春耕备耕忙"))
    outcome = parse_issues(path)
    assert [i.title for i in outcome.issues] == ["江城日报 2026-03-12"]
    assert outcome.skipped == ()


def test_a_markdown_note_beside_the_article_files_is_named_not_read(tmp_path: Path):
    shutil.copytree(CORPUS / "day", tmp_path / "day")
    (tmp_path / "day" / "README.md").write_text("# 说明\n\n这些文件是从公开语料下载的。\n")
    outcome = parse_issues(tmp_path / "day")
    assert [len(i.articles) for i in outcome.issues] == [4]
    assert [name for name, _ in outcome.skipped] == ["README.md"]


def _epaper_page(paper: str, day: str, title: str) -> str:
    return (
        f"<title>{paper}--数字报</title><td class=font01><founder-title>{title}</founder-title>"
        f"</td><founder-content><p>本报讯 {title}，这是今天的消息。</p></founder-content>"
        f"<!--enpproperty <founder-date>{day}</founder-date>"
        "<founder-pagenum>A01</founder-pagenum> /enpproperty-->"
    )


def test_saved_e_paper_pages_of_two_papers_and_days_are_an_issue_each(tmp_path: Path):
    pages = [
        ("江城日报", "2026-03-12", "春耕备耕忙"),
        ("江城日报多媒体数字报", "2026-03-12", "新区建设提速"),
        ("江城日报", "2026-03-13", "城南集市开张"),
        ("新城晚报", "2026-03-12", "公交新线开通"),
    ]
    for n, (paper, day, title) in enumerate(pages):
        (tmp_path / f"content_{n}.htm").write_text(_epaper_page(paper, day, title))
    outcome = parse_issues(tmp_path)
    assert [(i.paper, i.date, [a.title for a in i.articles]) for i in outcome.issues] == [
        ("新城晚报", "2026-03-12", ["公交新线开通"]),
        ("江城日报", "2026-03-12", ["春耕备耕忙", "新区建设提速"]),
        ("江城日报", "2026-03-13", ["城南集市开张"]),
    ]
