"""Boxes stacked in steps, read as a ruled grid: each box's own lines, as paragraphs.

A page drawn as stacked boxes of different widths (a pyramid's courses, each centred under the
one above and wider than it; a stepped diagram of stages) has rules at every box's sides, and
the table finder reads the steps' edges as a grid: each box a row, its words in whichever column
its edges happen to bound, the other cells of the row empty. Read so, the boxes are a table
with no known header, and the cards printed in them (a ref and title, a line of fields) were
read as nothing: their actions lost, said only as doubtful lines outside every action.

A grid no plan table was found in whose every row with words holds them in ONE cell, two rows
or more, the cells with words not all in one column (boxes staggered, not a list in a column),
is such a stack: its cells are read as the paragraphs of their own lines, in the rows' order,
where the card reader finds the cards in them. The evidence is the grid's shape alone.

The steps are STACKED: each box starts where the one above it ends, or below. A box drawn inside
another (a heading box holding a small badge, a score or a percentage in its corner: the outer
box a cell merged over the rows the badge's edges make) is no step: its cells overlap, and read
as paragraphs the heading and its badge came apart from the cards they head (a page of objective
boxes, each over a table of its key results: the results under a heading opened so were lost).
"""

from __future__ import annotations

from itertools import pairwise

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Cell, Table

MIN_STEPS = 2  # rows with words, at the least, for a grid to be a stack of boxes
OVERLAP_PT = 2.0  # a step may start this far above the bottom of the one above (rules' width)


def open_stacked_boxes(elements: list[Element]) -> list[Element]:
    """The elements with each stack of boxes read as a grid (module docstring) as the
    paragraphs of its cells' lines; the same list where none is one."""
    out: list[Element] = []
    for el in elements:
        cells = _steps(el)
        if cells is None:
            out.append(el)
            continue
        out += [Element(el.page, c.lines[0].top, lines=list(c.lines)) for c in cells]
    return out


def _steps(el: Element) -> list[Cell] | None:
    """The one cell with words of each row of a raw grid that is a stack of boxes, else None."""
    if el.table is not None or el.raw is None:
        return None
    return stacked_steps(el.raw)


def stacked_steps(t: Table) -> list[Cell] | None:
    """The one cell with words of each row of a ruled grid that is a stack of boxes, else
    None."""
    steps: list[tuple[int, Cell]] = []
    for row in t.rows:
        found = [(j, c) for j, c in enumerate(row) if c is not None and c.text.strip()]
        if len(found) > 1:
            return None  # two cells with words in a row: a record, not a box
        steps += found
    if len(steps) < MIN_STEPS or len({j for j, _ in steps}) < 2:
        return None  # a column of boxes is a list, read as found
    if not all(c.lines for _, c in steps):
        return None
    cells = [c for _, c in steps]
    if not _stacked(cells):
        return None  # a box inside another (a badge in a heading box): no stack of steps
    return cells


def _stacked(cells: list[Cell]) -> bool:
    """Whether each cell starts at or below the bottom of the one above it (module docstring)."""
    return all(b.bbox[1] >= a.bbox[3] - OVERLAP_PT for a, b in pairwise(cells))
