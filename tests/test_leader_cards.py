"""Action cards whose fields are joined to their labels by leader dots to a right tab (issue
11): 'Lead officer ........ Head of Early Help' under an UNNUMBERED card title, so the prose
reader (numbered headings) does not take them; the card reader reads a leader as the colon a
'Label: value' line would print."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_cards import field_line
from plantrace.pipeline.document import Line
from plantrace.pipeline.reader import parse_pdf_bytes

CARDS = [
    ("Audit twelve supervision records each month", "Head of Service", "March 2027", "On track"),
    ("Publish practice guidance on chronologies", "Principal Social Worker", "June 2027", "Delayed"),
    ("Train all team managers in reflective supervision", "Head of Early Help", "May 2027",
     "Complete"),
]  # fmt: skip


def _leader(c: canvas.Canvas, y: float, label: str, value: str) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(70, y, label)
    start = 70 + c.stringWidth(label, "Helvetica", 10) + 4
    end = 520 - c.stringWidth(value, "Helvetica", 10) - 4
    dots = "." * int((end - start) / c.stringWidth(".", "Helvetica", 10))
    c.drawString(start, y, dots)
    c.drawRightString(520, y, value)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, h - 60, "Children's Services Improvement Plan: actions")
    y = h - 100
    for title, owner, due, status in CARDS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, title)
        y -= 18
        for label, value in (("Lead officer", owner), ("Target date", due), ("Status", status)):
            _leader(c, y, label, value)
            y -= 15
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()


def test_leader_line_is_a_field() -> None:
    line = Line("Lead officer ............ Head of Early Help", (0, 0, 400, 10), 10.0, False, 1, 0)
    assert field_line(line) == ("Lead officer", "Head of Early Help")


def test_cards_with_leader_fields_are_read() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "leaders.pdf"))
    got = [(a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("Audit twelve supervision records each month", "Head of Service", "March 2027", "green"),
        ("Publish practice guidance on chronologies", "Principal Social Worker", "June 2027",
         "amber"),
        ("Train all team managers in reflective supervision", "Head of Early Help", "May 2027",
         "blue"),
    ]  # fmt: skip
