"""The reading of a drawn gauge: the slice of a dial its needle points into.

Why: a dashboard may rate each action by a speedometer dial, a half circle of slices in the
status colours, every slice's word printed round every dial; the needle, a straight stroke
from the dial's hub, is the only thing that says which one applies. The slice it points into
gives the dial its colour, as a RAG cell's fill gives its cell's: the reader adds the dial's
box, in that slice's colour, to the page's fills, and the table readers read it as they read
a cell painted in a status colour. A dial with no needle (a grey one: not started) reads as
no colour.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from plantrace.pipeline.document import BBox, boxes_bbox

Point = tuple[float, float]
Sector = tuple[BBox, str, tuple[Point, ...]]  # box, fill, the path's points (page, top down)

_TOUCH = 1.5  # points: slices of one dial share their edges (a stroke's width apart at most)
_HUB = 3.0  # points: a needle starts this near the point the dial's slices share
_SAME = 0.75  # points: two slices' corners this close are one point (the hub)


def gauge_fills(
    sectors: Sequence[Sector],
    needles: Sequence[tuple[Point, Point]],
    upright: Sequence[tuple[Point, Point]] = (),
) -> list[tuple[BBox, str]]:
    """Each dial that a needle points into, as (the dial's box, the colour of the slice the
    needle points into); dials with no needle give nothing. upright: strokes read as rulings
    (within a degree or two of upright or flat), asked only for a dial no slanted stroke
    starts at: a needle pointing straight up or along the base is one, but so may be a rule
    drawn out from the hub, and a slanted needle beside it says more."""
    if not sectors or not (needles or upright):
        return []
    out: list[tuple[BBox, str]] = []
    for group in dials(sectors):
        hub = _hub(group)
        if hub is None:
            continue
        angle = _needle_angle(hub, needles)
        if angle is None and not _starts_at(hub, needles):
            angle = _needle_angle(hub, upright)
        if angle is None:
            continue
        hit = next((s for s in group if _within(angle, _span(hub, s))), None)
        if hit is not None:
            out.append((boxes_bbox([s[0] for s in group]), hit[1]))
    return out


def dials(sectors: Sequence[Sector]) -> list[list[Sector]]:
    """The slices grouped into dials: slices whose boxes touch, two or more to a dial."""
    groups: list[tuple[BBox, list[Sector]]] = []
    for s in sectors:
        for k, (box, members) in enumerate(groups):
            if _touch(box, s[0]):
                groups[k] = (boxes_bbox([box, s[0]]), [*members, s])
                break
        else:
            groups.append((s[0], [s]))
    return [members for _, members in groups if len(members) >= 2]


def _hub(group: Sequence[Sector]) -> Point | None:
    """The point every slice of the dial is drawn from: the corner most of them share."""
    counts: Counter[tuple[int, int]] = Counter()
    for _, _, pts in group:
        counts.update({(round(x / _SAME), round(y / _SAME)) for x, y in pts})
    if not counts:
        return None
    (kx, ky), n = counts.most_common(1)[0]
    return (kx * _SAME, ky * _SAME) if n >= 2 else None


def _needle_angle(hub: Point, needles: Sequence[tuple[Point, Point]]) -> float | None:
    """The angle (degrees, counter-clockwise from the right, as drawn) a needle drawn from the
    hub points at; None where no stroke starts at the hub, or two point different ways."""
    angles = set()
    for a, b in needles:
        for start, end in ((a, b), (b, a)):
            if math.dist(start, hub) <= _HUB and math.dist(end, hub) > _HUB:
                angles.add(round(_angle(hub, end), 1))
    return angles.pop() if len(angles) == 1 else None


def _starts_at(hub: Point, strokes: Sequence[tuple[Point, Point]]) -> bool:
    return any(math.dist(a, hub) <= _HUB or math.dist(b, hub) <= _HUB for a, b in strokes)


def _angle(hub: Point, pt: Point) -> float:
    return math.degrees(math.atan2(hub[1] - pt[1], pt[0] - hub[0]))  # the page's y runs down


def _span(hub: Point, sector: Sector) -> tuple[float, float]:
    """The angles a slice covers from the hub (its points' angles, the hub's own left out)."""
    angles = [_angle(hub, p) for p in sector[2] if math.dist(p, hub) > _HUB]
    if not angles:
        return (0.0, -1.0)
    if max(angles) - min(angles) > 180.0:  # it crosses the left: count round from 0 to 360
        angles = [a % 360.0 for a in angles]
    return (min(angles), max(angles))


def _within(angle: float, span: tuple[float, float]) -> bool:
    lo, hi = span
    return any(lo <= a <= hi for a in (angle, angle % 360.0))


def _touch(a: BBox, b: BBox) -> bool:
    return (
        a[0] - _TOUCH <= b[2]
        and b[0] - _TOUCH <= a[2]
        and a[1] - _TOUCH <= b[3]
        and b[1] - _TOUCH <= a[3]
    )
