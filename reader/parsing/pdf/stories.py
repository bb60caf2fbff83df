"""A printed page's lines in reading order -> its stories: headlines by size, then the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.cjk import CJK_TEXT
from reader.parsing.conventions import Part, classify, credits, ends_sentence, tidy
from reader.parsing.html.records import Story
from reader.parsing.pdf.layout import DISPLAY_SIZE, Placed, typical_size
from reader.parsing.pdf.textlayer import Line

# A line starting this far in from its column's left edge opens a paragraph; one ending this
# far short of the right edge closes one (in font sizes).
_INDENT = 0.7
_SHORT = 1.5
_STANDS_ALONE = 0.6  # of its column's width
# The lines read just before a line, and after it, that tell the size of the text there
_BEFORE, _AFTER = 3, 8
_AREA_PADDING = 2.0  # points around the text, so an outline does not touch it
_CJK_END = re.compile(f"[{CJK_TEXT}]$")
_CJK_START = re.compile(f"^[{CJK_TEXT}]")


@dataclass
class _Draft:
    headline: list[Placed]
    body: list[Placed] = field(default_factory=list)


def page_stories(placed: list[Placed], page: str | None) -> list[Story]:
    """The stories of one page, in reading order, each with the areas it is printed in."""
    if not placed:
        return []
    display = _display(placed)
    drafts: list[_Draft] = []
    i = 0
    while i < len(placed):
        if display[i]:
            j = i
            while j < len(placed) and display[j]:
                j += 1
            drafts.append(_Draft(placed[i:j]))
            i = j
            continue
        if not drafts:
            drafts.append(_Draft([]))  # text before the first headline: the rest of a story
        drafts[-1].body.append(placed[i])
        i += 1
    stories = [_story(draft, page) for draft in drafts]
    return [s for s in stories if s is not None]


def _display(placed: list[Placed]) -> list[bool]:
    """Which lines are display type: set larger than the text read just before them and
    than what follows them. Stories on one page may be set in text of different sizes, so a
    line is measured against its neighbours, not against the page."""
    lines = [p.line for p in placed]
    flags: list[bool] = []
    text: list[Line] = []  # the lines read so far that are not display type
    for i, line in enumerate(lines):
        sizes = [typical_size(text[-_BEFORE:])] if text else []
        # the smallest that follows within a few lines: a headline's text, not its other lines
        sizes += [min(a.size for a in lines[i + 1 : i + 1 + _AFTER])] if i + 1 < len(lines) else []
        shown = bool(sizes) and all(line.size >= DISPLAY_SIZE * size for size in sizes)
        flags.append(shown)
        if not shown:
            text.append(line)
    return flags


def _story(draft: _Draft, page: str | None) -> Story | None:
    kicker, title, subtitle = _headline(draft.headline)
    texts: list[str] = []
    captions: list[str] = []
    for paragraph in body_paragraphs(draft.body):
        part, _ = classify(paragraph)
        (captions if part is Part.CAPTION else texts).append(paragraph)
    byline, dateline, paragraphs = credits(texts)
    if not title and not paragraphs:
        return None
    return Story(
        title=title or _untitled(paragraphs),
        kicker=kicker,
        subtitle=subtitle,
        byline=byline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        page=page,
        areas=[(page or "", rect) for rect in _areas(draft)],
    )


def _headline(lines: list[Placed]) -> tuple[str | None, str, str | None]:
    """Kicker, title and subtitle: the title is the run of the largest lines."""
    if not lines:
        return None, "", None
    largest = max(p.line.size for p in lines)
    first = next(i for i, p in enumerate(lines) if p.line.size >= 0.93 * largest)
    end = first
    while end < len(lines) and lines[end].line.size >= 0.93 * largest:
        end += 1
    kicker, title, subtitle = lines[:first], lines[first:end], lines[end:]
    return _joined(kicker) or None, _joined(title), _joined(subtitle) or None


def _joined(lines: list[Placed]) -> str:
    text = ""
    for p in lines:
        text = _glue(text, p.line.text)
    return tidy(text)


def body_paragraphs(body: list[Placed]) -> list[str]:
    """Lines joined into paragraphs. Where the story indents its paragraphs, an indent opens
    one (a line ending short may just be set ragged); where it does not, a short line ending
    a sentence closes one. A line far shorter than its column (a byline) stands alone."""
    indented = any(_indented(p) for p in body)
    out: list[str] = []
    before: Placed | None = None
    for p in body:
        if before is None or _opens_paragraph(before, p, indented):
            out.append(p.line.text)
        else:
            out[-1] = _glue(out[-1], p.line.text)
        before = p
    return [tidy(p) for p in out if tidy(p)]


def _indented(p: Placed) -> bool:
    return p.line.x0 - p.left >= _INDENT * p.line.size


def _opens_paragraph(before: Placed, p: Placed, indented: bool) -> bool:
    if _indented(p):
        return True
    small, large = sorted((before.line.size, p.line.size))
    if large > DISPLAY_SIZE * small:
        return True  # a caption under the text, or text under a caption
    line, width = before.line, before.right - before.left
    if line.x1 - before.left < _STANDS_ALONE * width:
        return True
    short = line.x1 < before.right - _SHORT * line.size
    return not indented and short and ends_sentence(line.text)


def _glue(text: str, line: str) -> str:
    """`line` put after `text`: hyphenated words mended, a space only between Latin words."""
    if not text:
        return line
    if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
        return text[:-1] + line
    if _CJK_END.search(text) or _CJK_START.match(line):
        return text + line
    return f"{text} {line}"


def _untitled(paragraphs: list[str]) -> str:
    """Text without a headline (the rest of a story from another page) still needs a name."""
    opening = paragraphs[0] if paragraphs else ""
    return opening[:20] + ("…" if len(opening) > 20 else "")


def _areas(draft: _Draft) -> list[tuple[float, ...]]:
    """One rectangle per column the story is set in, as a polygon in page points."""
    boxes: dict[int, list[float]] = {}
    for p in [*draft.headline, *draft.body]:
        line = p.line
        box = boxes.setdefault(p.column, [line.x0, line.top, line.x1, line.bottom])
        box[:] = [
            min(box[0], line.x0),
            min(box[1], line.top),
            max(box[2], line.x1),
            max(box[3], line.bottom),
        ]
    pad = _AREA_PADDING
    return [
        tuple(round(v, 1) for v in (x0 - pad, y0 - pad, x1 + pad, y0 - pad, x1 + pad, y1 + pad))
        + tuple(round(v, 1) for v in (x0 - pad, y1 + pad))
        for x0, y0, x1, y1 in boxes.values()
    ]
