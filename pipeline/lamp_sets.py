"""Sets of lamps: a status said by WHICH ONE of a fixed row or stack of marks is lit.

A plan may draw its status as a traffic light (three circles stacked in a dark housing, top red,
middle amber, bottom green) or as a row of stage dots: every position is always drawn, the
unlit ones pale grey, and only the lit one carries a colour. Read as marks, such a cell holds
marks of two colours (the grey and the lit one), which says no one status, so nothing is read.
The evidence is the drawing, not any template: marks of one size, touching-close and lined up
on one axis, make a set; where exactly one of them is a strong hue and the rest are unlit (a
grey, or a pale tint: a dimmed lamp), the set says the lit one, and the unlit ones are dropped
from the page's marks. A set with no lamp lit (all grey), or two lit, is left as drawn for the
readers to judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import BBox
from plantrace.pipeline.normalise.rag import fill_rgb

SIZE_TOL = 1.0  # points: the lamps of one set are drawn the same size
AXIS_TOL = 1.0  # points: and on one line (one x centre for a stack, one y centre for a row)
PITCH = 1.8  # lamp sizes: the centres of neighbouring lamps are at most this far apart
MAX_LAMPS = 5  # a set of more marks is a rating strip or a column of dots, not one status
NEUTRAL = 24  # channel spread: a colour whose channels differ less is a grey (an unlit lamp)
LIT = 60  # channel spread: a colour whose channels differ more is a hue (a lit lamp)
PALE = 190  # least channel: a colour no darker than this is a pale tint (a dimmed lamp)

Mark = tuple[BBox, str]


def lit_lamps(marks: Sequence[Mark]) -> list[Mark]:
    """The page's marks with every set of lamps that has exactly one lit reduced to that lamp.

    A mark belongs to at most one set; marks in no set, and sets that do not read as one lit
    lamp among unlit ones, are kept as drawn, in their order."""
    drop: set[int] = set()
    for members in _sets(marks):
        lit = [i for i in members if _lit(marks[i][1])]
        unlit = [i for i in members if _unlit(marks[i][1])]
        if len(lit) == 1 and len(unlit) == len(members) - 1:
            drop.update(unlit)
    return [m for i, m in enumerate(marks) if i not in drop]


def _sets(marks: Sequence[Mark]) -> list[list[int]]:
    """Groups of two to MAX_LAMPS marks chained as neighbours (same size, one axis, close)."""
    parent = list(range(len(marks)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(marks)):
        for j in range(i + 1, len(marks)):
            if _neighbours(marks[i][0], marks[j][0]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(marks)):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if 2 <= len(g) <= MAX_LAMPS]


def _neighbours(a: BBox, b: BBox) -> bool:
    """Two lamps of one set: drawn the same size, side by side or one above the other, close."""
    wa, ha, wb, hb = a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1]
    if abs(wa - wb) > SIZE_TOL or abs(ha - hb) > SIZE_TOL:
        return False
    dx = abs((a[0] + a[2]) - (b[0] + b[2])) / 2
    dy = abs((a[1] + a[3]) - (b[1] + b[3])) / 2
    if dx <= AXIS_TOL:  # a stack
        return 0 < dy <= PITCH * ha
    if dy <= AXIS_TOL:  # a row
        return 0 < dx <= PITCH * wa
    return False


def _lit(colour: str) -> bool:
    """A lamp lit: a strong hue (its channels far apart), not a pale tint of one."""
    rgb = fill_rgb(colour)
    return rgb is not None and max(rgb) - min(rgb) >= LIT and min(rgb) < PALE


def _unlit(colour: str) -> bool:
    """A lamp unlit: a grey, or a pale tint of its colour (a dimmed red, amber or green)."""
    rgb = fill_rgb(colour)
    return rgb is not None and (max(rgb) - min(rgb) <= NEUTRAL or min(rgb) >= PALE)
