"""A column of long prose beside the actions under a header that names no role ('Why this
matters'): column_roles._prose_role places it as 'other' (impact, evidence or notes cannot be
told apart by their cells), and nothing reads it into any action: its text was lost without a
word. plan_warnings._prose_unused says so (plan_column_unplaced); a table without such a column,
or with short words in it, stays quiet."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ROWS = [
    ("1.1", "Audit thirty child protection plans with partners", "Head of Safeguarding",
     "31/03/2027", "On track",
     "Children say they do not always know why a plan is in place or who is checking it"),
    ("1.2", "Recruit six permanent team managers", "Head of Workforce", "30/06/2027", "At risk",
     "Families meet too many different workers, and each new worker asks the same questions"),
    ("1.3", "Publish the revised threshold document", "Head of Front Door", "31/12/2026",
     "Complete", "Schools and health partners apply different thresholds to the same concerns"),
    ("1.4", "Open a hub for care leavers in the town centre", "Leaving Care Manager",
     "30/09/2027", "On track",
     "Young people leaving care find it hard to get advice on housing and money in one place"),
]  # fmt: skip
HEAD = ["Ref", "Action", "Lead officer", "Due date", "Status"]


def _plan(extra: str | None, short: bool = False) -> PlanExtraction:
    head = HEAD + ([extra] if extra else [])
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    for r in ROWS:
        row: list[object] = [r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3], r[4]]
        if extra:
            row.append(Paragraph(r[5].split()[0] if short else r[5], BODY))
        cells.append(row)
    widths = [35, 230, 120, 70, 60] + ([240] if extra else [])
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Improvement plan", BODY), table]  # type: ignore[list-item]
    )
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "prose.pdf"))


def _said(plan: PlanExtraction) -> list[str]:
    return [w.message for w in plan.warnings if w.code == "plan_column_unplaced"]


def test_a_prose_column_read_into_nothing_is_said() -> None:
    assert header_role("Why this matters") is None  # the header names no role
    plan = _plan("Why this matters")
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3", "1.4"]
    assert [a.owner for a in plan.actions] == [r[2] for r in ROWS]
    said = _said(plan)
    assert len(said) == 1 and "'Why this matters'" in said[0] and "4 cells of prose" in said[0]


def test_no_prose_column_no_warning() -> None:
    assert _said(_plan(None)) == []
    assert [w.code for w in _plan(None).warnings] == []
