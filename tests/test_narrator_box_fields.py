"""A panel's narrator box: a run-in label trailing off in an ellipsis ('So far… ...') is a field.

A storyboard tells each action's progress in a narrator box under the panel's status stamp,
opened by a short label closed by an ellipsis instead of a colon ('So far… Two posts filled').
Read as a line running on from the stamp above it, the update was glued to the status word
('ON TRACK So far… Two posts filled') and the status misread. (The label 'So far' itself names
no role the vocabulary knows: it is said unplaced, not read as progress.) Some panels also hold a second
speech bubble, someone asking about another date, with its 'Asked by:' tag: no field of the
panel and no card of its own. Drawn with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FILLS = {"green": (0.18, 0.49, 0.2), "amber": (0.88, 0.63, 0.0), "red": (0.78, 0.16, 0.16)}
WORDS = {"green": "ON TRACK", "amber": "AT RISK", "red": "OFF TRACK"}
PANELS = [
    ("1.1", "Audit twelve supervision records", "Helen Markham", (2027, 3, 3), "green",
     "Six audits done; themes shared", None),
    ("1.2", "Add a timeliness measure to the dashboard", "Owen Tremayne", (2026, 6, 30), "amber",
     "Data feed delayed by the new system", "Cllr Rita Obi"),
    ("1.3", "Train team managers in supervision", "Ruth Kowalczyk", (2026, 9, 30), "red",
     "Trainer not yet appointed", None),
    ("2.1", "Commission a therapeutic service", "Martin Hale", (2027, 1, 14), "green",
     "Tender issued in May", "Aisha Banerjee"),
    ("2.2", "Agree a pathway for health assessments", "Claire Whitby", (2026, 10, 31), "amber",
     "Draft pathway with partners", None),
    ("2.3", "Review placement stability each quarter", "Joseph Mensah", (2027, 2, 28), "red",
     "First review slipped to March", None),
]  # fmt: skip


def _board() -> bytes:
    buf = io.BytesIO()
    width, height = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, height - 40, "Our improvement storyboard")
    for n, (ref, text, lead, due, rag, note, asker) in enumerate(PANELS):
        x, top = 36 + (n % 3) * 250, height - 70 - (n // 3) * 255
        c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - 245, 235, 245, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 8, top - 16, f"Panel {ref}")
        c.setFont("Helvetica", 9)
        c.drawString(x + 8, top - 34, text)
        c.setFont("Helvetica-Oblique", 8.5)
        day = date(*due)
        c.drawString(x + 30, top - 60, f"\u201cI'll have it done by {day.day} {day:%B}")
        c.drawString(x + 30, top - 72, f"{day.year}.\u201d")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 30, top - 88, f"Lead: {lead}")
        y = top - 100
        if asker is not None:
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(x + 14, y - 12, "\u201cWill the board see it by the end")
            c.drawString(x + 14, y - 24, "of April 2026?\u201d")
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 14, y - 40, f"Asked by: {asker}")
            y -= 52
        word = f"STATUS: {WORDS[rag]}"
        w = c.stringWidth(word, "Helvetica-Bold", 8) + 12
        c.setFillColorRGB(*FILLS[rag])
        c.roundRect(x + 8, y - 16, w, 14, 3, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(x + 14, y - 12, word)
        c.setFillColorRGB(0.95, 0.9, 0.96)
        c.rect(x + 8, y - 46, 219, 22, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(x + 12, y - 38, f"So far\u2026 {note}")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_narrator_box_parts_from_the_stamp_and_the_question_is_no_card() -> None:
    plan = extract_plan(parse_pdf_bytes(_board(), "board.pdf"))
    got = {a.ref: (a.owner, a.due_date, a.rag) for a in plan.actions}
    assert got == {ref: (lead, date(*due), rag) for ref, _, lead, due, rag, _, _ in PANELS}
    assert len(plan.actions) == len(PANELS)
