"""Labelled fields run into another field's value: a card's line read as one field (issue 11).

A card template may print two or three fields on one line, parted by a middle dot, a bullet or
a bar ('Deadline: May 2026 · Status: Running late', 'Lead: Tom Ellery · Deadline: 22 May').
Where the reader takes such a line for one field, the second label and its value stay inside
the first field's value: the due date reads 'May 2026 · Status: Running late', the owner 'Tom
Ellery · Deadline: Friday 22 May'. Nothing is then said, though a field is lost: the status
(the plan passes as unrated) or the date (the action as undated), and the cards around such a
line are often cut in the wrong places too.

A run-in field is a separator, then a short label (one to four words, no digits) and a colon,
then a value. It counts when the label names a role of the plan's header vocabulary (status,
due date, owner, update: plan_columns.header_role) or its value is a status word the status
normaliser knows ("How it's going: Finished"): a label of the plan's own wording with a value
of a status is a status all the same. Two warnings come of it: plan_status_unread where no
action was rated and statuses stand in run-in fields (whatever their words: an unknown status
vocabulary is still a status label), and plan_actions_doubtful where any field holds another.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_cards import is_card_table
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    Element,
    PlanTable,
    header_role,
)
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

# a separator, a label of one to four words (no digits) and its colon, then the value up to the
# next separator: '... (end) · Status: Running late', '... Ellery | Deadline: 22 May'
_RUN_IN = re.compile(
    r"(?:^|\s)[·•|]\s+(?P<label>[A-Za-z][A-Za-z'’/&-]*(?:\s+[A-Za-z'’/&-]+){0,3})\s*:\s+"
    r"(?P<value>[^·•|]+?)\s*(?=[·•|]|$)"
)
_FEWEST_STATUSES = 2  # run-in statuses before an unrated plan says its statuses went unread
_SHOWN = 3


def run_in_fields(text: str | None, key: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(role, 'Label: value') of each labelled field run into this text after a separator,
    where the label names a role or the value is a status word; [] for a plain value."""
    out: list[tuple[str, str]] = []
    for m in _RUN_IN.finditer(" ".join((text or "").split())):
        label, value = m.group("label"), m.group("value")
        role = header_role(label)
        if role is None and normalise_rag(value, key) is not None:
            role = "rag"  # a label of the plan's own words over a status: a status field
        if role is not None:
            out.append((role, f"{label}: {value}"))
    return out


def _fields(action: Action) -> tuple[str | None, ...]:
    return (action.text, action.owner, action.due_raw, action.progress)


def _statuses(texts: Sequence[str | None], key: Mapping[str, str] | None) -> list[str]:
    return [f for text in texts for role, f in run_in_fields(text, key) if role == "rag"]


def run_in_status_warnings(
    actions: Sequence[Action],
    key: Mapping[str, str] | None = None,
    cells: Sequence[str] = (),
) -> list[ExtractionWarning]:
    """plan_status_unread where no action was rated yet two or more statuses stand in labelled
    fields run into other fields ('· Status: Running late'): the plan is rated, not unrated.
    cells: the texts of the action tables' cells, looked at where the actions' fields show too
    few (a column whose cells held a date and a status read as no role, so in no field)."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    found = _statuses([text for a in actions for text in _fields(a)], key)
    if len(found) < _FEWEST_STATUSES:
        found = _statuses(cells, key)
    if len(found) < _FEWEST_STATUSES:
        return []
    shown = ", ".join(repr(f) for f in list(dict.fromkeys(found))[:_SHOWN])
    return [
        ExtractionWarning(
            code="plan_status_unread",
            message=f"no status was read for any of the {len(actions)} actions, but {len(found)}"
            f" status field(s) were read inside other fields ({shown}): fields printed on one"
            " line were read as one; RAG coverage is unknown (not unrated); check it with"
            " `plantrace tables`",
            page=actions[0].provenance.page,
        )
    ]


def run_in_field_warnings(
    actions: Sequence[Action], key: Mapping[str, str] | None = None
) -> list[ExtractionWarning]:
    """plan_actions_doubtful naming the actions one of whose fields holds another labelled
    field ('Tom Ellery · Deadline: Friday 22 May' read as the owner): fields printed on one
    line were read as one, so a field is lost and the cards may be cut in the wrong places."""
    stuck = [
        (a, field)
        for a in actions
        for text in _fields(a)
        for _, field in run_in_fields(text, key)[:1]
    ]
    if not stuck:
        return []
    first = stuck[0][0]
    shown = ", ".join(repr(f) for f in list(dict.fromkeys(f for _, f in stuck))[:_SHOWN])
    n = len({id(a) for a, _ in stuck})
    return [
        ExtractionWarning(
            code="plan_actions_doubtful",
            message=f"{n} of {len(actions)} actions have a labelled field read inside another"
            f" field's value ({shown}): fields printed on one line were read as one, so those"
            " fields are lost and the actions may be cut in the wrong places; check with"
            " `plantrace tables FILE`",
            page=first.provenance.page,
        )
    ]


def card_fields_in_other_tables(
    elements: Sequence[Element], tables: Sequence[PlanTable]
) -> list[ExtractionWarning]:
    """plan_actions_doubtful where a table read as no action table (a recommendation list, a
    grid) holds, in its header or its cells, a field labelled like the plan's action cards
    ('Who's leading: Grace Adebayo · Due: ...'): cards the reader took for another kind of
    table, so their actions are missing. The labels are those the plan's own card runs use."""
    labels = {
        text_key(label)
        for t in tables
        if t.kind == ACTION_TABLE and is_card_table(t)
        for label, role in zip(t.labels, t.roles, strict=False)
        if role not in (None, "action") and label.strip()
    }
    if not labels:
        return []
    pattern = re.compile(
        r"(?:^|[·•|]\s*|\s)(?:" + "|".join(re.escape(x) for x in sorted(labels)) + r")\s*:",
        re.IGNORECASE,
    )
    found: list[tuple[int | None, str]] = []
    for el in elements:
        t = el.table
        if t is None or t.kind in (ACTION_TABLE, KPI_TABLE):
            continue
        texts = [*t.labels, *(r.text(i) for r in t.rows for i in range(len(r.cells)))]
        found += [(el.page, x) for x in texts if pattern.search(" ".join(x.split()))]
    if not found:
        return []
    shown = ", ".join(repr(" ".join(x.split()[:8])) for _, x in found[:_SHOWN])
    return [
        ExtractionWarning(
            code="plan_actions_doubtful",
            message=f"{len(found)} cell(s) of a table not read as actions hold fields labelled"
            f" like the plan's action cards ({shown}): cards there were read as another kind of"
            " table, so their actions are missing; check with `plantrace tables FILE`",
            page=found[0][0],
        )
    ]
