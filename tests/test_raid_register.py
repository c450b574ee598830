"""A register of risks, actions, issues and decisions in one table (fixer I, round 27): a
workbook's first sheet lists the recommendations ('Rec 1 | <text>'), its register sheet holds
every entry with its kind in a 'Type' column, its link ('Rec 2'), its lead, the date it was
raised (a date cell) and, for actions only, a due date (a date cell shown month-year). Only
the action rows are actions; the register runs in the order entries were raised, so the
actions' refs run out of sequence; one action was logged after its due date (overdue).
Read from the .xlsx itself and from a print of it (reportlab, a sheet a page)."""

from __future__ import annotations

import io
from collections import Counter
from datetime import datetime
from pathlib import Path

import openpyxl
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.register_rows import category_column, keep_action_rows
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

RECS = [
    ("Rec 1", "Improve the quality of management oversight and supervision for social workers"),
    ("Rec 2", "Strengthen the response to children who go missing from home or care"),
]
HEAD = ["ID", "Type", "Activity", "Linked rec", "Lead officer", "Date raised", "Target date",
        "Status"]  # fmt: skip
# (id, type, text, rec, lead, raised, due or None, status): in raised order
ENTRIES = [
    ("A03", "Action", "Offer every child a return home interview within three working days",
     "Rec 2", "Head of Safeguarding", datetime(2025, 7, 2), datetime(2026, 3, 31), "Green"),
    ("R01", "Risk", "Agency social worker turnover delays the completion of audits",
     "Rec 1", "Head of Service", datetime(2025, 7, 9), None, "Open"),
    ("A01", "Action", "Publish a revised supervision standard with a four-weekly minimum",
     "Rec 1", "Principal Social Worker", datetime(2025, 8, 14), datetime(2025, 6, 30), "Red"),
    ("I01", "Issue", "Performance reports do not yet show supervision frequency by team",
     "Rec 1", "Head of Performance", datetime(2025, 9, 1), None, "Open"),
    ("A02", "Action", "Audit twelve supervision records each month and report the themes",
     "Rec 1", "Head of Quality Assurance", datetime(2025, 9, 20), datetime(2026, 9, 30), "Amber"),
    ("D01", "Decision", "Improvement Board agreed to fund two additional practice educators",
     "Rec 1", "Director of Children's Services", datetime(2025, 10, 3), None, "Agreed"),
    ("A04", "Action", "Record each interview's findings in a form that feeds the missing panel",
     "Rec 2", "Head of Safeguarding", datetime(2025, 11, 12), datetime(2026, 12, 31), "Green"),
]  # fmt: skip
EXPECTED = [  # ref, owner, due, rag, rec number
    ("A01", "Principal Social Worker", "2025-06-30", "red", "1"),
    ("A02", "Head of Quality Assurance", "2026-09-30", "amber", "1"),
    ("A03", "Head of Safeguarding", "2026-03-31", "green", "2"),
    ("A04", "Head of Safeguarding", "2026-12-31", "green", "2"),
]


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Recommendations"
    ws.append(["Rec", "Recommendation"])
    for r in RECS:
        ws.append(list(r))
    ws.column_dimensions["B"].width = 90
    log = wb.create_sheet("RAID log")
    log.append(HEAD)
    for e in ENTRIES:
        log.append(list(e))
        row = log.max_row
        log.cell(row, 6).number_format = "dd/mm/yyyy"
        log.cell(row, 7).number_format = "mmm-yy"
    for col, width in zip("ABCDEFGH", (6, 10, 60, 10, 28, 12, 12, 10), strict=True):
        log.column_dimensions[col].width = width
    wb.save(path)
    return path


def _shown(value: object, fmt: str) -> str:
    return value.strftime(fmt) if isinstance(value, datetime) else str(value or "")


