"""The text layer of a PDF page: glyphs with their place and size, gathered into lines."""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.cjk import CJK_TEXT

_CJK = re.compile(f"[{CJK_TEXT}]")
_SKIPPED = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
# Fonts made from one design for Chinese and Japanese often map the glyph of 日 or 月 to the
# Kangxi radical that looks the same (⽇, ⽉): read them as the characters they print.
_RADICALS = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
    if len(unicodedata.normalize("NFKC", chr(code))) == 1
    and unicodedata.normalize("NFKC", chr(code)) != chr(code)
} | str.maketrans(  # supplement radicals that Unicode does not fold, though they print alike
    "⺊⺎⺐⺒⺓⺛⺜⺝⺠⺩⺬⺯⺻⺼⺽⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰",
    "卜兀尢巳幺旡日月民王示糸聿月臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙",
)
_SPACES = " \u3000\u00a0"
# Glyphs on one baseline: within this share of the font size.
_SAME_BASELINE = 0.35
# A gap wider than this parts two columns (or a wide word space, which the reading order
# puts back together): at most an em, and less in large type, as gutters do not grow with it
# (two headlines side by side may be a 12-point gutter apart).
_COLUMN_GAP = 1.0
_GUTTER_SHARE, _GUTTER_POINTS = 0.35, 2.0
_SPACE_GAP = 0.2
# A font size this many times another is a different kind of text (headline, body, caption).
_OTHER_SIZE = 1.2


@dataclass(slots=True)
class Line:
    """A run of glyphs on one baseline and in one column, in page points from the top left."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    spaced: bool = False  # a space character comes before it

    @property
    def top(self) -> float:
        return self.baseline - 0.85 * self.size

    @property
    def bottom(self) -> float:
        return self.baseline + 0.15 * self.size


@dataclass(slots=True)
class TextLayer:
    """What a page's text layer holds: its lines, and whether the text can be read at all."""

    width: float
    height: float
    lines: list[Line]
    readable: bool


def read_page(page: pdfium.PdfPage) -> TextLayer:
    """The page's lines; `readable` is False for a scan or fonts without a text map."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        text = _text(textpage)
        pieces = _pieces(textpage, text, height)
    finally:
        textpage.close()
    return TextLayer(width, height, _mended(pieces), _readable(_SKIPPED.sub("", text)))


def _text(textpage: pdfium.PdfTextPage) -> str:
    """One character per glyph index: the page's text read in one call where it can be."""
    count = textpage.count_chars()
    if count <= 0:
        return ""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    pointer = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    written = raw.FPDFText_GetText(textpage.raw, 0, count, pointer)
    text = buffer.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="replace")
    if len(text) != count:
        # Characters beyond the basic plane take two UTF-16 units: ask glyph by glyph.
        text = "".join(
            chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(count)
        )
    return text.translate(_RADICALS)


class _Run:
    """Glyphs drawn one after another along one baseline: a line, or a piece of one."""

    __slots__ = ("baseline", "chars", "size", "spaced", "x0", "x1")

    def __init__(self, char: str, x0: float, x1: float, baseline: float, size: float, spaced: bool):
        self.chars = [char]
        self.x0, self.x1, self.baseline, self.size, self.spaced = x0, x1, baseline, size, spaced

    def line(self) -> Line:
        return Line("".join(self.chars), self.x0, self.x1, self.baseline, self.size, self.spaced)


