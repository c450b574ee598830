"""A plan kept in Excel as a ROTA: a row per month (its date in the first column), a column per
lead (the header row names posts: the owners), and in each cell the actions that lead must
finish that month as records ('2.1 <action>' / 'Cover: <status>' / 'Handover: <update>'),
several in a cell parted by an empty line. Nothing in a record names its owner or its due: the
owner is the column's head, the due the row's month. A 'Standby' column of people beside the
months is no lead's (its cells hold no records) and is left alone; the recommendations are rows
'Recommendation 2 | <text>' above the grid, each action answering the recommendation its ref
numbers.

What is read, from the workbook and from its print alike: every record with its ref, text,
owner (its column's head), due (its row's month), status, update; a cell of text that opens
with no ref is said (lead_grid_cells_unread).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the regularity and quality of management oversight and supervision of social work",
    "Improve the timeliness of education, health and care plans for children in care",
    "Increase the range of suitable accommodation for care leavers",
]
LEADS = ["Head of Service, Children in Care", "Principal Social Worker", "Head of Fostering"]
# (the row's month as printed, its due)
MONTHS = [("Jan 2027", "2027-01-31"), ("Feb 2027", "2027-02-28"), ("Mar 2027", "2027-03-31"),
          ("Apr 2027", "2027-04-30"), ("May 2027", "2027-05-31"), ("Jun 2027", "2027-06-30")]  # fmt: skip
STANDBY = ["Owen Price", "Mary Lund", "Owen Price", "Rita Shah", "Mary Lund", "Owen Price"]
# (month row, lead column, ref, action, status, update or None)
RECORDS = [
    (0, 1, "1.2", "Reduce team manager spans of control to seven social workers",
     "Covered", "Two new team managers appointed in January"),
    (1, 0, "2.1", "Offer tuition to every child in care who is behind in reading", "Thin", None),
    (1, 0, "3.1", "Commission fifteen supported lodgings places for young people leaving care",
     "Covered", "The tender closed with four bids"),
    (2, 2, "1.1", "Add a supervision timeliness measure to the weekly performance dashboard",
     "Signed off", None),
    (3, 1, "2.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "Gap", "No report went to the board in March"),
    (5, 2, "2.3", "Track attendance and exclusions for children in care placed out of area",
     "Thin", None),
]  # fmt: skip
STRAY = (4, 0, "To be agreed once the sufficiency strategy is signed")
FILLS = {"Covered": "C6EFCE", "Thin": "FFEB9C", "Gap": "FFC7CE", "Signed off": "BDD7EE"}
RAG = {"Covered": "green", "Thin": "amber", "Gap": "red", "Signed off": "blue"}


Record = tuple[int, int, str, str, str, str | None]


def _cell_text(row: int, col: int, records: Sequence[Record]) -> str | None:
    found = [r for r in records if r[0] == row and r[1] == col]
    if not found:
        return STRAY[2] if (row, col) == STRAY[:2] else None
    parts = []
    for _, _, ref, action, status, update in found:
        lines = [f"{ref} {action}", f"Cover: {status}"]
        if update:
            lines.append(f"Handover: {update}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def workbook(
    path: Path,
    leads: Sequence[str] = LEADS,
    standby: Sequence[str] = STANDBY,
    months: Sequence[tuple[str, str]] = MONTHS,
    records: Sequence[Record] = RECORDS,
    key: str = "",
) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Rota"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Borough Council - Improvement plan rota"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Agreed on 12 December 2026 by Sam Porter.{key}"
    ws["A2"].font = Font(italic=True)
    head = ["Month", "Standby", *leads]
    widths = [20, 26, *([44] * len(leads))]
    for i, text in enumerate(RECS):
        ws.cell(4 + i, 1, f"Recommendation {i + 1}").font = Font(bold=True)
        ws.cell(4 + i, 2, text)
        ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=len(head))
    top = 5 + len(RECS)
    dark = PatternFill("solid", fgColor="4E342E")
    for j, (h, w) in enumerate(zip(head, widths, strict=True)):
        ws.column_dimensions[chr(65 + j)].width = w
        c = ws.cell(top, j + 1, h)
        c.font, c.fill, c.border, c.alignment = Font(bold=True, color="FFFFFF"), dark, grid, wrap
    for i, (month, _) in enumerate(months):
        r = top + 1 + i
        ws.cell(r, 1, month).font = Font(bold=True)
        ws.cell(r, 2, standby[i])
        for j in range(len(leads)):
            c = ws.cell(r, 3 + j, _cell_text(i, j, records))
            found = [x for x in records if x[0] == i and x[1] == j]
            if len(found) == 1:  # a cell with one action tinted by its status
                c.fill = PatternFill("solid", fgColor=FILLS[found[0][4]])
        for j in range(len(head)):
            ws.cell(r, j + 1).border = grid
            ws.cell(r, j + 1).alignment = wrap
        ws.row_dimensions[r].height = 120 if any(x[0] == i for x in records) else 20
    wb.save(path)
    return path


def check(
    result: dict,  # type: ignore[type-arg]
    leads: Sequence[str] = LEADS,
    standby: Sequence[str] = STANDBY,
    months: Sequence[tuple[str, str]] = MONTHS,
    records: Sequence[Record] = RECORDS,
) -> None:
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    assert [r["number"] for r in result["recommendations"]] == ["1", "2", "3"]
    got = {
        a["ref"]: (a["text"], a["owner"], a["due_raw"], a["due_date"], a["rag"], a["progress"],
                   ",".join(numbers[x] for x in a["recommendations"]))
        for a in result["actions"]
    }  # fmt: skip
    want = {}
    for row, col, ref, action, status, update in records:
        month, due = months[row]
        want[ref] = (action, leads[col], month, due, RAG[status], update, ref.split(".")[0])
    assert got == want
    assert sorted(a["ref"] for a in result["actions"]) == sorted(want)
    said = [w for w in result["warnings"] if w["code"] == "lead_grid_cells_unread"]
    assert len(said) == 1 and "To be agreed" in said[0]["message"]
    assert not any(standby[0] in w["message"] for w in result["warnings"])
    codes = {w["code"] for w in result["warnings"]}
    assert "plan_no_actions" not in codes and "plan_status_unread" not in codes


def test_dated_lead_grid_workbook(tmp_path: Path) -> None:
    check(extract_file(workbook(tmp_path / "rota.xlsx")).to_contract())


@pytest.mark.slow
def test_dated_lead_grid_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(workbook(tmp_path / "rota.xlsx"), tmp_path)
    check(extract_file(pdf).to_contract())
