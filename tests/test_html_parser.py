"""Saved e-paper pages and news-site pages read as a newspaper reader expects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main as cli_main
from reader.parsing import ParseError, parse_bytes, parse_path
from reader.parsing.html import parse_html
from reader.parsing.html.epaper import enp_properties
from reader.parsing.limits import MAX_HTML_CHARS, MAX_IMAGE_BYTES, MAX_TAGS


def _all_text(issue) -> str:
    parts = []
    for a in issue.articles:
        parts += [a.title, a.kicker or "", a.subtitle or "", a.byline or "", *a.paragraphs]
        parts += list(a.captions)
    return "\n".join(parts)


def test_classic_founder_article_page(fixtures: Path):
    issue = parse_path(fixtures / "html/classic_content.htm")  # GB18030 bytes, meta gb2312
    assert (issue.paper, issue.date, issue.format) == ("江城日报", "2026-03-12", "html")
    [article] = issue.articles
    assert article.kicker == "江城召开全市经济运行基层座谈会"
    assert article.title == "敢为善为坚决跑好“冲刺赛”"
    assert article.subtitle == "抢抓机遇全力打赢“收官仗”"
    assert (article.page, article.page_name) == ("01", "要闻")
    assert article.dateline == "本报讯 11月5日"
    assert article.byline == "高美梅"
    assert article.paragraphs == (
        "本报讯 11月5日，江城召开全市经济运行基层座谈会，听取企业和基层意见建议。",
        "会议指出，全市上下有力执行中央和省委、省政府各项部署要求，经济运行稳中向好。",
        "会议强调，要抢抓机遇，加快发展先进制造业重点产业集群。",
    )
    assert article.captions == ("图为座谈会现场。（记者 周鹏 摄）",)
    assert [i.caption for i in article.images] == ["图为座谈会现场。（记者 周鹏 摄）"]


def test_article_page_takes_its_page_from_the_node_it_was_filed_under(fixtures: Path):
    # nothing on the page names its page but the comment's node, `第1版：要闻`
    issue = parse_path(fixtures / "html/content_node_named_page.htm")
    [article] = issue.articles
    assert article.title == "江城：巡视整改要见真章"
    assert (article.page, article.page_name) == ("01", "要闻")
    assert [(p.code, p.name) for p in issue.pages] == [("01", "要闻")]


def test_article_page_takes_its_page_from_a_label_over_the_headline(fixtures: Path):
    # a cell reading `第3版　　廉政视点` is the only mark of the page; the page list's links
    # name other pages and are not it
    issue = parse_path(fixtures / "html/content_page_label_only.htm")
    [article] = issue.articles
    assert (article.page, article.page_name) == ("03", "廉政视点")


def test_headline_parts_and_author_by_their_ids(fixtures: Path):
    issue = parse_path(fixtures / "html/pc_content_id_headline.html")
    [article] = issue.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "聚焦发展新动能",
        "推动县域经济高质量发展",
        "——来自江城的调查",
    )
    assert article.byline == "本报记者 宋涛 李娜"
    assert (article.page, article.page_name) == ("01", "要闻")
    assert article.paragraphs[0] == "金秋时节，走进江城县的产业园区，一排排新厂房拔地而起。"


def test_lone_article_without_a_headline_element_takes_the_page_title(fixtures: Path):
    issue = parse_path(fixtures / "html/pc_content_headline_in_title.html")
    [article] = issue.articles
    assert article.title == "推动县域经济高质量发展"
    assert article.paragraphs[0] == "金秋时节，走进江城县的产业园区，一排排新厂房拔地而起。"


def test_m_article_template_gives_headline_author_page_and_text(fixtures: Path):
    # the newer template's article in `.m-article-content`: `h1`, `作者：…`, `.m-article-main`
    # around the Founder text markers, its page named only by the comment's node
    issue = parse_path(fixtures / "html/m_article.html")
    [article] = issue.articles
    assert (article.title, article.byline) == ("冬夜读书记", "林晚")
    assert (article.page, article.page_name) == ("05", "文荟")
    assert article.paragraphs == (
        "冬夜漫长，最宜读书。",
        "一盏灯，一杯茶，一本旧书，便是一个完整的夜晚。",
    )
    assert issue.date == "2026-01-08"


def test_list_entry_with_a_heading_is_titled_by_the_heading_alone(fixtures: Path):
    # a pad page's list: each link holds the title in a heading and the author under it
    issue = parse_path(fixtures / "html/pad_column_list.html")
    titles = [a.title for a in issue.articles]
    assert titles == ["春风吹绿千里田", "江城开出首趟冷链专列", "图片新闻"]
    assert {a.page for a in issue.articles} == {"01"}


def test_page_saved_under_another_name_keeps_the_address_it_was_saved_from(fixtures: Path):
    # the browser's `saved from url=` note is the only mark of the date and the page
    issue = parse_path(fixtures / "html/saved_article_renamed.htm")
    [article] = issue.articles
    assert (issue.date, article.page) == ("2019-03-01", "05")
    assert (article.kicker, article.title) == ("江城时评", "让老街区焕发新活力")


def test_source_line_above_a_photo_is_no_caption(fixtures: Path):
    issue = parse_path(fixtures / "html/nw_photo_source_line.htm")
    [article] = issue.articles
    assert article.captions == ("图为江城湿地公园里盛开的梅花。本报记者 周林摄",)
    assert (article.title, article.page) == ("春到江城", "04")


def test_layout_page_without_a_list_takes_titles_from_its_map(fixtures: Path):
    # only the page picture's areas name the articles, in their `title` or `alt`
    issue = parse_path(fixtures / "html/layout_map_titles.htm")
    assert [(a.title, a.page) for a in issue.articles] == [
        ("小记者“跑”两会", "A05"),
        ("春节前市场供应充足", "A05"),
        ("老城墙下的年味", "A05"),
    ]


def test_zoomable_text_under_a_plain_headline_is_an_epaper_article(fixtures: Path):
    # Founder's `#ozoom` under a bare `h1` and `h2`, the page named in a span, the date in
    # an information line: the article with its page and date
    issue = parse_path(fixtures / "html/ozoom_plain_headline.html")
    [article] = issue.articles
    assert (article.title, article.subtitle) == ("春节前市场供应充足", "主要农产品价格总体平稳")
    assert (issue.date, article.page, article.page_name) == ("2024-02-03", "A05", "要闻")
    assert len(article.paragraphs) == 2


def test_reporter_field_of_an_information_line_is_the_byline(fixtures: Path):
    # `记者 王欢 通讯员 李丽 | 2024年02月03日` between the headline and the text
    [article] = parse_path(fixtures / "html/ozoom_plain_headline.html").articles
    assert article.byline == "记者 王欢 通讯员 李丽"


def test_reporter_line_between_headline_and_text_is_the_byline(fixtures: Path):
    issue = parse_path(fixtures / "html/reporter_line_over_text.html")
    [article] = issue.articles
    assert (article.title, article.byline) == ("春节前市场供应充足", "记者 王欢 通讯员 李丽")


def test_page_editors_listed_like_an_article_are_no_article(fixtures: Path):
    # the list links `本版责编：…` to a file of its own, as it links the articles
    issue = parse_path(fixtures / "html/layout_editor_entry.html")
    assert [a.title for a in issue.articles] == ["把群众的事办到心坎上", "图片报道"]


def test_scripts_styles_and_comments_never_reach_the_text(fixtures: Path):
    text = _all_text(parse_path(fixtures / "html/classic_content.htm"))
    for leaked in ("脚本", "font-size", "注释", "enpproperty", "founder-"):
        assert leaked not in text


def test_another_articles_property_comment_lends_no_author():
    page = """<div id="content">
