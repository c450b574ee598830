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

from plantrace.pipeline.document import BBox, Line, Page, boxes_bbox
from plantrace.pipeline.gauge_needles import dials

_REACH = 0.5  # of a gauge's height: its words stand round its arc and under its hub this far
_SMALLER = 1.2  # points: a label is set this much smaller than the text beside the gauge


def gauge_boxes(page: Page) -> list[BBox]:
    """The boxes of the page's gauges: slices that touch, joined, where two slices or more
    make one drawing (gauge_needles.dials). Pages with no slices (all but a few) cost a list
    read."""
    if page.tables is not None:
        return []
    _ = page.rulings  # the slices are read with the rulings
    if len(page.sectors) < 2:
        return []
    return [boxes_bbox([s[0] for s in group]) for group in dials(page.sectors)]


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
        lines_top = min(
            (ln.top for ln in lines if reach < (ln.top + ln.bottom) / 2 < g[3]), default=g[1]
        )
        out.append((min(level, default=g[0]), min(lines_top, g[1]), g[2], g[3]))
    return out


def stretch_readings(page: Page, rows: Sequence[BBox], gauges: Sequence[BBox]) -> None:
    """A dial's reading (the fill in its needle's slice's colour, gauge_needles) stretched up
    over its row's text: the dial stands in the row's lower part, under its row's first line,
    and a cell is painted by a fill under most of it (tables.paint), so read as the dial's
    box alone it painted no cell. rows: each gauge's row (gauge_rows), in the gauges' order."""
    tops = {g: r[1] for g, r in zip(gauges, rows, strict=True)}
    page.fills = [(_stretched(box, tops), colour) for box, colour in page.fills]


def _stretched(box: BBox, tops: dict[BBox, float]) -> BBox:
    top = tops.get(box)
    return box if top is None else (box[0], min(top, box[1]), box[2], box[3])


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
