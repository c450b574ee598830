"""Actions read with none of their fields, in a plan whose actions nearly all have them.

Where most of a plan's actions (four in five, five at least) carry an owner, a due date and a
status, an action read with none of the three is far likelier a reading fault than an action
printed bare: its field lines went to other text (a wrapped line taken for a paragraph of its
own, a box parted from its card) and were read into no action. Its owner, date and status are
then unknown, not missing, and the plan is not to pass as read whole without a word: said as
plan_actions_doubtful, naming the actions. Plans where actions often lack fields (a list of
actions with owners only, or none) are left alone, as their bare actions are the plan's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning, first_few

MIN_ACTIONS = 5  # actions in the plan, at the least, before a bare one is a doubt
MIN_SHARE = 0.8  # of the plan's actions, the share with owner, due date and status
_SHOWN = 3  # bare actions named in the message


def _due(a: Action) -> bool:
    return a.due_date is not None or bool(a.due_raw and a.due_raw.strip())


def fieldless_action_warnings(actions: Sequence[Action]) -> list[ExtractionWarning]:
    """plan_actions_doubtful naming the actions read with no owner, no due date and no status
    in a plan where at least MIN_SHARE of its actions (MIN_ACTIONS or more) carry all three."""
    if len(actions) < MIN_ACTIONS:
        return []
    whole = sum(1 for a in actions if a.owner and _due(a) and a.rag)
    if whole < MIN_SHARE * len(actions):
        return []
    bare = [a for a in actions if not a.owner and not _due(a) and not a.rag]
    if not bare:
        return []
    names = [repr(a.ref) if a.ref else repr(" ".join(a.text.split()[:6])) for a in bare]
    shown = first_few(names, _SHOWN)
    subject = f"action {shown} has" if len(bare) == 1 else f"{len(bare)} actions ({shown}) have"
    first = bare[0].provenance
    return [
        ExtractionWarning(
            code="plan_actions_doubtful",
            message=f"{subject} no owner, due date or status, where {whole} of {len(actions)}"
            " actions have all three: their fields were probably read into other text; check"
            " their reading",
            page=first.page,
        )
    ]
