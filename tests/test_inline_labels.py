"""A register whose paragraphs keep their fields inline, some wrapped just before a label.

'2.1  <text> — Deadline: Jul. 2026. Assessment: Drifting.' on one line for most actions; where
a paragraph wraps before 'Assessment:', its second line opens with the label. Those few lines
must not make the plan a deck of cards (every inline paragraph was lost so): a label printed
inside lines more often than at a line's start is a paragraph's field.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, due, status, wrapped before the status label, gold rag
ACTIONS = [
    ("1.1", "Deliver contextual safeguarding training to every team", "Jul. 2026", "Slipping", False, "amber"),
    ("1.2", "Appoint two specialist exploitation social workers", "Apr. 2026", "On course", True, "green"),
    ("1.3", "Develop safety plans for places of concern", "Oct. 2026", "Stalled", False, "red"),
    ("2.1", "Provide direct work resources to every social work team", "Jul. 2026", "Slipping", False, "amber"),
    ("2.2", "Ensure reviewing officers meet each child before their review", "Sep. 2026", "Stalled", True, "red"),
    ("2.3", "Record children's views in their own words at every review", "Jan. 2026", "On course", False, "green"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Children's Services Improvement Plan: register of actions")
    y = 770.0
    for rec in ("1", "2"):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, f"Recommendation {rec}")
        y -= 16
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(50, y, "Improve the help and protection children receive from the service")
        y -= 18
        c.setFont("Helvetica", 8)
        for ref, text, due, status, wrapped, _ in ACTIONS:
            if not ref.startswith(rec + "."):
                continue
            c.drawString(50, y, ref)
            if wrapped:
                c.drawString(70, y, f"{text} — Deadline: {due}.")
                y -= 11
                c.drawString(70, y, f"Assessment: {status}.")
            else:
                c.drawString(70, y, f"{text} — Deadline: {due}. Assessment: {status}.")
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_wrapped_labels_leave_the_paragraphs_read_as_paragraphs() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "register.pdf"))
    got = {a.ref: a for a in result.actions}
    assert sorted(got) == [a[0] for a in ACTIONS]
    for ref, text, due, _, _, rag in ACTIONS:
        assert got[ref].text == text
        assert got[ref].due_raw is not None and got[ref].due_raw.rstrip(".") == due
        assert got[ref].rag == rag
