"""The tracker of test_sheet_headings as the workbook itself, read directly: a title row and a
blank row over the header; per recommendation a 'Rec 2 | text' row (two cells filled, the rest
empty, never merged); the updates kept as cell comments on the status cells (Excel writes the
author as the comment's first line), a comment on the status header and a date-change note on a
due cell, which are not updates.

What is read, by the same rules as its print (extractors.sheet_headings): the 'Rec' rows are
recommendation headings, not actions; each action under the recommendation above it; each
update from the comment on its own status cell, without its author; the due cell's note said as
not read (sheet_comments_unread). Printed by LibreOffice (the comments on a sheet after it, as
'Cell: E7' / 'Comment: author:' / text), the same actions come out of the print.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from plantrace.models.results import ExtractionResult
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.xlsx import parse_xlsx_bytes
from tests.pdfs import libreoffice_pdf as _print

SHEET = [
    ["Ashford Council - Improvement Plan Tracker"],
    [],
    ["Ref no.", "Action required", "Officer", "Target date", "Current RAG"],
    ["Rec 1", "Improve the quality of supervision for social workers"],
    ["1.1", "Audit twelve supervision records each month", "Head of Service", "31/03/2027",
     "Slipping"],
    ["1.2", "Introduce quarterly practice observations", "Principal Social Worker",
     "30/06/2027", "On target"],
    ["Rec 2", "Make sure children's views shape their plans"],
    ["2.1", "Expand the children in care council", "Participation Lead", "31/01/2027",
     "Delivered"],
]  # fmt: skip
COMMENTS = [
    ("E3", "Amy Brook", "Statuses as agreed at the board."),
    ("D5", "Amy Brook", "Revised from 31/12/2026, agreed at board"),
    ("E5", "Tom Reed", "Recruitment under way; two posts filled"),
    ("E8", "Tom Reed", "Completed and embedded in practice"),
]


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    for r, row in enumerate(SHEET, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    for cell, who, text in COMMENTS:
        ws[cell].comment = Comment(f"{who}:\n{text}", who)
    for letter, width in zip("ABCDE", (9, 50, 24, 12, 14), strict=True):
        ws.column_dimensions[letter].width = width
    ws.print_options.headings = True
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    notes = wb.create_sheet("Comments")  # 'comments at end of sheet', as a print lays them out
    notes.column_dimensions["A"].width = 11
    notes.column_dimensions["B"].width = 70
    notes.sheet_properties.pageSetUpPr.fitToPage = True  # 'Cell:' and its address on one page
    notes.page_setup.fitToWidth, notes.page_setup.fitToHeight = 1, 0
    for k, (cell, who, text) in enumerate(COMMENTS):
        notes.cell(3 * k + 1, 1, "Cell:")
        notes.cell(3 * k + 1, 2, cell)
        notes.cell(3 * k + 2, 1, "Comment:")
        notes.cell(3 * k + 2, 2, f"{who}:\n{text}").alignment = openpyxl.styles.Alignment(
            wrap_text=True, vertical="top"
        )
    wb.save(path)
    return path


def _actions(result: ExtractionResult) -> list[tuple[object, ...]]:
    return [
        (a.ref, a.text, a.owner, str(a.due_date), a.rag, a.progress, a.recommendations)
        for a in result.actions
    ]


def test_workbook_comments_stated_with_cell_and_author(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "tracker.xlsx")
    doc = parse_xlsx_bytes(path.read_bytes(), path.name, "0")
    got = [(n.row, n.col, n.author, n.text) for n in doc.notes]
    assert got == [
        (3, 5, "Amy Brook", "Statuses as agreed at the board."),
        (5, 4, "Amy Brook", "Revised from 31/12/2026, agreed at board"),
        (5, 5, "Tom Reed", "Recruitment under way; two posts filled"),
        (8, 5, "Tom Reed", "Completed and embedded in practice"),
    ]


def test_workbook_group_rows_and_comments_read_as_its_print(tmp_path: Path) -> None:
    out = extract_file(_workbook(tmp_path / "tracker.xlsx"))
    got = {a.ref: a for a in out.actions}
    assert sorted(got) == ["1.1", "1.2", "2.1"]  # the 'Rec' rows are headings, not actions
    assert got["1.1"].owner == "Head of Service"
    assert str(got["1.1"].due_date) == "2027-03-31"
    assert got["1.1"].rag == "amber" and got["2.1"].rag == "blue"
    assert got["1.1"].progress == "Recruitment under way; two posts filled"
    assert got["2.1"].progress == "Completed and embedded in practice"
    assert got["1.2"].progress is None
    assert got["1.1"].recommendations == ["r1"] and got["2.1"].recommendations == ["r2"]
    said = [w for w in out.warnings if w.code == "sheet_comments_unread"]
    assert len(said) == 1 and "D5" in said[0].message and "E3" not in said[0].message


def test_workbook_and_its_print_give_the_same_actions(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "tracker.xlsx")
    direct = extract_file(path)
    printed = extract_file(_print(path, tmp_path))  # skips where LibreOffice is missing
    assert _actions(direct) == _actions(printed)
    assert [w.code for w in direct.warnings if w.code == "sheet_comments_unread"] == [
        w.code for w in printed.warnings if w.code == "sheet_comments_unread"
    ]
