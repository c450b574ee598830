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
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Cell
from plantrace.pipeline.layout import ColumnBand

_NAMED = 0.5  # a header naming a role at least this surely names its column
# a first-row cell that is a labelled field ('Lead: A. Khan'), a line of the text, no header
_FIELD = re.compile(r"^[^:]{1,40}:\s+\S")


def prose_read_as_table(
    el: Element,
    bands: Sequence[ColumnBand],
    by_page: Mapping[int, Sequence[ColumnBand]] | None = None,
) -> bool:
    """Whether the element is an unruled table that is really running text in newspaper
    columns, or a box a column wide set among that text (see the module docstring): the plan
    reader then reads its band again. by_page: each page's bands, where a table read so runs
    on over a page break (the text flows on into the next page's columns, and the table reader
    carried the misread table on with it): each piece is then judged by its own page's bands,
    none by another page's (bands: the element's page's)."""
    if el.raw is not None:
        return el.table is None and _column_box(el.raw.bbox, newspaper(bands))
    t = el.table
    if t is None or not t.pieces:
        return False
    if any(piece.ruled for piece in t.pieces):
        return False
    columns = t.reading.columns if t.reading is not None else []
    strip = _field_strip(t.pieces[0].rows[0] if t.pieces[0].rows else [])
    named = sum(
        1
        for c in columns
        if c.role is not None
        and c.confidence >= _NAMED
        and c.label.strip()  # a role read from the cells alone names no header
        and not _FIELD.match(c.label)
        and c.index not in strip
    )
    if named > 1:
        return False
    if by_page is None or all(piece.page == el.page for piece in t.pieces):
        return any(all(_in_band(piece.bbox, b) for piece in t.pieces) for b in newspaper(bands))
    return all(
        any(_in_band(piece.bbox, b) for b in newspaper(by_page.get(piece.page, ())))
        for piece in t.pieces
    )


def _field_strip(head: Sequence[Cell | None]) -> set[int]:
    """The first row's cells that are pieces of one printed line with a labelled field: a
    column's strip of fields ('Lead: <post> · Due:', its date wrapped under it) cut at its
    gaps into cells, its later labels ('Due') read as headers. A row of headers is printed on
    one line too, but none of its cells is a label with its value."""
    fields = {
        (ln.page, ln.index)
        for c in head
        if c is not None and _FIELD.match(c.text)
        for ln in c.lines
    }
    return {
        k
        for k, c in enumerate(head)
        if c is not None and c.lines and all((ln.page, ln.index) in fields for ln in c.lines)
    }


def _in_band(bbox: tuple[float, float, float, float], b: ColumnBand) -> bool:
    """A table's piece lies in a newspaper band, across its gutter."""
    x0, top, x1, bottom = bbox
    return b.top < top and bottom < b.bottom + 60 and x0 < b.right_x - 2 and x1 > b.right_x + 2


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
