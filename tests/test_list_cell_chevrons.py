"""A phone app's list of actions printed on a narrow page: per recommendation a section header
'REC 1' over its text; per action a list cell, its ref as the app numbers items ('#101'), the
action in bold over two or three lines, a meta line 'Owner: <name> · Due: <date>', and at the
cell's right edge a status pill level with the ref over a chevron '›' set between the title's
lines.

What is read: every action whole (the chevron no line of it, so the title is not cut at it),
its owner and due date, and the pill at its right edge as its status.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

MM = 72 / 25.4
WIDTH, HEIGHT = 100 * MM, 200 * MM
# ref, title lines, owner, due, pill
CELLS = [
    ("#101", ["Revise the strategy discussion template so the",
              "decision and its rationale are recorded on the", "child's file"],
     "Commissioning Manager", "Aug 2025", "Done"),
    ("#102", ["Escalate any strategy discussion held without a",
              "health representative to the designated nurse", "within one working day"],
     "Head of Quality Assurance", "Sep 2025", "At risk"),
    ("#103", ["Set up a daily virtual strategy meeting slot so",
              "partners can join without travelling"],
     "Service Manager, Fostering", "Aug 2025", "On track"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    y = HEIGHT - 40
    c.setFont("Helvetica-Bold", 7)
    c.drawString(17, y, "REC 1")
    y -= 10
    c.setFont("Helvetica", 7.5)
    c.drawString(17, y, "Ensure that strategy discussions involve police, health and social care")
    y -= 22
    for ref, title, owner, due, pill in CELLS:
        top = y
        c.setFont("Helvetica", 6.5)
        c.drawString(17, y, ref)
        y -= 9
        for part in title:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(17, y, part)
            y -= 9.5
        c.setFont("Helvetica", 7)
        c.drawString(17, y, f"Owner: {owner} · Due: {due}")
        # the pill and the chevron come after the cell's text, as a browser prints them
        c.setFont("Helvetica-Bold", 6.5)
        c.drawRightString(WIDTH - 22, top - 1.5, pill)
        c.setFont("Helvetica", 9)
        c.drawString(WIDTH - 19.5, top - 13, "›")
        y -= 24
    c.save()
    return buf.getvalue()


def test_list_cells_titles_are_read_whole_across_the_chevron() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    got = [(a.text, a.owner, a.due_raw) for a in result.actions]
    assert got == [(" ".join(title), owner, due) for _ref, title, owner, due, _pill in CELLS]


def test_a_status_pill_level_with_a_cells_first_line_is_that_cells() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    assert [a.rag for a in result.actions] == ["blue", "amber", "green"]
