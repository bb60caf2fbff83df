"""`export` and `bookmarks export` as a person types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import rispy
from helpers import english_issue, make_issue

from reader import cli
from reader.library import Library


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def issue_id(home: Path) -> int:
    """The Chinese test issue in the library, its first story bookmarked with a note."""
    issue = make_issue()
    with Library.open(home) as library:
        found = library.import_issue(issue).issue_id
        library.import_issue(english_issue())
        library.add_bookmark(issue.articles[0].key, "春耕要点")
        library.add_bookmark(issue.articles[2].key)
    assert found is not None
    return found


def run(home: Path, *args: str) -> int:
    return cli.main(["--library", str(home), *args])


def test_export_is_a_command():
    assert "export" in cli.COMMANDS


def test_issue_as_markdown_has_its_pages_and_stories(home, issue_id, tmp_path, capsys):
    target = tmp_path / "issue.md"

    assert run(home, "export", "--issue", str(issue_id), "-o", str(target)) == 0

    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 江城日报 2026-03-12")
    assert "## 第1版 要闻" in text and "### 江城新区建设提速" in text
    assert "Wrote" in capsys.readouterr().err


def test_issue_as_html_prints_when_no_file_is_named(home, issue_id, capsys):
    assert run(home, "export", "--issue", str(issue_id), "--format", "html") == 0

    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and "第2版 综合" in page


def test_one_page_of_an_issue(home, issue_id, capsys):
    assert run(home, "export", "--issue", str(issue_id), "--page", "02", "--format", "md") == 0

    text = capsys.readouterr().out
    assert "江城新区建设提速" in text and "春耕备耕忙" not in text


def test_story_as_markdown_is_cited(home, issue_id, capsys):
    key = make_issue().articles[0].key

    assert run(home, "export", "--article", key, "--format", "md") == 0

    text = capsys.readouterr().out
    assert text.startswith("# 春耕备耕忙") and "*要闻快览*" in text
    assert "> 高美梅. 春耕备耕忙\\[N\\]. 江城日报, 2026-03-12(01)." in text


def test_issue_as_epub(home, issue_id, tmp_path):
    target = tmp_path / "issue.epub"

    assert run(home, "export", "--issue", str(issue_id), "--format", "epub", "-o", str(target)) == 0

    with zipfile.ZipFile(target) as book:
        assert book.namelist()[0] == "mimetype"
        assert "OEBPS/story-2-1.xhtml" in book.namelist()


@pytest.mark.slow
def test_story_as_pdf_from_a_command_line_without_a_window(home, issue_id, tmp_path):
    """A process of its own: no QApplication is there before the command makes one."""
    key = make_issue().articles[0].key
    target = tmp_path / "story.pdf"
    command = ["-m", "reader", "--library", str(home), "export", "--article", key]

    result = subprocess.run(
        [sys.executable, *command, "--format", "pdf", "-o", str(target)],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
    )

    assert result.returncode == 0, result.stderr
    pdf = pdfium.PdfDocument(target)
    assert len(pdf) == 1 and "春耕备耕忙" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_the_format_comes_from_the_suffix_or_is_asked_for(home, issue_id, tmp_path, capsys):
    assert run(home, "export", "--issue", str(issue_id), "-o", str(tmp_path / "x.txt")) == 2
    assert "--format" in capsys.readouterr().err
    assert run(home, "export", "--issue", str(issue_id), "--format", "epub") == 2
    assert "-o FILE" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--issue", "999", "--format", "md"), "no issue 999"),
        (("--article", "nope", "--format", "md"), "no article nope in the library"),
        (("--article", "x", "--page", "01", "--format", "md"), "--page goes with --issue"),
    ],
)
def test_bad_requests_are_one_line_without_a_traceback(home, issue_id, capsys, args, said):
    assert run(home, "export", *args) == 2

    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_file_that_cannot_be_written_is_said_so(home, issue_id, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "issue.epub"

    assert run(home, "export", "--issue", str(issue_id), "-o", str(target)) == 2

    assert "cannot be written" in capsys.readouterr().err


# --- bookmarks ---------------------------------------------------------------------------------


def test_bookmarks_as_ris_read_back(home, issue_id, tmp_path):
    target = tmp_path / "bookmarks.ris"

    assert run(home, "bookmarks", "export", "--format", "ris", "-o", str(target)) == 0

    assert b"\r\nER  - \r\n" in target.read_bytes()
    records = rispy.load(target)
    assert {r["title"] for r in records} == {"春耕备耕忙", "江城新区建设提速"}
    noted = next(r for r in records if r["title"] == "春耕备耕忙")
    assert noted["type_of_reference"] == "NEWS" and noted["authors"] == ["高美梅"]
    assert noted["secondary_title"] == "江城日报" and noted["start_page"] == "1"
    assert noted["notes"] == ["春耕要点"]


def test_bookmarks_as_csl_json(home, issue_id, capsys):
    assert run(home, "bookmarks", "export", "--format", "csl-json") == 0

    items = json.loads(capsys.readouterr().out)
    assert [i["type"] for i in items] == ["article-newspaper"] * 2
    assert {i["page"] for i in items} == {"1", "2"}


def test_bookmarks_as_a_folder_of_notes(home, issue_id, tmp_path, capsys):
    folder = tmp_path / "notes"

    assert run(home, "bookmarks", "export", "--format", "md-folder", "-o", str(folder)) == 0
    assert run(home, "bookmarks", "export", "--format", "md-folder", "-o", str(folder)) == 0

    notes = sorted(folder.iterdir())
    assert [n.name for n in notes] == ["2026-03-12_春耕备耕忙.md", "2026-03-12_江城新区建设提速.md"]
    assert 'note: "春耕要点"' in notes[0].read_text(encoding="utf-8")
    assert "Wrote 0 notes" in capsys.readouterr().err.splitlines()[-1]


def test_a_folder_of_notes_needs_a_folder(home, issue_id, capsys):
    assert run(home, "bookmarks", "export", "--format", "md-folder") == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_a_bookmark_of_a_removed_issue_still_becomes_a_note(home, issue_id, tmp_path):
    with Library.open(home) as library:
        library.remove_issue(issue_id)
    folder = tmp_path / "notes"

    assert run(home, "bookmarks", "export", "--format", "md-folder", "-o", str(folder)) == 0

    text = (folder / "2026-03-12_春耕备耕忙.md").read_text(encoding="utf-8")
    assert "# 春耕备耕忙" in text and "无锡各地农民" in text  # the opening the bookmark kept
