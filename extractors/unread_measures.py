"""Tables that look like measures but were read as nothing: never silent.

A table whose first column names things in words and two or more other columns hold figures
(percentages, counts, rates) down its rows is what a scorecard prints. Where no header of plan
columns was recognised over it, its rows are read neither as actions nor as KPIs, and the
plan's KPI coverage would say nothing of them; a warning names the table instead. So, with
the same code, for a table read as KPIs in which no column names the measures (no indicator
column, none of words left of the figures: kpis.measures_unnamed): its rows are dropped; and
for a scorecard's header row read with no row under it (a header left alone at a page's foot
whose rows on the next page were not taken as its: they were lost, and nothing said so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.models.results import ExtractionWarning

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Element, PlanTable

_MIN_ROWS = 2  # rows of figures that make a table of measures
_FIGURE_COLUMNS = 2
_SHARE = 0.8  # of a column's filled cells, the share that must be figures


def unread_measure_warnings(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """kpi_table_unread for each table read as nothing whose cells are a scorecard's."""
    from plantrace.extractors.kpis import measures_unnamed  # kpis builds on plan_columns

    out: list[ExtractionWarning] = []
    for el in elements:
        if el.table is not None and _header_alone(el.table):
            out.append(
                ExtractionWarning(
                    code="kpi_table_unread",
                    message="a scorecard's header row"
                    f" ({' | '.join(x for x in el.table.labels if x)!r}) was read with no row"
                    " under it: if its measures follow (on the next page, in another layout)"
                    " they were not read as KPIs; check with `plantrace tables FILE`",
                    page=el.page,
                )
            )
            continue
        if el.table is not None and (n := measures_unnamed(el.table)) >= _MIN_ROWS:
            out.append(
                ExtractionWarning(
                    code="kpi_table_unread",
                    message=f"a table of {n} rows of figures was read as KPIs, but no column"
                    " names the measures (no indicator column, none of words left of the"
                    f" figures; header {' | '.join(el.table.labels)!r}): its measures were not"
                    " read; check with `plantrace tables FILE`",
                    page=el.page,
                )
            )
            continue
        raw = el.raw
        if el.table is not None or raw is None or not raw.rows:
            continue
        width = max(len(r) for r in raw.rows)
        cols = [
            [
                t
                for r in raw.rows[1:]
                if i < len(r) and (c := r[i]) is not None and (t := c.text.strip())
            ]
            for i in range(width)
        ]
        if not cols or len(cols[0]) < _MIN_ROWS or not _words(cols[0]):
            continue
        figures = sum(1 for col in cols[1:] if len(col) >= _MIN_ROWS and _figures(col))
        if figures < _FIGURE_COLUMNS:
            continue
        out.append(
            ExtractionWarning(
                code="kpi_table_unread",
                message=f"a table of {len(cols[0])} rows names things in words beside {figures}"
                " columns of figures, as a scorecard does, but no header of plan columns was"
                " recognised over it: its measures were not read as KPIs; check with"
                " `plantrace tables FILE`",
                page=el.page,
            )
        )
    return out


def _header_alone(table: PlanTable) -> bool:
    """A table read as KPIs from its header row with no row of its own: a header left alone at
    a page's foot whose rows the next page's were not read as (or a template never filled)."""
    from plantrace.extractors.plan_columns import KPI_TABLE  # imported late, as kpis is

    return (
        table.kind == KPI_TABLE and not table.printed and not any(not r.section for r in table.rows)
    )


def _words(col: Sequence[str]) -> bool:
    return all(any(ch.isalpha() for ch in t) and cell_type(t) is not CellType.number for t in col)


def _figures(col: Sequence[str]) -> bool:
    return sum(1 for t in col if cell_type(t) is CellType.number) >= _SHARE * len(col)
