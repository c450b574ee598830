"""A statement of entries whose action column holds each action's sentence on its opening entry
only: later entries print the same few stock words ('Position reported', 'Date moved by
agreement'), which outnumber the sentences. The column is still the actions' (the stock words
count once each), whether its header names nothing ('Particulars') or names progress
('Narrative': no other column holds the actions, and the rows share their refs), and the table
is an action table. (plan_columns, column_roles)
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from plantrace.pipeline.extract import extract_file

TEXTS = {
    "1.1": "Hold a weekly case review meeting for every child on a protection plan",
    "1.2": "Publish a clear threshold guide for schools and health partners",
    "2.1": "Recruit three more independent reviewing officers to the service",
    "2.2": "Train every team manager in reflective supervision practice",
}
MOVED, STATED = "Date moved by agreement", "Position reported"
ROWS = [
    ("03/02/2026", "2.1", TEXTS["2.1"], "Rita Blake", "31/05/2026", ""),
    ("05/02/2026", "1.2", TEXTS["1.2"], "Head of Service", "30/04/2026", ""),
    ("09/02/2026", "1.1", TEXTS["1.1"], "Sam Okafor", "31/03/2026", ""),
    ("12/02/2026", "2.2", TEXTS["2.2"], "Ann Hale", "30/06/2026", ""),
    ("02/03/2026", "1.1", MOVED, "", "31/07/2026", ""),
    ("09/03/2026", "2.2", MOVED, "", "31/08/2026", ""),
    ("20/03/2026", "2.1", STATED, "", "31/05/2026", "Amber"),
    ("01/04/2026", "1.2", STATED, "", "30/04/2026", "Complete"),
    ("15/04/2026", "1.1", STATED, "", "31/07/2026", "Green"),
    ("28/04/2026", "2.2", STATED, "", "31/08/2026", "Red"),
]  # fmt: skip


def _statement(path: Path, action_label: str, header: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header) or ["Date", "Ref", action_label, "Holder", "Settle by", "Status"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in ROWS:
        ws.append(list(row))
    wb.save(str(path))
    return path


@pytest.mark.parametrize("label", ["Particulars", "Narrative"])
def test_the_sentences_among_stock_notes_are_the_actions(tmp_path: Path, label: str) -> None:
    result = extract_file(_statement(tmp_path / "statement.xlsx", label))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag, a.progress) for a in result.actions]
    assert got == [
        ("1.1", TEXTS["1.1"], "Sam Okafor", "31/07/2026", "green", None),
        ("1.2", TEXTS["1.2"], "Head of Service", "30/04/2026", "blue", None),
        ("2.1", TEXTS["2.1"], "Rita Blake", "31/05/2026", "amber", None),
        ("2.2", TEXTS["2.2"], "Ann Hale", "31/08/2026", "red", None),
    ]


def test_a_header_of_unknown_words_over_entries_is_an_action_table(tmp_path: Path) -> None:
    # only the cells tell what the table lists: the sentences (the stock words once each)
    # beside a column of people and one of dates
    header = ("Value date", "Item", "Particulars", "Account holder", "Maturity", "Balance state")
    result = extract_file(_statement(tmp_path / "statement.xlsx", "", header))
    assert [(a.ref, a.text, a.owner) for a in result.actions] == [
        ("1.1", TEXTS["1.1"], "Sam Okafor"),
        ("1.2", TEXTS["1.2"], "Head of Service"),
        ("2.1", TEXTS["2.1"], "Rita Blake"),
        ("2.2", TEXTS["2.2"], "Ann Hale"),
    ]


def test_updates_each_said_once_under_a_recurring_ref_stay_updates(tmp_path: Path) -> None:
    # a table of updates whose ref recurs but whose notes are each said once (no stock note
    # under two refs) is no statement of entries: its notes are not the actions
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ref", "Action", "Lead officer", "Due", "Status"])
    ws.append(["4.1", TEXTS["1.1"], "Sam Okafor", "31/05/2026", "Green"])
    ws.append(["4.2", TEXTS["1.2"], "Rita Blake", "11/01/2026", "Red"])
    ws.append(["4.3", TEXTS["2.1"], "Ann Hale", "31/05/2025", "Amber"])
    notes = wb.create_sheet("Updates")
    notes.append(["Ref", "Evidence of progress", "Lead officer"])
    notes.append(["4.1", "Scoping to begin once the new quarter opens", "Sam Okafor"])
    notes.append(
        ["4.2", "No lead in post since the restructure; escalated to the board", "Rita Blake"]
    )
    notes.append(["4.1", "Draft agreed by partners; sign-off due at the next board", "Sam Okafor"])
    for sheet in (ws, notes):
        for c in sheet[1]:
            c.font = Font(bold=True)
    path = tmp_path / "updates.xlsx"
    wb.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.text, a.owner) for a in result.actions] == [
        ("4.1", TEXTS["1.1"], "Sam Okafor"),
        ("4.2", TEXTS["1.2"], "Rita Blake"),
        ("4.3", TEXTS["2.1"], "Ann Hale"),
    ]
