"""A sheet printed with print titles: the tracker's header row repeats at the top of every
page, over whatever table the page goes on with. A ruled scorecard under the tracker, cut by
the page's foot, goes on at the next page's top directly under that repeated header, its
rulings joined to the header's: the grid of both is no table, so its rows were read as an
unruled table under the repeated header, with the tracker's roles (a figure read as the owner,
the baseline as a due, the latest as a status): wrong values, and nothing said so (holdout12
seed 2 xlsx-summary-then-tracker). A header row repeated from above the ruled table that ended
the previous page (repeated_head), over rows that start at that table's column rules, is page
furniture: the rows go on with the table (plan_columns._stream_tables, _ruled_end).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

TRACK_X = [54, 107, 161, 447, 613, 691, 780]
TRACK_HEAD = [
    "Log ref",
    "From finding",
    "Intended change",
    "Who is on it",
    "Target week",
    "Flag colour",
]
KPI_X = [161, 447, 613, 691, 780]
KPI_HEAD = ["Metric name", "First reading", "Period figure", "Level we seek"]
KPIS = [
    ("Assessments completed within 45 working days", "62%", "32%", "28%"),
    ("Number of approved foster carer households", "281", "62", "426"),
    ("Personal education plans reviewed within the term", "65.1%", "78%", "60.9%"),
    ("Social worker vacancy rate", "47.6%", "8.7%", "15%"),
    ("Children on a protection plan per 10,000 children", "29.4", "70.9", "40.1"),
]
OWNERS = ["Head of Safeguarding", "Head of Quality Assurance", "Designated Nurse"]
ROW_H = 13.0


def _grid(
    c: canvas.Canvas, xs: list[int], top: float, rows: list[list[str]], bold: int, pad: float
) -> float:
    """Rows of cells ruled all round from top (a PDF y going down the page), their text pad
    points right of the rules; the first `bold` rows in bold. Returns the bottom."""
    y = top
    for k, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if k < bold else "Helvetica", 8)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + pad, y - 9.5, text)
        c.line(xs[0], y, xs[-1], y)
        y -= ROW_H
    c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)
    return y


def _plan(cut: int, pad: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setLineWidth(0.5)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, 540, "Improvement plan monitoring: action tracker")
    actions = [
        [f"T-{k + 1:03d}", str(k // 7 + 1), f"Action number {k + 1} of the plan's tracker",
         OWNERS[k % 3], f"2026/0{k % 9 + 1}/28", "Fine"]
        for k in range(28)
    ]  # fmt: skip
    y = _grid(c, TRACK_X, 520, [TRACK_HEAD, *actions], 1, pad)
    _grid(c, KPI_X, y - 12, [list(KPI_HEAD), *[list(r) for r in KPIS[:cut]]], 1, pad)
    c.showPage()
    c.setLineWidth(0.5)
    # the print titles: the tracker's header row again, the scorecard's rows ruled under it
    top = _grid(c, TRACK_X, 523, [TRACK_HEAD], 1, pad)
    _grid(c, KPI_X, top, [list(r) for r in KPIS[cut:]], 0, pad)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("pad", [1.5, 5.4])  # a sheet's cell padding, a Word table's
def test_rows_under_a_repeated_header_of_another_table_go_on_with_the_scorecard(
    pad: float,
) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(2, pad), "plan.pdf"))
    assert len(plan.actions) == 28
    got = [
        (k.indicator, k.baseline.raw if k.baseline else None,
         k.latest.raw if k.latest else None, k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == list(KPIS)
