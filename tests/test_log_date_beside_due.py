"""A log of updates prints when each line was logged beside when the work is due ('Log date' |
... | 'Due at' or 'Expected close'). Both columns hold dates and the bare word 'date' in a header
names the due role: row by row the later dates are the due dates, the earlier ones when the
line was logged."""

from __future__ import annotations

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan_columns import header_role

ACTIONS = [
    "Track the timeliness of care proceedings weekly through the legal gateway panel",
    "Offer every care leaver aged 21 to 25 a review with a personal adviser",
    "Recruit twenty additional foster carers through a targeted local campaign",
]
LOGGED = ["21/10/2025", "23/10/2025", "04/11/2025"]
DUE = ["31-Aug-2026", "31-Oct-2026", "28-Feb-2027"]


def _roles(labels: list[str]) -> list[str | None]:
    reading = read_roles(
        ACTION_TABLE,
        [header_role(x) for x in labels],
        labels,
        [LOGGED, ACTIONS, DUE],
    )
    return [c.role for c in reading.columns]


def test_two_headers_naming_a_date_the_later_dates_are_due() -> None:
    roles = _roles(["Log date", "Activity to deliver", "Due at"])
    assert roles[0] != "due"
    assert roles[2] == "due"


def test_a_bare_date_header_gives_way_to_a_later_date_column() -> None:
    roles = _roles(["Log date", "Activity to deliver", "Expected close"])
    assert roles[0] != "due"
    assert roles[2] == "due"
