"""Cards whose date is printed under a 'Milestone' label (no due label): the actions are read
with that date as their due, so the plan must not say that no label of theirs gives one
(plan_due_dates_unread would lie)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FONT = 10.0
ACTIONS = [
    ("D1.1", "Rewrite the pathway plan with care leavers", "Priya Nandakumar", "31-Dec-25"),
    ("D1.2", "Offer every care leaver a review each year", "Fatima Rahman", "19-Jun-26"),
    ("D1.3", "Give every care leaver a summary of entitlements", "Priya Nandakumar", "16-Dec-25"),
    ("D1.4", "Commission fifteen supported lodgings places", "Sian Pritchard", "31-Oct-26"),
]
DUES = {"31-Dec-25": "2025-12-31", "19-Jun-26": "2026-06-19", "16-Dec-25": "2025-12-16",
        "31-Oct-26": "2026-10-31"}  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, "Improvement programme: workstream charters")
    y -= 30
    c.setFont("Helvetica-Bold", FONT)
    c.drawString(60, y, "Deliverables")
    y -= 22
    for ref, text, owner, due in ACTIONS:
        c.setFont("Helvetica-Bold", FONT)
        c.drawString(60, y, f"{ref}   {text}")
        y -= 15
        c.setFont("Helvetica", FONT)
        c.drawString(60, y, f"Delivery lead: {owner}")
        c.drawString(260, y, f"Milestone: {due}")
        c.drawString(380, y, "Confidence: High")
        y -= 24
    c.showPage()
    c.save()
    return buf.getvalue()


def test_cards_dated_by_their_milestone_are_not_said_undated() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "milestones.pdf"))
    got = {a.ref: (a.owner, a.due_raw, str(a.due_date)) for a in result.actions}
    assert got == {ref: (owner, due, DUES[due]) for ref, _, owner, due in ACTIONS}
    assert not [w for w in result.warnings if w.code == "plan_due_dates_unread"]
