"""A recommendation's label printed alone at the foot of a page ('Recommendation 2'), its text
opening the next page above the table of its actions: a page break between the label and its
text (a word processor keeps a table's row whole, so the label's paragraph is left behind).

What is read: the label and the text on the next page are one heading, and the actions under
it answer recommendation 2.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Make sure that children's wishes and feelings are sought and recorded in their plans",
    "2": "Increase the range of suitable accommodation for care leavers and improve their plans",
}
ACTIONS = {
    "1": [("1.1", "Audit twenty plans each quarter for the child's voice", "Head of QA",
           "31/03/2026")],
    "2": [("2.1", "Commission fifteen supported lodgings places", "Head of Placements",
           "30/06/2026"),
          ("2.2", "Agree a joint housing protocol with district councils", "Head of Leaving Care",
           "30/09/2026")],
}  # fmt: skip


def _table(c: canvas.Canvas, rows: list[tuple[str, str, str, str]], top: float) -> None:
    t = Table([["Ref", "Action", "Lead", "Due date"], *[list(r) for r in rows]],
              colWidths=[40, 270, 120, 70])  # fmt: skip
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold")]))  # fmt: skip
    _, h = t.wrapOn(c, 500, 800)
    t.drawOn(c, 50, top - h)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 790, "Improvement plan")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 750, "Recommendation 1")
    c.setFont("Helvetica", 10)
    c.drawString(50, 732, RECS["1"])
    _table(c, ACTIONS["1"], 720)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 60, "Recommendation 2")  # the label alone at the page's foot
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(50, 790, RECS["2"])  # its text at the top of the next page
    _table(c, ACTIONS["2"], 775)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "label-break.pdf"))


def test_label_at_page_foot_heads_the_text_on_the_next_page() -> None:
    plan = _read(_plan())
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[r] for r in a.recommendations]) for a in plan.actions] == [
        (ref, [n]) for n, rows in ACTIONS.items() for ref, *_ in rows
    ]
