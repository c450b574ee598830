"""Column roles from what the cells hold where the header names another role: a 'progress'
header over status words is the rating; a 'target' header over dates in an action table is the
due date. Words and order differ from any generated family's."""

from __future__ import annotations

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles

_BASE = [
    ["A1", "A2", "A3"],
    [
        "Set up a weekly panel for children on the edge of care",
        "Publish a guide to family network meetings for schools",
        "Recruit two family group conference coordinators",
    ],
    ["Head of Early Help", "Team Manager", "Principal Social Worker"],
]


def test_progress_header_over_status_words_is_the_rating() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Behind plan", "Complete", "On track"]],
    )
    assert roles.roles[3] == "rag"


def test_progress_header_over_notes_stays_progress() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Panel met twice; referrals rising", "Draft with schools", "One post filled"]],
    )
    assert roles.roles[3] == "progress"


def test_progress_notes_that_open_with_a_status_word_stay_progress() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", "owner", "progress"],
        ["No.", "Step", "Lead", "Delivery progress"],
        [*_BASE, ["Complete; evaluation due in spring", "On track, two panels held", "Delayed"]],
    )
    assert roles.roles[3] == "progress"
