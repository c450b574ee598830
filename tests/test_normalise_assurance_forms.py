"""Due-date and status forms of financial-year trackers and assurance columns: a quarter named
by a word ('Qtr 3 25/26') is a quarter of the April-March financial year it names, as 'Q3
25/26' is; 'Year end 2025/26' is 31 March; 'No end date' and 'Annual cycle' are open-ended; an
assurance column reports concern by degree ('Some concerns' amber, 'Serious concerns' red),
'Progressing well' is green, 'Embedded' is done (blue) and 'Not commenced' is a progress state
with no colour."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.pipeline.normalise.dates import OPEN_ENDED, parse_due
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        ("Qtr 3 25/26", date(2025, 12, 31)),
        ("Qtr 1 26/27", date(2026, 6, 30)),
        ("Qtr 4 24/25", date(2025, 3, 31)),
        ("Qtr. 2 2025/26", date(2025, 9, 30)),
        ("Quarter 1 2026/27", date(2026, 6, 30)),
        ("by end Q1 2026/27", date(2026, 6, 30)),
        ("FY25/26 Q4", date(2026, 3, 31)),
        ("2025/26 Qtr 4", date(2026, 3, 31)),
        ("Year end 2025/26", date(2026, 3, 31)),
        ("31/03/26", date(2026, 3, 31)),
        ("Sep 25", date(2025, 9, 30)),
        ("Q2 2025", date(2025, 6, 30)),  # a calendar quarter stays one
        ("No end date", None),
        ("Annual cycle", None),
    ],
)
def test_financial_quarter_words_and_year_ends(raw: str, due: date | None) -> None:
    assert parse_due(raw) == due


@pytest.mark.parametrize("raw", ["No end date", "Annual cycle"])
def test_open_forms_are_recognised_as_open(raw: str) -> None:
    assert OPEN_ENDED.search(raw)


def test_quarterly_is_no_quarter() -> None:
    """'quarterly' (a cadence) is open-ended, not a quarter word followed by a number."""
    assert parse_due("Reviewed quarterly 2025") == date(2025, 12, 31)
    assert OPEN_ENDED.search("Quarterly")


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("Progressing well", "green"),
        ("Some concerns", "amber"),
        ("Serious concerns", "red"),
        ("Embedded", "blue"),
        ("Not commenced", None),
        ("Not yet commenced", None),
    ],
)
def test_assurance_words(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag


def test_not_commenced_is_a_state() -> None:
    assert is_status_state("Not commenced")
    assert not is_status_state("Serious concerns")


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("On track? Not commenced", None),  # the answer, not the question, is the status
        ("On track? Embedded", "blue"),
        ("On track? Some concerns", "amber"),
        ("Slipped?", "amber"),  # a question alone is still read
    ],
)
def test_a_question_label_before_its_answer(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("Progressin g well", "green"),  # a narrow cell wrapped inside the word
        ("Some concern s", "amber"),
        ("Serious concern s", "red"),
        ("Amb er", "amber"),
        ("Not commence d", None),  # a state is no colour, broken or not
    ],
)
def test_a_status_word_broken_inside_a_narrow_cell(raw: str, rag: str | None) -> None:
    assert normalise_rag(raw) == rag
