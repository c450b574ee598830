"""Callout boxes of an infographic page: each box opens with the action's number set bold and
its text after it in plain type on the same line ('<b>7</b> Launch a recruitment campaign ..'),
then its owner, due date and status as labelled lines. The boxes were read as cards, but the
bare number stayed in the action's text ('7 Launch ..'), no ref: a number with no dot is no ref
that leads a text (plan_columns.LEADING_REF), so the actions were matched by nothing.

What is read: a run of card titles that all open with a different bare number on a line set
bold from its first character gives each action that number as its ref, its text without it.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# (ref, action, owner, due as printed, status as printed)
ACTIONS = [
    ("1", "Hold monthly practice workshops on analysis", "Helen Markham", "Mar. 2027", "Green"),
    ("2", "Include identity prompts in the assessment form", "Ruth Kowalczyk", "Jun. 2027", "Amber"),
    ("3", "Ensure reviewing officers meet each child", "Sian Pritchard", "Sep. 2027", "Red"),
    ("4", "Launch a recruitment campaign for social workers", "Martin Hale", "Dec. 2027", "Green"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, 555, "Our improvement journey at a glance")
    c.setFont("Helvetica", 9)
    c.drawString(40, 538, "R1  Improve the quality of assessments for children in need")
    w = 190.0
    for row, y0 in ((0, 470.0), (1, 250.0)):
        for k, (ref, text, owner, due, status) in enumerate(ACTIONS[row * 2 : row * 2 + 2]):
            x = 40 + k * 2 * (w + 10) + row * (w + 10)
            c.setStrokeColorRGB(0.45, 0.45, 0.45)
            c.roundRect(x, y0 - 60, w, 70, 5, stroke=1, fill=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 7.8)
            c.drawString(x + 6, y0, ref)
            c.setFont("Helvetica", 7.8)
            c.drawString(x + 6 + c.stringWidth(f"{ref}  ", "Helvetica-Bold", 7.8), y0, text)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, y0 - 14, f"Owner: {owner}")
            c.drawString(x + 6, y0 - 24, f"Due: {due}")
            c.drawString(x + 6, y0 - 34, f"Status: {status}")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_bold_number_opening_each_box_is_its_ref() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "callouts.pdf"))
    got = sorted((a.ref, a.text, a.owner, a.rag) for a in result.actions)
    want = sorted((ref, text, owner, status.lower()) for ref, text, owner, _, status in ACTIONS)
    assert got == want
