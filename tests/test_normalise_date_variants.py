"""Due dates written in the other order or dress of forms already read.

A month with a two-digit year after an apostrophe: typed "Mar '26", but a word processor or a
browser prints the apostrophe curly ('Mar ’26', 'Sept ‘26'); each is that month's end, as a
plain 'Mar 26' is. A half year with the year first ('2025/26 H2', 'FY26/27 H1'), as a quarter
may be ('2025/26 Q4'). A superseded date after words that say it moved ('31/03/2026 (revised
from 31/12/2025)') is history, as one after 'was' is."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.pipeline.normalise.dates import parse_date, parse_due, written_month_first


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Jun ’27", date(2027, 6, 30)),
        ("Sept ‘26", date(2026, 9, 30)),
        ("by end of Feb ’28", date(2028, 2, 29)),
        ("Nov '24", date(2024, 11, 30)),
        ("Revised: Aug ’26 (was May ’26)", date(2026, 8, 31)),
        ("14 Jul ’26", date(2026, 7, 14)),
    ],
)
def test_month_and_year_after_a_curly_apostrophe(raw: str, due: date) -> None:
    assert parse_due(raw) == due


def test_curly_month_year_starts_on_the_first() -> None:
    assert parse_date("Apr ’29", end_of_period=False) == date(2029, 4, 1)


@pytest.mark.parametrize(
    ("raw", "due", "start"),
    [
        ("2026/27 H2", date(2027, 3, 31), date(2026, 10, 1)),
        ("FY27/28 H1", date(2027, 9, 30), date(2027, 4, 1)),
        ("Financial year 2024-25 half 1", date(2024, 9, 30), date(2024, 4, 1)),
        ("2027 H1", date(2027, 6, 30), date(2027, 1, 1)),  # a calendar year's first half
        ("H1 2026/27", date(2026, 9, 30), date(2026, 4, 1)),  # the half first, as before
    ],
)
def test_half_year_with_the_year_first(raw: str, due: date, start: date) -> None:
    assert parse_due(raw) == due
    assert parse_date(raw, end_of_period=False) == start


def test_a_two_digit_year_alone_names_no_half() -> None:
    assert parse_due("FY27 H2") is None


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("30/06/2027 (revised from 31/01/2027)", date(2027, 6, 30)),
        ("Nov 2026 - moved from Jul 2026", date(2026, 11, 30)),
        ("Q2 2027/28; deferred from Q4 2026/27", date(2027, 9, 30)),
        ("Spring 2027 (rescheduled from Autumn 2026)", date(2027, 5, 31)),
    ],
)
def test_a_date_moved_from_is_history(raw: str, due: date) -> None:
    assert parse_due(raw) == due


PLAN_DATE = date(2026, 11, 2)  # the plan's own date: a day with no year is the next one after it


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("by 19th January", date(2027, 1, 19)),
        ("7 Dec", date(2026, 12, 7)),
        ("the 2nd of November", date(2026, 11, 2)),  # the plan's own day: not a year on
        ("April 30th", date(2027, 4, 30)),
        ("w/c 16 November", date(2026, 11, 22)),  # the week that day begins, to its last day
        ("31 April", None),  # no such day: impossible as written
        ("end of August", date(2027, 8, 31)),  # a month alone is still its end
    ],
)
def test_a_day_and_month_with_no_year_is_that_day(raw: str, due: date | None) -> None:
    assert parse_due(raw, after=PLAN_DATE) == due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("2026/27 academic year", date(2027, 7, 31)),  # the school year, to its summer term
        ("by the end of the 2027-28 school year", date(2028, 7, 31)),
        ("2026/27 financial year", date(2027, 3, 31)),  # a financial year stays one
        ("2026/27", date(2027, 3, 31)),
    ],
)
def test_school_year_with_the_year_first(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    ("raws", "month_first"),
    [
        (["Tue 12/15/26", "Wed 01/06/27"], True),  # 15 can only be the day: month first
        (["04/30/2027", "05/01/2027", "Q2 2027/28"], True),
        (["15/12/2026", "06/01/2027"], False),  # day first, as UK plans write
        (["06/01/2027", "07/02/2027"], False),  # nothing shows it: the default, day first
        (["12/15/2026", "15/12/2026"], False),  # both orders shown: no evidence either way
        (["Dec 2026", "2026/27"], False),
    ],
)
def test_written_month_first_from_the_dates_themselves(raws: list[str], month_first: bool) -> None:
    assert written_month_first(raws) is month_first
    if month_first:  # read so, a date that reads either way is month first
        assert parse_due("05/01/2027", month_first=True) == date(2027, 5, 1)


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Jun-30-2027", date(2027, 6, 30)),  # a tracker's 'mmm-dd-yyyy': not June 2030
        ("Mar-14-2027", date(2027, 3, 14)),  # not March 2014
        ("Sept-3-2027", date(2027, 9, 3)),
        ("Jun/30/2027", date(2027, 6, 30)),
        ("Mar-26", date(2026, 3, 31)),  # a month and a two-figure year stays a month
        ("Feb-30-2027", None),  # impossible as written: no date, no year taken from it
    ],
)
def test_month_day_year_joined_by_hyphens(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due
