"""A table whose columns go on across the facing page: the two halves of one row joined.

A plan laid out on a sheet twice as wide as the paper it is printed on (an A3 'plan on a
page' cut down the fold onto two A4 pages) prints the first columns of its table (ref, the
action) on one page and the rest (lead, due date, status, update) on the next, under a header
row of their own. Nothing on the second page names its rows: no ref, no text. What ties a row
of one page to a row of the other is only where it stands: each row is printed as tall as the
taller of its two halves, so the rows' bands line up from one page to the next. Read apart,
the first half gives actions with no owner, date or status, the second fields with no action.

The evidence used is the shape, never the words: a table that holds none of the columns that
say what a row is (ref, action, recommendation, indicator), printed on the page after a table
that holds the action, with as many rows as that table has on its last page, each row's band
at the same height and as tall as its twin's, and no column role of the one repeated in the
other. Its columns are then the earlier table's further columns; its rows' cells join the rows
they line up with. The joined rows keep their own page (the left one, where the action is
printed); each added cell keeps its own box and lines, on the page it is printed on.
"""

from __future__ import annotations

from dataclasses import replace

from plantrace.extractors.column_roles import read_roles
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    Element,
    PlanTable,
    Row,
    header_label,
    is_header,
    row_roles,
    settle_roles,
    styled_cells,
)
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.tables import owner_grid

# columns that say which row it is: a table holding one of these is no continuation
_NAMING = frozenset({"ref", "code", "rec", "recommendation_text", "action", "theme", "indicator"})
BAND_TOL = 2.0  # points: two halves of one row, printed as one band, stand this close
MIN_ROWS = 2  # one row lining up with one row says nothing


def join_facing_pages(elements: list[Element]) -> list[Element]:
    """The elements with each table that continues the columns of the table on the page
    before it (rows tied by position only) joined into that table as its further columns;
    everything else unchanged, in order."""
    out: list[Element] = []
    for el in elements:
        t = el.table if el.raw is None else _fields_read(el.raw)
        found = _facing(out, t) if t is not None else None
        if t is not None and found is not None:
            _join(found[0], t, found[1])
            continue
        out.append(el)
    return out


def _facing(before: list[Element], right: PlanTable) -> tuple[PlanTable, dict[int, Row]] | None:
    """The action table, read above, whose rows on the page before the right half's line up
    with the right half's rows, and each of its rows' twin (by id); None where there is none."""
    if not _fields_only(right):
        return None
    page = right.rows[0].page
    for el in reversed(before):
        left = el.table
        if left is None:
            continue
        if left.kind != ACTION_TABLE or left.col("action") is None:
            return None  # the nearest table above is not an action table: no spread
        if _roles(left) & _roles(right):
            return None
        rows = [r for r in left.rows if r.page == page - 1]
        twins = _twins(rows, right.rows, _piece_top(left, page - 1), _piece_top(right, page))
        return (left, twins) if twins is not None else None
    return None


def _piece_top(t: PlanTable, page: int) -> float | None:
    """The top of the table's piece printed on the page (its header row's), if known."""
    return next((pc.bbox[1] for pc in t.pieces if pc.page == page), None)


def _twins(
    left: list[Row], right: list[Row], left_top: float | None, right_top: float | None
) -> dict[int, Row] | None:
    """Each left row's twin on the right (by the left row's id), or None where they do not
    pair. As many rows on each side: row for row, where every band matches. Fewer on the right
    (a recommendation's band printed on the left half only): each right row pairs with the left
    row at its place measured from each piece's top, every left row but bands across paired."""
    if not left or len(right) < MIN_ROWS or not all(_drawn(r) for r in [*left, *right]):
        return None
    if len(left) == len(right):
        ok = _bands_match(left, right)
        return {id(a): b for a, b in zip(left, right, strict=True)} if ok else None
    if left_top is None or right_top is None or len(right) > len(left):
        return None
    out: dict[int, Row] = {}
    for b in right:
        a = next((a for a in left if _same_band(a, b, left_top, right_top)), None)
        if a is None or id(a) in out:
            return None
        out[id(a)] = b
    if any(id(a) not in out and _band(a) is None for a in left):
        return None
    return out


def _drawn(row: Row) -> bool:
    """A row with a cell to place it by."""
    return any(c is not None for c in row.cells)


def _same_band(a: Row, b: Row, a0: float, b0: float) -> bool:
    """Two rows at one place and height, each measured from its own origin."""
    (_, at, _, ab), (_, bt, _, bb) = a.bbox, b.bbox
    return abs((at - a0) - (bt - b0)) <= BAND_TOL and abs((ab - at) - (bb - bt)) <= BAND_TOL


