"""Per-article corpus files: one file is one article, its date, page and deck read from its
metadata lines, the deck never repeated in the text."""

from __future__ import annotations

from pathlib import Path

from reader.parsing import parse_bytes, parse_path

DAY = Path(__file__).parent / "fixtures" / "corpus" / "day"
# One-article files of credits and datelines, apart from the days the folder tests count.
CREDITS = Path(__file__).parent / "fixtures" / "corpus-credits"


def _one(name: str):
    issue = parse_path(DAY / name)
    [article] = issue.articles
    return issue, article


def test_heading_and_metadata_make_one_article_with_date_page_and_author():
    issue, article = _one("1962-03-08_江城春耕备耕有序推进_农机手下田抢农时.md")
    assert (issue.paper, issue.date) == (None, "1962-03-08")
    assert [(p.code, p.name) for p in issue.pages] == [("03", "农村")]
    assert (article.title, article.subtitle) == ("江城春耕备耕有序推进", "农机手下田抢农时")
    assert (article.page, article.page_name, article.section) == ("03", "农村", None)
    assert article.byline == "李明"
    assert article.dateline == "新华社江城七日电"
    assert article.paragraphs[0].startswith("【新华社江城七日电】江城各公社")
    assert not any(p == "农机手下田抢农时" or p == "李明" for p in article.paragraphs)


def test_section_heads_inside_the_story_stay_in_the_text():
    _, article = _one("1962-03-08_江城春耕备耕有序推进_农机手下田抢农时.md")
    assert "一 机具检修" in article.paragraphs
    assert article.paragraphs[-1] == "种子站已经调运良种一百二十万斤，分送各生产队。"


def test_deck_printed_on_two_lines_gives_title_and_subtitle():
    _, article = _one("1962-03-08_社论_抓紧春耕不误农时.md")
    assert (article.title, article.subtitle, article.section) == (
        "社论",
        "——抓紧春耕不误农时",
        "社论",
    )
    assert article.paragraphs[0].startswith("春耕是全年农业生产的第一仗")


def test_deck_running_on_into_the_text_is_cut_from_it():
    _, article = _one("1962-03-08_城南集市今天开张.md")
    assert article.title == "城南集市今天开张"
    assert article.paragraphs[0] == "【本市讯】城南集市今天开张，摊位一百二十个。"
    assert article.dateline == "本市讯"


def test_briefs_with_two_datelines_are_one_article():
    _, article = _one("1962-03-08_简讯.md")
    assert (article.title, article.section, article.dateline) == (
        "简讯",
        "简讯",
        "新华社临江六日电",
    )
    assert len(article.paragraphs) == 2


def test_a_table_on_one_line_stays_one_paragraph():
    issue = parse_path(DAY.parent / "1962-03-09_菜价表（三月八日）.md")
    [article] = issue.articles
    assert article.title == "菜价表（三月八日）"
    assert article.paragraphs == ("白菜 一斤 ○．○三萝卜 一斤 ○．○二",)


def test_heading_whose_deck_the_text_does_not_repeat():
    text = (
        "### 临江水库提前完工  新增灌溉面积五万亩\n\n1962-03-10\n第2版()\n专栏：\n\n"
        "    【新华社临江九日电】临江水库今天提前完工。\n    全县新增灌溉面积五万亩。\n"
    )
    [article] = parse_bytes(text.encode(), "a.md").articles
    assert (article.title, article.subtitle) == ("临江水库提前完工", "新增灌溉面积五万亩")
    assert article.paragraphs == (
        "【新华社临江九日电】临江水库今天提前完工。",
        "全县新增灌溉面积五万亩。",
    )


def test_signature_set_to_the_right_at_the_end_is_the_byline():
    text = (
        "### 读者来信：路灯该修了\n\n1962-03-10\n第4版(读者来信)\n专栏：\n\n"
        "　　读者来信：路灯该修了\n    我们街上的路灯坏了一个多月，晚上出门很不方便。\n"
        "    希望有关部门早日修好。\n                                    江城读者  王芳\n"
    )
    [article] = parse_bytes(text.encode(), "a.md").articles
    assert article.byline == "江城读者 王芳"
    assert article.paragraphs[-1] == "希望有关部门早日修好。"


def test_dump_of_records_without_headings():
    text = (
        "1962年3月10日江城日报 第1版\n\n第1版()\n专栏:\n\n水库工地一片繁忙\n"
        "这是临江水库工地上，社员们正在运送土方。\n\n\n第1版()\n专栏:\n\n"
        "临江水库提前完工\n全县新增灌溉面积五万亩\n各公社敲锣打鼓庆祝\n"
        "【新华社临江九日电】临江水库今天提前完工，比原计划提前两个月。\n"
        "水库建成后，全县新增灌溉面积五万亩。\n"
    )
    issue = parse_bytes(text.encode(), "p1.txt")
    assert (issue.paper, issue.date) == ("江城日报", "1962-03-10")
    first, second = issue.articles
    assert (first.title, first.paragraphs) == (
        "水库工地一片繁忙",
        ("这是临江水库工地上，社员们正在运送土方。",),
    )
    assert (second.title, second.subtitle) == (
        "临江水库提前完工",
        "全县新增灌溉面积五万亩 各公社敲锣打鼓庆祝",
    )
    assert second.dateline == "新华社临江九日电"
    assert len(second.paragraphs) == 2


