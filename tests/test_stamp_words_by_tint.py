"""A card's status printed as a stamp: words no vocabulary knows, in capitals, on a coloured fill.

A storyboard or a poster stamps each card's status as a word of its own choosing in white
capitals on a coloured pill ('MOOD: STORM WARNING' on red), under a label no header vocabulary
knows. Two capitalised words read like a person's name, so the label was taken for a second
person's (a sponsor) and no status was read. The stamps' fills follow their words, in status
hues: the fill is the status, and a warning says the scale was inferred from the paint. Drawn
with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FILLS = {"red": (0.78, 0.16, 0.16), "amber": (0.88, 0.63, 0.0), "green": (0.18, 0.49, 0.2),
         "blue": (0.08, 0.4, 0.75)}  # fmt: skip
WORDS = {"red": "STORM WARNING", "amber": "GATHERING CLOUDS", "green": "CLEAR SKIES",
         "blue": "SAFE HARBOUR"}  # fmt: skip
CARDS = [
    ("1.1", "Audit twelve supervision records each month", "Helen Markham", "30 June 2026", "green"),
    ("1.2", "Add a timeliness measure to the dashboard", "Owen Tremayne", "31 July 2026", "red"),
    ("1.3", "Train team managers in reflective supervision", "Ruth Kowalczyk", "30 Sep 2026",
     "amber"),
    ("2.1", "Commission a therapeutic service for children", "Martin Hale", "31 Jan 2027", "blue"),
    ("2.2", "Agree a pathway for initial health assessments", "Claire Whitby", "31 Oct 2026",
     "red"),
    ("2.3", "Review placement stability every quarter", "Aisha Banerjee", "31 Mar 2027", "green"),
]  # fmt: skip


def _cards() -> bytes:
    buf = io.BytesIO()
    width, height = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, height - 40, "Our improvement plan on a page")
    for n, (ref, text, lead, due, rag) in enumerate(CARDS):
        x, top = 36 + (n % 3) * 250, height - 80 - (n // 3) * 200
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 170, 235, 170, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 8, top - 16, f"Card {ref}")
        c.setFont("Helvetica", 9)
        c.drawString(x + 8, top - 34, text)
        c.drawString(x + 8, top - 60, f"Lead: {lead}")
        c.drawString(x + 8, top - 76, f"Due: {due}")
        word = f"MOOD: {WORDS[rag]}"
        w = c.stringWidth(word, "Helvetica-Bold", 8) + 12
        c.setFillColorRGB(*FILLS[rag])
        c.roundRect(x + 8, top - 110, w, 14, 3, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 14, top - 106, word)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_stamp_of_unknown_words_is_read_by_its_fill_and_said_inferred() -> None:
    plan = extract_plan(parse_pdf_bytes(_cards(), "stamps.pdf"))
    got = {a.ref: (a.owner, a.rag) for a in plan.actions}
    assert got == {ref: (lead, rag) for ref, _, lead, _, rag in CARDS}
    said = [w for w in plan.warnings if w.code == "status_scale_inferred"]
    assert len(said) == 1
    assert "storm warning" in said[0].message