def _fields_read(t: Table) -> PlanTable | None:
    """A table left unread for want of a column naming its rows, read as the further fields
    of an action table where its header row names two columns of one at least (a lead, a
    date, a status): the table reader leaves such a grid raw, for it lists nothing."""
    if len(t.rows) < 1 + MIN_ROWS:
        return None
    texts = [c.text if c is not None else "" for c in t.rows[0]]
    named = [r for r in row_roles(texts) if r is not None]
    if len(named) < 2 or set(named) & _NAMING or not is_header(texts, styled_cells(t.rows[0])):
        return None
    grid = owner_grid(t)[1:]
    columns = [
        [c.text for row in grid if j < len(row) and (c := row[j]) is not None and c.text]
        for j in range(len(texts))
    ]
    labels = [header_label(x) for x in texts]
    roles = settle_roles(row_roles(texts), ACTION_TABLE, columns)
    reading = read_roles(ACTION_TABLE, roles, labels, columns, table=t)
    rows = [Row(cells=list(row), page=t.page, merged_above=[False] * len(row)) for row in grid]
    top = t.bbox[1]
    return PlanTable(ACTION_TABLE, reading.roles, labels, rows, t.page, top, [t], reading)


def _fields_only(t: PlanTable) -> bool:
    """An action table on one page that names no row: fields of rows printed elsewhere."""
    return (
        t.kind == ACTION_TABLE
        and len(t.rows) >= MIN_ROWS
        and len({r.page for r in t.rows}) == 1
        and not _roles(t) & _NAMING
        and bool(_roles(t))
    )


def _roles(t: PlanTable) -> set[str]:
    return {r for r in t.roles if r is not None and r != "other"}


def _bands_match(left: list[Row], right: list[Row]) -> bool:
    """Row for row, the same band: the same top (the pages may place the table alike or one
    lower, so measured from each table's first row) and the same height."""
    if len(left) != len(right) or len(left) < MIN_ROWS:
        return False
    l0, r0 = left[0].bbox[1], right[0].bbox[1]
    return all(_same_band(a, b, l0, r0) for a, b in zip(left, right, strict=True))


def _join(left: PlanTable, right: PlanTable, twins: dict[int, Row]) -> None:
    """The right half's columns added to the left table, its rows' cells to their twins'.

    A row of the left half that is one band across (a recommendation's shaded row, one cell
    over every column) whose twin holds no text, or that has none, stays one band across the
    joined row."""
    width = len(left.roles)
    for row in left.rows:
        twin = twins.get(id(row))
        if twin is None and _band(row) is None:
            _pad(row, width, len(right.roles))
            continue
        cells = list(twin.cells[: len(right.roles)]) if twin is not None else []
        cells += [None] * (len(right.roles) - len(cells))
        _pad(row, width, 0)
        band = _band(row)
        if band is not None and not any(c is not None and c.text.strip() for c in cells):
            row.cells += [band] * len(cells)
            row.merged_above += [False] * len(cells)
            continue
        row.cells += cells
        above = list(twin.merged_above[: len(cells)]) if twin is not None else []
        row.merged_above += above + [False] * (len(cells) - len(above))
    left.roles = [*left.roles, *right.roles]
    left.labels = [*left.labels, *right.labels]
    left.pieces = [*left.pieces, *right.pieces]
    if left.reading is not None and right.reading is not None:
        added = [replace(c, index=c.index + width) for c in right.reading.columns]
        left.reading.columns = [*left.reading.columns, *added]
    # the status tints of the right half's sibling tables: read with its status column
    left.peer_fills = [*left.peer_fills, *right.peer_fills]
    aligned = all(len(t.peer_words) == len(t.peer_fills) for t in (left, right))
    left.peer_words = [*left.peer_words, *right.peer_words] if aligned else []


def _pad(row: Row, width: int, more: int) -> None:
    """The row given a slot (empty) for each column up to width, and more after them."""
    short = width - len(row.cells) + more
    if short > 0:
        row.cells += [None] * short
    row.merged_above += [False] * (len(row.cells) - len(row.merged_above))


def _band(row: Row) -> Cell | None:
    """The one cell a row holds across all its columns (a section band), else None."""
    cells = [c for c in row.cells if c is not None]
    if not cells or any(c is not cells[0] for c in cells):
        return None
    return cells[0] if len(row.cells) > 1 else None
