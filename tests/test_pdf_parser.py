"""Page PDFs: stories cut from the text layer in reading order, headlines by size, jumps joined."""

from __future__ import annotations

from pathlib import Path

import pytest
from newspaper_pdf import Block, Page, Story, write_pdf

from reader.parsing import ParseError, parse_path
from reader.parsing.pdf import UNREADABLE

SPRING = [
    "本报讯 3月12日，江城市春耕备耕工作全面展开，各地农技人员深入田间地头，指导农户做好"
    "种子、化肥和农机具的准备。今年全市计划播种粮食作物一百二十万亩，比去年增加三万亩。",
    "在东湖镇的一处育秧工厂里，工人们正忙着把秧盘送进温室。镇农业服务中心负责人说，今年"
    "新建的三座育秧工厂已经全部投入使用，可供应周边两万亩稻田的秧苗。",
    "市农业农村局表示，将继续组织专家开展巡回指导，确保春耕生产顺利进行。",
]
FACTORIES = [
    "国家统计局今天发布数据显示，一季度全国规模以上工业增加值同比增长百分之五点八，比上年"
    "全年加快零点二个百分点。",
    "分行业看，高技术制造业增加值增长百分之九点一，装备制造业增长百分之七点四，均快于全部"
    "规模以上工业。",
    "统计局新闻发言人表示，工业生产延续恢复向好态势，但外部环境依然复杂，需要继续巩固经济"
    "回升的基础。",
]
LIBRARY = [
    "江城图书馆新馆今天开馆，藏书两百万册，设有少儿阅览区、古籍修复室和数字阅读空间。",
    "开馆第一天，不少市民一早就在门口排起了长队。退休教师李大爷说，新馆离家只有两站路，"
    "以后每周都要来借书。",
]
RIVER = [
    "记者从市水务局获悉，江城河综合治理工程进入收尾阶段，沿岸新建的八公里步道将于五月向市民开放。",
    "工程负责人介绍，治理后的河道水质已稳定达到三类标准，河里重新出现了成群的小鱼。"
    "附近居民说，傍晚来河边散步的人越来越多了。",
]
HEAD_1 = "江城日报  2026年3月12日  星期四  第01版  要闻"
HEAD_2 = "江城日报  2026年3月12日  星期四  第02版  综合"


def _spring_page() -> Page:
    spring = Story(
        "敢为善为跑好冲刺赛",
        SPRING,
        kicker="春耕备耕有序推进",
        subtitle="——全市计划播种粮食作物一百二十万亩",
        byline="本报记者　高美梅",
    )
    factories = Story("一季度工业生产稳中有进", FACTORIES, byline="本报记者　王蕾")
    return Page(
        head=HEAD_1,
        blocks=[Block(spring, 40, 60, 515, 330, columns=2), Block(factories, 40, 410, 515, 300, 3)],
    )


def _titles(issue) -> list[str]:
    return [a.title for a in issue.articles]


def test_a_two_and_a_three_column_story_read_in_order(tmp_path: Path):
    issue = parse_path(write_pdf(tmp_path / "01.pdf", [_spring_page()]))
    assert (issue.paper, issue.date, issue.format) == ("江城日报", "2026-03-12", "pdf")
    spring, factories = issue.articles
    assert (spring.kicker, spring.title, spring.subtitle) == (
        "春耕备耕有序推进",
        "敢为善为跑好冲刺赛",
        "——全市计划播种粮食作物一百二十万亩",
    )
    assert (spring.byline, spring.dateline) == ("本报记者 高美梅", "本报讯 3月12日")
    assert spring.paragraphs == tuple(SPRING)
    assert (factories.title, factories.byline) == ("一季度工业生产稳中有进", "本报记者 王蕾")
    assert factories.paragraphs == tuple(FACTORIES)
    assert [(a.page, a.page_name) for a in issue.articles] == [("01", "要闻")] * 2


def test_stories_side_by_side_are_read_one_after_the_other(tmp_path: Path):
    page = Page(
        head=HEAD_2,
        blocks=[
            Block(Story("新馆开馆迎读者", LIBRARY, byline="本报记者　李明"), 40, 60, 250, 300),
            Block(Story("江城河步道五月开放", RIVER), 305, 60, 250, 300),
            Block(Story("一季度工业生产稳中有进", FACTORIES), 40, 400, 515, 300, columns=3),
        ],
    )
    issue = parse_path(write_pdf(tmp_path / "02.pdf", [page]))
    assert _titles(issue) == ["新馆开馆迎读者", "江城河步道五月开放", "一季度工业生产稳中有进"]
    library, river, factories = issue.articles
    assert library.paragraphs == tuple(LIBRARY)
    assert river.paragraphs == tuple(RIVER)
    assert factories.paragraphs == tuple(FACTORIES)
    assert issue.pages[0].name == "综合"


