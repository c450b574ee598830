"""Due-date periods and status words councils' trackers print, read by the one date normaliser
(pipeline/normalise/dates.py) and the one RAG normaliser (pipeline/normalise/rag.py), their
words kept as data (pipeline/normalise/data/*.json): a calendar quarter written year first
('2025-Q3'), halves of a financial year ('H1 2025/26'), a financial year named as one
('by end of FY 25/26'), English school terms ('Autumn term 2025' ends in December, the spring
term at the end of March, the summer term in July), a week commencing, and degrees of lateness
('Significantly behind' is red, 'Behind schedule' amber)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from plantrace.pipeline.normalise.dates import OPEN_ENDED, parse_date, parse_due
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("2025-Q3", date(2025, 9, 30)),  # year first: a calendar quarter
        ("2025 Q3", date(2025, 9, 30)),
        ("2026-Q1", date(2026, 3, 31)),
        ("2025/26 Q3", date(2025, 12, 31)),  # a financial year's third quarter
        ("H1 2025/26", date(2025, 9, 30)),  # April-September
        ("H2 2025/26", date(2026, 3, 31)),  # October-March
        ("H1 FY25/26", date(2025, 9, 30)),
        ("H1 2025", date(2025, 6, 30)),  # a calendar year's half
        ("H2 2025", date(2025, 12, 31)),
        ("by end of FY 25/26", date(2026, 3, 31)),
        ("FY2025/26", date(2026, 3, 31)),
        ("FY 2025-26", date(2026, 3, 31)),
        ("Autumn term 2025", date(2025, 12, 31)),
        ("Spring term 2026", date(2026, 3, 31)),
        ("End of Spring term 2026", date(2026, 3, 31)),
        ("Summer term 2026", date(2026, 7, 31)),
        ("Spring term 2025/26", date(2026, 3, 31)),  # a school year: spring is in its second
        ("Summer term 2025/26", date(2026, 7, 31)),
        ("Autumn term 2025/26", date(2025, 12, 31)),
        ("Autumn 2025", date(2025, 11, 30)),  # a season, not a term, ends in November
        ("Sep '25", date(2025, 9, 30)),
        ("31-Mar-2026", date(2026, 3, 31)),
        ("w/c 3 March 2025", date(2025, 3, 9)),  # the week that day begins
        ("Week commencing 03/03/2025", date(2025, 3, 9)),
        ("Mar-Jun 2025", date(2025, 6, 30)),
        ("Q1-Q2 2025/26", date(2025, 9, 30)),
        ("Q3 FY25/26", date(2025, 12, 31)),  # a financial quarter with FY before its year
        ("FY 2025/26 Q4", date(2026, 3, 31)),
        ("by end of academic year 2025/26", date(2026, 7, 31)),  # a school year: July
        ("AY 2024-25", date(2025, 7, 31)),
        ("Rolling", None),
        ("Rolling programme", None),
    ],
)
def test_period_forms(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


def test_period_starts() -> None:
    assert parse_date("H2 2025/26", end_of_period=False) == date(2025, 10, 1)
    assert parse_date("2025-Q3", end_of_period=False) == date(2025, 7, 1)
    assert parse_date("Summer term 2026", end_of_period=False) == date(2026, 4, 1)
    assert parse_date("w/c 3 March 2025", end_of_period=False) == date(2025, 3, 3)


def test_a_term_or_season_without_a_year_is_the_next_after_the_plan_date() -> None:
    assert parse_due("Spring term", after=date(2025, 1, 10)) == date(2025, 3, 31)
    assert parse_due("Spring term", after=date(2025, 6, 1)) == date(2026, 3, 31)
    assert parse_due("by the Summer", after=date(2025, 1, 10)) == date(2025, 8, 31)
    assert parse_due("Summer term") is None  # no plan date: no year to give it
    assert parse_due("A fall in re-referrals", after=date(2025, 1, 10)) is None


def test_rolling_is_open_ended() -> None:
    assert OPEN_ENDED.search("Rolling programme")
    assert not OPEN_ENDED.search("Enrolling carers")


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("On target", "green"), ("Ahead of schedule", "green"), ("Behind schedule", "amber"),
        ("Significantly behind", "red"), ("Significantly delayed", "red"),
        ("Not on target", "red"), ("Overdue", "red"), ("Closed", "blue"),
        ("Complete ✓", "blue"), ("Not yet started", None), ("In progress", None),
        ("Not complete", None), ("Not started - overdue", "red"),
        ("In progress - behind schedule", "amber"),
    ],
)  # fmt: skip
def test_status_words(raw: str, colour: str | None) -> None:
    assert normalise_rag(raw) == colour


def test_progress_states_are_statuses_without_colour() -> None:
    assert is_status_state("Not yet started")
    assert is_status_state("Not complete.")
    assert not is_status_state("Behind schedule")


def test_vocabularies_are_data() -> None:
    data = Path(__file__).parents[1] / "pipeline" / "normalise" / "data"
    rag = json.loads((data / "rag.json").read_text(encoding="utf-8"))
    dates = json.loads((data / "dates.json").read_text(encoding="utf-8"))
    assert any("significantly behind" in rule["phrases"] for rule in rag["rules"])
    assert dates["terms"]["spring"] == [1, 3]
