"""A plan read as one action with no owner says so, as a plan of many does.

A layout read only in part often yields a single action (the one card or row the reader
recognised); its owner missing is then as likely a misread as a plan naming none. The one
action is kept and the owner coverage is said to be unknown. Plans typeset with reportlab and
read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]


def _plan(head: list[str], row: list[str]) -> PlanExtraction:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells.append([Paragraph(c, BODY) for c in row])
    table = Table(cells, colWidths=[50, 330, 150, 80][: len(head)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_one_action_read_with_no_owner_is_said() -> None:
    plan = _plan(
        ["Ref", "Action", "Due"],
        ["1.1", "Run a monthly audit of child protection plans", "Mar 2026"],
    )
    assert [(a.ref, a.owner) for a in plan.actions] == [("1.1", None)]
    warned = [w for w in plan.warnings if w.code == "plan_owners_unread"]
    assert len(warned) == 1
    assert warned[0].message.startswith("no owner was read for any of the 1 actions")
    assert warned[0].page == 1


def test_one_action_read_with_its_owner_says_nothing_of_owners() -> None:
    plan = _plan(
        ["Ref", "Action", "Lead officer", "Due"],
        ["1.1", "Run a monthly audit of child protection plans", "Head of Quality", "Mar 2026"],
    )
    assert [a.owner for a in plan.actions] == ["Head of Quality"]
    assert "plan_owners_unread" not in {w.code for w in plan.warnings}
