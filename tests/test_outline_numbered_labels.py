"""A web page's numbered section headings naming the recommendations: '1. Recommendation 1'
alone on its line (an h2 whose outline number repeats the label's), the recommendation's text
in the paragraph under it, then the actions of that recommendation (a table with no reference
column, so nothing but the heading says which recommendation they answer).

What is read: the heading and the paragraph under it are one recommendation; the actions under
it answer it. An outline number that differs from the label's ('1. Recommendation 2') is a
label of its own, no heading of this kind.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_recommendations import _LABEL_ALONE
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the regularity and quality of management oversight for social workers",
    "2": "Strengthen the response to children who go missing from home or care",
}
ACTIONS = {
    "1": [("Audit twelve supervision records each month", "Rhian Evans", "31/03/2026")],
    "2": [("Offer every child a return home interview within 72 hours", "Tom Ellery",
           "30/06/2026"),
          ("Map the places where missing children are found", "Helen Markham", "30/09/2026")],
}  # fmt: skip


def _table(c: canvas.Canvas, rows: list[tuple[str, str, str]], top: float) -> float:
    t = Table([["Action", "Lead", "Due date"], *[list(r) for r in rows]],
              colWidths=[300, 110, 80])  # fmt: skip
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold")]))  # fmt: skip
    _, h = t.wrapOn(c, 500, 800)
    t.drawOn(c, 50, top - h)
    return top - h


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Improvement plan: progress against recommendations")
    y = 750.0
    for n, text in RECS.items():
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"{n}. Recommendation {n}")  # the outline number, then the label
        c.setFont("Helvetica", 10)
        c.drawString(50, y - 20, text)
        y = _table(c, ACTIONS[n], y - 32) - 36
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan(), "outline-labels.pdf"))


def test_numbered_label_heads_the_text_under_it_and_its_actions() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.text, [numbers[r] for r in a.recommendations]) for a in plan.actions] == [
        (text, [n]) for n, rows in ACTIONS.items() for text, *_ in rows
    ]


def test_an_outline_number_is_the_labels_own() -> None:
    assert _LABEL_ALONE.match("2. Recommendation 2")
    assert _LABEL_ALONE.match("3) Priority 3")
    assert not _LABEL_ALONE.match("1. Recommendation 2")  # two numbers: which is it?
    assert not _LABEL_ALONE.match("1. Recommendation 12")
