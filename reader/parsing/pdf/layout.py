"""Reading order of a printed page: cut it along its white gaps, blocks first, then columns."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from reader.parsing.pdf.textlayer import Line, joined, same_row

# A white band across a region at least this tall (in font sizes) parts two blocks (stories,
# a headline and its text); narrower bands are the leading between lines.
BLOCK_GAP = 0.8
# A white band down a region at least this wide parts two columns.
COLUMN_GAP = 0.6
# Set this many times the size of the text, a line is display type: a headline, or a kicker
# or subtitle beside one.
DISPLAY_SIZE = 1.2
# Pieces of a row this close (in font sizes) are one line: a typed full-width space is one.
_SPACE_IN_ROW = 1.2
# Several gaps this close to the widest are cut at once (three columns, every line).
_ALIKE = 0.75


@dataclass(frozen=True, slots=True)
class Placed:
    """A line in reading order, with the edges of the run of lines it is set in."""

    line: Line
    left: float
    right: float
    column: int  # lines set in one column share a number


def reading_order(lines: list[Line]) -> list[Placed]:
    """Lines in reading order: XY cuts along the widest gaps, a block's columns left to right."""
    ordered: list[tuple[Line, int]] = []
    # regions still to cut, with their column's number; popped from the end, so pushed reversed
    todo = [(lines, 0)] if lines else []
    columns = 0
    while todo:
        region, column = todo.pop()
        parts, across = _cut(region, typical_size(region))
        if parts is None:
            ordered.extend((line, column) for line in _rows(region))
            continue
        for part in reversed([p for p in parts if p]):
            columns += across
            todo.append((part, columns if across else column))
    return _with_edges(ordered)


def _with_edges(ordered: list[tuple[Line, int]]) -> list[Placed]:
    """Each line with the left and right edges of its run: the lines of one size set one
    under another in one column, as far as the text goes."""
    out: list[Placed] = []
    start = 0
    for end in range(1, len(ordered) + 1):
        if end < len(ordered) and _continues(ordered[end - 1], ordered[end]):
            continue
        run = ordered[start:end]
        left, right = _edges([line for line, _ in run])
        out += [Placed(line, left, right, column) for line, column in run]
        start = end
    return out


def _continues(before: tuple[Line, int], after: tuple[Line, int]) -> bool:
    (a, column_a), (b, column_b) = before, after
    small, large = sorted((a.size, b.size))
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return (
        column_a == column_b
        and b.top >= a.top
        and large <= DISPLAY_SIZE * small
        and overlap >= 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)
    )


def _cut(region: list[Line], size: float) -> tuple[list[list[Line]] | None, bool]:
    """The region cut in parts, and whether the cuts run down it (columns)."""
    if len(region) == 1 or _one_row(region):
        return None, False
    y_gaps = _gaps([(line.top, line.bottom) for line in region])
    x_gaps = _gaps([(line.x0, line.x1) for line in region])
    widest_y = max((g for g, _ in y_gaps), default=0.0)
    widest_x = max((g for g, _ in x_gaps), default=0.0)
    # A white band across the region above a headline (not between the lines of one) ends
    # one story and opens the next;
    # otherwise a white band down the whole region is a gutter: stories side by side (even
    # with their headlines on one line), or the columns of one story.
    display = [line for line in region if line.size >= DISPLAY_SIZE * size]
    tops, bottoms = sorted(line.top for line in display), sorted(line.bottom for line in display)
    above = [
        (g, at)
        for g, at in y_gaps
        if g >= BLOCK_GAP * size and _near(tops, at, size) and not _near(bottoms, at - g, -size)
    ]
    if above:
        return _split(region, above, 0.0, lambda line: line.top), False
    if widest_x >= COLUMN_GAP * size:
        return _split(region, x_gaps, widest_x, lambda line: line.x0), True
    if widest_y >= BLOCK_GAP * size:
        return _split(region, y_gaps, widest_y, lambda line: line.top), False
    if widest_y > 0:
        return _split(region, y_gaps, widest_y, lambda line: line.top), False
    return None, False


def _near(edges: list[float], at: float, within: float) -> bool:
    """Whether one of the sorted `edges` lies between `at` and `at + within`: a headline
    opens the row below a gap (within > 0), or closes the row above it (within < 0)."""
    low, high = sorted((at, at + within))
    i = bisect.bisect_left(edges, low)
    return i < len(edges) and edges[i] <= high


def _one_row(region: list[Line]) -> bool:
    """Pieces of one printed line (a headline set wide, a byline) are never cut apart."""
    first = region[0]
    return all(abs(line.baseline - first.baseline) <= 0.35 * first.size for line in region)


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """White gaps between the spans, as (width, where the next span starts)."""
    gaps = []
    spans.sort()
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach:
            gaps.append((start - reach, start))
        reach = max(reach, end)
    return gaps


def _split(
    region: list[Line], gaps: list[tuple[float, float]], widest: float, at: Callable[[Line], float]
) -> list[list[Line]]:
    cuts = sorted(where for width, where in gaps if width >= _ALIKE * widest)
    parts: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in region:
        parts[bisect.bisect_right(cuts, at(line))].append(line)
    return parts


def _rows(region: list[Line]) -> list[Line]:
    """Lines that no gap parts: top to bottom; the pieces of one row (a wide word space or
    a typed ideographic space parted them) are one line again, not two columns' lines."""
    out: list[Line] = []
    for line in sorted(region, key=lambda line: (line.baseline, line.x0)):
        if out and same_row(out[-1], line) and line.x0 - out[-1].x1 <= _SPACE_IN_ROW * line.size:
            out[-1] = joined(out[-1], line)
        else:
            out.append(line)
    return out


def _edges(region: list[Line]) -> tuple[float, float]:
    return min(line.x0 for line in region), max(line.x1 for line in region)


def typical_size(region: list[Line]) -> float:
    """The font size most of the region's text is set in."""
    weights: dict[float, int] = {}
    for line in region:
        key = round(line.size * 2) / 2
        weights[key] = weights.get(key, 0) + len(line.text)
    return max(weights, key=lambda k: weights[k])
