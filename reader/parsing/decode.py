"""Bytes to text: BOM, UTF-8, declared charset, GB18030 or Big5, Japanese, Korean, or an error."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader.cjk import KANA
from reader.parsing.errors import ParseError
from reader.parsing.vocabulary import HAN

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs"}

# The most frequent characters of Chinese newspaper text, simplified and traditional.
# A wrong decoding of GB or Big5 bytes yields rare characters instead, so the share of
# these tells the right codec apart.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
    "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实"
    "加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样"
    "与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
    "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
    "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研报记"
    "市省讯县镇村区委书记会议经济发展工作建设企业项目服务群众人民政府全国北京上海记者通讯员"
    "這個為們來時對會說發動過種後學實點從業應開還與關數問題黨總質術論運農區強決戰處據報記訊縣"
    "議經濟發展設務眾國聞導華臺灣"
)
_CJK = re.compile(f"[{HAN}]")
# Below this share of common characters a Chinese decoding is in doubt: Japanese or Korean
# bytes read as GB18030 give rare characters. Real Chinese text, even a short classical
# one, scores far above it.
_DOUBTFUL = 0.25
# With this many ideographs and no other reading, a decoding this poor is mojibake.
_IMPLAUSIBLE = 0.1
_ENOUGH_TO_JUDGE = 20
# The encodings of Japanese and Korean text that read as GB18030 or Big5 without an error.
_OTHER_CJK = ("shift_jis", "cp932", "euc_jp", "iso2022_jp", "euc_kr", "cp949", "iso2022_kr")
_KANA = re.compile(f"[{KANA}]")
# UTF-8 with at most one spoiled character in this many is damaged UTF-8, not another code.
_DAMAGE_RATIO = 1000
_SPOILED = re.compile("\ufffd+")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def decode(data: bytes, *, html: bool = False) -> str:
    """Decode a file's bytes as FORMATS.md says, or raise ParseError naming the problem."""
    if not data.strip():
        raise ParseError("the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ParseError(f"the file starts with a {codec} mark but is not {codec}") from err
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data[:65536]:
        raise ParseError("this is a binary file, not a newspaper page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    if html:
        declared = _declared_charset(data)
        if declared:
            try:
                return data.decode(declared)
            except (UnicodeError, LookupError):  # "undefined" is a codec that always fails
                pass
    return _decode_chinese(data)


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a byte or two spoiled (a file cut inside a character, a bad sector): the
    rest is read and the spoiled bytes shown as �. Text in another encoding breaks UTF-8's
    rules at nearly every character, far above this share."""
    text = data.decode("utf-8", errors="replace")
    spoiled = len(_SPOILED.findall(text))
    wide = sum(1 for ch in text[:65536] if ord(ch) > 0x7F and ch != "\ufffd")
    if spoiled <= max(2, len(text) // _DAMAGE_RATIO) and wide >= 10 * spoiled:
        return text
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes, and a strict decoding that reads as text."""
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(codec)().decode(data[:8192])
        except UnicodeDecodeError:
            continue
        odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
        odd -= sum(text.count(ch) for ch in "\t\r\n\f")
        if odd <= len(text) * 0.01:
            return codec
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    name = _ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    # A page that reads as single bytes is in no UTF-16 or UTF-7, whatever it says (as
    # browsers hold too); and rot13 or base64 are no text encodings of a page.
    if not codec._is_text_encoding or codec.name.startswith(("utf-16", "utf-32", "utf-7")):
        return None
    return codec.name


def _decode_chinese(data: bytes) -> str:
    candidates = []
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), codec, text))
    western = _decode_western(data, max(candidates)[0] if candidates else 0.0)
    if western is not None:
        return western
    score, _, text = max(candidates) if candidates else (0.0, "", "")
    if score < _DOUBTFUL:
        other = _japanese_or_korean(data)
        if other is not None:
            return other
    if not candidates:
        raise ParseError(
            "the text encoding is not recognised (tried UTF-8, UTF-16, GB18030 and Big5)"
        )
    if score < 0.02 and _looks_binary(text):
        raise ParseError("this is a binary file, not a newspaper page")
    if score < _IMPLAUSIBLE and len(_CJK.findall(text[:20000])) >= _ENOUGH_TO_JUDGE:
        raise ParseError(
            "the text encoding is not recognised: read as GB18030 or Big5 it makes no "
            "Chinese, and it is not Japanese or Korean either (save the file as UTF-8)"
        )
    return text


def _japanese_or_korean(data: bytes) -> str | None:
    """Japanese or Korean text (Shift_JIS, EUC-JP, EUC-KR…) that GB18030 would turn into
    rare characters: the maintained detector names the codec, and the text must then show
    its own script (kana, hangul) to be believed."""
    from charset_normalizer import from_bytes  # only for the few files in doubt

    best = from_bytes(data[:65536], cp_isolation=list(_OTHER_CJK)).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _shows_own_script(text[:20000]) else None


def _shows_own_script(sample: str) -> bool:
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_CJK.findall(sample))
    return hangul >= max(10, han) or kana >= max(10, 0.2 * (kana + han))


def _decode_western(data: bytes, chinese_score: float) -> str | None:
    """English text saved as Windows-1252: mostly ASCII, a few curly quotes or accents."""
    high = sum(1 for byte in data[:65536] if byte >= 0x80)
    if chinese_score >= 0.3 or high > len(data[:65536]) * 0.1:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common ones; higher means a likelier decoding."""
    sample = text[:20000]
    cjk = _CJK.findall(sample)
    if not cjk:
        return 0.0
    return sum(ch in _COMMON for ch in cjk) / len(cjk)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > len(sample) * 0.05
