"""Group headings read as actions: a code and a title over numbered items of their own.

A register of risks (or issues, workstreams) prints each entry as a heading that names it by a
code and a title ('Risk CSR-03  Budget pressures reduce investment'), a line of the entry's own
fields (who owns the risk, its scores, when it was last reviewed: none an action's due date or
status) and then the numbered items that answer it ('3.1  Review every plan ...; Target date:
Nov-26; Status: Partially effective'). The card reader takes the heading and its field line as
a card, so the entry became an action of its own, with no ref, no due date and no status, whose
owner ran on into the scores. By shape, not by the word that opens it, such a heading groups the
items under it: an action draft with no ref, no due date and no status, whose text names a code
among its first words, directly followed by numbered drafts, where the plan prints at least two
such headings. It is set aside, and the recommendation it links to passes to its items that name
none of their own.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_actions import Draft

# a code with a digit among the heading's first two words: 'CSR-03', 'R7', 'WS 2', 'RSK/04'
_CODE = re.compile(r"^(?:\S+\s+)?(?:[A-Z]{1,6}[-/ ]?\d{1,4}[a-z]?|\d{1,4})\b")
_MIN_HEADS = 2  # one such card may be an action the plan forgot to number: a run is a register


def _head_like(d: Draft) -> bool:
    return (
        d.ref is None
        and not d.due_raw
        and not d.rag
        and bool(_CODE.match(d.text.strip()))
        and not d.updates
    )


def _numbered(d: Draft) -> bool:
    return d.ref is not None and bool(d.due_raw or d.rag or d.owner)


def without_group_heads(drafts: list[Draft]) -> list[Draft]:
    """drafts less the group headings among them (module docstring); each heading's
    recommendation cell goes to the numbered items under it that print none."""
    heads = [
        i
        for i, d in enumerate(drafts)
        if _head_like(d) and i + 1 < len(drafts) and _numbered(drafts[i + 1])
    ]
    if len(heads) < _MIN_HEADS:
        return drafts
    dropped = set(heads)
    for i in heads:
        head = drafts[i]
        j = i + 1
        while j < len(drafts) and j not in dropped and drafts[j].ref is not None:
            item = drafts[j]
            if item.rec_cell is None and head.rec_cell is not None:
                item.rec_cell = head.rec_cell
            if item.section is None and head.section is not None:
                item.section = head.section
            j += 1
    return [d for i, d in enumerate(drafts) if i not in dropped]
