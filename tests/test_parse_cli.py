"""`python -m reader parse` end to end: the JSON contract, the outline, and clean failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = Path(__file__).parent / "fixtures" / "text"
ARTICLE_FIELDS = {
    "key",
    "title",
    "kicker",
    "subtitle",
    "section",
    "page",
    "page_name",
    "dateline",
    "byline",
    "paragraphs",
    "captions",
    "images",
    "pages",
    "saved",
}

pytestmark = pytest.mark.slow


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_json_follows_the_parse_contract():
    result = run(TEXT / "issue-continuation.txt", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"issue", "articles"}
    issue = data["issue"]
    assert {"paper", "date", "title", "source", "format"} <= set(issue)
    assert issue["paper"] == "江城日报"
    assert issue["date"] == "2025-12-08"
    assert issue["title"] == "江城日报 2025-12-08"
    assert issue["format"] == "text"
    assert issue["source"].endswith("issue-continuation.txt")
    first = data["articles"][0]
    assert set(first) == ARTICLE_FIELDS
    assert first["title"] == "江城新区首批人才公寓交付使用"
    assert (first["page"], first["page_name"], first["pages"]) == ("A01", "头版", ["A01", "A02"])
    assert first["saved"] is True
    assert all(isinstance(p, str) and p for p in first["paragraphs"])


def test_json_keys_are_the_same_on_every_run():
    keys = [
        [a["key"] for a in json.loads(run(TEXT / "jiangcheng-p3.txt", "--json").stdout)["articles"]]
        for _ in range(2)
    ]
    assert keys[0] == keys[1] and len(set(keys[0])) == len(keys[0])


def test_outline_lists_pages_and_articles():
    result = run(TEXT / "jiangcheng-p3.txt")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("江城日报 2026-03-12  (text, 3 articles)")
    assert "第03版 经济" in out
    assert "1. 敢为善为坚决跑好“冲刺赛”" in out
    assert "section: 要闻快览" in out
    assert "byline: 本报记者 张娅 通讯员 陈明 / 高美梅" in out


def test_encoded_file_parses_without_naming_the_encoding():
    result = run(TEXT / "gb18030.txt", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["title"] == "市民公园今日开放"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "the file is empty"),
        (lambda tmp: _write(tmp / "blank.txt", b" \r\n\n "), "the file is empty"),
        (lambda tmp: TEXT / "binary.bin", "binary file"),
        (lambda tmp: TEXT / "undecodable.txt", "encoding is not recognised"),
        (lambda tmp: TEXT / "headers-only.txt", "no articles found"),
        (lambda tmp: TEXT / "garbage.txt", "does not look like newspaper text"),
    ],
    ids=["missing", "empty", "blank", "binary", "undecodable", "no-articles", "garbage"],
)
def test_bad_input_gives_one_line_error_and_no_traceback(tmp_path, make, message):
    path = make(tmp_path)
    for args in ((path,), (path, "--json")):
        result = run(*args)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("paper-reader: ")
        assert message in result.stderr
        assert "Traceback" not in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_outline_of_an_english_paper_speaks_of_pages():
    result = run(TEXT / "english-page.txt")
    assert result.returncode == 0, result.stderr
    assert "\nPage 04 LOCAL\n" in result.stdout
    assert "第04版" not in result.stdout
