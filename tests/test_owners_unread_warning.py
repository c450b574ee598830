"""Owners read as nothing are said, as a dateless plan is.

Without a word the coverage report shows every action unowned: a false alarm no one can
tell from the truth. A plan whose owners were read says nothing of them. Plans typeset with
reportlab and read by the whole pipeline.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

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


def _plan(head: list[str], rows: Sequence[tuple[str, ...]]) -> PlanExtraction:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    widths = [50, 330, 150, 80, 110][: len(head)]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _codes(plan: PlanExtraction) -> set[str]:
    return {w.code for w in plan.warnings}


def test_a_plan_whose_ratings_were_read_says_nothing_of_them() -> None:
    rows = [(*a, s) for a, s in zip(ACTIONS, ["On track", "Delayed", "Complete"], strict=True)]
    plan = _plan(["Ref", "Action", "Lead", "Due", "Status"], rows)
    assert [a.rag for a in plan.actions] == ["green", "amber", "blue"]
    assert not _codes(plan) & {"plan_status_unread", "plan_owners_unread"}


def test_a_plan_with_no_owner_read_says_so() -> None:
    rows = [(a[0], a[1], a[3]) for a in ACTIONS]
    plan = _plan(["Ref", "Action", "Due"], rows)
    assert [a.owner for a in plan.actions] == [None, None, None]
    warned = [w for w in plan.warnings if w.code == "plan_owners_unread"]
    assert len(warned) == 1
    assert warned[0].message.startswith("no owner was read for any of the 3 actions")
    # no status column: that no status was read is said too, plainly (as owners are)
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and said[0].startswith("no status was read for any of the 3 actions")
