"""A paragraph right after an action table that opens with the ref the table's run lacks ('A5'
after 'A1' .. 'A4'): an action the reader could not take as a row, left as text, is warned of
(plan_actions_doubtful), so a plan read in part says so. A note under the table, or a
paragraph citing a ref the table has, is no such paragraph. Plans typeset with reportlab and
read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ACTIONS = [
    ("A1", "Audit twelve supervision records each month", "Head of Quality", "Mar 2026"),
    ("A2", "Review every child in need plan every three months", "Service Manager", "Jun 2026"),
    ("A3", "Offer every child a return home interview in three days", "Missing Lead", "Apr 2026"),
    ("A4", "Run a recruitment campaign for foster carers", "Head of Fostering", "Sep 2026"),
]


def _plan(after: str) -> PlanExtraction:
    head = ["Ref", "Action", "Lead", "Deadline"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3]] for r in ACTIONS]
    table = Table(cells, colWidths=[40, 360, 150, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story = [
        Paragraph("<b>Improvement plan: actions</b>", BODY),
        Spacer(1, 8),
        table,
        Spacer(1, 10),
        Paragraph(after, BODY),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _doubtful(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_actions_doubtful"]


def test_a_paragraph_with_the_next_ref_after_the_table_is_warned_of() -> None:
    plan = _plan("A5 Agree a new audit cycle with partner agencies")
    assert [a.ref for a in plan.actions] == ["A1", "A2", "A3", "A4"]
    messages = _doubtful(plan)
    assert len(messages) == 1
    assert "open with a ref its actions lack ('A5 Agree a new audit cycle" in messages[0]


def test_a_note_or_a_read_ref_under_the_table_is_not() -> None:
    assert not _doubtful(_plan("Notes: the plan is reviewed by the board every quarter"))
    assert not _doubtful(_plan("A2 is reported to the board every quarter"))
    assert not _doubtful(_plan("2026 is the year the plan closes"))
