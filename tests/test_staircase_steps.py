"""A plan kept in Excel as a STAIRCASE: no header row; per recommendation a dark cell
'Recommendation N' with its text merged beside it, then a flight of steps, each step's cells
('N.k <action>' merged over three columns, owner, due, status tinted by its colour) starting two
columns further right than the step above, the cells to its left a shaded riser; under a step,
in some plans, a note row '<label>: <update>' under its owner / due / status cells; at the
flight's foot a sign-off cell (no action's). The status words and the note's label are the
plan's own (no vocabulary holds them): the columns are known by what their cells hold and the
status by its tint, read over every flight together (a flight of two steps alone cannot tell).

What is read, from the workbook and from its print alike: every step with its ref, text, owner,
due, status, update and its flight's recommendation; no sign-off is an action. A manual page
break after a flight's first step (its other steps on the next page) and after a flight's last
step (its note on the next page) loses nothing.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

RECS = [
    "Improve the regularity and quality of management oversight of social work practice",
    "Increase the range of suitable accommodation for care leavers",
    "Make sure that children's views shape the plans made for them",
]
# (rec, ref, action, owner, due, status, update or None)
STEPS = [
    (0, "1.1", "Add a supervision timeliness measure to the weekly dashboard", "Claire Whitby",
     "30 June 2027", "Rising", "Measure drafted and tested with two teams"),
    (0, "1.2", "Audit twelve supervision records each month", "Head of Quality Assurance",
     "31 August 2027", "Slipping", None),
    (0, "1.3", "Train all team managers in reflective supervision", "Bethan Lloyd",
     "30 September 2027", "Rising", "First cohort trained in May"),
    (1, "2.1", "Commission fifteen supported lodgings places", "Martin Hale",
     "31 October 2027", "Stuck", None),
    (1, "2.2", "Agree a joint housing protocol with the district councils", "David Osei",
     "30 November 2027", "Finished", "Protocol signed by every district"),
    (2, "3.1", "Record children's views in their own words at every review", "Priya Shah",
     "31 July 2027", "Slipping", None),
    (2, "3.2", "Invite young inspectors to review services twice a year", "Bethan Lloyd",
     "31 December 2027", "Rising", "First visit booked for the autumn"),
]  # fmt: skip
TINTS = {"Rising": "D5ECD4", "Slipping": "FBE7B5", "Stuck": "F6CACA", "Finished": "D3E2F4"}
RAG = {"Rising": "green", "Slipping": "amber", "Stuck": "red", "Finished": "blue"}
NOTE = "Rail remark"  # a note label no vocabulary holds
STEP = 2  # columns each step starts right of the one above


def _workbook(path: Path, breaks: bool = False, blank: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staircase"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    thin = Side(style="thin", color="6D4C41")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    riser = PatternFill("solid", fgColor="EFEBE9")
    width = 3 + 3 + STEP * 2  # the text's three columns, three fields, and the widest offset
    for j in range(width + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 18
    ws["A1"] = "Borough Council - The climb"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Drawn by Sam Porter, 12 January 2027. Read each flight from the top step down."
    ws["A2"].font = Font(italic=True)
    r = 4
    for k, rec in enumerate(RECS):
        head = ws.cell(r, 1, f"Recommendation {k + 1}")
        head.font, head.fill = (
            Font(bold=True, color="FFFFFF"),
            PatternFill("solid", fgColor="4E342E"),
        )
        ws.cell(r, 2, rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
        r += 1
        steps = [s for s in STEPS if s[0] == k]
        for n, (_, ref, action, owner, due, status, update) in enumerate(steps):
            at = 1 + STEP * n
            for j in range(1, at):
                ws.cell(r, j).fill = riser
            ws.cell(r, at, f"{ref}  {action}")
            ws.merge_cells(start_row=r, start_column=at, end_row=r, end_column=at + 2)
            ws.cell(r, at + 3, None if ref == blank else owner)
            ws.cell(r, at + 4, due)
            ws.cell(r, at + 5, status).fill = PatternFill("solid", fgColor=TINTS[status])
            ws.cell(r, at + 5).font = Font(bold=True)
            for j in range(at, at + 6):
                ws.cell(r, j).border, ws.cell(r, j).alignment = box, wrap
            ws.row_dimensions[r].height = 32
            if breaks and ((k == 0 and n == len(steps) - 1) or (k == 1 and n == 0)):
                ws.row_breaks.append(Break(id=r))  # the page ends under this step
            r += 1
            if update:
                for j in range(1, at + 3):
                    ws.cell(r, j).fill = riser
                ws.cell(r, at + 3, f"{NOTE}: {update}").font = Font(italic=True, size=9)
                ws.merge_cells(start_row=r, start_column=at + 3, end_row=r, end_column=at + 5)
                r += 1
        at = 1 + STEP * (len(steps) - 1)
        for j in range(1, at):
            ws.cell(r, j).fill = riser
        foot = ws.cell(
            r, at, "Landing: Improvement board, signed off by Cllr Ann Hughes on 3 May 2026"
        )
        foot.fill = PatternFill("solid", fgColor="D7CCC8")
        ws.merge_cells(start_row=r, start_column=at, end_row=r, end_column=at + 5)
        r += 2
    wb.save(path)
    return path


MONTHS = {"June": 6, "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
          "December": 12}  # fmt: skip


def _check(result: dict, blank: str | None = None) -> None:  # type: ignore[type-arg]
    numbers = {r["id"]: r["number"] for r in result["recommendations"]}
    texts = {r["number"]: r["text"] for r in result["recommendations"]}
    assert texts == {str(i + 1): t for i, t in enumerate(RECS)}
    got = {
        a["ref"]: (a["text"], a["owner"], a["due_date"], a["rag"], a["progress"],
                   ",".join(numbers[x] for x in a["recommendations"]))
        for a in result["actions"]
    }  # fmt: skip
    want = {}
    for rec, ref, action, owner, due, status, update in STEPS:
        day, month, year = due.split()
        want[ref] = (action, None if ref == blank else owner, f"{year}-{MONTHS[month]:02d}-{int(day):02d}", RAG[status],
                     update, str(rec + 1))  # fmt: skip
    assert got == want
    assert [a["ref"] for a in result["actions"]] == [s[1] for s in STEPS]
    codes = {w["code"] for w in result["warnings"]}
    assert not codes & {"plan_no_actions", "plan_status_unread", "plan_column_unplaced"}


def test_staircase_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "stairs.xlsx")).to_contract())


@pytest.mark.slow
def test_staircase_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "stairs.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())


@pytest.mark.slow
def test_staircase_print_over_page_breaks(tmp_path: Path) -> None:
    """Flight 1's last note printed on the next page; flight 2's first step alone at a page's
    foot, its second step on the next."""
    pdf = libreoffice_pdf(_workbook(tmp_path / "stairs.xlsx", breaks=True), tmp_path)
    _check(extract_file(pdf).to_contract())


def test_staircase_step_with_a_blank_field_workbook(tmp_path: Path) -> None:
    """2.1's owner cell left blank: it is still a step (its cells stand where a step's do), its
    owner none, and its status still the fourth field's."""
    result = extract_file(_workbook(tmp_path / "stairs.xlsx", blank="2.1")).to_contract()
    _check(result, blank="2.1")


@pytest.mark.slow
def test_staircase_step_with_a_blank_field_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "stairs.xlsx", blank="2.1"), tmp_path)
    _check(extract_file(pdf).to_contract(), blank="2.1")
