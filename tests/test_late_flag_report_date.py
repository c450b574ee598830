"""A tracker's yes/no column flagging the actions past their due ('Overdue?'), with no count of
days beside it and no status column: read as a 'Done?' column, every late action came out
complete (a false 'covered' in a coverage report). The page prints the date the tracker is
as at ('Report date: 01/09/2026'); a yes/no column whose every yes is on a row due before that
date and every no on a row due after it is a late flag, worked out from the due: no status.
A column that asks whether the work is done ('Complete?') still answers it.

End to end: a Calc tracker printed by LibreOffice, as tests/test_derived_day_columns.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.derived_columns import asks_done, report_late_flag
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

REPORT = date(2026, 9, 1)
ACTIONS = [
    ("1.1", "Audit twelve supervision records each month and report the themes to the"
     " practice quality group", "Helen Markham", date(2027, 6, 30)),
    ("1.2", "Publish a revised supervision standard that sets a four-weekly minimum",
     "Head of Safeguarding", date(2026, 5, 3)),
    ("1.3", "Train all team managers in reflective supervision through a two-day course",
     "Martin Hale", date(2026, 3, 31)),
    ("2.1", "Agree a joint housing protocol with district councils that gives care leavers"
     " priority banding", "Owen Tremayne", date(2027, 1, 31)),
    ("2.2", "Commission fifteen supported lodgings places for young people leaving care",
     "Sian Pritchard", date(2026, 7, 15)),
    ("2.3", "Give every care leaver a written summary of their entitlements at eighteen",
     "Service Manager, Leaving Care", date(2027, 3, 31)),
]  # fmt: skip


def _sheet(path: Path, flag: str, report_line: bool) -> Path:
    """The tracker: ref | action | lead | due | <flag>; the due a date cell, the flag 'Yes'
    where the due is before the report date (in red), 'No' after it."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    font = "Liberation Sans"
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = ["Ref", "Action", "Lead officer", "Target date", flag]
    for j, w in enumerate([7, 56, 28, 14, 12], start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, "Improvement plan tracker - Children's Services").font = Font(
        name=font, size=13, bold=True
    )
    if report_line:
        ws.cell(2, 1, f"Report date: {REPORT:%d/%m/%Y}").font = Font(name=font, size=10)
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(4, j, v)
        cc.font = Font(name=font, size=9, bold=True)
        cc.fill = PatternFill("solid", fgColor="CFD8DC")
        cc.border = grid
    for row, (ref, action, lead, due) in enumerate(ACTIONS, start=5):
        late = "Yes" if due < REPORT else "No"
        for j, v in enumerate([ref, action, lead, due, late], start=1):
            cc = ws.cell(row, j, v)
            cc.font = Font(name=font, size=9)
            cc.alignment = Alignment(wrap_text=True, vertical="top",
                                     horizontal="left" if j in (1, 4) else None)  # fmt: skip
            cc.border = grid
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
        if late == "Yes":
            ws.cell(row, 5).font = Font(name=font, size=9, bold=True, color="C62828")
        ws.row_dimensions[row].height = 26
    wb.save(path)
    return path


def _plan(tmp_path: Path, flag: str, report_line: bool = True) -> PlanExtraction:
    pdf = libreoffice_pdf(_sheet(tmp_path / "tracker.xlsx", flag, report_line), tmp_path)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "tracker.pdf"))


def test_a_late_flag_against_the_report_date_rates_no_action_complete(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Overdue?")
    got = {a.ref: (a.owner, a.due_date) for a in plan.actions}
    assert got == {ref: (lead, due) for ref, _, lead, due in ACTIONS}
    assert all(a.rag != "blue" for a in plan.actions)  # a late action is not complete


def test_a_complete_question_is_still_read_as_done(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Complete?")
    got = {a.ref: a.rag for a in plan.actions}
    assert {r for r, rag in got.items() if rag == "blue"} == {"1.2", "1.3", "2.2"}
    assert not [w for w in plan.warnings if w.code == "plan_low_confidence"]


def test_a_header_naming_completion_answers_it_asked_or_not() -> None:
    assert asks_done("Complete?") and asks_done("Completed") and asks_done("Signed off")
    assert not asks_done("Overdue?") and not asks_done("Late") and not asks_done("Past due?")


def test_with_no_report_date_the_flag_read_as_done_is_said_unsure(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Overdue?", report_line=False)
    done = {a.ref for a in plan.actions if a.rag == "blue"}
    assert done == {"1.2", "1.3", "2.2"}  # today's reading kept: nothing tells it apart
    said = [w for w in plan.warnings if w.code == "plan_low_confidence"]
    assert said and "'Overdue?'" in said[0].message and said[0].message.startswith("3 action")


def test_the_rows_split_at_a_printed_date_only_where_yes_is_before_it() -> None:
    rows = [[ref, "", lead, f"{due:%d/%m/%Y}", "Yes" if due < REPORT else "No"]
            for ref, _, lead, due in ACTIONS]  # fmt: skip
    assert report_late_flag(rows, 4, 3, [date(2026, 1, 1), REPORT]) == REPORT
    assert report_late_flag(rows, 4, 3, [date(2026, 1, 1)]) is None  # no yes before it
    done_late = [[*r[:4], "Yes" if r[0] == "1.3" else "No"] for r in rows]  # 1.2 late, not done
    assert report_late_flag(done_late, 4, 3, [REPORT]) is None
