"""A due date whose day is written as an ordinal word, as formal prose writes it: 'the
twenty-seventh of February 2027', 'the first day of March 2026'.

The date normaliser read the month and year only and gave the month's last day (27 February
2027 read as 28 February); it reads the word as the day now (dates.ordinal_words, the words
data/dates.json's ordinal_days). A plan in Word, read both as the .docx and as LibreOffice
prints it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.dates import parse_due
from tests.pdfs import libreoffice_pdf

ROWS = [
    ("1.1", "Publish a revised threshold document with partners and schools", "Claire Whitby",
     "the twenty-seventh of February 2027", "On track"),
    ("1.2", "Audit repeat referrals each quarter to learn why help did not last", "Martin Hale",
     "the first day of March 2026", "At risk"),
    ("2.1", "Commission fifteen supported lodgings places for young people leaving care",
     "Bethan Lloyd", "the thirty-first of October 2026", "Complete"),
    ("2.2", "Recruit twenty additional foster carers through a local campaign", "Owen Tremayne",
     "the twelfth of May 2026", "On track"),
]  # fmt: skip
DUES = {
    "1.1": date(2027, 2, 27),
    "1.2": date(2026, 3, 1),
    "2.1": date(2026, 10, 31),
    "2.2": date(2026, 5, 12),
}


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Children's services improvement plan", level=1)
    t = d.add_table(rows=1, cols=5, style="Table Grid")
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead officer", "Deadline", "Status"],
                    strict=True):  # fmt: skip
        c.text = h
    for row in ROWS:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory.mktemp("ordinal") / "ordinal.docx")


@pytest.mark.parametrize("printed", [False, True], ids=["docx", "pdf"])
def test_ordinal_word_day_is_the_due_day(plan: Path, printed: bool) -> None:
    path = libreoffice_pdf(plan, plan.parent) if printed else plan
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    assert {a.ref: a.due_date for a in r.actions} == DUES


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("ready by the twenty-seventh of February 2027", date(2027, 2, 27)),
        ("the twenty seventh of February 2027", date(2027, 2, 27)),
        ("the Second of May 2026", date(2026, 5, 2)),
        ("late February 2027", date(2027, 2, 28)),  # no day named: the month's end, as before
        ("the second quarter of 2026", None),  # an ordinal of no month names no day
    ],
)
def test_ordinal_words(text: str, due: date | None) -> None:
    got = parse_due(text)
    if due is None:
        assert got is None or got.day != 2
    else:
        assert got == due
