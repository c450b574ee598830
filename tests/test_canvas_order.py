"""A page drawn on the canvas whose actions stand where the drawing has room: a chart with its
fixes at the ends of bones above and below a spine, numbered down each column (1.1 above, 1.2
below, then 1.3 above, 1.4 below). Read row by row, the page gave 1.1, 1.3, 1.2, 1.4: the
drawing's order, not the plan's, and every action after the first out of place.

What is read now: where two of a page's action titles or more stand level and side by side,
and the page's refs number the actions in parts, the page's actions are given in their refs'
order. A ruled table of the same actions (its rows never level) keeps its printed order.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# per page: the recommendation, then (ref, text, owner, due) in ref order
PAGES = [
    ("Recommendation 1: Improve the timeliness of decisions at the front door",
     [("1.1", "Record every return home interview in a structured form", "Head of Early Help",
       "30 June 2026"),
      ("1.2", "Commission an independent return interview service", "Head of Early Help",
       "31 July 2026"),
      ("1.3", "Hold a monthly missing children panel", "Head of Virtual School",
       "30 November 2025"),
      ("1.4", "Publish a revised threshold document with partners", "Service Manager",
       "31 March 2027")]),
    ("Recommendation 2: Strengthen management oversight of casework",
     [("2.1", "Agree a joint protocol with the police on strategy discussions",
       "Head of Safeguarding", "31 October 2026"),
      ("2.2", "Audit thirty strategy discussions and share the learning",
       "Principal Social Worker", "30 April 2026"),
      ("2.3", "Train every team manager in reflective supervision", "Head of Workforce",
       "15 January 2027")]),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    for n, (rec, actions) in enumerate(PAGES, start=1):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, h - 50, "How we are fixing the causes")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(620, h / 2 + 8, rec[:30])
        c.drawString(620, h / 2 - 4, rec[30:])
        c.setLineWidth(3)
        c.line(40, h / 2, 610, h / 2)
        # down each column: the first action above the spine, the next below, then across
        spots = [(90, h / 2 + 140), (90, h / 2 - 110), (350, h / 2 + 140), (350, h / 2 - 110)]
        for (ref, text, owner, due), (x, y) in zip(actions, spots, strict=False):
            c.setLineWidth(1.5)
            c.line(x + 60, y + (-20 if y > h / 2 else 40), x + 160, h / 2)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, ref)
            c.setFont("Helvetica", 9)
            c.drawString(x + 18, y, text[:40])
            c.drawString(x, y - 11, text[40:])
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 23, f"Owner: {owner} \u00b7 Due: {due}")
        c.setFont("Helvetica", 8)
        c.drawString(40, 30, f"Cause and effect analysis   {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_drawn_pages_actions_come_in_their_refs_order() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "bones.pdf"))
    got = [(a.ref, a.owner, a.due_raw) for a in result.actions]
    assert got == [(ref, owner, due) for _, acts in PAGES for ref, _, owner, due in acts]
    assert "plan_refs_out_of_order" not in {w.code for w in result.warnings}
