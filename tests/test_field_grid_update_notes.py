"""Cards of labels over values (field_grid_cards) whose foot line prints an update under a label
no vocabulary knows ('DIARY: Recruitment under way; two posts filled') read it as the progress,
from its values, as the card reader reads a card label (column_roles.card_update_notes).

A pass or a ticket prints its update at its foot after a label of the plan's own wording. The
field-grid reader read the labels' roles with read_roles alone, which reads a column of updates
under an unknown header only where a table is printed (its place says more than a card's); a
label the vocabulary knows ('CREW NOTE') was read and one it does not ('LOG BOOK') was said
unread on every card (plan_column_unplaced), its updates lost.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = ["Improve the quality and timeliness of return home interviews"]
# ref, text, owner, due, note
CARDS = [
    ("1.1", "Hold a weekly missing children panel with the police", "Fatima Rahman", "14MAY26",
     "Recruitment under way; two posts filled"),
    ("1.2", "Commission an independent return interview service", "Ruth Kowalczyk", "30SEP26",
     "Draft agreed by partners; sign-off at the next board"),
    ("1.3", "Audit twenty return interviews every month", "Amira Choudhury", "30NOV26",
     "First cohort completed; second cohort booked"),
    ("1.4", "Publish a missing children protocol with schools", "Tom Ellery", "31JAN27",
     "Monthly reports now in place"),
]  # fmt: skip
W, H = 595.0, 842.0
CARD_H = 130.0


def _field(c: canvas.Canvas, x: float, y: float, label: str, value: str, size: float) -> None:
    c.setFillColor("#607D8B")
    c.setFont("Helvetica", 6.5)
    c.drawString(x, y, label)
    c.setFillColor("#000000")
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y - 12, value)


def _card(c: canvas.Canvas, top: float, k: int) -> None:
    ref, text, owner, due, note = CARDS[k]
    x0 = 60.0
    c.setStrokeColor("#546E7A")
    c.roundRect(48, top - CARD_H, W - 96, CARD_H, 8, stroke=1, fill=0)
    y = top - 20
    _field(c, x0, y, "TICKET", ref, 12)
    _field(c, x0 + 85, y, "PROGRAMME", "R1", 12)
    y -= 30
    _field(c, x0, y, "JOB", text, 11)
    y -= 30
    _field(c, x0, y, "ASSIGNED TO", owner, 9)
    _field(c, x0 + 190, y, "CLOSES", due, 9)
    y -= 34
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor("#000000")
    c.drawString(x0, y, f"DIARY: {note}")


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Work tickets for our improvement journey")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, 760, "Programme R1")
    c.setFont("Helvetica", 9)
    c.drawString(130, 760, RECS[0])
    top = 730.0
    for k in range(len(CARDS)):
        _card(c, top, k)
        top -= CARD_H + 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_an_unknown_foot_label_over_updates_is_the_progress() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tickets.pdf"))
    got = [(a.ref, a.owner, a.progress) for a in plan.actions]
    assert got == [(ref, owner, note) for ref, _, owner, _, note in CARDS]
