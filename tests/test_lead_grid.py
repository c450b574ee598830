"""A who-does-what grid as a programme office keeps it in a workbook: one row per recommendation
('Rec. 2' and its text in one wrapped cell), one column per lead (the header row names people
and posts, not fields), each cell holding that lead's actions for the recommendation as lines
('2.1 <text>' / 'Due: <date>' / 'RAG: <status>' / 'Update: <note>'), several actions in one
cell parted by a blank line; a lead with nothing for a recommendation has '-' or 'n/a' or an
empty cell, one lead owns nothing; a row of counts under the grid and a measures block.

What is read (extractors.lead_grid): each action with the column's lead as its owner and the
row's recommendation, its own fields from its labelled lines, in its refs' order; the counts
are no actions; the workbook read directly and its LibreOffice print give the same actions. A
cell of text that opens with no ref is said (lead_grid_cells_unread). A table whose header
names fields (an ordinary tracker) is not read as a grid.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Side

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf as _print

LEADS = ["Recommendation", "Priya Nandakumar", "Head of Early Help", "Tom Ellery",
         "Service Manager, Fostering", "Designated Nurse"]  # fmt: skip
GRID = [
    [
        "Rec. 1\nImprove the quality of supervision for social workers",
        "1.2 Introduce quarterly practice observations\nDue: 30.06.27\nRAG: Going well\n"
        "Update: First round completed in two teams",
        "-",
        "1.1 Audit twelve supervision records each month and report the themes to the "
        "practice board\nDue: 31.03.27\nRAG: Needs attention\n\n"
        "1.3 Train all team managers in reflective supervision\nDue: Sep 2027\n"
        "RAG: Urgent attention",
        "n/a",
        "",
    ],
    [
        "Rec. 2\nMake sure children's views shape their plans",
        "",
        "2.1 Expand the children in care council\nDue: 31.01.27\nRAG: Finished\n"
        "Update: Council meets monthly",
        "n/a",
        "2.2 Record children's views in their own words at every review\nDue: 28.02.27\n"
        "RAG: Yet to start",
        "",
    ],
]
COUNTS = ["Number of actions", "1", "1", "2", "1", "0"]
MEASURES = [["Indicator", "Start", "This quarter", "Target"],
            ["Supervision within timescale", "61%", "70%", "90%"]]  # fmt: skip


def _workbook(path: Path, stray: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Who does what"
    ws["A1"] = "Ashford Council - Who is doing what: Children's Services Improvement"
    ws["A2"] = "Actions by lead and recommendation. Compiled by Amy Brook, 01/12/2026."
    for c, text in enumerate(LEADS, start=1):
        ws.cell(4, c, text)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(GRID, start=5):
        for c, text in enumerate(row, start=1):
            if text:
                ws.cell(r, c, text).alignment = wrap
    if stray is not None:
        ws.cell(6, 6, stray).alignment = wrap
    for c, text in enumerate(COUNTS, start=1):
        ws.cell(5 + len(GRID), c, text)
    ws.cell(8 + len(GRID), 1, "Measures")
    for r, row in enumerate(MEASURES, start=9 + len(GRID)):
        for c, text in enumerate(row, start=1):
            ws.cell(r, c, text)
    thin = Side(style="thin")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in range(4, 6 + len(GRID)):  # the grid ruled, as a sheet's borders print
        for c in range(1, len(LEADS) + 1):
            ws.cell(r, c).border = ruled
    for r in range(9 + len(GRID), 9 + len(GRID) + len(MEASURES)):
        for c in range(1, len(MEASURES[0]) + 1):
            ws.cell(r, c).border = ruled
    for letter in "ABCDEF":
        ws.column_dimensions[letter].width = 34
    for r in range(5, 5 + len(GRID)):
        ws.row_dimensions[r].height = 150
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


def _actions(result: ExtractionResult) -> list[tuple[object, ...]]:
    return [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag, a.progress, a.recommendations)
        for a in result.actions
    ]


EXPECTED = [
    ("1.1", "Audit twelve supervision records each month and report the themes to the "
     "practice board", "Tom Ellery", "2027-03-31", "amber", None, ["r1"]),
    ("1.2", "Introduce quarterly practice observations", "Priya Nandakumar", "2027-06-30",
     "green", "First round completed in two teams", ["r1"]),
    ("1.3", "Train all team managers in reflective supervision", "Tom Ellery", "2027-09-30",
     "red", None, ["r1"]),
    ("2.1", "Expand the children in care council", "Head of Early Help", "2027-01-31", "blue",
     "Council meets monthly", ["r2"]),
    ("2.2", "Record children's views in their own words at every review",
     "Service Manager, Fostering", "2027-02-28", None, None, ["r2"]),
]  # fmt: skip


def test_grid_cells_read_as_actions_owned_by_their_column(tmp_path: Path) -> None:
    out = extract_file(_workbook(tmp_path / "grid.xlsx"))
    assert _actions(out) == EXPECTED
    assert [(r.number, r.text) for r in out.recommendations] == [
        ("1", "Improve the quality of supervision for social workers"),
        ("2", "Make sure children's views shape their plans"),
    ]
    assert [k.indicator for k in out.kpis] == ["Supervision within timescale"]
    assert not [w for w in out.warnings if w.code == "lead_grid_cells_unread"]


def test_grid_workbook_and_its_print_give_the_same_actions(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "grid.xlsx")
    printed = extract_file(_print(path, tmp_path))  # skips where LibreOffice is missing
    assert _actions(printed) == EXPECTED
    assert _actions(extract_file(path)) == _actions(printed)


def test_grid_cell_of_text_with_no_ref_is_said(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "grid.xlsx", stray="Awaiting a named lead from health")
    out = extract_file(path)
    assert [a.ref for a in out.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    said = [w for w in out.warnings if w.code == "lead_grid_cells_unread"]
    assert len(said) == 1 and "Awaiting a named lead" in said[0].message


def test_tracker_whose_header_names_fields_is_no_grid(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [
        ["Ref", "Action", "Lead officer", "Due date", "RAG"],
        ["1.1", "Audit twelve supervision records each month", "Tom Ellery", "31/03/2027",
         "Amber"],
        ["1.2", "Introduce quarterly practice observations", "Priya Nandakumar", "30/06/2027",
         "Green"],
    ]  # fmt: skip
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            ws.cell(r, c, text)
    wb.save(tmp_path / "tracker.xlsx")
    out = extract_file(tmp_path / "tracker.xlsx")
    assert [(a.ref, a.owner, a.rag) for a in out.actions] == [
        ("1.1", "Tom Ellery", "amber"),
        ("1.2", "Priya Nandakumar", "green"),
    ]
    assert not [w for w in out.warnings if w.code == "lead_grid_cells_unread"]