<!--enpproperty <articleid>1</articleid><date>2019-07-06 08:00</date><author></author>
<title>南沙审议通过干部任命</title>/enpproperty--><!--enpcontent-->
<p>　　7月2日，南沙区人大常委会举行会议。</p><p>　　【记者】柳时强</p>
<!--/enpcontent--></div>
<!--enpproperty <articleid>2</articleid><date>2024-10-28 10:25</date><author>另一作者</author>
<title>另一篇文章</title>/enpproperty-->"""
    [article] = parse_bytes(page.encode("utf-8"), "content_1.htm").articles
    assert article.byline == "记者 柳时强"
    assert "另一作者" not in str(article)


def test_people_daily_article_page(fixtures: Path):
    [article] = parse_path(fixtures / "html/nw_article.htm").articles
    assert article.kicker == "春耕备耕进行时"
    assert article.title == "田间地头 一派忙碌"
    assert article.subtitle is None
    assert article.byline == "本报记者 王蕾 通讯员 陈明"
    assert (article.page, article.page_name) == ("05", "经济")
    assert article.dateline == "新华社北京5月17日电"
    assert article.paragraphs[1] == "农业农村部门组织农技人员下田指导，确保春播顺利。"
    assert article.captions == ("图为农民在田间管护小麦。",)


def test_newer_template_with_sec_date_and_enpproperty_filling_gaps(fixtures: Path):
    issue = parse_path(fixtures / "html/new_article.html")
    assert (issue.paper, issue.date) == ("人民日报", "2024-01-07")
    [article] = issue.articles
    assert article.kicker == "中国空间站"  # the page leaves h3 empty; the comment has it
    assert article.subtitle == "——中国空间站全面建成后航天员首次出舱"
    assert article.byline == "本报记者 刘诗瑶"
    assert (article.page, article.page_name) == ("03", "要闻")  # page from .sec .date
    assert article.dateline == "据新华社北京1月6日电"
    assert article.paragraphs[-1] == "这是空间站全面建成后航天员首次出舱。"
    # A picture on the web is no local file: the caption stays, the path does not.
    assert [(i.src, i.caption) for i in article.images] == [(None, "出舱活动画面。（新华社发）")]


def test_pad_file_gives_every_article_once_on_its_page(fixtures: Path):
    issue = parse_path(fixtures / "html/pad_articles.html")
    titles = [(a.page, a.title) for a in issue.articles]
    assert titles == [
        ("01", "奋力跑好冲刺赛"),
        ("02", "江城一季度经济开门红"),  # repeated on page 01 under another id
        ("03", "春耕备耕忙"),
    ]
    assert [p.code for p in issue.pages] == ["01", "02", "03"]
    assert len({a.key for a in issue.articles}) == 3
    comment, economy, farm = issue.articles
    assert comment.kicker == "全市上下——"
    assert comment.byline == "江城日报评论员"
    assert comment.paragraphs == ("冲刺赛已经开跑。", "各地要抓好落实。")
    assert farm.byline == "江城日报全媒记者 戴文辉 通讯员 刘涛"
    assert economy.dateline == "江城日报讯"
    assert economy.captions[0].endswith("（江城日报全媒记者 柯皓 摄）")


def test_pad_file_story_repeated_under_another_id_counts_once(fixtures: Path):
    issue = parse_path(fixtures / "html/pad_twins.html")
    assert [(a.page, a.title, len(a.paragraphs)) for a in issue.articles] == [
        ("01", "城南花市热闹", 2),
        ("02", "电动渡船下水", 3),  # its own page; the front page copy is dropped
        ("03", "电动渡船下水", 1),  # same title, another text: a story of its own
    ]
    # The front page copy carried the picture: it is not lost with the copy.
    assert issue.articles[1].captions == ("渡口新船下水。（沙洲晚报记者 陈舟 摄）",)


def test_layout_page_lists_its_articles_in_reading_order(fixtures: Path):
    issue = parse_path(fixtures / "html/layout_node.htm")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    assert [a.title for a in issue.articles] == [
        "敢为善为坚决跑好“冲刺赛”",
        "国家统计局发布一季度数据",  # two map areas, one article
        "春耕备耕正当时",
    ]
    assert all(not a.saved and not a.paragraphs for a in issue.articles)
    assert {(a.page, a.page_name) for a in issue.articles} == {("01", "要闻")}


def test_people_daily_layout_titles_written_by_script(fixtures: Path):
    issue = parse_path(fixtures / "html/layout_rmrb.htm")
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("田间地头", "一派忙碌"),
        ("夏粮收购准备就绪", None),
        ("农机手的新装备", None),
    ]
    assert {a.page for a in issue.articles} == {"05"}
    assert issue.paper == "新城日报"


def test_news_site_article_without_page_furniture(fixtures: Path):
    issue = parse_path(fixtures / "html/web_article.html")  # UTF-8 bytes, meta says GB2312
    [article] = issue.articles
    assert article.title == "河畔公园今日开放"  # not the site logo's <h1> in the page header
    assert article.byline == "李晓"
    assert issue.date == "2026-04-02"
    assert article.paragraphs == (
        "经过一年改造，河畔公园今天上午正式向市民开放。",
        "公园新增步道三公里，沿河种植乔木两千余株。",
        "“以后每天都来散步。”市民张阿姨说。",
    )
    assert [(i.src, i.caption) for i in article.images] == [
        ("images/park.jpg", "图为改造后的河畔公园。")
    ]
    text = _all_text(issue)
    for clutter in (
        "首页",
        "Cookie",
        "广告",
        "城西公园",
        "网友评论",
        "太棒",
        "脚本",
        "注释",
        "微博",
    ):
        assert clutter not in text


def test_enpproperty_fields_are_read_from_the_comment_text():
    props = enp_properties(
        "enpproperty <date>2023-02-11 00:00:00:0</date><title>标题\n  </title>"
        "<founder-pagenum>A3</founder-pagenum><author><!--<npm:a>--><!--</npm:a>--></author>"
        "/enpproperty"
    )
    assert props == {"date": "2023-02-11 00:00:00:0", "title": "标题", "pagenum": "A3"}


def test_same_page_parsed_twice_keeps_its_keys(fixtures: Path):
    first = parse_path(fixtures / "html/pad_articles.html")
    second = parse_path(fixtures / "html/pad_articles.html")
    assert [a.key for a in first.articles] == [a.key for a in second.articles]


def test_image_beside_the_page_keeps_its_path(tmp_path: Path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics/a.jpg").write_bytes(b"\xff\xd8")
    page = tmp_path / "content_1.htm"
    page.write_text(
        '<div id="main-title">标题</div><img src="pics/a.jpg?x=1"><p>图为现场。</p>'
        '<img src="http://example.com/b.jpg"><p>（新华社发）</p>'
        "<founder-content><p>正文。</p></founder-content>",
        encoding="utf-8",
    )
    [article] = parse_path(page).articles
    assert [i.src for i in article.images] == ["pics/a.jpg", None]


BAD_PAGES = {
    "truncated": "<html><body><div id='main-title'>半截标题</div><founder-content><p>写到一半",
    "unclosed comment": "<html><body><h1>题</h1><!-- <p>没有结束的注释",
    "only scripts": "<html><head><script>alert('x')</script></head><body></body></html>",
    "deep nesting": "<html><body>" + "<div>" * 50_000 + "<p>深处的正文。</p>" + "</div>" * 50_000,
    "stray tags": "<p><p><td><tr></table></founder-content><!--enpcontent--><p>孤立的正文。",
}


@pytest.mark.parametrize("name", BAD_PAGES)
def test_malformed_pages_give_a_result_or_one_clear_error(name: str):
    try:
        issue = parse_html(BAD_PAGES[name], f"{name}.html")
    except ParseError as err:
        assert "\n" not in str(err)
    else:
        assert all(a.title for a in issue.articles)


def test_truncated_article_keeps_what_was_saved():
    issue = parse_html(BAD_PAGES["truncated"], "truncated.html")
    assert [(a.title, a.paragraphs) for a in issue.articles] == [("半截标题", ("写到一半",))]


def test_huge_page_is_refused_with_a_message():
    with pytest.raises(ParseError, match="too large"):
        parse_html("<p>" + "字" * (MAX_HTML_CHARS + 1), "huge.html")
    with pytest.raises(ParseError, match="too many elements"):
        parse_html("<p>字" * (MAX_TAGS + 1), "huge.html")


def test_page_without_any_article_is_a_clear_error():
    with pytest.raises(ParseError, match="no article"):
        parse_bytes(BAD_PAGES["only scripts"].encode(), "empty.html")


def test_command_line_reports_bad_html_in_one_line(tmp_path: Path, capsys):
    page = tmp_path / "blank.html"
    page.write_text("<html><body><script>var a;</script></body></html>", encoding="utf-8")
    assert cli_main(["parse", str(page)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "blank.html" in err and "Traceback" not in err


def _article_page(*paragraphs: str) -> str:
    body = "".join(f"<p>　　{p}</p>" for p in paragraphs)
    return f"<div id=main-title>标题</div><founder-content>{body}</founder-content>"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("本报讯（记者 孙悦）12月7日，新区公寓交付。", "本报讯"),
        ("本报北京3月11日电（记者 王蕾）会议今天举行。", "本报北京3月11日电"),
        ("【新华社重庆十四日电】会议今天举行。", "新华社重庆十四日电"),
        ("新区公寓今天交付，本报讯息显示如此。", None),
    ],
)
def test_dateline_opening_the_first_paragraph(opening: str, dateline: str | None):
    [article] = parse_html(_article_page(opening, "第二段。"), "a.html").articles
    assert article.dateline == dateline
    assert article.paragraphs[0] == opening  # the paragraph stays whole


def test_reporter_and_role_lines_become_the_byline_and_the_proofreader_is_dropped():
    page = _article_page(
        "■ 海南日报全媒体记者 李艳玫",
        "通讯员 陈宏",
        "正文一段。",
        "【记者】柳时强",
        "【校对】梁飞飞",
    )
    [article] = parse_html(page, "a.html").articles
    assert article.byline == "海南日报全媒体记者 李艳玫 / 通讯员 陈宏 / 记者 柳时强"
    assert article.paragraphs == ("正文一段。",)


def test_page_named_html_with_text_before_its_first_tag(tmp_path: Path):
    page = tmp_path / "content_9.html"
    page.write_text("saved by hand\n" + _article_page("正文一段。"), encoding="utf-8")
    [article] = parse_path(page).articles
    assert (article.title, article.paragraphs) == ("标题", ("正文一段。",))


def test_layout_page_uses_article_pages_saved_beside_it(fixtures: Path, tmp_path: Path):
    layout = tmp_path / "node_2.htm"
    layout.write_bytes((fixtures / "html/layout_node.htm").read_bytes())
    (tmp_path / "content_102.htm").write_text(
        "<td class=font01>国家统计局发布一季度数据</td>"
        "<founder-content><p>　　一季度国内生产总值同比增长5%。</p></founder-content>",
        encoding="utf-8",
    )
    issue = parse_path(layout)
    assert [(a.title, a.saved, a.paragraphs) for a in issue.articles] == [
        ("敢为善为坚决跑好“冲刺赛”", False, ()),
        ("国家统计局发布一季度数据", True, ("一季度国内生产总值同比增长5%。",)),
        ("春耕备耕正当时", False, ()),
    ]
    assert issue.format == "html"


def test_news_page_without_article_tag_gives_its_main_text_block(fixtures: Path):
    issue = parse_path(fixtures / "html/web_no_article_tag.html")
    assert (issue.paper, issue.date) == ("江城网", "2026-04-03")
    [article] = issue.articles
    assert article.title == "老街换新颜 市民点赞"
    assert article.byline is None  # the author meta is a numeric staff id, not a name
    assert article.paragraphs == (
        "经过半年改造，老街今天重新开放。",
        "街面铺上了青石板，沿街店铺换上了统一的招牌。",
        "“老街又热闹起来了。”居民王大爷说。",
    )


def test_page_with_thousands_of_article_bodies_is_refused():
    page = "<h1>题</h1><founder-content><p>文</p></founder-content>" * 2_000
    with pytest.raises(ParseError, match="too many articles"):
        parse_html(page, "many.html")


def test_article_pages_pasted_into_one_file_keep_their_own_headlines():
    page = (
        "<html><body><founder-title></founder-title><founder-content><p>{1}</p>"
        "</founder-content></body></html><!--enpproperty <founder-papername>江城日报"
        "</founder-papername><founder-title>{0}</founder-title> /enpproperty-->"
    )
    first = page.format("老街换新颜", "老街重新开放。")
    issue = parse_html(first + page.format("公交新线开通", "新线今天开通。"), "pasted.html")
    assert issue.paper == "江城日报"
    assert [(a.title, a.paragraphs) for a in issue.articles] == [
        ("老街换新颜", ("老街重新开放。",)),
        ("公交新线开通", ("新线今天开通。",)),
    ]


def test_reporter_named_in_the_dateline_is_the_byline():
    page = _article_page("湖北日报讯 （记者杨然、通讯员周雄）2月10日，项目签约。")
    [article] = parse_html(page, "a.html").articles
    assert article.dateline == "湖北日报讯"
    assert article.byline == "记者杨然、通讯员周雄"


def test_newer_layout_page_takes_its_page_from_its_file_name(tmp_path: Path):
    layout = tmp_path / "node_03.html"
    layout.write_text(
        '<ul class="news-list"><li><a href="../../../content/202401/07/content_5.html">'
        "夏粮收购准备就绪</a></li></ul>",
        encoding="utf-8",
    )
    [article] = parse_path(layout).articles
    assert (article.page, article.title, article.saved) == ("03", "夏粮收购准备就绪", False)


def test_line_break_in_a_headline_parts_two_clauses():
    page = (
        '<font id="main-title">东贝电机\n产销两旺</font>'
        "<founder-content><p>正文。</p></founder-content>"
    )
    [article] = parse_html(page, "a.html").articles
    assert article.title == "东贝电机 产销两旺"


def test_captions_marked_up_as_captions_leave_the_text(tmp_path: Path):
    page = _article_page("第一段。").replace(
        "</founder-content>",
        '<p><img src="a.jpg"></p><p class="pic_text"> 港口一片繁忙</p><p>第二段。</p>'
        '<figure><img src="b.jpg"><figcaption>江城夜景</figcaption></figure></founder-content>',
    )
    for name in ("a.jpg", "b.jpg"):
        (tmp_path / name).write_bytes(b"\xff\xd8")
    [article] = parse_html(page, str(tmp_path / "a.html")).articles
    assert article.paragraphs == ("第一段。", "第二段。")
    assert [(i.src, i.caption) for i in article.images] == [
        ("a.jpg", "港口一片繁忙"),
        ("b.jpg", "江城夜景"),
    ]


@pytest.mark.parametrize("only", ["（高美梅）", "【校对】梁飞飞", "（完）"])
def test_headless_page_whose_body_is_only_a_sign_off_still_has_a_title(only: str):
    page = f"<founder-content><p>{only}</p></founder-content>"
    [article] = parse_html(page, "content_1.htm").articles
    assert article.title == only
    assert article.paragraphs == ()


def _strings(value: object) -> list[str]:
    """Every string held in an Issue, an Article, a Page or an Image, however deep."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in _strings(getattr(value, name))]
    return []


