"""'In progress' on a status scale that names its own troubles: the plan's on-track step.

A tracker's status field (a wiki's status macro, a project tool's workflow, a kanban board)
offers a short list of steps: 'Not started', 'In progress', 'At risk', 'Blocked', 'Done'. Alone,
'In progress' says only that the work has begun (normalise.rag reads it as a state with no
colour). On a scale that gives work in trouble words of its own ('At risk' amber, 'Blocked' or
'Overdue' red) and has no word for on track, an action left 'In progress' is one nobody has
flagged: the scale's on-track step, green, as the plan's readers take it. The scale is read
from the plan's own status cells: a plan that prints a green word of its own ('On track') keeps
'In progress' as no colour (it may mean begun but not yet rated), as does a plan whose statuses
name no trouble at all ('Not started', 'In progress', 'Complete': a list of where work is, not
a rating).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.normalise.rag import is_under_way, normalise_rag

TROUBLE = frozenset({"amber", "red"})


def under_way_on_track(
    drafts: Sequence[Draft],
    elements: Sequence[Element],
    placed: Mapping[int, int],
    key: Mapping[str, str] | None = None,
) -> int:
    """Rate green each unrated action whose status cell says only that the work is under way,
    where the plan's status cells read amber or red by their words and none reads green (see
    the module's docstring). placed: id(draft) -> the element of the table it was read from.
    Returns how many actions were rated."""
    printed: list[tuple[Draft, str]] = []
    for d in drafts:
        i = placed.get(id(d))
        table = elements[i].table if i is not None and i < len(elements) else None
        col = table.col("rag") if table is not None else None
        if col is not None:
            text = " ".join(d.row.text(col).split())
            if text:
                printed.append((d, text))
    worded = {normalise_rag(text, key) for _, text in printed}
    if "green" in worded or not worded & TROUBLE:
        return 0
    rated = 0
    for d, text in printed:
        if d.rag is None and is_under_way(text):
            d.rag = "green"
            rated += 1
    return rated
