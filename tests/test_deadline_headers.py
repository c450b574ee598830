"""A KPI figure column headed by a deadline ('By 2027') is the figure to reach: the target."""

from __future__ import annotations

import pytest

from pipeline.normalise.values import figure_time


@pytest.mark.parametrize(
    "header",
    ["By 2027", "By March 2027", "By the end of 2026/27", "by 31 March 2027", "By end of 2028"],
)
def test_a_deadline_header_names_the_aim(header: str) -> None:
    assert figure_time(header) == "aim"


@pytest.mark.parametrize("header", ["By team", "By whom", "Owned by", "By 2027 we will", "Value"])
def test_by_without_a_time_names_none(header: str) -> None:
    assert figure_time(header) is None


def test_other_times_are_unchanged() -> None:
    assert figure_time("This month") == "now"
    assert figure_time("Target 2027") == "aim"
