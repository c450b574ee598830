"""KPI rows from a plan's KPI tables: code, indicator, direction, dated baselines, target, RAG.

Columns are read by role (plan_columns): every dated or 'Baseline'/'Latest' column is a baseline
kept with its printed label ('March 2018', 'Baseline (Sep 2024)'); the first is `baseline`, a
'Latest' column is also `latest`. Values go through the one quantity normaliser. A heading row
inside the table ('P1 Strategy meetings') sets the recommendation for the rows under it.
"""

from __future__ import annotations

from collections.abc import Mapping

from plantrace.extractors.cell_types import mended_figure
from plantrace.extractors.column_roles import series_before
from plantrace.extractors.plan_actions import cell_rag
from plantrace.extractors.plan_columns import KPI_TABLE, PlanTable, Row
from plantrace.extractors.plan_recommendations import RecommendationIndex, number_key, section_row
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.plan import KPI, Quantity
from plantrace.models.provenance import Provenance
from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.values import parse_quantity, split_figures

EXTRACTOR = "extractors.kpis"


def read_kpis(
    table: PlanTable,
    index: RecommendationIndex,
    section: str | None,
    sha256: str,
    start: int,
    rag_key: Mapping[str, str] | None = None,
) -> list[KPI]:
    if table.kind != KPI_TABLE:
        return []
    code_c, ind_c = table.col("code"), table.col("indicator")
    dir_c, rag_c, tgt_c = table.col("direction"), table.col("rag"), table.col("target")
    latest_c = table.col("latest")
    base_cols = table.cols("baseline")
    # the periods of a monthly series left of the latest column, nearest first
    series = series_before(table.labels, table.roles, latest_c) if latest_c is not None else []
    out: list[KPI] = []
    current = section
    for row in table.rows:
        if row.section:
            found = section_row(row, code_c)
            if found is not None:
                current = index.by_number.get(number_key(found[0]), current)
            continue
        indicator = " ".join(row.text(ind_c).split())
        code = " ".join(row.text(code_c).split()) or None
        if not indicator or _merged(row, ind_c):
            continue  # an indicator cell merged down from above (a header over two rows) is no KPI
        latest_at = _reported(row, latest_c, series)
        baselines: list[tuple[str, Quantity]] = []
        for c in base_cols + ([latest_at] if latest_at is not None else []):
            q = parse_quantity(_figure(row, c))
            if q is not None and (c != latest_at or c not in base_cols):
                baselines.append((table.labels[c], q))
        latest_label = _label(table, latest_at)
        base = next(((lab, q) for lab, q in baselines if lab != latest_label), None)
        out.append(
            KPI(
                id=f"k{start + len(out) + 1}",
                code=code,
                indicator=indicator,
                direction=normalise_direction(row.text(dir_c)),
                baseline=base[1] if base else None,
                baseline_label=base[0] if base else None,
                baselines=baselines,
                latest=parse_quantity(_figure(row, latest_at)) if latest_at is not None else None,
                rag=cell_rag(row, rag_c, rag_key),
                target=parse_quantity(_figure(row, tgt_c)) if tgt_c is not None else None,
                target_label=table.labels[tgt_c] if tgt_c is not None else None,
                recommendation=current,
                provenance=Provenance(
                    sha256=sha256,
                    page=row.page,
                    bbox=row.bbox,
                    line_span=row.line_span,
                    extractor=EXTRACTOR,
                    extractor_version=EXTRACTOR_VERSION,
                ),
            )
        )
    return out


def _merged(row: Row, col: int | None) -> bool:
    return col is not None and col < len(row.merged_above) and row.merged_above[col]


def _label(table: PlanTable, col: int | None) -> str | None:
    return table.labels[col] if col is not None else None


def _figure(row: Row, col: int | None) -> str:
    """A figure cell's text, a figure a narrow cell wrapped inside itself put back; of a cell
    spanning several figure columns, the one figure printed in this column."""
    cell = row.cells[col] if col is not None and col < len(row.cells) else None
    if cell is None or col is None:
        return row.text(col)
    text = row.text(col) if len(cell.lines) < 2 else mended_figure([ln.text for ln in cell.lines])
    return _own_figure(row, col, text)


def _own_figure(row: Row, col: int, text: str) -> str:
    """An unruled scorecard whose figures ran together is read as one cell over two columns
    ('33.4% 37.3%' under 'Now' and 'Aspiration'): where the cell holds one figure per column it
    spans, and nothing else, each column's value is its own figure, in order."""
    cell = row.cells[col]
    span = [i for i, c in enumerate(row.cells) if c is cell]
    if len(span) < 2 or span != list(range(span[0], span[-1] + 1)):
        return text
    figures = split_figures(text)
    return figures[col - span[0]] if len(figures) == len(span) else text


def _reported(row: Row, latest: int | None, series: list[int]) -> int | None:
    """The column of this row's latest figure: the latest column, or where the row has nothing
    there, the nearest period before it that has a figure (a month not yet reported is blank)."""
    if latest is None or row.text(latest).strip():
        return latest
    return next((c for c in series if row.text(c).strip()), latest)
