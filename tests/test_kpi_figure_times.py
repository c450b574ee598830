"""A KPI table's latest and target columns come in either order, under headers no vocabulary
holds. The table says which is which: the time its header's words speak of ('Where we started',
'Most recent', 'Level aimed for') or, with no such word, cells written as goals ('≥ 80%').
Each test prints the columns in the order the right-most-is-the-target rule gets wrong."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.values import aims_at, figure_time, parse_quantity
from tests.scorecards import Figures, kpi_figures, scorecard_pdf

INDICATORS = [
    "Children seen alone at every statutory visit",
    "Care leavers in education, employment or training",
    "Average days from entering care to moving in with an adoptive family",
]


def _plan(head: list[str], rows: list[list[str]]) -> bytes:
    return scorecard_pdf(
        "Performance scorecard 2025-26", head, rows, [300, 110, 110, 110], "LINEBELOW"
    )


def _values(pdf: bytes) -> list[Figures]:
    return kpi_figures(pdf, "scorecard.pdf")


def test_header_words_about_time_place_latest_and_target() -> None:
    head = ["Measure", "Where we started", "Level aimed for", "Most recent"]
    rows = [
        [INDICATORS[0], "61%", "90%", "74.5%"],
        [INDICATORS[1], "48%", "65%", "52.1%"],
        [INDICATORS[2], "512 days", "400 days", "455 days"],
    ]
    assert _values(_plan(head, rows)) == [
        ("61%", "74.5%", "90%"),
        ("48%", "52.1%", "65%"),
        ("512 days", "455 days", "400 days"),
    ]


def test_cells_written_as_goals_are_the_target() -> None:
    head = ["Measure", "Then", "Column C", "Column D"]
    rows = [
        [INDICATORS[0], "61%", "≥ 90%", "74.5%"],
        [INDICATORS[1], "48%", "at least 65%", "52.1%"],
        [INDICATORS[2], "512 days", "400 days or fewer", "455 days"],
    ]
    baseline, latest, target = zip(*_values(_plan(head, rows)), strict=True)
    assert target == ("≥ 90%", "at least 65%", "400 days or fewer")
    assert baseline == ("61%", "48%", "512 days")


@pytest.mark.parametrize(
    ("header", "time"),
    [
        ("Position when inspected", None),  # no word about time: the place decides
        ("Starting level", "start"),
        ("Figure now", "now"),
        ("Outturn Q2", "now"),
        ("Our ambition", "aim"),
        ("Desired level by 2027", "aim"),
        ("Current target", None),  # two times named: not decided here
    ],
)
def test_figure_time(header: str, time: str | None) -> None:
    assert figure_time(header) == time


def test_goals_and_measures() -> None:
    assert aims_at("≤ 12 per 10,000") and aims_at("95% or above") and aims_at("Maintain 98%")
    assert not aims_at("12 per 10,000") and not aims_at("95%") and not aims_at("-3%")


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("18 wks", 18.0, "weeks"),  # a time unit's short form is the unit
        ("2.5 yrs", 2.5, "years"),
        ("9 mths", 9.0, "months"),
        ("72 hrs", 72.0, "hours"),
        ("38.2 per 10 000", 38.2, "per 10,000"),  # thousands with a space
    ],
)
def test_short_units(raw: str, value: float, unit: str) -> None:
    q = parse_quantity(raw)
    assert q is not None and (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("raw", "direction"),
    [
        ("↑ better", "increase"),
        ("↓ is better", "decrease"),
        ("Maximise", "increase"),
        ("Minimise", "decrease"),
        ("↑", None),  # an arrow alone is a trend or a status symbol, not the good direction
        ("▲ Outside tolerance", None),
    ],
)
def test_polarity_forms(raw: str, direction: str | None) -> None:
    assert normalise_direction(raw) == direction
