"""Striped rows drawn one shaded rectangle per cell: the bands of an unruled table.

A web report's table visual shades every other row (zebra rows) and draws no rules: each
shaded row is a run of filled rectangles side by side, one per cell, whose edges make a grid
of one row and several columns. Read as ruled tables those bands take their rows out of the
table they belong to (a row of an unruled table read as a headerless grid of its own: every
other action lost). The bands are told by what surrounds them: boxes of one row each, the same left and right edges, and between two of them an unshaded row of text
in the same columns (the row the stripes alternate with). Their text belongs to the
unruled-table pass, which reads the header and all the rows together.

The shade itself is no sign: a zebra row's grey is nearly white (no coloured fill is kept for
it) and a row boxed by a stroke reads the same way; the alternation is the sign.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.pipeline.document import BBox, Line, Page, Table, Word

_EDGE = 2.0  # points: a fill's side this close to a band's side is the band's
_MIN_BANDS = 2  # shaded rows of one table, at the least, alternating with unshaded ones
_MIN_COLUMNS = 2  # cells of a band: one-cell bands are plan_columns._row_bands's
_ROW_WORDS = 2  # columns of a band the unshaded row between two bands has words in


def striped_row_bands(tables: Sequence[Table], page: Page) -> set[int]:
    """ids of the one-row, several-column 'tables' that are the shaded rows of a striped
    unruled table (see the module's doc). Cheapest signs first: one row, two cells or more
    with words."""
    shaded = [t for t in tables if _one_row(t)]
    if not shaded:
        return set()
    stacks: dict[tuple[int, int, int], list[Table]] = {}
    for t in shaded:
        key = (round(t.bbox[0] / 3), round(t.bbox[2] / 3), len(t.rows[0]))
        stacks.setdefault(key, []).append(t)
    others = [t.bbox for t in tables]
    lines = _ByTop.of(page)
    out: set[int] = set()
    for stack in stacks.values():
        stack.sort(key=lambda t: t.bbox[1])
        edges = _cell_edges(stack[0])
        if len(stack) < _MIN_BANDS:  # one band (a table of three rows): rows both sides of it
            if _sandwiched(stack[0].bbox, edges, lines, others):
                out.add(id(stack[0]))
            continue
        if any(_cell_edges(t) != edges for t in stack[1:]):
            continue  # bands of one table share its columns
        if all(
            _row_between(a.bbox, b.bbox, edges, lines, others)
            for a, b in zip(stack, stack[1:], strict=False)
        ):
            out.update(id(t) for t in stack)
    if out:  # the frame of the visual holding a striped table: one box round title and rows
        bands = [t.bbox for t in tables if id(t) in out]
        out.update(id(t) for t in tables if _frame_round(t, bands))
    return out


@dataclass(frozen=True)
class _ByTop:
    """A page's lines sorted by their tops, read once per page: the lines in a gap between
    two bands are then found by bisection, not by walking the page for every pair."""

    lines: list[Line]
    tops: list[float]
    tallest: float

    @classmethod
    def of(cls, page: Page) -> _ByTop:
        lines = sorted(page.lines, key=lambda ln: ln.top)
        tallest = max((ln.bottom - ln.top for ln in lines), default=0.0)
        return cls(lines, [ln.top for ln in lines], tallest)

    def crossing(self, top: float, bottom: float) -> list[Line]:
        """The lines reaching into top..bottom (a line may start above it)."""
        lo = bisect_left(self.tops, top - self.tallest)
        hi = bisect_left(self.tops, bottom)
        return [ln for ln in self.lines[lo:hi] if ln.top < bottom and ln.bottom > top]


def _sandwiched(band: BBox, edges: tuple[int, ...], lines: _ByTop, boxes: Sequence[BBox]) -> bool:
    """A lone band with a row of the same columns just above it and just below it (within a
    band's height): the one shaded row of a short striped table."""
    x0, y0, x1, y1 = band
    reach = 1.5 * (y1 - y0)
    above = (x0, y0 - reach - 1.0, x1, y0 - reach - 1.0)
    below = (x0, y1 + reach + 1.0, x1, y1 + reach + 1.0)
    return _row_between(above, band, edges, lines, boxes) and _row_between(
        band, below, edges, lines, boxes
    )


def _frame_round(t: Table, bands: Sequence[BBox]) -> bool:
    """A box of one cell holding bands of a striped table: a frame drawn round the table (and
    its title), no table of its own; what it holds is the unruled table's."""
    if len(t.rows) != 1 or len(t.rows[0]) != 1:
        return False
    return any(_holds(t.bbox, b) and t.bbox != b for b in bands)


def _one_row(t: Table) -> bool:
    if len(t.rows) != 1 or len(t.rows[0]) < _MIN_COLUMNS:
        return False
    cells = [c for c in t.rows[0] if c is not None]
    return len(cells) >= _MIN_COLUMNS and sum(1 for c in cells if c.text.strip()) >= _ROW_WORDS


def _cell_edges(t: Table) -> tuple[int, ...]:
    return tuple(round(c.bbox[0] / 3) for c in t.rows[0] if c is not None)


def _row_between(
    above: BBox, below: BBox, edges: tuple[int, ...], lines: _ByTop, boxes: Sequence[BBox]
) -> bool:
    """An unshaded row of the same table between two bands: words between them (by their
    middles: the reader may run the rows on each side of a band into one line), inside the
    bands' width and in no ruled box, in two or more of the bands' columns."""
    x0, x1 = above[0], above[2]
    top, bottom = above[3] - 1.0, below[1] + 1.0
    if bottom - top <= 0:
        return False
    # a frame round the whole visual (a card holding the table) holds the bands too; a box
    # that reaches into no part of the gap holds none of its words
    boxes = [
        b for b in boxes if b[1] <= bottom and b[3] >= top and b[0] <= x1 + _EDGE
        and b[2] >= x0 - _EDGE and not _holds(b, above) and not _holds(b, below)
    ]  # fmt: skip
    words = [
        w for ln in lines.crossing(top, bottom) for w in ln.words
        if top <= (w.top + w.bottom) / 2 <= bottom and x0 - _EDGE <= w.x0 and w.x1 <= x1 + _EDGE
        and not any(_inside(w, b) for b in boxes)
    ]  # fmt: skip
    starts = sorted(e * 3.0 for e in edges)
    cols = {sum(1 for s in starts if s <= w.x0 + _EDGE) for w in words}
    return len(cols) >= _ROW_WORDS


def _inside(w: Word, b: BBox) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def _holds(b: BBox, inner: BBox) -> bool:
    return (
        b[0] <= inner[0] + _EDGE and b[1] <= inner[1] + _EDGE
        and b[2] >= inner[2] - _EDGE and b[3] >= inner[3] - _EDGE
    )  # fmt: skip
