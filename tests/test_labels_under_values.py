"""A recommendations sheet printed from a spreadsheet: each row's label cell ('Rec 1') aligned
to the bottom of its row, the text cell to the top, so each code prints just under its
text, nearer the next row's text than its own; a row one line high prints label and text on
one line. The action sheet before it links each action to 'Rec N'.

What is read: each code with the text above it (the run opens with a text, so the texts are
not under the labels), the actions linked to them; a run opening with a label is the usual
label over text.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the multi-agency response to children at risk of criminal and sexual"
    " exploitation outside the home",
    "2": "Improve the regularity and quality of management oversight and reflective supervision",
    "3": "Ensure that strategy discussions involve police, health and children's social care",
    "4": "Build a stable, permanent and skilled social work workforce",
}
ACTIONS = [
    ("A01", "Appoint two specialist exploitation social workers", "Head of Service",
     "31/03/2026", "Rec 1"),
    ("A02", "Add a supervision timeliness measure to the weekly report", "Principal Social Worker",
     "30/04/2026", "Rec 2"),
    ("A03", "Hold strategy discussions with police and health present", "Head of MASH",
     "31/05/2026", "Rec 3"),
    ("A04", "Recruit ten permanent social workers through a regional campaign", "HR Lead",
     "30/06/2026", "Rec 4"),
]  # fmt: skip


def _plan(level: tuple[str, ...] = ("3",)) -> bytes:
    """The plan; level: the recommendations whose row is one line high (label beside text)."""
    buf = io.BytesIO()
    width, height = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 50, "Action Plan Tracker")
    rows = [["Ref", "Action", "Lead", "Due date", "Linked to"], *[list(a) for a in ACTIONS]]
    t = Table(rows, colWidths=[50, 330, 140, 80, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold")]))  # fmt: skip
    _, h = t.wrapOn(c, width, height)
    t.drawOn(c, 40, height - 80 - h)
    c.showPage()
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, height - 50, "Recommendations of the inspection")
    y = height - 75
    for n, text in RECS.items():
        c.setFont("Helvetica", 8)
        if n in level:  # a row one line high: label and text level
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, f"Rec {n}")
            c.setFont("Helvetica", 8)
            c.drawString(100, y, text)
            y -= 12
            continue
        c.drawString(100, y, text)  # the text at the top of its row
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y - 10, f"Rec {n}")  # the label at the bottom of its row
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "labels-under.pdf"))


def test_codes_under_their_texts_name_the_texts_above() -> None:
    plan = _read(_plan())
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(a.ref, [numbers[r] for r in a.recommendations]) for a in plan.actions] == [
        (ref, [link.split()[1]]) for ref, *_, link in ACTIONS
    ]


def test_one_label_under_its_text_between_rows_labelled_beside() -> None:
    """One label under its text, the rows round it one line high with their labels beside:
    the label cannot be over the row below (that row has its own), so it is the text's."""
    plan = _read(_plan(level=("1", "2", "4")))
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
