"""A month printed year first with a mark between the year and the month's name, as registers,
rotas and sortable exports print one: '2027 · Mar', '2026 / Sep', '2027 - Jan'. The date
normaliser read '2027 Mar' (a bare space) as March's end, but with a mark it found no month and
fell back on the bare year: every due 31 December, months off and silent. Now such a mark
(data/dates.json year_month_marks) reads as the space: the month's end. A month's name after a
mark and before a figure ('2027 - Mar 2028') or a hyphen ('2027-Mar-14') is no year-first month,
and 'April 2026 - March' is a range from April 2026, not March 2026.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_due

# (ref, action, owner, due as printed, due read)
ACTIONS = [
    ("1.1", "Audit thirty strategy discussions and share the learning with partners",
     "Head of Safeguarding", "2027 · Mar", "2027-03-31"),
    ("1.2", "Train every team manager in reflective supervision",
     "Principal Social Worker", "2026 / Sep", "2026-09-30"),
    ("2.1", "Publish a revised threshold document with partners and schools",
     "Head of Early Help", "2027 - Jan", "2027-01-31"),
    ("2.2", "Hold a monthly missing children panel chaired by the head of service",
     "Service Manager, Front Door", "2026 • November", "2026-11-30"),
]  # fmt: skip


def test_year_month_marks_parse() -> None:
    assert str(parse_due("2027 · Mar")) == "2027-03-31"
    assert str(parse_due("2026/Sep")) == "2026-09-30"
    assert str(parse_due("2027 – February")) == "2027-02-28"
    assert str(parse_due("2027 Mar")) == "2027-03-31"  # the bare space, as before
    assert str(parse_due("2027 · Mar 2028")) == "2028-03-31"  # the month is 2028's
    assert str(parse_due("April 2026 - March")) == "2026-04-30"  # a range's start, no month
    assert str(parse_due("2025 may change")) == "2025-12-31"  # the verb, as before


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True, size=13)
    for j, (h, w) in enumerate(zip(["Ref", "Action", "Lead", "Due", "RAG"], [8, 60, 30, 16, 10],
                                   strict=True)):  # fmt: skip
        ws.column_dimensions[chr(65 + j)].width = w
        ws.cell(3, j + 1, h).font = Font(bold=True)
    for i, (ref, action, owner, due, _) in enumerate(ACTIONS):
        for j, value in enumerate([ref, action, owner, due, "Green"]):
            ws.cell(4 + i, j + 1, value).alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
    return path


def test_year_month_marks_read_as_dues(tmp_path: Path) -> None:
    result = extract_file(_workbook(tmp_path / "plan.xlsx")).to_contract()
    got = {a["ref"]: (a["owner"], a["due_raw"], a["due_date"]) for a in result["actions"]}
    assert got == {ref: (owner, raw, due) for ref, _, owner, raw, due in ACTIONS}
