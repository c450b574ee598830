"""A section header on a grey band ('REC 2' over the recommendation's text) cut by a page
break: the label alone at the foot of one page, its text in the band's part atop the next.

Why: on one page the band is one box, read as a label over its text; cut in two, each part
was a box of its own and the label was read alone, so the recommendation was lost and its
actions were linked to the one before. The label at a page's foot carries on to the boxed
sentence opening the next page.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

MM = 72 / 25.4
WIDTH, HEIGHT = 100 * MM, 200 * MM
RECS = {
    "1": "Improve the response to children at risk of exploitation outside the home",
    "2": "Increase the range of suitable accommodation for care leavers",
}
CELLS = {
    "1": [("#101", "Launch a single exploitation screening tool", "Sian Pritchard", "Mon 4 Aug 2025", "Late"),
          ("#102", "Deliver safeguarding training to every team", "Grace Adebayo", "Sun 31 Aug 2025", "Done"),
          ("#103", "Develop safety plans for places of concern", "Ruth Kowalczyk", "Wed 7 May 2025", "At risk"),
          ("#104", "Appoint two specialist exploitation workers", "Bethan Lloyd", "Mon 20 Apr 2026", "Late")],
    "2": [("#201", "Commission fifteen supported lodgings places", "Grace Adebayo", "Tue 3 Jun 2025", "On track"),
          ("#202", "Agree a joint housing protocol with districts", "Bethan Lloyd", "Fri 31 Oct 2025", "Late")],
}  # fmt: skip


def _band(c: canvas.Canvas, y: float, h: float) -> None:
    c.setFillGray(0.9)
    c.rect(12, y - 3, WIDTH - 24, h, stroke=0, fill=1)
    c.setFillGray(0)


def _cell(
    c: canvas.Canvas, y: float, ref: str, title: str, lead: str, due: str, pill: str
) -> float:
    c.setFont("Helvetica", 6.5)
    c.drawString(17, y, ref)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawRightString(WIDTH - 22, y - 1.5, pill)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(17, y - 9, title)
    c.setFont("Helvetica", 7)
    c.drawString(17, y - 18.5, f"Lead: {lead} · Due date: {due}")
    return y - 45


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    y = HEIGHT - 40
    _band(c, y - 10, 22)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(17, y, "REC 1")
    c.setFont("Helvetica", 7.5)
    c.drawString(17, y - 10, RECS["1"])
    y -= 32
    for cell in CELLS["1"]:
        y = _cell(c, y, *cell)
    _band(c, 24, 12)  # the band cut by the page break: its label alone at the foot
    c.setFont("Helvetica-Bold", 7)
    c.drawString(17, 25, "REC 2")
    c.showPage()
    y = HEIGHT - 20
    _band(c, y, 12)
    c.setFont("Helvetica", 7.5)
    c.drawString(17, y, RECS["2"])
    y -= 22
    for cell in CELLS["2"]:
        y = _cell(c, y, *cell)
    c.save()
    return buf.getvalue()


def test_a_band_label_at_a_pages_foot_heads_the_text_atop_the_next() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == list(RECS.items())


def test_the_actions_under_it_answer_it() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    got = [(a.text, a.recommendations) for a in result.actions]
    want = [(cell[1], [f"r{n}"]) for n, cells in CELLS.items() for cell in cells]
    assert got == want
