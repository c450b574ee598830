"""An action closure log kept in Excel (round 31, fixer I): beside the due date ('Completion
date') it records, for closed actions only, who signed the closure off and WHEN ('Signed off
on'), a real date cell later than the due date. The later column is no due date: 'Completion
date' names the due date by a phrase of the header vocabulary, not by the bare word 'date' (as
'Log date' or 'Date raised' do, beside a later due column), so its header decides, and the
few signed-off dates of closed rows cannot take the due role from it. Who approved the closure
('Closure approved by': the Improvement Board, a Quality Assurance Panel) is a record of the
closing, not the body overseeing the action: no governance, no owner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from plantrace.pipeline.extract import extract_file

HEADER = ["Item", "Rec", "What will be done", "Owner", "Completion date", "RAG",
          "Evidence in place", "Closed by", "Signed off on"]  # fmt: skip
# ref, rec, action, owner, due, status, evidence, approved by, signed off
ROWS = [
    ("1-01", "Rec 1", "Map the places where missing children are found and share the analysis",
     "Principal Social Worker", date(2027, 4, 25), "Open - off track", "No", None, None),
    ("1-02", "Rec 1", "Commission an independent return home interview service",
     "Principal Social Worker", date(2027, 2, 4), "Not started", "No", None, None),
    ("1-03", "Rec 1", "Record the findings of every return home interview in a structured form",
     "Head of Safeguarding", date(2026, 9, 14), "Closed", "Yes", "Improvement Board",
     date(2026, 11, 11)),
    ("2-01", "Rec 2", "Reduce the time taken to issue education, health and care plans",
     "Head of Virtual School", date(2027, 4, 15), "Open - on track", "No", None, None),
    ("2-02", "Rec 2", "Make sure every child in care has a personal education plan each term",
     "Head of Virtual School", date(2026, 7, 31), "Closed", "Yes", "Quality Assurance Panel",
     date(2026, 11, 19)),
    ("2-03", "Rec 2", "Track attendance and exclusions for children in care placed out of area",
     "Service Manager, Fostering", date(2026, 6, 30), "Not started", "No", None, None),
]  # fmt: skip
RECS = [
    ("Rec 1", "Strengthen the response to children who go missing from home or care"),
    ("Rec 2", "Improve the timeliness of education, health and care plans for children in care"),
]


def _workbook(path: Path, header: list[str] = HEADER) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Closure log"
    ws["A1"] = "Improvement Plan: Action Closure Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "An action is closed only when its evidence is held and its closure approved."
    ws["A4"] = "Recommendations"
    for k, (label, text) in enumerate(RECS, start=5):
        ws.cell(k, 1, label)
        ws.cell(k, 2, text)
    top = 5 + len(RECS) + 1
    for j, h in enumerate(header, start=1):
        ws.cell(top, j, h).font = Font(bold=True)
    for i, row in enumerate(ROWS, start=top + 1):
        for j, value in enumerate(row, start=1):
            if value is None:
                continue
            c = ws.cell(i, j, value)
            if isinstance(value, date):
                c.number_format = "DD/MM/YYYY"
    wb.save(str(path))
    return path


def test_the_due_date_is_the_completion_date_not_the_date_signed_off(tmp_path: Path) -> None:
    result = extract_file(_workbook(tmp_path / "closure-log.xlsx"))
    assert [(a.ref, a.due_date) for a in result.actions] == [(r[0], r[4]) for r in ROWS]
    assert [a.owner for a in result.actions] == [r[3] for r in ROWS]


def test_who_approved_the_closure_is_no_governance(tmp_path: Path) -> None:
    header = [*HEADER[:7], "Closure approved by", HEADER[8]]
    result = extract_file(_workbook(tmp_path / "closure-log.xlsx", header))
    assert [(a.ref, a.owner, a.governance) for a in result.actions] == [
        (r[0], r[3], None) for r in ROWS
    ]
    assert [a.due_date for a in result.actions] == [r[4] for r in ROWS]
