"""Cards whose fields are set along one strip parted by a middle dot ('Named steward: ... ·
Promised for: May '26 · On track'), printed by ReportLab: where the strip wraps inside a label of
two words, the label's first word ends the line after the sign ('... (Owen Tremayne) ·
Promised') and the rest of it opens the next line with the colon ('for: February '25 ·
On track').

What is read: the label cut by the wrap is one label again, so the strip's fields part as on
the cards whose strip wraps elsewhere: the owner without the date and status run into it, the
due date, and the status printed last with no label. (The two lines were left apart: the
line under the strip opened with a lower-case 'label' of its own, and the owner of such a card
read the whole strip, its due date and status lost; a card after one was sometimes missed.)
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, title, strip as printed (one or two lines), owner, due as printed, colour
CARDS = [
    ("3.1", "Invite young inspectors to review services twice a year",
     ["Named steward: Designated Nurse (Amira Choudhury) · Promised for: 2026-06", "· On track"],
     "Designated Nurse (Amira Choudhury)", "2026-06", "green"),
    ("3.2", "Record children's views in their own words at every review",
     ["Named steward: Service Manager, Fostering (Owen Tremayne) · Promised for:",
      "May '26 · Off track"],
     "Service Manager, Fostering (Owen Tremayne)", "May '26", "red"),
    ("3.3", "Expand the children in care council and set up a younger group",
     ["Named steward: Director of Children's Services (Owen Tremayne) · Promised",
      "for: February '25 · On track"],
     "Director of Children's Services (Owen Tremayne)", "February '25", "green"),
    ("3.5", "Train every foster carer in life story work with children",
     ["Named steward: Service Manager, Front Door (Martin Hale) · Promised",
      "for: April '26 · Off track"],
     "Service Manager, Front Door (Martin Hale)", "April '26", "red"),
]  # fmt: skip


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 790, "Children in care: what we will do")
    c.setFont("Helvetica", 10)
    c.drawString(50, 770, "Our actions for the third area the inspectors raised.")
    y = 730.0
    for ref, title, strip, *_ in CARDS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, f"{ref} {title}")
        c.setFont("Helvetica", 9)
        for k, line in enumerate(strip):
            c.drawString(60, y - 14 - 11 * k, line)
        y -= 60
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_label_cut_by_the_strips_wrap_is_one_label() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "cut.pdf"))
    got = [(a.ref, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [(ref, owner, due, rag) for ref, _, _, owner, due, rag in CARDS]
