"""Plain-text dumps read as a careful editor would: pages, headlines, bylines, whole paragraphs."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reader.model import Article, Issue
from reader.parsing import parse_bytes, parse_path
from reader.parsing.conventions import is_reporter_line
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.text import parse_text
from reader.parsing.text.lines import Header, page_header

TEXT = Path(__file__).parent / "fixtures" / "text"
BAD = {"garbage.txt", "headers-only.txt", "undecodable.txt", "binary.bin"}
GOOD = sorted(p.name for p in TEXT.glob("*.txt") if p.name not in BAD)

# Lines that only describe the page (header, page list, editor) and may be left out.
_METADATA = re.compile(
    r"^\s*(?:.{0,30}第\s*[A-Z]?\d{1,3}\s*版|.{0,30}\b[A-Z]?\d{1,3}版(?:[\s:：]|$)|责任编辑|本版编辑"
    r"|THE [A-Z ]+ {3}"
    r"|\S{0,8}\s?\d{4}[.年]\d{1,2}[.月]\d{1,2}日?\s?\S{0,4}$|专栏[:：]?$|.*enpproperty"
    r"|Copyright ©|\(责编)"
    # the paper's name alone, the issue and page buttons and the page's editors of a copied page
    r"|^\S{1,10}[报報]$|^上一期|^PDF下载$|^本版责编|^返回目录|^语音播报"
    r"|^《\s*\S{1,10}[报報]\s*》（.{0,20}版）$|^\d{4}-\d{2}-\d{2}$"
    r"|^\d{1,3}\. "  # a numbered list of the page's headlines, printed again as records
)
# continuation and end marks, pointers to other pages and the labels "By", "专栏:" are form,
# not content
_FORM = re.compile(
    r"[（(](?:上接|下转|转)第\s*[A-Z]?\d+版[)）]|[（(]完[)）]|^(?:By |专栏[:：])"
    r"|\(Continued (?:on|from) Page \d+\)"
    r"|^\S+ \d\d:\d\d\s+来源：\S+\s+作者：|^\S+ 第\d版$|^■今日导读$"
    r"|^(?:数字报|客户端) \|$|^\S+出品\s*$|^\d{1,3}$|^网站$"
)
_NOT_WORD = re.compile(r"[\W_]+")


def parse(name: str) -> Issue:
    return parse_path(TEXT / name)


def _fields(article: Article) -> list[str]:
    head = [article.section, article.kicker, article.title, article.subtitle, article.byline]
    return [f for f in head if f] + list(article.paragraphs) + list(article.captions)


def assert_nothing_lost(issue: Issue, text: str) -> None:
    """Every word of every line that is not page metadata appears in some article field."""
    blob = _NOT_WORD.sub("", "".join(f for a in issue.articles for f in _fields(a)))
    for line in text.splitlines():
        if _METADATA.match(line):
            continue
        line = _FORM.sub("", line)
        words = _NOT_WORD.sub("", line)
        assert words in blob, f"lost: {line!r}"


@pytest.mark.parametrize("name", GOOD)
def test_nothing_of_the_text_is_lost(name):
    path = TEXT / name
    issue = parse_path(path)
    assert_nothing_lost(issue, decode(path.read_bytes()))


@pytest.mark.parametrize("name", GOOD)
def test_paragraphs_are_whole_and_clean(name):
    for article in parse(name).articles:
        assert article.title
        for paragraph in article.paragraphs:
            assert paragraph == paragraph.strip(" \u3000\u00a0\t")
            assert "\n" not in paragraph and "\r" not in paragraph


def test_page_header_sets_paper_date_page_and_name():
    issue = parse("jiangcheng-p3.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    assert [(p.code, p.name) for p in issue.pages] == [("03", "经济")]
    assert {(a.page, a.page_name) for a in issue.articles} == {("03", "经济")}


def test_editor_line_is_metadata_not_text():
    issue = parse("jiangcheng-p3.txt")
    text = "".join(f for a in issue.articles for f in _fields(a))
    assert "林晓" not in text and "周舟" not in text


def test_one_line_headline_splits_into_kicker_title_subtitle():
    article = parse("jiangcheng-p3.txt").articles[0]
    assert article.kicker == "区委书记何建平主持召开全区经济运行座谈会"
    assert article.title == "敢为善为坚决跑好“冲刺赛”"
    assert article.subtitle == "抢抓机遇全力打赢“收官仗”"


def test_column_tag_is_the_section_not_an_article():
    issue = parse("jiangcheng-p3.txt")
    assert [a.section for a in issue.articles] == ["要闻快览", "深观察", None]
    assert all(a.title not in ("要闻快览", "深观察") for a in issue.articles)


def test_two_clause_title_stays_one_title():
    article = parse("jiangcheng-p3.txt").articles[1]
    assert (article.kicker, article.title) == (None, "舱外安装忙 太空物流畅")


def test_three_line_headline_with_kicker_cue_and_dash_subtitle():
    article = parse("jiangcheng-p3.txt").articles[2]
    assert article.kicker == "省长王立新强调"
    assert article.title == "坚定信心 真抓实干"
    assert article.subtitle == "——全力推动一季度经济实现良好开局"


def test_reporter_line_and_closing_parenthesis_are_bylines():
    first, second, _ = parse("jiangcheng-p3.txt").articles
    assert first.byline == "本报记者 张娅 通讯员 陈明 / 高美梅"
    assert second.byline == "记者 李艳玫 / 刘洋 文/摄"
    assert not any("高美梅" in p or "李艳玫" in p for p in first.paragraphs + second.paragraphs)


def test_dateline_is_reported_and_paragraph_stays_whole():
    first, _, third = parse("jiangcheng-p3.txt").articles
    assert first.dateline == "本报讯 11月5日"
    assert first.paragraphs[0].startswith("本报讯 11月5日，区委书记")
    assert third.dateline == "新华社武汉3月11日电"


def test_paragraph_cut_by_a_break_is_joined_even_inside_a_word():
    first = parse("jiangcheng-p3.txt").articles[0]
    assert first.paragraphs[1] == (
        "何建平指出，今年以来，全区上下有力执行中央和省委、省政府各项部署要求，经济运行稳中有进。"
        "要锚定全年目标任务，加快发展先进制造业重点产业集群，确保完成全年各项目标。"
    )
    assert len(first.paragraphs) == 2


def test_finished_paragraphs_are_never_joined():
    third = parse("jiangcheng-p3.txt").articles[2]
    assert len(third.paragraphs) == 2
    assert third.paragraphs[1].endswith("打下坚实基础。")


def test_caption_with_picture_credit():
    second = parse("jiangcheng-p3.txt").articles[1]
    assert second.captions == ("图为航天员在舱外安装设备。（记者 周鹏 摄）",)
    assert len(second.paragraphs) == 2


def test_page_list_is_not_articles_and_continuation_is_stitched():
    issue = parse("issue-continuation.txt")
    assert [a.title for a in issue.articles] == [
        "江城新区首批人才公寓交付使用",
        "社区食堂开进老旧小区",
    ]
    first = issue.articles[0]
    assert (first.page, first.pages) == ("A01", ("A01", "A02"))
    assert "留得住、干得好。此外" in first.paragraphs[1]
    assert not any("上接" in p or "转第" in p for p in first.paragraphs)
    assert first.paragraphs[-1] == "“有了稳定的住处，才能安心干事业。”刚入住的工程师刘晓说。"
    assert [(p.code, p.name) for p in issue.pages] == [("A01", "头版"), ("A02", "综合")]


def test_role_line_ends_article_as_byline_and_paren_dateline_names_reporter():
    first, second = parse("issue-continuation.txt").articles
    assert first.byline == "记者 孙悦"
    assert second.dateline == "湖北日报讯"
    assert second.byline == "记者 柳时强"


def test_ascii_punctuation_and_crlf():
    issue = parse("ascii-punct-crlf.txt")
    opinion, news = issue.articles
    assert opinion.title == "以实干实绩书写发展新篇"
    assert opinion.byline == "湖北日报评论员 / 北京青年报"
    assert len(opinion.paragraphs) == 2
    assert news.dateline == "据新华社北京2月10日电"
    assert news.byline == "张晓峰 孙一鸣"


def test_old_style_page_with_column_line_and_bracket_datelines():
    issue = parse("renmin-1951-style.txt")
    assert (issue.paper, issue.date) == ("人民日报", "1951-09-15")
    first, second = issue.articles
    # a corpus record does not say which deck is a kicker: the first is the title
    assert (first.kicker, first.title, first.subtitle) == (
        None,
        "执行停战协议",
        "前线部队加紧整训 各部队官兵学习热情高涨",
    )
    assert first.dateline == "新华社前线十四日电"
    assert len(first.paragraphs) == 2
    assert (second.section, second.title, second.dateline) == (
        "国际述评",
        "评美国的所谓援助计划",
        "新华社十四日讯",
    )


def test_english_page():
    issue = parse("english-page.txt")
    assert (issue.paper, issue.date) == ("THE RIVER GAZETTE", "2026-06-02")
    library, harbour = issue.articles
    assert library.title == "Library extends weekend opening hours"
    assert library.subtitle == "Reading rooms will stay open until 8pm on Saturdays"
    assert library.byline == "Anna Clarke"
    assert library.paragraphs[0].endswith("could only visit on Saturdays.")
    assert (harbour.title, harbour.byline) == ("Harbour walk wins design award", "Staff reporter")
    assert (library.page, library.page_name) == ("04", "LOCAL")


def test_paragraphs_run_together_on_one_line_are_separated():
    (article,) = parse("one-line-paragraphs.txt").articles
    assert article.title == "坚持全市“一张图”"
    assert article.subtitle == "——优化产业空间布局,推动区域协调发展"
    assert article.paragraphs[0] == "产业布局关系城市长远发展。"
    assert "找准定位,更好发挥港口带动效应" in article.paragraphs
    assert article.page == "01"


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    (article,) = parse("hard-wrapped.txt").articles
    assert article.title == "城东老旧小区改造全面启动"
    assert article.paragraphs == (
        "本报讯　记者从市住建局获悉，今年城东片区将完成四十二个老旧小区改造，涉及居民一万余户。"
        "改造内容包括管网更新、加装电梯和增设停车位。",
        "市住建局有关负责人表示，改造将坚持居民自愿原则，做到一小区一方案。",
    )


@pytest.mark.parametrize("name", ["gb18030.txt", "big5.txt", "utf16.txt", "bom-utf8.txt"])
def test_encodings_give_the_same_article(name):
    (article,) = parse(name).articles
    assert article.title in ("市民公园今日开放", "市民公園今日開放")
    assert article.byline == "李文"
    assert article.dateline in ("本报讯 3月11日", "本報訊 3月11日")
    assert article.page == "02"


def test_keys_are_unique_and_stable_across_reparses():
    first = parse("jiangcheng-p3.txt")
    again = parse("jiangcheng-p3.txt")
    keys = [a.key for a in first.articles]
    assert keys == [a.key for a in again.articles]
    assert len(set(keys)) == len(keys)


def test_the_same_story_twice_gets_distinct_keys():
    story = "同一条消息\n\n　　本报讯 今天天气晴朗。\n\n（李文）\n\n"
    text = story + story
    keys = [a.key for a in parse_text(text, "x.txt").articles]
    assert len(keys) == 2 and keys[0] != keys[1]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("headers-only.txt", "no articles"),
        ("garbage.txt", "does not look like newspaper text"),
        ("undecodable.txt", "encoding is not recognised"),
        ("binary.bin", "binary"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(name, message):
    with pytest.raises(ParseError, match=message):
        parse(name)


def test_text_without_a_headline_still_gives_its_paragraphs():
    issue = parse_bytes("　　本报讯 市区今天新开一条公交线路。\n".encode(), "x.txt")
    (article,) = issue.articles
    assert article.paragraphs == ("本报讯 市区今天新开一条公交线路。",)
    assert article.title


def test_subheading_inside_an_indented_article_is_not_a_new_article():
    text = (
        "城市更新提速\n\n"
        "　　本报讯 今年我市将推进一批城市更新项目，惠及居民三万户。\n\n"
        "　　聚焦民生补短板\n\n"
        "　　项目重点解决停车难、加装电梯等群众关心的问题。\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.paragraphs[1] == "聚焦民生补短板"


def test_question_headline_bracketed_column_and_byline_before_text():
    first = parse("points-and-tags.txt").articles[0]
    assert (first.section, first.title) == ("民生关注", "谁来守护孩子的睡眠？")
    assert first.subtitle == "——全市中小学生睡眠状况调查"
    assert first.byline == "文/本报记者 王蕾"


def test_numbered_points_and_questions_inside_an_article_stay_in_it():
    issue = parse("points-and-tags.txt")
    assert len(issue.articles) == 2
    paragraphs = issue.articles[0].paragraphs
    assert paragraphs[:3] == (
        "会议提出三点要求：",
        "一是加强组织领导",
        "各级要高度重视，把这项工作摆上重要议事日程。",
    )
    assert "二、强化督促检查" in paragraphs and "怎么办？" in paragraphs
    assert paragraphs[-1] == "专家建议，学校和家庭要形成合力，保障学生睡眠时间。"


def test_end_mark_closes_the_article_without_a_byline_and_caption_goes_with_the_next():
    first, second = parse("points-and-tags.txt").articles
    assert first.byline == "文/本报记者 王蕾"
    assert first.paragraphs[-1].endswith("保障学生睡眠时间。")
    assert (second.kicker, second.title) == ("为了更好的睡眠——", "我市试点推迟早读时间")
    assert second.captions == ("图为学生在课间做操。（本报记者 周鹏 摄）",)


def test_english_hard_wrapped_text_with_dateline_and_agency_closing():
    issue = parse("english-wrapped.txt")
    assert (issue.paper, issue.date) == ("THE NORTH STAR", "2026-06-05")
    factory, port = issue.articles
    assert factory.byline == "Sam Ortiz and Lee Park"
    assert factory.dateline == "CHICAGO"
    assert len(factory.paragraphs) == 3
    assert factory.paragraphs[1] == (
        "The index climbed to 54.2 from 52.8 in April, its highest level in two years."
    )
    assert (port.title, port.byline) == ("Port strike ends after deal on pay", "Reuters")
    assert port.paragraphs == (
        "Dock workers returned to work on Friday after their union accepted a pay offer.",
    )


@pytest.mark.parametrize(
    ("line", "paper", "date", "page", "name"),
    [
        ("江城日报 2026年3月12日 星期四 第3版 经济", "江城日报", "2026-03-12", "03", "经济"),
        ("01版:要 闻", None, None, "01", "要闻"),
        ("第A01版：头版   上一版  下一版", None, None, "A01", "头版"),
        ("第A05版:要闻 PDF版", None, None, "A05", "要闻"),
        ("A3版：城事", None, None, "A03", "城事"),
        ("1951年9月15日人民日报 第1版", "人民日报", "1951-09-15", "01", None),
        ("第3版 经济 2026年3月12日", None, "2026-03-12", "03", "经济"),
        ("江城日报数字报 2026-03-12 第02版:综合", "江城日报", "2026-03-12", "02", "综合"),
        ("《 人民日报 》（ 2024年01月07日 01 版）", "人民日报", "2024-01-07", "01", None),
        (
            "THE BAY HERALD   Monday, May 18, 2026   Page 2   NEWS",
            "THE BAY HERALD",
            "2026-05-18",
            "02",
            "NEWS",
        ),
        (
            "PAGE A4 | THE DAILY NEWS | MONDAY, MAY 18, 2026",
            "THE DAILY NEWS",
            "2026-05-18",
            "A04",
            None,
        ),
        ("THE CITY TIMES, MONDAY, MAY 18, 2026  A5", "THE CITY TIMES", "2026-05-18", "A05", None),
    ],
)
def test_page_header_forms(line, paper, date, page, name):
    assert page_header(line) == Header(paper, date, page, name)


@pytest.mark.parametrize(
    "line",
    [
        "详见第5版",
        "本报今日共16版",
        "本报第3版刊登了相关报道",
        "See page 3 for more.",
        "Page 2",
        "He scored in the A5 final on May 18, 2026",
    ],
)
def test_prose_that_mentions_a_page_is_not_a_header(line):
    assert page_header(line) is None


def test_source_line_under_a_copied_article_names_its_page():
    text = (
        "习近平在北京考察\n\n　　新华社北京1月6日电 习近平6日在北京考察。\n\n"
        "《人民日报》（2024年01月07日 第 01 版）\n"
    )
    issue = parse_text(text, "x.txt")
    assert (issue.paper, issue.date) == ("人民日报", "2024-01-07")
    assert [(a.title, a.page) for a in issue.articles] == [("习近平在北京考察", "01")]


def test_source_line_between_headline_and_text_keeps_the_article_open():
    # a copied e-paper article page prints its source line under the byline, above the text
    issue = parse("article-page-copy-source-above-text.txt")
    [article] = issue.articles
    assert (article.title, article.subtitle) == ("老码头变身滨江客厅", "——城南岸线改造见闻")
    assert (article.page, article.byline) == ("02", "本报记者 许晴 何松")
    assert article.paragraphs[0] == "清晨七点，城南的江堤上已经有了晨练的人。"
    assert article.paragraphs[-1] == "“傍晚来走一圈，心里敞亮。”住在附近的周阿姨说。"


def test_toolbar_of_a_copied_article_page_is_no_headline_or_text():
    issue = parse("article-copy-toolbar.txt")
    [article] = issue.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "江城召开党外人士座谈会",
        "征求对市党代会报告的意见",
        "王海主持并讲话",
    )
    assert article.paragraphs[-1] == "王海指出，要把各方面的意见建议吸收到报告中来。"
    assert not any(word in "".join(_fields(article)) for word in ("全文复制", "语音播报"))


def test_day_saved_as_markdown_reads_as_the_same_dump_without_the_marks():
    issue = parse_path(TEXT / "day-as-markdown.md")
    assert (issue.paper, issue.date) == ("江城日报", "2025-08-10")
    assert [(a.page, a.title, a.subtitle, a.byline) for a in issue.articles] == [
        ("01", "冬日里的田间课堂", "——记一位农技员的十五年", None),
        ("01", "城市更新的温度", None, "本报记者 许晴"),
        ("02", "秋粮收获进度过半", None, None),
    ]
    assert issue.articles[0].paragraphs[0] == "清晨七点，石桥村的麦田里已经有了人影。"


def test_blank_line_after_every_line_still_gives_headline_blocks():
    first, second = parse("blank-between-lines.txt").articles
    assert (first.kicker, first.title, first.subtitle) == (
        "聚焦高质量发展",
        "我市一季度地区生产总值同比增长百分之六点二",
        "——主要经济指标增速均高于全省平均水平",
    )
    assert first.paragraphs[1:5] == (
        "会议提出三点要求：",
        "一是加强组织领导",
        "二是强化督促检查",
        "三是注重工作实效",
    )
    assert first.byline == "本报记者 周杰 通讯员 林小雨 / 王晓丽"
    assert (second.section, second.title, second.dateline) == ("独家", "春耕备耕正当时", "本报讯")


_PIECES = [
    "江城日报 2026年3月12日 星期四 第3版 经济",
    "01版:要闻",
    "第A01版：头版",
    "责任编辑：林晓",
    "",
    "　　",
    "要闻快览",
    "【民生关注】",
    "聚焦高质量发展",
    "我市一季度地区生产总值同比增长",
    "——主要经济指标增速均高于全省平均水平",
    "舱外安装忙 太空物流畅",
    "　　本报记者　王蕾　通讯员　陈明",
    "■ 记者 李艳玫",
    "By Tom Reilly",
    "　　本报讯 11月5日，区委书记主持召开全区经济运行座谈会，听取企业和基层代表意见建议。",
    "【新华社重庆十四日电】拉萨讯:执行协议的部队已于本月九日进抵拉萨。",
    "　　全市上下有力执行中央和省",
    "委、省政府各项部署要求，经济运行稳中有进。",
    "（高美梅）",
    "(Staff reporter)",
    "【记者】柳时强",
    "（完）",
    "（转第2版）",
    "（上接第1版）继续推进。",
    "　　图为航天员在舱外安装设备。（记者 周鹏 摄）",
    "一是加强组织领导",
    "会议提出三点要求：",
    "in a",
    "decade.",
    "。",
    "a",
]


@pytest.mark.parametrize("seed", range(5))
def test_any_mix_of_conventions_parses_without_losing_text(seed):
    rng = random.Random(seed)
    for _ in range(60):
        lines = [rng.choice(_PIECES) for _ in range(rng.randint(1, 25))]
        text = rng.choice(("\n", "\r\n")).join(lines)
        try:
            issue = parse_text(text, "mix.txt")
        except ParseError:
            continue
        assert all(a.title for a in issue.articles)
        assert_nothing_lost(issue, text)


def test_column_tag_on_the_headline_line():
    text = "要闻快览 敢为善为坚决跑好“冲刺赛”\n\n　　本报讯 今天全市召开大会，部署全年工作。\n"
    (article,) = parse_text(text, "x.txt").articles
    assert (article.section, article.kicker, article.title) == (
        "要闻快览",
        None,
        "敢为善为坚决跑好“冲刺赛”",
    )


def test_verse_of_short_lines_stays_in_its_article():
    (poem,) = parse("verse.txt").articles
    assert (poem.title, poem.byline) == ("春天的诗", "文／李青")
    assert poem.paragraphs[:2] == ("春风吹过田野", "柳枝抽出新芽")
    assert len(poem.paragraphs) == 6


def test_program_source_is_not_taken_for_a_newspaper():
    source = "def main(argv):\n    if not argv:\n        return {'a': [1, 2]}  # none\n" * 20
    with pytest.raises(ParseError, match="does not look like newspaper text"):
        parse_text(source, "main.py")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("本报讯 11月5日，区委召开座谈会。", "本报讯 11月5日"),
        ("本报讯（记者 孙悦）12月7日，新区公寓交付。", "本报讯"),
        ("本报北京3月11日电 全国两会今天开幕。", "本报北京3月11日电"),
        ("新华社北京2月10日电 2月10日，主席会见来宾。", "新华社北京2月10日电"),
        ("据新华社北京2月10日电 春运首日客流平稳。", "据新华社北京2月10日电"),
        ("【新华社重庆十四日电】部队进抵拉萨。", "新华社重庆十四日电"),
        ("【本报讯】我市新开两条公交线路。", "本报讯"),
        ("中新网3月1日电 据报道，会议召开。", "中新网3月1日电"),
        ("央视网消息（新闻联播）：今天，会议召开。", "央视网消息"),
        ("LONDON (Reuters) - Shares fell on Monday.", "LONDON (Reuters)"),
        ("Beijing, March 11 (Xinhua) -- China said on Monday.", "Beijing, March 11 (Xinhua)"),
        ("国家电网公司供电服务提升，群众满意。", None),
        ("The mayor said - yes - on Monday.", None),
    ],
)
def test_datelines(opening, dateline):
    text = f"一则消息\n\n{opening}\n"
    (article,) = parse_text(text, "x.txt").articles
    assert article.dateline == dateline
    assert article.paragraphs == (opening,)


def test_photo_credit_under_a_caption_completes_it_and_does_not_end_the_article():
    text = (
        "春耕正忙\n\n　　本报讯 眼下正是春耕时节，各地农民抢抓农时。\n\n"
        "　　图为农民在田间插秧。\n\n（记者 周鹏 摄）\n\n"
        "　　据介绍，今年全市春播面积比去年增加一成。\n\n（刘洋　文/摄）\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.captions == ("图为农民在田间插秧。（记者 周鹏 摄）",)
    assert len(article.paragraphs) == 2
    assert article.byline == "刘洋 文/摄"


def test_english_page_saved_as_windows_1252():
    issue = parse("english-cp1252.txt")
    library, harbour = issue.articles
    assert (
        library.paragraphs[1] == "“People asked for it, and we listened,” said the head librarian."
    )
    assert "near the old café," in harbour.paragraphs[0]


def test_e_paper_buttons_and_links_are_not_text():
    text = (
        "第01版：要闻\n上一版  下一版\n【字体：大 中 小】\n\n城市书房开放\n\n"
        "　　本报讯 全市城市书房今起全天开放。\n\n"
        "上一篇：春耕正忙\n返回目录 | 打印本页 | 关闭窗口\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.title == "城市书房开放"
    assert article.paragraphs == ("本报讯 全市城市书房今起全天开放。",)


def test_page_list_of_titles_is_not_an_article():
    issue = parse("title-list.txt")
    titles = ["城市书房开放", "春耕正忙", "公交新线开通", "社区食堂开业", "防汛工作部署"]
    assert [a.title for a in issue.articles] == titles
    assert all(len(a.paragraphs) == 1 and a.dateline == "本报讯" for a in issue.articles)


def test_headlines_indented_like_the_paragraphs_still_open_articles():
    first, second = parse("all-indented.txt").articles
    assert (first.title, len(first.paragraphs)) == ("城市书房开放", 2)
    assert (second.title, len(second.paragraphs)) == ("春耕正忙", 1)


@pytest.mark.parametrize(
    ("headline", "parts"),
    [
        ("舱外安装忙 太空物流畅", (None, "舱外安装忙 太空物流畅", None)),
        (
            "空间站货运飞船对接成功 舱外安装忙 太空物流畅",
            ("空间站货运飞船对接成功", "舱外安装忙 太空物流畅", None),
        ),
        (
            "舱外安装忙 太空物流畅 货运飞船昨日完成对接",
            ("舱外安装忙 太空物流畅", "货运飞船昨日完成对接", None),
        ),
        (
            "新城高新区集成电路产业园开工 总投资一百二十亿元",
            (None, "新城高新区集成电路产业园开工", "总投资一百二十亿元"),
        ),
        (
            "市长主持召开防汛工作会议 守牢安全底线",
            ("市长主持召开防汛工作会议", "守牢安全底线", None),
        ),
        (
            "我市新开两条公交线路 ——方便北部居民出行",
            (None, "我市新开两条公交线路", "——方便北部居民出行"),
        ),
    ],
)
def test_one_line_headline_parts(headline, parts):
    text = f"{headline}\n\n　　本报讯 今天，相关工作取得新进展，各方反映良好。\n"
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title, article.subtitle) == parts


def test_list_after_colon_and_short_last_paragraph_stay_in_the_article():
    first, second = parse("list-and-short-ending.txt").articles
    assert first.paragraphs[1:3] == ("加强组织领导", "强化督促检查")
    assert first.paragraphs[-1] == "欢迎广大市民参加"
    assert (second.kicker, second.title) == (None, "城市书房开放")


@pytest.mark.parametrize("text", ["城市书房开放\n", "hello world\n", "（完）\n"])
def test_headings_without_any_text_are_no_articles(text):
    with pytest.raises(ParseError, match="no articles found"):
        parse_text(text, "x.txt")


def test_founder_e_paper_copy_with_photo_credit_and_property_leftover():
    issue = parse("founder-copy.txt")
    assert (issue.paper, issue.date) == ("江城晚报", "2026-03-05")
    (article,) = issue.articles
    assert (article.title, article.page, article.page_name) == ("老街换新颜", "A03", "城事")
    assert article.paragraphs[1] == "据介绍,老街改造历时八个月,共修缮沿街建筑五十余栋。"
    assert article.captions == ("① 记者 刘畅 摄",)


def test_form_feed_is_a_page_break_and_a_cut_dateline_paragraph_is_mended():
    first, second = parse("form-feed.txt").articles
    assert (first.page, first.title) == ("03", "城市书房开放")
    assert first.paragraphs == (
        "本报讯 全市上下有力执行中央和省委、省政府各项部署要求，经济运行稳中有进。",
    )
    assert (second.page, second.title) == ("04", "春耕正忙")


def test_title_repeated_whole_above_its_lines_and_subtitle_of_points():
    text = (
        "市政府召开常务会议部署防汛工作 研究城市更新项目 审议《江城市防汛条例（草案）》\n"
        "市政府召开常务会议 部署防汛工作\n"
        "研究城市更新项目 审议《江城市防汛条例（草案）》\n\n"
        "　　本报讯 市政府昨日召开常务会议，部署今年防汛工作。\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title) == (None, "市政府召开常务会议 部署防汛工作")
    assert article.subtitle == "研究城市更新项目 审议《江城市防汛条例（草案）》"


def test_opinion_page_with_commentator_lines_and_an_unheaded_brief():
    issue = parse("opinion-page.txt")
    assert [(p.code, p.name) for p in issue.pages] == [("05", "评论")]
    editorial, column, brief = issue.articles
    assert (editorial.title, editorial.byline) == ("以“拼”的姿态开好局起好步", "湖北日报评论员")
    assert (column.section, column.title) == ("楚天快评", "让“办事不求人”成为常态")
    assert column.byline == "张娅 / 作者系本报评论员"
    assert brief.title == "2月10日，武汉新港空港综合保税区首批入…"
    assert brief.byline == "湖北日报全媒记者 戴文辉 通讯员 刘涛"


def test_rules_between_stories_and_bare_page_numbers_are_not_text():
    text = (
        "城市书房开放\n\n　　本报讯 全市城市书房今起全天开放。\n\n------\n\n"
        "春耕正忙\n\n　　本报讯 眼下正是春耕时节。\n\n— 3 —\n＊＊＊\n"
    )
    issue = parse_text(text, "x.txt")
    assert [(a.title, a.paragraphs) for a in issue.articles] == [
        ("城市书房开放", ("本报讯 全市城市书房今起全天开放。",)),
        ("春耕正忙", ("本报讯 眼下正是春耕时节。",)),
    ]


def test_running_head_of_a_pdf_page_is_metadata():
    text = "江城日报\n2026年3月12日 星期四\n3\n\n城市书房开放\n\n　　本报讯 书房今起开放。\n"
    issue = parse_text(text, "x.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    assert [a.title for a in issue.articles] == ["城市书房开放"]


def test_english_capitals_byline_and_photo_captions():
    text = (
        "Harbour walk opens\n\nBY ANNA CLARKE\n\n"
        "The new harbour walk opened on Saturday.\n\n"
        "Crowds gather at the harbour. (Photo: Lee Park)\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.byline == "ANNA CLARKE"
    assert article.paragraphs == ("The new harbour walk opened on Saturday.",)
    assert article.captions == ("Crowds gather at the harbour. (Photo: Lee Park)",)


def test_empty_pages_in_a_whole_issue_are_not_a_page_list():
    text = "".join(
        f"江城日报 2026年3月12日 第{n}版 {name}\n\n{body}"
        for n, name, body in [
            (1, "要闻", "城市书房开放\n\n　　本报讯 全市城市书房今起全天开放。\n\n"),
            (2, "广告", ""),
            (3, "副刊", ""),
            (4, "社会", "春耕正忙\n\n　　本报讯 眼下正是春耕时节。\n"),
        ]
    )
    issue = parse_text(text, "x.txt")
    assert [(a.page, a.title) for a in issue.articles] == [
        ("01", "城市书房开放"),
        ("04", "春耕正忙"),
    ]


def test_news_site_copy_with_source_and_author_line():
    issue = parse("news-site-copy.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")
    (article,) = issue.articles
    assert (article.title, article.subtitle, article.byline) == ("城市书房全天开放", None, "王蕾")
    assert len(article.paragraphs) == 2


def test_traditional_chinese_big5_page_with_bracket_dateline():
    issue = parse("big5-taiwan.txt")
    assert (issue.paper, issue.date) == ("台島日報", "2026-03-12")
    (article,) = issue.articles
    assert (article.title, article.subtitle) == ("市立圖書館延長開放時間", "——週末開放至晚間九點")
    assert (article.dateline, article.byline) == ("記者王小明／台北報導", "記者王小明")
    assert article.captions == ("圖為市民在圖書館內閱讀。（記者王小明攝）",)
    assert (article.page, article.page_name) == ("A05", "生活")


def test_invisible_marks_from_web_copies_are_dropped():
    text = "城市书房\u200b开放\n\u200b\n　　本报讯\u200b 全市城市书房今起全天开放。\n"
    (article,) = parse_text(text, "x.txt").articles
    assert (article.title, article.dateline) == ("城市书房开放", "本报讯")
    assert article.paragraphs == ("本报讯 全市城市书房今起全天开放。",)


def test_whole_issue_with_teasers_continuation_and_page_foot_caption():
    issue = parse("whole-issue.txt")
    assert [(p.code, p.name) for p in issue.pages] == [
        ("01", "要闻"),
        ("02", "综合"),
        ("03", "城市"),
    ]
    lead, jobs, housing, comment = issue.articles
    assert (lead.title, lead.subtitle) == (
        "全市一季度经济运行稳中向好",
        "——地区生产总值同比增长6.1%",
    )
    assert lead.pages == ("01", "02")
    assert lead.paragraphs[-1] == "消费市场持续回暖，社会消费品零售总额增长6.9%。"
    assert len(lead.paragraphs) == 3
    assert (jobs.page, jobs.byline) == ("02", "江文")
    assert jobs.captions == ("图为去年春季招聘会现场。 本报记者 周鹏 摄",)
    assert housing.paragraphs[1:4] == ("一、基础类改造", "二、完善类改造", "三、提升类改造")
    assert (comment.section, comment.byline) == ("短评", "高美梅")


def test_e_paper_source_line_names_the_paper_alone():
    text = (
        "城市书房开放\n\n( 2026-03-12 ) 稿件来源:江城日报 要 闻\n\n　　本报讯 城市书房今起开放。\n"
    )
    issue = parse_text(text, "x.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-03-12")


def test_page_of_pictures_without_an_article_keeps_its_captions():
    issue = parse("picture-page.txt")
    assert [(a.page, a.title) for a in issue.articles] == [
        ("02", "城市书房开放"),
        ("03", "图为春日的江城公园，游人如织"),
        ("04", "春耕正忙"),
    ]
    assert issue.articles[1].captions == ("图为春日的江城公园，游人如织。（记者 周鹏 摄）",)
    assert not issue.articles[2].captions


def test_a_space_after_a_chinese_sentence_starts_a_paragraph_but_not_inside_a_headline():
    text = (
        "敢为善为跑好“冲刺赛” 抢抓机遇打赢“收官仗”\n\n"
        "　　他说：“好。” 随后离开会场。真的吗？ 是的。"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title) == ("敢为善为跑好“冲刺赛”", "抢抓机遇打赢“收官仗”")
    assert article.paragraphs == ("他说：“好。”", "随后离开会场。真的吗？", "是的。")


@pytest.mark.parametrize(
    ("headline", "parts"),
    [
        (
            "EXCLUSIVE\nCouncil approves new budget",
            ("EXCLUSIVE", "Council approves new budget", None),
        ),
        (
            "COUNCIL APPROVES NEW BUDGET\nSpending on schools to rise",
            (None, "COUNCIL APPROVES NEW BUDGET", "Spending on schools to rise"),
        ),
        (
            "Council approves new budget\nSpending on schools to rise",
            (None, "Council approves new budget", "Spending on schools to rise"),
        ),
    ],
)
def test_english_headline_parts(headline, parts):
    text = f"{headline}\n\nThe council approved the budget on Monday.\n"
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title, article.subtitle) == parts


def test_english_paragraph_cut_after_a_hyphen_is_joined_without_a_space():
    text = (
        "Harbour walk opens\n\nThe new harbour walk will bring long-\n\n"
        "term benefits to the city, the mayor said on Monday in a speech to the council and\n\n"
        "residents.\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.paragraphs == (
        "The new harbour walk will bring long-term benefits to the city, the mayor said on "
        "Monday in a speech to the council and residents.",
    )


def test_two_headline_lines_without_a_dash_are_kicker_and_title():
    text = (
        "真空设备行业龙头企业\n德国企业落户江城\n\n　　本报讯 全球真空设备龙头企业昨日落户江城。\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title, article.subtitle) == (
        "真空设备行业龙头企业",
        "德国企业落户江城",
        None,
    )


def test_e_paper_article_copy_with_subheadings_photo_caption_and_site_footer():
    issue = parse("epaper-article-copy.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-04-08")
    (article,) = issue.articles
    assert (article.kicker, article.title) == (
        "江城老旧小区改造惠及三万户居民——",
        "环境变美了 日子更舒心",
    )
    assert article.byline == "江城日报全媒记者 王蕾 通讯员 陈明"
    assert article.captions[0].startswith("4月7日，城南街道友谊小区的居民")
    assert article.captions[0].endswith("（本报记者 周鹏 摄）")
    assert article.paragraphs[0].startswith("“以前下雨天出门一脚泥")
    assert "42个老旧小区改造升级" in article.paragraphs
    assert article.paragraphs[-1].startswith("目前，全市已盘活闲置用房")
    assert not any("Copyright" in p or "数字报" in p for p in article.paragraphs)


def test_credited_paragraph_followed_by_text_is_a_caption_else_text_and_credit():
    photo = "　　市民在公园赏花。（新华社发）\n　　春日的江城公园游人如织，各类花卉竞相开放。\n"
    (article,) = parse_text("公园花开\n\n" + photo, "x.txt").articles
    assert article.captions == ("市民在公园赏花。（新华社发）",)
    assert article.paragraphs == ("春日的江城公园游人如织，各类花卉竞相开放。",)
    story = (
        "春日的江城公园游人如织，各类花卉竞相开放，不少市民带着家人前来赏花拍照。"
        "公园管理处表示，今年的花期将持续到四月底，周末将延长开放时间。"
    )
    (article,) = parse_text(f"公园花开\n\n　　{story}（新华社发）\n", "x.txt").articles
    assert article.paragraphs == (story,)
    assert article.captions == ("（新华社发）",)


def test_packed_english_page_still_starts_a_story_at_each_headline():
    text = (
        "Harbour walk opens\nThe new harbour walk opened on Saturday.\n"
        "More than 2,000 visitors came.\nMuseum reopens after refit\n"
        "The maritime museum reopened on Saturday.\n"
    )
    titles = [a.title for a in parse_text(text, "x.txt").articles]
    assert titles == ["Harbour walk opens", "Museum reopens after refit"]


def test_database_export_with_separate_paper_date_and_page_lines():
    text = (
        "人民日报\n1980年05月01日\n第1版\n\n"
        "全国职工欢度五一\n作者：新华社记者 王蕾\n"
        "　　新华社北京4月30日电 全国各地职工以各种形式欢度五一国际劳动节。\n"
    )
    issue = parse_text(text, "x.txt")
    assert (issue.paper, issue.date) == ("人民日报", "1980-05-01")
    (article,) = issue.articles
    assert (article.page, article.title, article.byline) == (
        "01",
        "全国职工欢度五一",
        "新华社记者 王蕾",
    )


def test_english_question_headline():
    text = "Is the city ready for summer?\n\nThe council has a plan for the heat, officials said.\n"
    (article,) = parse_text(text, "x.txt").articles
    assert article.title == "Is the city ready for summer?"


@pytest.mark.parametrize(
    ("line", "reporter"),
    [("本报记者王蕾", True), ("记者 王蕾", True), ("■ 张  娅", True), ("记者手记", False)],
)
def test_reporter_lines_and_columns_named_after_reporters(line, reporter):
    assert is_reporter_line(line) is reporter


@pytest.mark.parametrize(
    ("headline", "parts"),
    [
        ("江城夜市\n烟火正旺", (None, "江城夜市 烟火正旺", None)),
        (
            "市长陈立新强调\n\n以担当作为实现开门红",
            ("市长陈立新强调", "以担当作为实现开门红", None),
        ),
        (
            "市长回信勉励援外医疗队员\n以仁心仁术造福当地人民 以实际行动讲好江城故事",
            (None, "市长回信勉励援外医疗队员", "以仁心仁术造福当地人民 以实际行动讲好江城故事"),
        ),
        (
            "党员干部要守住底线 自觉抵制违规吃喝",
            (None, "党员干部要守住底线 自觉抵制违规吃喝", None),
        ),
        (
            "28个重点项目签约 总金额达520亿元\n江城文旅产业迎来“小阳春”",
            ("28个重点项目签约 总金额达520亿元", "江城文旅产业迎来“小阳春”", None),
        ),
    ],
)
def test_headline_blocks_as_e_papers_print_them(headline, parts):
    text = f"{headline}\n\n　　本报讯 今天，相关工作取得新进展，各方反映良好。\n"
    (article,) = parse_text(text, "x.txt").articles
    assert (article.kicker, article.title, article.subtitle) == parts
    assert article.section is None


def test_e_paper_pad_copy_of_several_stories_with_page_numbers_and_footers():
    issue = parse("epaper-pad-copy.txt")
    assert (issue.paper, issue.date) == ("江城日报", "2026-04-08")
    assert [(p.code, p.name) for p in issue.pages] == [("02", None), ("03", None)]
    meeting, market, union = issue.articles
    assert (meeting.page, meeting.kicker, meeting.title) == (
        "02",
        "市政府召开常务会议",
        "部署春季防汛工作",
    )
    assert meeting.byline == "记者孙悦、通讯员陈明"
    assert len(meeting.paragraphs) == 2
    assert (market.page, market.title) == ("03", "江城夜市 烟火正旺")
    assert market.captions == (
        "夜幕降临，江滩夜市华灯初上，各色小吃摊前排起长队。（江城日报全媒记者 周鹏 摄）",
    )
    assert market.paragraphs[-1] == "“晚上出来逛逛，吃的玩的都有。”市民王女士说。"
    assert (union.page, union.title, union.dateline) == (
        "03",
        "全市工会启动建会行动",
        "江城日报讯",
    )


def test_editor_credit_in_brackets_ends_the_story_without_a_byline():
    text = "城市书房开放\n\n　　本报讯 城市书房今起全天开放。\n\n(责编：汤明、丁涛)\n"
    (article,) = parse_text(text, "x.txt").articles
    assert article.byline is None
    assert article.paragraphs == ("本报讯 城市书房今起全天开放。",)


def test_bracketed_role_lines_reporter_is_byline_proofreader_is_metadata():
    text = (
        "南沙新区任命副区长\n\n　　7月2日，区人大常委会举行会议，审议通过干部任免事项。\n\n"
        "　　【记者】柳时强\n\n　　【通讯员】罗瑞娴\n\n　　【校对】梁飞飞\n"
    )
    (article,) = parse_text(text, "x.txt").articles
    assert article.byline == "记者 柳时强 / 通讯员 罗瑞娴"
    assert "梁飞飞" not in "".join(article.paragraphs)


def test_date_signing_off_a_notice_stays_with_its_text():
    text = (
        "2026年04月08日\n\n债权资产处置公告\n\n　　本公司拟对下列债权资产进行处置，特此公告。\n"
        "　　江城资产管理有限公司\n　　2026年4月8日\n"
    )
    issue = parse_text(text, "x.txt")
    (article,) = issue.articles
    assert issue.date == "2026-04-08"
    assert article.paragraphs[-2:] == ("江城资产管理有限公司", "2026年4月8日")


def test_english_story_continued_on_another_page():
    issue = parse("english-continued.txt")
    (story,) = issue.articles
    assert story.pages == ("01", "04")
    assert story.paragraphs[0].endswith(
        "set to rise by a tenth and road repairs given an extra two million pounds."
    )
    assert story.paragraphs[1] == '"This is a budget for families," the council leader said.'


def test_pdf_extract_with_column_wrapped_lines_folio_and_form_feed():
    issue = parse("pdf-extract.txt")
    trade, jobs, schools = issue.articles
    assert (trade.title, trade.subtitle, trade.byline) == (
        "一季度全市外贸进出口",
        "同比增长百分之九",
        "记者 孙悦",
    )
    assert len(trade.paragraphs) == 2
    assert trade.paragraphs[0].endswith("其中，出口二百六十亿元，增长百分之十一。")
    assert jobs.paragraphs == (
        "本报讯 3月11日，全市春季招聘月活动启动，首场招聘会提供岗位五千余个。",
        "据悉，招聘月期间将举办各类招聘会三十场。",
    )
    assert (schools.page, schools.page_name) == ("04", "社会")


def test_stray_control_characters_neither_split_nor_title_anything():
    text = (
        "\x1f\n新城日报 2026年5月18日 星期一 第3版 经济\n\n"
        "城市书房成为市民“第二客厅”\n\n"
        "　　本报讯　截至目前，我市已建成城市书房\x1c六十二家，累计接待读者超过三百万人次。\n"
        "　　城市书房实行二十四小时开放，市民刷身份证即可入内借阅图书，"
        "下班后来这里看一个小时书，成了不少年轻人一天中最放松的时候。\n"
    )
    [article] = parse_text(text, "dump.txt").articles
    assert article.title == "城市书房成为市民“第二客厅”"
    assert article.paragraphs[0] == (
        "本报讯　截至目前，我市已建成城市书房六十二家，累计接待读者超过三百万人次。"
    )
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "도서관 새로 연다\n\n시의회는 오늘 새 도서관 건설 계획을 승인했다.\n",
            "euc_kr",
        ),
        (
            "図書館を新設へ\n\n市議会は本日、新しい図書館の建設計画を承認した。工事は来春に始まる。\n",
            "shift_jis",
        ),
    ],
)
def test_japanese_and_korean_pages_are_read_not_refused(text, codec):
    issue = parse_bytes(text.encode(codec), "page.txt")
    assert issue.articles[0].title == text.split("\n")[0]
    assert issue.articles[0].paragraphs == (text.split("\n")[2],)


def test_names_under_headlines_and_a_signature_are_bylines_and_section_heads_stay_text():
    farm, street, sleep, youth = parse("credits-and-heads.txt").articles
    assert (farm.title, farm.subtitle, farm.byline) == ("春耕时节走田头", None, "李明")
    assert "一、新的任务" in farm.paragraphs and "（二）" in farm.paragraphs
    assert (street.title, street.byline) == ("城南老街焕新颜", "本报记者 王明")
    assert (sleep.title, sleep.byline) == ("谁来守护孩子的睡眠？", "新华社记者 张三 李四")
    assert (youth.title, youth.byline) == ("把青春献给乡村振兴！", "周洁")
    assert youth.paragraphs[-1].startswith("志愿者们表示")


@pytest.mark.parametrize("head", ["一、新的任务", "（二）", "一  放水围困，敲骨吸髓", "三 抢救"])
@pytest.mark.parametrize(("gap", "indent"), [("\n", ""), ("\n\n", ""), ("\n\n", "　　")])
def test_numbered_section_heads_stay_in_the_story(head, gap, indent):
    first = "连日来，记者走进各乡镇，田间地头到处是忙碌的身影。农机手驾驶拖拉机来回翻耕。"
    second = "今年全市计划新增高标准农田十万亩，任务比去年重了不少，各乡镇把任务分解到户。"
    body = gap.join(indent + p for p in (first, head, second, first))
    [article] = parse_text(f"春耕时节走田头\n\n{body}\n", "x.txt").articles
    assert len(article.paragraphs) == 4
    assert article.paragraphs[1].replace(" ", "") == head.replace(" ", "")


@pytest.mark.parametrize("title", ["把困难变为动力，与群众结合！", "孩子们的睡眠，被谁偷走了？"])
def test_a_title_ending_in_an_exclamation_or_question_mark_keeps_it(title):
    body = "　　连日来，记者走进各乡镇，田间地头到处是忙碌的身影。农机手来回翻耕，农技员指导施肥。"
    [article] = parse_text(f"{title}\n\n{body}\n\n{body}\n", "x.txt").articles
    assert article.title == title
    assert len(article.paragraphs) == 2


def test_dateline_set_apart_by_spaces_stays_with_its_paragraph():
    text = "城南老街开放\n\n　　本报讯\u00a0\u00a0（记者王芳）经过一年改造，老街今天开放。\n"
    [article] = parse_text(text, "x.txt").articles
    assert (article.dateline, article.byline) == ("本报讯", "记者王芳")
    assert len(article.paragraphs) == 1


# --- how much text a dump may hold ---------------------------------------------------------


def test_a_dump_with_more_text_than_any_issue_is_refused_in_words():
    line = "The council met on Monday and the words go on and on for a whole line.\n"
    data = (line * (17_000_000 // len(line))).encode()  # 17 MB: fits a file, not an issue
    with pytest.raises(ParseError, match="too long to be one issue"):
        parse_bytes(data, "long.txt")


def test_a_dump_of_more_lines_than_any_issue_is_refused_in_words():
    with pytest.raises(ParseError, match="too long to be one issue"):
        parse_bytes("我们\n".encode() * 1_100_000, "lines.txt")


def test_an_article_longer_than_any_newspaper_prints_is_refused_in_words():
    body = "我们的工作是在这个地方发展经济，" * 40_000  # 640,000 characters in one paragraph
    with pytest.raises(ParseError, match="longer than any newspaper prints"):
        parse_bytes(f"江城要闻\n\n{body}。\n".encode(), "long-article.txt")
