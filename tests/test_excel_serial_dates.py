"""A case system's action export saved as Excel, its date cells never formatted (round 61): a
date cell in 'General' prints Excel's day count ('46568', 30 June 2027) and one in Calc's
default date-time format a time stamp ('2027-06-30 00:00:00'). Beside the due date the export
keeps when each record was OPENED, an earlier date under a header naming no date ('Board set'):
no due date, and no governance for its word 'board'. The recommendation each action answers is
a code ('R2') under 'Rec code', looked up on a second sheet. The status column holds the plan's
own words with one common word among them ('Red').

What is read: every action with its ref, owner, due date (the day a serial counts, the time
stamp's day; the printed digits kept as due_raw), its recommendation link and its status where
a word says one; the words no vocabulary knows are said (plan_status_unread). A column of
figures of the same size on a scorecard ('Baseline' 45000) stays figures, and five-digit
figures spread wider than a plan's horizon are no dates.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from plantrace.extractors.cell_types import CellType, type_counts
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import excel_serial, parse_date, serial_column
from tests.pdfs import libreoffice_pdf

HEADER = ["Case ID", "Rec code", "Task to complete", "Assigned officer", "Board set",
          "Clock runs out", "Case state"]  # fmt: skip
# id, rec code, action, owner, opened, due, status
ROWS = [
    ("ACT-4028", "R1", "Audit twelve supervision records each month and report the themes",
     "Head of Service, Assessment", date(2026, 1, 12), date(2027, 6, 30), "Red"),
    ("ACT-4031", "R1", "Introduce a weekly case review for children waiting over six months",
     "Principal Social Worker", date(2026, 2, 3), date(2026, 7, 1), "Holding firm"),
    ("ACT-4035", "R2", "Offer every care leaver a personal adviser until the age of twenty-five",
     "Service Manager, Care Leavers", date(2026, 2, 20), date(2026, 11, 30), "Red"),
    ("ACT-4040", "R2", "Publish a local offer for care leavers with the district councils",
     "Service Manager, Care Leavers", date(2026, 3, 9), date(2027, 3, 31), "Holding firm"),
]  # fmt: skip
RECS = [
    ("R1", "Improve the quality and consistency of management oversight and supervision"),
    ("R2", "Strengthen the support offered to care leavers, including their accommodation"),
]
_EPOCH = date(1899, 12, 30)  # Excel's day count starts here (its 1900 date system)


def _serial(day: date) -> int:
    return (day - _EPOCH).days


def _workbook(path: Path, stamps: bool = False) -> Path:
    """The export: a title, an export line, the grid; the date cells left unformatted (serial
    numbers in 'General'), or holding date-times Calc prints in its default format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Action tracker export - Children's Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Exported by Priya Hale on 03/11/2026 09:14. Report: improvement actions."
    thin = Side(style="thin", color="A0A0A0")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(HEADER, start=1):
        ws.cell(4, j, h).font = Font(bold=True)
        ws.cell(4, j).border = grid
    for i, row in enumerate(ROWS, start=5):
        for j, value in enumerate(row, start=1):
            cell: Any = value
            if isinstance(value, date):
                cell = datetime(value.year, value.month, value.day) if stamps else _serial(value)
            c = ws.cell(i, j, cell)
            c.border = grid
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if stamps and isinstance(value, date):
                c.number_format = "YYYY-MM-DD HH:MM:SS"
        ws.row_dimensions[i].height = 28  # room for a wrapped action, as the export sizes it
    for col, width in zip("ABCDEFG", (11, 8, 50, 28, 19, 19, 14), strict=True):
        ws.column_dimensions[col].width = width
    rs = wb.create_sheet("Recommendations")
    for sheet in (ws, rs):  # landscape, fitted to the page's width
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    rs.cell(1, 1, "Rec code").font = Font(bold=True)
    rs.cell(1, 2, "Recommendation").font = Font(bold=True)
    for i, (code, text) in enumerate(RECS, start=2):
        rs.cell(i, 1, code).border = grid
        rs.cell(i, 2, text).border = grid
    rs.cell(1, 1).border = rs.cell(1, 2).border = grid
    rs.column_dimensions["B"].width = 90
    wb.save(str(path))
    return path


def _check(result: dict[str, Any], stamps: bool) -> None:
    actions = result["actions"]
    assert [a["ref"] for a in actions] == [r[0] for r in ROWS]
    assert [a["owner"] for a in actions] == [r[3] for r in ROWS]
    # the due column, never the opened one beside it
    assert [a["due_date"] for a in actions] == [r[5].isoformat() for r in ROWS]
    raws = [f"{r[5].isoformat()} 00:00:00" if stamps else str(_serial(r[5])) for r in ROWS]
    assert [a["due_raw"] for a in actions] == raws
    assert [a["governance"] for a in actions] == [None] * len(ROWS)
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    links = [[numbers[x].removeprefix("R") for x in a["recommendations"]] for a in actions]
    assert links == [["1"], ["1"], ["2"], ["2"]]
    assert [a["rag"] for a in actions] == ["red", None, "red", None]
    unread = [w for w in result["warnings"] if w["code"] == "plan_status_unread"]
    assert unread and "Holding firm" in unread[0]["message"]
    assert not result["kpis"]  # the serial columns make no scorecard


@pytest.mark.parametrize("stamps", [False, True])
def test_export_workbook_reads_its_unformatted_dates(tmp_path: Path, stamps: bool) -> None:
    _check(extract_file(_workbook(tmp_path / "export.xlsx", stamps)).to_contract(), stamps)


@pytest.mark.slow
@pytest.mark.parametrize("stamps", [False, True])
def test_export_print_reads_its_unformatted_dates(tmp_path: Path, stamps: bool) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "export.xlsx", stamps), tmp_path)
    _check(extract_file(pdf).to_contract(), stamps)


def test_a_serial_is_the_day_excel_counts() -> None:
    assert excel_serial("46568") == date(2027, 6, 30)
    assert excel_serial("46204") == date(2026, 7, 1)
    assert excel_serial("46568.0") == date(2027, 6, 30)  # openpyxl's float of a whole day
    assert excel_serial("12345") is None  # 1933: out of the plausible range
    assert excel_serial("45,000") is None
    assert parse_date("46568") is None  # alone a five-digit figure is no date
    assert parse_date("2027-06-30 00:00:00") == date(2027, 6, 30)


def test_a_column_of_serials_is_a_column_of_dates() -> None:
    assert serial_column(["46100", "46287", "", "46568"])
    assert type_counts(["46100", "46287", "46568"]) == {CellType.date: 3}
    # a scorecard's figures of that size: a header naming a figure keeps them figures
    assert type_counts(["45000", "46000"], serials=False)[CellType.number] == 2
    # one figure alone, figures spread wider than a plan's horizon, or mixed with other forms
    assert not serial_column(["46287"])
    assert not serial_column(["38500", "52000", "61000"])
    assert not serial_column(["45000", "12%", "3.5", "n/a"])
