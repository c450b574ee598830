"""Every role a column can be given is drawn in a colour of its own in `plantrace tables --html`,
never in the red that marks a column nobody could read (a status read from tick columns drawn as
unread would send a person looking for a fault that is not there)."""

from __future__ import annotations

from plantrace.extractors.column_roles import DONE, MATRIX, STATUS_TICKS, TIMELINE
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.render.tables_page import ROLE_COLOURS, UNREAD


def test_every_role_is_drawn_in_a_colour_other_than_unread() -> None:
    header_roles = set(PLAN_VOCAB["header_phrases"])  # every role a header can name
    for role in sorted(header_roles | {MATRIX, DONE, STATUS_TICKS, TIMELINE}):
        assert ROLE_COLOURS.get(role, UNREAD) != UNREAD, role
