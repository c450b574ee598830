"""A KPI row's three figures are where it began, where it is and where it is going. Where one
header names the start and one the aim, the third figure column is the latest whatever its
header says ('Value', 'Result') and wherever it is printed: right of the target, or left of the
baseline, where the place-based reading took it for a second baseline. A dated column (a series
'Baseline | March 2025 | Target') is left as read."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.values import figure_time
from tests.scorecards import Figures, kpi_figures, scorecard_pdf

INDICATORS = [
    "Re-referrals to children's social care within twelve months",
    "Young people leaving care with a pathway plan they helped write",
    "Average caseload of a social worker in the assessment teams",
]


def _plan(head: list[str], rows: list[list[str]]) -> bytes:
    return scorecard_pdf(
        "Outcome measures we report to the improvement board",
        head,
        rows,
        [320, 100, 100, 100],
        "GRID",
    )


def _values(pdf: bytes) -> list[Figures]:
    return kpi_figures(pdf, "measures.pdf")


ROWS = [["24%", "18%", "21.5%"], ["55%", "95%", "71%"], ["23", "16", "19"]]


def test_an_unnamed_figure_right_of_the_target_is_the_latest() -> None:
    head = ["Indicator", "Starting position", "Goal", "Result"]
    rows = [[i, *r] for i, r in zip(INDICATORS, ROWS, strict=True)]
    assert _values(_plan(head, rows)) == [
        ("24%", "21.5%", "18%"),
        ("55%", "71%", "95%"),
        ("23", "19", "16"),
    ]


def test_an_unnamed_figure_left_of_the_baseline_is_the_latest() -> None:
    head = ["Indicator", "Result", "Start point", "Goal"]
    rows = [[i, r[2], r[0], r[1]] for i, r in zip(INDICATORS, ROWS, strict=True)]
    assert _values(_plan(head, rows)) == [
        ("24%", "21.5%", "18%"),
        ("55%", "71%", "95%"),
        ("23", "19", "16"),
    ]


def test_a_dated_figure_column_is_no_latest_by_place() -> None:
    head = ["Indicator", "Baseline", "March 2025", "Target"]
    rows = [[i, *r] for i, r in zip(INDICATORS, ROWS, strict=True)]
    latest = [v[1] for v in _values(_plan(head, rows))]
    assert latest == [None, None, None]


@pytest.mark.parametrize(
    ("header", "time"),
    [
        ("Rate at last count", "now"),
        ("Last reported position", "now"),
        ("What we expect by the end of the plan", "aim"),
        ("Where we started", "start"),
        ("Last year", None),  # 'last' alone is no time: a past year's figure as often as now
    ],
)
def test_header_words_for_now_and_the_aim(header: str, time: str | None) -> None:
    assert figure_time(header) == time
