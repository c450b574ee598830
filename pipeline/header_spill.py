"""Header text a spreadsheet printed above a ruled table's top rule, given back to its cell.

A header cell whose text wraps to more lines than its row is tall, set to align at the bottom
(a spreadsheet's default), prints its last line at the foot of the cell and its first lines
above the cell, across and over the table's top rule ('Moved to this' over the rule, 'tab' in
the cell). Read by the rulings alone the header says 'tab', and the clipped part stands between
the table and the heading above it as a bold line of its own, where it reads as a heading: it
ends the reach of a section's title ('On track', the status of every row on its sheet) before
the table starts.

Such a line is the header cell's when it touches the top rule (or a line already given back
to that cell), lies within the cell's columns, is set as the cell's lines are (bold or not
alike, the same size) and stands one wrapped line above the cell's first line, which itself
sits at the cell's top (the cell is full: its text ran out of it). A caption over a table is
set apart from the rule, or spans columns, or differs in type: it stays a line of the page.
So does a heading set one line above a wide header cell, bold and alike: a line wraps only where
the next word would not fit on it, so a line with room in the cell for the first word of the
line under it did not wrap there ('How we will know it is working' over a first column's 'What
we are measuring': the heading of the table, not its header's first line).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import BBox, Cell, Line
from plantrace.pipeline.layout import join_text

_PAD = 2.0  # points: a line's edges this far outside a cell's columns still lie within them
_CROSS = 0.3  # points: a line whose top is this far above the rule crosses it
_TOUCH = 0.5  # font sizes: a spilt line's foot reaches this near the rule (or the line below)
_FULL = 0.5  # font sizes: a cell's first line this near the cell's top leaves no room above
_WRAP_PITCH = (0.9, 1.6)  # font sizes from one wrapped line's top to the next's
_SPACE = 0.25  # font sizes: a word space


def give_back_above(header: Sequence[Cell | None], lines: Sequence[Line], box: BBox) -> float:
    """Move the lines a header cell spilt above the table's top rule into that cell (first, in
    reading order) and return the table's top: the topmost such line's, else the rule's.

    A spilt line may cross the rule by a little (its glyphs' feet below it), so some of its
    words may already have been read into the cell: the whole line replaces them."""
    rule = box[1]
    top = rule
    cells = {id(c): c for c in header if c is not None and c.lines}.values()
    if not cells or not all(ln.bold for c in cells for ln in c.lines):
        return top  # no bold header row: a continued table's first row under a running header
    above = [ln for ln in lines if ln.top < rule - _CROSS and ln.text.strip()]
    taken: set[int] = set()
    for cell in cells:
        inside = [ln for ln in cell.lines if ln.top >= rule - _CROSS]
        if not inside:
            continue
        first = min(inside, key=lambda ln: ln.top)
        size = first.font_size
        if size <= 0 or first.top - cell.bbox[1] > _FULL * size:
            continue  # room left above the cell's text: nothing ran out of it
        spilt: list[Line] = []
        foot = rule  # the rule, then each line given back
        while (ln := _next_up(cell, first, foot, above, taken)) is not None:
            spilt.append(ln)
            taken.add(id(ln))
            first, foot = ln, ln.top
        if not spilt:
            continue
        words = {id(w) for ln in spilt for w in ln.words}
        own = [ln for ln in cell.lines if not any(id(w) in words for w in ln.words)]
        cell.lines = [*reversed(spilt), *own]
        cell.text = join_text(ln.text for ln in cell.lines)
        top = min(top, min(ln.top for ln in spilt))
    return top


def _next_up(
    cell: Cell, below: Line, foot: float, above: Sequence[Line], taken: set[int]
) -> Line | None:
    """The line wrapped just above `below` in the cell's columns, touching `foot`."""
    size = below.font_size
    for ln in above:
        if id(ln) in taken or ln.top >= below.top:
            continue
        pitch = (below.top - ln.top) / size
        if (
            cell.bbox[0] - _PAD <= ln.bbox[0]
            and ln.bbox[2] <= cell.bbox[2] + _PAD
            and ln.bold == below.bold
            and abs(ln.font_size - size) < 0.5
            and _WRAP_PITCH[0] <= pitch <= _WRAP_PITCH[1]
            and ln.bottom >= foot - _TOUCH * size
            and not _room_for_next(cell, ln, below)
        ):
            return ln
    return None


def _room_for_next(cell: Cell, ln: Line, below: Line) -> bool:
    """The first word of `below` would have fit on `ln` within the cell: `ln` did not wrap
    there, so it is no earlier line of the cell's text (a heading over the table)."""
    if not below.words:
        return False
    first = min(below.words, key=lambda w: w.x0)
    need = (ln.bbox[2] - ln.bbox[0]) + _SPACE * below.font_size + (first.x1 - first.x0)
    return need <= (cell.bbox[2] - cell.bbox[0]) - 2 * _PAD
