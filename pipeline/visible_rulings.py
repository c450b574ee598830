"""The rulings a reader of the page can see: on the page, each drawn once.

Why: a browser paints a blurred shadow (CSS box-shadow) by drawing the shape it shadows far off
the page and casting the blur back onto it; a page of shadowed cards carries every card's edges
again, several times, outside the page's box. Nobody sees those lines and no text lies on them,
but table finding pairs rulings with rulings, so thousands of them made a page of a few dozen
boxes cost minutes (every plan of that kind ran out of time). Lines drawn more than once at one
place (a shadow's layers, a border stroked twice) are one line to the eye and to a grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document module reads its rulings through this one
    from plantrace.pipeline.document import Ruling

_MARGIN = 2.0  # points: a ruling this far past the page's edge still counts as on it (bleed)
_PLACE = 2  # decimals: rulings at one place to this precision are the same line


def visible_rulings(rulings: Sequence[Ruling], width: float, height: float) -> list[Ruling]:
    """The rulings that touch the page's box (width x height, top-down y), each place once,
    in their drawing order."""
    seen: set[tuple[float, float, float, float]] = set()
    out: list[Ruling] = []
    for r in rulings:
        if r.x1 < -_MARGIN or r.x0 > width + _MARGIN:
            continue
        if r.bottom < -_MARGIN or r.top > height + _MARGIN:
            continue
        key = (
            round(r.x0, _PLACE),
            round(r.top, _PLACE),
            round(r.x1, _PLACE),
            round(r.bottom, _PLACE),
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