def test_a_story_continued_on_another_page_is_joined(tmp_path: Path):
    head = Story("敢为善为跑好冲刺赛", [*SPRING[:2], "（下转第2版）"], byline="本报记者　高美梅")
    rest = Story("敢为善为跑好冲刺赛", ["（上接第1版）", SPRING[2]], title_size=16)
    pages = [
        Page(head=HEAD_1, blocks=[Block(head, 40, 60, 515, 400, columns=2)]),
        Page(
            head=HEAD_2,
            blocks=[
                Block(Story("新馆开馆迎读者", LIBRARY), 40, 60, 515, 200, columns=2),
                Block(rest, 40, 300, 515, 200, columns=2),
            ],
        ),
    ]
    issue = parse_path(write_pdf(tmp_path / "issue.pdf", pages))
    assert _titles(issue) == ["敢为善为跑好冲刺赛", "新馆开馆迎读者"]
    spring = issue.articles[0]
    assert spring.paragraphs == tuple(SPRING)
    assert spring.pages == ("01", "02")
    areas = {p.code: [a.key for a in p.areas] for p in issue.pages}
    assert spring.key in areas["01"] and spring.key in areas["02"]


def test_an_english_page_with_a_deck_a_byline_and_a_dateline(tmp_path: Path):
    text = [
        "RIVERTON — The city council voted on Monday to rebuild the old iron bridge over the"
        " Mill River, ending a debate that has lasted for almost ten years.",
        "The work will begin in the autumn and should take two summers. Drivers will be sent"
        " across the new ring road while the bridge is closed.",
        "Residents who spoke at the meeting were mostly in favour, though several shop owners"
        " on Front Street asked for help with the months of lost trade.",
    ]
    story = Story(
        "Council votes to rebuild the iron bridge",
        text,
        subtitle="Work on the river crossing starts in the autumn",
        byline="By Tom Reilly",
    )
    page = Page(
        head="THE RIVERTON TIMES, MONDAY, MAY 18, 2026  A5",
        blocks=[Block(story, 40, 60, 515, 300, columns=2)],
    )
    issue = parse_path(write_pdf(tmp_path / "a5.pdf", [page], chinese=False))
    (bridge,) = issue.articles
    assert (bridge.title, bridge.subtitle) == (
        "Council votes to rebuild the iron bridge",
        "Work on the river crossing starts in the autumn",
    )
    assert (bridge.byline, bridge.dateline) == ("Tom Reilly", "RIVERTON")
    assert bridge.paragraphs == tuple(text)
    assert (issue.date, bridge.page) == ("2026-05-18", "A05")


def test_each_story_has_its_areas_on_the_page(tmp_path: Path):
    issue = parse_path(write_pdf(tmp_path / "01.pdf", [_spring_page()]))
    (page,) = issue.pages
    assert page.pdf == "01.pdf" and page.image is None
    spring, factories = issue.articles
    by_key: dict[str, list[tuple[float, ...]]] = {}
    for area in page.areas:
        by_key.setdefault(area.key, []).append(area.coords)
    # the spring story is set above y = 390 across the page, the factories story below 410
    assert all(max(c[1::2]) < 395 for c in by_key[spring.key])
    assert all(min(c[1::2]) > 405 for c in by_key[factories.key])
    for shapes in by_key.values():
        xs = [x for coords in shapes for x in coords[0::2]]
        assert min(xs) <= 41 and max(xs) >= 550
    assert len(by_key[factories.key]) >= 3  # one area a column at least


def test_a_merged_issue_pdf_gives_one_page_each(tmp_path: Path):
    second = Page(head=HEAD_2, blocks=[Block(Story("新馆开馆迎读者", LIBRARY), 40, 60, 515, 200)])
    issue = parse_path(write_pdf(tmp_path / "jcrb.pdf", [_spring_page(), second]))
    assert [(p.code, p.name, p.pdf) for p in issue.pages] == [
        ("01", "要闻", "jcrb.pdf#page=1"),
        ("02", "综合", "jcrb.pdf#page=2"),
    ]
    assert _titles(issue)[-1] == "新馆开馆迎读者"


def test_a_folder_of_page_pdfs_named_as_the_site_names_them(tmp_path: Path):
    folder = tmp_path / "jcrb"
    folder.mkdir()
    bare_first = Page(blocks=[Block(Story("新馆开馆迎读者", LIBRARY), 40, 60, 515, 200)])
    bare_second = Page(blocks=[Block(Story("江城河步道五月开放", RIVER), 40, 60, 515, 200)])
    write_pdf(folder / "jcrb2026031202.pdf", [bare_second])
    write_pdf(folder / "jcrb2026031201.pdf", [bare_first])
    issue = parse_path(folder)
    assert issue.date == "2026-03-12"
    assert [(p.code, p.pdf) for p in issue.pages] == [
        ("01", "jcrb2026031201.pdf"),
        ("02", "jcrb2026031202.pdf"),
    ]
    assert _titles(issue) == ["新馆开馆迎读者", "江城河步道五月开放"]


def test_a_page_without_a_text_layer_says_its_text_cannot_be_read(tmp_path: Path):
    scanned = Page(blocks=[], pictures=[(40, 60, 515, 700)])
    issue = parse_path(write_pdf(tmp_path / "03.pdf", [scanned]))
    (note,) = issue.articles
    assert note.paragraphs == UNREADABLE
    assert (note.page, issue.pages[0].pdf) == ("03", "03.pdf")


