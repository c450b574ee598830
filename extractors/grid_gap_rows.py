"""An unruled row of several cells printed between two pieces of one ruled grid.

A spreadsheet list run through a subtotal command (Excel's Data > Subtotal, LibreOffice's
Data > Subtotals) closes each group of rows with a row of its own: the group's count or sum
under one column and '<value> Count' under the column grouped on. Such rows are printed
without borders, so the rulings make one grid per group and the subtotal row floats between
two of them, its text in the grid's columns. Read as a title across the grid it would be one
cell; read as nothing, the grids after the first lose the header and are no plan table.
The row is a row of the table, each run of text in the column it is printed in (whether it is
an action is then for the rows' own checks: a total row is none, see plan_totals).

Pure: reads lines and a table's cells; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Line, Table, Word, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import column_edges

_SLACK = (
    2.0  # points a run of text may stand left of its column's rule (rounding, a centred figure)
)
MIN_GAP = 6.0  # points between two cells' texts: more than a word space
MIN_CELLS = 2  # a row of one run of text is a title across the grid, read as such


def gap_row(grid: Table, lines: Sequence[Line]) -> list[Cell | None] | None:
    """The lines between two pieces of grid as one row of its columns, or None where they are
    no such row: a line running over a column's rule (a title across the grid), or fewer than
    MIN_CELLS columns holding text (one title, read as a title row)."""
    edges = column_edges(grid)
    if not lines or not grid.rows or len(edges) != len(grid.rows[0]):
        return None
    rights = [*edges[1:], grid.bbox[2]]
    by_col: dict[int, list[Line]] = {}
    for ln in lines:
        pieces = _pieces(ln, edges, rights)
        if pieces is None:
            return None
        for col, piece in pieces:
            by_col.setdefault(col, []).append(piece)
    if len(by_col) < MIN_CELLS:
        return None
    row: list[Cell | None] = [None] * len(edges)
    for col, held in by_col.items():
        held = sorted(held, key=lambda ln: (ln.top, ln.x0))
        box = lines_bbox(held)
        cell_box = (edges[col], box[1], rights[col], box[3])
        row[col] = Cell(join_text(ln.text for ln in held), cell_box, held)
    # the empty columns get empty cells: the row is no merged title, every slot is its own
    top = min(c.bbox[1] for c in row if c is not None)
    bottom = max(c.bbox[3] for c in row if c is not None)
    return [
        c if c is not None else Cell("", (edges[j], top, rights[j], bottom), [])
        for j, c in enumerate(row)
    ]


def _pieces(
    ln: Line, edges: Sequence[float], rights: Sequence[float]
) -> list[tuple[int, Line]] | None:
    """The line cut at the grid's rules (a text line read across the row joins its cells'
    words: '3 Red Count'), each piece with its column; None where a word runs over a rule."""
    words = ln.words or []
    if not words:
        col = _column(ln.bbox[0], ln.bbox[2], edges, rights)
        return None if col is None else [(col, ln)]
    groups: dict[int, list[Word]] = {}
    last: tuple[int, Word] | None = None
    for w in sorted(words, key=lambda w: w.x0):
        col = _column(w.x0, w.x1, edges, rights)
        if col is None:
            return None
        if last is not None and last[0] != col and w.x0 - last[1].x1 < MIN_GAP:
            return None  # a run of words wrapping over a rule: a title across, not cells
        groups.setdefault(col, []).append(w)
        last = (col, w)
    if len(groups) == 1:
        return [(next(iter(groups)), ln)]
    return [(col, _part(ln, ws)) for col, ws in groups.items()]


def _part(ln: Line, words: list[Word]) -> Line:
    """The line made of some of its words (their text and extent)."""
    box = (words[0].x0, ln.top, words[-1].x1, ln.bottom)
    text = " ".join(w.text for w in words)
    return Line(text, box, ln.font_size, ln.bold, ln.page, ln.index, words=words)


def _column(x0: float, x1: float, edges: Sequence[float], rights: Sequence[float]) -> int | None:
    """The column whose rules the extent lies between, None where it runs over one."""
    for j, (left, right) in enumerate(zip(edges, rights, strict=True)):
        if x0 >= left - _SLACK and x1 <= right + _SLACK:
            return j
    return None
