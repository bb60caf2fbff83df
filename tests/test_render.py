"""Article -> HTML: what the reader sees in the article pane, without Qt."""

from __future__ import annotations

from reader.model import Article, Image
from reader.render import (
    THEME_COLOURS,
    THEMES,
    Clipping,
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
    parts += ["本报讯 3月11日 · 王蕾", "记者获悉", "第二段", "图为农机手"]
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

    assert '<img src="pics/a&quot;b.jpg">' in html
    assert "A caption" in html


def test_each_theme_sets_its_own_text_colour():
    colours = {theme: THEME_COLOURS[theme][1] for theme in THEMES}

    for theme, colour in colours.items():
        assert f"color: {colour}" in render_article(CHINESE, theme=theme)
    assert len(set(colours.values())) == len(THEMES)


def test_font_and_line_spacing_reach_the_stylesheet():
    html = render_article(CHINESE, font="sans", line_spacing=200)

    assert "Noto Sans CJK SC" in html and "Noto Serif CJK SC" not in html
    assert "line-height: 200%" in html


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
