"""A plan kept in Excel as a grid of recommendations by PERIOD: the inspectors' recommendations
down the rows, quarters across ('Q1 2026/27' over 'Apr-Jun 2026'), and in each cell the actions
due in that quarter as records ('1-3  <action>' / 'Who: <owner>' / 'By: 21 Dec   [OK]'). The due
dates are printed with no year (the column gives it) and the statuses are bracketed codes that
a key printed after other text on a line above the grid explains ('... Status: [OK] on track,
[WATCH] at risk, ...').

What is read, from the workbook and from its print alike: every record with its ref, action
text, owner, due date in the column's year (due_raw as printed), status read through the key,
and its recommendation from the row. A table whose columns are dated but hold plain values (a
scorecard by quarter) is no period grid and reads as before.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from plantrace.extractors.lead_grid import dated_in_period
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

KEY_LINE = (
    "Version v2.3 as at 14 January 2026, prepared by Ann Lee. Status: [OK] on track, [WATCH]"
    " at risk, [LATE] overdue, [DONE] complete, [TBC] not started."
)
QUARTERS = ["Q4 2025/26\nJan-Mar 2026", "Q1 2026/27\nApr-Jun 2026", "Q2 2026/27\nJul-Sep 2026",
            "Q3 2026/27\nOct-Dec 2026"]  # fmt: skip
RECS = [
    "Improve the regularity and quality of management oversight and supervision of social work",
    "Improve the timeliness of education, health and care plans for children in care",
]
# (rec row, quarter column, ref, action, owner, printed due, code)
RECORDS = [
    (0, 1, "1-2", "Reduce team manager spans of control to seven social workers",
     "Bethan Lloyd", "13 Jun", "WATCH"),
    (0, 2, "1-1", "Add a supervision timeliness measure to the weekly dashboard",
     "Claire Whitby", "21 Sep", "DONE"),
    (1, 0, "2-2", "Track attendance and exclusions for children in care placed out of area",
     "David Osei", "31 Jan", "TBC"),
    (1, 3, "2-1", "Offer tuition to every child in care who is behind in reading",
     "Martin Hale", "24 Nov", "OK"),
    (1, 3, "2-3", "Report health assessment timeliness monthly to the corporate parenting board",
     "Bethan Lloyd", "16 Dec", "LATE"),
]  # fmt: skip


def _cell_text(
    row: int, col: int, records: list[tuple[int, int, str, str, str, str, str]]
) -> str | None:
    found = [r for r in records if r[0] == row and r[1] == col]
    if not found:
        return None
    return "\n\n".join(f"{ref}  {action}\nWho: {owner}\nBy: {due}   [{code}]"
                       for _, _, ref, action, owner, due, code in found)  # fmt: skip


def _workbook(path: Path, recs: list[str] = RECS, records: list = RECORDS) -> Path:  # type: ignore[type-arg]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "By quarter"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Borough Council - Children's Services Improvement plan: delivery by quarter"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = KEY_LINE
    ws.column_dimensions["A"].width = 40
    for j in range(len(QUARTERS)):
        ws.column_dimensions[chr(66 + j)].width = 34
    for j, h in enumerate(["Ofsted said", *QUARTERS]):
        c = ws.cell(4, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True), grid, wrap
    ws.row_dimensions[4].height = 32  # the quarter's two lines ('Q1 2026/27' / 'Apr-Jun 2026')
    for i, rec in enumerate(recs):
        c = ws.cell(5 + i, 1, f"Rec {i + 1}\n{rec}")
        c.border, c.alignment = grid, wrap
        for j in range(len(QUARTERS)):
            c = ws.cell(5 + i, 2 + j, _cell_text(i, j, records))
            c.border, c.alignment = grid, wrap
        ws.row_dimensions[5 + i].height = 150
    wb.save(path)
    return path


EXPECTED = [
    ("1-2", "Bethan Lloyd", "2026-06-13", "13 Jun", "amber", "1"),
    ("1-1", "Claire Whitby", "2026-09-21", "21 Sep", "blue", "1"),
    ("2-2", "David Osei", "2026-01-31", "31 Jan", None, "2"),
    ("2-1", "Martin Hale", "2026-11-24", "24 Nov", "green", "2"),
    ("2-3", "Bethan Lloyd", "2026-12-16", "16 Dec", "red", "2"),
]


def _check(result: dict, expected: list = EXPECTED, records: list = RECORDS) -> None:  # type: ignore[type-arg]
    actions = sorted(result["actions"], key=lambda a: (a["ref"][0], a["due_date"]))
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    got = [
        (a["ref"], a["owner"], a["due_date"], a["due_raw"], a["rag"],
         ",".join(numbers[x] for x in a["recommendations"]))
        for a in actions
    ]  # fmt: skip
    assert got == sorted(expected, key=lambda e: (e[0][0], e[2]))
    texts = {a["ref"]: a["text"] for a in actions}
    assert texts == {r[2]: r[3] for r in records}
    codes = {w["code"] for w in result["warnings"]}
    assert "plan_empty" not in codes and "plan_status_unread" not in codes


def test_period_grid_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "quarters.xlsx")).to_contract())


@pytest.mark.slow
def test_period_grid_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "quarters.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


# a last recommendation whose actions all fall in the first quarter: its row holds two filled
# cells side by side, the recommendation (label and text in one cell) and one cell of records,
# the shape of a sheet's group row ('Recommendation 3' | its text) but no group row: the cell
# beside a whole recommendation opens with an action's ref, and its records are actions
LONE = (2, 0, "3-1", "Hold a monthly missing children panel chaired by the head of service",
        "Leon Fairweather", "10 Feb", "OK")  # fmt: skip
LONE_2 = (2, 0, "3-2", "Audit twelve return home interviews each month and report the themes",
          "Leon Fairweather", "9 Mar", "WATCH")  # fmt: skip
RECS_3 = [*RECS, "Strengthen the response to children who go missing from home or care"]
EXPECTED_3 = [*EXPECTED, ("3-1", "Leon Fairweather", "2026-02-10", "10 Feb", "green", "3"),
              ("3-2", "Leon Fairweather", "2026-03-09", "9 Mar", "amber", "3")]  # fmt: skip


def test_one_filled_period_beside_its_recommendation(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "quarters.xlsx", RECS_3, [*RECORDS, LONE, LONE_2])
    _check(extract_file(path).to_contract(), EXPECTED_3, [*RECORDS, LONE, LONE_2])


@pytest.mark.slow
def test_one_filled_period_beside_its_recommendation_print(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "quarters.xlsx", RECS_3, [*RECORDS, LONE, LONE_2])
    _check(extract_file(libreoffice_pdf(path, tmp_path)).to_contract(), EXPECTED_3,
           [*RECORDS, LONE, LONE_2])  # fmt: skip


def test_due_date_takes_the_columns_year() -> None:
    from datetime import date

    assert dated_in_period("21 Dec", date(2026, 12, 31)) == "21 Dec 2026"
    assert dated_in_period("31 Jan", date(2026, 3, 31)) == "31 Jan 2026"
    assert dated_in_period("21 Dec 2025", date(2026, 12, 31)) == "21 Dec 2025"  # its own year


def _scorecard(path: Path) -> Path:
    """A scorecard whose columns are dated ('Baseline Mar 2025', 'Latest Dec 2025', 'Target
    Mar 2026': periods, each later than the one before) holding plain figures."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Measures"
    for j, h in enumerate(["Measure", "Baseline Mar 2025", "Latest Dec 2025", "Target Mar 2026"]):
        ws.cell(1, j + 1, h).font = Font(bold=True)
    rows = [
        ("Agency social workers as a share of the workforce", "31%", "28%", "24%"),
        ("Children in care with an up-to-date health assessment", "82%", "86%", "91%"),
        ("Care leavers in education, employment or training", "52%", "55%", "58%"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            ws.cell(2 + i, j + 1, v)
    wb.save(path)
    return path


def test_dated_columns_of_figures_are_no_period_grid(tmp_path: Path) -> None:
    result = extract_file(_scorecard(tmp_path / "measures.xlsx")).to_contract()
    assert result["actions"] == []
    assert [k["indicator"] for k in result["kpis"]] == [
        "Agency social workers as a share of the workforce",
        "Children in care with an up-to-date health assessment",
        "Care leavers in education, employment or training",
    ]
    assert [
        (k["baseline"]["raw"], k["latest"]["raw"], k["target"]["raw"]) for k in result["kpis"]
    ] == [("31%", "28%", "24%"), ("82%", "86%", "91%"), ("52%", "55%", "58%")]
