"""A header row set bottom-aligned in smaller type than its rows: its wrapped cells' upper lines
stand above the row, and only some of its cells are bold.

Why: a web form's table may print its column heads at the foot of the header row
(vertical-align: bottom), a size smaller than the rows, the columns of the plan in bold and
a scale's steps in plain type ('Not / underway', 'Faltering', ...). The head's one full line is
then its LAST line: the cells that wrap ('Date we will / be there', 'Not / underway') print
their upper lines alone above it. Read top-down, the upper line ('Date we will   Not') was no
row of headers, the full line was not all bold (so not styled as a header), and the rows under
it, a size larger, ended the table at the header itself: the table was never read, and its rows
were taken for cards.

The evidence is the type and the stacking, never the words:
- styled: some line of the row is bold, and every line of it is set smaller than the first
  line under the row (a head in small type over the rows it names);
- upper tiers: lines just above a line of the row (their bottom within a line's gap of its
  top), in the row's size, over it (x-spans overlapping), with nothing else between: a
  wrapped cell's upper lines, read with the row;
- the rows' size: the first line under the row, where it is larger than the row's own
  (the table ends at a size change from its rows, not from its head).

Pure: reads lines in reading order (a table's rows); no I/O.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from plantrace.pipeline.document import Line, Ruling, Table

ROW_TOL = 2.0  # points: lines of one row start this close in height
TIER_GAP = 0.5  # font sizes: an upper tier's bottom lies this close above its cell's next line
SMALLER = 0.5  # points: a head this much smaller than the rows is set in smaller type
WRAPS = 2  # lower lines of a capitals head's wrapped cells, at most


def _row(order: Sequence[Line], i: int) -> list[Line]:
    ln = order[i]
    return [x for x in order if abs(x.top - ln.top) <= ROW_TOL]


def _below(order: Sequence[Line], row: Sequence[Line]) -> Line | None:
    """The first line under the row (by top)."""
    bottom = max(x.bottom for x in row)
    under = [x for x in order if x.top >= bottom - 0.5 and all(x is not r for r in row)]
    return min(under, key=lambda x: (x.top, x.x0), default=None)


def small_styled_head(order: Sequence[Line], i: int) -> bool:
    """The row at i is partly bold and set smaller than the line under it: a header row in
    small type whose plain cells are a scale's steps."""
    row = _row(order, i)
    if not any(x.bold for x in row) or all(x.bold for x in row):
        return False
    nxt = _below(order, row)
    size = max(x.font_size for x in row)
    return nxt is not None and nxt.font_size - size >= SMALLER


def small_capitals_head(order: Sequence[Line], i: int) -> bool:
    """The row at i is set in capitals, smaller than the line under it: a header row set apart
    by its case and size (a style's upper-case transform over plain, larger rows), as a bold
    or letter-spaced one is by its weight or spacing. Its letters all capitals, two at least
    in each line; the caller needs two runs of words (cells) in it."""
    if any(ch.isalpha() and not ch.isupper() for ch in order[i].text):
        return False  # the line is in its row: a letter of its own not a capital says no
    row = _row(order, i)
    letters = [ch for x in row for ch in x.text if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return False
    size = max(x.font_size for x in row)
    nxt = _below(order, row)
    for _ in range(WRAPS):
        # a wrapped cell's lower line ('WHO CARRIES' over 'IT'): capitals in the row's size
        # right under it are the row's still; the rows' first line is under them
        if (
            nxt is None
            or abs(nxt.font_size - size) > 0.3
            or nxt.top - max(x.bottom for x in row) > 0.8 * size
        ):
            break
        if not all(ch.isupper() for ch in nxt.text if ch.isalpha()):
            break
        row = [*row, *_row(order, next(j for j, x in enumerate(order) if x is nxt))]
        nxt = _below(order, row)
    return nxt is not None and nxt.font_size - size >= SMALLER


def framed_row(order: Sequence[Line], i: int, uprights: Sequence[Ruling]) -> bool:
    """The row at i stands inside a drawn frame: upright rules beside it on both sides, each
    running past its top and bottom (a card's box round its row of field labels)."""
    row = _row(order, i)
    x0, x1 = min(x.x0 for x in row), max(x.bbox[2] for x in row)
    top, bottom = min(x.top for x in row), max(x.bottom for x in row)
    spans = [r for r in uprights if r.top <= top and r.bottom >= bottom]
    return any(r.x1 <= x0 + 1.0 for r in spans) and any(r.x0 >= x1 - 1.0 for r in spans)


def upper_tiers(order: Sequence[Line], i: int) -> list[Line]:
    """The lines stacked just above the row at i in its size: its wrapped cells' upper lines."""
    row = _row(order, i)
    size = order[i].font_size
    found: list[Line] = []
    level = list(row)
    while True:
        top = min(x.top for x in level)
        above = [
            x
            for x in order
            if x.bottom <= top + 1.0
            and abs(x.font_size - size) <= 0.5
            and all(x is not y for y in [*row, *found])
            and any(
                0 <= y.top - x.bottom <= TIER_GAP * size
                and min(x.bbox[2], y.bbox[2]) > max(x.x0, y.x0)
                for y in level
            )
        ]
        if not above:
            return found
        found += above
        level = above


def rows_font(order: Sequence[Line], i: int) -> float | None:
    """The size of the rows under a small-type header row at i (None: the same size)."""
    row = _row(order, i)
    nxt = _below(order, row)
    size = max(x.font_size for x in row)
    if nxt is None or nxt.font_size - size < SMALLER:
        return None
    return nxt.font_size


def small_head_row(table: Table) -> bool:
    """The table's first row is such a head: partly bold, every line of it set smaller than
    the lines of the rows under it (their median size)."""
    if len(table.rows) < 2:
        return False
    head = [ln for c in table.rows[0] if c is not None for ln in c.lines]
    body = [ln.font_size for r in table.rows[1:] for c in r if c is not None for ln in c.lines]
    if not head or not body or all(ln.bold for ln in head) or not any(ln.bold for ln in head):
        return False
    return statistics.median(body) - max(ln.font_size for ln in head) >= SMALLER


def small_capitals_row(table: Table) -> bool:
    """The table's first row is set in capitals smaller than the rows under it (their median
    size): a header row set apart by a style's upper-case transform, as small_capitals_head
    reads it among the page's lines. Read on the table too, so that the header styled so is
    styled when its labels are weighed (plan_columns.read_header): labels no vocabulary holds
    ('WHOSE DESK', 'ON THE LIST') over such a row are a header all the same."""
    if len(table.rows) < 2:
        return False
    head = [ln for c in table.rows[0] if c is not None for ln in c.lines]
    body = [ln.font_size for r in table.rows[1:] for c in r if c is not None for ln in c.lines]
    letters = [ch for ln in head for ch in ln.text if ch.isalpha()]
    if not head or not body or len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return False
    return statistics.median(body) - max(ln.font_size for ln in head) >= SMALLER
