"""Library files of each earlier schema, as those versions wrote them, upgrade losing nothing."""

from __future__ import annotations

import sqlite3

import old_libraries as old
import pytest
from helpers import article, make_issue

from reader.library import Library, LibraryError, schema
from reader.library.identity import key_suffix


@pytest.fixture(params=old.VERSIONS, ids=lambda v: f"schema-{v}")
def upgraded(request, tmp_path):
    old.build(tmp_path / "library.sqlite", request.param)
    with Library.open(tmp_path) as library:
        yield library


def test_every_earlier_schema_has_a_file_to_upgrade():
    assert tuple(step.version for step in schema.STEPS[:-1]) == old.VERSIONS


def test_upgrade_reaches_this_version_after_a_backup_of_the_old_file(upgraded):
    assert schema.version_of(upgraded._conn) == schema.SCHEMA_VERSION
    (before,) = (upgraded.path.parent / "backups").glob("before-schema-*.sqlite")
    conn = sqlite3.connect(before)
    assert schema.version_of(conn) < schema.SCHEMA_VERSION
    conn.close()


def test_one_issue_per_paper_and_day_the_fuller_copy_kept(upgraded):
    dated = [row for row in upgraded.issues() if row.date]
    assert [(row.paper, row.date, row.format) for row in dated] == [(old.PAPER, old.DAY, "folder")]
    assert upgraded.issue_count() == 3  # and the two undated files
    titles = [a.title for a in upgraded.articles(dated[0].id)]
    assert titles == ["春耕备耕忙", "国家统计局发布数据", "經濟穩步發展"]


def test_bookmarks_read_state_and_last_story_survive(upgraded):
    marks = {b.key: b for b in upgraded.bookmarks()}
    assert set(marks) == set(old.BOOKMARKS)
    assert [marks[k].note for k in old.BOOKMARKS] == [f"note {n}" for n in range(4)]
    # The story only the dropped text dump had keeps its bookmark and its citation.
    assert marks[old.ONLY_TEXT].issue_removed and marks[old.ONLY_TEXT].title == "只在文本里"
    for key in (old.SPRING, old.TRADITIONAL, old.SHARED):
        assert not marks[key].issue_removed
    (day,) = [row for row in upgraded.issues() if row.date]
    assert [a.read for a in upgraded.articles(day.id)] == [False, True, False]
    assert upgraded.last_article() == old.TRADITIONAL
    assert upgraded.article(old.TRADITIONAL).title == "經濟穩步發展"


def test_a_key_two_issues_shared_now_names_one_article(upgraded):
    keys = upgraded._conn.execute("SELECT key FROM article").fetchall()
    assert len(keys) == len(set(keys))
    assert upgraded.issue_of(old.SHARED).source == "/papers/undated-a.txt"
    other = upgraded.issue_of(old.SHARED + key_suffix(None, None, "/papers/undated-b.txt"))
    assert other is not None and other.source == "/papers/undated-b.txt"


def test_search_works_and_finds_each_story_once(upgraded):
    assert [h.title for h in upgraded.search("无锡")] == ["春耕备耕忙"]
    assert [h.title for h in upgraded.search("锡")] == ["春耕备耕忙"]
    assert [h.title for h in upgraded.search("经济")] == ["經濟穩步發展"]  # folded
    assert len(upgraded.search("湖畔")) == 2
    for table in ("search", "search_chars"):  # raises if the index is damaged
        upgraded._conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_removing_an_upgraded_issue_leaves_nothing_in_the_index(upgraded):
    (day,) = [row for row in upgraded.issues() if row.date]
    upgraded.remove_issue(day.id)
    conn = upgraded._conn
    for table, token in (("search", '"经济"'), ("search_chars", '"经"'), ("search", '"无锡"')):
        assert conn.execute(f"SELECT rowid FROM {table}({token!r})").fetchall() == []


# --- a library from a newer version ---------------------------------------------------------

NEXT = schema.SCHEMA_VERSION + 1


def newer_library(home, oldest: int | None, change: str) -> None:
    """A library as a later version left it: one schema further, `change` made, and the
    oldest compatible schema it recorded."""
    with Library.open(home) as library:
        library.import_issue(make_issue())
    conn = sqlite3.connect(home / "library.sqlite")
    conn.execute(change)
    conn.execute(f"PRAGMA user_version = {NEXT}")
    if oldest is None:
        conn.execute("DELETE FROM state WHERE name = ?", (schema.COMPATIBLE,))
    else:
        conn.execute("UPDATE state SET value = ? WHERE name = ?", (str(oldest), schema.COMPATIBLE))
    conn.commit()
    conn.close()


def test_every_library_records_the_oldest_version_that_may_use_it(tmp_path):
    with Library.open(tmp_path) as library:
        assert schema.oldest_compatible(library._conn) == schema.OLDEST_COMPATIBLE


def test_a_newer_library_that_only_added_an_index_is_read_and_written(tmp_path):
    newer_library(tmp_path, schema.SCHEMA_VERSION, "CREATE INDEX article_title ON article (title)")
    key = make_issue().articles[0].key

    with Library.open(tmp_path) as library:
        assert [h.title for h in library.search("无锡")] == ["春耕备耕忙"]
        library.add_bookmark(key, "written by an older version")
        assert library.import_issue(make_issue(day="2026-03-13")).status == "imported"
    with Library.attach(tmp_path) as worker:
        assert worker.issue_count() == 2

    conn = sqlite3.connect(tmp_path / "library.sqlite")
    assert schema.version_of(conn) == NEXT  # left as the newer one made it
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_title'").fetchone()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.parametrize(
    "oldest", [schema.SCHEMA_VERSION + 1, None], ids=["incompatible", "unsaid"]
)
def test_a_newer_library_this_version_may_not_use_is_refused_and_left_alone(tmp_path, oldest):
    newer_library(
        tmp_path, oldest, "ALTER TABLE issue ADD COLUMN rating INTEGER NOT NULL DEFAULT 0"
    )
    before = (tmp_path / "library.sqlite").read_bytes()
    with pytest.raises(LibraryError, match="newer version of Paper Reader"):
        Library.open(tmp_path)
    with pytest.raises(LibraryError, match="newer version of Paper Reader"):
        Library.attach(tmp_path)
    assert (tmp_path / "library.sqlite").read_bytes() == before


def test_the_index_is_made_again_with_the_body_first_and_ranks_titles_first(upgraded):
    columns = [row[1] for row in upgraded._conn.execute("PRAGMA table_info(search)")]
    assert columns == ["body", "title", "heads"]
    # 农时 is in the body of an old story, and in the title of this one.
    story = article("农时不等人", "各地抓紧春播。")
    key = upgraded.import_issue(make_issue(day="2026-03-20", articles=(story,))).first_new_key
    assert [h.key for h in upgraded.search("农时")] == [key, old.SPRING]
