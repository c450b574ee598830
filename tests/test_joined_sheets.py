"""A plan workbook whose facts are joined by action ID across sheets (fixer I, round 16): an
Actions sheet (ID, recommendation, action text) and a Responsibilities sheet (ID, lead, due,
status), its rows sorted by the lead, so in another order than the actions. The second table
names no action column: its first column of codes keys each row to an action read before, and
its owner, date and status are the action's. Typeset with reportlab (a sheet a page, as a
spreadsheet prints) and read by the whole pipeline."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

ACTIONS = [
    ("A01", "1", "Redesign the child in need plan template with outcomes in plain language"),
    ("A02", "1", "Audit forty child protection plans with health partners each quarter"),
    ("A03", "2", "Offer tuition to every child in care who is behind in reading at age eleven"),
]
# sorted by the lead's surname: another order than the actions'
DUTIES = [
    ("A02", "Grace Adebayo", "31 May 2026", "Behind"),
    ("A03", "Joseph Mensah", "30 Sep 2026", "On schedule"),
    ("A01", "Sian Pritchard", "28 Feb 2027", "Critical"),
]


def _sheet(head: list[str], rows: Sequence[tuple[str, ...]], widths: list[int]) -> Table:
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in r] for r in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    return table


def _workbook() -> bytes:
    story: list[object] = [
        Paragraph("<b>Actions</b>", BODY),
        _sheet(["Action ID", "Rec no.", "Work to be done"], ACTIONS, [60, 60, 360]),
        PageBreak(),
        Paragraph("<b>Responsibilities</b>", BODY),
        _sheet(
            ["Action ID", "Lead name", "Delivery month", "Tracker status"],
            DUTIES,
            [60, 140, 110, 110],
        ),
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "joined.pdf"))


def test_responsibilities_sheet_joined_on_action_id() -> None:
    got = _read(_workbook())
    facts = {a.ref: (a.text, a.owner, str(a.due_date), a.rag) for a in got.actions}
    assert facts == {
        "A01": (ACTIONS[0][2], "Sian Pritchard", "2027-02-28", "red"),
        "A02": (ACTIONS[1][2], "Grace Adebayo", "2026-05-31", "amber"),
        "A03": (ACTIONS[2][2], "Joseph Mensah", "2026-09-30", "green"),
    }
    assert [a.ref for a in got.actions] == ["A01", "A02", "A03"]  # the plan's order


def test_joined_sheet_headers_named() -> None:
    assert header_role("Work to be done") == "action"
    assert header_role("Work to be done by") == "due"
    assert header_role("Officer note") == "progress"
    assert header_role("Delivery month") == "due"


def test_one_ref_key_for_joined_and_update_tables() -> None:
    """A facts table and an updates table print an action's ref in their own way; both join
    on one key (spaces run together, trailing stops and dashes dropped, any case)."""
    from plantrace.extractors.plan_actions import ref_key

    assert ref_key("ACT-1007") == "act-1007"
    assert ref_key(" A  1.2. ") == ref_key("a 1.2 –") == ref_key("A 1.2:") == "a 1.2"
    assert ref_key("A 1.2") != ref_key("A 1.3")
