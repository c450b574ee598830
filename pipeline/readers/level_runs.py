"""A text line pdfium gives as one that is two level runs far apart on the page.

pdfium breaks a page's text into lines by its drawing order; a producer that draws a table's
last row and then, with no break between, a row of column letters printed well above it (a
spreadsheet printed with its headings, the letters written last) yields one 'line' whose first
and last characters are rows apart. Its box is then tall and wide like a watermark's, and read
as one line its words land in one cell. A line is level: where the characters' middles jump by
more than the type size from one to the next, a new line starts.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

_JUMP = 1.0  # a step in height of this many type sizes between two characters: a new line


def _middle(raw: object, i: int) -> float | None:
    box = [ctypes.c_double() for _ in range(4)]
    if not pdfium_c.FPDFText_GetCharBox(raw, i, *(ctypes.byref(b) for b in box)):
        return None
    _, _, bottom, top = (b.value for b in box)
    return (bottom + top) / 2


def level_runs(raw: object, text: str, start: int, end: int, size: float) -> list[tuple[int, int]]:
    """The spans (start, end) of text[start:end]'s level runs, in order; [] when the span is
    one run (or its type size is unknown). Spaces carry no height of their own and never
    start a run."""
    if size <= 0:
        return []
    cuts: list[int] = []
    prev: float | None = None
    for i in range(start, end):
        if text[i].isspace():
            continue
        y = _middle(raw, i)
        if y is None:
            continue
        if prev is not None and abs(y - prev) > _JUMP * size:
            cuts.append(i)
        prev = y
    if not cuts:
        return []
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
