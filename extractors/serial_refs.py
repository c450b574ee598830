"""A box's own serial ref printed over it ('Pledge P07'), told apart from a recommendation's tag.

A plan that boxes each action may print a short line right above the box: either a tag naming
the recommendation the action answers ('Recommendation 2', 'R2'; plan_groups.tag_links) or the
box's own ref, a word and a code numbered through the whole plan ('Pledge P07', 'Commitment
P08', 'Card 12'). Both have one shape, a word or two and a number, so the shape cannot tell
them; the sequence can. A ref is numbered once per box, counting up by one from box to box
through the plan, and runs past the number of recommendations the plan states under its own
headings, with two or more boxes under one heading; a recommendation's tag repeats its number
for the boxes under one recommendation and never runs past the recommendations stated.

Read as tags, such refs linked the first boxes to the recommendations of their own numbers and
every box after the last recommendation's number to none. Pure function over the tags found
and the indices of the recommendation headings; extract_plan gives each box its ref instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# a tag's code: its number at the end, after an optional letter or two ('P07', 'C12', '12')
_CODE = re.compile(r"(?P<code>[A-Za-z]{0,2}(?P<num>\d{1,3}))\s*[:.]?\s*$")
MIN_SERIAL = 3  # boxes numbered 1, 2, 3 at least: two in a row may be recommendations 1 and 2


def _number(tag: str) -> tuple[str, int] | None:
    m = _CODE.search(tag)
    return (m.group("code"), int(m.group("num"))) if m else None


def serial_refs(
    tags: dict[int, str], headings: Collection[int]
) -> tuple[dict[int, str], dict[int, str]]:
    """(the tags that still name recommendations, the serial refs by box index).

    The tags are serial refs when, in the order printed, their numbers count 1, 2, 3 ... by one
    each (three at least), they outnumber the recommendation headings among them (one at
    least), and two follow one another under one heading: the plan numbers its boxes, not its
    recommendations. Otherwise every tag stands as found."""
    order = sorted(tags)
    numbered = [_number(tags[i]) for i in order]
    if len(order) < MIN_SERIAL or any(n is None for n in numbered):
        return tags, {}
    values = [n[1] for n in numbered if n is not None]
    if values != list(range(values[0], values[0] + len(values))) or values[0] != 1:
        return tags, {}
    heads = sorted(h for h in headings if h < order[-1])
    if not heads or len(values) <= len(heads):
        return tags, {}
    shared = any(not any(a < h < b for h in heads) for a, b in zip(order, order[1:], strict=False))
    if not shared:
        return tags, {}
    return {}, {i: n[0] for i, n in zip(order, numbered, strict=True) if n is not None}
