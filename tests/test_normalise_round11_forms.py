"""Status and date forms of round 11, in words and orders other than the plans they were found in.

Being behind by degree reads as slippage does ('A little behind' amber, 'Far behind' red); a
project office's health words are a status when they are all a cell says ('Healthy', 'Watch',
'Stuck'); work waiting its turn ('In the queue') is a state with no colour; 'Wrapped up' and
'Concluded' are done. Dates: four-letter and full month words, financial halves in either year
form, month-year with a hyphen, two-digit-year day dates, a 'by' or 'end of' in front.
"""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("A little behind", "amber"),
        ("Marginally behind plan", "amber"),
        ("Far behind", "red"),
        ("Badly behind - escalated", "red"),
        ("Way behind schedule", "red"),
        ("Stuck: awaiting a board decision", "red"),
        ("Unhealthy", "red"),
        ("Status: Healthy", "green"),  # a label naming no colour, then the word alone
        ("Watch.", "amber"),
        ("On the watch list", "amber"),
        ("Steady", "green"),
        ("All wrapped up", "blue"),
        ("Concluded", "blue"),
        ("Landed", "blue"),
    ],
)
def test_degrees_and_health_words(raw: str, colour: str) -> None:
    assert normalise_rag(raw) == colour


@pytest.mark.parametrize(
    "raw",
    [
        "Healthy relationships programme launched",  # words that are a status only alone
        "Watch for changes in the referral rate",
        "Steady state service",
        "Landed the new model in two teams",
    ],
)
def test_alone_words_in_prose_are_no_status(raw: str) -> None:
    assert normalise_rag(raw) is None


@pytest.mark.parametrize("raw", ["In the queue", "Queued to start", "queued"])
def test_waiting_its_turn_is_a_state(raw: str) -> None:
    assert normalise_rag(raw) is None
    assert is_status_state(raw)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("Sept 2027", date(2027, 9, 30)),
        ("end of Sept. 2025", date(2025, 9, 30)),
        ("by February 2028", date(2028, 2, 29)),
        ("H1 2027/28", date(2027, 9, 30)),
        ("H2 27/28", date(2028, 3, 31)),
        ("Nov-27", date(2027, 11, 30)),
        ("15/01/27", date(2027, 1, 15)),
        ("Due: Sept 27", date(2027, 9, 30)),
    ],
)
def test_due_forms(raw: str, day: date) -> None:
    assert parse_date(raw) == day
