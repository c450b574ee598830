"""Actions lettered under their recommendation's number: '1A', '1B', '2A' ('Stop 2A').

A plan that letters its actions in capitals after the recommendation's number prints the ref
before each action's text ('2A Convert agency posts ...'). A capital after a number is often a
word's part ('4G network', '3D model'), so it is read as a ref only where every action of the
table opens so: then the capitals are the plan's lettering, not words. The ref's number names the
recommendation, as the lower-case '2b' does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plantrace.extractors.plan_actions import Draft
    from plantrace.extractors.plan_recommendations import RecommendationIndex

# a number and ONE capital letter, then the action's words
_LETTERED = re.compile(r"^\s*(\d{1,2}[A-Z])\s+(?=\S)")
MIN_LETTERED = 2  # one action alone proves no lettering
_REF = re.compile(r"^\d{1,2}[A-Z]$")  # a lettered ref alone: '2A'


def lettered_texts(texts: Sequence[str]) -> bool:
    """Whether every action text opens with a lettered ref ('1A ...', '2B ...'), two at least,
    and the refs differ (a repeated '4G ...' is a word, not a lettering)."""
    filled = [t for t in texts if t and t.strip()]
    refs = [m.group(1) for m in map(_LETTERED.match, filled) if m is not None]
    return len(filled) >= MIN_LETTERED and len(refs) == len(filled) and len(set(refs)) > 1


def split_lettered(text: str) -> tuple[str, str] | None:
    """The lettered ref opening an action text and the text after it, if one opens it."""
    m = _LETTERED.match(text)
    return (m.group(1), text[m.end() :]) if m is not None else None


def letter_plan(drafts: list[Draft], index: RecommendationIndex) -> list[Draft]:
    """A plan whose every action is lettered under its recommendation's number ('1A' .. '4D'),
    decided over the whole plan, not table by table: an action a layout cut into a table of
    its own ('1A ...' alone, which lettered_texts cannot prove) has its ref split off too, and
    where the recommendations are numbered (a key 'R2 <text>') each action links by its ref's
    number, not by the heading, band or cell it was printed beside (a map's labels above and
    below a line fall among another line's, by its roundel 'R1'). The actions are put in their letters' order: a layout
    printing the labels in rows (above the track, then below) reads 3A, 3C before 3B, 3D.
    Refs that repeat, or any action without one, leave the plan as read."""
    refs = [d.ref or (split[0] if (split := split_lettered(d.text)) else None) for d in drafts]
    if len(drafts) < MIN_LETTERED or any(r is None or not _REF.match(r) for r in refs):
        return drafts
    if len(set(refs)) != len(refs) or len({r[:-1] for r in refs if r}) < MIN_LETTERED:
        return drafts
    for d in drafts:
        if d.ref is None and (split := split_lettered(d.text)) is not None:
            d.ref, d.text = split
    linked = [index.id_of_coded(d.ref) for d in drafts]
    if all(linked):
        for d, rid in zip(drafts, linked, strict=True):
            d.section = rid
            if d.rec_cell is not None and rid not in index.ids_for(d.rec_cell, note=False):
                d.rec_cell = None  # a cell beside it naming another (a line's roundel, a band's)
    return sorted(drafts, key=lambda d: (int((d.ref or "0")[:-1]), (d.ref or "")[-1:]))
