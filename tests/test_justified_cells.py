"""A borderless action table whose action cells are justified: each line but a cell's last is
stretched to the column's width, its word spaces widened alike (wider than a word space, as wide
as the gap between two columns). Where lines of several rows stretch alike (actions opening on
the same words) the widened spaces line up down the rows, a river of white that was read as a
column's edge: every action's text cut in two, its second half a column of its own, said
unplaced. A justified line's spaces are word spaces (pipeline.tables._justified_spaces). Drawn
with reportlab as a typesetter justifies: the space left on a line shared among its gaps."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FONT, SIZE = "Helvetica", 9.0
WIDTH = 190.0  # the action column's measure
X = {"ref": 50.0, "action": 90.0, "lead": 300.0, "due": 440.0}
OPENING = ["Agree with partners a shared protocol for", "recording decisions at the front door"]
ROWS = [  # ref, the action's lines (all but the last justified), lead, due
    ("1.1", [*OPENING, "within a day"], "Head of Early Help", "31/03/2027"),
    ("1.2", [*OPENING, "and audit it"], "Service Manager", "30/06/2026"),
    ("1.3", [*OPENING, "for schools"], "Principal Social Worker", "30/09/2026"),
    ("1.4", ["Publish a revised threshold document with", "partners and schools"],
     "Designated Nurse", "31/12/2026"),
]  # fmt: skip


def _justified(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    words = text.split()
    room = WIDTH - sum(stringWidth(w, FONT, SIZE) for w in words)
    gap = room / (len(words) - 1)
    for w in words:
        c.drawString(x, y, w)
        x += stringWidth(w, FONT, SIZE) + gap


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 60, "Improvement plan")
    c.drawString(50, height - 90, "Recommendation 1: Strengthen the front door")
    c.setFont("Helvetica-Bold", SIZE)
    y = height - 120
    for key, head in zip(X, ("Ref", "Action", "Lead officer", "Due date"), strict=True):
        c.drawString(X[key], y, head)
    c.setFont(FONT, SIZE)
    y -= 18
    for ref, lines, lead, due in ROWS:
        c.drawString(X["ref"], y, ref)
        c.drawString(X["lead"], y, lead)
        c.drawString(X["due"], y, due)
        for i, text in enumerate(lines):
            if i < len(lines) - 1:
                _justified(c, X["action"], y - 11 * i, text)
            else:
                c.drawString(X["action"], y - 11 * i, text)
        y -= 11 * len(lines) + 10
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_justified_cells_stretched_spaces_are_no_column_edge() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    got = {a.ref: (a.text, a.owner) for a in plan.actions}
    assert got == {ref: (" ".join(lines), lead) for ref, lines, lead, _ in ROWS}
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]
