"""A column whose header names the owner but whose cells are sentences, beside a column of
person names under a header that names no role: the sentences took the owner and the people
were pushed to sponsor, so every owner was lost, silently (html-pyramid: a footer line
'Leaders who know their teams. Surveyed by ...' read as a card field). A column of people
beats prose for the owner (column_roles._people_own), the prose column said as other.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("1.1", "Audit twenty supervision records each quarter", "Marta Lindqvist", "31/03/2027",
     "Leaders will meet the whole team each week to agree what the audit found."),
    ("1.2", "Train every team manager in reflective supervision", "Owen Pritchard",
     "30/06/2027", "Leaders have begun to plan the course with the training provider."),
    ("1.3", "Report supervision frequency monthly to the board", "Grace Adeyemi",
     "30/09/2027", "Leaders said the first report went to the board in the spring."),
    ("2.1", "Publish a revised threshold document with partners", "Tomas Berglund",
     "31/01/2027", "Leaders expect partners to sign the document off before the summer."),
]  # fmt: skip


def _pdf() -> bytes:
    style = getSampleStyleSheet()["BodyText"]
    data = [["Ref", "Action", "Named", "Due", "Lead"]]
    data += [[r, Paragraph(a, style), n, d, Paragraph(p, style)] for r, a, n, d, p in ROWS]
    table = Table(data, colWidths=[40, 260, 110, 70, 260])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    buf = io.BytesIO()
    title = Paragraph("Improvement plan", getSampleStyleSheet()["Title"])
    SimpleDocTemplate(buf, pagesize=landscape(A4)).build([title, table])
    return buf.getvalue()


def test_people_beat_prose_for_the_owner() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "prose_owner.pdf"))
    got = [(a.ref, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(r, n, d) for r, _, n, d, _ in ROWS]
