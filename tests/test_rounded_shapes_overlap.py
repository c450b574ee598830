"""Rounded shapes laid over each other (a spreadsheet print's drawn shapes) are no text boxes.

Since boxes of rounded corners are measured corner to corner (a box of four short lines closes),
shapes some 48 points tall on an Excel print closed too: two rounded rectangles overlapping by a
few points, a third over the second's foot. Closed, they turned the rows beside them into cards
and the first recommendation's actions were lost, unsaid (holdout47 xlsx-rec-bands 1-003). Text
boxes stand apart or nest; overlapping ones are a drawing and stay open.
"""

from __future__ import annotations

from plantrace.pipeline.document import Ruling
from plantrace.pipeline.tables import round_corners_closed


def _box(
    x0: float, top: float, w: float, h: float, r: float = 7.0
) -> tuple[list[Ruling], list[Ruling]]:
    hs = [
        Ruling(x0 + r, top, x0 + w - r, top + 0.8),
        Ruling(x0 + r, top + h, x0 + w - r, top + h + 0.8),
    ]
    vs = [
        Ruling(x0, top + r, x0 + 0.8, top + h - r),
        Ruling(x0 + w, top + r, x0 + w + 0.8, top + h - r),
    ]
    return hs, vs


def _closed(hs: list[Ruling], vs: list[Ruling]) -> int:
    """How many uprights were carried on to the corners (two per closed box)."""
    _, out = round_corners_closed(hs, vs)
    return sum(1 for a, b in zip(vs, out, strict=True) if a != b)


def test_boxes_apart_close_and_overlapping_shapes_do_not() -> None:
    a, b = _box(316, 173, 279, 48), _box(587, 173, 278, 48)  # overlapping by 8 points across
    c = _box(587, 214, 278, 41)  # over b's foot
    assert _closed(a[0] + b[0] + c[0], a[1] + b[1] + c[1]) == 0
    d, e = _box(40, 173, 200, 48), _box(260, 173, 200, 48)  # side by side, apart: cards
    assert _closed(d[0] + e[0], d[1] + e[1]) == 4
    outer, inner = _box(40, 300, 400, 200), _box(60, 330, 150, 60)  # nested: both close
    assert _closed(outer[0] + inner[0], outer[1] + inner[1]) == 4
