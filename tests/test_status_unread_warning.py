"""A status column the plan prints but from which no action's status could be read says so.

The statuses are shown in a way the reader does not know (a star rating, a drawn mark): the
plan would otherwise pass as unrated, its RAG coverage unknown without a word. The warning says
what the column's cells hold, so a column left blank (a plan not yet rated) reads as such. A plan
whose statuses were read says nothing. Plans typeset with reportlab, read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ROWS = [
    ("1.1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"),
    ("1.2", "Recruit four independent reviewing officers", "Principal Social Worker",
     "Jun 2026"),
    ("2.1", "Update the threshold document with partners", "Head of Front Door", "Sep 2026"),
]  # fmt: skip


def _plan(statuses: list[str]) -> PlanExtraction:
    head = ["Ref", "Action", "Lead", "Due", "RAG status"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in (*r, s)] for r, s in zip(ROWS, statuses, strict=True)]
    table = Table(cells, colWidths=[50, 360, 150, 80, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _unread(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_status_unread"]


def test_a_status_column_read_as_nothing_is_named_with_what_it_holds() -> None:
    plan = _plan(["3 stars", "1 star", "2 stars"])
    assert [a.rag for a in plan.actions] == [None, None, None]
    assert _unread(plan) == [
        "status column 'RAG status' was read as no status for any of the 3 actions (its cells"
        " say '3 stars', '1 star', '2 stars'): RAG coverage is unknown (not unrated); check it"
        " with `plantrace tables`"
    ]


def test_a_blank_status_column_says_its_cells_are_empty() -> None:
    plan = _plan(["", "", ""])
    assert [a.text for a in plan.actions] == [r[1] for r in ROWS]
    assert len(_unread(plan)) == 1
    assert "its cells hold no words or fill" in _unread(plan)[0]


def test_a_plan_whose_statuses_were_read_says_nothing() -> None:
    plan = _plan(["On track", "Off track", "Complete"])
    assert [a.rag for a in plan.actions] == ["green", "red", "blue"]
    assert _unread(plan) == []