CRAWLED = DAY.parent / "crawled"


def test_crawled_file_reads_its_headline_by_position():
    [article] = parse_path(CRAWLED / "20260312-01-01.txt").articles
    assert (article.kicker, article.title, article.subtitle) == (
        None,
        "江城春耕备耕有序推进",
        "农机手提前下田抢农时",
    )
    assert (article.dateline, article.byline) == ("本报江城3月11日电", "记者李明")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].endswith("农机手提前下田检修机具。")


def test_crawled_file_with_all_three_slots():
    [article] = parse_path(CRAWLED / "20260312-02-03.txt").articles
    assert (article.kicker, article.title, article.subtitle) == (
        "城南老街改造完工",
        "老街今天重新开放",
        "——青石板路修补一新，沿街店铺统一招牌",
    )
    assert (article.dateline, article.byline) == ("本报讯", "记者王芳")


def test_a_file_that_prints_no_date_takes_the_one_its_name_gives():
    issue = parse_path(CRAWLED / "20260312-01-01.txt")
    assert issue.date == "2026-03-12"
    folder = parse_path(CRAWLED)
    assert (folder.date, [a.page for a in folder.articles]) == ("2026-03-12", [None, None])


def test_credit_in_brackets_under_the_deck_is_the_byline_not_text():
    issue = parse_path(CREDITS / "1962-03-10_老船工访问记.md")
    [article] = issue.articles
    assert article.byline == "新华社特派记者王青"
    assert article.paragraphs[0].startswith("在江边一间低矮的小屋里")
    assert not any("特派记者" in p for p in article.paragraphs)


def test_signature_repeating_the_author_gives_one_byline():
    issue = parse_path(CREDITS / "1962-03-11_祝农机站落成.md")
    [article] = issue.articles
    assert article.byline == "江城县委"
    assert article.paragraphs == ("春风送暖，铁牛下田，千家万户，喜笑开颜。",)


def test_place_and_news_in_square_brackets_is_a_dateline():
    issue = parse_path(CREDITS / "1962-03-11_粮站夜查防火.md")
    [article] = issue.articles
    assert (article.dateline, article.byline) == ("临江消息", "文青")
    assert article.paragraphs[0].startswith("【临江消息】临江粮站职工")


def test_author_under_the_deck_of_a_record_in_a_dump_is_the_byline():
    # a dump of records has no author slot: a reporter line or a name between the deck and
    # the text is the author, not a deck
    text = Path(__file__).parent / "fixtures" / "text" / "records-authors-under-decks.txt"
    first, second, third = parse_path(text).articles
    assert (first.title, first.subtitle, first.byline) == (
        "江城农业社扩大春播面积",
        None,
        "新华社记者 王青",
    )
    assert (second.title, second.subtitle, second.byline) == ("要注意保护耕牛", None, "李明")
    assert second.paragraphs[0].startswith("编辑同志：")
    assert (third.title, third.subtitle, third.byline) == ("短评", "爱护农具", None)


def test_records_flattened_one_a_line_are_set_out_again():
    # an archive that runs each record onto one line, each under its headline in a numbered
    # list
    text = Path(__file__).parent / "fixtures" / "text" / "records-flattened.txt"
    issue = parse_path(text)
    assert issue.date == "1962-03-08"
    first, second, third = issue.articles
    assert (first.title, first.subtitle, first.dateline, first.page) == (
        "江城春耕备耕有序推进",
        "农机手下田抢农时",
        "新华社江城七日电",
        "02",
    )
    assert first.paragraphs == (
        "新华社江城七日电 江城各公社春耕备耕工作有序推进,农机手提前下田检修机具。",
        "种子站已经调运良种一百二十万斤,分送各生产队。",
    )
    assert (second.title, second.subtitle, second.dateline) == ("城南集市今天开张", None, "本市讯")
    assert len(second.paragraphs) == 2
    # a long deck with commas is still a deck: the list names it
    assert (third.title, third.subtitle) == (
        "临江县普及村规民约",
        "社会风气焕然一新 尊老爱幼、家庭和睦、助人为乐、拾金不昧等好人好事层出不穷,"
        "“文明之家”和五好社员大量涌现,社会秩序明显好转",
    )
    assert (third.dateline, third.byline) == ("本报讯", "通讯员李青、记者王明")
    assert third.paragraphs[0].startswith("本报讯 通讯员李青、记者王明报道:临江县")


def test_column_name_beside_the_page_mark_is_no_flattened_record():
    # `第2版()专栏:读者来信` with nothing more on the line: the marks of a record whose text
    # follows on lines of its own
    text = Path(__file__).parent / "fixtures" / "text" / "records-column-on-page-line.txt"
    issue = parse_path(text)
    [article] = issue.articles
    assert (article.title, article.byline, article.section) == (
        "要注意保护耕牛",
        "李明",
        "读者来信",
    )
    assert [(p.code, p.name) for p in issue.pages] == [("02", None)]
