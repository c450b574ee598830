"""Letters, one per lead: the addressee owns the actions in their letter.

A plan sent out as mail-merged letters prints, for each lead, a letter of its own: an address
block naming the lead, 'Dear <the lead>,', and then only that lead's actions, none of them with
an owner field (the letter is addressed to its owner). The owner is printed once per letter,
in the address block and the salutation; the signer ('Yours sincerely, ...') and those copied
in ('cc: ...') own nothing.

The evidence is the letter's shape, not its words: a salutation line (data/letters.json) whose
name is also printed as a line of its own above it in the same letter (the address block), so
'Dear colleagues,' or a greeting quoted in prose is no letter. Only where two letters at least,
to two different addressees, are found does the document read as letters: each action with no
owner of its own, printed after a letter's salutation and before the next letter's, is owned
by that letter's addressee. The letters then list the plan by lead, not in its own order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from plantrace.extractors.plan_actions import Draft
from plantrace.extractors.plan_columns import Element
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import KPI, Action
from plantrace.pipeline.document import Line, Page

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/letters.json").read_text("utf-8")
)
_SALUTE = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in _DATA["salutations"])
    + r")\s+(?P<name>[^;:!?]{2,80}?)\s*,?\s*$",
    re.I,
)
_NOBODY = frozenset(_DATA["not_addressees"])
ADDRESS_LINES = 12  # the address block stands at most this many lines above the salutation


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter's opening: its salutation's place and the addressee it names."""

    page: int
    top: float
    addressee: str
    head: tuple[int, float]  # where its address block names the addressee: the letter's head


def _said(text: str) -> str:
    return " ".join(text.split()).casefold()


def salutation(text: str) -> str | None:
    """The name a salutation line greets ('Dear Head of Service,' -> 'Head of Service'), None
    where the line is no salutation or greets no one person ('Dear colleagues,')."""
    m = _SALUTE.match(" ".join(text.split()))
    if m is None:
        return None
    name = m.group("name").strip()
    return None if _said(name) in _NOBODY else name


def find_letters(pages: Sequence[Page]) -> list[Letter]:
    """The letters a document is made of, in reading order: each salutation whose name was
    printed as a line of its own just above it, since the letter before (its address block)."""
    lines: list[Line] = [ln for p in pages for ln in sorted(p.lines, key=lambda ln: ln.bbox[1])]
    letters: list[Letter] = []
    since = 0  # the first line of the present letter: an address block is within its letter
    for i, ln in enumerate(lines):
        name = salutation(ln.text)
        if name is None:
            continue
        above = lines[max(since, i - ADDRESS_LINES) : i]
        named = [a for a in above if _said(a.text) == _said(name)]
        if named:
            head = (named[-1].page, named[-1].bbox[1])
            letters.append(Letter(ln.page, ln.bbox[1], name, head))
            since = i + 1
    return letters


def _anchor(d: Draft) -> Line | None:
    """The first line of the action's own cells, where they hold lines."""
    lines = [ln for c in d.row.cells if c is not None for ln in c.lines]
    return min(lines, key=lambda ln: (ln.page, ln.bbox[1], ln.bbox[0])) if lines else None


def own_by_addressees(drafts: Sequence[Draft], pages: Sequence[Page]) -> tuple[list[Draft], bool]:
    """Actions with no owner printed in a letter get its addressee as their owner; a record
    read in a letter's head, between its address block and its salutation ('Our ref: IP/4' and
    'Date: 3 May' under the address, read as a card's fields), is the letter's furniture, no
    action. True where the document reads as letters to two addressees or more and some action
    was owned so: the plan is then listed by lead, not in its own order."""
    letters = find_letters(pages)
    if len(letters) < 2 or len({_said(x.addressee) for x in letters}) < 2:
        return list(drafts), False
    owned = False
    kept: list[Draft] = []
    for d in drafts:
        anchor = _anchor(d)
        if anchor is None:
            kept.append(d)
            continue
        at = (anchor.page, anchor.bbox[1])
        if any(x.head <= at < (x.page, x.top) for x in letters):
            continue  # the letter's reference and date under its address block
        kept.append(d)
        opened = [x for x in letters if (x.page, x.top) <= at]
        if d.owner is None and opened:
            d.owner = opened[-1].addressee
            owned = True
    return (kept, True) if owned else (list(drafts), False)


def drop_head_rows(
    elements: Sequence[Element], drafts: Sequence[Draft], kept: Sequence[Draft]
) -> None:
    """Take the rows read as no action (a letter's head: own_by_addressees) out of their
    tables too, so that no warning counts them as actions ('Date' lines read as no due date)."""
    gone = {id(d.row) for d in drafts} - {id(d.row) for d in kept}
    if not gone:
        return
    for el in elements:
        if el.table is not None:
            el.table.rows = [r for r in el.table.rows if id(r) not in gone]


def in_number_order(
    recommendations: list[Recommendation], actions: list[Action], kpis: list[KPI]
) -> tuple[list[Recommendation], list[Action], list[KPI]]:
    """The recommendations of a plan sent out as letters, in their numbers' order: each letter
    repeats the recommendations its lead has actions for, so the order first read is the
    first letter's, not the plan's. Ids are given again in the new order (r1, r2, ...) and the
    actions' and KPIs' links follow. Numbers that are not all whole numbers, or one given
    twice, leave the order read."""
    nums = [r.number for r in recommendations]
    if not all(n is not None and n.strip().isdigit() for n in nums):
        return recommendations, actions, kpis
    keys = [int(n or "0") for n in nums]
    if len(set(keys)) != len(keys) or keys == sorted(keys):
        return recommendations, actions, kpis
    ordered = sorted(recommendations, key=lambda r: int(r.number or "0"))
    ids = {r.id: f"r{i}" for i, r in enumerate(ordered, start=1)}
    recs = [r.model_copy(update={"id": ids[r.id]}) for r in ordered]
    acts = [
        a.model_copy(update={"recommendations": [ids.get(x, x) for x in a.recommendations]})
        for a in actions
    ]
    measures = [
        k.model_copy(update={"recommendation": ids.get(k.recommendation, k.recommendation)})
        if k.recommendation is not None
        else k
        for k in kpis
    ]
    return recs, acts, measures
