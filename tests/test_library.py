"""The library API: import, browsing, read state, bookmarks and search."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import article, english_issue, make_issue

from reader import importing, model
from reader.library import Library, LibraryError, default_home, search, storing
from reader.parsing.gathering import ParseOutcome


@pytest.fixture
def lib(tmp_path: Path):
    library = Library.open(tmp_path)
    yield library
    library.close()


def test_default_home_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PAPER_READER_HOME", str(tmp_path / "elsewhere"))
    assert default_home() == tmp_path / "elsewhere"


def test_open_creates_library_file_in_home(tmp_path):
    with Library.open(tmp_path / "new") as library:
        assert library.path == tmp_path / "new" / "library.sqlite"
        assert library.path.exists()
        assert library.notices == []


def test_imported_issue_is_listed_with_counts(lib):
    result = lib.import_issue(make_issue())
    assert result.status == "imported"
    assert result.first_new_key == make_issue().articles[0].key
    (row,) = lib.issues()
    assert (row.paper, row.date, row.page_count, row.article_count) == (
        "江城日报",
        "2026-03-12",
        2,
        3,
    )
    assert row.title == "江城日报 2026-03-12"
    assert lib.issue(row.id) == row
    assert lib.issue_count() == 1


def test_issues_are_newest_first_and_paged(lib):
    for day in ("2026-03-10", "2026-03-12", "2026-03-11"):
        lib.import_issue(make_issue(day=day, source=f"/p/{day}.txt"))
    assert [i.date for i in lib.issues()] == ["2026-03-12", "2026-03-11", "2026-03-10"]
    assert [i.date for i in lib.issues(offset=1, limit=1)] == ["2026-03-11"]


def test_pages_and_articles_in_reading_order(lib):
    issue_id = lib.import_issue(make_issue()).issue_id
    pages = lib.pages(issue_id)
    assert [(p.code, p.name, p.article_count) for p in pages] == [
        ("01", "要闻", 2),
        ("02", "综合", 1),
    ]
    titles = [a.title for a in lib.articles(issue_id)]
    assert titles == ["春耕备耕忙", "国家统计局发布数据", "江城新区建设提速"]
    assert [a.title for a in lib.articles(issue_id, page="02")] == ["江城新区建设提速"]


def test_article_comes_back_whole(lib):
    issue = make_issue()
    issue_id = lib.import_issue(issue).issue_id
    first = issue.articles[0]
    assert lib.article(first.key) == first
    assert lib.issue_of(first.key).id == issue_id
    assert lib.article("no-such-key") is None
    assert lib.issue_of("no-such-key") is None


def test_same_content_again_is_unchanged(lib):
    first = lib.import_issue(make_issue())
    again = lib.import_issue(make_issue(source="/elsewhere/copy.txt"))
    assert again.status == "unchanged"
    assert again.issue_id == first.issue_id
    assert lib.issue_count() == 1


def test_changed_version_replaces_in_place_keeping_marks(lib):
    issue = make_issue()
    issue_id = lib.import_issue(issue).issue_id
    kept = issue.articles[0].key
    lib.mark_read(kept)
    lib.add_bookmark(kept, "for the weekly review")
    extra = article("新增稿件", "一篇新的稿件。", page="02")
    result = lib.import_issue(replace(issue, articles=(*issue.articles, extra)))
    assert result.status == "replaced"
    assert result.issue_id == issue_id
    assert result.first_new_key == extra.key
    assert lib.issue(issue_id).article_count == 4
    (row,) = [a for a in lib.articles(issue_id) if a.key == kept]
    assert row.read and row.bookmarked
    assert lib.bookmarks()[0].note == "for the weekly review"


def test_same_source_with_newly_found_date_replaces(lib):
    undated = replace(make_issue(), date=None)
    issue_id = lib.import_issue(undated).issue_id
    result = lib.import_issue(make_issue())
    assert (result.status, result.issue_id) == ("replaced", issue_id)


def test_another_day_saved_to_same_file_is_a_new_issue(lib):
    lib.import_issue(make_issue(day="2026-03-12"))
    result = lib.import_issue(make_issue(day="2026-03-13"))
    assert result.status == "imported"
    assert lib.issue_count() == 2


def test_days_of_a_folder_without_a_paper_name_are_an_issue_each(lib, tmp_path):
    # A month folder of per-article corpus files names no paper: each day is its own issue.
    for day in ("1962-03-08", "1962-03-09"):
        (tmp_path / f"{day}_社论.md").write_text(
            f"### 社论\n\n{day}\n第1版()\n专栏：\n\n　　社论\n    {day}的社论正文。\n",
            encoding="utf-8",
        )
    results = importing.import_paths(lib, [tmp_path])
    assert [r.status for r in results] == ["imported", "imported"]
    assert [row.date for row in lib.issues()] == ["1962-03-09", "1962-03-08"]
    again = importing.import_paths(lib, [tmp_path])
    assert [r.status for r in again] == ["unchanged", "unchanged"]


def test_undated_copy_of_a_folder_issue_is_replaced_by_its_dated_one(lib):
    undated = replace(make_issue(paper=None), date=None)
    issue_id = lib.import_issue(undated).issue_id
    result = lib.import_issue(make_issue(paper=None))
    assert (result.status, result.issue_id) == ("replaced", issue_id)


def test_a_library_is_empty_until_an_issue_is_stored_and_again_when_it_goes(lib):
    assert lib.is_empty()
    issue_id = lib.import_issue(make_issue()).issue_id
    assert not lib.is_empty()
    lib.remove_issue(issue_id)
    assert lib.is_empty()


def test_issue_dates_give_each_dated_issue_newest_first_for_the_calendar(lib):
    first = lib.import_issue(make_issue()).issue_id
    later = lib.import_issue(make_issue(day="2026-03-14", source="/papers/b.txt")).issue_id
    english = lib.import_issue(english_issue()).issue_id
    undated = replace(make_issue(source="/papers/undated.txt"), date=None)
    lib.import_issue(undated)

    assert lib.issue_dates() == [
        ("江城日报", "2026-03-14", later),
        ("江城日报", "2026-03-12", first),
        ("River Times", "2026-03-10", english),
    ]
    assert lib.issue_dates("2026-03-11", "2026-03-12") == [("江城日报", "2026-03-12", first)]
    assert lib.issue_dates("2026-03-15", "2026-04-30") == []
    assert (lib.latest_date(), lib.latest_date("River Times")) == ("2026-03-14", "2026-03-10")
    assert lib.latest_date("新城日报") is None


def test_read_state_and_last_article(lib):
    issue = make_issue()
    issue_id = lib.import_issue(issue).issue_id
    key = issue.articles[1].key
    lib.mark_read(key)
    assert [a.read for a in lib.articles(issue_id)] == [False, True, False]
    lib.mark_read(key, read=False)
    assert not any(a.read for a in lib.articles(issue_id))
    assert lib.last_article() is None
    lib.set_last_article(key)
    assert lib.last_article() == key


def test_a_page_or_an_issue_is_marked_read_at_once_and_counted_by_page(lib):
    issue = make_issue()  # pages 01 (two stories) and 02 (one)
    issue_id = lib.import_issue(issue).issue_id
    assert lib.unread_by_page(issue_id) == {"01": 2, "02": 1}

    lib.mark_all_read([a.key for a in issue.articles if a.page == "01"])
    assert lib.unread_by_page(issue_id) == {"02": 1}
    assert [a.read for a in lib.articles(issue_id)] == [True, True, False]

    lib.mark_all_read([a.key for a in issue.articles], read=False)
    assert lib.unread_by_page(issue_id) == {"01": 2, "02": 1}


def test_last_article_survives_reopening(tmp_path):
    issue = make_issue()
    with Library.open(tmp_path) as library:
        library.import_issue(issue)
        library.set_last_article(issue.articles[2].key)
    with Library.open(tmp_path) as library:
        assert library.last_article() == issue.articles[2].key


def test_next_unread_follows_reading_order_across_issues(lib):
    newer = make_issue(day="2026-03-13", source="/p/13.txt")
    older = make_issue(day="2026-03-12", source="/p/12.txt")
    lib.import_issue(older)
    lib.import_issue(newer)
    order = [a.key for a in newer.articles] + [a.key for a in older.articles]
    assert lib.next_unread(None) == order[0]
    lib.mark_read(order[1])
    lib.mark_read(order[2])
    assert lib.next_unread(order[0]) == order[3]
    assert lib.next_unread(order[5]) == order[0]  # goes round to the start
    for key in order:
        lib.mark_read(key)
    assert lib.next_unread(order[0]) is None


def test_bookmark_keeps_citation_and_note(lib):
    issue = make_issue()
    lib.import_issue(issue)
    key = issue.articles[0].key
    bookmark = lib.add_bookmark(key, "check the figures")
    assert lib.is_bookmarked(key)
    assert (bookmark.paper, bookmark.date, bookmark.page, bookmark.title, bookmark.byline) == (
        "江城日报",
        "2026-03-12",
        "01",
        "春耕备耕忙",
        "高美梅",
    )
    assert bookmark.opening.startswith("本报讯 连日来")
    assert bookmark.note == "check the figures"
    assert not bookmark.issue_removed
    lib.set_bookmark_note(key, "done")
    assert lib.bookmarks()[0].note == "done"
    lib.remove_bookmark(key)
    assert not lib.is_bookmarked(key)
    assert lib.bookmarks() == []


def test_bookmarking_twice_keeps_one_bookmark_and_its_note(lib):
    issue = make_issue()
    lib.import_issue(issue)
    key = issue.articles[0].key
    lib.add_bookmark(key, "first thoughts")
    again = lib.add_bookmark(key)
    assert again.note == "first thoughts"
    assert len(lib.bookmarks()) == 1


def test_bookmarks_newest_first(lib):
    issue = make_issue()
    lib.import_issue(issue)
    for a in issue.articles:
        lib.add_bookmark(a.key)
    assert [b.key for b in lib.bookmarks()] == [a.key for a in reversed(issue.articles)]


def test_bookmark_of_unknown_article_is_refused(lib):
    with pytest.raises(LibraryError, match="no article"):
        lib.add_bookmark("nope")
    with pytest.raises(LibraryError, match="not bookmarked"):
        lib.set_bookmark_note("nope", "x")


def test_removed_issue_keeps_bookmarks_until_it_returns(lib):
    issue = make_issue()
    issue_id = lib.import_issue(issue).issue_id
    key = issue.articles[0].key
    lib.add_bookmark(key, "keep me")
    lib.remove_issue(issue_id)
    assert lib.issue_count() == 0
    assert lib.article(key) is None
    (bookmark,) = lib.bookmarks()
    assert bookmark.issue_removed and bookmark.title == "春耕备耕忙"
    assert lib.search("春耕") == []
    lib.import_issue(issue)
    (bookmark,) = lib.bookmarks()
    assert not bookmark.issue_removed and bookmark.note == "keep me"


def test_papers_lists_each_paper_once(lib):
    lib.import_issue(make_issue(day="2026-03-12", source="/a"))
    lib.import_issue(make_issue(day="2026-03-13", source="/b"))
    lib.import_issue(english_issue())
    assert lib.papers() == ["River Times", "江城日报"]


# --- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("无锡", "春耕备耕忙"),  # two characters
        ("现场", "春耕备耕忙"),
        ("锡", "春耕备耕忙"),  # one character, in the middle of a word
        ("忙", "春耕备耕忙"),  # one character, last of the title
        ("统计局发布", "国家统计局发布数据"),  # longer phrase
        ("高美梅", "春耕备耕忙"),  # byline
        ("要闻快览", "春耕备耕忙"),  # kicker
        ("重点项目", "江城新区建设提速"),
        ("gdp", "国家统计局发布数据"),  # full-width letters in the text
        ("ＧＤＰ稳步", "国家统计局发布数据"),  # and in the query
        ("council", "Council Approves Budget"),  # English, any case
        ("COUNCIL", "Council Approves Budget"),
        ("econ", "Council Approves Budget"),  # prefix
        ("eco", "Council Approves Budget"),  # three letters are enough for a prefix
        ("harbour festival", "Harbour Festival Returns"),
    ],
)
def test_search_finds_article(lib, query, title):
    lib.import_issue(make_issue())
    lib.import_issue(english_issue())
    assert title in [h.title for h in lib.search(query)]


@pytest.mark.parametrize(
    # "ec": one or two letters match whole words only, not every word they begin
    "query",
    ["锡现", "无锡现场", "budgets", "xyz", "council 无锡", "，。", "ec"],
)
def test_search_does_not_invent_matches(lib, query):
    lib.import_issue(make_issue())
    lib.import_issue(english_issue())
    assert lib.search(query) == []


def test_search_hit_carries_where_it_was_found_and_marks_snippet(lib):
    issue_id = lib.import_issue(make_issue()).issue_id
    (hit,) = lib.search("无锡")
    assert (hit.issue_id, hit.paper, hit.date, hit.page, hit.title) == (
        issue_id,
        "江城日报",
        "2026-03-12",
        "01",
        "春耕备耕忙",
    )
    assert "\x02无锡\x03" in hit.snippet


def test_search_ranks_title_matches_first(lib):
    articles = (
        article("会议纪要", "会上提到春耕一事，另有其他议题。"),
        article("春耕正当时", "各地抓紧播种。"),
    )
    lib.import_issue(make_issue(articles=articles))
    assert [h.title for h in lib.search("春耕")] == ["春耕正当时", "会议纪要"]


def test_search_groups_hits_by_issue(lib):
    first = (
        article("春耕春耕再春耕", "各地春耕。"),
        article("会议纪要", "会上顺带提到春耕一事，另有其他许多议题需要讨论。"),
    )
    second = (article("春耕动员", "全市部署。"),)
    a = lib.import_issue(make_issue(day="2026-03-12", source="/a", articles=first)).issue_id
    b = lib.import_issue(make_issue(day="2026-03-13", source="/b", articles=second)).issue_id
    hits = lib.search("春耕")
    assert [(h.issue_id, h.title) for h in hits] == [
        (a, "春耕春耕再春耕"),
        (a, "会议纪要"),
        (b, "春耕动员"),
    ]


def test_search_filters_by_paper_and_dates(lib):
    lib.import_issue(make_issue(day="2026-03-12", source="/a"))
    lib.import_issue(make_issue(day="2026-03-20", source="/b"))
    lib.import_issue(make_issue(paper="新城日报", day="2026-03-15", source="/c"))
    assert {h.date for h in lib.search("无锡", paper="江城日报")} == {"2026-03-12", "2026-03-20"}
    assert {h.date for h in lib.search("无锡", since="2026-03-13")} == {"2026-03-15", "2026-03-20"}
    assert {h.date for h in lib.search("无锡", until="2026-03-15")} == {"2026-03-12", "2026-03-15"}


def test_search_of_replaced_issue_finds_only_new_text(lib):
    issue = make_issue()
    lib.import_issue(issue)
    changed = replace(issue.articles[1], paragraphs=("改写后的内容提到黄河。",))
    lib.import_issue(replace(issue, articles=(issue.articles[0], changed, issue.articles[2])))
    assert lib.search("物价") == []
    assert [h.title for h in lib.search("黄河")] == ["国家统计局发布数据"]


def test_search_with_fts_syntax_characters_is_safe(lib):
    lib.import_issue(english_issue())
    for query in ['"council', "council*", "NEAR(", "a:b", "-"]:
        lib.search(query)  # no error
    assert [h.title for h in lib.search('"council')] == ["Council Approves Budget"]


def test_an_interrupted_search_fails_in_words_and_the_next_one_runs(lib):
    lib.import_issue(make_issue())
    # As the window does when the reader types on: interrupt while the search runs.
    lib._conn.set_progress_handler(lib.interrupt, 1)
    with pytest.raises(LibraryError, match="无锡"):
        lib.search("无锡")
    lib._conn.set_progress_handler(None, 1)
    assert [h.title for h in lib.search("无锡")] == ["春耕备耕忙"]


def test_word_found_everywhere_ranks_the_newest_matches(lib, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    for day in ("2026-03-10", "2026-03-11", "2026-03-12"):
        lib.import_issue(make_issue(day=day, source=f"/p/{day}"))
    assert {h.date for h in lib.search("无锡")} == {"2026-03-11", "2026-03-12"}
    # A filter is applied first: the newest matches within it are ranked.
    found = {h.date for h in lib.search("无锡", until="2026-03-11")}
    assert found == {"2026-03-10", "2026-03-11"}


def test_removed_bookmark_can_be_restored_as_it_was_even_without_its_issue(lib):
    issue = make_issue()
    issue_id = lib.import_issue(issue).issue_id
    bookmark = lib.add_bookmark(issue.articles[0].key, "note")
    lib.remove_issue(issue_id)
    lib.remove_bookmark(bookmark.key)
    lib.restore_bookmark(bookmark)
    (restored,) = lib.bookmarks()
    assert (restored.created, restored.note, restored.title) == (
        bookmark.created,
        "note",
        bookmark.title,
    )
    assert restored.issue_removed


def test_single_character_search_puts_titles_first(lib):
    articles = (
        article("会议纪要", "会上提到春耕一事。"),
        article("春天来了", "各地抓紧播种。"),
    )
    lib.import_issue(make_issue(articles=articles))
    assert [h.title for h in lib.search("春")] == ["春天来了", "会议纪要"]


@pytest.mark.parametrize(("query", "found"), [("无锡 忙", 1), ("忙 锡", 1), ("无锡 黄", 0)])
def test_single_characters_combine_with_other_terms(lib, query, found):
    lib.import_issue(make_issue())
    assert len(lib.search(query)) == found


def test_issue_that_cannot_be_stored_fails_alone_and_leaves_no_trace(lib, monkeypatch):
    store = storing.insert_contents

    def fail_on_13th(conn, issue_id, issue, tokens):
        store(conn, issue_id, issue, tokens)
        if issue.date == "2026-03-13":
            raise sqlite3.IntegrityError("simulated failure")

    monkeypatch.setattr(storing, "insert_contents", fail_on_13th)
    days = ("2026-03-12", "2026-03-13", "2026-03-14")
    results = lib.import_issues(make_issue(day=d, source=f"/p/{d}") for d in days)
    assert [r.status for r in results] == ["imported", "failed", "imported"]
    assert "simulated failure" in results[1].message
    assert [i.date for i in lib.issues()] == ["2026-03-14", "2026-03-12"]
    assert {h.date for h in lib.search("无锡")} == {"2026-03-12", "2026-03-14"}


def test_import_paths_reports_in_order_and_goes_on_after_failures(lib, monkeypatch, tmp_path):
    from reader.parsing import ParseError

    def parse_path(path):
        name = Path(path).name
        if name.startswith("bad"):
            raise ParseError(f"{name}: not a newspaper page")
        if name.startswith("bug"):
            raise IndexError("list index out of range")
        return make_issue(day=f"2026-03-{name[:2]}", source=str(path))

    monkeypatch.setattr("reader.importing.parse_issues", lambda p: ParseOutcome((parse_path(p),)))
    names = ["10.txt", "bad.txt", "11.txt", "bug.txt", *[f"{d}.txt" for d in range(12, 28)]]
    seen = []
    results = importing.import_paths(
        lib, names, lambda n, total, path: seen.append((n, total, path))
    )
    assert [r.status for r in results] == ["imported", "failed", "imported", "failed"] + [
        "imported"
    ] * 16
    assert [r.source for r in results] == [str(Path(name).resolve()) for name in names]
    assert results[1].message == "bad.txt: not a newspaper page"
    assert results[3].message.startswith("bug.txt: cannot be read (IndexError")
    assert seen[0] == (1, 20, "10.txt") and seen[-1] == (20, 20, "27.txt")
    assert lib.issue_count() == 18


def test_search_date_filters_take_a_year_or_month(lib):
    for day in ("2026-02-28", "2026-03-12", "2026-04-01"):
        lib.import_issue(make_issue(day=day, source=f"/p/{day}"))
    assert {h.date for h in lib.search("无锡", since="2026-03", until="2026-03")} == {"2026-03-12"}
    assert len(lib.search("无锡", since="2026", until="2026")) == 3
    with pytest.raises(LibraryError, match="not a date"):
        lib.search("无锡", since="12/03/2026")


# --- simplified and traditional, full and half width -------------------------------------


def traditional_issue() -> model.Issue:
    return make_issue(
        paper="香江日報",
        source="/papers/hongkong.txt",
        articles=(
            article("經濟穩步發展", "㈠本港經濟數據公佈，ＡＢＣ集團業績增長。"),
            article("ABC Holdings report", "Profits rose at ABC, the group said."),
        ),
    )


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("经济", {"經濟穩步發展", "国家统计局发布数据"}),  # simplified finds traditional
        ("經濟", {"經濟穩步發展", "国家统计局发布数据"}),  # and traditional finds simplified
        ("数据公布", {"經濟穩步發展"}),
        ("发", {"經濟穩步發展", "国家统计局发布数据"}),  # one character too
        ("ＡＢＣ", {"經濟穩步發展", "ABC Holdings report"}),  # full width finds half width
        ("abc集团", {"經濟穩步發展"}),
        ("ｇｄｐ", {"国家统计局发布数据"}),
    ],
)
def test_simplified_traditional_full_and_half_width_find_each_other(lib, query, titles):
    lib.import_issue(make_issue())
    lib.import_issue(traditional_issue())
    assert {h.title for h in lib.search(query)} == titles


@pytest.mark.parametrize(
    "query", ["中国G20", "G20峰会", "A股", "A股上涨", "峰会", "会举行", "国"], ids=repr
)
def test_terms_of_chinese_and_letters_together_are_found(lib, query):
    story = article("峰会开幕", "在中国G20峰会举行之际，A股上涨。")
    lib.import_issue(make_issue(articles=(story,)))
    assert [h.title for h in lib.search(query)] == ["峰会开幕"]


def test_snippet_of_a_traditional_article_marks_the_characters_as_written(lib):
    lib.import_issue(traditional_issue())
    (hit,) = lib.search("经济数据")
    # ㈠ folds to three characters, (一); the marks must still fall on 經濟數據.
    assert hit.snippet == "㈠本港\x02經濟數據\x03公佈，ＡＢＣ集團業績增長。"
    (hit,) = lib.search("abc 业绩")
    assert hit.snippet == "㈠本港經濟數據公佈，\x02ＡＢＣ\x03集團\x02業績\x03增長。"


def test_snippet_is_cut_from_the_paragraph_with_the_match_in_any_form(lib):
    story = article("本港要聞", "今日天氣晴朗。", "本港經濟數據公佈。", "ＧＤＰ增長。")
    lib.import_issue(make_issue(articles=(story,)))
    assert lib.search("经济")[0].snippet == "本港\x02經濟\x03數據公佈。"
    assert lib.search("gdp")[0].snippet == "\x02ＧＤＰ\x03增長。"


def test_import_paths_stops_when_cancelled_and_keeps_what_was_stored(lib, monkeypatch):
    monkeypatch.setattr(
        "reader.importing.parse_issues",
        lambda path: ParseOutcome(
            (make_issue(day=f"2026-03-{Path(path).stem}", source=str(path)),)
        ),
    )
    names = [f"{d}.txt" for d in range(10, 20)]
    seen: list[int] = []
    results = importing.import_paths(
        lib, names, lambda n, total, path: seen.append(n), cancelled=lambda: len(seen) >= 4
    )
    assert [Path(r.source).name for r in results] == names[:4]
    assert lib.issue_count() == 4


def test_visiting_a_story_marks_it_read_and_remembers_it(lib):
    lib.import_issue(make_issue())
    key = lib.articles(lib.issues()[0].id)[1].key
    lib.visit(key)
    assert lib.last_article() == key
    assert lib.articles(lib.issues()[0].id)[1].read


def test_each_page_keeps_its_printed_page(lib):
    issue = make_issue()
    spring = issue.articles[0].key
    printed = model.Page(
        "01",
        "要闻",
        image="pic/01.jpg",
        pdf="01.pdf",
        areas=(model.Area(spring, (1, 2, 3, 2, 3, 4)),),
    )
    issue = replace(issue, pages=(printed, issue.pages[1]))
    issue_id = lib.import_issue(issue).issue_id
    assert lib.printed_page(issue_id, "01") == printed
    assert lib.printed_page(issue_id, "02") == model.Page("02", "综合")
    assert lib.printed_page(issue_id, "09") is None


def test_a_library_of_schema_6_gets_empty_printed_pages(tmp_path):
    # As version 6 made the page table: code and name only.
    with Library.open(tmp_path) as library:
        issue_id = library.import_issue(make_issue()).issue_id
    conn = sqlite3.connect(tmp_path / "library.sqlite")
    for column in ("image", "pdf", "areas"):
        conn.execute(f"ALTER TABLE page DROP COLUMN {column}")
    # Made as they were before a later step.
    conn.execute("DROP TABLE imported_folder")
    conn.execute("DROP TABLE search_chars")
    conn.execute("CREATE VIRTUAL TABLE search_chars USING fts5 (chars, content='', detail=none)")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Library.open(tmp_path) as library:
        assert library.printed_page(issue_id, "01") == model.Page("01", "要闻")
        assert [p.code for p in library.pages(issue_id)] == ["01", "02"]
