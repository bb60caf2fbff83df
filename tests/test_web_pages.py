"""News sites' article pages: the whole text of the article, its headline parts, no furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article, Issue
from reader.parsing import parse_path
from reader.parsing.html.furniture import is_furniture_line

WEB = Path(__file__).parent / "fixtures" / "web"


def _article(name: str) -> Article:
    issue = parse_path(WEB / name)
    assert isinstance(issue, Issue)
    [article] = issue.articles
    return article


def _text(article: Article) -> str:
    return "\n".join([article.title, *article.paragraphs, *article.captions])


def test_words_inside_links_stay_in_their_sentences():
    article = _article("links_in_sentences.html")
    assert article.paragraphs == (
        "A council spokesman condemned the attack on the bus depot and said that repairs "
        "would begin this week.",
        "The police arrested two men on Sunday.",
        "Read the full text of the council's statement",  # a pointer of the article's own
        "Drivers said the depot had been broken into twice last year, and that nobody had "
        "fixed the cameras since then.",
    )


@pytest.mark.parametrize(
    "furniture",
    [
        "Most Read",
        "Storm closes coast road",
        "Continue reading",
        "Reuse this content",
        "Sign up",
        "inbox",
        "Farming",
        "Photo",
    ],
)
def test_page_furniture_stays_out_of_the_text(furniture: str):
    article = _article("furniture_in_column.html")
    assert furniture not in "\n".join(article.paragraphs)
    assert len(article.paragraphs) == 4


def test_picture_caption_is_a_caption_not_text_nor_subtitle():
    article = _article("furniture_in_column.html")
    assert article.subtitle is None
    assert article.captions == ("Dry fields outside the town in August. Credit Ann Lee",)
    assert not any("Dry fields" in p for p in article.paragraphs)


def test_title_loses_the_site_and_author_the_browser_title_adds():
    article = _article("title_suffix.html")
    assert article.title == "Why the old mill should stay"
    assert article.byline == "Jane Doe"


def test_kicker_standfirst_byline_and_english_dateline():
    article = _article("headline_parts.html")
    assert article.kicker == "Europe"
    assert article.title == "Ministers agree a new deal on fishing quotas"
    assert article.subtitle == (
        "Boats will catch less cod but more herring under a plan that ends two years of dispute."
    )
    assert article.byline == "Maria Santos and Tom Reilly"
    assert article.dateline == "LONDON"
    assert article.paragraphs[0].startswith("LONDON — Fisheries ministers")
    assert article.captions == ("Trawlers moored in the harbour during the dispute.",)
    assert len(article.paragraphs) == 3


def test_article_in_sections_under_wrappers_named_like_furniture_keeps_every_section():
    article = _article("article_in_sections.html")
    text = "\n".join(article.paragraphs)
    for opening in ("The night ferry leaves", "In winter the crossing", "By six the lorry"):
        assert opening in text
    assert "Lighthouse for sale" not in text


def test_paragraphs_written_as_divs_are_text():
    article = _article("div_paragraphs.html")
    assert [p.split()[:2] for p in article.paragraphs] == [
        ["The", "orchard"],
        ["Organisers", "expect"],
        ["Children", "can"],
    ]
    assert "About us" not in _text(article)
    assert "model railway" not in _text(article)


def test_news_page_with_an_image_map_is_an_article_not_a_layout_page():
    article = _article("image_map_page.html")
    assert article.saved
    assert article.title == "Harbour bridge reopens after repairs"
    assert len(article.paragraphs) == 3


def test_news_page_with_article_h1_is_no_epaper_page_and_leaves_cookie_notice_and_menu():
    article = _article("article_h1_with_cookie_notice.html")
    assert article.title == "Library extends its opening hours"
    assert [p[:22] for p in article.paragraphs] == [
        "The central library wi",
        "Weekend hours will als",
    ]


def test_news_page_linking_related_stories_by_content_names_is_no_layout_page():
    issue = parse_path(WEB / "related_content_links.html")
    [article] = issue.articles
    assert article.saved and article.title == "江城新建三座口袋公园"
    assert article.paragraphs[0].startswith("记者从市园林局获悉")
    assert issue.date == "2026-04-05"  # printed under the headline, no metadata for it
    assert "东湖绿道" not in _text(article)


def test_chinese_news_site_article_page():
    issue = parse_path(WEB / "chinese_news_article.html")
    [article] = issue.articles
    assert (issue.paper, issue.date) == ("江城网", "2026-04-05")
    assert article.title == "春耕时节农机忙"
    assert article.subtitle == "全市投入各类农机具两万余台（套）"
    assert article.byline == "本报记者 李明 王强"
    assert article.dateline == "本报江城4月4日电"
    assert article.paragraphs == (
        "本报江城4月4日电 连日来，城郊各镇的田野里，旋耕机、插秧机来回穿梭，一派繁忙景象。",
        "今年全市共投入各类农机具两万余台（套），比去年增加一成，水稻机插秧面积预计超过七成。",
        "“有了新机器，一天能插三十亩。”种粮大户张强说，合作社今年还添了两架植保无人机。",
    )
    text = _text(article)
    for furniture in (
        "网站首页",
        "分享到",
        "来源",
        "责编",
        "推荐阅读",
        "城西公园",
        "高铁",
        "版权所有",
    ):
        assert furniture not in text


def test_article_ends_with_its_text_not_the_notes_after_it():
    """A source-and-time stamp, the author's note and the author's bio box close the page's
    article column but are no part of the article."""
    article = _article("article_end_notes.html")
    assert article.byline == "Nora Quist"
    assert article.paragraphs[-1] == (
        "A public meeting on the fares is planned for the end of the month in the town hall."
    )
    assert len(article.paragraphs) == 4
    assert "covers transport" not in _text(article)


def test_a_labelled_pointer_to_another_story_is_not_text():
    article = _article("article_end_notes.html")
    assert not any("Fuel prices" in p for p in article.paragraphs)


def test_an_article_of_short_items_keeps_them_all():
    """A page of many short items gives no one box the score of the whole: the one box
    with a long paragraph is not the article by itself."""
    text = "\n".join(_article("list_of_short_items.html").paragraphs)
    for words in ("as far as the lighthouse", "herons on the flats", "return by the dunes"):
        assert words in text
    assert "Tides on this coast" in text


def test_story_told_in_item_boxes_keeps_its_headline_parts_and_all_its_items():
    """The site's logo in an `<h1>` is not the headline; curly quotes and a no-break space
    do not hide the headline from the page's title; a byline names its writer once, without
    the job under the name; a `description` is the standfirst; items of one kind (one with a
    picture and the story's first sentence as a head) are all the story's."""
    article = _article("story_in_items.html")
    assert article.title == "Bridge “Will Reopen by Spring”"
    assert article.subtitle == "Engineers say the repairs are ahead of plan."
    assert article.byline == "Lena Park"
    assert article.paragraphs[0].startswith("The old iron bridge over the Wend")
    assert article.paragraphs[-1].endswith("a spokeswoman for the county said.")
    assert len(article.paragraphs) == 5


@pytest.mark.parametrize(
    "furniture",
    [
        "View this image",
        "BY STAFF",
        "[Read:",
        "Read more",
        "Divers find",
        "East bank",
        "Also this week",  # an item box of the same kind, but named as related stories
    ],
)
def test_pointers_and_stamps_between_item_boxes_are_not_text(furniture: str):
    assert furniture not in "\n".join(_article("story_in_items.html").paragraphs)


def test_short_lines_beside_the_text_that_introduce_or_quote_stay():
    """Paragraphs beside the best box are kept when they read as text: a line ending with a
    colon that introduces the next, a quotation ending with its closing mark."""
    text = "\n".join(_article("text_behind_toggle.html").paragraphs)
    assert "Start with the message it sent:" in text
    assert "“Fares are higher tonight …”" in text


def test_headline_in_an_h2_named_by_the_title_is_the_title_not_the_section_h1():
    article = _article("headline_in_h2.html")
    assert article.title == "Gardeners Who Water at Dawn Lose Fewer Seedlings"
    assert article.byline == "Ruth Amos"
    assert article.paragraphs[0].startswith("May 2, 2021 -- Seedlings watered")


def test_a_run_of_link_lines_is_a_list_of_other_stories_but_one_alone_is_text():
    article = _article("links_run_and_provider.html")
    text = "\n".join(article.paragraphs)
    for other in ("Island ferries", "Harbour wall", "Seal pups"):
        assert other not in text
    assert "Read the keepers' logbook from the year the light was built" in text
    assert len(article.paragraphs) == 5


def test_the_byline_inside_a_credit_box_leaves_the_provider_beside_it():
    assert _article("links_run_and_provider.html").byline == "OWEN HART"


def test_byline_is_the_first_line_of_its_box_and_picture_credits_are_no_text():
    article = _article("byline_lines_and_picture_credits.html")
    assert article.title == "Ferry fares to rise in spring"
    assert article.byline == "Ann Lee"  # not the site and the links on the lines under it
    assert article.dateline == "PORT ELLEN"  # glued to its double hyphen
    assert [p.split()[-1] for p in article.paragraphs] == ["years.", "starts.", "free."]
    assert article.paragraphs[0].startswith("PORT ELLEN -- The island ferry")
    # a picture set aside between the paragraphs keeps its caption, out of the text
    assert article.captions == ("The pier at Port Ellen, where the older boat ties up overnight.",)


@pytest.mark.parametrize(
    "furniture",
    [
        "Updated",
        "Follow Coast Daily",
        "Credit:",
        "Enlarge",
        "Courtesy",
        "Text Size",
        "Questions?",
        "Read or Share",
    ],
)
def test_stamps_credits_and_prompts_around_the_text_are_no_text(furniture: str):
    assert furniture not in "\n".join(_article("byline_lines_and_picture_credits.html").paragraphs)


def test_a_short_link_line_takes_the_link_line_beside_it_out_with_it():
    article = _article("link_lines_after_text.html")
    assert [p.split()[-1] for p in article.paragraphs] == ["gate.", "apples."]


def _byline_of(tmp_path: Path, box: str) -> str | None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Council votes to keep the night bus</title></head><body><article>"
        f"<h1>Council votes to keep the night bus</h1>{box}"
        "<p>The council voted on Tuesday to keep the night bus running for another year, "
        "after more than two thousand people signed a letter asking it to.</p>"
        "<p>The service costs the town a little over forty thousand pounds a year, and the "
        "operator has promised newer buses from the spring.</p></article></body></html>",
        encoding="utf-8",
    )
    issue = parse_path(page)
    assert isinstance(issue, Issue)
    return issue.articles[0].byline


@pytest.mark.parametrize(
    ("box", "byline"),
    [
        ('<div class="byline">Jane Roe | | 1,204 | 7</div>', "Jane Roe"),
        (
            '<p class="byline">By JANE ROE &amp; TOM HALE | 10/9/10 7:15 AM EDT</p>',
            "JANE ROE & TOM HALE",
        ),
        ('<span class="author">By JANE ROE 10/ 5/11 09:19 PM ET</span>', "JANE ROE"),
        (
            '<cite class="byline vcard">By JANE ROE and TOM HALE - Local Affairs Writers'
            " | News Wire – 1 hr 4 mins ago</cite>",
            "JANE ROE and TOM HALE",
        ),
        (
            '<div class="writerProfile"><p class="author vcard"><a href="/team/jane-roe">'
            '<b class="fn">Jane Roe</b></a> <span>Senior Town Hall Correspondent</span></p></div>',
            "Jane Roe",
        ),
        (
            '<span class="sub">By: <a href="/jane-roe">Jane Roe</a><br>Executive Editor</span>',
            "Jane Roe",
        ),
        ('<p class="byline">By Jane Roe, USA NEWS</p>', "Jane Roe, USA NEWS"),
        ('<p class="byline">\U0001f464by Coast News Desk</p>', "Coast News Desk"),
        ('<p class="byline">Jane Roe Published in Harbour Notes</p>', "Jane Roe"),
        ('<p class="byline">By Jane Roe, Contributor</p>', "Jane Roe"),
        (
            '<div class="byline">Jane Roe <a href="/jr/archive">View author archive</a> '
            '<a href="/jr/rss">Get author RSS feed</a></div>',
            "Jane Roe",
        ),
        (
            '<a rel="author" class="byline"><span>Jane Roe</span><span>Jane Roe</span></a>',
            "Jane Roe",
        ),
        (
            '<p class="byline"><a rel="author" href="/jr">Jane Roe</a> and '
            '<a rel="author" href="/th">Tom Hale</a></p>',
            "Jane Roe and Tom Hale",  # as the line prints them
        ),
    ],
)
def test_byline_keeps_the_names_without_counts_times_or_posts(
    tmp_path: Path, box: str, byline: str
):
    assert _byline_of(tmp_path, box) == byline


def test_a_blogs_post_is_headed_by_the_heading_its_title_ends_with():
    article = _article("blog_post_with_notes.html")
    assert article.title == "A quiet film about two old friends"  # not the blog's <h1>


@pytest.mark.parametrize(
    "furniture",
    [
        "Podcast:",
        "Harbour Films",
        "(Ruth Amis)",
        "PHOTOS:",
        "Follow Ruth Amis",
        "Tags:",
        "Comments",
        "Disqus",
        "Learn more",
        "Like us",
        "On Twitter",
        "newsletter",
        "Coast Gazette",
        "EXCLUSIVE",
        "By",
        "Featured Image",
        "Scroll down",
        "Follow Us",
        "Join The",
        "About Ruth",
        "Give Now",
    ],
)
def test_credits_pointers_and_blog_furniture_are_no_text(furniture: str):
    article = _article("blog_post_with_notes.html")
    assert furniture not in "\n".join(article.paragraphs)
    assert [p.split()[0] for p in article.paragraphs] == ["Two", "Nothing", "Listen"]


def test_the_writers_note_is_no_standfirst_and_a_date_in_a_sentence_no_date_of_the_story():
    issue = parse_path(WEB / "story_with_writer_box.html")
    [article] = issue.articles
    assert article.subtitle is None
    assert article.byline == "Ann Lee"
    assert issue.date is None  # 1872 is when the line opened, not when the story was written
    assert article.paragraphs[0].startswith("The sleeper service")


def test_the_sites_logo_in_an_h1_is_no_headline_and_a_sign_up_pitch_no_standfirst():
    article = _article("logo_h1_and_promo_standfirst.html")
    assert article.title == "Why the ferry sounded its horn at the break of dawn"
    assert article.subtitle == "The harbour master has never before used the fog signal that way."
    assert article.byline == "Ann Lee"  # not `Updated by`, not her handle
    assert [p.split()[0] for p in article.paragraphs] == ["The", "The"]  # no stamps, no notes


def test_a_credit_line_opening_the_text_is_the_byline():
    article = _article("credit_line_opening_text.html")
    assert article.byline == "Mary Hale"
    assert article.paragraphs[0].startswith("Every generation")


def test_a_box_round_one_paragraph_beside_the_text_is_text():
    article = _article("paragraph_boxes.html")
    assert article.paragraphs[0].endswith("it is clear now that nothing will.")
    assert len(article.paragraphs) == 15


def test_an_h1_marked_as_the_headline_in_a_header_comes_before_a_sections_h1():
    article = _article("headline_h1_in_header.html")
    assert article.title == "A farewell to the lighthouse lamp as it goes dark for good"


def test_a_blogs_branding_is_no_headline_and_the_site_is_the_titles_last_part():
    issue = parse_path(WEB / "branded_blog_without_h1.html")
    assert issue.paper == "Coast Radio"  # not `Read : Coast Radio`, parted at a word's hyphen
    assert issue.articles[0].title == "Ferries stop for the winter after a stormy autumn"


def test_the_writer_named_in_a_meta_value_is_the_byline(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Harbour wall plans shown</title><meta name="Author" value="Ann Lee">'
        "</head><body><article><h1>Harbour wall plans shown</h1>"
        "<p>The council showed its plans for the new harbour wall on Monday, and the "
        "fishermen who came to see them said they would write to the minister.</p>"
        "<p>The wall is due to be finished in two years, if the money can be found.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert parse_path(page).articles[0].byline == "Ann Lee"


def test_the_h1_that_says_nearly_what_the_shared_title_says_is_the_headline():
    article = _article("shared_title_and_reading_list.html")
    assert article.title.startswith("Singer Shares Photo of the Old Boat")  # not the list's item
    assert article.kicker == "Harbour Lives"  # a label inside the line above the headline
    assert article.paragraphs[0].startswith("The singer shared")


def test_a_sentence_about_registering_by_email_stays_text():
    assert not is_furniture_line("Residents must register by email before Friday.")
    assert is_furniture_line("Can't get enough? Sign up now for our newsletter, packed with news!")


def test_category_links_over_the_headline_are_its_kicker_not_the_sharing_bar():
    article = _article("category_kicker.html")
    assert article.kicker == "Transport News"
    assert [p.split()[0] for p in article.paragraphs] == ["Night", "The"]


def test_a_box_named_for_its_picture_gives_a_caption_not_a_paragraph():
    article = _article("picture_box_in_text.html")
    assert [p.split()[0] for p in article.paragraphs] == ["Two", "Their", "The"]
    [caption] = article.captions
    assert "watches practice from the sideline" in caption
