"""Article -> HTML: what the reader sees in the article pane, without Qt."""

from __future__ import annotations

import pytest

from reader.model import Article, Image
from reader.render import (
    THEME_COLOURS,
    THEMES,
    Clipping,
    Words,
    html_document,
    is_chinese,
    markdown,
    page_label,
    plain_text,
    render_article,
)

CHINESE = Article(
    key="k1",
    title="春耕备耕有序推进",
    kicker="春耕时节访田间——",
    subtitle="——农资储备充足",
    section="要闻快览",
    page="01",
    page_name="要闻",
    dateline="本报讯 3月11日",
    byline="王蕾",
    paragraphs=("本报讯 3月11日，记者获悉。", "第二段。"),
    captions=("图为农机手在检修插秧机。",),
)


def test_every_part_of_the_article_is_shown_in_reading_order():
    html = render_article(CHINESE)

    parts = ["要闻快览 · 第1版 要闻", "春耕时节访田间", "春耕备耕有序推进", "——农资储备充足"]
    parts += ['<p class="byline">王蕾</p>', "本报讯 3月11日，记者获悉", "第二段", "图为农机手"]
    positions = [html.index(p) for p in parts]
    assert positions == sorted(positions)


def test_text_is_escaped_so_markup_in_a_story_stays_text():
    article = Article("k", "<b>Tom & Jerry</b>", paragraphs=("a < b, <script>alert(1)</script>",))

    html = render_article(article)

    assert "<script>" not in html and "<b>Tom" not in html
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html


def test_chinese_paragraphs_get_a_two_character_first_line_indent_english_none():
    assert "text-indent: 40px" in render_article(CHINESE, text_px=20)
    english = Article("k", "Council approves bridge", paragraphs=("The council voted.",))
    assert "text-indent: 0px" in render_article(english, text_px=20)


def test_a_bookmarked_story_carries_a_star_before_its_title():
    assert "★" in render_article(CHINESE, bookmarked=True)
    assert "★" not in render_article(CHINESE)


def test_a_story_that_was_not_saved_shows_a_note_instead_of_a_body():
    article = Article("k", "只有标题", paragraphs=(), saved=False)

    html = render_article(article)

    assert "只有标题" in html
    assert "没有保存正文" in html
    english = render_article(Article("k", "Title only", saved=False))
    assert "was not saved" in english


def test_local_images_are_shown_with_their_caption_and_escaped_src():
    article = Article("k", "t", images=(Image('pics/a"b.jpg', "A caption"),))

    html = render_article(article)

    assert '<a href="pics/a&quot;b.jpg"><img src="pics/a&quot;b.jpg"></a>' in html
    assert "A caption" in html


def test_a_caption_given_with_its_picture_and_among_the_captions_shows_once():
    caption = "3月10日，江城港口一片繁忙。（记者 周鹏 摄）"
    article = Article(
        "k",
        "t",
        paragraphs=("p",),
        captions=(caption, "另一张图"),
        images=(Image("a.jpg", caption),),
    )

    html = render_article(article)

    assert html.count(caption) == 1 and html.count("另一张图") == 1
    assert html.index("a.jpg") < html.index(caption) < html.index("另一张图")


def test_a_picture_that_was_not_saved_is_a_small_placeholder_with_its_caption_once():
    article = Article("k", "t", captions=("图为新桥。",), images=(Image(None, "图为新桥。"),))

    html = render_article(article, words=Words("-", "Picture not saved"))

    assert "<img" not in html
    assert html.count("Picture not saved") == 1 and html.count("图为新桥。") == 1
    assert html.index("Picture not saved") < html.index("图为新桥。")


def test_the_notices_speak_the_language_they_are_given():
    article = Article("k", "只有标题", saved=False)

    html = render_article(article, words=Words("Not saved, in your words.", "-"))

    assert "Not saved, in your words." in html and "没有保存" not in html


