"""Date and status forms of a fifth vocabulary (issue 11, round 4): spans of months, a week
ending, winter over a year end, 'end of 2025', open terms ('Throughout', 'As needed'), a plan
timed in its own months against the Month 1 it prints, and health words ('On course',
'Needs attention', 'Escalated', 'Yet to begin') beside the marks of a 'Done?' column."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.normalise.dates import (
    OPEN_ENDED,
    find_month_one,
    names_plan_month,
    parse_due,
    parse_plan_month,
)
from plantrace.pipeline.normalise.rag import done_mark, is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Mar-Jun 2025", date(2025, 6, 30)),  # a span of months ends with its last month
        ("Sep 2025 – Mar 2026", date(2026, 3, 31)),
        ("Sep 2025 - Mar 2026", date(2026, 3, 31)),
        ("Sep 2025 to Mar 2026", date(2026, 3, 31)),
        ("w/e 28 Mar 2025", date(2025, 3, 28)),  # a week ending names its own day
        ("Winter 2025/26", date(2026, 2, 28)),  # December to February
        ("end of 2025", date(2025, 12, 31)),
        ("30.09.2025", date(2025, 9, 30)),
        ("Throughout", None),
        ("As needed", None),
        # the month first: a day, never a two-digit year ('Sept 19' is September 2019)
        ("Dec 31, 2025", date(2025, 12, 31)),
        ("by March 31st, 2026", date(2026, 3, 31)),
        ("Sept 19", date(2019, 9, 30)),
    ],
)
def test_due_forms(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


def test_open_terms_are_recognised_not_unread() -> None:
    # no date, and no failure either: the plan says the work has no end
    assert OPEN_ENDED.search("Throughout") and OPEN_ENDED.search("As needed")
    assert cell_type("Throughout") is CellType.open_date


PLAN_INTRO = (
    "This plan sets out what we will do over the next eighteen months. Timings are given in "
    "plan months: Month 1 is September 2025."
)


def test_month_one_is_read_from_the_plan_text() -> None:
    assert find_month_one(PLAN_INTRO) == date(2025, 9, 1)
    assert find_month_one("Month 1 = Oct 2024; reviews each quarter") == date(2024, 10, 1)
    assert find_month_one("Month 1 (April 2026)") == date(2026, 4, 1)
    # 'Month 12' is no Month 1; a plan that prints no anchor has none
    assert find_month_one("Month 12 is May 2025") is None
    assert find_month_one("We will report monthly from September 2025.") is None


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Month 6", date(2026, 2, 28)),
        ("Month 1", date(2025, 9, 30)),
        ("Month 14", date(2026, 10, 31)),  # past the year end
        ("by Month 9", date(2026, 5, 31)),
        ("Months 4-6", date(2026, 2, 28)),  # a span: the last month named
        ("Month 4 to Month 7", date(2026, 3, 31)),
        ("Month 0", None),
        ("Ongoing", None),
    ],
)
def test_plan_months_count_from_month_one(raw: str, due: date | None) -> None:
    assert parse_plan_month(raw, date(2025, 9, 1)) == due


def test_a_plan_month_is_a_date_only_against_its_anchor() -> None:
    assert names_plan_month("Month 6") and not names_plan_month("Mar 2026")
    assert not names_plan_month("within six months")
    assert parse_due("Month 6") is None  # no Month 1 known: no date guessed
    assert parse_due("Month 6", month_one=date(2025, 9, 1)) == date(2026, 2, 28)
    # a printed calendar date wins over the anchor
    assert parse_due("Mar 2026", month_one=date(2025, 9, 1)) == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("On course", "green"),
        ("Needs attention", "amber"),
        ("Escalated", "red"),
        ("Done", "blue"),
        ("Yet to begin", None),
    ],
)
def test_health_words(raw: str, colour: str | None) -> None:
    assert normalise_rag(raw) == colour


def test_yet_to_begin_is_a_progress_state() -> None:
    assert is_status_state("Yet to begin")
    assert cell_type("Yet to begin") is CellType.rag
    assert cell_type("Needs attention") is CellType.rag


@pytest.mark.parametrize(
    ("raw", "mark"),
    [("Yes", True), ("✓", True), ("✔", True), ("No", False), ("✗", False),
     ("", None), ("Done", None), ("30.09.2025", None), (None, None)],
)  # fmt: skip
def test_done_marks(raw: str | None, mark: bool | None) -> None:
    assert done_mark(raw) is mark
