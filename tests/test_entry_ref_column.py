"""A statement numbers its entries (1, 2, 3 .. down the whole table) and names on each the action
it is an entry of by a coded ref ('2.1') under a header no vocabulary knows; its value dates are
dotted ('04.01.2026'). The coded refs recur (an action's entries) and are the ref; the running
count is no ref nor a recommendation; a dotted date is no coded ref. (column_roles)
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from plantrace.pipeline.extract import extract_file

HEADER = ("Value date", "Entry", "Folio", "Action", "Owner", "Due date", "Status")
TEXTS = {
    "1.1": "Hold a weekly case review meeting for every child on a protection plan",
    "1.2": "Publish a clear threshold guide for schools and health partners",
    "2.1": "Recruit three more independent reviewing officers to the service",
    "2.2": "Train every team manager in reflective supervision practice",
}
ROWS = [
    ("03.02.2026", "2.1", TEXTS["2.1"], "Rita Blake", "31/05/2026", ""),
    ("05.02.2026", "1.2", TEXTS["1.2"], "Head of Service", "30/04/2026", ""),
    ("09.02.2026", "1.1", TEXTS["1.1"], "Sam Okafor", "31/03/2026", ""),
    ("12.02.2026", "2.2", TEXTS["2.2"], "Ann Hale", "30/06/2026", ""),
    ("02.03.2026", "1.1", "Date moved by agreement", "", "31/07/2026", ""),
    ("20.03.2026", "2.1", "Two officers appointed; third post advertised", "", "31/05/2026", "Amber"),
    ("01.04.2026", "1.2", "Guide published and circulated", "", "30/04/2026", "Complete"),
    ("15.04.2026", "1.1", "Meetings held weekly since March", "", "31/07/2026", "Green"),
    ("28.04.2026", "2.2", "Trainer not yet booked", "", "30/06/2026", "Red"),
]  # fmt: skip


def _statement(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(HEADER))
    for c in ws[1]:
        c.font = Font(bold=True)
    for n, (day, ref, *rest) in enumerate(ROWS, start=1):
        ws.append([day, str(n), ref, *rest])
    wb.save(str(path))
    return path


def test_the_recurring_coded_refs_are_the_ref_and_the_entry_count_is_not(tmp_path: Path) -> None:
    result = extract_file(_statement(tmp_path / "statement.xlsx"))
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag) for a in result.actions]
    assert got == [
        ("1.1", TEXTS["1.1"], "Sam Okafor", "31/07/2026", "green"),
        ("1.2", TEXTS["1.2"], "Head of Service", "30/04/2026", "blue"),
        ("2.1", TEXTS["2.1"], "Rita Blake", "31/05/2026", "amber"),
        ("2.2", TEXTS["2.2"], "Ann Hale", "30/06/2026", "red"),
    ]
