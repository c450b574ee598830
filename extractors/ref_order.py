"""Actions given out of their refs' order: the plan was printed sorted by another column.

A tracker sorted by status, by lead or by due date before it was printed (a filter, a pivot, a
'Data > Subtotal' run) lists its actions out of the sequence their refs number them in: '2.3',
'1.1', '3.2', '1.4'. Where the reader recognised the sort it gives the actions in their refs'
order; where it did not, the actions come out in the printed order, and a plan read that way
is likely misread too: a layout whose order was not understood is a layout not understood (rows
of counts or headings between the groups read as actions, an action's fields from the wrong
row). The refs themselves are the evidence, whatever the layout: said, never silent.

A plan printed in sections out of their numbers' order ('D2.1 D2.2 D3.1 D1.1') is put in its
refs' order only where each section's refs run 1, 2, 3 as printed
(plan_actions.sections_out_of_order); where one does not ('D2.1 D2.3 D2.2 D1.1': a step back or
a gap inside a section) the printed order stands, and one step back between sections is far
under a fifth of the steps. Each section printed as one run, the runs out of their numbers'
order, is said too (plan_sections_out_of_order), whatever the count: the order given is the
page's and may not be the plan's. A slip (one action printed among the next section's) is no
section out of order and says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_actions import (
    numbered_in_parts,
    numbered_through,
    section_keys,
    sections_out_of_order,
)
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few

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
        return _sections_warnings(actions)
    refs = [a.ref for a in actions]
    keys = _keys(refs)
    if keys is None:
        return _sections_warnings(actions)
    back = [i for i in range(1, len(keys)) if keys[i] < keys[i - 1]]
    if len(back) < 2 or len(back) < DESCENT_SHARE * (len(keys) - 1):
        return _sections_warnings(actions)
    shown = first_few([str(r) for r in refs], _SHOWN)
    return [ExtractionWarning(
        code="plan_refs_out_of_order",
        message=f"the {len(actions)} actions were read out of their refs' order ({shown}; a"
        f" ref lower than the one before {len(back)} times): the plan seems sorted by another"
        " column (status, lead, date) in a way not recognised, so rows between its groups"
        " may have been misread; check the actions with `plantrace tables FILE`",
        page=actions[0].provenance.page if actions[0].provenance else None,
    )]  # fmt: skip


def _sections_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """plan_sections_out_of_order where the actions, as given, come in sections ('D2.1',
    '2.3': one shared code, then parts) each one run, two runs or more, a later section before
    an earlier: a plan printed in sections out of their numbers' order that was left in the
    printed order because a section's refs do not give one (sections_out_of_order: a step back
    or a gap inside a section). A section 0 (actions before the plan's own, printed after it)
    is left out: its place is no doubt."""
    refs = [a.ref for a in actions]
    keys = section_keys(refs)
    if keys is None or sections_out_of_order(refs) is not None:
        return []  # no sections, or ones whose refs give the order (put in it where read)
    runs: list[int] = []
    for n, (sec, _) in enumerate(keys):
        if sec != 0 and (not runs or sec != runs[-1] or keys[n - 1][0] == 0):
            runs.append(sec)
    if len(runs) < 2 or len(set(runs)) != len(runs) or runs == sorted(runs):
        return []  # a section in two runs is a slip, not sections out of order
    shown = first_few([str(r) for r in runs], _SHOWN)
    return [ExtractionWarning(
        code="plan_sections_out_of_order",
        message=f"the actions' sections were read out of their numbers' order (sections"
        f" {shown}) and left in the printed order: a section's refs do not run 1, 2, 3 as"
        " printed, so the plan's own order is not known and the order given may not be it;"
        " check the actions with `plantrace tables FILE`",
        page=actions[0].provenance.page if actions[0].provenance else None,
    )]  # fmt: skip


def recs_follow_refs(recommendations: Sequence[Recommendation], actions: Sequence[Action]) -> bool:
    """Whether the recommendations, read out of their numbers' order, are to follow the actions
    into it: the plan's refs number its actions in sections ('2.3': section 2), the actions (as
    given, put in their refs' order where the layout allowed) run through the sections in their
    numbers' order, and each action linked to one recommendation is linked to the one its
    section names. A page that lays its recommendations out side by side (a grid of boxes read
    a column at a time: 1, 3, then 2, 4) prints them in the grid's order, not the plan's; the
    refs the actions share with them give the plan's. Numbers not all whole, one given twice, a
    link that names another section, or actions that step back leave the order read."""
    nums = [r.number for r in recommendations]
    if len(nums) < 2 or not all(n is not None and n.strip().isdigit() for n in nums):
        return False
    keys = [int(n or "0") for n in nums]
    if len(set(keys)) != len(keys) or keys == sorted(keys):
        return False
    refs = [a.ref for a in actions if a.ref]
    sections = section_keys(refs)
    if sections is None or [s for s, _ in sections] != sorted(s for s, _ in sections):
        return False
    number_of = {r.id: int(r.number or "0") for r in recommendations}
    linked = [
        (sec, number_of.get(a.recommendations[0]))
        for a, (sec, _) in zip((a for a in actions if a.ref), sections, strict=True)
        if len(a.recommendations) == 1
    ]
    return len({sec for sec, _ in linked}) >= 2 and all(sec == n for sec, n in linked)
