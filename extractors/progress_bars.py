"""Progress bars drawn in table cells: a grey track with a part of it filled in a colour.

A delivery dashboard prints each action's share done as a bar: a track the width of the whole
(a pale or grey rectangle) and over its left part a rectangle filled to the share, in the
colour of the action's status (green, amber, red; blue when done). Neither is a word, and the
filled part covers too little of the cell for the cell's own shade (pipeline.tables.paint),
which takes the track's grey or nothing. paint_bars gives a wordless cell holding one bar the
bar's colour, so the column reads as a column of status colours like any shaded status cell.
"""

from __future__ import annotations

from plantrace.pipeline.document import BBox, Page, Table
from plantrace.pipeline.marks import centre_in

_EDGE = 1.5  # points: a bar starts at its track's left edge and shares its top and bottom


def paint_bars(table: Table, page: Page) -> None:
    """Each wordless cell that holds one progress bar takes the bar's colour as its fill."""
    if not page.fills:
        return
    for row in table.rows:
        for cell in row:
            if cell is None or cell.text.strip():
                continue
            inside = [(b, colour) for b, colour in page.fills if centre_in(b, cell.bbox, 1.0, 2.0)]
            colour = bar_colour(inside)
            if colour is not None:
                cell.fill = colour


def bar_colour(shapes: list[tuple[BBox, str]]) -> str | None:
    """The colour of the bar among a cell's filled rectangles: the widest (the first drawn, if
    two are as wide) is the track; one of another colour from the track's left edge, as tall
    as the track and no wider, fills it to the share done. None where there is no track, no such part, or parts of two
    colours (a chart, not a bar)."""
    if len(shapes) < 2:
        return None
    track, shade = max(shapes, key=lambda s: s[0][2] - s[0][0])  # the first drawn of the widest
    parts = {
        colour.lower()
        for box, colour in shapes
        if colour.lower() != shade.lower()
        and box[2] - box[0] <= track[2] - track[0] + _EDGE  # a bar done in full covers it all
        and abs(box[0] - track[0]) <= _EDGE
        and abs(box[1] - track[1]) <= _EDGE
        and abs(box[3] - track[3]) <= _EDGE
    }
    return parts.pop() if len(parts) == 1 else None
