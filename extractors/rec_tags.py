"""A recommendation tag printed before an action's own ref: 'R2 2.1 Train foster carers ...'.

A plan that lists its actions by who leads them, or by when they are due, not under their
recommendations, often marks each action with a small tag naming the recommendation it answers
(a coloured chip 'R2', 'Rec 2'), set before the action's ref and text. A card or line reader
then takes the tag for the action's ref and leaves the real ref at the start of the text
('R2' | '2.1 Train ...'), or leaves both in the text.

The evidence is the pair's agreement, not the tag's letters: a short code of letters and a
number, then a ref in parts ('2.1', '2.1.3') whose first part is that same number. Where most
of the plan's actions open so (two at least), each such tag is the action's printed link to its
recommendation (read as a Rec cell would be) and the ref in parts is its ref.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_actions import Draft

# a tag: up to five letters, an optional point or space, then a number ('R2', 'Rec 2', 'REC.2')
_TAG = re.compile(r"^\s*(?P<tag>[A-Za-z]{1,5}\.?\s?(?P<num>\d{1,2}))\s*$")
# a ref in parts opening a text ('2.1 Train ...'), its first part captured
_PARTED_REF = re.compile(r"^\s*(?P<ref>(?P<first>\d{1,2})(?:\.\d{1,3}){1,2}[a-z]?)\s+(?=\S)")
# both opening a text: 'R2 2.1 Train ...'
_TAGGED_TEXT = re.compile(
    r"^\s*(?P<tag>[A-Za-z]{1,5}\.?\s?(?P<num>\d{1,2}))\s+"
    r"(?P<ref>(?P<first>\d{1,2})(?:\.\d{1,3}){1,2}[a-z]?)\s+(?=\S)"
)
TAGGED_SHARE = 0.6  # of the plan's actions, this share at least opens with an agreeing tag


def _tagged(d: Draft) -> tuple[str, str, str] | None:
    """(tag, ref, rest of the text) where the action opens with a tag and a ref that agree."""
    if d.ref is not None:
        tag = _TAG.match(d.ref)
        ref = _PARTED_REF.match(d.text)
        if tag and ref and int(tag.group("num")) == int(ref.group("first")):
            return tag.group("tag"), ref.group("ref"), d.text[ref.end() :]
        return None
    both = _TAGGED_TEXT.match(d.text)
    if both and int(both.group("num")) == int(both.group("first")):
        return both.group("tag"), both.group("ref"), d.text[both.end() :]
    return None


def split_rec_tags(drafts: Sequence[Draft]) -> None:
    """Each action opening with a recommendation tag and its own ref in parts gets the ref as
    its ref and the tag as its printed link (where it has none), the text left after both.
    Nothing changes unless most actions open so: one action opening 'KS2 2.1 ...' is text."""
    found = [(d, _tagged(d)) for d in drafts]
    tagged = [(d, t) for d, t in found if t is not None]
    if len(tagged) < 2 or len(tagged) < TAGGED_SHARE * len(drafts):
        return
    for d, (tag, ref, rest) in tagged:
        if not rest.strip():
            continue  # a tag and a ref with no text after them: no action text to leave
        d.ref, d.text = ref, rest.strip()
        if d.rec_cell is None:
            d.rec_cell = tag
