"""A small grid under a header row is no 'label | value' card.

A form often prints, under its 'label | value' rows, a grid of its own: 'Milestone | Date |
Done / open' over a few rows of milestones. Each row's first cell is short text, so the grid
reads like label | value rows, and the same milestone names coming back form after form make
it look like a run of cards (plan_cards.adopt_table_cards), each card an extra action. What
sets it apart is its shape: every row splits into the same three or more cells, and a column
holds dates in every row under the first while its first cell is a word naming the column:
a header row over columns, not a field. A card's value runs over the row (one cell, often
merged) and its values change type from row to row (a reference, a name, a date, a status).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.cell_types import CellType, cell_type

MIN_WIDTH = 3  # label | value cards print one value cell (merged); a grid splits into columns
MIN_BODY = 2  # rows under the header: one row's dates could be a card's two date fields


def headed_grid(rows: Sequence[Sequence[str]]) -> bool:
    """Rows (each row's non-empty cell texts) open with a grid under a header row: the first
    row at least MIN_WIDTH cells of words with no digit, at least MIN_BODY rows under it as
    wide (a row of another shape after them, a note signed under the grid, ends it), and one
    of the later columns a date in every one of them while its header cell is none."""
    if not rows or len(rows[0]) < MIN_WIDTH:
        return False
    head, width = rows[0], len(rows[0])
    body: list[Sequence[str]] = []
    for r in rows[1:]:
        if len(r) != width:
            break  # a line of another shape under the grid ('Form completed by ... on ...')
        body.append(r)
    if len(body) < MIN_BODY:
        return False
    if any(not h.strip() or any(ch.isdigit() for ch in h) for h in head):
        return False
    return any(
        cell_type(head[j]) is not CellType.date
        and all(cell_type(r[j]) is CellType.date for r in body)
        for j in range(1, width)
    )
