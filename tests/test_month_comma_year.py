"""A due month printed with a comma before its year ('March, 2027', as the day form 'the 14th
March, 2027' prints it): the date normaliser read no month there and took the year alone, due
on its last day (2027-12-31), a wrong due date in every such row (holdout53 html-typeset-status,
whose dues are '14th March, 2027' or 'March, 2027'). A month form is the month's last day.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

ROWS = [
    ("1.1", "Review every open assessment older than forty working days", "Orla Penhallow",
     "March, 2027"),
    ("1.2", "Publish a weekly list of assessments nearing their timescale", "Ansel Trevorrow",
     "14th June, 2027"),
    ("1.3", "Audit ten supervision records a month and share the themes", "Corin Blackwood",
     "September, 2026"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(30, 540, "Recommendation 1: Improve the timeliness of assessments")
    xs, ys = ruled_grid(c, 30, 510, [45.0, 360.0, 140.0, 120.0], len(ROWS) + 1, 30)
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(xs, ["Ref", "Action", "Lead officer", "Due date"], strict=False):
        c.drawString(x + 4, ys[0] - 18, head)
    c.setFont("Helvetica", 9)
    for r, row in enumerate(ROWS, start=1):
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, ys[r] - 18, text)
    c.save()
    return buf.getvalue()


def test_a_month_with_a_comma_before_its_year_is_due_at_its_end() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    got = {a.ref: (a.due_raw, a.due_date and a.due_date.isoformat()) for a in plan.actions}
    assert got == {
        "1.1": ("March, 2027", "2027-03-31"),
        "1.2": ("14th June, 2027", "2027-06-14"),
        "1.3": ("September, 2026", "2026-09-30"),
    }
