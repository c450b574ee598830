"""A key of coloured marks over words no vocabulary holds (fixer D, round 12): the plan coins its
own status words and says what they mean only by colour, a row of drawn squares or dots each
before its word ('■ Cruising  ■ Wavering  ■ Held up  ■ Put to bed'). Each word then means the
colour of its mark, wherever the plan prints it (here a table's status column of plain words, no
fill, no mark). A grey mark's word is no colour; a row of marks of one colour (bullets) is no
key. Plans typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
KEY = [("Cruising", "#2f9e44"), ("Wavering", "#e8a317"), ("Held up", "#c92a2a"),
       ("Put to bed", "#1c5fd1"), ("On the list", "#9a9a9a")]  # fmt: skip
ROWS = [
    ("P1", "Publish a revised threshold document for the front door", "Head of Safeguarding",
     "31 January 2026", "Wavering"),
    ("P2", "Train every team manager in the new supervision policy", "Practice Lead",
     "31 March 2026", "Held up"),
    ("P3", "Audit forty child protection plans with health partners", "QA Manager",
     "28 February 2026", "Put to bed"),
    ("P4", "Set up a weekly exploitation panel with the police", "Head of Youth Justice",
     "30 April 2026", "On the list"),
    ("P5", "Review every open child in need plan over six months", "Service Manager",
     "31 May 2026", "Cruising"),
]  # fmt: skip


def _plan(key: list[tuple[str, str]]) -> bytes:
    def draw_key(canvas: Canvas, _doc: object) -> None:
        x, y = 330.0, A4[1] - 50
        canvas.setFont("Helvetica", 8)
        for word, colour in key:
            canvas.setFillColor(colour)
            canvas.rect(x, y - 1, 7, 7, stroke=0, fill=1)  # a drawn square, no glyph
            canvas.setFillColor("#000000")
            canvas.drawString(x + 10, y, word)
            x += 16 + canvas.stringWidth(word, "Helvetica", 8) + 12

    head = ["Ref", "Action", "Lead", "Due", "Status"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3], r[4]] for r in ROWS]
    grid = Table(cells, colWidths=[35, 210, 110, 85, 65])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    doc.build(
        [Paragraph("<b>Improvement plan</b>", BODY), Spacer(1, 20), grid], onFirstPage=draw_key
    )
    return buf.getvalue()


def test_words_a_key_colours_read_as_its_colours() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(KEY), "plan.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == {
        "P1": "amber", "P2": "red", "P3": "blue", "P4": None, "P5": "green",
    }  # fmt: skip


def test_marks_of_one_colour_are_no_key() -> None:
    bullets = [(word, "#1c5fd1") for word, _ in KEY]
    plan = extract_plan(parse_pdf_bytes(_plan(bullets), "plan.pdf"))
    assert len(plan.actions) == 5
    assert all(a.rag is None for a in plan.actions)
