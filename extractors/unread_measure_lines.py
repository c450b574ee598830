"""A scorecard's rows left as lines of text: never silent.

unread_measures says a table read as nothing whose cells are a scorecard's. A scorecard whose
header no unruled table was found under leaves no such table: its rows stay lines of the
page's text, no KPI read from them and nothing to say so. Lines set as a scorecard's rows are
told by their runs (words parted by a gap wider than a word space): words first, the measure's
name, then two figures or more each in a run of its own ('Re-referrals within 12 months
38.8%   28%   45.4%'), a trend word or a status maybe closing them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.models.results import ExtractionWarning

if TYPE_CHECKING:
    from plantrace.extractors.plan_columns import Element

_FIGURES = 2  # figures beside a measure's name on one line of a scorecard's row
_LINES = 2  # such lines on one page that make it a scorecard's rows


def unread_measure_lines(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """kpi_table_unread for each page whose text (lines read into no table) holds two lines or
    more set as a scorecard's rows, or one such line of three figures or more (a row cut off
    alone at a page's foot: a baseline, a latest figure and a target)."""
    from plantrace.extractors.plan_columns import gap_runs, run_gap  # it builds on this module

    found: dict[int, int] = {}  # page -> its lines' weight (a line of two figures counts 1)
    for el in elements:
        if el.table is not None or el.raw is not None:
            continue
        for ln in el.lines:
            runs = gap_runs(ln.words, run_gap(ln.font_size)) if ln.words else []
            if len(runs) <= _FIGURES or not _words(runs[0]):
                continue
            n = _figure_runs(runs[1:])
            weight = _LINES if n > _FIGURES else 1 if n == _FIGURES else 0
            found[el.page] = found.get(el.page, 0) + weight
    return [
        ExtractionWarning(
            code="kpi_table_unread",
            message="lines of text name things in words beside figures, as a scorecard's rows"
            " do, but no table was read from them: their measures were not read as KPIs; check"
            " with `plantrace tables FILE`",
            page=page,
        )
        for page, n in sorted(found.items())
        if n >= _LINES
    ]


def _words(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and cell_type(text) is not CellType.number


def _figure_runs(runs: Sequence[str]) -> int:
    """How many runs after a line's words are figures, where all are but the last at most (a
    trend word or a status may close them); 0 where a run of words stands among them."""
    figures = sum(1 for t in runs if cell_type(t) is CellType.number)
    return figures if figures >= len(runs) - 1 else 0
