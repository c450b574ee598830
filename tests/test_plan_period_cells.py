"""A forward plan by period kept in Excel (extractors/plan_period_cells.py): each action's text
typed in the column of the quarter it is due, the other quarter cells of its row empty, its
status only the fill of that cell, a printed key of filled cells naming each colour.

Read as printed, the quarter columns were dates of the action's and the table had no action
column: no action was read at all. What is read now: each action's text from its one quarter
cell, its due date the last day of that column's quarter, its status that cell's fill through
the key (white, 'Not started', no colour); a row of milestones over the quarters ('★ Ofsted
monitoring visit', one or several) is no action and is said; a scorecard whose quarter columns
hold a figure each is left as it was.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
from plantrace.extractors.plan_period_cells import fold_period_cells, period_columns
from plantrace.pipeline.document import Cell
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

PERIODS = ["Apr-Jun 2026", "Jul-Sep 2026", "Oct-Dec 2026", "Jan-Mar 2027"]
HEADER = ["Ref", "Responsible officer", *PERIODS, "Progress"]
KEY = [("On target", "00B050"), ("Behind schedule", "FFC000"), ("Off track", "FF0000"),
       ("Done", "9BC2E6"), ("Not started", None)]  # fmt: skip
FILL = {word: fill for word, fill in KEY}
# ref, owner, quarter (0-3), action, status word, progress
ROWS = [
    ("A1", "Head of Children's Services",
     1, "Recruit four permanent team managers to the assessment service", "On target",
     "Two appointed, two interviews booked"),
    ("A2", "Principal Social Worker",
     0, "Publish a supervision standard with a four-weekly minimum", "Done", ""),
    ("B1", "Service Manager, Care Leavers",
     3, "Open a care leavers' hub with drop-in advice on housing and money", "Off track",
     "Building works delayed"),
    ("B2", "Head of Commissioning",
     2, "Commission twenty supported lodgings places for young people leaving care",
     "Behind schedule", ""),
    ("B3", "Head of Commissioning",
     2, "Agree a joint housing protocol with the district councils", "Not started", ""),
]  # fmt: skip
BANNERS = {
    0: "Recommendation 1: Strengthen supervision and management oversight of practice",
    2: "Recommendation 2: Improve the range of homes for care leavers",
}
MILESTONES = [(1, "★ Ofsted monitoring visit")]  # one mark, in one quarter, as an action's is


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Delivery timeline"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Children's Services Improvement Plan: Delivery Timeline"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Each action is shown in the quarter it is due; the colour of its cell is its status."
    )
    for j, (word, fill) in enumerate(KEY):
        c = ws.cell(3, 2 + j, word)
        c.border = grid
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
    for j, w in enumerate((9, 26, 24, 24, 24, 24, 30)):
        ws.column_dimensions[chr(65 + j)].width = w
    for j, h in enumerate(HEADER):
        c = ws.cell(5, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True, color="FFFFFF"), grid, wrap
        c.fill = PatternFill("solid", fgColor="1F3864")
    r = 6
    for q, text in MILESTONES:
        ws.cell(r, 2, "Milestones").font = Font(italic=True)
        ws.cell(r, 3 + q, text)
        for j in range(len(HEADER)):
            ws.cell(r, j + 1).border = grid
        r += 1
    for i, (ref, owner, q, text, status, progress) in enumerate(ROWS):
        if i in BANNERS:
            ws.cell(r, 1, BANNERS[i]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADER))
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
            r += 1
        for j, v in enumerate([ref, owner, "", "", "", "", progress]):
            c = ws.cell(r, j + 1, v or None)
            c.border, c.alignment = grid, wrap
        c = ws.cell(r, 3 + q, text)
        if FILL[status]:
            c.fill = PatternFill("solid", fgColor=FILL[status])
        ws.row_dimensions[r].height = 45
        r += 1
    wb.save(path)
    return path


def _check(result: dict) -> None:  # type: ignore[type-arg]
    actions = result["actions"]
    got = [(a["ref"], a["owner"], a["due_raw"], a["due_date"], a["rag"]) for a in actions]
    assert got == [
        ("A1", "Head of Children's Services", "Jul-Sep 2026", "2026-09-30", "green"),
        ("A2", "Principal Social Worker", "Apr-Jun 2026", "2026-06-30", "blue"),
        ("B1", "Service Manager, Care Leavers", "Jan-Mar 2027", "2027-03-31", "red"),
        ("B2", "Head of Commissioning", "Oct-Dec 2026", "2026-12-31", "amber"),
        ("B3", "Head of Commissioning", "Oct-Dec 2026", "2026-12-31", None),
    ]
    assert [a["text"] for a in actions] == [r[3] for r in ROWS]
    assert [a["progress"] for a in actions][:3] == [
        "Two appointed, two interviews booked",
        None,
        "Building works delayed",
    ]
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    assert [[numbers[x] for x in a["recommendations"]] for a in actions] == [
        ["1"],
        ["1"],
        ["2"],
        ["2"],
        ["2"],
    ]
    said = [w["message"] for w in result["warnings"] if w["code"] == "period_rows_left_out"]
    assert len(said) == 1 and "Ofsted monitoring visit" in said[0]


def test_forward_plan_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "timeline.xlsx")).to_contract())


@pytest.mark.slow
def test_forward_plan_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "timeline.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


def _cell(text: str, fill: str | None = None) -> Cell:
    return Cell(text=text, bbox=(0.0, 0.0, 10.0, 10.0), fill=fill)


def _table(labels: list[str], rows: list[list[str]]) -> PlanTable:
    return PlanTable(
        kind=ACTION_TABLE,
        roles=["ref", *(None for _ in labels[1:])],
        labels=labels,
        rows=[Row(cells=[_cell(t) if t else None for t in r], page=1) for r in rows],
        page=1,
        top=0.0,
    )


def test_period_columns_rise() -> None:
    assert period_columns(_table(["Ref", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27"], [])) == [
        1,
        2,
        3,
    ]
    assert period_columns(_table(["Ref", "May 2026", "June 2026", "Owner"], [])) == [1, 2]
    # two dates out of order are no timeline ('Start' and 'End' printed as dates)
    assert period_columns(_table(["Ref", "March 2027", "April 2026"], [])) == []


def test_scorecard_by_quarter_is_not_folded() -> None:
    """A figure in every quarter cell of a row: a measure's trail, no action by period."""
    t = _table(
        ["Ref", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27"],
        [["M1", "62% of visits", "68% of visits", "71% of visits"],
         ["M2", "14 days on average", "12 days on average", "11 days on average"]],
    )  # fmt: skip
    folded, said = fold_period_cells(t, {})
    assert folded is t and said == []


def test_cell_merged_over_quarters_is_due_in_its_last() -> None:
    """Work that runs over three quarters, its cell merged across them: one action, due at the
    end of the last; a row of two milestones is no action, and said."""
    labels = ["Ref", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27"]
    t = _table(
        labels,
        [["", "◆ Peer review", "", "◆ Ofsted visit", ""],
         ["1.1", "Publish the new practice standards for all teams", "", "", ""],
         ["1.2", "", "", "", "Audit the missing children panel minutes"]],
    )  # fmt: skip
    run = _cell("Recruit and induct eight newly qualified social workers", "#ffc000")
    t.rows.insert(2, Row(cells=[_cell("1.3"), None, run, run, run], page=1))
    # the key's amber as printed; the cell's fill a shade off it (a print's colour profile)
    run.fill = "#fdc205"
    folded, said = fold_period_cells(t, {"#ffc000": "amber"})
    ac, due, rag = folded.col("action"), folded.col("due"), folded.col("rag")
    got = [(r.text(0), r.text(ac), r.text(due), r.text(rag)) for r in folded.rows]
    assert got == [
        ("1.1", "Publish the new practice standards for all teams", "Q1 2026/27", ""),
        ("1.3", "Recruit and induct eight newly qualified social workers", "Q4 2026/27",
         "amber"),
        ("1.2", "Audit the missing children panel minutes", "Q4 2026/27", ""),
    ]  # fmt: skip
    assert len(said) == 1 and "◆ Peer review; ◆ Ofsted visit" in said[0].message


def test_quarterly_scorecard_early_in_the_year_is_not_folded() -> None:
    """A scorecard read after its first quarter: one figure per row, in Q1 alone, a sentence
    each. Its texts are a measure's values, not actions due in Q1: not folded, and said."""
    labels = ["Ref", "Lead officer", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27"]
    rows = [["M1", "Head of Service", "72% against 80% target", "", "", ""],
            ["M2", "Service Manager", "18%, on target of 20%", "", "", ""],
            ["M3", "Principal Social Worker", "91% - above 85% target", "", "", ""]]  # fmt: skip
    t = _table(labels, rows)
    folded, said = fold_period_cells(t, {})
    assert folded is t and [w.code for w in said] == ["period_fold_refused"]
    assert "most texts are figures" in said[0].message
    # a column that names a measure: the same, whatever its texts
    t = _table(["Measure", *labels[1:]], [["Visits in time", *r[1:]] for r in rows])
    t.rows[0].cells[2] = _cell("Audit all strategy meetings held this quarter")
    t.rows[1].cells[2] = _cell("Recruit two advanced practitioners to the team")
    t.roles[0] = "indicator"
    folded, said = fold_period_cells(t, {})
    assert folded is t and "a column names a measure" in said[0].message


def test_cell_merged_down_over_two_rows_is_one_action() -> None:
    """One Q2 cell merged down over rows 1.2 and 1.3: one action, read on its first row; the
    second row is said, not given the same action again."""
    labels = ["Ref", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27"]
    t = _table(
        labels,
        [["1.1", "Publish the new practice standards for all teams", "", ""],
         ["1.4", "", "", "Audit the missing children panel minutes"]],
    )  # fmt: skip
    joint = _cell("Joint audit of strategy meetings with police")
    t.rows.insert(1, Row(cells=[_cell("1.2"), None, joint, None], page=1))
    t.rows.insert(
        2,
        Row(
            cells=[_cell("1.3"), None, joint, None],
            page=1,
            merged_above=[False, False, True, False],
        ),
    )
    folded, said = fold_period_cells(t, {})
    ac = folded.col("action")
    assert [(r.text(0), r.text(ac)) for r in folded.rows] == [
        ("1.1", "Publish the new practice standards for all teams"),
        ("1.2", "Joint audit of strategy meetings with police"),
        ("1.4", "Audit the missing children panel minutes"),
    ]
    assert len(said) == 1 and "merged over the row above" in said[0].message
