"""A listing's items in the plan's order: hits of a search page come in relevance order.

A search results page, a feed or a board lists the plan's parts as items, each with the path
to where it sits (`Staff Hub > Improvement Plan > Recommendation 2`, post_heads.crumb_link):
the order they are printed in is the listing's (relevance, date, votes), never the plan's. The
plan's own order is its numbering: where every action read from tables came from such items,
the actions go in their refs' order and the recommendations in their numbers' order, as a plan
listed by lead is put back (plan_actions.in_lead_ref_order). So for a table that ranks its rows
(a position counted from 1 in each group, by score): the ranking's order is not the plan's.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_cards import CRUMB_LABEL
from plantrace.extractors.plan_columns import PlanTable

MOST = 0.75  # share of the actions read from items: a stray piece read apart leaves it a listing
MIN_ITEMS = 3


def ranked_rows(tables: Sequence[PlanTable | None]) -> bool:
    """Whether the actions were read from tables that rank their rows: each such table has a
    column counting each group's rows from 1 against the refs' order (a league table's
    positions, column_roles._counts_in_groups). The rows are printed in the ranking's order; the
    plan's own order is its numbering, as a listing's is."""
    read = [t for t in tables if t is not None]
    ranked = sum(
        1 for t in read if t.reading is not None and any(c.ranks for c in t.reading.columns)
    )
    return bool(read) and ranked >= MOST * len(read)


def listing_items(tables: Sequence[PlanTable | None]) -> bool:
    """Whether the actions were read from a listing's items: the tables MOST of them came from
    (one per action) read a path's last step as the item's recommendation (CRUMB_LABEL)."""
    items = sum(1 for t in tables if t is not None and CRUMB_LABEL in t.labels)
    return items >= MIN_ITEMS and items >= MOST * len(tables)