def test_a_damaged_pdf_is_refused_in_one_sentence(tmp_path: Path):
    broken = tmp_path / "01.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(ParseError, match=r"01\.pdf: the PDF cannot be opened"):
        parse_path(broken)


def test_glyphs_without_a_text_map_are_not_taken_for_text(tmp_path: Path):
    # A font without a Unicode map gives back its glyph codes: Latin-1 letters, not Chinese.
    garbled = Story("ÃÄÅÆÇÈÉÊËÌÍÎ", ["¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäå" * 3])
    page = Page(blocks=[Block(garbled, 40, 60, 515, 300, columns=2)])
    issue = parse_path(write_pdf(tmp_path / "04.pdf", [page], chinese=False))
    assert [a.paragraphs for a in issue.articles] == [UNREADABLE]


def test_a_title_drawn_twice_to_look_bold_is_read_once(tmp_path: Path):
    path = write_pdf(tmp_path / "01.pdf", [_spring_page()])
    bold = write_pdf(tmp_path / "bold.pdf", [_spring_page()], bold_titles=True)
    plain, twice = parse_path(path), parse_path(bold)
    assert _titles(twice) == _titles(plain) == ["敢为善为跑好冲刺赛", "一季度工业生产稳中有进"]


ENGLISH = [
    "The city council voted on Monday to rebuild the old iron bridge over the Mill River,"
    " ending a debate that has lasted for almost ten years.",
    "The work will begin in the autumn and should take two summers. Drivers will be sent"
    " across the new ring road while the bridge is closed.",
    "Residents who spoke at the meeting were mostly in favour, though several shop owners on"
    " Front Street asked for help with the months of lost trade.",
    "A second vote, on the cost of the new footpaths, was put off until the spring.",
]


def test_a_grid_of_stories_with_a_two_line_headline_and_a_kicker_beside_it(tmp_path: Path):
    column, gutter = 123.25, 14.0  # four columns between margins of 30 points
    lead = Story("敢为善为跑好冲刺赛抢抓机遇全力打赢收官仗", SPRING, byline="本报记者　高美梅")
    beside = Story("新馆开馆迎读者", LIBRARY[:1], kicker="城市新貌")
    below = Story("江城河步道五月开放", RIVER, subtitle="——八公里步道沿河而建")
    page = Page(
        head=HEAD_1,
        blocks=[
            Block(lead, 30, 50, 3 * column + 2 * gutter, 300, columns=3),
            Block(beside, 30 + 3 * (column + gutter), 50, column, 300),
            Block(below, 30, 370, 4 * column + 3 * gutter, 200, columns=4, size=9),
        ],
    )
    issue = parse_path(write_pdf(tmp_path / "01.pdf", [page]))
    assert [(a.kicker, a.title, a.subtitle) for a in issue.articles] == [
        (None, lead.title, None),
        ("城市新貌", "新馆开馆迎读者", None),
        (None, "江城河步道五月开放", "——八公里步道沿河而建"),
    ]
    assert [a.paragraphs for a in issue.articles] == [
        tuple(SPRING),
        tuple(LIBRARY[:1]),
        tuple(RIVER),
    ]


def test_english_set_ragged_in_narrow_columns_keeps_its_paragraphs(tmp_path: Path):
    story = Story("Council votes to rebuild the iron bridge", ENGLISH, byline="By Ann Lee")
    page = Page(blocks=[Block(story, 40, 60, 515, 300, columns=3, size=9)])
    (bridge,) = parse_path(write_pdf(tmp_path / "a1.pdf", [page], chinese=False)).articles
    assert bridge.byline == "Ann Lee"
    assert bridge.paragraphs == tuple(ENGLISH)


def test_stories_set_in_text_of_different_sizes_on_one_page(tmp_path: Path):
    # Most of the page is set small; the lead story's text is larger, yet no headline.
    column, gutter = 123.25, 14.0
    larger = Story("一季度工业生产稳中有进", FACTORIES[2:], byline="本报记者　王蕾")
    smaller = Story("新馆开馆迎读者", LIBRARY, kicker="城市新貌", subtitle="——藏书两百万册")
    below = Story("江城河步道五月开放", RIVER + FACTORIES[:2])
    page = Page(
        head=HEAD_1,
        blocks=[
            Block(larger, 30, 50, 3 * column + 2 * gutter, 200, columns=3, size=10),
            Block(smaller, 30 + 3 * (column + gutter), 50, column, 300, size=8),
            Block(below, 30, 270, 3 * column + 2 * gutter, 200, columns=3, size=8),
        ],
    )
    issue = parse_path(write_pdf(tmp_path / "01.pdf", [page]))
    assert [(a.kicker, a.title, a.subtitle, a.paragraphs) for a in issue.articles] == [
        (None, larger.title, None, tuple(FACTORIES[2:])),
        ("城市新貌", smaller.title, "——藏书两百万册", tuple(LIBRARY)),
        (None, below.title, None, tuple(below.paragraphs)),
    ]
