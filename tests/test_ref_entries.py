"""A statement of dated entries: each action opened by one entry (its text, who leads it, a first
date), a later entry moving its date, a last one reporting how it stands (a note, the date that
applies, a status); all entries sorted by their date, so an action's entries are apart and
interleaved with others'. The entries sharing a ref are one action: its text and owner from the
opening entry, its due and status from the latest entry, the latest note its progress; the
actions in their refs' order. (ref_entries)
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from plantrace.pipeline.extract import extract_file

HEADER = ("Date", "Ref", "Action", "Owner", "Due date", "Status")
TEXTS = {
    "1.1": "Hold a weekly case review meeting for every child on a protection plan",
    "1.2": "Publish a clear threshold guide for schools and health partners",
    "2.1": "Recruit three more independent reviewing officers to the service",
    "2.2": "Train every team manager in reflective supervision practice",
}
OWNERS = {"1.1": "Sam Okafor", "1.2": "Head of Service", "2.1": "Rita Blake", "2.2": "Ann Hale"}
ROWS = [
    ("03/02/2026", "2.1", TEXTS["2.1"], OWNERS["2.1"], "31/05/2026", ""),
    ("05/02/2026", "1.2", TEXTS["1.2"], OWNERS["1.2"], "30/04/2026", ""),
    ("09/02/2026", "1.1", TEXTS["1.1"], OWNERS["1.1"], "31/03/2026", ""),
    ("12/02/2026", "2.2", TEXTS["2.2"], OWNERS["2.2"], "30/06/2026", ""),
    ("02/03/2026", "1.1", "Date moved by agreement", "", "31/07/2026", ""),
    ("20/03/2026", "2.1", "Two officers appointed; third post advertised", "", "31/05/2026", "Amber"),
    ("01/04/2026", "1.2", "Guide published and circulated", "", "30/04/2026", "Complete"),
    ("15/04/2026", "1.1", "Meetings held weekly since March", "", "31/07/2026", "Green"),
    ("28/04/2026", "2.2", "Trainer not yet booked", "", "30/06/2026", "Red"),
]  # fmt: skip


def _statement(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Statement"
    ws.append(["Improvement plan: statement of entries"])
    ws.append([])
    ws.append(list(HEADER))
    for c in ws[3]:
        c.font = Font(bold=True)
    for row in ROWS:
        ws.append(list(row))
    wb.save(str(path))
    return path


def test_the_entries_sharing_a_ref_are_one_action_read_from_its_latest_entry(
    tmp_path: Path,
) -> None:
    result = extract_file(_statement(tmp_path / "statement.xlsx"))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag, a.progress) for a in result.actions]
    assert got == [
        ("1.1", TEXTS["1.1"], "Sam Okafor", "31/07/2026", "green", "Meetings held weekly since March"),
        ("1.2", TEXTS["1.2"], "Head of Service", "30/04/2026", "blue", "Guide published and circulated"),
        ("2.1", TEXTS["2.1"], "Rita Blake", "31/05/2026", "amber",
         "Two officers appointed; third post advertised"),
        ("2.2", TEXTS["2.2"], "Ann Hale", "30/06/2026", "red", "Trainer not yet booked"),
    ]  # fmt: skip


def test_entries_that_cannot_be_told_apart_are_said(tmp_path: Path) -> None:
    # one later entry prints an owner of its own: its ref's rows are not told apart as entries
    rows = [*ROWS]
    rows[7] = ("15/04/2026", "1.1", "Meetings held weekly since March", "Jo Marsh", "31/07/2026",
               "Green")  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(HEADER))
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    wb.save(str(tmp_path / "mixed.xlsx"))
    result = extract_file(tmp_path / "mixed.xlsx")
    assert "ref_entries_unjoined" in {w.code for w in result.warnings}
    assert len(result.actions) == len(rows)  # nothing merged on a guess


def test_dues_that_run_in_entry_order_are_said(tmp_path: Path) -> None:
    # the only date column is the entries' own (the statement sorted by it), read as the due
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Due date", "Ref", "Action", "Owner", "Status"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for day, ref, text, owner, _due, status in ROWS:
        ws.append([day, ref, text, owner, status])
    wb.save(str(tmp_path / "dated.xlsx"))
    result = extract_file(tmp_path / "dated.xlsx")
    assert [a.due_raw for a in result.actions] == ["15/04/2026", "01/04/2026", "20/03/2026",
                                                   "28/04/2026"]  # fmt: skip
    assert "ref_entries_dues_in_entry_order" in {w.code for w in result.warnings}


def test_dues_of_their_own_are_not_said(tmp_path: Path) -> None:
    result = extract_file(_statement(tmp_path / "statement.xlsx"))
    assert "ref_entries_dues_in_entry_order" not in {w.code for w in result.warnings}


def test_a_note_that_only_names_its_entrys_kind_is_no_progress(tmp_path: Path) -> None:
    # a kind column: the opening entry 'OPENED', later ones 'MOVED' or 'REVIEW'; a review with no
    # news prints the form's stock words naming its kind ('Review logged'), which say nothing of
    # how the action stands (a person reading the plan would not call it its progress)
    kinds = {0: "OPENED", 1: "OPENED", 2: "OPENED", 3: "OPENED", 4: "MOVED"}
    stock = {6: "Review logged", 8: "review logged"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Ref", "Kind", "Action", "Owner", "Due date", "Status"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for k, (day, ref, text, owner, due, status) in enumerate(ROWS):
        ws.append([day, ref, kinds.get(k, "REVIEW"), stock.get(k, text), owner, due, status])
    wb.save(str(tmp_path / "kinds.xlsx"))
    result = extract_file(tmp_path / "kinds.xlsx")
    got = {a.ref: (a.text, a.rag, a.progress) for a in result.actions}
    assert got == {
        "1.1": (TEXTS["1.1"], "green", "Meetings held weekly since March"),
        "1.2": (TEXTS["1.2"], "blue", None),
        "2.1": (TEXTS["2.1"], "amber", "Two officers appointed; third post advertised"),
        "2.2": (TEXTS["2.2"], "red", None),
    }
    # a note naming the kind but saying more is the action's news all the same
    ws.cell(row=8, column=4, value="Review logged: guide published and sent to every school")
    wb.save(str(tmp_path / "kinds.xlsx"))
    said = {a.ref: a.progress for a in extract_file(tmp_path / "kinds.xlsx").actions}
    assert said["1.2"] == "Review logged: guide published and sent to every school"
