"""The latest quarter's note is the progress, its notes opened by a label (column_roles._note).

A board's quarterly tracker prints, under each quarter, a status and a note; the quarters after
the current one are blank. Each note opens with a label ('Comment: audit completed', 'Update: on
track with partners', 'Note: awaiting board sign-off'): a few words that alone would type as a
status word or a board, not as a sentence. A labelled note is a note: the latest filled
quarter's is the action's progress, the earlier quarters' are history.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, Side

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

QUARTERS = ["Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27"]
RECS = [
    "Improve the timeliness of strategy discussions so that children at risk are protected",
    "Make sure that care plans say what will change for the child and by when",
]
# rec -> (ref, action, owner, due, [(status, note) per filled quarter])
ACTIONS = [
    (1, "A01", "Hold every strategy discussion within one working day", "Head of Early Help",
     "2027-03", [("Requires a nudge", "Comment: audit completed"),
                 ("In the queue", "Note: awaiting board sign-off")]),
    (1, "A02", "Audit twenty strategy discussions each quarter", "Designated Nurse",
     "2026-12", [("In the queue", "Update: recruitment under way"),
                 ("Finalised", "Comment: on track with partners")]),
    (2, "A03", "Rewrite the care plan template with young people", "Head of Service",
     "2027-06", [("In the queue", "Note: on track with partners"),
                 ("Requires a nudge", "Update: awaiting board sign-off")]),
    (2, "A04", "Train every team manager in outcome focused planning", "Head of Early Help",
     "2027-01", [("Satisfactory", "Comment: training delivered to two teams"),
                 ("In the queue", "Comment: on track with partners")]),
    (2, "A05", "Check twenty care plans a month against the new standard", "Designated Nurse",
     "2026-11", [("Requires a nudge", "Update: audit completed"),
                 ("Finalised", "Note: audit completed")]),
]  # fmt: skip


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = "Tracker"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws["A1"] = "Eastfield Council - Children's Services improvement tracker"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Action", "Lead officer", "Deadline"]
    for j, h in enumerate(heads):
        c = ws.cell(3, j + 1, h)
        c.font, c.border, c.alignment = Font(bold=True), grid, wrap
        ws.merge_cells(start_row=3, start_column=j + 1, end_row=4, end_column=j + 1)
    for q, label in enumerate(QUARTERS):
        col = 5 + 2 * q
        c = ws.cell(3, col, label)
        c.font, c.border, c.alignment = Font(bold=True), grid, wrap
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        for k, sub in enumerate(("RAG status", "Quarter's word")):
            s = ws.cell(4, col + k, sub)
            s.font, s.border, s.alignment = Font(bold=True), grid, wrap
    widths = {"A": 7, "B": 42, "C": 22, "D": 11}
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w
    for q in range(len(QUARTERS)):
        ws.column_dimensions[chr(69 + 2 * q)].width = 16
        ws.column_dimensions[chr(70 + 2 * q)].width = 34
    row = 5
    for n, rec in enumerate(RECS, 1):
        for j in range(4 + 2 * len(QUARTERS)):  # a ruled band across the sheet
            ws.cell(row, j + 1).border = grid
        c = ws.cell(row, 1, f"Recommendation {n}: {rec}")
        c.font, c.alignment = Font(bold=True), wrap
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4 + 2 * len(QUARTERS))
        row += 1
        for rec_n, ref, text, owner, due, quarters in ACTIONS:
            if rec_n != n:
                continue
            values = [ref, text, owner, due]
            for status, note in quarters:
                values += [status, note]
            values += [""] * (4 + 2 * len(QUARTERS) - len(values))
            for j, v in enumerate(values):
                c = ws.cell(row, j + 1, v)
                c.border, c.alignment = grid, wrap
            row += 1
    wb.save(path)
    return path


def _check(result: dict) -> None:  # type: ignore[type-arg]
    got = {a["ref"]: a["progress"] for a in result["actions"]}
    assert got == {ref: quarters[-1][1] for _, ref, _, _, _, quarters in ACTIONS}
    unplaced = [w["message"] for w in result["warnings"] if w["code"] == "plan_column_unplaced"]
    assert not any("Quarter's word" in m for m in unplaced)


def test_labelled_notes_of_the_latest_quarter_workbook(tmp_path: Path) -> None:
    _check(extract_file(_workbook(tmp_path / "tracker.xlsx")).to_contract())


@pytest.mark.slow
def test_labelled_notes_of_the_latest_quarter_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_workbook(tmp_path / "tracker.xlsx"), tmp_path)
    _check(extract_file(pdf).to_contract())
