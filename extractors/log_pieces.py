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

from plantrace.pipeline.document import Table


def field_change_rows(t: Table) -> bool:
    """The table's rows under its header hold a field column: short labels that recur, naming
    enough plan columns (field_value_rows' test) to be a record's fields."""
    from plantrace.extractors.field_value_rows import MIN_NAMED_FIELDS, _field_labels, _texts

    texts = [_texts(r) for r in t.rows[1:]]
    if len(texts) < MIN_NAMED_FIELDS or len(t.rows[0]) < 4:
        return False
    width = max(len(r) for r in texts)
    texts = [r + [""] * (width - len(r)) for r in texts]
    return any(_field_labels(texts, j) >= MIN_NAMED_FIELDS for j in range(width))
