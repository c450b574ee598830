"""Status scales read at every step and in either number: a plan that rates its actions by the
degree of concern may write 'No concerns' for its best step, 'Moderate concern' for the middle
and 'Serious concern' in the singular; progress by degree has a good end ('Satisfactory
progress'); 'Off plan' is the opposite of 'On plan'; 'Not fully implemented' is part done."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("raw", "colour"),
    [
        ("No concerns", "green"),
        ("Some delay", "amber"),  # as 'Minor delay' and 'Some slippage'
        ("Some delay. Recruitment under way", "amber"),
        ("No major concerns", "green"),  # the degree denied, not the degree
        ("Moderate concern", "amber"),
        ("Minor concern", "amber"),
        ("Some concern", "amber"),
        ("Significant concern", "red"),
        ("Major concern - escalated to board", "red"),
        ("Off-plan", "red"),
        ("On plan", "green"),
        ("Satisfactory progress", "green"),
        ("Steady progress", "green"),
        ("Insufficient progress", "red"),  # 'sufficient progress' inside it is no match
        ("Fully delivered", "blue"),
        ("Not fully delivered", "amber"),
        ("Not fully met", "amber"),
        ("Delayed - no concerns about quality", "amber"),  # the delay is the status
    ],
)
def test_status_degrees(raw: str, colour: str | None) -> None:
    assert normalise_rag(raw) == colour


@pytest.mark.parametrize(
    "raw", ["Waiting to start", "Pending start.", "Yet to commence", "Awaiting start"]
)
def test_not_begun_is_a_state_with_no_colour(raw: str) -> None:
    assert is_status_state(raw)
    assert normalise_rag(raw) is None


def test_not_begun_and_overdue_is_red() -> None:
    assert normalise_rag("Waiting to start - overdue") == "red"
