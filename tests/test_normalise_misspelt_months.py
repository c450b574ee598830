"""A month's name misspelt or cut short where a date prints it ('17 Septmber 2027', 'Febuary
2026', '31 Decemb 2026'): read as the month it stands for, not as the year alone (which dated it
to the year's last day with no word of doubt). Words that are no month stay as printed ('Autumn
2026' is a season, 'Recruit 2027' no date but the year)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrace.extractors.cell_types import mended_date
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_date, parse_due


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("17 Septmber 2027", "2027-09-17"),
        ("17 Sepetmber 2027", "2027-09-17"),
        ("31 Decmber 2026", "2026-12-31"),
        ("1 Janaury 2027", "2027-01-01"),
        ("5 Agust 2026", "2026-08-05"),
        ("31 Marhc 2027", "2027-03-31"),
        ("Febuary 2026", "2026-02-28"),
        ("Ocotber 2026", "2026-10-31"),
        ("17 Septemb 2027", "2027-09-17"),
        # as printed: months, seasons, and words that are no month
        ("1 May 2025", "2025-05-01"),
        ("Sept 2026", "2026-09-30"),
        ("Autumn 2026", "2026-11-30"),
        ("Marching 2027", "2027-12-31"),
        ("St Augustine 2027", "2027-12-31"),
        ("Recruit 2027", "2027-12-31"),
        # English words and names near a month's name are no month: the year alone
        ("12 Match 2026", "2026-12-31"),
        ("Phase 2 Match 2026", "2026-12-31"),
        ("Marsh 2026", "2026-12-31"),
        ("Mary 2026", "2026-12-31"),
        ("Marc 2026", "2026-12-31"),
        ("The monarch 2026", "2026-12-31"),
        ("Junket 2026", "2026-12-31"),
    ],
)
def test_misspelt_month(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.isoformat() == iso


def test_word_plan_due_with_a_misspelt_month(tmp_path: Path) -> None:
    rows = [
        ("1.1", "Publish the revised supervision standard", "Principal Social Worker",
         "17 Septmber 2027", "2027-09-17"),
        ("1.2", "Audit twelve supervision records each month", "Head of Safeguarding",
         "31 Decmber 2026", "2026-12-31"),
        ("1.3", "Recruit six permanent team managers", "Head of Workforce",
         "30 June 2026", "2026-06-30"),
    ]  # fmt: skip
    d = docx.Document()
    d.add_heading("Improvement plan", 1)
    table = d.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    for c, label in enumerate(["Ref", "Action", "Lead", "Deadline", "Status"]):
        table.cell(0, c).text = label
    for r, (ref, action, lead, due, _) in enumerate(rows, start=1):
        for c, value in enumerate([ref, action, lead, due, "On track"]):
            table.cell(r, c).text = value
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = extract_file(path)
    got = [(a.ref, a.due_date and a.due_date.isoformat()) for a in result.actions]
    assert got == [(r[0], r[4]) for r in rows]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a month's name broken in two, after an odd or an even number of words
        ("by Septemb er 2027", "2027-09-30"),
        ("now due Septemb er 2027", "2027-09-30"),
        ("Due by Decemb er 2026", "2026-12-31"),
        ("Mar May 2026", "2026-05-31"),
    ],
)
def test_month_broken_mid_word_due(text: str, iso: str) -> None:
    found = parse_due(text)
    assert found is not None and found.isoformat() == iso


def test_cell_text_mended_after_an_odd_number_of_words() -> None:
    assert mended_date("by Septemb er 2027") == "by September 2027"
    assert mended_date("Target: Mar ch 2026") == "Target: March 2026"
