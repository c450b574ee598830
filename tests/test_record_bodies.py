"""Tasks printed memo style, a page per task: labelled fields at a tab stop ('Subject:', 'Due
Date:', 'Status:', 'Owner:'), a long Subject wrapped to the tab stop, then the task's update as
the body with no label, and a closing tally ('Total Work: 0 hours  Actual Work: 0 hours').

What is read: each task's body is its action's progress."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

TASKS = [
    ("1.1", "Apply consistent thresholds at the front door", "Fri 31/07/2026", "In Progress", "Grace Adebayo", "1",
     "Pilot running in two teams; evaluation due"),
    ("1.2", "Publish a revised threshold document with schools", "Mon 06/04/2026",
     "Not Started", "David Osei", "1", "Scoping to begin next quarter"),
    ("2.1", "Hold exit interviews with every leaver", "Mon 22/03/2027", "Completed",
     "Sian Pritchard", "2", "Monthly reports now in place"),
]  # fmt: skip
TAB = 168.0


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, 790, "Recommendations")
    c.setFont("Helvetica", 10)
    c.drawString(54, 770, "Recommendation 1: Improve the consistency of thresholds")
    c.drawString(54, 756, "Recommendation 2: Build a stable social work workforce")
    c.showPage()
    for ref, text, due, status, owner, rec, body in TASKS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 800, "Cordelia Nwachukwu")
        c.line(54, 794, 540, 794)
        y = 770.0
        fields = [("Subject:", f"{ref} {text}"), ("Start Date:", "Wed 07/01/2026"),
                  ("Due Date:", due), ("Status:", status), ("Percent Complete:", "25%"),
                  ("Priority:", "High"), ("Owner:", owner),
                  ("Categories:", f"Recommendation {rec}; Ofsted improvement"),
                  ("Reminder:", "Thu 02/07/2026 09:00")]  # fmt: skip
        for label, value in fields:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(54, y, label)
            c.setFont("Helvetica", 10)
            words, line = value.split(), ""
            for w in words:  # wrap at the page's right margin, to the tab stop
                if c.stringWidth(f"{line} {w}".strip(), "Helvetica", 10) > 540 - TAB:
                    c.drawString(TAB, y, line)
                    y -= 15
                    line = w
                else:
                    line = f"{line} {w}".strip()
            c.drawString(TAB, y, line)
            y -= 13
        c.line(54, y - 4, 540, y - 4)
        c.drawString(54, y - 30, body)
        c.drawString(54, y - 60, "Total Work: 0 hours")
        c.drawString(145, y - 60, "Actual Work: 0 hours")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_memo_bodies_are_progress() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "tasks.pdf"))
    got = {a.ref: a for a in plan.actions}
    assert sorted(got) == ["1.1", "1.2", "2.1"]
    for ref, text, _due, _status, owner, _rec, body in TASKS:
        assert got[ref].text == text
        assert got[ref].owner == owner
        assert got[ref].progress == body
