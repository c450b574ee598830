"""A mark in one month column of a timeline: the month the row falls due.

A chart with a column per month (column_roles._timeline: 'Jul 2026' | 'Aug 2026' | ..) may mark
each row's due month with a symbol alone in that month's cell ('◆', '★'), the cells around it
shaded or not: a Gantt chart's sign-off diamond at its bar's end, or a heat map whose cells are
shaded by each month's status (the shade runs on past the due month while the work is late, or
has not begun by it). The mark, not the shade, says when the row is due: its column's month is
the due date, read as printed in the header ('Mar 2027': the one date normaliser reads it as the
month's last day). A row with no mark, or with marks in two months or more (milestones along
the bar), keeps the end of its bar (plan_actions._bar_end).

Shape, not words: a cell holding only a printed symbol (normalise.rag.is_symbol: a shape, a
star, a tick), no letter or figure, in exactly one month column of the row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.rag import is_symbol

MARK_CHARS = 2  # a mark is one symbol (two where a font splits it or doubles it)


def is_mark(text: str) -> bool:
    """A cell's text is a printed symbol alone ('◆', '★'): no letter, figure or word."""
    clean = "".join(text.split())
    return 0 < len(clean) <= MARK_CHARS and all(is_symbol(ch) for ch in clean)


def marked_month(cells: Sequence[Cell | None], months: Mapping[int, str]) -> str | None:
    """The month (as its header prints it) of the one month cell of a row holding a mark
    alone; None where no month cell or more than one holds one."""
    marked = [
        j for j in months
        if j < len(cells) and (cell := cells[j]) is not None and is_mark(cell.text)
    ]  # fmt: skip
    return months[marked[0]] if len(marked) == 1 else None
