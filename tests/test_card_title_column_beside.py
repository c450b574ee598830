"""A plan in two columns, printed by ReportLab: what the inspectors found on the left, in bold
type of the size of the actions' titles, and beside it the actions as cards, each a numbered
bold title over a strip of fields ('Named steward: ... · Fulfil by: ... · On track'). The left
column's last line stands level with the first card's title.

What is read: a card's title is the lines over its fields in its own column; a line of the
column beside it, level with the title, is passed over (it was read as the title: the first
card of each recommendation lost its ref and its words, and the recommendation its last line).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    1: ["Reduce delay in achieving permanence for", "children in care through timely planning"],
    2: ["Improve the education of children in", "care placed out of the area"],
}
# rec, ref, title, owner, due, status
CARDS = [
    (1, "1.1", "Review all children placed with parents under a care order",
     "Head of Service (Ruth Kowalczyk)", "March 2026", "Off track"),
    (1, "1.2", "Strengthen support to special guardians with a worker",
     "Service Manager (Amira Choudhury)", "October 2025", "On track"),
    (1, "1.3", "Track the timeliness of care proceedings weekly",
     "Workforce Lead (Sian Pritchard)", "January 2027", "On track"),
    (2, "2.1", "Make sure every child in care has an education plan",
     "Head of Virtual School (Joseph Mensah)", "August 2026", "Off track"),
    (2, "2.2", "Offer tuition to every child in care who is behind",
     "Principal Social Worker (Owen Tremayne)", "April 2026", "On track"),
    (2, "2.3", "Track attendance and exclusions for children placed away",
     "Head of Safeguarding (Grace Adebayo)", "December 2025", "On track"),
]  # fmt: skip


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(46, 790, "What inspectors found and what we will do")
    y = 750.0
    for rec, lines in RECS.items():
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y, f"INSPECTORS TOLD US ({rec})")
        c.setFont("Helvetica-Bold", 10)
        for k, line in enumerate(lines):
            c.drawString(46, y - 12 - 11 * k, line)
        for on, ref, title, owner, due, status in CARDS:
            if on != rec:
                continue
            c.setFont("Helvetica-Bold", 10)
            c.drawString(250, y, f"{ref} {title}")
            c.setFont("Helvetica", 8)
            c.drawString(250, y - 12, f"Named steward: {owner} · Fulfil by: {due} · {status}")
            y -= 34
        y -= 30
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_line_of_the_column_beside_is_no_line_of_a_cards_title() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "beside.pdf"))
    got = [(a.ref, a.text, a.owner) for a in plan.actions]
    assert got == [(ref, title, owner) for _, ref, title, owner, _, _ in CARDS]
