"""Rows of a band of columns caught between two copies of a repeated header.

Bands of columns printed side by side (a recommendation's action | owner | due | status each,
a blank gap between) have their own rows, of their own heights. Where one band's row sits level
with its neighbours' rows, the rulings of all three meet and the reader makes one grid of them;
the bands whose header is in that grid are cut out by their header's copies (band_copies), and
the middle band's row, whose header lies in a grid of its own above, fell between the copies and
was lost with no word. Such a row is still a row of a band: two or more filled cells in adjacent
columns between the copies, no wider than a band. It is given back as a piece of its own (no
header), for the title-row stitching to join to the band above it in the same columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Table

_MIN_FILLED = 2  # cells of a band's row at the least: an action and its owner, date or status


def rows_between_bands(t: Table, copies: Sequence[range]) -> list[Table]:
    """Pieces of band rows lying between the header copies of table t, one per gap that holds
    any, each in the band's width of columns (the copies' width) from its first filled cell."""
    if len(copies) < 2:
        return []
    width = len(copies[0])
    pieces: list[Table] = []
    for left, right in zip(copies, copies[1:], strict=False):
        pieces += _between(t, left.stop, right.start, width)
    return pieces


def _filled(cell: Cell | None) -> bool:
    return cell is not None and bool(cell.text.strip())


def _between(t: Table, lo: int, hi: int, width: int) -> list[Table]:
    """The rows of a band in columns lo..hi-1 of t: rows with cells filled in adjacent columns,
    all from one first column, none past a band's width."""
    found: list[tuple[int, list[int]]] = []
    for k, row in enumerate(t.rows):
        filled = [j for j in range(lo, min(hi, len(row))) if _filled(row[j])]
        if len(filled) >= _MIN_FILLED:
            found.append((k, filled))
    if not found:
        return []
    start = min(f[0] for _, f in found)
    if any(f[-1] - start >= width for _, f in found) or start + width > hi:
        return []  # text wider than a band, or running into the next copy: no band's row
    rows = [list(t.rows[k][start : start + width]) for k, _ in found]
    cells = [c for row in rows for c in row if c is not None]
    box = (
        min(c.bbox[0] for c in cells),
        min(c.bbox[1] for c in cells),
        max(c.bbox[2] for c in cells),
        max(c.bbox[3] for c in cells),
    )
    return [Table(t.page, box, rows, t.ruled)]
