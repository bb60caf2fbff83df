"""Encodings are recognised without the reader naming them; bad bytes give a clear error."""

import codecs

import pytest

from reader.parsing.decode import decode
from reader.parsing.errors import ParseError

SIMPLIFIED = "本报讯 市政府召开常务会议，研究部署夏季防汛工作。会议强调，要统筹做好城市运行保障。"
TRADITIONAL = "本報訊 市政府召開常務會議，研究部署夏季防汛工作。會議強調，要統籌做好城市運行保障。"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (SIMPLIFIED.encode("utf-16"), SIMPLIFIED),
        (("Page 1 NEWS\n" + SIMPLIFIED).encode("utf-16-le"), "Page 1 NEWS\n" + SIMPLIFIED),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "big5", "utf16-bom", "utf16le-no-bom"],
)
def test_recognises_encoding(data, expected):
    assert decode(data) == expected


def test_utf8_page_that_declares_gb2312_is_utf8():
    page = f'<meta charset="gb2312"><p>{SIMPLIFIED}</p>'
    assert SIMPLIFIED in decode(page.encode("utf-8"), html=True)


def test_declared_charset_is_used_when_not_utf8():
    page = f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>{SIMPLIFIED}'
    assert SIMPLIFIED in decode(page.encode("gb18030"), html=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"  \n\r\n ", "empty"), (bytes(range(256)) * 4, "binary")],
)
def test_bad_input_is_named(data, message):
    with pytest.raises(ParseError, match=message):
        decode(data)


JAPANESE = "本日、市議会は新しい図書館の建設計画を承認しました。工事は来年の春に始まる予定です。"
KOREAN = "시의회는 오늘 새 도서관 건설 계획을 승인했다. 공사는 내년 봄에 시작될 예정이다."


@pytest.mark.parametrize(
    ("text", "codec"),
    [(JAPANESE, "shift_jis"), (JAPANESE, "euc_jp"), (KOREAN, "euc_kr"), (KOREAN, "cp949")],
)
def test_japanese_and_korean_are_not_read_as_chinese(text, codec):
    assert decode(text.encode(codec)) == text


def test_short_chinese_is_still_read_by_its_own_detector():
    for line in ("新华社北京电", "市政府召开常务会议", "要闻快览"):
        assert decode(line.encode("gb18030")) == line
    for line in ("新華社北京電", "市政府召開常務會議", "要聞快覽"):
        assert decode(line.encode("big5")) == line


def test_bytes_that_read_as_no_language_are_refused_in_words():
    rare = "㐀㐁㐂㐃㐄㐅㐆㐇㐈㐉㐊㐋㐌㐍㐎㐏㐐㐑㐒㐓㐔㐕㐖㐗" * 2  # rare ideographs only
    with pytest.raises(ParseError, match="encoding is not recognised"):
        decode(rare.encode("gb18030"))


def test_utf8_cut_inside_a_character_or_with_a_spoiled_byte_is_still_read():
    data = (SIMPLIFIED * 4).encode("utf-8")
    assert decode(data[:-1]) == (SIMPLIFIED * 4)[:-1] + "\ufffd"
    spoiled = bytearray(data)
    spoiled[40] = 0xFF
    text = decode(bytes(spoiled))
    assert text.startswith(SIMPLIFIED[:10]) and text.endswith(SIMPLIFIED[-10:])
    assert "\ufffd" in text
