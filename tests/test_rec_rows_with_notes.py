"""A workbook's list of recommendations, one per row, each row closed by a short note in a cell
of its own ('Checked: <name>', 'Sponsor: <name>'), read from the .xlsx directly.

A print runs each such row as one line and the plan's list reads it; read from the workbook the
rows are a table no header names. With the note a third cell, the row was no 'number | sentence'
pair, so the table read as ONE numbered heading (recommendation 1 holding every other row's
text, 2 to 5 lost, their actions linked to nothing). Now a row whose cell states a
recommendation with its label ('Recommendation 2: ...'), alone or after its number, is read
with the notes after it left out (plan_recommendations._noted), and such a table is a list,
no heading (plan._stated); a table whose rows name themselves so is the plan's list even where
its actions link to them by colour, not number (plan._rows_named). A key's swatch that is an
empty filled cell of the workbook's table is a chip as a print's box is (fill_key_links._key).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill

from plantrace.pipeline.extract import extract_file

RECS = [
    "Improve the quality of assessments so that they reflect each child's history",
    "Strengthen management oversight of casework in the assessment teams",
    "Reduce delay in achieving permanence for children in care",
]
NOTES = ["Anna Bell", "Cllr Tom Reed", "Priya Shah"]
ACTIONS = [  # ref, rec (1-based), action, lead, status word
    ("1", 2, "Audit fifty case files each month and report the themes", "Head of Service", "Done"),
    ("2", 1, "Introduce a new assessment template with partners", "Jane Smith", "On track"),
    ("3", 3, "Hold a permanence planning meeting by every second review", "Sam Patel", "Late"),
    ("4", 1, "Train every social worker in chronology writing", "Jane Smith", "On track"),
    ("5", 2, "Set a four-weekly supervision standard", "Head of Service", "Late"),
]
KEY = ["E6194B", "3CB44B", "4363D8"]  # each recommendation's colour


def _numbered_book(path: Path) -> None:
    """'1' | 'Recommendation 1: ...' | 'Checked: name' rows, then an action table naming each
    action's recommendation by number."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True)
    for k, (text, who) in enumerate(zip(RECS, NOTES, strict=True)):
        r = 3 + k
        ws.cell(r, 1, str(k + 1)).font = Font(bold=True)
        ws.cell(r, 2, f"Recommendation {k + 1}: {text}")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(r, 5, f"Checked: {who}")
    top = 4 + len(RECS)
    for c, head in enumerate(["Ref", "Rec", "Action", "Lead", "Status"], start=1):
        ws.cell(top, c, head).font = Font(bold=True)
    for k, (ref, rec, text, lead, status) in enumerate(ACTIONS):
        for c, v in enumerate([ref, str(rec), text, lead, status], start=1):
            ws.cell(top + 1 + k, c, v)
    ws.column_dimensions["C"].width = 60
    wb.save(path)


def _keyed_book(path: Path) -> None:
    """A colour key: swatch | 'Recommendation 1: ...' | 'Sponsor: name', then actions whose
    chip cell is filled in their recommendation's colour (no number anywhere in the row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Colour key"
    ws["A3"].font = Font(bold=True)
    for k, (text, who) in enumerate(zip(RECS, NOTES, strict=True)):
        r = 4 + k
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=KEY[k])
        ws.cell(r, 3, f"Recommendation {k + 1}: {text}")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 6, f"Sponsor: {who}")
    top = 5 + len(RECS)
    for c, head in enumerate(["Ref", "", "Action", "Lead", "Status"], start=1):
        ws.cell(top, c, head or None).font = Font(bold=True)
    for k, (ref, rec, text, lead, status) in enumerate(ACTIONS):
        r = top + 1 + k
        ws.cell(r, 1, ref)
        ws.cell(r, 2).fill = PatternFill("solid", fgColor=KEY[rec - 1])
        ws.cell(r, 3, text)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, status)
    ws.column_dimensions["B"].width = 4
    ws.column_dimensions["C"].width = 60
    wb.save(path)


def _links(result: object) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    contract = result.to_contract()  # type: ignore[attr-defined]
    recs = [(r["number"], r["text"]) for r in contract["recommendations"]]
    numbers = {r["id"]: r["number"] for r in contract["recommendations"]}
    links = {a["ref"]: [numbers[i] for i in a["recommendations"]] for a in contract["actions"]}
    return recs, links


def _expected_links() -> dict[str, list[str]]:
    return {ref: [str(rec)] for ref, rec, *_ in ACTIONS}


def test_numbered_rows_with_a_note_are_the_list(tmp_path: Path) -> None:
    path = tmp_path / "numbered.xlsx"
    _numbered_book(path)
    recs, links = _links(extract_file(path))
    assert [n for n, _ in recs] == ["1", "2", "3"]
    for (_, text), want in zip(recs, RECS, strict=True):
        assert want in text and "Checked" not in text
    assert links == _expected_links()


def test_key_rows_with_a_note_are_the_list_and_key(tmp_path: Path) -> None:
    path = tmp_path / "keyed.xlsx"
    _keyed_book(path)
    result = extract_file(path)
    recs, links = _links(result)
    assert [n for n, _ in recs] == ["1", "2", "3"]
    for (_, text), want in zip(recs, RECS, strict=True):
        assert want in text and "Sponsor" not in text
    assert links == _expected_links()  # each chip's fill keys its recommendation
    statuses = [a["rag"] for a in result.to_contract()["actions"]]
    assert statuses == ["blue", "green", "red", "green", "red"]  # the words, not the chips


def test_bare_number_rows_with_a_note_are_no_list(tmp_path: Path) -> None:
    """A number beside a sentence with a note after it, no label in the sentence: an action
    and its owner as much as a recommendation; no list is read from it."""
    from plantrace.extractors.plan_recommendations import _noted
    from plantrace.pipeline.document import Cell

    box = (0.0, 0.0, 1.0, 1.0)
    row = [Cell("2", box), Cell(RECS[1], box), Cell("Owner: Jane Smith", box)]
    assert _noted(row) is None
    row[1] = Cell(f"Recommendation 2: {RECS[1]}", box)
    assert _noted(row) == (("2", RECS[1]), row[1])
    row[0] = Cell("3", box)  # the number and the label disagree
    assert _noted(row) is None
