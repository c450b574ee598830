"""Prose in newspaper columns that the layout reader took for an unruled table.

Two columns of running text (a newsletter's section set in two columns) line up like the two
columns of a table without rules: the lines of the left column sit beside those of the right,
and a gap runs down the page between them. The layout reader may read such a band as an
unruled table of two columns, pairing each paragraph on the left with whatever stands beside
it on the right (a heading beside an unrelated article's fields). A table found that way is no
table the page prints when:

- it is unruled and lies inside a band that pipeline.layout.column_bands reads as newspaper
  columns (equal widths, wrapped prose on both sides, nothing boxed), and
- its first row does not name its columns: at most one column's header names a role (a real
  table without rules, 'Recommendation | Action', names two or more; a row of prose, a heading
  beside a paragraph, names one at most). The columns it was cut into are not counted: a
  heading at the top of one column may be cut in two where its words line up with a gap.

A box with no known header (a shaded panel: dates for the diary, a profile of a colleague)
standing in one column of such a band is read with the column's text too, where it is
printed: the plan reader does not take it for a table beside the text.

Such a band is read again column by column, as the prose it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.layout import ColumnBand

_NAMED = 0.5  # a header naming a role at least this surely names its column
# a first-row cell that is a labelled field ('Lead: A. Khan'), a line of the text, no header
_FIELD = re.compile(r"^[^:]{1,40}:\s+\S")


def prose_read_as_table(el: Element, bands: Sequence[ColumnBand]) -> bool:
    """Whether the element is an unruled table that is really running text in newspaper
    columns, or a box a column wide set among that text (see the module docstring): the plan
    reader then reads its band again."""
    if el.raw is not None:
        return el.table is None and _column_box(el.raw.bbox, newspaper(bands))
    t = el.table
    if t is None or not t.pieces:
        return False
    if any(piece.ruled for piece in t.pieces):
        return False
    columns = t.reading.columns if t.reading is not None else []
    named = sum(
        1
        for c in columns
        if c.role is not None
        and c.confidence >= _NAMED
        and c.label.strip()  # a role read from the cells alone names no header
        and not _FIELD.match(c.label)
    )
    if named > 1:
        return False
    return any(
        not b.panels
        and all(b.top < piece.bbox[1] and piece.bbox[3] < b.bottom + 60 for piece in t.pieces)
        and all(
            piece.bbox[0] < b.right_x - 2 and piece.bbox[2] > b.right_x + 2 for piece in t.pieces
        )
        for b in newspaper(bands)
    )


def _column_box(bbox: tuple[float, float, float, float], bands: Sequence[ColumnBand]) -> bool:
    """A box (a table with no known header: a shaded panel of notes) that stands in one column
    of a newspaper band: its text is read with the column's, in the order it is printed."""
    x0, top, x1, bottom = bbox
    return any(
        b.top < top and bottom < b.bottom and (x1 <= b.right_x + 2 or x0 >= b.right_x - _PADDING)
        for b in bands
    )


_PADDING = 12.0  # points: a box's edge may stand this far left of its column's text


def newspaper(bands: Sequence[ColumnBand]) -> list[ColumnBand]:
    """The bands set as newspaper columns (not rows of panels)."""
    return [b for b in bands if not b.panels]
