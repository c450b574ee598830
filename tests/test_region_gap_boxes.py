"""An unruled table's region runs on over a gap a ruled table's box fills (a shaded group band
between its rows, found as a table of one cell), but only a box across the region's width: a
ruled box in the page's other column, beside the gap, fills none of it, and boxes one over
another fill their shared height once."""

from __future__ import annotations

from plantrace.extractors.plan_columns import _region_end
from plantrace.pipeline.document import Line


def _line(text: str, top: float, x0: float = 40.0, x1: float = 280.0) -> Line:
    return Line(text, (x0, top, x1, top + 10.0), 10.0, False, 1, 0)


# the left column of a two-column page: an unruled table, then 100 points lower a paragraph
ORDER = [
    _line("Ref Action Lead Due", 100),
    _line("1.1 Audit thirty case files a month Head of Service Mar 2027", 114),
    _line("1.2 Publish a threshold document Principal Social Worker", 128),
    _line("The board will review progress each quarter and report to the council", 238),
]
BAND = (40.0, 140.0, 280.0, 236.0)  # a shaded band across the table, filling the gap


def test_a_box_across_the_table_fills_its_gap() -> None:
    assert _region_end(ORDER, 0, 10.0) == 3
    assert _region_end(ORDER, 0, 10.0, boxes=[BAND]) == 4


def test_a_ruled_box_in_the_other_page_column_fills_no_gap() -> None:
    beside = (300.0, 90.0, 560.0, 300.0)  # the right column's ruled table, at the same height
    assert _region_end(ORDER, 0, 10.0, boxes=[beside]) == 3


def test_boxes_one_over_another_fill_their_shared_height_once() -> None:
    half = (40.0, 140.0, 280.0, 190.0)  # two boxes over the gap's upper half only
    assert _region_end(ORDER, 0, 10.0, boxes=[half, half]) == 3
    lower = (40.0, 185.0, 280.0, 236.0)
    assert _region_end(ORDER, 0, 10.0, boxes=[half, lower]) == 4
