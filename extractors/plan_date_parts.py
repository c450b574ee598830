"""A date printed in parts over adjacent columns: 'Month | Year' (or 'Day | Month | Year').

A tracker may split its target date over cells a spreadsheet can sort and filter: a month cell
('Mar', 'March': text) beside a year cell ('2027': a number), sometimes a day cell before them.
Read column by column, the year alone would be the due date (the year's end) and the month a
start column of no date, or the month alone a date of no year. The parts are one date: the
cells are joined as they print ('Mar 2027', '30 Mar 2027'), which the date reader takes as the
month's last day (or the day).

The parts are found from the cells, not the header: a column whose filled cells are month
names, with a column of years (four figures) at its right, and optionally a column of day
numbers (1 to 31) at its left. The joined column takes the due role where either part held it
or the table has no due column, the start role where a part held it; the other parts keep no
role. Parts that would take neither (the table's due date is another column, no part is its
start) are not joined: their columns keep the roles they were read with ('Target year').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from plantrace.extractors.column_roles import ColumnRole, TableRoles
from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.dates import MONTHS

_YEAR = re.compile(r"^(?:19[5-9]\d|20\d\d)(?:\.0)?$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$", re.I)
_SHARE = 0.9  # the share of a column's filled cells that must be parts of a date
# roles a part column may have been given on its own: a date's, or none of its own
_DATE_ROLES = frozenset({None, "due", "start", "milestones", "other"})
# a year column's header may name a figure ('Target year': the target): its cells are years
_YEAR_ROLES = _DATE_ROLES | {"target", "baseline", "latest"}


def _month(text: str) -> bool:
    return text.lower().rstrip(".") in MONTHS


def _year(text: str) -> bool:
    return bool(_YEAR.match(text))


def _day(text: str) -> bool:
    return bool(_DAY.match(text))


def _column(table: PlanTable, i: int) -> list[str]:
    return [" ".join(r.text(i).split()) for r in table.rows]


def _fits(texts: Sequence[str], test: Callable[[str], bool]) -> bool:
    filled = [t for t in texts if t]
    return len(filled) >= 2 and sum(1 for t in filled if test(t)) >= _SHARE * len(filled)


def date_parts(table: PlanTable) -> list[list[int]]:
    """The runs of columns that print one date in parts, each left to right ([day,] month,
    year)."""
    width = len(table.roles)
    cols = [_column(table, i) for i in range(width)]
    runs: list[list[int]] = []
    for m in range(width - 1):
        y = m + 1
        if table.roles[m] not in _DATE_ROLES or table.roles[y] not in _YEAR_ROLES:
            continue
        if not (_fits(cols[m], _month) and _fits(cols[y], _year)):
            continue
        run = [m, y]
        d = m - 1
        if d >= 0 and table.roles[d] in _DATE_ROLES and _fits(cols[d], _day):
            run.insert(0, d)
        runs.append(run)
    return runs


def _joined_cell(row: Row, run: Sequence[int]) -> Cell | None:
    cells = [row.cells[i] if i < len(row.cells) else None for i in run]
    present = [c for c in cells if c is not None]
    if not present:
        return None
    texts = [" ".join(row.text(i).split()) for i in run]
    text = " ".join(t.removesuffix(".0") for t in texts if t)
    boxes = [c.bbox for c in present]
    bbox = (
        min(b[0] for b in boxes), min(b[1] for b in boxes),
        max(b[2] for b in boxes), max(b[3] for b in boxes),
    )  # fmt: skip
    return Cell(text=text, bbox=bbox, lines=[], fill=present[0].fill)


def _role(table: PlanTable, run: Sequence[int]) -> str | None:
    """The role of the joined date: due where a part held it or the table has no due column;
    start where a part held that; else none (the parts are then left as read)."""
    said = {table.roles[i] for i in run}
    if "due" in said:
        return "due"
    others = {r for i, r in enumerate(table.roles) if i not in run}
    if "due" not in others:
        return "due"
    return "start" if "start" in said else None


def join_date_parts(table: PlanTable) -> PlanTable:
    """The table with each date printed in parts read as one date column (see the module's
    doc); the table itself where no columns split a date."""
    # a run that would take no date role (the table's due date is another column, no part is
    # its start) is left as read: joining it would wipe the parts' own roles (a 'Target year'
    # column's target) on no evidence
    runs = [run for run in date_parts(table) if _role(table, run) is not None]
    if not runs:
        return table
    roles = list(table.roles)
    rows = [replace(r, cells=list(r.cells)) for r in table.rows]
    reading = table.reading
    columns = list(reading.columns) if reading is not None else []
    for run in runs:
        first, rest = run[0], run[1:]
        role = _role(table, run)
        for row, old in zip(rows, table.rows, strict=True):
            if first < len(row.cells):
                row.cells[first] = _joined_cell(old, run)
        roles[first] = role
        for i in rest:
            roles[i] = None
        labels = " + ".join(repr(table.labels[i]) for i in run if i < len(table.labels))
        for i in run:
            if i >= len(columns):
                continue
            c = columns[i]
            if i == first:
                why = f"columns {labels} print one date in parts (month names beside years)"
                columns[i] = ColumnRole(
                    c.index, c.label, role, max(c.confidence, 0.85), [*c.evidence, why], c.types
                )
            else:
                columns[i] = ColumnRole(
                    c.index, c.label, None, c.confidence,
                    [*c.evidence, f"part of the date read in column {table.labels[first]!r}"],
                    c.types,
                )  # fmt: skip
    new_reading: TableRoles | None = (
        replace(reading, columns=columns) if reading is not None else None
    )
    return replace(table, roles=roles, rows=rows, reading=new_reading)