def _pieces(textpage: pdfium.PdfTextPage, text: str, height: float) -> list[Line]:
    """Runs of glyphs in the order the page draws them, cut where a glyph does not follow
    the one before along its line (another line, a gutter, another size)."""
    handle = textpage.raw
    char_box, origin, font_size, char_matrix = (
        raw.FPDFText_GetLooseCharBox,
        raw.FPDFText_GetCharOrigin,
        raw.FPDFText_GetFontSize,
        raw.FPDFText_GetMatrix,
    )
    box, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    cjk, skipped = _CJK.match, _SKIPPED.match
    runs: list[_Run] = []
    run: _Run | None = None
    spaced = False
    for i, char in enumerate(text):
        if skipped(char):
            # A space the page sets (本报记者　王蕾), not one PDFium made up at a line's end.
            typed = char in _SPACES and not raw.FPDFText_IsGenerated(handle, i)
            spaced = spaced or typed
            continue
        char_box(handle, i, box)
        origin(handle, i, x, y)
        char_matrix(handle, i, matrix)
        # Some makers set every glyph at size 1 and scale it by the text matrix.
        size = font_size(handle, i) * abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        x0, baseline = x.value, height - y.value
        x1 = max(box.right, x0 + 0.3 * size)
        if run is not None and _follows(run, x0, baseline, size):
            gap = x0 - run.x1
            if spaced or (gap > _SPACE_GAP * size and not (cjk(run.chars[-1]) and cjk(char))):
                run.chars.append(" ")
            run.chars.append(char)
            run.x1 = max(run.x1, x1)
        else:
            run = _Run(char, x0, x1, baseline, size, spaced)
            runs.append(run)
        spaced = False
    return [r.line() for r in runs]


def _follows(run: _Run, x0: float, baseline: float, size: float) -> bool:
    small, large = (run.size, size) if run.size <= size else (size, run.size)
    return (
        abs(baseline - run.baseline) <= _SAME_BASELINE * small
        and large <= _OTHER_SIZE * small
        and -0.5 * small <= x0 - run.x1 <= _widest_gap(small)
    )


def _widest_gap(size: float) -> float:
    """The widest white that still leaves two glyphs of this size on one line of a column."""
    return min(_COLUMN_GAP * size, _GUTTER_SHARE * size + _GUTTER_POINTS)


def _mended(pieces: list[Line]) -> list[Line]:
    """Pieces of one line drawn apart (a page drawn glyph by glyph, out of order) joined."""
    out: list[Line] = []
    row: list[Line] = []
    for piece in sorted(pieces, key=lambda p: (p.baseline, p.x0)):
        if row and abs(piece.baseline - row[0].baseline) > _SAME_BASELINE * row[0].size:
            out += _joined_row(row)
            row = []
        row.append(piece)
    return out + _joined_row(row)


def _joined_row(row: list[Line]) -> list[Line]:
    row.sort(key=lambda p: p.x0)
    out = row[:1]
    for piece in row[1:]:
        last = out[-1]
        small, large = sorted((last.size, piece.size))
        gap = piece.x0 - last.x1
        if -0.5 * small <= gap <= _widest_gap(small) and large <= _OTHER_SIZE * small:
            out[-1] = joined(last, piece)
        else:
            out.append(piece)
    return out


def same_row(a: Line, b: Line) -> bool:
    """Two pieces of one printed line: one baseline, one size, `b` to the right of `a`."""
    small, large = sorted((a.size, b.size))
    near = abs(a.baseline - b.baseline) <= _SAME_BASELINE * small
    return near and large <= _OTHER_SIZE * small and b.x0 >= a.x1 - 0.5 * small


def joined(a: Line, b: Line) -> Line:
    """`b` put after `a` on one line, a space between them unless both are Chinese (and no
    space character parts them)."""
    chinese = _CJK.match(a.text[-1]) and _CJK.match(b.text[0])
    text = a.text + b.text if chinese and not b.spaced else f"{a.text} {b.text}"
    return Line(text, a.x0, max(a.x1, b.x1), a.baseline, max(a.size, b.size), a.spaced)


def _readable(chars: str) -> bool:
    """Enough characters, most of them real letters: not a scan, not glyph codes without
    a text map (which come out as private-use or Latin-1 garbage)."""
    if len(chars) < 10:
        return False
    garbled = sum(1 for c in chars if _garbled(c))
    return garbled <= 0.2 * len(chars)


def _garbled(char: str) -> bool:
    code = ord(char)
    return 0xE000 <= code < 0xF900 or code == 0xFFFD or 0x80 <= code < 0x250
