"""An action table made from records of fixed fields: the cards of a board, the leaves of a
diagram, cards opened by a kicker line.

Readers of plans that are not tables collect, per action, one text for each of a fixed list of
fields (ref, action, owner, ...). Read as a table, those records go through the same column
roles as a printed table does (settle_roles, read_roles), so what a field holds still decides
its role; each reader's own evidence leads every column's."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plantrace.extractors.column_roles import read_roles
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row, settle_roles
from plantrace.pipeline.document import BBox, Cell, Line, Table, Word


def record_table(
    texts: Sequence[Sequence[str]],
    cell: Callable[[int, int], Cell | None],
    roles: Sequence[str | None],
    labels: Sequence[str],
    evidence: str,
    page: int,
    top: float,
    tints: bool = False,
) -> PlanTable | None:
    """The records as an action table whose columns are the fields any record fills; None when
    no column reads as the action. texts: each record's text per field (in the order of roles
    and labels); cell(record, field): that field's cell, made only for the columns kept.
    tints: the cells' fills are the plan's own (a status word on its colour), weighed as a
    printed table's are (column_roles.tinted_words)."""
    cols = [[record[j] for record in texts] for j in range(len(roles))]
    keep = [j for j, col in enumerate(cols) if any(col)]
    settled = settle_roles([roles[j] for j in keep], ACTION_TABLE, [cols[j] for j in keep])
    kept_labels = [labels[j] for j in keep]
    grid = None
    if tints and texts:
        cells = [[cell(i, j) for j in keep] for i in range(len(texts))]
        boxes = [c.bbox for row in cells for c in row if c is not None]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
               max(b[2] for b in boxes), max(b[3] for b in boxes)) if boxes else (0, 0, 0, 0)  # fmt: skip
        head: list[Cell | None] = [None] * len(keep)  # no header row: the grid's first is none
        grid = Table(page, box, [head, *cells], True)
    reading = read_roles(ACTION_TABLE, settled, kept_labels, [cols[j] for j in keep], table=grid)
    if "action" not in reading.roles:
        return None
    for col in reading.columns:
        col.evidence.insert(0, evidence)
    rows = [
        Row(cells=[cell(i, j) for j in keep], page=page, merged_above=[False] * len(keep))
        for i in range(len(texts))
    ]
    labels_kept = list(kept_labels)  # the table's own list: a reader may add a column to it
    return PlanTable(ACTION_TABLE, list(reading.roles), labels_kept, rows, page, top, [], reading)


def word_cell(text: str, words: Sequence[Word], page: int, fill: str | None = None) -> Cell | None:
    """A record's field as a cell: its text over the box of the words it was read from (one
    line), so provenance points at the field; None for a field the record leaves empty."""
    if not text or not words:
        return None
    box = (
        min(w.x0 for w in words), min(w.top for w in words),
        max(w.x1 for w in words), max(w.bottom for w in words),
    )  # fmt: skip
    line = Line(text, box, box[3] - box[1], False, page, 0)
    line.words = list(words)
    return Cell(text, box, [line], fill=fill)


def fields_table(
    rows: Sequence[Sequence[tuple[str, list[Word]]]],
    boxes: Sequence[BBox],
    page: int,
    roles: Sequence[str | None],
    labels: Sequence[str],
    evidence: str,
) -> tuple[PlanTable, BBox] | None:
    """Records of (text, words) fields drawn in boxes on one page as an action table, with the
    extent of those boxes (the region the page's other readers leave alone)."""
    extent = (
        min(b[0] for b in boxes), min(b[1] for b in boxes),
        max(b[2] for b in boxes), max(b[3] for b in boxes),
    )  # fmt: skip
    texts = [[f[0] for f in r] for r in rows]
    table = record_table(
        texts, lambda i, j: word_cell(*rows[i][j], page), roles, labels, evidence, page, extent[1]
    )
    return (table, extent) if table is not None else None