# ESC [ 2 J clears a terminal; CSI (\x9b) starts the same sequence in one character.
_ESCAPES = ("\x1b[2J", "&#27;[31m", "\x9b1m", "&#x7f;", "\x07", "\x00")


@pytest.mark.parametrize("escape", _ESCAPES)
def test_control_characters_are_stripped_from_every_field_of_an_epaper_page(escape: str):
    e = escape
    page = (
        f"<html><head><title>江城日报{e}--数字报</title></head><body>"
        f"<a id=pageLink href=node_1.htm>第01版：要{e}闻</a>"
        f"<div id=intro-title>引{e}题</div><div id=main-title>标{e}题</div>"
        f"<div id=sub-title>副{e}题</div><founder-author>记者 王{e}蕾</founder-author>"
        f"<founder-date>2026年3月12日{e}</founder-date>"
        f"<founder-content><p>本报讯{e} 正文{e}一段。</p>"
        f"<img src='a{e}.jpg'><p>图为现场{e}。（记者 周鹏 摄）</p></founder-content>"
        "</body></html>"
    )
    issue = parse_html(page, "content_1.htm")
    assert issue.articles and issue.articles[0].paragraphs
    odd = [s for s in _strings(issue) if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in s)]
    assert odd == []


@pytest.mark.parametrize("escape", _ESCAPES)
def test_control_characters_are_stripped_from_a_news_site_page(escape: str):
    e = escape
    page = (
        f"<html><head><title>标题{e} - 江城网</title>"
        f"<meta property='og:site_name' content='江城{e}网'>"
        f"<meta name='author' content='王{e}蕾'></head><body><article>"
        f"<h1>标题{e}</h1><p>第一段正文{e}，讲的是夜市开张的事。</p>"
        f"<figure><img src='b.jpg'><figcaption>夜市{e}现场</figcaption></figure>"
        "</article></body></html>"
    )
    issue = parse_html(page, "story.html")
    assert issue.articles and issue.articles[0].paragraphs
    odd = [s for s in _strings(issue) if any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in s)]
    assert odd == []


