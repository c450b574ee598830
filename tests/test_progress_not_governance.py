"""A column whose header names only a board is read by its cells: a form's question 'Anything
else the Board should know?' over sentences on how the work goes is the progress note, not the
board that oversees the work; a 'Board' column over the boards' names stays governance.

A governance column holds short names of boards or meetings; a progress column holds notes.
The one word 'Board' in a header is weaker evidence than a column of sentences
(extractors.column_roles._notes_not_bodies, thresholds in data/plan_columns.json
notes_under_board).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.extract import extract_file

HEADER = ["Plan ref", "Action", "Who owns it?", "When will it be complete?",
          "How would you rate progress?"]  # fmt: skip
ROWS = [
    ["1.1", "Offer every child a return home interview within three working days",
     "Claire Whitby", "30/11/2025", "Good progress"],
    ["1.2", "Give foster carers refreshed guidance on reporting a child missing",
     "Amira Choudhury", "31/01/2026", "Some slippage"],
    ["2.1", "Agree a health assessment pathway with the integrated care board",
     "Ruth Kowalczyk", "23/09/2025", "Significant concern"],
    ["2.2", "Audit the quality of health assessments for children placed out of area",
     "Tom Reed", "31/03/2026", "Good progress"],
]  # fmt: skip
NOTES = [
    "Recruitment under way; two posts filled",
    "Delayed because of staff turnover; revised plan agreed",
    "No lead in post since the restructure; escalated to the Improvement Board",
    "Audit shows improvement in most records",
]
BOARDS = [
    "Improvement Board",
    "CSC Leadership Team",
    "Improvement Board",
    "Corporate Parenting Panel",
]


def _workbook(path: Path, last_header: str, last_cells: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*HEADER, last_header])
    for row, cell in zip(ROWS, last_cells, strict=True):
        ws.append([*row, cell])
    wb.save(path)
    return path


def test_a_board_question_over_notes_is_the_progress(tmp_path: Path) -> None:
    question = "Anything else the Board should know?"
    assert header_role(question) == "governance"  # its one word 'Board'
    path = _workbook(tmp_path / "responses.xlsx", question, NOTES)
    actions = extract_file(path).actions
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert [a.progress for a in actions] == NOTES
    assert [a.governance for a in actions] == [None] * 4
    assert [a.rag for a in actions] == ["green", "amber", "red", "green"]


def test_a_board_column_naming_boards_stays_governance(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "plan.xlsx", "Board", BOARDS)
    actions = extract_file(path).actions
    assert [a.governance for a in actions] == BOARDS
    assert [a.progress for a in actions] == [None] * 4


def test_notes_beside_a_progress_note_column_keep_the_header_role() -> None:
    """Where another column holds the progress notes, the board question is not read as a
    second progress column: only the cells of a table with no progress note decide."""
    labels = ["Action", "Progress update", "Anything else the Board should know?"]
    roles = read_roles(
        ACTION_TABLE,
        [header_role(x) for x in labels],
        labels,
        [[r[1] for r in ROWS], NOTES, list(reversed(NOTES))],
    ).roles
    assert roles == ["action", "progress", "governance"]
