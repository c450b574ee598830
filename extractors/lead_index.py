"""Owners given by an index of leads: each person followed by the refs of the actions they lead.

A register printed in recommendation order may leave the owner out of every action and list, at
the back, an index: a heading ('Index of leads', 'Lead officers index') then, a line each, a
person or post and the refs of the actions they lead ('Principal Social Worker  1.1, 1.2, 4.2').
Read as printed, the actions have no owner; the index is the owner read in reverse, by ref. An
index under a heading naming people of another kind ('Index of partners consulted', contacts)
has the same form and names no owner. The heading's words are data (data/lead_index.json); a
line of the index is a name with no digit followed by a list of refs, every one a ref some
action prints. Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Element
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.owners import normalise_owner

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/lead_index.json").read_text("utf-8")
)


def _words(key: str) -> re.Pattern[str]:
    alts = sorted(_DATA[key], key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in alts) + r")\b", re.I
    )


_OWNER = _words("owner_words")
_OTHER = _words("other_words")
_INDEX = _words("index_words")
_HEADING_WORDS = 6  # an index's heading is a few words: 'Index of responsible officers'
_REF = r"[A-Z]{0,2}\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?"
_ENTRY = re.compile(rf"^(?P<name>[^\d]+?)\s+(?P<refs>{_REF}(?:\s*[,;&]\s*{_REF})*)\s*\.?$")
_SPLIT = re.compile(r"\s*[,;&]\s*")


def _heading(text: str) -> str | None:
    """'owner' or 'other' for an index's heading line, else None."""
    if len(text.split()) > _HEADING_WORDS or any(c.isdigit() for c in text):
        return None
    if not _INDEX.search(text):
        return None
    if _OTHER.search(text):
        return "other"
    return "owner" if _OWNER.search(text) else None


def index_owners(elements: Sequence[Element]) -> list[tuple[str, tuple[str, ...], int]]:
    """The (owner, refs, page) entries of every index of leads, in print order; the entries of
    an index of another kind are left out."""
    out: list[tuple[str, tuple[str, ...], int]] = []
    kind: str | None = None
    for el in elements:
        if el.table is not None or el.raw is not None:
            kind = None
            continue
        for line in el.lines:
            text = " ".join(line.text.split())
            head = _heading(text)
            if head is not None:
                kind = head
                continue
            m = _ENTRY.match(text)
            if kind is None or m is None:
                kind = None if m is None else kind
                continue
            name = normalise_owner(m.group("name").strip(" .:"))
            if kind == "owner" and name:
                out.append((name, tuple(_SPLIT.split(m.group("refs"))), line.page))
    return out


def own_by_index(elements: Sequence[Element], drafts: list[Draft]) -> list[ExtractionWarning]:
    """Give each ownerless draft the owner an index of leads lists its ref under; an index
    naming refs no action prints is warned and owns nothing (it belongs to another plan, or
    its numbers are no refs)."""
    entries = index_owners(elements)
    if not entries:
        return []
    printed = {d.ref for d in drafts if d.ref}
    listed = {r for _, refs, _ in entries for r in refs}
    if not listed & printed:
        return []
    missing = sorted(listed - printed)
    by_ref = {r: name for name, refs, _ in entries for r in refs}
    for d in drafts:
        if d.ref and d.owner is None and not d.owner_withheld and d.ref in by_ref:
            d.owner = by_ref[d.ref]
    if not missing:
        return []
    return [
        ExtractionWarning(
            code="plan_lead_refs_unknown",
            message=(
                f"an index of leads names owners for refs {', '.join(missing)} that no action "
                "read prints: those owners were not given to any action"
            ),
            page=entries[0][2],
        )
    ]
