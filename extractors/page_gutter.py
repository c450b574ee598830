"""Two columns of a page beside ruled pieces, read column by column.

read_layout puts a page's ruled tables and its other lines in one order by height. Where the
page sets its content in two columns with a clear vertical gutter between them (two stacks of
cards side by side, two pyramids of boxes, a ruled piece in one column and text in the other),
that order runs across the gutter: lines level with each other in the two columns are joined
into one paragraph ('Recommendation 2 Recommendation 1'), and one card takes fields from both
columns. The layout module (pipeline/layout.py) splits pages of text into columns the same
way, but its bands are cut by the ruled pieces read_layout takes out before this point.

column_order finds such a gutter among the items read_layout orders: an empty vertical strip
at least MIN_GUTTER points wide in the page's middle half that the fewest items cross (no more
than CROSSING of them). Items that do cross it (a title over both columns, a full-width table)
cut the page into bands; in a band whose two sides are each a column (empty strips GAP_LINES
lines tall or more fill no more than 1 - FILLED of its height: drawn pieces scattered over a
page, a fishbone's fixes round its spine, are no columns) and hold MIN_SIDE items or more, the
left column's items come first, then the right's, each by height, and the right column's first
item is marked as a break: no paragraph runs on across it. A band that opens or closes inside
a paragraph (a side's first item less than a line's height under an item above the band,
overlapping it, or the crossing item that ends it so under one of its items: labels side by
side in a grid's cells, a route map's stops, crossed by one label's long line) is no pair of
columns and keeps the order by height (_cut_paragraph). Nor is a band opened by an item level
with its first lines (_beside): columns run down under the title or table that crosses the
gutter over them; where the crossing item stands beside them, the band is a row of boxes side by
side (an organisation chart's leads, one box's line or ruled body crossing the gutter) and its
"left column" a row of level cells, each box read in turn by height.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

MIN_GUTTER = 12.0  # points of empty strip between the columns
MIN_SIDE = 3  # items on each side of the gutter in a band
STEP = 2.0  # points between the places a gutter is tried at
GAP_LINES = 3.0  # an empty strip this many (median) line heights tall within a column
FILLED = 0.8  # share of a band's height each column fills, less such strips
CROSSING = 0.2  # share of the items that may cross the gutter (titles over both columns)
LINE = 1  # the kind read_layout gives a line of text among its items (0: a table)


def _box(item: Any) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = item.bbox
    return float(x0), float(top), float(x1), float(bottom)


def _gutter(boxes: Sequence[tuple[float, float, float, float]], width: float) -> float | None:
    """The middle of the widest vertical strip, in the page's middle half, that no more items
    cross than one more than the fewest (a title, an intro over both columns may: strips either
    side of the end of a line over them are one gutter); None where more than CROSSING of the
    items cross every strip."""
    if len(boxes) < 2 * MIN_SIDE:
        return None
    xs = [0.25 * width + STEP * i for i in range(int(0.5 * width / STEP) + 1)]
    # the items crossing x: those starting left of it less those ending at or left of it (an
    # item ending there started left of it), counted by bisection, not item by item per strip
    lefts = sorted(b[0] for b in boxes if b[0] < b[2])
    rights = sorted(b[2] for b in boxes if b[0] < b[2])
    counts = [bisect.bisect_left(lefts, x) - bisect.bisect_right(rights, x) for x in xs]
    if min(counts) > CROSSING * len(boxes):
        return None
    least = min(counts) + 1  # one more than the fewest: a title's or an intro's line
    best: tuple[float, float] | None = None
    run: list[float] = []
    for x, n in [*zip(xs, counts, strict=True), (width, -1)]:
        if 0 <= n <= least:
            run.append(x)
            continue
        if run and run[-1] - run[0] >= MIN_GUTTER and (best is None or run[-1] - run[0] > best[0]):
            best = (run[-1] - run[0], (run[0] + run[-1]) / 2)
        run = []
    return best[1] if best is not None else None


def _stacked(
    band: Sequence[tuple[Any, tuple[float, float, float, float]]], g: float, gap: float
) -> bool:
    """Whether each side of the gutter is a column: its items run down the band with empty
    strips taller than `gap` making no more than 1 - FILLED of the band's height (a fishbone's
    fixes, scattered round its spine, leave most of it empty)."""
    top = min(b[1] for _, b in band)
    height = max(b[3] for _, b in band) - top
    for side in ([b for _, b in band if b[2] <= g], [b for _, b in band if b[0] >= g]):
        empty, bottom = 0.0, top
        for b in sorted(side, key=lambda b: b[1]):
            if b[1] - bottom > gap:
                empty += b[1] - bottom
            bottom = max(bottom, b[3])
        if height <= 0 or empty > (1 - FILLED) * height:
            return False
    return True


def _under(low: tuple[float, float, float, float], up: tuple[float, float, float, float],
           line: float) -> bool:  # fmt: skip
    """Whether `low` is the next line of `up`'s paragraph: less than a line's height under it,
    overlapping it across."""
    return 0 <= low[1] - up[3] < line and up[0] < low[2] and low[0] < up[2]


def _cut_paragraph(
    band: Sequence[tuple[tuple[float, int, Any], tuple[float, float, float, float]]],
    g: float,
    seen: Sequence[tuple[float, float, float, float]],
    after: tuple[float, float, float, float] | None,
    line: float,
) -> bool:
    """Whether the band opens or closes inside a paragraph: the first item of a side is the next
    line of an item above the band, or the item crossing the gutter that ends the band
    (`after`) is the next line of one of the band's (lines only: `seen` and `after` are the
    lines' boxes; a table or a box under a line is no line of its paragraph). Labels set in a grid's cells side by side
    (a route map's stops above and below its lines) are crossed here and there by a long line
    of one label, which cuts the bands through the labels: read column by column, a label on
    the right was parted from its first lines above the band, or a label's lines on the left
    from its long line under the band (its text cut in two, half of it read as an action of no
    ref, the others' recommendation taken). Columns cut by a title or a table over both stand
    apart from it."""
    for side in ([e for e in band if e[1][2] <= g], [e for e in band if e[1][0] >= g]):
        (_, kind, _), first = min(side, key=lambda e: e[1][1])
        if kind == LINE and any(_under(first, b, line) for b in seen):
            return True
    return after is not None and any(_under(after, b, line) for it, b in band if it[1] == LINE)


def _beside(
    band: Sequence[tuple[Any, tuple[float, float, float, float]]],
    before: tuple[float, float, float, float] | None,
    line: float,
) -> bool:
    """Whether the item crossing the gutter that opens the band (`before`: a line or a table)
    stands level with the band's first items rather than over them: a side's first item opens
    higher than half a line above its foot. Columns stand under the title or table that crosses
    the gutter over both; an item level with them is one of a row of boxes side by side (an
    organisation chart's three leads, the middle one's line or ruled body crossing the gutter),
    and the band's sides are that row's other boxes, not two columns: read column by column,
    the left side (two boxes' level lines) was taken as one column and the right box's actions
    parted from the row (its lines after a break: refs and links lost)."""
    if before is None:
        return False
    return any(b[1] < before[3] - 0.5 * line for _, b in band)


def column_order(
    items: list[tuple[float, int, Any]], width: float
) -> tuple[list[tuple[float, int, Any]], set[int]]:
    """The items (top, kind, line or table; sorted by height) column by column, where a gutter
    splits them, and the ids of the items that open a right column (a paragraph ends there)."""
    boxes = [_box(it[2]) for it in items]
    g = _gutter(boxes, width)
    if g is None:
        return items, set()
    heights = sorted(b[3] - b[1] for b in boxes)
    gap = GAP_LINES * heights[len(heights) // 2]
    out: list[tuple[float, int, Any]] = []
    breaks: set[int] = set()
    band: list[tuple[tuple[float, int, Any], tuple[float, float, float, float]]] = []

    line = heights[len(heights) // 2]
    seen: list[tuple[float, float, float, float]] = []  # the boxes of the items before the band
    opener: list[tuple[float, float, float, float]] = []  # the crossing item that opened it

    def flush(after: tuple[float, float, float, float] | None = None) -> None:
        left = [it for it, b in band if b[2] <= g]
        right = [it for it, b in band if b[0] >= g]
        if (
            len(left) >= MIN_SIDE
            and len(right) >= MIN_SIDE
            and _stacked(band, g, gap)
            and not _beside(band, opener[-1] if opener else None, line)
            and not _cut_paragraph(band, g, seen, after, line)
        ):
            out.extend(left)
            breaks.add(id(right[0][2]))
            out.extend(right)
        else:
            out.extend(it for it, _ in band)
        seen.extend(b for it, b in band if it[1] == LINE)
        band.clear()

    for it, b in zip(items, boxes, strict=True):
        if b[0] < g < b[2]:  # crosses the gutter: ends the band
            flush(b if it[1] == LINE else None)
            out.append(it)
            opener[:] = [b]
            if it[1] == LINE:
                seen.append(b)
        else:
            band.append((it, b))
    flush()
    return out, breaks
