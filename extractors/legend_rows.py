"""A key of status marks printed under a table's last row, read into the table as a row.

An unruled table's rows run on while the text keeps its columns; a key line set just under the
last row ('● On track  ▲ At risk  ◆ Off track  ○ Not started', each word beside its mark) falls
into the table's columns and reads as one more action whose words are the key's. The page's
drawing says what it is (pipeline.marks.key_row): marks of several colours on its height, each
beside a status word, and no word that is not a status. Such a row, the table's last on its page (or under
another such), is taken out of its table and returned as a record of what was dropped;
the key itself is read from the page (marks.mark_key) and keys the table's marks. A row so
dropped whose marks' colours the plan's key does not hold (marks.mark_key left them out: a
colour paired with two words) was read as nothing: that is said (unkeyed_rows_said).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_columns import Element, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Page
from plantrace.pipeline.marks import key_row


def drop_key_rows(elements: Sequence[Element], pages: Sequence[Page]) -> list[Row]:
    """Take the rows that are a key line of marks out of the elements' tables, in place, and
    return them. Only a table's trailing rows on each of its pages are tried, from the last up
    while each is a key (a key under a table continued over pages may close every page's
    piece): a row inside the table is an action's, whatever its words, and most rows name a
    status, so trying each would read every page's drawing for nothing."""
    by_number = {p.number: p for p in pages}
    removed: list[Row] = []
    for el in elements:
        if el.table is None or not el.table.rows:
            continue
        rows = el.table.rows
        dropped: set[int] = set()
        for k in range(len(rows) - 1, -1, -1):
            if k + 1 < len(rows) and rows[k + 1].page == rows[k].page and k + 1 not in dropped:
                continue  # a row followed on its page by one no key: inside the table
            if _is_key(rows[k], by_number):
                dropped.add(k)
        if dropped:
            removed += [r for k, r in enumerate(rows) if k in dropped]
            el.table.rows = [r for k, r in enumerate(rows) if k not in dropped]
    return removed


def _is_key(row: Row, pages: Mapping[int, Page]) -> bool:
    page = pages.get(row.page)
    lines = [ln for c in row.cells if c is not None for ln in c.lines]
    return page is not None and bool(lines) and key_row(lines, page)


def unkeyed_rows_said(
    rows: Sequence[Row], pages: Sequence[Page], rag_key: Mapping[str, str]
) -> list[ExtractionWarning]:
    """One warning where rows dropped as a key line (drop_key_rows) gave the plan's key no
    colour: none of the marks on their height has a colour the key reads, so the row was read
    neither as an action nor as the key, and its words would be lost unsaid."""
    by_number = {p.number: p for p in pages}
    keyed = {k.lower() for k in rag_key}
    lost = [r for r in rows if not _row_colours(r, by_number) & keyed]
    if not lost:
        return []
    texts = [" ".join(c.text for c in r.cells if c is not None and c.text.strip()) for r in lost]
    quoted = ", ".join(repr(" ".join(t.split())[:60]) for t in texts[:3])
    return [
        ExtractionWarning(
            code="plan_rows_set_aside",
            message=f"{len(lost)} table row(s) of coloured marks beside status words ({quoted})"
            " were set aside as a status key, but no colour of theirs was read into the key:"
            " the row was read as no action and no key; check the key and the statuses",
            page=lost[0].page,
        )
    ]


def _row_colours(row: Row, pages: Mapping[int, Page]) -> set[str]:
    """The colours of the page's marks on the row's height (marks.key_row's marks)."""
    page = pages.get(row.page)
    words = [w for c in row.cells if c is not None for ln in c.lines for w in ln.words]
    if page is None or not words:
        return set()
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    return {
        c.lower()
        for box, c in page.glyph_fills
        if top - 1.0 <= (box[1] + box[3]) / 2 <= bottom + 1.0
    }
