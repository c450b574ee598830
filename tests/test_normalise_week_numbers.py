"""A due date printed as an ISO week number: due by the week's Sunday (its last day).

ISO 8601 weeks run Monday to Sunday and week 1 is the week that holds the year's first
Thursday, so week 1 may start in December and week 53 end in January; a year with no week 53
names no date. Forms from planning and PMO tools, in the several ways they print a week.
"""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.pipeline.normalise.dates import parse_date, parse_due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Week 14, 2026", date(2026, 4, 5)),
        ("week 9 of 2027", date(2027, 3, 7)),
        ("W14/2026", date(2026, 4, 5)),
        ("wk14-2026", date(2026, 4, 5)),
        ("2026-W14", date(2026, 4, 5)),  # ISO 8601, the year first
        ("2027 wk 22", date(2027, 6, 6)),
        ("Week no. 3 2026", date(2026, 1, 18)),
        ("Week 1 2025", date(2025, 1, 5)),  # week 1 starts on 30 December 2024
        ("Wk 53 2026", date(2027, 1, 3)),  # 2026 has 53 weeks: the last ends in January
        ("Target: by week 40 2025 (board)", date(2025, 10, 5)),
    ],
)
def test_a_week_number_is_due_by_its_sunday(raw: str, due: date) -> None:
    assert parse_due(raw) == due


def test_a_week_starts_on_its_monday() -> None:
    assert parse_date("Week 14, 2026", end_of_period=False) == date(2026, 3, 30)


def test_a_week_the_year_does_not_have_is_no_date() -> None:
    assert parse_due("Week 53 2025") is None  # 2025 has 52 ISO weeks; not the year's end either


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("w/c 3 March 2025", date(2025, 3, 9)),  # a week commencing a day, as before
        ("within 4 weeks of April 2026", date(2026, 4, 30)),  # weeks counted, no week number
        ("12/2026", date(2026, 12, 31)),  # a month and year in figures, no week word
    ],
)
def test_other_week_words_are_not_week_numbers(raw: str, due: date) -> None:
    assert parse_due(raw) == due
