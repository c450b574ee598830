"""An action log with a row per update: the log date first, then the action's key, the key of
its recommendation, the action as a sentence, its lead and due date.

- 'Entry key' names the action over a column of codes, with a second column of codes (the
  recommendation's) between it and the sentences: the codes are the key, the sentences the
  action.
- Both date columns are named as dates the header vocabulary reads as due ('Log date', 'Due
  at'); the rows are sorted by log date, and an overdue action logged after its due date
  makes the later-by-row count weak, but the log dates run in order down the table and the due
  dates do not: the log date is when the entry was made.
"""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file

HEADER = ("Log date", "Entry key", "Rec", "What will happen", "Assigned lead", "Due at")
ROWS = [
    ("06/04/2026", "AL017", "IR5", "Apply consistent thresholds at the front door every week",
     "Principal Social Worker", "30/06/2026"),
    ("12/04/2026", "AL013", "IR4", "Give foster carers refreshed guidance on reporting a missing child",
     "Head of Service, Children in Care", "31/12/2027"),
    ("16/04/2026", "AL009", "IR3", "Redesign the child in need plan template in plain language",
     "Principal Social Worker", "31/05/2027"),
    ("20/07/2026", "AL001", "IR1", "Offer tuition to every child in care behind in reading",
     "Head of Virtual School", "30/06/2026"),
    ("24/07/2026", "AL008", "IR3", "Hold monthly practice workshops on writing analysis",
     "Service Manager, Care Leavers", "31/01/2027"),
    ("02/09/2026", "AL004", "IR2", "Launch a single exploitation screening tool for all partners",
     "Designated Nurse", "31/08/2026"),
]  # fmt: skip


def _log(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Action log", 1)
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    t.style = "Table Grid"
    for c, label in enumerate(HEADER):
        t.cell(0, c).paragraphs[0].add_run(label).bold = True
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    d.save(str(path))
    return path


def test_the_key_and_the_log_date_are_told_from_the_action_and_its_due(tmp_path: Path) -> None:
    result = extract_file(_log(tmp_path / "log.docx"))
    assert [(a.ref, a.text, a.due_raw) for a in result.actions] == [
        (key, text, due) for _log_date, key, _rec, text, _lead, due in ROWS
    ]
