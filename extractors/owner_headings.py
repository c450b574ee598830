"""A section heading naming, once, whose cards follow: 'Objectives for: Grace Adebayo'.

Why: a plan cascaded into each manager's objectives (or a work programme split by lead) prints
the owner once, as the heading of that person's section, and the cards under it carry no owner
row. The heading is a one-line field whose label says whom the section is for (an owner's field
label, 'Owner:' / 'Lead:', or a heading label in pipeline/normalise/data/owners.json:
'Objectives for:', 'Actions for:') and whose value is a short name of a person or post, no
figure, no sentence. The plan reader gives its value to every ownerless action up to the next
heading of its level (extractors/plan.py's section fields), as it does an 'Owner:' line.
"""

from __future__ import annotations

import re

from plantrace.pipeline.normalise.owners import HEADING_OWNER_LABELS, OWNER_LABELS

_LABELS = "|".join(
    r"\s+".join(map(re.escape, w.split()))
    for w in sorted({*HEADING_OWNER_LABELS, *OWNER_LABELS}, key=len, reverse=True)
)
_HEADING = re.compile(rf"^\s*(?:{_LABELS})\s*:\s*(?P<owner>[^:\d]+?)\s*$", re.I)
_MAX_OWNER_WORDS = 8  # a person or a post ('Service Manager, Care Leavers'), not a sentence


def heading_owner(text: str) -> str | None:
    """The owner a section heading names ('Objectives for: Grace Adebayo' -> 'Grace Adebayo'),
    else None: a longer value, one with a figure or ending a sentence, is no name."""
    m = _HEADING.match(" ".join(text.split()))
    if m is None:
        return None
    owner = m.group("owner").strip()
    if len(owner.split()) > _MAX_OWNER_WORDS or owner.endswith((".", "?", "!")):
        return None
    return owner


def sections_by_owner(texts: list[str]) -> bool:
    """Two or more such headings: the plan is listed by owner, its refs' order the plan's."""
    return sum(1 for t in texts if heading_owner(t) is not None) >= 2
