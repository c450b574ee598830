"""Group rows read apart from the table they group: a heading row between an action table's
rows, naming the recommendation the rows under it answer.

A list view grouped by a field prints one band per group ('⌄ Recommendation : Rec 1 - ...
(4)') between the rows of one table. The table reader finds the shaded band as a table of its
own (one cell) or a line, and the band's rows as one action table, so the band would stand
after the whole table in reading order and link no row. A heading found between the table's
rows, by its place on the page, is a section row of that table where it is printed.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_recommendations import heading, section_label
from plantrace.pipeline.document import Cell

MAX_GROUP_LINES = 3  # a group row is a band of a line or two, no paragraph
# a grouped view's band: the grouping field, a colon, the group's value and how many items it
# holds in brackets ('⌄ Recommendation : 2. Improve ... (3)'), after an expand/collapse mark
_GROUP_BAND = re.compile(r"^[^\w\s]?\s*[A-Za-z][\w'’ -]{0,40}?\s:\s+\S.*\(\d{1,4}\)$", re.S)


def adopt_group_rows(elements: list[Element]) -> list[Element]:
    """The elements with each recommendation heading printed between an action table's rows
    taken into that table as a section row at its place. A table continued right after it on
    the next page (nothing printed between) goes on in its last group, or opens with the band
    printed under its last row (the band kept in its place as well). Everything else
    unchanged."""
    out: list[Element] = []
    table: PlanTable | None = None
    pending: tuple[Element, Row] | None = None  # a band under the last row of the table above
    adjacent = False  # nothing but bands printed since the table above
    for el in elements:
        if el.table is not None:
            if table is not None and adjacent and _continues(table, el.table):
                if pending is not None:  # the band stays too: it may head the tables after
                    el.table.rows.insert(0, _moved(pending[1], el.table))
                else:
                    _carry_group(table, el.table)
            if pending is not None:
                out.append(pending[0])
                pending = None
            table = el.table if el.table.kind == ACTION_TABLE else None
            adjacent = True
            out.append(el)
            continue
        row = _group_row(el, table) if table is not None else None
        if table is not None and row is not None:
            if _inside(table, el.page, row.bbox[1]):
                _insert(table, row)
                continue
            if pending is None and el.page == table.rows[-1].page:
                pending = (el, row)
                continue
        if pending is not None:
            out.append(pending[0])
            pending = None
        adjacent = False
        out.append(el)
    if pending is not None:
        out.append(pending[0])
    return out


def _group_row(el: Element, table: PlanTable) -> Row | None:
    """A section row of the table from a heading element printed below its header, else None."""
    if el.raw is not None:
        if len(el.raw.rows) != 1 or sum(1 for c in el.raw.rows[0] if c is not None) != 1:
            return None
        cell = next(c for c in el.raw.rows[0] if c is not None)
    elif el.lines and len(el.lines) <= MAX_GROUP_LINES:
        box = (
            min(ln.x0 for ln in el.lines),
            el.lines[0].top,
            max(ln.bbox[2] for ln in el.lines),
            el.lines[-1].bottom,
        )
        cell = Cell(el.text, box, list(el.lines))
    else:
        return None
    if not table.rows or not _group_heading(cell.text):
        return None
    if (el.page, cell.bbox[1]) <= (table.page, table.top):
        return None
    return _moved(Row(cells=[cell], page=el.page, section=True), table)


def _group_heading(text: str) -> bool:
    """A heading naming a recommendation: labelled as one, or a grouped view's band whose value
    is a numbered recommendation ('Recommendation : 2. Improve ... (3)': the field's name, then
    the number and text, the count of the group's items in brackets)."""
    if section_label(text):
        return True
    flat = " ".join(text.split())
    return _GROUP_BAND.match(flat) is not None and heading(flat) is not None


def _moved(row: Row, table: PlanTable) -> Row:
    """The section row with one slot per column of the table, each the band's cell."""
    width = max((len(r.cells) for r in table.rows), default=len(table.roles))
    cell = row.cells[0]
    return Row(cells=[cell] * width, page=row.page, section=True, merged_above=[False] * width)


def _continues(above: PlanTable, table: PlanTable) -> bool:
    """The action table goes on from the one above at the top of the next page, under its
    header printed again."""
    return (
        table.kind == ACTION_TABLE
        and bool(above.rows and table.rows)
        and table.labels == above.labels
        and table.rows[0].page == above.rows[-1].page + 1
    )


def _inside(table: PlanTable, page: int, top: float) -> bool:
    """Below the table's header and above its last row: printed among its rows."""
    rows = [r for r in table.rows if not r.section]
    if not rows or (page, top) <= (table.page, table.top):
        return False
    return (page, top) < (rows[-1].page, rows[-1].bbox[1])


def _insert(table: PlanTable, row: Row) -> None:
    """The row put before the first of the table's data rows printed below it (a band carried
    from the page above stands first, its cell where it was printed)."""
    at = (row.page, row.bbox[1])
    for n, r in enumerate(table.rows):
        if not r.section and (r.page, r.bbox[1]) > at:
            table.rows.insert(n, row)
            return
    table.rows.append(row)


def _carry_group(above: PlanTable, table: PlanTable) -> None:
    """A grouped table continued on the next page under its header printed again: the band of
    a group is printed once, so rows before the page's first band go on in the last group
    above; a table with no group rows, or one of other columns, carries nothing."""
    groups = [r for r in above.rows if r.section and r.cells and r.cells[0] is not None]
    if not groups or table.rows[0].section:
        return
    last = groups[-1]
    width = len(last.cells)
    carried = Row(
        list(last.cells), page=table.rows[0].page, section=True, merged_above=[False] * width
    )
    table.rows.insert(0, carried)
