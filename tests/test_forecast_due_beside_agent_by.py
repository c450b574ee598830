"""An action table whose only date column is a forecast finish ('Expected end'), beside an owner
column headed by a phrase naming the due only by its closing 'by' ('Championed by') over the
names of people. The forecast is read as the due where no other due column is
(plan_columns._forecast_due); but the 'by' header was first taken for a due column, so the
forecast stayed 'other', and then the 'by' column was read as the owner its cells show: no
column was left the due, and every action of the plan went without a due date.

What is read: a header naming the due only by its closing 'by' over cells holding no date is no
due column, so the forecast finish beside it is the due.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1", "Offer tuition to every child in care behind in reading", "Martin Hale", "3 May 2026", "Green"),
    ("2", "Review every personal education plan each term", "Bethan Lloyd", "26 May 2025", "Amber"),
    ("3", "Track attendance of children placed out of the area", "Joseph Mensah", "17 Aug 2025", "Red"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(46, h - 74, "Recommendation 1: Improve the education of children in care")
    cols = [46, 80, 300, 400, 470, w - 46]
    top = h - 100
    cells = [("Ref", "Action", "Championed by", "Expected end", "Status"), *ROWS]
    for k, row in enumerate(cells):
        y = top - 22 * k
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 7.6)
        for x, v in zip(cols, row, strict=False):
            c.drawString(x + 3, y - 14, v)
        c.line(cols[0], y, cols[-1], y)
    bottom = top - 22 * len(cells)
    c.line(cols[0], bottom, cols[-1], bottom)
    for x in cols:
        c.line(x, top, x, bottom)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_forecast_is_the_due_beside_a_by_header_of_names() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "forecast.pdf"))
    got = [(a.ref, a.owner, a.due_date and a.due_date.isoformat()) for a in plan.actions]
    assert got == [
        ("1", "Martin Hale", "2026-05-03"),
        ("2", "Bethan Lloyd", "2025-05-26"),
        ("3", "Joseph Mensah", "2025-08-17"),
    ]
