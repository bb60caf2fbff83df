"""The library commands: import, issues, search and bookmarks, as a person types them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import english_issue, issue_text, make_issue

from reader import cli, model
from reader.library import Library
from reader.parsing.gathering import ParseOutcome


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def filled(home: Path) -> model.Issue:
    """A library holding the Chinese and the English test issue; returns the Chinese one."""
    issue = make_issue()
    with Library.open(home) as library:
        library.import_issue(issue)
        library.import_issue(english_issue())
    return issue


def run(home: Path, *args: str) -> int:
    return cli.main(["--library", str(home), *args])


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, model.Issue]:
    """Parsing that maps file names to issues, so import is tested apart from the parsers."""
    issues: dict[str, model.Issue] = {}

    def parse_path(path: str | Path) -> model.Issue:
        from reader.parsing import ParseError

        name = Path(path).name
        if name not in issues:
            raise ParseError(f"{name}: not a newspaper page")
        return issues[name]

    monkeypatch.setattr("reader.importing.parse_issues", lambda p: ParseOutcome((parse_path(p),)))
    return issues


def test_library_commands_are_known():
    assert {"import", "issues", "search", "bookmarks"} <= set(cli.COMMANDS)


def test_import_reports_each_outcome_and_fails_if_any_failed(home, fake_parser, capsys):
    fake_parser["a.txt"] = make_issue()
    fake_parser["b.txt"] = english_issue()
    assert run(home, "import", "a.txt", "b.txt") == 0
    out, err = capsys.readouterr()
    assert "imported: 2" in out and "failed: 0" in out
    assert "[1/2] a.txt" in err and "[2/2] b.txt" in err

    assert run(home, "import", "a.txt", "broken.txt", "b.txt") == 1
    out, _ = capsys.readouterr()
    assert "unchanged: 2" in out and "failed: 1" in out
    assert "broken.txt: not a newspaper page" in out


def test_import_counts_a_copy_kept_out_by_a_fuller_one_and_says_why(home, capsys):
    identity = Path(__file__).parent / "fixtures" / "identity"
    epaper, dump = identity / "epaper", identity / "南江日报-2026-04-08.txt"
    assert run(home, "import", str(epaper)) == 0
    capsys.readouterr()

    assert run(home, "import", str(dump)) == 0

    out = capsys.readouterr().out
    assert "imported: 0, replaced: 0, unchanged: 0, kept: 1, skipped: 0, failed: 0" in out
    assert "kept: 南江日报 2026-04-08: already in the library from a fuller source (epaper)" in out


def test_import_of_missing_path_says_so(home, capsys):
    assert run(home, "import", str(home / "nowhere.txt")) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_issues_lists_paper_date_and_counts(home, filled, capsys):
    assert run(home, "issues") == 0
    out = capsys.readouterr().out
    assert "2026-03-12  江城日报  2 pages, 3 articles" in out
    assert "River Times" in out


def test_issues_json(home, filled, capsys):
    assert run(home, "issues", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["paper"], r["date"], r["article_count"]) for r in rows] == [
        ("江城日报", "2026-03-12", 3),
        ("River Times", "2026-03-10", 2),
    ]


def test_empty_library_says_how_to_fill_it(home, capsys):
    assert run(home, "issues") == 0
    assert "import" in capsys.readouterr().out


def test_search_shows_hits_under_their_issue_with_match_marked(home, filled, capsys):
    assert run(home, "search", "无锡") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "江城日报 2026-03-12"
    assert "第01版 春耕备耕忙" in out
    assert "[无锡]" in out


def test_search_in_traditional_characters_finds_simplified_and_marks_as_written(
    home, filled, capsys
):
    assert run(home, "search", "無錫") == 0
    out = capsys.readouterr().out
    assert "第01版 春耕备耕忙" in out and "[无锡]" in out


def test_search_json_hits(home, filled, capsys):
    assert run(home, "search", "council", "--json") == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["title"] == "Council Approves Budget"
    assert (hit["paper"], hit["date"], hit["page"]) == ("River Times", "2026-03-10", "A1")
    assert hit["key"] == english_issue().articles[0].key
    assert "\x02council\x03" in hit["snippet"].lower()


def test_search_filters(home, filled, capsys):
    assert run(home, "search", "无锡", "--paper", "River Times") == 1
    assert "No article matches" in capsys.readouterr().out
    assert run(home, "search", "无锡", "--since", "2026-03-13", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(home, "search", "无锡", "--until", "2026-03-12", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_bookmark_add_list_remove(home, filled, capsys):
    key = filled.articles[0].key
    assert run(home, "bookmarks", "add", key, "--note", "春耕专题") == 0
    assert "高美梅. 春耕备耕忙[N]. 江城日报, 2026-03-12(01)." in capsys.readouterr().out
    assert run(home, "bookmarks", "list") == 0
    out = capsys.readouterr().out
    assert key in out and "春耕专题" in out
    assert run(home, "bookmarks", "list", "--json") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert (item["key"], item["note"], item["title"]) == (key, "春耕专题", "春耕备耕忙")
    assert run(home, "bookmarks", "remove", key) == 0
    assert run(home, "bookmarks", "remove", key) == 2
    assert "not bookmarked" in capsys.readouterr().err


def test_bookmark_of_unknown_key_is_a_clear_error(home, filled, capsys):
    assert run(home, "bookmarks", "add", "0000") == 2
    err = capsys.readouterr().err
    assert err.startswith("paper-reader: There is no article 0000")
    assert "Traceback" not in err


def test_markdown_export_cites_gb_t_7714(home, filled, capsys, tmp_path):
    run(home, "bookmarks", "add", filled.articles[0].key, "--note", "see p.2")
    run(home, "bookmarks", "add", filled.articles[1].key)
    out_file = tmp_path / "marks.md"
    assert run(home, "bookmarks", "export", "--format", "md", "-o", str(out_file)) == 0
    text = out_file.read_text(encoding="utf-8")
    assert "1. 国家统计局发布数据[N]. 江城日报, 2026-03-12(01)." in text
    assert "2. 高美梅. 春耕备耕忙[N]. 江城日报, 2026-03-12(01).\n   > see p.2" in text


def test_csv_export(home, filled, capsys):
    run(home, "bookmarks", "add", filled.articles[0].key, "--note", "a, b")
    capsys.readouterr()
    assert run(home, "bookmarks", "export", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["key"], r["note"], r["paper"], r["byline"]) for r in rows] == [
        (filled.articles[0].key, "a, b", "江城日报", "高美梅")
    ]


def test_json_export_imports_into_another_library_once(home, filled, capsys, tmp_path):
    key = filled.articles[0].key
    run(home, "bookmarks", "add", key, "--note", "keep")
    exported = tmp_path / "marks.json"
    run(home, "bookmarks", "export", "--format", "json", "-o", str(exported))
    other = tmp_path / "other"
    capsys.readouterr()
    assert run(other, "bookmarks", "import", str(exported)) == 0
    assert "Added 1 bookmarks" in capsys.readouterr().out
    assert run(other, "bookmarks", "import", str(exported)) == 0
    assert "Added 0 bookmarks (1 were already there)" in capsys.readouterr().out
    with Library.open(other) as library:
        (bookmark,) = library.bookmarks()
    # The issue is not in the other library: the citation came along with the bookmark.
    assert (bookmark.key, bookmark.note, bookmark.title) == (key, "keep", "春耕备耕忙")
    assert bookmark.issue_removed


def test_import_of_a_file_that_is_not_bookmarks_is_refused(home, tmp_path, capsys):
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"issue": 1}', encoding="utf-8")
    assert run(home, "bookmarks", "import", str(wrong)) == 2
    assert "not a bookmarks file" in capsys.readouterr().err


def test_commands_run_as_a_program(home, filled):
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(home), "search", "现场", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert [h["title"] for h in json.loads(result.stdout)] == ["春耕备耕忙"]


def test_import_real_files_then_again_then_a_changed_version(home, fixtures, tmp_path):
    page = tmp_path / "jiangcheng.txt"
    page.write_bytes((fixtures / "library" / "jiangcheng-2026-03-12.txt").read_bytes())
    broken = fixtures / "library" / "broken.txt"

    def reader(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "reader", "--library", str(home), *args]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")

    first = reader("import", str(page), str(broken))
    assert first.returncode == 1
    assert "imported: 1" in first.stdout and "failed: 1" in first.stdout
    assert "broken.txt: this is a binary file" in first.stdout
    assert "Traceback" not in first.stderr

    again = reader("import", str(page))
    assert again.returncode == 0
    assert "unchanged: 1" in again.stdout

    (hit,) = json.loads(reader("search", "无锡", "--json").stdout)
    assert reader("bookmarks", "add", hit["key"]).returncode == 0
    page.write_text(
        page.read_text(encoding="utf-8") + "\n加印稿件\n　　新华社电 黄河沿岸春灌全面展开。\n"
    )
    changed = reader("import", str(page))
    assert "replaced: 1" in changed.stdout
    assert [h["title"] for h in json.loads(reader("search", "黄河", "--json").stdout)]
    (bookmark,) = json.loads(reader("bookmarks", "list", "--json").stdout)
    assert (bookmark["key"], bookmark["issue_removed"]) == (hit["key"], False)


# --- what a maintainer reads, and what the reader sees ------------------------------------------


def test_a_bug_in_a_command_is_one_sentence_and_a_traceback_in_the_log(home, monkeypatch, capsys):
    def broken(self):
        raise KeyError("boom")

    monkeypatch.setattr(Library, "bookmarks", broken)

    assert run(home, "bookmarks", "list") == 70

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "unexpected error (KeyError: 'boom')" in err and str(home / "paper-reader.log") in err
    logged = (home / "paper-reader.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'boom'" in logged


def test_verbose_shows_the_log_on_stderr_too(home, fake_parser, capsys):
    def bug(path):
        raise IndexError("list index out of range")

    fake_parser.clear()
    importing_parse = "reader.importing.parse_issues"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importing_parse, bug)
        assert run(home, "import", "a.txt") == 1
        quiet = capsys.readouterr().err
        assert cli.main(["--library", str(home), "--verbose", "import", "a.txt"]) == 1
        loud = capsys.readouterr().err
    assert "Traceback" not in quiet
    assert "Traceback" in loud and "IndexError: list index out of range" in loud
    logged = (home / "paper-reader.log").read_text(encoding="utf-8")
    assert logged.count("IndexError: list index out of range") == 2


def test_an_empty_library_folder_is_refused_not_taken_for_the_default(
    tmp_path, capsys, _private_library
):
    assert cli.main(["--library", "", "issues"]) == 2
    err = capsys.readouterr().err
    assert err == "paper-reader: --library needs the name of a folder; it was given an empty one.\n"
    assert not (_private_library / "library.sqlite").exists()


def test_a_folder_of_several_days_imports_as_one_issue_a_day_and_names_what_it_skipped(
    home, tmp_path, capsys
):
    folder = tmp_path / "a-week"
    folder.mkdir()
    for n in (3, 4):
        (folder / f"day-{n}.txt").write_text(issue_text(n), encoding="utf-8")
    (folder / "README.md").write_text("# Notes\n\nThese are the pages I saved.\n", encoding="utf-8")

    assert run(home, "parse", "--json", str(folder)) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert [p["issue"]["date"] for p in parsed] == ["2000-01-04", "2000-01-05"]

    assert run(home, "import", str(folder)) == 0
    out = capsys.readouterr().out
    assert "imported: 2" in out and "skipped: 1" in out and "README.md" in out
    with Library.open(home) as library:
        assert [row.date for row in library.issues()] == ["2000-01-05", "2000-01-04"]


def test_issues_remove_takes_an_issue_out_and_keeps_its_bookmarks(home, fake_parser, capsys):
    fake_parser["a.txt"] = make_issue()
    assert run(home, "import", "a.txt") == 0
    with Library.open(home) as library:
        (row,) = library.issues()
        library.add_bookmark(library.articles(row.id)[0].key, note="keep me")
    capsys.readouterr()

    assert run(home, "issues", "remove", str(row.id)) == 0
    assert "Removed: 江城日报 2026-03-12" in capsys.readouterr().out
    assert run(home, "issues", "remove", str(row.id)) == 2
    assert capsys.readouterr().err.strip() == (
        f"paper-reader: There is no issue {row.id} in the library."
    )
    with Library.open(home) as library:
        assert library.issue_count() == 0
        (mark,) = library.bookmarks()
        assert mark.issue_removed and mark.note == "keep me"
