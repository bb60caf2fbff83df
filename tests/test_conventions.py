"""The same story reads the same as a text dump and as an e-paper page: byline, dateline, text."""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.parsing.conventions import Part, classify, credits, dateline_of
from reader.parsing.html import parse_html
from reader.parsing.text import parse_text

_TITLE = "江城召开全市经济运行座谈会"

STORIES = {
    "reporter line and closing name": (
        [
            "本报记者　王蕾　通讯员　陈明",
            "本报讯 11月5日，江城召开座谈会，听取企业意见。",
            "会议强调，要加快发展先进制造业。",
            "（高美梅）",
        ],
        "本报记者 王蕾 通讯员 陈明 / 高美梅",
        "本报讯 11月5日",
    ),
    "role lines and a proofreader": (
        [
            "本报讯（记者 孙悦）12月7日，新区公寓交付。",
            "首批住户今天入住。",
            "【记者】柳时强",
            "【通讯员】罗瑞娴",
            "【校对】梁飞飞",
        ],
        "记者 柳时强 / 通讯员 罗瑞娴",
        "本报讯",
    ),
    "end mark and editor line": (
        [
            "新华社北京3月11日电（记者 张晨）会议今天举行。",
            "会议审议了有关报告。",
            "（完）",
            "责任编辑：林晓",
        ],
        "记者 张晨",
        "新华社北京3月11日电",
    ),
    "bracket dateline and closing source": (
        [
            "【新华社重庆十四日电】会议今天在重庆举行。",
            "与会代表审议了有关报告。",
            "（据新华社北京2月10日电）",
        ],
        "据新华社北京2月10日电",
        "新华社重庆十四日电",
    ),
    "two reporter lines": (
        [
            "■ 海南日报全媒体记者 李艳玫",
            "通讯员 陈宏",
            "春耕时节，田间地头一派忙碌。",
            "农技人员下田指导。",
        ],
        "海南日报全媒体记者 李艳玫 / 通讯员 陈宏",
        None,
    ),
}


def _as_text_dump(lines: list[str]) -> Article:
    dump = "\n\n".join(["江城日报 2026年3月12日 第1版 要闻", _TITLE, *(f"　　{t}" for t in lines)])
    [article] = parse_text(dump, "page.txt").articles
    return article


def _as_epaper_page(lines: list[str]) -> Article:
    body = "".join(f"<p>　　{t}</p>" for t in lines)
    page = f"<td class=font01>{_TITLE}</td><founder-content>{body}</founder-content>"
    [article] = parse_html(page, "content_1.htm").articles
    return article


@pytest.mark.parametrize("story", STORIES)
def test_same_story_gives_same_byline_dateline_and_text_in_both_formats(story: str):
    lines, byline, dateline = STORIES[story]
    text, epaper = _as_text_dump(lines), _as_epaper_page(lines)
    assert (text.byline, text.dateline) == (byline, dateline)
    assert (epaper.byline, epaper.dateline) == (byline, dateline)
    assert epaper.paragraphs == text.paragraphs


def test_epaper_proofreader_and_editor_lines_are_no_byline_and_no_text():
    lines = ["正文一段。", "【记者】柳时强", "【校对】梁飞飞", "责任编辑：林晓"]
    article = _as_epaper_page(lines)
    assert article.byline == "记者 柳时强"
    assert article.paragraphs == ("正文一段。",)


def test_dateline_stays_in_the_first_paragraph():
    found = credits(["本报讯 11月5日，江城召开座谈会。", "（高美梅）"])
    assert found.dateline == "本报讯 11月5日"
    assert found.paragraphs == ["本报讯 11月5日，江城召开座谈会。"]
    assert found.byline == "高美梅"


def test_page_author_stands_in_for_missing_reporter_lines_once():
    found = credits(["正文一段。", "（高美梅）"], author="高美梅")
    assert found.byline == "高美梅"


