"""A table whose header row is printed above its ruled body, outside the rules.

Web pages and some report tools rule a table's body (a border round each cell) but print its
header row as plain text above it (an HTML `<thead>` with no borders). The header reads as a
table of known columns with no rows, the body under it as a ruled grid no header names. Where
the grid starts right under the header, with as many columns, each standing under a header
cell, the grid's rows are that table's rows.
"""

from __future__ import annotations

from plantrace.extractors.plan_columns import Element, PlanTable, Row
from plantrace.pipeline.document import Table

EDGE_SLACK = 8.0  # points: a header cell's left edge and its column's, give or take padding
GAP_LINES = 2.5  # header heights: the body starts this close under the header


def join_ruled_bodies(elements: list[Element]) -> list[Element]:
    """Each table of known columns with no rows followed by the ruled grid of its body: one
    table, the grid's rows its rows; elements as they were elsewhere."""
    out: list[Element] = []
    skip = -1
    for i, el in enumerate(elements):
        if i == skip:
            continue
        t = el.table
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        if t is not None and not t.rows and nxt is not None and nxt.raw is not None:
            rows = _body_rows(t, nxt.raw)
            if rows is not None:
                t.rows = rows
                t.pieces = [*t.pieces, nxt.raw]
                skip = i + 1
        out.append(el)
    return out


def _body_rows(t: PlanTable, body: Table) -> list[Row] | None:
    """The body's rows, when it stands right under the header with a column under each of its
    cells; None otherwise."""
    if not t.pieces or not body.rows or body.page != t.page:
        return None
    head = t.pieces[-1]
    if not head.rows:
        return None
    header = [c for c in head.rows[-1] if c is not None]
    width = len(t.roles)
    if len(header) != width or any(len(r) != width for r in body.rows):
        return None
    height = max(head.bbox[3] - head.bbox[1], 1.0)
    if not 0 <= body.bbox[1] - head.bbox[3] + 1.0 <= GAP_LINES * height:
        return None
    lefts = _lefts(body)
    if lefts is None or any(
        abs(h.bbox[0] - x) > EDGE_SLACK for h, x in zip(header, lefts, strict=True)
    ):
        return None
    return [Row(cells=list(r), page=body.page, merged_above=[False] * width) for r in body.rows]


def _lefts(body: Table) -> list[float] | None:
    """Each column's left edge: the leftmost cell edge down the column."""
    edges: list[float] = []
    for k in range(len(body.rows[0])):
        cells = [r[k] for r in body.rows if r[k] is not None]
        if not cells:
            return None
        edges.append(min(c.bbox[0] for c in cells if c is not None))
    return edges
