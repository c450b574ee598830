"""An unrated plan whose status words were read at the end of another field says so.

A tracker that prints each action's status under its due date in one cell ('Mar 2026' over
'At risk'), with no status column of its own, is read with the status inside the due text and
no action rated. The plan would pass as unrated in silence, though its statuses are printed:
plan_status_unread is said. A plan with no status word anywhere stays quiet. Plans typeset with
reportlab and read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ACTIONS = [
    ("1.1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"),
    ("1.2", "Recruit four independent reviewing officers", "Principal Social Worker", "Jun 2026"),
    ("2.1", "Update the threshold document with partners", "Head of Front Door", "Sep 2026"),
]  # fmt: skip


def _plan(statuses: list[str]) -> PlanExtraction:
    head = ["Ref", "Action", "Owner", "Target date"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    for (ref, text, owner, due), status in zip(ACTIONS, statuses, strict=True):
        cells.append([Paragraph(c, BODY) for c in (ref, text, owner, f"{due} {status}".strip())])
    table = Table(cells, colWidths=[50, 330, 150, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_status_words_closing_the_due_text_are_said() -> None:
    plan = _plan(["At risk", "Off track", "Complete"])
    assert len(plan.actions) == 3
    assert all(a.rag is None for a in plan.actions)
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert said and "status word" in said[0].message


def test_plan_without_status_words_stays_quiet() -> None:
    plan = _plan(["", "", ""])
    assert len(plan.actions) == 3
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]
