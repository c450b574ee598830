"""A status drawn as a traffic light: which lamp of a fixed stack is lit (pipeline/lamp_sets.py).

Each status cell holds a dark housing with three circles stacked in it, top red, middle amber,
bottom green; one is lit, the others pale grey, none lit is 'Not started'. A key under the title
draws the four lights with their words. Read as marks, every cell held two colours (the grey
and the lit one) and said nothing; the lit lamp is the status.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.lamp_sets import lit_lamps
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

RED, AMBER, GREEN, GREY = "#d7191c", "#f5a300", "#1a9641", "#d9d9d9"
HEADER = ["Ref", "Action", "Lead officer", "Due", "Status"]
WIDTHS = [40, 250, 120, 60, 45]
ROWS = [
    ("1.1", "Audit every child in care plan each quarter", "Head of Service", "Mar 2027", 0),
    ("1.2", "Recruit two independent reviewing officers", "Service Manager", "Jun 2027", 1),
    ("1.3", "Publish a revised supervision standard", "Principal Social Worker", "Jul 2027", 2),
    ("1.4", "Train managers in reflective supervision", "Workforce Lead", "Sep 2027", None),
]  # the lit lamp: 0 top (red), 1 middle (amber), 2 bottom (green), None unlit


def _rgb(c: canvas.Canvas, colour: str) -> None:
    c.setFillColorRGB(*(int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)))


GREYS = (GREY, GREY, GREY)
DIMMED = ("#f4cccc", "#fff2cc", "#d9ead3")  # unlit lamps as pale tints of their colours


def _light(
    c: canvas.Canvas, x: float, top: float, lit: int | None, unlit: tuple[str, ...] = GREYS
) -> None:
    """A housing 9 x 24 pt with three 5 pt lamps stacked in it, top to bottom red, amber, green."""
    _rgb(c, "#3a3a3a")
    c.roundRect(x, top - 24, 9, 24, 3, stroke=0, fill=1)
    for i, colour in enumerate((RED, AMBER, GREEN)):
        _rgb(c, colour if i == lit else unlit[i])
        c.circle(x + 4.5, top - 4.5 - 7.5 * i, 2.6, stroke=0, fill=1)


def _plan_pdf(unlit: tuple[str, str, str] = GREYS) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Children's Services Improvement Plan")
    c.setFont("Helvetica", 9)
    c.drawString(40, height - 80, "Key")
    x = 70.0
    for lit, word in ((2, "Green"), (1, "Amber"), (0, "Red"), (None, "Not started")):
        _light(c, x, height - 68, lit, unlit)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 16, height - 80, word)
        x += 90
    top, h = height - 110, 34.0
    xs, ys = ruled_grid(c, 40.0, top, list(WIDTHS), len(ROWS) + 1, h)
    c.setFont("Helvetica-Bold", 9)
    for xx, label in zip(xs, HEADER, strict=False):
        c.drawString(xx + 4, ys[0] - 14, label)
    c.setFont("Helvetica", 9)
    for i, (*texts, lit) in enumerate(ROWS):
        for xx, text in zip(xs, texts, strict=False):
            c.setFillColorRGB(0, 0, 0)
            c.drawString(xx + 4, ys[i + 1] - 14, text)
        _light(c, xs[4] + 18, ys[i + 1] - 5, lit, unlit)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("unlit", [GREYS, DIMMED])
def test_the_lit_lamp_of_a_traffic_light_is_the_status(unlit: tuple[str, str, str]) -> None:
    result = extract_plan(parse_pdf_bytes(_plan_pdf(unlit), "plan.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    assert got == {"1.1": "red", "1.2": "amber", "1.3": "green", "1.4": None}


def _stack(x: float, colours: list[str], pitch: float = 7.5) -> list[tuple[tuple, str]]:
    return [((x, 10 + pitch * i, x + 5, 15 + pitch * i), col) for i, col in enumerate(colours)]


def test_one_lit_lamp_among_grey_ones_is_kept_alone() -> None:
    marks = _stack(100, [GREY, AMBER, GREY])
    assert lit_lamps(marks) == [marks[1]]


def test_sets_that_do_not_read_as_one_lit_lamp_are_left_as_drawn() -> None:
    none_lit = _stack(100, [GREY, GREY, GREY])
    two_lit = _stack(100, [RED, GREY, GREEN])
    apart = _stack(100, [GREY, AMBER, GREY], pitch=30)  # a column of dots down a table's rows
    rating = _stack(100, [GREEN, GREY, GREY, GREY, GREY, GREY])  # more than a set of lamps
    for marks in (none_lit, two_lit, apart, rating):
        assert lit_lamps(marks) == marks


def test_dimmed_lamps_are_pale_tints_of_their_colours() -> None:
    """Unlit lamps drawn as pale tints (a dimmed red, amber, green) rather than one grey."""
    marks = _stack(100, ["#f4cccc", "#fff2cc", GREEN])
    assert lit_lamps(marks) == [marks[2]]
    pale_only = _stack(100, ["#f4cccc", "#fff2cc", "#d9ead3"])  # none lit: left as drawn
    assert lit_lamps(pale_only) == pale_only
