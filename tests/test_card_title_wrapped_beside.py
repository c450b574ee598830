"""A newsletter in two columns, printed by ReportLab: recommendations and their action cards (a
bold numbered title over indented bold fields, 'Leading this: ... · Deadline: ... · Progress:
...') run down the first page. The last card opens the next page wrapped across its columns: its
title at the head of the left column, its fields level with it at the head of the right.

What is read: a card's title is the lines over its fields in its own column, a line of the
column beside passed over (test_card_title_column_beside); but a card with no line of its own
column over its fields takes the line beside, level with them, as its title after all (it was
passed over: the card had no title, its fields were lost and no warning said so).
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# column, ref, title lines, owner, due, status
CARDS = [
    (0, "1.1", ["Give foster carers and residential staff refreshed guidance",
                "on reporting a child missing"], "Claire Whitby", "Wednesday 30 September 2026",
     "Running late"),
    (0, "1.2", ["Hold a monthly missing children panel chaired by the",
                "head of safeguarding"], "Leon Fairweather", "Thursday 23 July 2026",
     "Starting soon"),
    (0, "1.3", ["Commission an independent return home interview service",
                "that offers every child a conversation"], "Helen Markham", "Friday 3 July 2026",
     "Finished"),
    (1, "2.1", ["Appoint two specialist exploitation social workers to",
                "support complex cases"], "Service Manager, Care Leavers",
     "Friday 21 August 2026", "Needs help"),
    (1, "2.2", ["Establish a weekly multi-agency child exploitation",
                "meeting with police, health and education"], "Amira Choudhury",
     "Wednesday 18 November 2026", "Running late"),
]  # fmt: skip
WRAPPED = ("2.3", ["Deliver contextual safeguarding training to every social",
                   "work team and to designated safeguarding leads"],
           "Joseph Mensah", "Thursday 17 December 2026", "Finished")  # fmt: skip
RECS = {0: ("Recommendation 1", "Strengthen the response to children who go missing"),
        1: ("Recommendation 2", "Improve the response to children at risk of exploitation")}  # fmt: skip
LEFT = (48.0, 312.0)


def _fields(c: canvas.Canvas, x: float, y: float, owner: str, due: str, status: str) -> None:
    c.setFont("Times-Bold", 9.5)
    c.drawString(x + 12, y, f"Leading this: {owner} ·")
    c.drawString(x + 12, y - 13, f"Deadline: {due} · Progress: {status}")


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Times-Bold", 30)
    c.drawString(48, 790, "Improvement News")
    y, x = 740.0, LEFT[0]
    for col in RECS:
        head, text = RECS[col]
        c.setFont("Times-Bold", 13)
        c.drawString(x, y, head)
        c.setFont("Times-Italic", 9.5)
        c.drawString(x, y - 16, text)
        y -= 40
        for on, ref, title, owner, due, status in CARDS:
            if on != col:
                continue
            c.setFont("Times-Bold", 9.5)
            c.drawString(x, y, f"{ref} {title[0]}")
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, y - 12, title[1])
            _fields(c, x, y - 28, owner, due, status)
            y -= 66
        y -= 10
    c.showPage()
    ref, title, owner, due, status = WRAPPED
    c.setFont("Times-Bold", 9.5)
    c.drawString(LEFT[0], 796, f"{ref} {title[0]}")
    c.setFont("Times-Roman", 9.5)
    c.drawString(LEFT[0], 784, title[1])
    _fields(c, LEFT[1] - 12, 796, owner, due, status)
    c.setFont("Times-Bold", 13)
    c.drawString(48, 740, "How are we doing?")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_card_wrapped_across_columns_keeps_its_title_and_fields() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "wrapped.pdf"))
    got = {a.ref: (a.owner, a.due_raw, a.rag) for a in plan.actions}
    assert got["2.3"] == ("Joseph Mensah", "Thursday 17 December 2026", "blue")
    assert plan.actions[-1].text.startswith("Deliver contextual safeguarding training")
    for _, ref, _, owner, due, _ in CARDS:
        assert got[ref][:2] == (owner, due)
