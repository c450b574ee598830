"""A borderless table whose first column is an area of improvement merged down its actions'
rows: the area's words wrap over more lines than its first action's, so its last line stands
beside the gap between that action and the next (the next row's first line a few points
under it, even level with it). The wrapped-row join (_join_wrapped_rows, 02abd690) measured
the next row's distance from the row above's lowest line in any column, the area's: a row
blank in the first column standing that close was taken for the wrap of the row above, and two
actions were read as one (their refs, texts, dates and statuses run together; seed2-measure
rl-vrules-merged-kpi 2-014, docx-noborder-merged 2-013). A wrap goes on under its own cell's
last line: the gap is taken column by column (_columns_above), over the row's own cells.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

X = [48.4, 205.7, 259.4, 488.3, 592.1, 670.8]
RULES = [203.0, 256.0, 485.0, 589.0, 668.0]
HEAD = ["What Ofsted asked", "Item", "Deliverable", "Deadline", "BRAG", "Accountable"]
PITCH = 10.2  # the type's line pitch (8.5pt)
PAD = 6.0  # between the rows
AREAS = [
    (["1. Build a stable, permanent and skilled", "social work workforce and reduce reliance",
      "on agency staff"], [
        ("1.1", ["Convert agency posts to permanent posts where the postholder", "agrees"],
         "Q1 2026/27", "Red", ["Joseph Mensah (Head of", "Safeguarding)"]),
        ("1.2", ["Launch a recruitment campaign for experienced social workers",
                 "with a relocation package"], "By 30 Nov 2025", "Amber", ["Helen Markham"]),
    ]),
    (["2. Increase the range of suitable", "accommodation for care leavers and",
      "improve the quality of pathway plans"], [
        ("2.1", ["Set up a care leavers' hub with drop-in advice on housing, money",
                 "and health"], "Ongoing", "Red", ["Priya Nandakumar"]),
        ("2.2", ["Commission fifteen supported lodgings places for young people",
                 "leaving care"], "Nov 26", "Green", ["Director of Children's", "Services"]),
    ]),
]  # fmt: skip


def _plan(rules: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    h = landscape(A4)[1]
    c.setFont("Times-Bold", 15)
    c.drawString(51.4, h - 66, "Children's Services Improvement Plan 2025-26")
    c.setFont("Times-Bold", 8.5)
    for x, label in zip(X, HEAD, strict=True):
        c.drawString(x, h - 103, label)
    top = 112.6
    for area, rows in AREAS:
        c.setFont("Times-Roman", 8.5)
        for k, line in enumerate(area):
            c.drawString(X[0], h - top - 7 - k * PITCH, line)
        area_low = top + len(area) * PITCH
        for ref, text, due, status, lead in rows:
            cells = [[ref], text, [due], [status], lead]
            for x, lines in zip(X[1:], cells, strict=True):
                for k, line in enumerate(lines):
                    c.drawString(x, h - top - 7 - k * PITCH, line)
            top += max(len(x) for x in cells) * PITCH + PAD
        top = max(top, area_low + PAD)
    if rules:
        c.setLineWidth(0.5)
        for x in RULES:
            c.line(x, h - 92, x, h - top)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("rules", [True, False])  # column rules only, or no rule at all
def test_each_action_beside_a_merged_area_is_its_own_row(rules: bool) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(rules), "plan.pdf"))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Convert agency posts to permanent posts where the postholder agrees",
         "Joseph Mensah (Head of Safeguarding)", "Q1 2026/27", "red"),
        ("1.2", "Launch a recruitment campaign for experienced social workers with a relocation "
         "package", "Helen Markham", "By 30 Nov 2025", "amber"),
        ("2.1", "Set up a care leavers' hub with drop-in advice on housing, money and health",
         "Priya Nandakumar", "Ongoing", "red"),
        ("2.2", "Commission fifteen supported lodgings places for young people leaving care",
         "Director of Children's Services", "Nov 26", "green"),
    ]  # fmt: skip
