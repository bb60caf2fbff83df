"""Search folding: simplified and traditional, full and half width find each other."""

from __future__ import annotations

import unicodedata

import opencc
import pytest

from reader.chinese import fold, fold_with_offsets, variants


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("國務院", "国务院"), ("經濟發展", "经济发展"), ("無錫", "无锡"), ("頭髮", "头发")],
)
def test_traditional_and_simplified_fold_to_the_same_text(traditional, simplified):
    assert fold(traditional) == fold(simplified) == simplified


def test_full_width_letters_digits_and_spaces_fold_to_half_width():
    assert fold("ＧＤＰ增长１２％") == "GDP增长12%"
    assert fold("本报讯\u3000记者") == "本报讯 记者"


def test_plain_english_and_case_are_left_alone():
    assert fold("River Times, 12 March") == "River Times, 12 March"


def test_a_name_written_in_traditional_characters_stays_a_name():
    # Character by character 乾 would become 干; the phrase table keeps the emperor's name.
    assert fold("乾隆年間") == "乾隆年间"


def test_offsets_point_each_folded_character_back_to_the_original():
    folded, offsets = fold_with_offsets("㈠經濟")

    assert folded == "(一)经济"
    assert offsets == [0, 0, 0, 1, 2]
    start = folded.index("经济")
    assert "㈠經濟"[offsets[start] :] == "經濟"


def test_quick_narrowing_gives_exactly_what_nfkc_gives():
    text = "Ａ\u0301ｂｃ\u3000\u00a0１２％…㈠ｶﾞ（經濟）"
    assert fold(text) == opencc.OpenCC("t2s").convert(unicodedata.normalize("NFKC", text))


def test_offsets_of_one_for_one_text_keep_the_phrase_table():
    folded, offsets = fold_with_offsets("乾隆年間，經濟")

    assert folded == "乾隆年间,经济"
    assert offsets == list(range(7))


def test_offsets_of_text_that_folding_lengthens_still_point_back():
    text = "經濟……發展"
    folded, offsets = fold_with_offsets(text)

    assert folded == "经济......发展"
    assert text[offsets[folded.index("发展")] :] == "發展"


def test_variants_are_the_characters_that_fold_to_one():
    assert set(variants("发")) == {"发", "發", "髮"}
    assert all(fold(v) == "经" for v in variants("经"))
    assert variants("a") == "a"
