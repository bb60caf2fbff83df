"""A saved issue in a folder or a .zip opens as one issue, in page and reading order."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.parsing import ParseError, parse_path
from reader.parsing import archive as archive_reader
from reader.parsing import folder as folder_parser


@pytest.fixture
def issue_dir(fixtures: Path) -> Path:
    return fixtures / "html" / "issue"


def _zip_of(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, Path("江城日报") / file.relative_to(folder))
    return target


EXPECTED = [
    ("A01", "江城一季度经济开门红", True),
    ("A01", "樱花节开幕", False),  # on the layout page, its article page was not saved
    ("A02", "全市春耕备耕有序推进", True),
    ("A02", "地铁三号线年底通车", True),  # also linked from page A01: listed once, on A02
    ("B01", "老街换新颜", True),
]


def test_folder_opens_as_one_issue_in_page_and_reading_order(issue_dir: Path):
    issue = parse_path(issue_dir)
    assert (issue.paper, issue.date, issue.format) == ("江城日报", "2026-03-12", "folder")
    assert [(p.code, p.name) for p in issue.pages] == [
        ("A01", "头版"),
        ("A02", "要闻"),
        ("B01", "城事"),
    ]
    assert [(a.page, a.title, a.saved) for a in issue.articles] == EXPECTED
    assert len({a.key for a in issue.articles}) == len(EXPECTED)


def test_linked_article_pages_give_their_full_text(issue_dir: Path):
    articles = {a.title: a for a in parse_path(issue_dir).articles}
    front = articles["江城一季度经济开门红"]
    assert front.kicker == "主要指标好于预期"
    assert front.dateline == "本报讯"
    assert front.paragraphs[1] == "全市规模以上工业增加值增长7%。"
    assert [(i.src, i.caption) for i in front.images] == [
        ("images/2026-03/12/A01/p1.jpg", "3月10日，江城港口一片繁忙。（记者 周鹏 摄）")
    ]
    assert articles["地铁三号线年底通车"].byline == "本报记者 孙悦"
    assert articles["樱花节开幕"].paragraphs == ()


def test_files_that_are_not_part_of_the_issue_are_ignored(issue_dir: Path):
    text = "".join("".join(a.paragraphs) + a.title for a in parse_path(issue_dir).articles)
    assert "保存说明" not in text and "数字报" not in text and "margin" not in text


def test_zip_of_the_folder_gives_the_same_issue(issue_dir: Path, tmp_path: Path):
    issue = parse_path(_zip_of(issue_dir, tmp_path / "jiangcheng.zip"))
    assert issue.format == "folder"
    assert [(a.page, a.title, a.saved) for a in issue.articles] == EXPECTED
    assert [a.key for a in issue.articles] == [a.key for a in parse_path(issue_dir).articles]
    # Nothing is unpacked, so a picture inside the archive has no file to point to.
    assert all(i.src is None for a in issue.articles for i in a.images)


def test_newer_layout_folders_link_across_sub_folders(tmp_path: Path):
    layout = tmp_path / "layout/202401/07"
    content = tmp_path / "content/202401/07"
    layout.mkdir(parents=True)
    content.mkdir(parents=True)
    (layout / "node_01.html").write_text(
        '<div class="news"><ul>'
        '<li><a href="../../../content/202401/07/content_2.html">第二篇</a></li>'
        '<li><a href="../../../content/202401/07/content_1.html">第一篇</a></li>'
        '</ul></div><a id="pageLink" href="node_01.html">01版：要闻</a>',
        encoding="utf-8",
    )
    for n in (1, 2):
        (content / f"content_{n}.html").write_text(
            f'<div class="article"><h1>{"第一篇" if n == 1 else "第二篇"}</h1>'
            f'<p class="sec"><span class="date">《人民日报》（2024年01月07日 第 01 版）</span></p>'
            f"<founder-content><p>第{n}篇的正文。</p></founder-content></div>",
            encoding="utf-8",
        )
    issue = parse_path(tmp_path)
    assert [(a.page, a.title, a.paragraphs) for a in issue.articles] == [
        ("01", "第二篇", ("第2篇的正文。",)),
        ("01", "第一篇", ("第1篇的正文。",)),
    ]
    assert (issue.paper, issue.date) == ("人民日报", "2024-01-07")


def test_folder_of_text_dumps_gives_one_issue(fixtures: Path, tmp_path: Path):
    shutil.copy(fixtures / "text/issue-continuation.txt", tmp_path / "issue.txt")
    (tmp_path / "style.css").write_text("p {}", encoding="utf-8")
    issue = parse_path(tmp_path)
    alone = parse_path(fixtures / "text/issue-continuation.txt")
    assert issue.format == "folder"
    assert [a.title for a in issue.articles] == [a.title for a in alone.articles]
    assert issue.paper == alone.paper


def test_folder_without_newspaper_pages_is_a_clear_error(tmp_path: Path):
    (tmp_path / "style.css").write_text("p {}", encoding="utf-8")
    with pytest.raises(ParseError, match="no newspaper pages"):
        parse_path(tmp_path)


def test_zip_members_outside_the_archive_are_never_read(issue_dir: Path, tmp_path: Path):
    archive = _zip_of(issue_dir, tmp_path / "issue.zip")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr(
            "../../outside.htm", "<h1>越界</h1><founder-content><p>越界</p></founder-content>"
        )
        zf.writestr("/etc/abs.htm", "<h1>绝对</h1><founder-content><p>绝对</p></founder-content>")
    titles = [a.title for a in parse_path(archive).articles]
    assert "越界" not in titles and "绝对" not in titles and len(titles) == len(EXPECTED)


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("content_1.htm", "<p>" + "字" * 400_000)
    monkeypatch.setattr(archive_reader, "MAX_ISSUE_BYTES", 1_000_000)
    with pytest.raises(ParseError, match="too much"):
        parse_path(archive)


def test_zip_with_too_many_members_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(30):
            zf.writestr(f"p{n}.htm", "<p>x</p>")
    monkeypatch.setattr(archive_reader, "MAX_ISSUE_FILES", 20)
    with pytest.raises(ParseError, match="too many"):
        parse_path(archive)


def test_a_damaged_page_of_a_zip_is_left_out_and_the_rest_opens(issue_dir: Path, tmp_path):
    data = _zip_of(issue_dir, tmp_path / "good.zip").read_bytes()
    damaged = tmp_path / "damaged.zip"
    # Keep the directory at the end, spoil the first compressed member before it.
    damaged.write_bytes(data[:40] + b"\x00" * 400 + data[440:])
    [issue] = folder_parser.parse_folder(damaged).issues
    found = [(a.page, a.title, a.saved) for a in issue.articles]
    assert found and found != EXPECTED  # a story whose page was spoiled is known by title


def test_damaged_zip_is_a_clear_error(issue_dir: Path, tmp_path: Path):
    data = _zip_of(issue_dir, tmp_path / "good.zip").read_bytes()
    damaged = tmp_path / "damaged.zip"
    # Spoil the directory at the end: no page can be found at all.
    damaged.write_bytes(data[:-200] + b"\x00" * 178 + data[-22:])
    with pytest.raises(ParseError) as err:
        folder_parser.parse_folder(damaged)
    assert "\n" not in str(err.value)


def test_story_jumping_to_another_page_is_one_article(tmp_path: Path):
    page = (
        "<title>江城日报--数字报</title><td class=font01><founder-title>{title}</founder-title>"
        "</td><founder-content>{body}</founder-content><!--enpproperty <founder-date>2025-12-08"
        "</founder-date><founder-pagenum>{page}</founder-pagenum> /enpproperty-->"
    )
    (tmp_path / "content_1.htm").write_text(
        page.format(
            title="首批人才公寓交付使用",
            page="A01",
            body="<p>本报讯 首批人才公寓交付。</p><p>让他们住得下、留得住、（转第A02版）</p>",
        ),
        encoding="utf-8",
    )
    (tmp_path / "content_2.htm").write_text(
        page.format(
            title="首批人才公寓交付使用",
            page="A02",
            body="<p>　　（上接第A01版）干得好。</p><p>　　“安心干事业。”刘晓说。</p>",
        ),
        encoding="utf-8",
    )
    (tmp_path / "content_3.htm").write_text(
        page.format(title="公交新线开通", page="A02", body="<p>公交新线今天开通。</p>"),
        encoding="utf-8",
    )
    issue = parse_path(tmp_path)
    assert [(a.title, a.pages) for a in issue.articles] == [
        ("首批人才公寓交付使用", ("A01", "A02")),
        ("公交新线开通", ("A02",)),
    ]
    assert issue.articles[0].paragraphs == (
        "本报讯 首批人才公寓交付。",
        "让他们住得下、留得住、干得好。",
        "“安心干事业。”刘晓说。",
    )


def test_text_dumps_without_headers_take_their_page_from_the_file_name(tmp_path: Path):
    (tmp_path / "02.txt").write_text(
        "新区人才公寓交付使用\n\n　　本报讯 新区首批人才公寓正式交付，三百户青年人才领到钥匙。\n",
        encoding="utf-8",
    )
    (tmp_path / "01.txt").write_text(
        "公交新线今天开通\n\n　　本报讯 公交新线今天开通，沿线居民出行更方便了。\n",
        encoding="utf-8",
    )
    issue = parse_path(tmp_path)
    assert [p.code for p in issue.pages] == ["01", "02"]
    assert [(a.page, a.title) for a in issue.articles] == [
        ("01", "公交新线今天开通"),
        ("02", "新区人才公寓交付使用"),
    ]


def test_layout_page_saved_twice_lists_its_articles_once(fixtures: Path, tmp_path: Path):
    for name in ("node_2.htm", "node_2(1).htm"):
        shutil.copy(fixtures / "html/layout_node.htm", tmp_path / name)
    titles = [a.title for a in parse_path(tmp_path).articles]
    assert titles == ["敢为善为坚决跑好“冲刺赛”", "国家统计局发布一季度数据", "春耕备耕正当时"]


def test_folder_with_too_many_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for n in range(12):
        (tmp_path / f"content_{n}.htm").write_text("<p>x</p>", encoding="utf-8")
    monkeypatch.setattr(folder_parser, "MAX_ISSUE_FILES", 10)
    with pytest.raises(ParseError, match="too many pages"):
        parse_path(tmp_path)


def test_layout_links_find_their_stories_inside_a_pad_file(fixtures: Path, tmp_path: Path):
    shutil.copy(fixtures / "html/pad_articles.html", tmp_path / "pad.html")
    (tmp_path / "node_01.html").write_text(
        '<ul class="news-list">'
        '<li><a href="content/202603/12/content_502.html">奋力跑好冲刺赛</a></li>'
        '<li><a href="content/202603/12/content_501.html">江城一季度经济开门红</a></li>'
        '<li><a href="content/202603/12/content_599.html">樱花节开幕</a></li></ul>',
        encoding="utf-8",
    )
    issue = parse_path(tmp_path)
    assert [(a.page, a.title, a.saved) for a in issue.articles] == [
        ("01", "奋力跑好冲刺赛", True),  # the layout page's order, not the file's
        ("01", "樱花节开幕", False),
        ("02", "江城一季度经济开门红", True),  # its copy on page 01 is the same story
        ("03", "春耕备耕忙", True),
    ]


def test_file_names_in_errors_carry_no_terminal_escapes_and_print_as_utf8(tmp_path: Path):
    for name in ("a\x1b[2Jb.txt", os.fsdecode(b"bad\xff\x9b.txt")):
        with pytest.raises(ParseError) as caught:
            parse_path(tmp_path / name)
        message = str(caught.value)
        assert "\x1b" not in message and "\x9b" not in message
        message.encode("utf-8")  # a name that is not UTF-8 still prints


# --- what a folder or zip may hold, and what is no file at all -----------------------------

_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from reader.parsing import ParseError, parse_path
try:
    outcome = f"{len(parse_path(sys.argv[1]).articles)} articles"
except ParseError as err:
    outcome = f"refused: {err}"
# VmHWM is this program's own peak; ru_maxrss would keep pytest's across fork and exec.
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
print(outcome, peak, sep="\\t")
"""


