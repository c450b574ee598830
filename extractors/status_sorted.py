"""A table sorted by status: each status one run of rows, so the refs come out of order.

A tracker someone sorted on its status column (and often subtotalled: 'Red Count' after each
group) prints its actions worst first or best first, each group in ref order, so the
recommendations' actions interleave. The printed order is a view; the plan's own order is its
numbering. The evidence is the shape of the status column alone: every status read (no status
counting as one) forms exactly one run of rows, and there are two runs at least; whether the
refs then give an order (numbered in whole parts, '2.1' .. '2.4') is for the caller
(plan_actions.in_numbered_order with parts).

Pure: reads drafts' statuses; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plantrace.extractors.plan_actions import Draft

MIN_ACTIONS = 4  # fewer rows sort any way by chance
MIN_RUNS = 2  # one status throughout sorts nothing


def sorted_by_status(drafts: Sequence[Draft]) -> bool:
    """Whether the actions are printed in runs of one status each, every status in one run,
    and the recommendations' actions interleave across those runs (a recommendation's refs
    broken into blocks by another's). Runs alone are no evidence: four actions of a plan in its
    own order often rate green, green, amber, unrated by chance, and a plan that prints one
    action late ('0.1' after the rest) or two swapped is not sorted by status."""
    if len(drafts) < MIN_ACTIONS or any(d.ref is None for d in drafts):
        return False
    runs = [d.rag for n, d in enumerate(drafts) if n == 0 or d.rag != drafts[n - 1].rag]
    if not MIN_RUNS <= len(runs) == len(set(runs)):
        return False
    heads = [_head(d.ref) for d in drafts if d.ref is not None]
    if any(h is None for h in heads):
        return False
    blocks = [h for n, h in enumerate(heads) if n == 0 or h != heads[n - 1]]
    return len(blocks) > len(set(blocks))  # some recommendation's actions come in two blocks


def _head(ref: str) -> str | None:
    """A ref's first part ('2' of '2.1'), the recommendation it numbers under; None for a
    ref not numbered in parts."""
    parts = ref.strip().split(".")
    return parts[0] if len(parts) > 1 and all(p.isdigit() for p in parts) else None
