"""A roadmap printed as a vertical timeline: a spine ruled down the page's middle, the action
cards boxed (rounded corners) and set off it left and right, each with its fields on lines of
their own ('Lead officer: ...', 'Target date: ...'); the last card opens the next page right of
the spine, under its quarter's pill, whose foot runs across the spine to the card's top edge
(the geometry of a Chromium print, drawn here with ReportLab).

The table finder reads that last card as a box of two cells: the space between the spine and
the card (a sliver of 30pt, wider than any character) and the card. 16b47eff took a sliver on one
side only for a card's own accent rule and left the card to the page's reading, where it was
lost (holdout12-s2 html-roadmap-timeline: one action of 2-013). A sliver as wide as a character
or wider is space ruled off by a line standing apart from the card: the card is the box's filled
cell, read as the other cards (plan_cards._framed_cell). A stroke's width on one side (an accent
rule) is still no frame (tests/test_accent_rule_card_box.py).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = A4
# (ref, action, lead, due, status)
CARDS = [
    ("T1", "Hold a monthly panel for children missing from education", "Head of Inclusion",
     "30 June 2026", "Complete"),
    ("T2", "Publish a sufficiency statement for foster placements", "Head of Fostering",
     "30 September 2026", "On track"),
    ("T3", "Train every team manager in reflective supervision", "Principal Social Worker",
     "15 September 2026", "Delayed"),
    ("T4", "Audit the plans of every child placed out of the area", "Quality Assurance Manager",
     "31 December 2026", "Not started"),
]  # fmt: skip
SPINE = 297.75


def _card(c: canvas.Canvas, x0: float, top: float, card: tuple[str, ...]) -> float:
    """A rounded box 221pt wide from top (points from the page's top) holding the card's lines;
    returns its foot."""
    ref, text, lead, due, status = card
    lines = [(f"{ref} {text[:34]}", 9.5, True), (text[34:], 9.5, False),
             (f"Lead officer: {lead}", 8.0, False), (f"Target date: {due}", 8.0, False),
             (f"Status: {status}", 8.0, False)]  # fmt: skip
    foot = top + 12 + 13.5 * len(lines)
    c.setLineWidth(0.8)
    c.setStrokeGray(0.73)
    c.roundRect(x0, H - foot, 221.25, foot - top, 5.67, stroke=1, fill=0)
    y = top + 16
    for txt, size, bold in lines:
        c.setFont("Times-Bold" if bold else "Times-Roman", size)
        c.drawString(x0 + 8.5, H - y, txt.strip())
        y += 13.5
    return foot


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Bold", 18)
    c.drawString(40, H - 60, "Our improvement roadmap")
    top = 90.0
    c.setFillGray(0.33)
    c.rect(SPINE, H - 760, 1.5, 760 - top)  # the spine, filled
    c.setFillGray(0)
    for i, card in enumerate(CARDS[:3]):
        top = _card(c, 45.75 if i % 2 == 0 else 328.125, top, card) + 12
    c.showPage()
    c.setFillGray(0.33)
    c.rect(SPINE, H - 140.25, 1.5, 140.25 - 39.75, stroke=0, fill=1)
    c.setFillGray(0)
    c.setLineWidth(0.75)
    for y in (24.0, 40.5):  # the quarter's pill: its edges, across the spine to the card
        c.line(262.5, H - y, 333.0, H - y)
    c.setFont("Times-Bold", 9.5)
    c.drawString(272, H - 35.5, "Oct to Dec 2026")
    _card(c, 328.125, 40.125, CARDS[3])
    c.setFont("Times-Bold", 12)
    c.drawString(45.75, H - 180, "How we will measure success")
    c.setFont("Times-Roman", 9)
    for k, row in enumerate((("Measure", "Baseline", "Latest", "Target"),
                             ("Social worker vacancy rate", "41%", "13%", "10%"),
                             ("Assessments within 45 days", "80%", "85%", "90%"))):  # fmt: skip
        for x, cell in zip((45.75, 320, 405, 485), row, strict=True):
            c.drawString(x, H - 205 - 18 * k, cell)
    c.save()
    return buf.getvalue()


def test_the_card_set_off_a_timeline_spine_is_read() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "roadmap.pdf"))
    got = {a.ref: a for a in plan.actions}
    assert sorted(r for r in got if r) == ["T1", "T2", "T3", "T4"], [a.ref for a in plan.actions]
    assert got["T4"].owner == "Quality Assurance Manager"
    assert str(got["T4"].due_date) == "2026-12-31"
