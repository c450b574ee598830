"""A plan printed small (a sheet fitted to a landscape page): the block of the inspection's
recommendations above the action table is a heading in a bolder, larger type over items keyed
'R1', 'R2' .., set so tight under it that the text layer gives heading and items as one
paragraph. The table's 'Responds to' column cites the items by their keys.

What is read: every recommendation of the block, numbered as keyed, its text whole, and each
action linked to the one its row cites; the heading is no recommendation and no item's text.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import ruled_grid

RECS = [
    "Improve the quality of supervision for social workers in the assessment teams",
    "Increase the range of suitable homes for care leavers",
    "Make sure that strategy discussions involve the police and health partners",
]
ROWS = [
    ("1/1", "R1", "Audit twelve supervision records each month", "Head of Service", "30 Jun 2026", "Green"),
    ("2/1", "R2", "Commission fifteen supported lodgings places", "Commissioning Manager", "31 Mar 2027", "Amber"),
    ("3/1", "R3", "Hold a daily virtual strategy meeting slot", "Designated Nurse", "30 Sep 2026", "Red"),
    ("3/2", "R3", "Audit thirty strategy discussions with partners", "Designated Nurse", "31 Dec 2026", "Green"),
]  # fmt: skip
HEADER = ["Action ref", "Responds to", "What will be done", "Officer", "Target date", "RAG"]
WIDTHS = [40.0, 45.0, 260.0, 110.0, 70.0, 45.0]


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842.0, 595.0), invariant=1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(30, 560, "Eastmoor Council - Costed Children's Services Improvement Plan")
    c.setFont("Helvetica", 5.1)
    c.drawString(30, 550, "Finance and delivery position at 11 June 2026")
    c.setFont("Helvetica-Bold", 5.7)
    c.drawString(30, 535, "Inspection recommendations")
    c.setFont("Helvetica-Bold", 5.1)
    for k, text in enumerate(RECS, 1):
        c.drawString(30, 535 - 7.5 * k, f"R{k} {text}")
    xs, ys = ruled_grid(c, 30, 495, WIDTHS, len(ROWS) + 1, 12)
    for r, row in enumerate([HEADER, *ROWS]):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 5.1)
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 2, ys[r] - 8, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _read() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_plan(), "costed.pdf"))


def test_heading_run_into_the_list_is_parted_and_the_items_read() -> None:
    plan = _read()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(k), text) for k, text in enumerate(RECS, 1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [(a.ref, [numbers[x] for x in a.recommendations]) for a in plan.actions]
    assert got == [(ref, [rec[1:]]) for ref, rec, *_ in ROWS]
