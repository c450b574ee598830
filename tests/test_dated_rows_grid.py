"""A plan kept in Excel as a TIMETABLE: a row per committee sitting (its date in the first
column), a column per recommendation ('Rec 1' over a row holding the recommendation's text), and
in each cell the actions due at that sitting as records ('2.1  <action>' / 'Speaker: <owner>' /
'Fitness: <status>' / 'Briefing: <update>'), several in a cell parted by an empty line. No due
is printed in a record: the due is the row's sitting date, never the 'Deadline for papers' date
beside it (the same form, a week earlier). The records' labels are the plan's own words, none of
them in the header vocabulary: they are fields because every record shares them, and what they
hold gives their roles (people: the owner; a few status words repeated: the status; sentences:
the note on progress). A 'Chair' column of people is no recommendation's and is left alone.

What is read, from the workbook and from its print alike: every record with its ref, text,
owner, due (the row's date), status, update and its column's recommendation; a cell of text
that opens with no ref is said (lead_grid_cells_unread).
"""

from __future__ import annotations

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
# (sitting, papers deadline) down the rows; several sittings hold nothing
SITTINGS = [
    ("3 Mar 2027", "24 Feb 2027"),
    ("14 Apr 2027", "6 Apr 2027"),
    ("26 May 2027", "18 May 2027"),
    ("7 Jul 2027", "29 Jun 2027"),
    ("22 Sep 2027", "14 Sep 2027"),
]
CHAIRS = ["Cllr Ann Hughes", "Cllr Peter Marsh", "Cllr Ann Hughes", "Cllr Peter Marsh",
          "Cllr Ann Hughes"]  # fmt: skip
# (sitting row, rec column, ref, action, owner, status, update or None)
RECORDS = [
    (0, 0, "1.2", "Reduce team manager spans of control to seven social workers",
     "Bethan Lloyd", "On track", "Two new team managers appointed in January"),
    (1, 1, "2.1", "Offer tuition to every child in care who is behind in reading",
     "Martin Hale", "At risk", None),
    (1, 1, "2.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "David Osei", "On track", "First monthly report went to the board in March"),
    (2, 0, "1.1", "Add a supervision timeliness measure to the weekly performance dashboard",
     "Claire Whitby", "Complete", None),
    (3, 2, "3.1", "Commission fifteen supported lodgings places for young people leaving care",
     "Head of Corporate Parenting", "Off track", "The tender drew no bids and is out again"),
    (4, 1, "2.3", "Track attendance and exclusions for children in care placed out of area",
     "Martin Hale", "At risk", None),
]  # fmt: skip
STRAY = (4, 2, "To be confirmed once the sufficiency strategy is agreed")
FILLS = {"On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", "Complete": "BDD7EE"}
# the same statuses in words no vocabulary reads: each stands alone in some cell, tinted so
WORDS = {"On track": "Solid", "At risk": "Wobbly", "Off track": "Sinking", "Complete": "Banked"}


def _cell_text(
    row: int, col: int, label: str = "Fitness", words: bool = False, odd: str | None = None
) -> str | None:
    found = [r for r in RECORDS if r[0] == row and r[1] == col]
    if not found:
        return STRAY[2] if (row, col) == STRAY[:2] else None
    parts = []
    for _, _, ref, action, owner, status, update in found:
        word = WORDS[status] if words else status
        word = odd if odd is not None and ref == "2.1" else word
        lines = [f"{ref}  {action}", f"Speaker: {owner}", f"{label}: {word}"]
        if update:
            lines.append(f"Briefing: {update}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _workbook(
    path: Path, label: str = "Fitness", words: bool = False, odd: str | None = None
) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Timetable"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Borough Council - Improvement committee: what comes to each sitting"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Agreed by the committee on 12 January 2027; clerk Sam Porter."
    ws["A2"].font = Font(italic=True)
    head = ["Sitting", "Deadline for papers", *(f"Rec {i + 1}" for i in range(len(RECS))), "Chair"]
    widths = [18, 18, *([44] * len(RECS)), 22]
    navy = PatternFill("solid", fgColor="1F3864")
    for j, (h, w) in enumerate(zip(head, widths, strict=True)):
        ws.column_dimensions[chr(65 + j)].width = w
        c = ws.cell(4, j + 1, h)
        c.font, c.fill, c.border, c.alignment = Font(bold=True, color="FFFFFF"), navy, grid, wrap
    tint = PatternFill("solid", fgColor="DDEBF7")
    for j in range(len(head)):
        c = ws.cell(5, j + 1, RECS[j - 2] if 2 <= j < 2 + len(RECS) else None)
        c.fill, c.border, c.alignment = tint, grid, wrap
    ws.row_dimensions[5].height = 48
    for i, (sitting, papers) in enumerate(SITTINGS):
        r = 6 + i
        ws.cell(r, 1, sitting).font = Font(bold=True)
        ws.cell(r, 2, papers)
        ws.cell(r, 3 + len(RECS), CHAIRS[i])
        for j in range(len(RECS)):
            text = _cell_text(i, j, label, words, odd)
            c = ws.cell(r, 3 + j, text)
            found = [x for x in RECORDS if x[0] == i and x[1] == j]
            if len(found) == 1:  # a cell with one action tinted by its status
                c.fill = PatternFill("solid", fgColor=FILLS[found[0][5]])
        for j in range(len(head)):
            ws.cell(r, j + 1).border = grid
            ws.cell(r, j + 1).alignment = wrap
        ws.row_dimensions[r].height = 175 if any(x[0] == i for x in RECORDS) else 20
    wb.save(path)
    return path


RAG = {"On track": "green", "At risk": "amber", "Off track": "red", "Complete": "blue"}


def _check(result: dict) -> None:  # type: ignore[type-arg]
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    texts = {r["number"]: r["text"] for r in result["recommendations"]}
    assert texts == {str(i + 1): t for i, t in enumerate(RECS)}
    got = {
        a["ref"]: (a["text"], a["owner"], a["due_date"], a["rag"], a["progress"],
                   ",".join(numbers[x] for x in a["recommendations"]))
        for a in result["actions"]
    }  # fmt: skip
    months = {"Mar": 3, "Apr": 4, "May": 5, "Jul": 7, "Sep": 9}
    want = {}
    for row, col, ref, action, owner, status, update in RECORDS:
        day, mon, year = SITTINGS[row][0].split()
        due = f"{year}-{months[mon]:02d}-{int(day):02d}"
        want[ref] = (action, owner, due, RAG[status], update, str(col + 1))
    assert got == want
    assert [a["ref"] for a in result["actions"]] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1"]
    said = [w for w in result["warnings"] if w["code"] == "lead_grid_cells_unread"]
    assert len(said) == 1 and "To be confirmed" in said[0]["message"]
    codes = {w["code"] for w in result["warnings"]}
    assert "plan_no_actions" not in codes and "plan_status_unread" not in codes


def test_dated_rows_grid_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "timetable.xlsx")).to_contract())