@pytest.mark.parametrize(
    ("dateline", "byline", "opening", "credit"),
    [
        # The dateline opens the text: said there, not above it.
        (
            "本报讯 3月11日",
            "本报记者 王蕾 通讯员 陈明",
            "本报讯 3月11日，记者从…",
            "本报记者 王蕾 通讯员 陈明",
        ),
        # The byline's one name is in the dateline the text opens with.
        ("本报讯（记者 孙悦）", "孙悦 文/摄", "本报讯（记者　孙悦）从本月起，…", ""),
        # A name the byline gives twice.
        (None, "本报记者 赵静 / 赵静", "走进江城老城区的骑楼街，…", "本报记者 赵静"),
        # A dateline the text does not open with stays.
        (
            "新华社北京3月11日电",
            "高美梅",
            "国家统计局11日发布数据…",
            "新华社北京3月11日电 · 高美梅",
        ),
        (
            None,
            "Helen Marsh / Staff reporter",
            "The city council voted…",
            "Helen Marsh / Staff reporter",
        ),
    ],
)
def test_the_credit_is_given_once(dateline, byline, opening, credit):
    article = Article("k", "t", dateline=dateline, byline=byline, paragraphs=(opening,))

    html = render_article(article)

    shown = f'<p class="byline">{credit}</p>' if credit else 'class="byline"'
    assert (shown in html) == bool(credit)
    assert html.count(opening) == 1
    assert plain_text(Clipping("t", "c", article)).count(credit or "孙悦") == 1


def test_each_theme_sets_its_own_text_colour():
    colours = {theme: THEME_COLOURS[theme][1] for theme in THEMES}

    for theme, colour in colours.items():
        assert f"color: {colour}" in render_article(CHINESE, theme=theme)
    assert len(set(colours.values())) == len(THEMES)


def test_font_and_line_spacing_reach_the_stylesheet():
    html = render_article(CHINESE, font="sans", line_spacing=200)

    assert "Noto Sans CJK SC" in html and "Noto Serif CJK SC" not in html
    assert "line-height: 34px" in html  # twice the text size (17 px)


CLIPPING = Clipping(
    "春耕备耕有序推进",
    "王蕾. 春耕备耕有序推进[N]. 江城日报, 2026-03-12(01).",
    CHINESE,
    note="值得一读",
)


def test_plain_text_has_the_story_then_its_citation():
    text = plain_text(CLIPPING)

    assert text.index("春耕备耕有序推进") < text.index("记者获悉") < text.index("第二段")
    assert text.rstrip().endswith("王蕾. 春耕备耕有序推进[N]. 江城日报, 2026-03-12(01).")


def test_markdown_export_keeps_the_kicker_above_the_subtitle():
    md = markdown([CLIPPING])

    assert md.index("*春耕时节访田间——*") < md.index("*——农资储备充足*") < md.index("第二段")


def test_markdown_export_has_title_paragraphs_note_and_quoted_citation():
    md = markdown([CLIPPING, Clipping("*Gone*", "Cited.", opening="Opening words.")], "书签")

    assert md.startswith("# 书签\n")
    assert "## 春耕备耕有序推进" in md and "本报讯 3月11日，记者获悉。\n\n第二段。" in md
    assert "值得一读" in md and "> 王蕾. 春耕备耕有序推进\\[N\\]" in md
    assert "## \\*Gone\\*" in md and "Opening words." in md


def test_html_export_is_a_standalone_page_with_escaped_text():
    page = html_document(
        [Clipping("<i>x</i>", "A & B.", Article("k", "<i>x</i>", paragraphs=("p",)))]
    )

    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "&lt;i&gt;x&lt;/i&gt;" in page and "<i>x</i>" not in page
    assert "<blockquote>A &amp; B.</blockquote>" in page


def test_page_labels_read_like_the_paper():
    assert page_label("01", "要闻") == "第1版 要闻"
    assert page_label("A05") == "第A05版"
    assert page_label("02", "LOCAL", chinese=False) == "Page 2 LOCAL"
    assert page_label(None, "要闻") == "要闻"
    assert is_chinese("江城日报") and not is_chinese("The Lakeside Courier")
