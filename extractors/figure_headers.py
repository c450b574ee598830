"""A plain first row of short labels over a measures table: whether it may be a header.

A table printed without styling (a data viewer's records laid out as rows, a plain export)
heads its measures in a system's field names: 'Name | From | Latest | To'. The vocabulary
knows only some of them, too few for a header of plan columns, and nothing sets the row apart
as a header. One label naming a figure (a baseline, latest or target, or a time a figure
speaks of: 'From', 'To') says the row may head a scorecard; the cells below decide
(plan_columns.kind_from_cells: a column of words beside two or more of figures). 'From' and
'To' over dates are a task's period, and such cells are no figures, so the words alone never
make the table one of measures.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.normalise.values import figure_time

_FIGURE_ROLES = frozenset({"baseline", "latest", "target"})
_MAX_WORDS = 4  # a field's name, not a sentence


def figure_labels(texts: Sequence[str], roles: Sequence[str | None]) -> bool:
    """Three or more short labels, one at least naming a figure or a figure's time."""
    filled = [t for t in texts if t and t.strip()]
    if len(filled) < 3 or any(len(t.split()) > _MAX_WORDS for t in filled):
        return False
    return any(
        r in _FIGURE_ROLES or (t.strip() and figure_time(t) is not None)
        for t, r in zip(texts, roles, strict=False)
    )


_NAMED_FIGURES = 2  # labels naming figures that let one row stand as a scorecard
_WORDS = frozenset({"trend", "rag"})  # roles of a scorecard's columns of words, beside figures


def one_row_measures(
    texts: Sequence[str], roles: Sequence[str | None], columns: Sequence[Sequence[str]]
) -> bool:
    """A measures table of one row under such labels: a page's last record ('Name | From |
    Latest | To' over 'Agency staff share | 74.8% | 33% | 71.1%'). One row is too little for
    the cells alone to tell a scorecard; two labels or more naming figures, a first cell of
    words and figures in every other filled cell say it is one."""
    named = sum(
        1
        for t, r in zip(texts, roles, strict=False)
        if r in _FIGURE_ROLES or (t.strip() and figure_time(t) is not None)
    )
    cells = [[t for t in col if t.strip()] for col in columns]
    if named < _NAMED_FIGURES or not cells or len(cells[0]) != 1:
        return False
    if not any(ch.isalpha() for ch in cells[0][0]) or cell_type(cells[0][0]) is CellType.number:
        return False
    # a column its label names a trend or a status holds a word ('Worsening', 'On track'), not
    # a figure: the row's figures are the other columns'
    rest = [col for col, r in zip(cells[1:], roles[1:], strict=False) if col and r not in _WORDS]
    return len(rest) >= 2 and all(
        len(col) == 1 and cell_type(col[0]) is CellType.number for col in rest
    )
