"""An unruled table under a header row naming no plan column whose rows are field changes.

A system's change log (`Changed | Changed by | Record | Field | Old value | New value`)
names no plan column in its header: the table is kept only where its cells happen to read as a
plan table (a 'New value' column of sentences taken for actions). A log whose first page
holds mostly one field's changes (statuses moving on) had no such luck: its rows were left as
loose lines and the whole plan read nothing.

What keeps it, by the cells and not by any system's words: the rows under the header have a
column of short labels that recur and name plan columns (a field-value export's field column,
field_value_rows), or the same header row was kept over a table on an earlier page (its next
piece). Kept as a raw table, its pieces are joined and pivoted as an export or a change log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Table

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Element, PlanTable

UNJOINED = "log_piece_unjoined"
MAX_STEP_WORDS = 4  # a status step is short (a note of progress is no step)


def field_change_rows(t: Table, need: int = 0) -> bool:
    """The table's rows under its header hold a field column: short labels that recur, naming
    enough plan columns (field_value_rows' test; need: how many, where not its least) to be a
    record's fields."""
    from plantrace.extractors.field_value_rows import MIN_NAMED_FIELDS, _field_labels, _texts

    texts = [_texts(r) for r in t.rows[1:]]
    if len(texts) < MIN_NAMED_FIELDS or len(t.rows[0]) < 4:
        return False
    width = max(len(r) for r in texts)
    texts = [r + [""] * (width - len(r)) for r in texts]
    return any(_field_labels(texts, j) >= (need or MIN_NAMED_FIELDS) for j in range(width))


def unjoined_log_pieces(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """A piece of a log of field changes left as printed: its rows hold a field column, or
    its header row repeats the header over a table read on an earlier page, yet it was joined
    to no table (its columns did not line up with the open log's, or its width differed). Its
    changes, often a record's latest (a status, a date moved), were not read: said, with the
    page, never dropped silently."""
    heads: dict[tuple[str, ...], int] = {}
    out: list[ExtractionWarning] = []
    for e in elements:
        t = e.table.pieces[0] if e.table is not None and e.table.pieces else e.raw
        if t is None or not t.rows:
            continue
        head = tuple(" ".join(c.text.split()) if c is not None else "" for c in t.rows[0])
        repeated = head in heads and heads[head] < e.page
        heads.setdefault(head, e.page)
        if e.raw is None or type(e.raw) is not Table or len(t.rows) < 2 or len(head) < 4:
            continue  # read, pivoted, or a kind of record already said
        # a piece of a later page may change one field only (statuses moving on)
        if not _labels_only(head) or not field_change_rows(t, 1 if repeated else 0):
            continue
        out.append(ExtractionWarning(
            code=UNJOINED,
            message=f"a table of {len(t.rows) - 1} row(s) under the header"
            f" '{' | '.join(x for x in head if x)}' on page {e.page} reads as a piece of a log"
            " of field changes but was joined to no table read: its changes (a record's latest"
            " status, date or owner among them) were not read; check with `plantrace tables`",
            page=e.page,
        ))  # fmt: skip
    return out


def _labels_only(head: Sequence[str]) -> bool:
    words = " ".join(head).split()
    return 2 <= len(words) <= 16 and not any(ch.isdigit() for w in words for ch in w)


def logged_steps(
    table: PlanTable, history: Sequence[Sequence[str]], key: int, fld: int
) -> list[str]:
    """The status values a change log printed for the table's status field over its history
    (old and new values of every change of it, the ones its last changes replaced too): the
    scale the plan rates on, as a board's column headings are (PlanTable.steps). A record whose
    last status is 'Progressing' is rated on the scale the log shows ('Concern', 'Off track'
    set earlier), not on the few last values alone. Empty where the table reads no status."""
    col = table.col("rag")
    if col is None or col >= len(table.labels):
        return []
    label = " ".join(table.labels[col].split())
    changes = [row for row in history if len(row) > fld and row[fld] == label]
    # the value columns (old, new) hold the last statuses too; a time or a user never does
    last = {" ".join(r.text(col).split()) for r in table.rows} - {""}
    values = {
        c for row in changes for c in range(len(row)) if c not in (key, fld) and row[c] in last
    }
    steps = {
        " ".join(row[c].split())
        for row in changes
        for c in values
        if c < len(row) and row[c] and len(row[c].split()) <= MAX_STEP_WORDS
    }
    return sorted(steps - {""})
