"""A note printed under an action's text in its own cell, opening with a label a progress
column would have ('Progress: ...', 'Latest update: ...'), is the action's progress, not part of
its text (fixer C, round 10; a fixed-width listing prints 'UPDATE: ...' so). A later line that
only starts with a word such as 'Update' is text. Plans typeset with reportlab and read by the
whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

ROWS = [
    ("A1", "Run a monthly audit of child protection plans<br/>"
     "Progress: two audits done; themes shared with teams", "Head of Quality", "Mar 2026"),
    ("A2", "Recruit four independent reviewing officers<br/>"
     "Latest update: adverts out, interviews in April", "Principal Social Worker", "Jun 2026"),
    ("A3", "Update the threshold document with partners<br/>and publish it on the website",
     "Head of Front Door", "Sep 2026"),
]  # fmt: skip


def _plan() -> PlanExtraction:
    head = ["Ref", "What we will do", "Lead", "By when"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3]] for r in ROWS]
    table = Table(cells, colWidths=[40, 380, 150, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "notes.pdf"))


def test_a_labelled_note_under_the_text_is_the_progress() -> None:
    plan = _plan()
    assert [(a.ref, a.text, a.progress) for a in plan.actions] == [
        ("A1", "Run a monthly audit of child protection plans",
         "two audits done; themes shared with teams"),
        ("A2", "Recruit four independent reviewing officers", "adverts out, interviews in April"),
        ("A3", "Update the threshold document with partners and publish it on the website", None),
    ]  # fmt: skip
