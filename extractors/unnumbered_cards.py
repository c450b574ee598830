"""Runs of unnumbered, unrated items printed between a plan's numbered actions: no actions.

An objectives page (objectives, key results, initiatives) prints under each objective a few
measurable results with the same 'Led by' and 'Due' fields as its actions, so the card reader
takes each as a table of the plan's columns. What tells them apart is what the items carry:
the plan numbers every action ('2.1') and gives each a status, while the results have no ref
and no status (a progress share instead: a figure with a per cent sign). Where the plan's other action tables are numbered
row for row, a table none of whose rows has a ref or a status is another kind of item (key
results, milestones, measures): its rows are set aside, and said, never dropped silently.
"""

from __future__ import annotations

from plantrace.extractors.plan_actions import Draft
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.values import split_figures

_MIN_NUMBERED = 4  # numbered actions the plan's other tables hold: a numbering to go by
_MIN_TABLES = 2  # numbered tables: one table alone is no evidence of the plan's habit


def without_unnumbered_runs(
    drafts: list[Draft], placed: dict[int, int]
) -> tuple[list[Draft], list[ExtractionWarning]]:
    """The drafts less those of tables with no ref and no status on any row, where the plan's
    other tables number every row; a warning with the count. Unchanged where any table mixes
    numbered and unnumbered rows (an unnumbered action there is the plan's own)."""
    by_table: dict[int, list[Draft]] = {}
    for d in drafts:
        by_table.setdefault(placed.get(id(d), -1), []).append(d)
    numbered = [t for t, ds in by_table.items() if all(d.ref for d in ds)]
    bare = [
        t
        for t, ds in by_table.items()
        if not any(d.ref or d.rag for d in ds) and all(_shares_progress(d) for d in ds)
    ]
    if not bare or -1 in by_table or len(numbered) + len(bare) != len(by_table):
        return drafts, []
    count = sum(len(by_table[t]) for t in numbered)
    if len(numbered) < _MIN_TABLES or count < _MIN_NUMBERED:
        return drafts, []
    if not any(d.rag for t in numbered for d in by_table[t]):
        return drafts, []  # the numbered actions carry no status either: no contrast to read
    dropped = {id(d) for t in bare for d in by_table[t]}
    pages = sorted({d.row.page for t in bare for d in by_table[t]})
    said = ExtractionWarning(
        code="unnumbered_items_dropped",
        message=(
            f"{len(dropped)} item(s) printed with owner and due fields but no ref and no status,"
            f" between {count} numbered action(s) that have both, are read as another kind of"
            " item (key results, measures), not actions; check them"
        ),
        page=pages[0] if pages else None,
    )
    return [d for d in drafts if id(d) not in dropped], [said]


def _shares_progress(draft: Draft) -> bool:
    """The item prints a share of progress ('59%', a key result's bar): a measure's reading.
    An unnumbered, unrated action of the plan's own (a section whose actions carry no refs)
    prints none, and stays an action."""
    return any(w.endswith("%") and split_figures(w) for w in draft.text.split())
