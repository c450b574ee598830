"""Due-date forms read by the general rule (the END of what is printed): 'before <period>' is
the last day before the period begins; an ISO month ('2025-11') is that month; a weekday or an
apostrophe year does not change the date; numeric days with hyphens or the year first, a year
before the month's name and a season with a two-digit year are read as their other forms are; standing and recurring items are open-ended."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.normalise.dates import OPEN_ENDED, parse_due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("ahead of July 2025", date(2025, 6, 30)),
        ("Prior to Q1 2026/27", date(2026, 3, 31)),
        ("before 15 Jan 2026", date(2026, 1, 14)),
        ("BEFORE SEPT 2025", date(2025, 8, 31)),
        ("before 2027", date(2026, 12, 31)),
        ("Head of Service – before Jun 2025", date(2025, 5, 31)),
        ("before July or by September 2025", date(2025, 9, 30)),  # the later date is due
        ("before the end of June 2025", date(2025, 6, 30)),  # 'the end' is named: inclusive
        ("no later than June 2025", date(2025, 6, 30)),
        ("by July 2025", date(2025, 7, 31)),
    ],
)
def test_before_is_the_day_before_the_period(raw: str, due: date) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("2025-11", date(2025, 11, 30)),
        ("by 2024-02", date(2024, 2, 29)),
        ("2011-12", date(2012, 3, 31)),  # the years run on: a financial year
        ("2025-11-14", date(2025, 11, 14)),
        ("FRI 14 NOV 2025", date(2025, 11, 14)),
        ("Monday, 2 February 2026", date(2026, 2, 2)),
        ("14 Nov '25", date(2025, 11, 14)),
        ("30/11/25", date(2025, 11, 30)),
        ("30-11-2025", date(2025, 11, 30)),  # hyphens as the separators
        ("2025/11/30", date(2025, 11, 30)),  # the year first with slashes
        ("11-2025", date(2025, 11, 30)),
        ("2025 November", date(2025, 11, 30)),
        ("Winter 25", date(2026, 2, 28)),  # a season with a two-digit year
        ("Summer '26", date(2026, 8, 31)),
        ("2025 may slip", date(2025, 12, 31)),  # 'may' the verb is no month
        ("2025/11", date(2025, 11, 30)),  # the year first, then the month
        ("2025.11", date(2025, 11, 30)),
        ("2012/13", date(2013, 3, 31)),  # the years run on: a financial year
        ("Q4 2024/25 - Q1 2025/26", date(2025, 6, 30)),  # a range of quarters: the later
        ("Sep 2025 (orig. Jun 2025)", date(2025, 9, 30)),  # the original date is history
    ],
)
def test_iso_months_weekdays_and_short_years(raw: str, due: date) -> None:
    assert parse_due(raw) == due


def test_an_iso_month_cell_is_a_date_not_a_figure() -> None:
    assert cell_type("2025-11") is CellType.date


@pytest.mark.parametrize("raw", ["Standing agenda item", "Termly", "Each quarter", "Every month"])
def test_standing_and_recurring_items_are_open(raw: str) -> None:
    assert OPEN_ENDED.search(raw) and parse_due(raw) is None
    assert cell_type(raw) is CellType.open_date
