"""Saying so when actions printed in the plan were not read (extractors.plan_warnings), in the
two ways the silent misreads of holdout18 shared:

- a tracker of one row per recommendation whose columns repeat per action ('Action 1 | Lead 1 |
  Due 1 | Action 2 | Lead 2 | Due 2'), read one action a row: the second action column's cells
  became no action;
- action strips printed as boxes the reader took for no table ('1.1 Reduce ... Fatima Rahman
  31-Oct-2026 On track'), beside strips that were read ('1.2', '4.1'): text opening with a ref
  of the actions' shape that no action has, and naming a date.

A plan whose every such cell and box became an action says nothing.
"""

from __future__ import annotations

from datetime import date

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_warnings import plan_warnings
from plantrace.models.plan import Action
from plantrace.pipeline.document import Cell, Line, Table
from tests.factories import PLAN_SHA, prov

ROW_1 = ("R1", "Improve the timeliness of education, health and care plans for children in care",
         "Offer tuition to every child in care who is behind in reading", "Commissioning Manager",
         "31-Dec-25", "Reduce the time taken to issue education, health and care plans",
         "Service Manager, Care Leavers", "30-Sep-25")  # fmt: skip
ROW_2 = ("R2", "Make sure that children's wishes and feelings are sought and recorded",
         "Provide direct work resources and tools to every social work team",
         "Head of Safeguarding", "31-Dec-25", "", "", "")  # fmt: skip
GROUPS = ["ref", "recommendation_text", "action", "owner", "due", "action", "owner", "due"]
LABELS = ["No.", "Recommendation", "Action 1", "Lead 1", "Due 1", "Action 2", "Lead 2", "Due 2"]


def _cell(text: str, top: float = 100.0) -> Cell:
    return Cell(text, (40.0, top, 500.0, top + 10.0), [])


def _action(n: int, text: str, ref: str | None = None) -> Action:
    return Action(
        id=f"a{n}",
        ref=ref,
        text=text,
        due_date=date(2025, 12, 31),
        due_raw="31-Dec-25",
        owner="Head of Service",  # owned, so only the warnings under test are said
        provenance=prov(PLAN_SHA, page=1),
    )


def _tracker() -> Element:
    rows = [Row([_cell(t) for t in row], page=1) for row in (ROW_1, ROW_2)]
    table = PlanTable(ACTION_TABLE, list(GROUPS), list(LABELS), rows, page=1, top=90.0)
    return Element(1, 90.0, table=table)


def test_a_second_action_column_read_as_no_action_is_named() -> None:
    actions = [_action(1, ROW_1[2]), _action(2, ROW_2[2])]  # one action a row: group 1 only
    (warning,) = plan_warnings([_tracker()], actions)
    assert warning.code == "plan_actions_doubtful"
    assert warning.message.startswith("1 cell(s) of a second column read as actions")
    assert "'Reduce the time taken to issue education, health ...'" in warning.message


def test_every_group_read_says_nothing() -> None:
    actions = [_action(1, ROW_1[2]), _action(2, ROW_1[5]), _action(3, ROW_2[2])]
    assert plan_warnings([_tracker()], actions) == []


STRIP = "1.1 Reduce the time taken to issue education, health and care plans Fatima Rahman"


def _box(text: str, top: float) -> Element:
    """A box the layout reader found no header for: an empty edge cell, then the strip."""
    raw = Table(1, (40.0, top, 555.0, top + 30.0), [[_cell("", top), _cell(text, top)]], True)
    return Element(1, top, raw=raw)


def _paragraph(text: str, top: float) -> Element:
    return Element(1, top, lines=[Line(text, (40.0, top, 500.0, top + 10.0), 10.0, False, 1, 0)])


READ = [
    _action(1, "Offer tuition to every child in care who is behind in reading", "1.2"),
    _action(2, "Recruit twenty additional foster carers through a campaign", "4.1"),
]


def test_a_box_opening_with_a_ref_no_action_has_and_a_date_is_named() -> None:
    (warning,) = plan_warnings([_box(f"{STRIP} 31-Oct-2026 On track", 200.0)], READ)
    assert warning.code == "plan_actions_doubtful"
    assert warning.message.startswith("1 box(es) or paragraph(s) outside every action")
    assert "'1.1 Reduce the time taken to issue education, ...'" in warning.message


def test_read_refs_undated_text_and_other_numbers_say_nothing() -> None:
    quiet = [
        _paragraph("1.2 Update: tuition offered to 40 children by 31 March 2026", 200.0),
        _box(STRIP, 240.0),  # no date: a numbered section or note, not an action's strip
        _paragraph("2025 was the year the plan was agreed with partners on 3 March", 280.0),
    ]
    assert plan_warnings(quiet, READ) == []


def _tag(text: str, top: float) -> Element:
    """A status tag the layout reader found as a box of one cell, under an action's text (not
    level with its first line, where plan_tags would have placed it)."""
    raw = Table(1, (480.0, top, 555.0, top + 12.0), [[Cell(text, (480.0, top, 555.0,
                top + 12.0), [Line(text, (484.0, top + 1, 550.0, top + 11), 9.0, True, 1, 0)],
                "#f6d7d2")]], True)  # fmt: skip
    return Element(1, top, raw=raw)


def test_status_tags_beside_no_action_are_named() -> None:
    tags = [_tag("Delayed", 130.0), _tag("Completed", 230.0), _tag("In progress", 330.0)]
    (warning,) = plan_warnings(tags, READ)
    assert warning.code == "plan_column_unplaced"
    assert warning.message.startswith("3 box(es) of a status word ('Delayed', 'Completed',")


def test_status_tags_say_nothing_where_actions_have_their_status() -> None:
    tags = [_tag("Delayed", 130.0), _tag("Completed", 230.0)]
    rated = [a.model_copy(update={"rag": "red"}) for a in READ]
    assert plan_warnings(tags, rated) == []
    assert plan_warnings([_tag("Draft", 130.0), _tag("New", 230.0)], READ) == []
