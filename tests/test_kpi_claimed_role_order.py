"""Which figure column keeps a role two columns' headers both speak for: figures run in time
from left to right. A template's prompt for the start figure ('Where are we now?') left of a
column headed 'Latest position' leaves that column the latest; a dated outturn ('2024/25
outturn', whose 'outturn' names the latest figure) left of 'Most recent' or 'Current position'
is the start figure, and the column right of it the latest."""

from __future__ import annotations

import pytest

from tests.scorecards import grid_pdf, kpi_figures

ROWS = [
    ["Return home interviews offered within 72 hours", "44%", "16%", "95.5%"],
    ["Care leavers in suitable accommodation", "75%", "24%", "70%"],
    ["Average days from entering care to adoption", "588 days", "385 days", "426 days"],
]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # a dated outturn left of the figure of now: the outturn is the baseline
        (["KPI", "2024/25 outturn", "Most recent", "Target"],
         [("44%", "16%", "95.5%"), ("75%", "24%", "70%"), ("588 days", "385 days", "426 days")]),
        (["Performance indicator", "2024/25 outturn", "Current position", "Goal"],
         [("44%", "16%", "95.5%"), ("75%", "24%", "70%"), ("588 days", "385 days", "426 days")]),
        # a template's prompt for the start figure left of 'Latest position': the latter keeps it
        (["Impact measure", "Where are we now?", "Latest position", "Target"],
         [("44%", "16%", "95.5%"), ("75%", "24%", "70%"), ("588 days", "385 days", "426 days")]),
        (["How will we know it has worked?", "Where are we now?", "Most recent figure",
          "Where do we want to be?"],
         [("44%", "16%", "95.5%"), ("75%", "24%", "70%"), ("588 days", "385 days", "426 days")]),
    ],
)  # fmt: skip
def test_left_to_right_decides_the_claimed_role(
    head: list[str], want: list[tuple[str, str, str]]
) -> None:
    pdf = grid_pdf("Improvement plan: measures of success, October 2025", [head, *ROWS],
                   [300, 110, 110, 120])  # fmt: skip
    assert kpi_figures(pdf, "scorecard") == want
