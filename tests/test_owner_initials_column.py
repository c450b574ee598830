"""An unnamed column of posts by their initials beside people is the owner (column_roles)."""

from __future__ import annotations

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles


def test_initials_beside_people_are_the_owner() -> None:
    roles = read_roles(
        ACTION_TABLE,
        ["ref", "action", None, "due"],
        ["No.", "Step", "Named", "Deadline"],
        [
            ["A1", "A2", "A3"],
            [
                "Set up a weekly panel for children on the edge of care",
                "Publish a guide to family network meetings for schools",
                "Recruit two family group conference coordinators",
            ],
            ["IRO", "Head of Early Help", "DSL"],
            ["June 2026", "Sept 2026", "Dec 2026"],
        ],
    )
    assert roles.roles[2] == "owner"
