"""A half year named by its ordinal: 'first half of 2026/27', 'second half of 2025/26'.

The date normaliser read 'H1 2026/27' and 'half 1 of 2026/27' as April-September of the
financial year, but 'first half of 2026/27' only by its year: the whole financial year, due 31
March 2027 instead of 30 September 2026 (holdout57 docx-action-ranges, due 0.632 at 0.6.76). The
ordinal before 'half' is now the half's number (data: half_ordinals), read as 'H1'/'H2' are: of a
financial year written as a pair April-September or October-March, of a calendar year
January-June or July-December.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_due

ROWS = [
    ("1", "Publish a revised supervision standard with a four-weekly minimum",
     "Head of Safeguarding", "first half of 2026/27", "On track"),
    ("2", "Redesign the child in need plan template in plain language",
     "Head of Quality Assurance", "second half of 2026/27", "Delayed"),
    ("3", "Hold a monthly missing children panel chaired by the head of service",
     "Service Manager", "first half of 2027/28", "Complete"),
]  # fmt: skip
WANT = {"1": "2026-09-30", "2": "2027-03-31", "3": "2027-09-30"}


def _plan(path: Path) -> Path:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    d.add_heading("Recommendation 1: Improve management oversight of social work practice", 2)
    header = ["No.", "Action", "Lead officer", "Timescale", "RAG"]
    t = d.add_table(rows=1 + len(ROWS), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(ROWS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(str(path))
    return path


def test_ordinal_halves_in_a_plan(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.docx")).to_contract()
    assert {a["ref"]: a["due_date"] for a in result["actions"]} == WANT


def test_ordinal_halves_read_as_h1_h2() -> None:
    assert str(parse_due("first half of 2026/27")) == "2026-09-30"
    assert str(parse_due("Second half of FY 2025-26")) == "2026-03-31"
    assert str(parse_due("1st half-year 2026")) == "2026-06-30"
    assert str(parse_due("the 2nd half of 2026")) == "2026-12-31"
    assert parse_due("first half of the meeting") is None
