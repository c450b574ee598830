"""Due-date forms of the general rule (the END of what is printed) that name part of a month or
a week: 'middle of October 2025' is the month's middle day (the 15th), not its end; a week
commencing with the weekday's name between the word and the day ('wk commencing Tues 3/2/2026')
ends on the week's last day; the plan's whole span ('Duration of the plan') is open-ended. The
forms and layout here are not holdout6's: other words, separators and column order."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_date, parse_due
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("middle of October 2025", date(2025, 10, 15)),
        ("Mid Sept 2027", date(2027, 9, 15)),
        ("by MID-FEBRUARY 2028", date(2028, 2, 15)),
        ("mid-Nov. '26", date(2026, 11, 15)),
        ("amid October 2025", date(2025, 10, 31)),  # 'amid' is no 'mid'
        ("late October 2025", date(2025, 10, 31)),  # no agreed day: the month's end
        ("October 2025 (mid-point review)", date(2025, 10, 31)),  # 'mid' after the month
    ],
)
def test_the_middle_of_a_month_is_its_fifteenth(raw: str, due: date) -> None:
    assert parse_due(raw) == due


def test_the_middle_of_a_month_with_no_year_is_the_next_one() -> None:
    assert parse_due("by the middle of May", after=date(2025, 6, 2)) == date(2026, 5, 15)
    assert parse_due("by the middle of May", after=date(2025, 5, 2)) == date(2025, 5, 15)
    assert parse_date("mid October", default_year=2024) == date(2024, 10, 15)


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("wk commencing Tues 3/2/2026", date(2026, 2, 9)),
        ("w/b Thursday, 5 Feb 2026", date(2026, 2, 11)),
        ("Week beginning Mon. 2 November 2026", date(2026, 11, 8)),
        ("Thu 5 Feb 2026", date(2026, 2, 5)),  # a weekday alone: the day itself
    ],
)
def test_a_week_commencing_with_its_weekday_ends_six_days_on(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    "raw", ["Duration of the plan", "Lifetime of the plan", "Six-monthly thereafter"]
)
def test_the_whole_plan_and_a_cadence_are_open(raw: str) -> None:
    assert parse_due(raw) is None
    assert cell_type(raw) is CellType.open_date


def test_plan_with_mid_month_and_week_dates_in_its_date_column() -> None:
    """Date column first, under words no vocabulary holds, each form read in place."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    rows = [
        ["Finish", "Ref", "What will happen", "Who", "RAG"],
        ["Middle of October 2025", "C1",
         "Audit forty strategy discussions for the voice of the child", "Head of Safeguarding",
         "Green"],
        ["wk commencing Tues 3/2/2026", "C2",
         "Launch the new supervision policy with every team manager", "Principal Social Worker",
         "Amber"],
        ["Duration of the plan", "C3",
         "Report quarterly to the partnership on missing episodes", "Service Manager, Exploitation",
         "Red"],
    ]  # fmt: skip
    table = Table(
        [[Paragraph(x, STYLE) for x in r] for r in rows], colWidths=[150, 40, 330, 170, 60]
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph("Children's Services Improvement Plan 2025-26", STYLE), table])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    got = [(a.ref, a.due_raw, str(a.due_date)) for a in plan.actions]
    assert got == [
        ("C1", "Middle of October 2025", "2025-10-15"),
        ("C2", "wk commencing Tues 3/2/2026", "2026-02-09"),
        ("C3", "Duration of the plan", "None"),
    ]


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("7-Oct-25", date(2025, 10, 7)),  # a spreadsheet's 'd-mmm-yy' day, not the month's end
        ("19-Feb-2027", date(2027, 2, 19)),
        ("Febr. 2027", date(2027, 2, 28)),
        ("Oct 25-Feb 26", date(2026, 2, 28)),  # one hyphen: a range of months, the later
    ],
)
def test_a_day_with_hyphens_round_its_month_name(raw: str, due: date) -> None:
    assert parse_due(raw) == due
    assert cell_type(raw) is CellType.date


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Autumn 1 2026", date(2026, 10, 31)),  # to the October half-term
        ("by end of Spring 1, 2027", date(2027, 2, 28)),  # to the February half-term
        ("Summer term 2 2027", date(2027, 7, 31)),
        ("Spring 2 2026/27", date(2027, 3, 31)),  # a school year: spring in its second year
        ("Autumn 2026", date(2026, 11, 30)),  # a season without a half: unchanged
    ],
)
def test_a_half_term_ends_with_its_last_month(raw: str, due: date) -> None:
    assert parse_due(raw) == due
