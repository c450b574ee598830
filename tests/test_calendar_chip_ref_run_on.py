"""A calendar's chips (extractors.drawn_cards): each entry a tinted shape in a day's cell, its
ref in bold running into its text in roman on one line, then the owner and a status pill. The
chips stand free in the month's ruled grid, held by no filled container, so they are no drawn
cards of a treemap: the ref is not set apart from the text, and the calendar reader keeps each
entry's due as the day of its cell. 0.6.59 (6e820b28) set the ref apart on every shape, so the
chips read as drawn cards with no day: here no due at all, in holdout33's calendars the
month's end (mended by f18891bc: _ref_apart only for a tile a filled shape holds). Fails at
e5a05eee, passes from f18891bc."""

from __future__ import annotations

import calendar
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.test_plan_calendar import CELL_W, MONTH, YEAR
from tests.test_plan_calendar import _pdf as _rounded_pdf

# ref, text lines, avatar, owner lines, status word, pill colour, category, day
TASKS = [
    ("2.1", ["Audit twelve supervision", "records each month and", "report the themes"], "HM", ["Helen Markham"],
     "Watch", "#ef6c00", 1, 3),
    ("1.1", ["Recruit foster carers", "through a local campaign", "across the county"], "SM", ["Sian Morgan"],
     "Going OK", "#2e7d32", 0, 10),
    ("1.2", ["Track care proceedings", "week by week with the", "legal gateway panel"], "PN", ["Priya Nandakumar"],
     "Watch", "#ef6c00", 0, 18),
    ("2.2", ["Hold a reflective group", "for each team led by", "a practice supervisor"], "LF", ["Leon Fairweather"],
     "Going OK", "#2e7d32", 1, 25),
]  # fmt: skip


def _pdf(tasks: list[tuple]) -> bytes:  # type: ignore[type-arg]
    """The calendar with its chips as a browser prints them: plain filled rectangles, the tint
    of a card's size and the category's colour a bar at its left (not a shape round it)."""
    rounded = Canvas.roundRect

    def square(c: Canvas, x: float, y: float, w: float, h: float, _r: float, **kw: int) -> None:
        bar = abs(w - (CELL_W - 6)) < 0.1  # the colour shape the tint is drawn over
        c.rect(x, y, 2.5 if bar else w, h, stroke=0, fill=kw.get("fill", 0))

    Canvas.roundRect = square  # type: ignore[method-assign,assignment]
    try:
        return _rounded_pdf(tasks)
    finally:
        Canvas.roundRect = rounded  # type: ignore[method-assign]


def test_each_chip_is_due_the_day_of_its_cell() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(TASKS), "calendar.pdf"))
    actions = {a.ref or "": a for a in result.actions}
    assert sorted(actions) == sorted(t[0] for t in TASKS)
    for ref, *_rest, day in TASKS:
        assert actions[ref].due_date == date(YEAR, MONTH, day)
        assert actions[ref].due_raw == f"{calendar.month_name[MONTH]} {YEAR}"