@pytest.mark.slow
def test_dated_rows_grid_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "timetable.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


# The statuses in the plan's own words ('Solid', 'Wobbly', 'Sinking', 'Banked'), under a label
# naming a board and its readiness: a cell holding one record is tinted by its status, a cell of
# two is not. Each word is read by the tint it stands on where it stands alone (2.1 and 2.2, in
# the untinted cell of two, take their words' tints); 'Board readiness' is the status, no
# governance (a board's name).
def test_dated_rows_grid_status_by_tint_workbook(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "timetable.xlsx", "Board readiness", words=True)
    _check(extract_file(path).to_contract())


@pytest.mark.slow
def test_dated_rows_grid_status_by_tint_print(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "timetable.xlsx", "Board readiness", words=True)
    result = extract_file(libreoffice_pdf(path, tmp_path)).to_contract()
    _check(result)
    assert all(a["governance"] is None for a in result["actions"])


def test_dated_rows_grid_word_never_alone_is_said(tmp_path: Path) -> None:
    """2.1's status is a word printed nowhere else, in the untinted cell of two: no tint and no
    vocabulary gives it a colour, and the plan says so (the column reads as tinted, so nothing
    else would)."""
    path = _workbook(tmp_path / "timetable.xlsx", "Board readiness", words=True, odd="Parked")
    result = extract_file(path).to_contract()
    rags = {a["ref"]: a["rag"] for a in result["actions"]}
    assert rags == {"1.1": "blue", "1.2": "green", "2.1": None, "2.2": "green", "2.3": "amber",
                    "3.1": "red"}  # fmt: skip
    said = [w["message"] for w in result["warnings"] if w["code"] == "plan_status_unread"]
    assert len(said) == 1 and "'Parked' (1)" in said[0]
