"""Article keys are stable, so bookmarks survive re-parsing and parser upgrades."""

from reader.model import Area, Article, Issue, Page, issue_to_dict, make_key, unique_keys

BODY = ["本报讯 5月17日，市政府召开常务会议，研究部署夏季防汛工作。", "会议听取了汇报。"]


def test_key_is_the_same_when_parsed_again():
    assert make_key("新城日报", "2026-05-18", "夏季防汛", BODY) == make_key(
        "新城日报", "2026-05-18", "夏季防汛", list(BODY)
    )


def test_key_ignores_spacing_width_and_punctuation():
    cleaned = ["本报讯5月17日,市政府召开常务会议,研究部署夏季防汛工作。", "会议听取了汇报。"]
    assert make_key("新城日报", "2026-05-18", "夏季防汛", BODY) == make_key(
        "新城日报 ", "2026-05-18", "夏季 防汛", cleaned
    )


def test_key_changes_with_paper_date_title_or_opening():
    base = make_key("新城日报", "2026-05-18", "夏季防汛", BODY)
    assert base != make_key("江城日报", "2026-05-18", "夏季防汛", BODY)
    assert base != make_key("新城日报", "2026-05-19", "夏季防汛", BODY)
    assert base != make_key("新城日报", "2026-05-18", "秋季防汛", BODY)
    assert base != make_key("新城日报", "2026-05-18", "夏季防汛", ["另一篇文章的开头。"])


def test_repeated_keys_in_one_issue_become_unique():
    same = [Article(key="k", title="t"), Article(key="k", title="t"), Article(key="j", title="u")]
    assert [a.key for a in unique_keys(same)] == ["k", "k-2", "j"]


def test_issue_json_follows_the_contract():
    issue = Issue(
        paper="新城日报",
        date="2026-05-18",
        source="x.txt",
        format="text",
        articles=(Article(key="k", title="标题", paragraphs=("正文。",), pages=("01",)),),
    )
    data = issue_to_dict(issue)
    assert data["issue"]["title"] == "新城日报 2026-05-18"
    assert data["articles"][0]["paragraphs"] == ["正文。"]
    assert data["articles"][0]["saved"] is True
    assert set(data["articles"][0]) >= {"key", "kicker", "subtitle", "section", "images", "pages"}


def test_a_suffix_never_takes_a_key_another_article_has():
    articles = [Article(key=k, title="t") for k in ("k", "k", "k-2", "k-2", "k")]
    keys = [a.key for a in unique_keys(articles)]
    assert len(set(keys)) == len(keys)
    assert keys[0] == "k" and keys[2] == "k-2"


def test_issue_json_lists_each_printed_page_with_its_areas():
    page = Page(
        "01",
        "要闻",
        image="pic/01.jpg",
        pdf=None,
        areas=(Area("k", (3.5, 92.0, 194.4, 92.0, 194.4, 323.5)),),
    )
    issue = Issue(paper="新城日报", date="2026-05-18", source="x", format="html", pages=(page,))
    assert issue_to_dict(issue)["issue"]["pages"] == [
        {
            "page": "01",
            "name": "要闻",
            "image": "pic/01.jpg",
            "pdf": None,
            "areas": [{"key": "k", "coords": [3.5, 92.0, 194.4, 92.0, 194.4, 323.5]}],
        }
    ]


def test_a_page_without_a_picture_keeps_its_old_shape():
    page = Page("A05", "经济")
    assert (page.image, page.pdf, page.areas) == (None, None, ())
