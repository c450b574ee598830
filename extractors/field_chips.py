"""A status chip set on a line of its own under a card's field lines.

A leaflet or a web page often prints an action as a title and short field lines ('Lead
person: ...', 'Due: ...'), then the status as a CHIP: a status word in a small tinted box,
on a line of its own, in smaller type than the fields, with no label:

    1.1 Record children's views in their own words       <- the title
    Lead person: Claire Whitby                            <- field lines
    Due: 28.02.26
     [Finished]                                           <- the chip: no label, smaller type
    Where we are: Completed and embedded in practice

Read by the field lines alone, the chip is the next line of the field above it, and the due
date reads '28.02.26 Finished'. A line among a field's lines, or right under a card's last
field, whose whole text is a status phrase (card_grid.chip_text) set in smaller type than the
field's own line is the card's chip, not that field's text. (A field's value wrapped onto a
second line is set in the field's type; a note that ends 'on track' has more words.)
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.card_grid import chip_text
from plantrace.pipeline.document import Line, Table

# points: a chip's type is smaller than its card's field lines by more than this (a value's
# wrapped line differs from its label's line by less: the label's weight, rounding)
_SMALLER = 0.6
_PITCHES = 2.5  # a chip under a card's last field stands within this many field pitches of it


def chip_apart(field_line: Line, line: Line) -> bool:
    """Whether `line`, under the field line `field_line`, is a status chip of its own: a
    status phrase alone, in smaller type than the field's."""
    return (
        line.page == field_line.page
        and line.font_size < field_line.font_size - _SMALLER
        and chip_text(line.text)
    )


def chip_after(last: Line, line: Line, pitch: float) -> bool:
    """Whether `line`, the next line after a card's last field line `last`, is that card's
    chip: a chip of its own (chip_apart) close under it."""
    return chip_apart(last, line) and 0 < line.top - last.top <= _PITCHES * max(pitch, 1.0)


def chips_among(field_lines: Sequence[Line]) -> list[int]:
    """Indexes (from 1) of the lines of a field, its first line the label's, that are chips."""
    if not field_lines:
        return []
    first = field_lines[0]
    return [k for k in range(1, len(field_lines)) if chip_apart(first, field_lines[k])]


# a chip's box pads its words by at most this many line heights in all (a band runs on across
# its column, far wider than its words)
_CHIP_PADDING = 4.0


def chip_box(table: Table, page_lines: Sequence[Line] = ()) -> bool:
    """Whether a 'table' found by its rules is a status chip: one cell holding one line, a
    status phrase alone, its box drawn close round the words. Its tint and edge make it a grid
    of one cell, yet it is a word of the text: read as a line, with the card it closes.

    A chip stands on a line of its own: a pill level with words outside its box (a task's
    status tag at the right end of its title's first line) is the row's status box, kept as
    the one-cell table it was; read as a word it would part the title from its wrapped line."""
    if len(table.rows) != 1 or len(table.rows[0]) != 1 or table.rows[0][0] is None:
        return False
    lines = [ln for ln in table.rows[0][0].lines if ln.text.strip()]
    if len(lines) != 1 or not chip_text(lines[0].text):
        return False
    line = lines[0]
    height = max(line.bottom - line.top, 1.0)
    spare = (table.bbox[2] - table.bbox[0]) - (line.bbox[2] - line.x0)
    return spare <= _CHIP_PADDING * height and not _words_level(table, line, page_lines)


def _words_level(table: Table, line: Line, page_lines: Sequence[Line]) -> bool:
    """Whether a line of the page outside the table's box stands level with its one line
    (overlapping it over half its height)."""
    x0, top, x1, bottom = table.bbox
    height = max(line.bottom - line.top, 1.0)
    for other in page_lines:
        if other is line or not other.text.strip():
            continue
        inside = other.x0 >= x0 - 1.0 and other.bbox[2] <= x1 + 1.0
        inside = inside and other.top >= top - 1.0 and other.bottom <= bottom + 1.0
        overlap = min(other.bottom, line.bottom) - max(other.top, line.top)
        if not inside and overlap > 0.5 * height:
            return True
    return False