# --- pictures: only regular files inside the issue's folder ---------------------------------


def _page_with_pictures(*srcs: str) -> str:
    pictures = "".join(f'<img src="{src}"><p>图为第{n}张。</p>' for n, src in enumerate(srcs))
    body = f"<p>正文。</p>{pictures}"
    return f"<founder-title>题</founder-title><founder-content>{body}</founder-content>"


def test_pictures_outside_the_issue_folder_get_no_path(tmp_path: Path):
    issue, outside = tmp_path / "issue", tmp_path / "secret"
    (issue / "pics").mkdir(parents=True)
    outside.mkdir()
    (outside / "s.png").write_bytes(b"\x89PNG")
    (issue / "pics/own.png").write_bytes(b"\x89PNG")
    (issue / "linked.png").symlink_to(outside / "s.png")
    (issue / "elsewhere").symlink_to(outside, target_is_directory=True)
    page = issue / "content_1.htm"
    page.write_text(
        _page_with_pictures(
            "pics/own.png", "../secret/s.png", "linked.png", "elsewhere/s.png", "missing.png"
        ),
        encoding="utf-8",
    )
    for parsed in (parse_path(page), parse_path(issue)):
        [article] = parsed.articles
        assert [i.src for i in article.images] == ["pics/own.png", None, None, None, None]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_pipes_devices_and_huge_files_are_no_pictures(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.jpg")
    (tmp_path / "zero.jpg").symlink_to("/dev/zero")
    with (tmp_path / "huge.jpg").open("wb") as huge:
        huge.truncate(MAX_IMAGE_BYTES + 1)  # sparse: takes no room on the disk
    page = tmp_path / "content_1.htm"
    page.write_text(_page_with_pictures("pipe.jpg", "zero.jpg", "huge.jpg"), encoding="utf-8")
    [article] = parse_path(page).articles
    assert [i.src for i in article.images] == [None, None, None]


def test_a_layout_page_never_reads_pages_outside_its_folder(tmp_path: Path):
    (tmp_path / "issue").mkdir()
    (tmp_path / "content_9.htm").write_text(
        "<founder-title>外面的文章</founder-title><founder-content><p>不该读到。</p></founder-content>",
        encoding="utf-8",
    )
    layout = tmp_path / "issue/node_1.htm"
    layout.write_text(
        '<a id=pageLink href="node_1.htm">第01版：要闻</a>'
        '<a href="../content_9.htm">外面的文章</a>',
        encoding="utf-8",
    )
    [article] = parse_path(layout).articles
    assert (article.title, article.paragraphs, article.saved) == ("外面的文章", (), False)


# --- one page that cannot be read fails alone ------------------------------------------------


def test_a_page_declaring_an_undefined_charset_is_read(tmp_path: Path):
    page = tmp_path / "content_1.htm"
    page.write_bytes(
        '<meta charset="undefined"><founder-title>江城要闻</founder-title>'
        "<founder-content><p>市政府召开常务会议。</p></founder-content>".encode("gb18030")
    )
    [article] = parse_path(page).articles
    assert (article.title, article.paragraphs) == ("江城要闻", ("市政府召开常务会议。",))


def test_a_picture_path_longer_than_the_disk_allows_gets_none(tmp_path: Path):
    page = tmp_path / "content_1.htm"
    page.write_text(_page_with_pictures("../" + "a" * 5_000 + ".jpg"), encoding="utf-8")
    [article] = parse_path(page).articles
    assert [i.src for i in article.images] == [None]


def test_a_news_page_of_equal_boxes_nested_deep_keeps_them_all():
    # Four equal stories, each five boxes deep: what holds them all is above every score.
    text = "市政府召开常务会议，研究部署夏季防汛工作，全区上下有力执行各项部署要求。" * 3
    box = f"<div><div><div><div><div><p>{text}</p></div></div></div></div></div>"
    [article] = parse_html(f"<html><body><div>{box * 4}</div></body></html>", "a.html").articles
    assert article.paragraphs == (text,) * 4


def test_column_tag_closing_a_listed_title_becomes_the_section(fixtures: Path):
    issue = parse_path(fixtures / "html/layout_columns.htm")
    assert [(a.title, a.section) for a in issue.articles] == [
        ("“让每条小巷都亮起来”", "书记的民生情怀"),
        ("老码头换了新模样", "城市更新一线"),
        ("稳住粮食生产基本盘", "稳住基本盘 激发新活力"),  # a slogan of two matched halves
        ("西江航道全线贯通", "长江经济带调研行"),
        # a serial mark, a picture mark and a writer stay where they are
        ("一位老农的春天（上）", None),
        ("新区建设掠影（图）", None),
        ("城市绿道连成网（本报评论员）", None),
    ]


def test_letter_spaced_page_names_close_up_but_words_keep_their_space():
    from reader.parsing.html.markup import cjk_squeeze

    assert cjk_squeeze("要 闻") == "要闻"
    assert cjk_squeeze("国 际 新 闻") == "国际新闻"
    assert cjk_squeeze("中 共中央") == "中共中央"
    assert cjk_squeeze("决胜全面小康 开启新的征程") == "决胜全面小康 开启新的征程"
    assert cjk_squeeze("A1 要闻 Page") == "A1 要闻 Page"