def _pdf() -> bytes:
    """The workbook as a spreadsheet prints it: each sheet a ruled table on its own page."""

    def table(rows: list[list[str]], widths: list[int]) -> Table:
        cells = [[Paragraph(c, BODY) for c in r] for r in rows]
        t = Table(cells, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
        return t

    rows = [HEAD] + [
        [e[0], e[1], e[2], e[3], e[4], _shown(e[5], "%d/%m/%Y"), _shown(e[6], "%b-%y"), e[7]]
        for e in ENTRIES
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    doc.build([
        table([["Rec", "Recommendation"], *[list(r) for r in RECS]], [60, 600]),
        PageBreak(),
        table(rows, [36, 52, 250, 56, 120, 64, 60, 56]),
    ])  # fmt: skip
    return buf.getvalue()


def _facts(contract: dict) -> list[tuple[str, str, str, str, str]]:  # type: ignore[type-arg]
    numbers = {r["id"]: r["number"] for r in contract["recommendations"]}
    return [
        (a["ref"], a["owner"], a["due_date"], a["rag"], ",".join(numbers[x] for x in a["recommendations"]))
        for a in contract["actions"]
    ]  # fmt: skip


def test_register_read_from_the_workbook(tmp_path: Path) -> None:
    got = extract_file(_xlsx(tmp_path / "raid.xlsx")).to_contract()
    assert [r["number"] for r in got["recommendations"]] == ["1", "2"]
    assert _facts(got) == EXPECTED
    said = [w for w in got["warnings"] if w["code"] == "plan_rows_set_aside"]
    assert len(said) == 1
    set_aside = Counter(e[1] for e in ENTRIES if e[1] != "Action")
    for kind, n in set_aside.items():  # each kind set aside, with its count
        assert f"{n} '{kind}'" in said[0]["message"]
    assert "'Action'" not in said[0]["message"]
    refs = {a["ref"] for a in got["actions"]}
    assert not refs & {e[0] for e in ENTRIES if e[1] != "Action"}  # no risk, issue, decision
    assert "order" in said[0]["message"]  # the actions were put in their refs' order
    assert not [w for w in got["warnings"] if w["code"] == "plan_links_unread"]


def test_register_read_from_its_print() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "raid.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (a.ref, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag,
         ",".join(numbers[x] for x in a.recommendations))
        for a in plan.actions
    ]  # fmt: skip
    assert got == EXPECTED
    assert any(w.code == "plan_rows_set_aside" for w in plan.warnings)


def test_register_of_one_kind_keeps_every_row() -> None:
    """A 'Type' column of kinds of work, none naming rows that are no actions, sets none aside."""
    tables = [el.table for el in read_layout(parse_pdf_bytes(_pdf(), "raid.pdf")) if el.table]
    register = next(t for t in tables if t.col("ref") is not None)
    assert category_column(register) is not None
    for r in register.rows:
        r.cells[1].text = "Training" if r.text(0).endswith(("1", "3")) else "Audit"  # type: ignore[union-attr]
        r.cells[1].lines = []  # type: ignore[union-attr]
    assert category_column(register) is None


def test_type_column_of_actions_and_milestones_keeps_every_row() -> None:
    """A plan's 'Type' column of Action / Milestone names no register's other kind of entry
    (a risk, an issue, a decision): its milestones are the plan's rows too."""
    tables = [el.table for el in read_layout(parse_pdf_bytes(_pdf(), "raid.pdf")) if el.table]
    register = next(t for t in tables if t.col("ref") is not None)
    for r in register.rows:
        r.cells[1].text = "Action" if r.text(0).startswith("A") else "Milestone"  # type: ignore[union-attr]
        r.cells[1].lines = []  # type: ignore[union-attr]
    before = list(register.rows)
    assert category_column(register) is None
    assert keep_action_rows(register) == []
    assert register.rows == before


def test_set_aside_warning_is_on_the_page_of_the_rows_set_aside() -> None:
    """The warning points at the rows set aside, not at the actions kept (a register over two
    pages: its actions on the first, its risks, issues and decisions on the second)."""
    tables = [el.table for el in read_layout(parse_pdf_bytes(_pdf(), "raid.pdf")) if el.table]
    register = next(t for t in tables if t.col("ref") is not None)
    aside_page = max(r.page for r in register.rows)
    for r in register.rows:
        if r.text(1) == "Action":
            r.page = aside_page - 1
    said = keep_action_rows(register)
    assert [w.page for w in said] == [aside_page]
    assert {r.text(1) for r in register.rows if not r.section} == {"Action"}
