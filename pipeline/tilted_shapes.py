"""Shapes drawn turned a little: a card, note or box rotated off the page's axes.

Why: web pages and whiteboard exports tilt cards for a hand-made look (a sticky note turned a
degree or so with CSS rotate). A PDF reader sees such a card as a four-cornered path whose
corners are not axis-aligned; its straight bounding box is wider and taller than the card, and
overlaps the bounding boxes of its neighbours. Turned into rulings, those boxes cut a row of
cards into a grid of many narrow columns that mixes the cards' words, and a table is read from
a drawing nobody sees as one. A tilted card is one card: its sides are no table rulings, and
its words are read as the card reader reads any box of lines (extractors.card_grid), from the
lines' own geometry. Only the rulings are left out; the card's fill (its status colour) is kept.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# degrees: a rectangle's side turned more than this from the page's axes is tilted (a straight
# box's points differ by rounding only, far less)
_MIN_TILT = 0.3
# degrees: turned more than this, the shape is no tilted card (a diamond, a rotated label)
_MAX_TILT = 20.0
_MIN_SIDE = 12.0  # points: a side shorter than this is no card's side (a dash, a tick)


def tilted_rectangle(points: Sequence[tuple[float, float]]) -> bool:
    """Whether the path's points (its corners in page coordinates, in drawing order) draw a
    rectangle turned slightly off the page's axes: each long side slants by more than rounding
    and by less than a turned label's angle."""
    corners = _distinct(points)
    if len(corners) != 4:
        return False
    slants = []
    for (x0, y0), (x1, y1) in zip(corners, [*corners[1:], corners[0]], strict=True):
        dx, dy = x1 - x0, y1 - y0
        if math.hypot(dx, dy) < _MIN_SIDE:
            return False
        angle = math.degrees(math.atan2(abs(dy), abs(dx)))
        slants.append(min(angle, 90.0 - angle))  # off the nearer axis
    return all(_MIN_TILT < s <= _MAX_TILT for s in slants)


def _distinct(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points with a closing point that repeats the first (or its neighbour) left out."""
    out: list[tuple[float, float]] = []
    for p in points:
        if out and math.dist(p, out[-1]) < 0.5:
            continue
        out.append(p)
    if len(out) > 1 and math.dist(out[0], out[-1]) < 0.5:
        out.pop()
    return out


# points: a backdrop's sides stand at most this far outside the tilted card's straight box (a
# box-shadow's blur and offset)
_SHADOW_REACH = 10.0


def shadow_of(
    backdrop: tuple[float, float, float, float], card: tuple[float, float, float, float]
) -> bool:
    """Whether a straight filled rectangle drawn just before a tilted card is the card's shadow:
    it encloses the card's straight box, reaching no more than a blur's width past it on any
    side. A browser paints a box-shadow as such a rectangle (the blur is a mask on it); its
    sides are no more a table's rulings than the card's own."""
    return all(
        0.0 <= reach <= _SHADOW_REACH
        for reach in (
            card[0] - backdrop[0],
            card[1] - backdrop[1],
            backdrop[2] - card[2],
            backdrop[3] - card[3],
        )
    )
