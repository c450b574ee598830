"""Actions given out of their refs' order: the plan was printed sorted by another column.

A tracker sorted by status, by lead or by due date before it was printed (a filter, a pivot, a
'Data > Subtotal' run) lists its actions out of the sequence their refs number them in: '2.3',
'1.1', '3.2', '1.4'. Where the reader recognised the sort it gives the actions in their refs'
order; where it did not, the actions come out in the printed order, and a plan read that way
is likely misread too: a layout whose order was not understood is a layout not understood (rows
of counts or headings between the groups read as actions, an action's fields from the wrong
row). The refs themselves are the evidence, whatever the layout: said, never silent.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_actions import numbered_in_parts, numbered_through
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning

MIN_ACTIONS = 6  # a handful of refs in an odd order is too little to tell a sort from a slip
DESCENT_SHARE = 0.2  # of the steps from one action to the next, this share at least go back
_SHOWN = 6


def _keys(refs: Sequence[str | None]) -> list[tuple[int, int]] | None:
    """Each ref's place in the plan's numbering: (recommendation, number) for refs in parts
    ('2.3', '2b'), (0, number) for refs numbering the plan through ('RM7'); None otherwise."""
    parts = numbered_in_parts(refs, whole=False)
    if parts is not None:
        return parts
    through = numbered_through(refs)
    return [(0, n) for n in through] if through is not None else None


def out_of_order_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """plan_refs_out_of_order where the actions, as given, step back in their refs' numbering
    again and again (a fifth of the steps at least, twice at least): the plan was printed
    sorted by something else and the sort was not recognised, so its rows may be misread."""
    if len(actions) < MIN_ACTIONS:
        return []
    refs = [a.ref for a in actions]
    keys = _keys(refs)
    if keys is None:
        return []
    back = [i for i in range(1, len(keys)) if keys[i] < keys[i - 1]]
    if len(back) < 2 or len(back) < DESCENT_SHARE * (len(keys) - 1):
        return []
    shown = ", ".join(str(r) for r in refs[:_SHOWN]) + (" .." if len(refs) > _SHOWN else "")
    return [ExtractionWarning(
        code="plan_refs_out_of_order",
        message=f"the {len(actions)} actions were read out of their refs' order ({shown}; a"
        f" ref lower than the one before {len(back)} times): the plan seems sorted by another"
        " column (status, lead, date) in a way not recognised, so rows between its groups"
        " may have been misread; check the actions with `plantrace tables FILE`",
        page=actions[0].provenance.page if actions[0].provenance else None,
    )]  # fmt: skip
