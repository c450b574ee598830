"""A status printed as a tick in one of several status columns (a column per state, a mark in
the one the row is in): the state is the header of the ticked column. Headers of such a run are
statuses themselves; headers of posts (a responsibility matrix) or months are not."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.rag import (
    are_status_headers,
    normalise_rag,
    status_of_marked_columns,
)

# a tracker laid out unlike any generated one: colour words last, the done state first
STATES = ["Done", "Not yet started", "Progressing well", "Falling behind", "Off track"]


@pytest.mark.parametrize(
    ("cells", "rag"),
    [
        (["■", "", "", "", ""], "blue"),
        (["", "", "✔", "", ""], "green"),
        (["", "", "", " x ", ""], "amber"),
        (["", "", "", "", "Yes"], "red"),
        (["", "✓", "", "", ""], None),  # a state with no colour
        (["", "", "", "", ""], None),  # nothing ticked
        (["", "", "✔", "✔", ""], None),  # two ticks: the row does not say which
        (["", "", "✗", "", "✔"], "red"),  # a cross in a box means not this one
        (["", "", "Agreed at board", "", ""], None),  # words are no tick
    ],
)
def test_the_state_is_the_header_of_the_ticked_column(cells: list[str], rag: str | None) -> None:
    assert status_of_marked_columns(STATES, cells) == rag


def test_a_run_of_state_headers_is_a_status_scale() -> None:
    assert are_status_headers(STATES)
    assert are_status_headers(["Not commenced", "Under way", "On target", "Closed"])


@pytest.mark.parametrize(
    "labels",
    [
        ["Director of Children's Services", "Head of Service", "Team Manager"],  # posts
        ["Apr", "May", "Jun", "Jul"],  # a timeline
        ["Not started", "In progress"],  # states without a colour: no status scale
        ["Complete"],  # one column alone is a done column, not a scale
    ],
)
def test_other_runs_of_marked_columns_are_not(labels: list[str]) -> None:
    assert not are_status_headers(labels)


@pytest.mark.parametrize(
    ("raw", "rag"),
    [
        ("Going according to plan", "green"),
        ("Not going according to plan", "red"),
        ("Work is not going well", "red"),
    ],
)
def test_plan_wording_of_a_state(raw: str, rag: str) -> None:
    assert normalise_rag(raw) == rag
