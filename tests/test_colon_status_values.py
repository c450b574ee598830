"""A status written '<colour>: <words>' after its label's colon ('Where we are: Green: on
course') is that label's value, read by its colour word, not a card label of its own."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

_ACTIONS = [
    ("1a", "Recruit twenty additional foster carers through a local campaign", "Amber: watch"),
    ("1b", "Review all children placed with parents under a care order", "Green: on course"),
    ("1c", "Hold exit interviews with every leaver and report the themes", "Red: behind"),
    ("1d", "Offer a protected caseload to all newly qualified social workers", "Done"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    _, h = landscape(A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 50, "Our improvement plan: what we are doing")
    y = h - 100
    for ref, text, status in _ACTIONS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"{ref} {text}")
        c.setFont("Helvetica", 10)
        c.drawString(40, y - 15, "Who: Head of Service, Children in Care")
        c.drawString(300, y - 15, "Deadline: 31st March 2027")
        c.drawString(480, y - 15, f"Where we are: {status}")
        y -= 50
    c.showPage()
    c.save()
    return buf.getvalue()


def test_colour_status_with_its_own_colon_is_read_as_the_status() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "statuses.pdf"))
    rags = {a.ref: a.rag for a in result.actions}
    assert rags == {"1a": "amber", "1b": "green", "1c": "red", "1d": "blue"}
    assert all(a.owner == "Head of Service, Children in Care" for a in result.actions)
    assert not [w for w in result.warnings if "card label" in w.message]
