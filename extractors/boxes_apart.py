"""Boxes drawn side by side, read by their text as one unruled table.

Why: an infographic prints its callout boxes in a row, each a box of a few lines (the action,
then 'Owner: ..', 'Due: .. · Status: ..'), the boxes the same height, so that their lines stand
level with each other across the row. Read by the white space between them (a stream table),
the row is one table whose columns are the boxes and whose header row is a line of each box
(a title's second line): the boxes run together, their fields are lost and an action is read
from the pieces of three (holdout55 rl-callout-infographic 1-002, 1-015, 2-008).

The evidence is drawn: the rules closing the boxes. A stream table is boxes side by side where,
both at its top and at its foot (within SLACK font sizes), the page's horizontal rules over its
width are in pieces standing apart (a gap wider than TOL between them, each at least PIECE
points long), two pieces or more at each, each piece the top of a box (an upright down from
each of its ends, a rounded corner's radius outside it at most, none between its ends), and no
rule lies between those two heights: a
table's rule across its columns is drawn whole (or in abutting pieces, a browser's cell
borders), its column rules cross it (a header row ruled in pieces over a status column left
open), and a table whose cells are each boxed apart (separate cell borders) rules off its rows
between its top and its foot. Such a table is not read: its lines are left
to the card reader, which reads each box as a card.

Pure: reads a page's rulings; no I/O.
"""

from __future__ import annotations

from plantrace.pipeline.document import BBox, Page, Ruling
from plantrace.pipeline.tables import TOL

SLACK = 3.0  # font sizes: a box's rule stands this close above the table's top (or below its foot)
PIECE = 40.0  # points: the shortest side of a box of a few lines of text
CORNER = 16.0  # points: the largest radius of a box's rounded corner (its side stands so far out)
_THIN = 3.0  # points: a rule thicker than this is a filled shape


def boxes_side_by_side(page: Page, bbox: BBox, font: float) -> bool:
    """Whether a stream table (its box, its body's font size) is boxes drawn side by side:
    rules in two pieces or more standing apart both at its top and at its foot."""
    x0, top, x1, bottom = bbox
    reach = SLACK * max(font, 1.0)
    levels = _levels(page, x0, x1, top - reach, bottom + reach)
    above = [y for y, pieces in levels.items() if y <= top + reach and len(pieces) >= 2]
    below = [y for y, pieces in levels.items() if y >= bottom - reach and len(pieces) >= 2]
    if not above or not below or min(above) >= max(below):
        return False
    # no rule between the boxes' top and foot: a row ruled off is a table's, each of its
    # cells boxed apart (a web page's separate cell borders), not a box of a few lines
    upper, lower = min(above), max(below)
    if any(upper + TOL < y < lower - TOL for y in levels):
        return False
    # each piece a box: an upright at each end (a rounded corner's radius off) down from the
    # top rule to the foot, none across it (a table's column rules cross its header's rule)
    uprights = [
        r
        for r in page.rulings
        if r.x1 - r.x0 <= _THIN and r.bottom - r.top >= (lower - upper) / 2
        and r.top <= (upper + lower) / 2 <= r.bottom
    ]  # fmt: skip
    return all(_boxed(a, b, uprights) for a, b in levels[upper])


def _boxed(a: float, b: float, uprights: list[Ruling]) -> bool:
    """Whether the piece of rule from a to b tops a box: an upright at each of its ends (within
    a rounded corner's radius outside it), none between them."""
    xs = [(r.x0 + r.x1) / 2 for r in uprights]
    left = any(a - CORNER - TOL <= x <= a + TOL for x in xs)
    right = any(b - TOL <= x <= b + CORNER + TOL for x in xs)
    return left and right and not any(a + TOL < x < b - TOL for x in xs)


def _levels(
    page: Page, x0: float, x1: float, lo: float, hi: float
) -> dict[float, list[tuple[float, float]]]:
    """The horizontal rules between lo and hi over [x0, x1] by height: at each, its pieces,
    those that abut joined."""
    levels: dict[float, list[tuple[float, float]]] = {}
    for r in page.rulings:
        mid = (r.top + r.bottom) / 2
        if r.bottom - r.top > _THIN or not lo <= mid <= hi or r.x1 < x0 - TOL or r.x0 > x1 + TOL:
            continue
        if r.x1 - r.x0 < PIECE:
            continue
        level = next((y for y in levels if abs(y - mid) <= TOL), mid)
        levels.setdefault(level, []).append((r.x0, r.x1))
    out: dict[float, list[tuple[float, float]]] = {}
    for y, spans in levels.items():
        joined: list[tuple[float, float]] = []
        for a, b in sorted(spans):
            if joined and a <= joined[-1][1] + TOL:
                joined[-1] = (joined[-1][0], max(joined[-1][1], b))
            else:
                joined.append((a, b))
        out[y] = joined
    return out
