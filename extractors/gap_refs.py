"""An action's number left in its text where the plan's other actions had theirs read apart.

Callout boxes, cards and tiles print the action's number at the head of its text ('6 Rewrite
the pathway plan ...'). A bare number leading a text is no ref by itself (it may be a count:
'3 new posts ...'), so the readers split it off only where a run of such titles numbers the
actions (plan_cards._bold_numbers). A box set apart from the others (alone in its row, between
the drawing's own labels) was read in a run of one: it kept its number in its text and read no
ref, matched no action and was said only as a doubtful piece.

The evidence is the plan's numbering: the actions read with a ref carry bare numbers, and each
action read with none opens with a bare number missing from them; together those numbers number
the actions through the plan (plan_actions.numbered_through: from 1, each once, nearly all of
1 .. the highest). Such a number is the action's ref.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft, numbered_through

# '6 Rewrite the pathway plan ...': a bare number, a space, a capitalised word
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z][a-z])")


def refs_from_gaps(drafts: Sequence[Draft]) -> None:
    """Each action with no ref whose text opens with the number missing from the run of the
    others' refs gets that number as its ref, its text without it (module docstring)."""
    refs = [d.ref for d in drafts if d.ref]
    if not refs or not all(r.strip().isdigit() for r in refs):
        return
    found = [(d, m) for d in drafts if d.ref is None and (m := _LEADING_NUMBER.match(d.text))]
    if not found:
        return
    # each number once over both, and together they number the plan's actions through
    if numbered_through([*refs, *(m.group(1) for _, m in found)]) is None:
        return
    for d, m in found:
        d.ref, d.text = m.group(1), d.text[m.end() :]
