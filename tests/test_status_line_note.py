"""A register whose paragraph wraps its status onto a line of its own, a labelled note under it.

'1.1  <text> — Deliver by: Sep. 2027.' then 'Standing: On course.' (the paragraph's status, its
line opening with the label) and 'Latest position: <update>' under it. The status line ended the
paragraph's note, so the labelled note under it was lost; it is the action's progress still.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, due, status, note, gold rag
ACTIONS = [
    ("1.1", "Use questionnaire scores to trigger a referral for emotional support for children in care", "Sep. 2027", "On course", "First cohort completed; second cohort booked", "green"),
    ("1.2", "Commission a therapeutic service for children in care with a waiting time of under six weeks", "Nov. 2026", "Drifting", None, "amber"),
    ("1.3", "Agree a timeliness pathway for initial health assessments with the designated doctor", "Mar. 2027", "Stalled", "Delayed because of staff turnover; revised plan agreed", "red"),
    ("1.4", "Offer every care leaver aged 21 to 25 a review with a personal adviser each year in person", "May. 2027", "Drifting", "Work started; scoping meeting held with partners", "amber"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Times-Bold", 15)
    c.drawString(57, 770, "Children's Services Improvement Plan: register of actions")
    c.setFont("Times-Bold", 11.5)
    c.drawString(57, 740, "Recommendation 1")
    c.setFont("Times-Italic", 9.5)
    c.drawString(57, 726, "Improve the support for the emotional health of children in care")
    y = 708.0
    for ref, text, due, status, note, _ in ACTIONS:
        c.setFont("Times-Bold", 9.5)
        c.drawString(57, y, ref)
        c.setFont("Times-Roman", 9.5)
        c.drawString(78, y, f"{text} — Deliver by: {due}.")
        y -= 13
        c.drawString(91, y, f"Standing: {status}.")
        if note is not None:
            y -= 12
            c.setFont("Times-Italic", 8.5)
            c.drawString(91, y, f"Latest position: {note}")
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_note_under_a_status_line_is_the_progress() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "register.pdf"))
    got = {a.ref: a for a in result.actions}
    assert sorted(got) == [a[0] for a in ACTIONS]
    for ref, text, due, _, note, rag in ACTIONS:
        assert got[ref].text == text
        assert got[ref].due_raw is not None and got[ref].due_raw.rstrip(".") == due
        assert got[ref].rag == rag
        assert got[ref].progress == note
