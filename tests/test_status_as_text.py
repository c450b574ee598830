"""A plan whose status words are printed at the end of another field is rated from them.

A tracker that prints each action's status under its due date in one cell ('Mar 2026' over
'At risk'), with no status column of its own, was read with the status inside the due text and
no action rated; until 0.6.58 the plan only said so (plan_status_unread). Since 0.6.58 the due
value is split where its last words are a status the one status normaliser knows and the words
before them a date the one date normaliser reads (extractors/due_status_tails.py): the date is
the due, the status the action's colour, and nothing is left to say. A plan with no status word
anywhere stays quiet. Plans typeset with reportlab and read by the whole pipeline.
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


def test_status_words_closing_the_due_text_are_read() -> None:
    plan = _plan(["At risk", "Off track", "Complete"])
    assert [(a.due_raw, str(a.due_date), a.rag) for a in plan.actions] == [
        ("Mar 2026", "2026-03-31", "amber"),
        ("Jun 2026", "2026-06-30", "red"),
        ("Sep 2026", "2026-09-30", "blue"),
    ]
    assert not [w for w in plan.warnings if w.code == "plan_status_unread"]


def test_plan_without_status_words_stays_quiet() -> None:
    plan = _plan(["", "", ""])
    assert len(plan.actions) == 3
    # no status-as-text warning: only the plain one any plan read with no status gets
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and said[0].startswith("no status was read for any of the 3 actions")