@pytest.mark.parametrize(
    ("line", "part", "byline"),
    [
        ("本报记者　王蕾　通讯员　陈明", Part.REPORTER, None),
        ("By Tom Reilly", Part.REPORTER, None),
        ("（高美梅）", Part.SIGN_OFF, "高美梅"),
        ("（刘洋　文/摄）", Part.SIGN_OFF, "刘洋 文/摄"),
        ("（完）", Part.SIGN_OFF, ""),
        ("【记者】柳时强", Part.ROLE, "记者 柳时强"),
        ("【校对】梁飞飞", Part.EDITOR, None),
        ("本版编辑/陈广江", Part.EDITOR, None),
        ("（记者 周鹏 摄）", Part.CAPTION, None),
        ("图为座谈会现场。", Part.CAPTION, None),
        ("▲港口一片繁忙。", Part.CAPTION, None),
        ("（转第2版）", Part.CONT, None),
        ("（一）", Part.TEXT, None),
        ("记者手记", Part.TEXT, None),
        ("会议强调，要加快发展先进制造业。", Part.TEXT, None),
    ],
)
def test_body_lines_are_told_apart(line: str, part: Part, byline: str | None):
    assert classify(line) == (part, byline)


def test_long_caption_beside_a_picture_ends_in_its_credit():
    caption = "3月10日，江城港口一片繁忙，" + "货轮往来穿梭，" * 12 + "（江城日报全媒记者 柯皓 摄）"
    page = (
        f"<td class=font01>{_TITLE}</td><founder-content><p><img src=a.jpg></p>"
        f"<p>{caption}</p><p>正文一段。</p></founder-content>"
    )
    [article] = parse_html(page, "content_1.htm").articles
    assert article.captions == (caption,)
    assert article.paragraphs == ("正文一段。",)


@pytest.mark.parametrize(
    ("opening", "dateline", "reporter"),
    [
        ("【新华社江城十一日电】会议今天举行。", "新华社江城十一日电", None),
        ("新华社江城十二日急电 会议今天举行。", "新华社江城十二日急电", None),
        ("【新华社华中总分社讯】春耕已经开始。", "新华社华中总分社讯", None),
        ("【新华社华中总分社临江讯】春耕已经开始。", "新华社华中总分社临江讯", None),
        ("【新华社临江十四电】春耕已经开始。", "新华社临江十四电", None),
        ("本报北京3月5日讯 会议今天举行。", "本报北京3月5日讯", None),
        ("据新华社电，会议今天举行。", "据新华社电", None),
        ("（中央社）会议今天举行。", "中央社", None),
        ("【本市讯】城南集市今天开张。", "本市讯", None),
        ("本报讯（记者 孙悦）12月7日，新区公寓交付。", "本报讯", "记者 孙悦"),
        ("本报讯 通讯员李青、记者王明报道：江城今年扩种棉花。", "本报讯", "通讯员李青、记者王明"),
        ("本报江城3月5日电 记者王明报道：会议今天举行。", "本报江城3月5日电", "记者王明"),
        ("本报讯 据江城日报报道：会议今天举行。", "本报讯", None),
        ("【新华社江城十六日电】（迟到）会议今天举行。", "新华社江城十六日电", None),
        ("江城科技网 10月14日报道", "江城科技网 10月14日报道", None),
        ("江城科技网 3月2日消息 会议今天举行。", "江城科技网 3月2日消息", None),
        ("会议于10月14日报道了进展。", None, None),
        ("新华社通讯员说，会议今天举行。", None, None),
        ("新华社电视台今天报道了会议。", None, None),
        ("LONDON — Ministers met today.", "LONDON", None),
        ("PORT ELLEN, Isl. -- The ferry company met today.", "PORT ELLEN, Isl.", None),
        ("KINGSTON (May 3) -- The ferry company met today.", "KINGSTON (May 3)", None),
        ("WASHINGTON, D. C. -- The ferry company met today.", "WASHINGTON, D. C.", None),
        ("Ferry fares, Mr Hale said - were too high.", None, None),
    ],
)
def test_every_form_of_dateline_is_a_dateline(opening: str, dateline: str | None, reporter):
    assert dateline_of(opening) == (dateline, reporter)