def _parse_in_a_child(path: Path, timeout: float = 60) -> tuple[str, int]:
    """What parsing `path` gives, and the peak memory (MB) it took, in a process of its own
    that may use 2 GB at most and is stopped after `timeout` seconds."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: still parsing after {timeout} s")
    assert done.returncode == 0, done.stderr[-2000:]
    outcome, peak = done.stdout.strip().rsplit("\t", 1)
    return outcome, int(peak)


_LINE = "市政府召开常务会议，研究部署夏季防汛工作。\n"


@pytest.mark.slow
def test_a_small_zip_of_one_huge_text_is_refused_in_little_memory(tmp_path: Path):
    archive = tmp_path / "huge.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("dump.txt", (_LINE * 1_600_000).encode())  # 100 MB, some KB packed
    outcome, peak = _parse_in_a_child(archive)
    assert outcome.startswith("refused: huge.zip: no newspaper pages were found in it")
    assert "(dump.txt: the file is too large (97 MB))" in outcome
    assert peak < 1024


@pytest.mark.slow
def test_a_zip_of_thousands_of_texts_is_refused_at_once(tmp_path: Path):
    archive = tmp_path / "many.zip"
    page = (_LINE * 1_600).encode()  # 100 KB
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in range(4_999):
            zf.writestr(f"{n:04d}.txt", page)
    outcome, peak = _parse_in_a_child(archive)
    assert outcome == "refused: many.zip: the archive unpacks to too much to be one issue"
    assert peak < 1024


def test_a_page_of_a_folder_with_too_long_an_article_is_left_out(tmp_path: Path):
    long = f"<p>{'我们的工作是在这个地方发展经济，' * 6}。</p>" * 6_000  # 580,000 characters
    (tmp_path / "content_1.htm").write_text(
        "<founder-title>短的</founder-title><founder-content><p>正文。</p></founder-content>",
        encoding="utf-8",
    )
    (tmp_path / "content_2.htm").write_text(
        f"<founder-title>长的</founder-title><founder-content>{long}</founder-content>",
        encoding="utf-8",
    )
    assert [a.title for a in parse_path(tmp_path).articles] == ["短的"]


def test_the_one_page_of_a_zip_says_why_it_is_no_issue(tmp_path: Path):
    archive = tmp_path / "one.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("blank.htm", "<html><body><script>var a;</script></body></html>")
    with pytest.raises(ParseError) as caught:
        parse_path(archive)
    assert str(caught.value) == (
        "one.zip: no newspaper pages were found in it"
        " (blank.htm: no article was found in this page)"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_at_once(tmp_path: Path):
    pipe = tmp_path / "page.txt"
    os.mkfifo(pipe)
    outcome, _ = _parse_in_a_child(pipe, timeout=30)
    assert outcome.startswith("refused: page.txt: this is not a file that can be read")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_at_once(tmp_path: Path):
    outcome, peak = _parse_in_a_child(Path("/dev/zero"), timeout=30)
    assert outcome.startswith("refused: zero: this is not a file that can be read")
    assert peak < 1024


def test_a_folder_1500_levels_deep_is_walked(tmp_path: Path):
    (tmp_path / "01.txt").write_text("江城要闻\n\n本报讯 市政府召开常务会议。\n", encoding="utf-8")
    levels = [os.open(tmp_path, os.O_RDONLY)]
    try:
        for _ in range(1_500):  # one level at a time: no path is ever that long
            os.mkdir("d", dir_fd=levels[-1])
            levels.append(os.open("d", os.O_RDONLY, dir_fd=levels[-1]))
        assert [a.title for a in parse_path(tmp_path).articles] == ["江城要闻"]
    finally:  # taken down level by level too: a recursive removal would not get through
        for inner, outer in zip(reversed(levels[1:]), reversed(levels[:-1]), strict=True):
            os.close(inner)
            os.rmdir("d", dir_fd=outer)
        os.close(levels[0])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipes_and_links_to_devices_in_a_folder_are_no_pages(tmp_path: Path):
    (tmp_path / "01.txt").write_text("江城要闻\n\n本报讯 市政府召开常务会议。\n", encoding="utf-8")
    os.mkfifo(tmp_path / "02.txt")
    (tmp_path / "03.txt").symlink_to("/dev/zero")
    outcome, _ = _parse_in_a_child(tmp_path, timeout=30)
    assert outcome == "1 articles"


def test_names_that_are_not_utf8_cost_a_picture_path_not_the_issue(tmp_path: Path):
    bad = tmp_path / os.fsdecode(b"\xff\xfe")  # a folder whose name is no UTF-8
    bad.mkdir()
    (bad / "a.jpg").write_bytes(b"\xff\xd8")
    (bad / "content_1.htm").write_text(
        "<founder-title>坏名字</founder-title><founder-content><p>正文。</p>"
        '<img src="a.jpg"><p>图为现场。</p></founder-content>',
        encoding="utf-8",
    )
    (tmp_path / "content_2.htm").write_text(
        '<meta charset="undefined"><founder-title>好名字</founder-title>'
        "<founder-content><p>正文。</p></founder-content>",
        encoding="gb18030",
    )
    (tmp_path / "content_3.htm").write_text(
        "<founder-title>长路径</founder-title><founder-content><p>正文。</p>"
        f'<img src="{"b/" * 3_000}c.jpg"></founder-content>',
        encoding="utf-8",
    )
    issue = parse_path(tmp_path)
    assert sorted(a.title for a in issue.articles) == ["坏名字", "好名字", "长路径"]
    assert all(i.src is None for a in issue.articles for i in a.images)
    for article in issue.articles:  # everything the library stores can be written as UTF-8
        for text in (article.title, *article.paragraphs, *(i.src or "" for i in article.images)):
            text.encode("utf-8")
