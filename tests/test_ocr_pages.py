"""OCR'd old pages: a story opens only at a headline in capitals, never at a body line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.parsing import parse_path
from reader.parsing.decode import decode
from reader.parsing.text.ocr import looks_like_ocr, parse_ocr

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "ocr" / "front-page-1905.txt"
_NOT_WORD = re.compile(r"[\W_]+")


def test_ocr_page_is_told_from_a_text_dump():
    assert looks_like_ocr(PAGE.read_text(encoding="utf-8"))
    for dump in sorted((FIXTURES / "text").glob("*.txt")):
        try:
            text = decode(dump.read_bytes())
        except ValueError:
            continue
        assert not looks_like_ocr(text), dump.name


def test_stories_open_at_capital_headlines_only():
    issue = parse_path(PAGE)
    assert issue.date == "1905-01-09"
    assert [a.title for a in issue.articles] == [
        "FLOOD SWEEPS LOWER VALLEY",
        "SCHOOL BOARD MEETS.",
        "MAYOR NAMES NEW CHIEF",
        "A RAILROAD WRECK NEAR DAYTON",
    ]


def test_headline_deck_credit_and_dateline():
    flood, school, mayor, _ = parse_path(PAGE).articles
    assert flood.subtitle == "Mill Dam Gives Way After Three Days of Heavy Rain."
    assert (flood.byline, flood.dateline) == ("Associated Press", "MILLBROOK, O., Jan. 8")
    assert flood.paragraphs[0].startswith("MILLBROOK, O., Jan. 8.-The old mill dam")
    assert school.subtitle == "New Building Will Be Ready in the Spring."
    assert (mayor.byline, mayor.dateline) == ("Special to The Gazette", "COLUMBUS, O., Jan. 8")


def test_a_head_inside_a_story_stays_in_it():
    flood = parse_path(PAGE).articles[0]
    assert "Storm Was Sudden." in flood.paragraphs
    assert flood.paragraphs[-1].endswith("The government will send help at once.")


def test_words_broken_at_line_ends_are_mended():
    text = " ".join(p for a in parse_path(PAGE).articles for p in a.paragraphs)
    for word in ("government engineer", "last evening", "three hundred", "next meeting."):
        assert word in text
    assert "gov- ernment" not in text and "meet ing" not in text


def test_a_hyphen_the_page_prints_elsewhere_is_kept():
    page = PAGE.read_text(encoding="utf-8")
    text = page.replace("closed until to-morrow noon.", "closed all to-\nday and to-morrow.")
    wreck = parse_ocr(text, "page.txt").articles[-1]
    assert "the track will be closed all to-day and to-morrow." in wreck.paragraphs[0]


def test_nothing_but_the_masthead_and_jump_lines_is_left_out():
    issue = parse_path(PAGE)
    blob = _NOT_WORD.sub("", "".join(_fields(a) for a in issue.articles))
    lines = PAGE.read_text(encoding="utf-8").splitlines()[4:]  # under the masthead
    for line in lines:
        if line.startswith("Continued on"):
            continue
        words = _NOT_WORD.sub("", line.removeprefix("By "))  # `By` is a label, no word
        assert words in blob, line


def _fields(article) -> str:
    head = (article.title, article.subtitle or "", article.byline or "")
    return "".join(head) + "".join(article.paragraphs)


@pytest.mark.parametrize("line", ["VOL. XII. NO. 41.", "RIVERTON, OHIO, MONDAY, JANUARY 9, 1905."])
def test_masthead_lines_open_no_story(line):
    issue = parse_path(PAGE)
    assert all(line not in a.title for a in issue.articles)


def test_a_word_cut_without_its_hyphen_is_mended_when_its_end_is_no_word():
    page = PAGE.read_text(encoding="utf-8")
    text = page.replace("report of the\nbuilding committee.", "report of the build\ning committee.")
    school = parse_ocr(text, "page.txt").articles[1]
    assert "heard the report of the building committee." in school.paragraphs[0]


def test_a_misread_credit_takes_the_spelling_the_page_prints_elsewhere():
    issue = parse_path(FIXTURES / "ocr" / "wire-stories-1911.txt")
    assert [a.byline for a in issue.articles] == [
        "Associated Press",
        "Associated Press",  # printed `By Associated - Presa.`
        "Associated Press",
        "Leased Wire to The Herald",
        "Associated Press",
    ]


def test_letters_of_the_next_column_leave_the_headline():
    issue = parse_path(FIXTURES / "ocr" / "wire-stories-1911.txt")
    assert [a.title for a in issue.articles] == [
        "BRIDGE FALLS INTO THE GREEN RIVER",
        "GRAIN CROP LARGEST IN TEN YEARS",  # `LARGEST I C` / `IN TEN YEARSI`
        "MILL HANDS ASK FOR SHORTER DAY",  # `ASK i`
        "BANKER WILL BUILD A TALL HOUSE",  # a word `A` ending a line stays
        "SHIP SIGHTED OFF THE CAPE AT LAST",  # `tf SHIP …` / `: THE CAPE AT LAST it`
    ]


HEADS = FIXTURES / "ocr" / "heads-and-credits-1903.txt"


def test_decks_in_capitals_and_bracketed_credits_belong_to_the_head():
    chapel = parse_path(HEADS).articles[0]
    assert chapel.title == "CHAPEL FIRE PUT OUT."
    assert chapel.subtitle == (
        "THE TOWER IS SAVED. Volunteers Work Through the Night at the Old Church."
    )
    assert chapel.byline == "Special to The Courier"  # the copyright notice names no one
    assert chapel.dateline == "Ashford, May 4"
    assert chapel.paragraphs[0].startswith("Ashford, May 4.—The old chapel")


def test_a_portrait_caption_opens_no_story_and_takes_no_headline():
    titles = [a.title for a in parse_path(HEADS).articles]
    assert "MAYOR JOHN HALE." not in titles
    quarry = parse_path(HEADS).articles[1]
    assert quarry.title == "QUARRY STRIKE ENDS."
    # a bracket opening a deck's line is no credit without a credit's words
    assert quarry.subtitle == "Men Return to Work at the Old Rates (and Hours) Until the Autumn."


def test_a_quotation_boxed_in_capitals_is_text_and_opens_no_headlines():
    articles = parse_path(HEADS).articles
    assert [a.title for a in articles][-1] == "BRIDGE OPENED."
    [quotation] = [a for a in articles if "HARDIHOOD AND TRUST" in " ".join(a.paragraphs)]
    assert quotation.paragraphs[0].startswith("THE PAST WAS GREAT BECAUSE THE MEN")
    assert len(articles) == 4


def test_a_column_rule_glued_to_any_line_of_a_headline_goes():
    head = "RIVER SWEEPS VALLEYI\nAND LOWER TOWN"  # the page prints `valley` in its text
    page = PAGE.read_text(encoding="utf-8").replace("FLOOD SWEEPS\nLOWER VALLEY", head)
    assert parse_ocr(page, "page.txt").articles[0].title == "RIVER SWEEPS VALLEY AND LOWER TOWN"


def test_a_line_in_capitals_closing_a_head_after_its_decks_is_the_credit_if_it_reads_so():
    articles = parse_path(HEADS).articles
    quarry, bridge = articles[1], articles[-1]
    assert bridge.byline == "SPECIAL DISPATCH TO TIIE COURIER"  # `THE` misread
    assert bridge.dateline == "Redmill, May 4"
    assert bridge.paragraphs[0].startswith("Redmill, May 4.—The new bridge")
    assert quarry.byline is None  # `OTHERS MAY FOLLOW.` is a deck: it opens the text
    assert quarry.paragraphs[0] == "OTHERS MAY FOLLOW."
