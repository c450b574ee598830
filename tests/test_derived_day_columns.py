"""Columns a tracker works out from each row's due, beside it: a count of days to go (negative
once the due has passed) and a yes/no flag saying the action is late. No field needs them; read
as their cells look, the count passed for a scorecard's figures (with refs printed 'group-item',
'1-1', read as numbers too, the table had two columns of 'figures' beside its sentences and was
read as a scorecard: every action lost, its rows given as KPIs) and the flag for a 'Done?'
column (an overdue action read as complete where no status column says otherwise).

End to end: a Calc tracker printed by LibreOffice, a report date at the top, bands
'Recommendation N: ...' over the actions, under a header whose action column no vocabulary names.

Round 63 (holdout62 xlsx-countdown-columns): 11 (14) of 18 plans per seed read no action.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.column_roles import numbered_pairs
from plantrace.extractors.derived_columns import day_counts, derived_columns, late_flags
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.pdfs import libreoffice_pdf

REPORT = date(2026, 9, 1)
RECS = [
    ("1", "Improve the quality of management oversight and supervision for social workers", [
        ("1-1", "Audit twelve supervision records each month and report the themes to the"
         " practice quality group", "Helen Markham", date(2027, 6, 30), "Green"),
        ("1-2", "Publish a revised supervision standard that sets a four-weekly minimum",
         "Head of Safeguarding", date(2026, 5, 3), "Amber"),
        ("1-3", "Train all team managers in reflective supervision through a two-day course",
         "Martin Hale", date(2026, 3, 31), "Complete"),
    ]),
    ("2", "Increase the range of suitable accommodation for care leavers", [
        ("2-1", "Agree a joint housing protocol with district councils that gives care leavers"
         " priority banding", "Owen Tremayne", date(2027, 1, 31), "Green"),
        ("2-2", "Commission fifteen supported lodgings places for young people leaving care",
         "Sian Pritchard", date(2026, 7, 15), "Red"),
        ("2-3", "Give every care leaver a written summary of their entitlements at eighteen",
         "Service Manager, Leaving Care", date(2027, 3, 31), "Amber"),
    ]),
]  # fmt: skip
RAG = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}


def _sheet(path: Path, status: bool) -> Path:
    """The tracker: ref | action | lead | due | days to go | overdue? [| status]; the due a date
    cell printed 'yyyy mmm dd', the count a formula's value, the flag 'Yes' in red."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    font = "Liberation Sans"
    thin = Side(style="thin", color="8C8C8C")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = ["No.", "What we will change", "Lead", "Complete by", "Days to go", "Overdue?"]
    widths = [7, 52, 26, 14, 10, 10]
    if status:
        cols.append("Position")
        widths.append(12)
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, j).column_letter].width = w
    ws.cell(1, 1, "Improvement plan tracker - Children's Services").font = Font(
        name=font, size=13, bold=True
    )
    ws.cell(2, 1, f"Report date: {REPORT:%d/%m/%Y}").font = Font(name=font, size=10, bold=True)
    for j, v in enumerate(cols, start=1):
        cc = ws.cell(4, j, v)
        cc.font = Font(name=font, size=9, bold=True)
        cc.fill = PatternFill("solid", fgColor="CFD8DC")
        cc.border = grid
    row = 4
    for num, text, actions in RECS:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(cols))
        band = ws.cell(row, 1, f"Recommendation {num}: {text}")
        band.font = Font(name=font, size=9.5, bold=True, color="FFFFFF")
        band.fill = PatternFill("solid", fgColor="37474F")
        for ref, action, lead, due, word in actions:
            row += 1
            days = (due - REPORT).days
            late = "Yes" if days < 0 and word != "Complete" else "No"
            vals: list[object] = [ref, action, lead, due, days, late]
            if status:
                vals.append(word)
            for j, v in enumerate(vals, start=1):
                cc = ws.cell(row, j, v)
                cc.font = Font(name=font, size=9)
                cc.alignment = Alignment(wrap_text=True, vertical="top",
                                         horizontal="left" if j in (1, 4) else None)  # fmt: skip
                cc.border = grid
            ws.cell(row, 4).number_format = "yyyy mmm dd"
            ws.cell(row, 5).number_format = "0"
            if late == "Yes":
                ws.cell(row, 6).font = Font(name=font, size=9, bold=True, color="C62828")
            if status:
                ws.cell(row, 7).fill = PatternFill("solid", fgColor=FILL[word])
            ws.row_dimensions[row].height = 26
    wb.save(path)
    return path


