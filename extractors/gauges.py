"""Gauges drawn in a table's cells: a half circle of filled slices (a speedometer dial), one
per row, its segment words printed round its arc.

Why: a dashboard may give each action's status as a dial in the row's last cell. Its slices
are no cell's edges or shading (the reader keeps them apart: Page.sectors), but the dial is
taller than the row's text, so the rows stand further apart than an unruled table's rows do,
and the dial's words, set small round every dial, stand between the rows: read as text they
ended the table at its first row (a size change, a wide gap) or became cells of their own.
A dial fills the height it stands in, and its words are its drawing's labels, not the row's.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import BBox, Line, Page

_TOUCH = 1.5  # points: slices of one dial share their edges (a stroke's width apart at most)
_MIN_SLICES = 2  # a gauge is drawn of this many slices at least (one slice: a pie's wedge alone)
_REACH = 0.5  # of a gauge's height: its words stand round its arc and under its hub this far
_SMALLER = 1.2  # points: a label is set this much smaller than the text beside the gauge


def gauge_boxes(page: Page) -> list[BBox]:
    """The boxes of the page's gauges: slices that touch, joined, where two slices or more
    make one drawing. Pages with no slices (all but a few) cost a list read."""
    if page.tables is not None:
        return []
    _ = page.rulings  # the slices are read with the rulings
    if len(page.sectors) < _MIN_SLICES:
        return []
    groups: list[tuple[BBox, int]] = []
    for box, _colour in sorted(page.sectors, key=lambda s: (s[0][1], s[0][0])):
        for k, (g, n) in enumerate(groups):
            if _touch(g, box):
                groups[k] = (_union(g, box), n + 1)
                break
        else:
            groups.append((box, 1))
    return [g for g, n in groups if n >= _MIN_SLICES]


def gauge_labels(lines: Sequence[Line], gauges: Sequence[BBox]) -> set[int]:
    """The ids of the lines that are a gauge's words: set smaller than the page's text and
    standing within the gauge's reach (round its arc, under its hub). Why: the same words are
    printed round every dial, one set per row; as text they are no cell of any row."""
    if not gauges or not lines:
        return set()
    body = _body_size(lines)
    out: set[int] = set()
    for ln in lines:
        if ln.font_size > body - _SMALLER:
            continue
        if any(_within_reach(ln.bbox, g) for g in gauges):
            out.add(id(ln))
    return out


def gauge_rows(lines: Sequence[Line], gauges: Sequence[BBox]) -> list[BBox]:
    """Each gauge's box widened left over the text level with it: the row it stands in. Why:
    the gap a dial fills is its row's, across the row, while a box beside a region's text (in
    another column of the page) fills none of its gaps (plan_columns._gap)."""
    out: list[BBox] = []
    for g in gauges:
        reach = g[1] - (g[3] - g[1])  # a row's first line may stand over its dial's arc
        level = [ln.x0 for ln in lines if reach < (ln.top + ln.bottom) / 2 < g[3] and ln.x0 < g[0]]
        out.append((min(level, default=g[0]), g[1], g[2], g[3]))
    return out


def _body_size(lines: Sequence[Line]) -> float:
    """The size most of the page's characters are set in."""
    weights: dict[float, int] = {}
    for ln in lines:
        size = round(ln.font_size, 1)
        weights[size] = weights.get(size, 0) + len(ln.text)
    return max(weights, key=lambda s: weights[s])


def _within_reach(box: BBox, gauge: BBox) -> bool:
    pad = (gauge[3] - gauge[1]) * _REACH
    return (
        box[0] >= gauge[0] - 2 * pad
        and box[2] <= gauge[2] + 2 * pad
        and box[1] >= gauge[1] - pad
        and box[3] <= gauge[3] + pad
    )


def _touch(a: BBox, b: BBox) -> bool:
    return (
        a[0] - _TOUCH <= b[2]
        and b[0] - _TOUCH <= a[2]
        and a[1] - _TOUCH <= b[3]
        and b[1] - _TOUCH <= a[3]
    )


def _union(a: BBox, b: BBox) -> BBox:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
