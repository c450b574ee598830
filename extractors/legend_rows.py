"""A key of status marks printed under a table's last row, read into the table as a row.

An unruled table's rows run on while the text keeps its columns; a key line set just under the
last row ('● On track  ▲ At risk  ◆ Off track  ○ Not started', each word beside its mark) falls
into the table's columns and reads as one more action whose words are the key's. The page's
drawing says what it is (pipeline.marks.key_row): marks of several colours on its height, each
beside a status word, and no word that is not a status. Such a row is taken out of its table;
the key itself is read from the page (marks.mark_key) and keys the table's marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Page
from plantrace.pipeline.marks import key_row


def drop_key_rows(elements: Sequence[Element], pages: Sequence[Page]) -> None:
    """Take the rows that are a key line of marks out of the elements' tables, in place."""
    by_number = {p.number: p for p in pages}
    for el in elements:
        if el.table is None or not el.table.rows:
            continue
        kept = []
        for row in el.table.rows:
            page = by_number.get(row.page)
            lines = [ln for c in row.cells if c is not None for ln in c.lines]
            if page is not None and lines and key_row(lines, page):
                continue
            kept.append(row)
        if len(kept) < len(el.table.rows):
            el.table.rows = kept