def _plan(tmp_path: Path, status: bool):  # type: ignore[no-untyped-def]
    pdf = libreoffice_pdf(_sheet(tmp_path / "tracker.xlsx", status), tmp_path)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "tracker.pdf"))


def test_days_and_late_columns_leave_the_actions_read(tmp_path: Path) -> None:
    plan = _plan(tmp_path, status=True)
    got = {a.ref: (a.owner, a.due_date, a.rag) for a in plan.actions}
    assert got == {
        ref: (lead, due, RAG[word]) for _, _, acts in RECS for ref, _, lead, due, word in acts
    }
    assert plan.kpis == []  # the actions are no scorecard's rows
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    # '1-2' is flagged late ('Yes', red): its status is the Amber printed, not red or complete
    assert next(a for a in plan.actions if a.ref == "1-2").rag == "amber"
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]


def test_a_late_flag_alone_is_no_done_column(tmp_path: Path) -> None:
    """With no status column, the 'Yes' of a late flag does not make an action complete."""
    plan = _plan(tmp_path, status=False)
    assert sorted(a.ref for a in plan.actions) == ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3"]
    assert {a.ref: a.rag for a in plan.actions} == dict.fromkeys(
        ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3"]
    )


ROWS = [
    ["1-1", "Audit supervision records", "Helen Markham", "2027 Jun 30", "302", "No"],
    ["1-2", "Publish a revised standard", "Martin Hale", "2026 May 03", "-121", "Yes"],
    ["2-1", "Agree a housing protocol", "Owen Tremayne", "31 Jan. 2027", "152", "No"],
    ["2-2", "Commission lodgings places", "Sian Pritchard", "15 Jul. 2026", "-48", "No"],
]


def test_a_count_of_days_shares_one_anchor_on_every_row() -> None:
    assert day_counts(ROWS) == {4: (3, REPORT, 1)}
    past = [[*r[:4], str(-int(r[4]))] for r in ROWS]  # days overdue: the anchor less the due
    assert day_counts(past) == {4: (3, REPORT, -1)}
    # figures that rise with the dates but give no one anchor (cases, a budget) are no count
    figures = [[*r[:4], n] for r, n in zip(ROWS, ["302", "-120", "152", "-48"], strict=True)]
    assert day_counts(figures) == {}
    # rows numbered 1, 2, 3 .. over dues a day apart: refs, no count of days
    numbered = [[str(k), r[1], r[2], f"{10 + k} May 2026"] for k, r in enumerate(ROWS, start=1)]
    assert day_counts(numbered) == {}
    # a month names no day to count to
    months = [[*r[:3], m, r[4]] for r, m in zip(ROWS, ["June 2027"] * 4, strict=True)]
    assert day_counts(months) == {}


def test_a_late_flag_says_yes_only_where_the_count_is_past() -> None:
    counts = day_counts(ROWS)
    assert late_flags(ROWS, counts) == {5: 4}
    wrong = [[*r[:5], "Yes" if i == 0 else "No"] for i, r in enumerate(ROWS)]  # 302 to go
    assert late_flags(wrong, counts) == {}
    labels = ["No.", "Task", "Lead", "Due", "Days to go", "Overdue?"]
    assert set(derived_columns(ROWS, labels)) == {4, 5}
    # a header asking whether the work is done keeps its question: done work is past due too
    assert set(derived_columns(ROWS, [*labels[:5], "Done?"])) == {4}


def test_group_item_refs_with_a_hyphen_are_counted_items() -> None:
    assert numbered_pairs(["1-1", "1-2", "2-1", "2-2", "2-3"])
    assert not numbered_pairs(["10-15", "20-25", "30-35"])  # ranges: no item counted
