"""A status column of schedule words: 'On schedule' green, 'Off schedule' red (off plan, as
'Off track' and 'Off target' are), 'Not yet started' a state. Before, 'Off schedule' was no
word of the vocabulary, so a column of 'Off schedule' and 'Not yet started' alone read as notes
(progress), and those actions as unrated."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes


def test_off_schedule_is_red_and_on_schedule_green() -> None:
    assert normalise_rag("Off schedule") == "red"
    assert normalise_rag("off-schedule") == "red"
    assert normalise_rag("On schedule") == "green"
    assert normalise_rag("Behind schedule") == "amber"  # a degree, unchanged


ROWS = [
    ("1.1", "Provide direct work resources to every social work team", "Head of Safeguarding",
     "06.11.2026", "Off schedule"),
    ("1.2", "Expand the children in care council", "Head of Virtual School", "18.10.2026",
     "Not yet started"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 550, "Improvement plan: progress report")
    xs = [40, 80, 380, 530, 620, 720]
    top, h = 510, 30
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(xs, ["No.", "Action", "Who", "Target", "Where we are"], strict=False):
        c.drawString(x + 3, top - 19, head)
    c.setFont("Helvetica", 8)
    for i, row in enumerate(ROWS, start=1):
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 3, top - h * i - 19, cell)
    for i in range(len(ROWS) + 2):
        c.line(xs[0], top - h * i, xs[-1], top - h * i)
    for x in xs:
        c.line(x, top, x, top - h * (len(ROWS) + 1))
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_column_of_schedule_words_is_the_status() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    assert [(a.ref, a.rag) for a in plan.actions] == [("1.1", "red"), ("1.2", None)]
