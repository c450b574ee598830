"""Sheets printed for folding (a tri-fold or bi-fold leaflet) read panel by panel.

A leaflet is printed on a landscape sheet divided by its folds into panels side by side, each
a page of its own: its text runs down one panel and on at the top of the next, and the lines
of neighbouring panels interleave by height. A reader ordering lines by their top runs a line
of one panel into the line beside it in the next, and a reader of cards or tables takes the
panels for the columns of one grid. Such a sheet is read as its panels, left to right, each
a page (as layout.split_two_up reads a sheet printed two-up).

A fold is told by the printer's FOLD MARKS: short rules down, in the sheet's top or bottom
margin (above or below all the text), at an x that no line of text and no rule across crosses
from top to bottom of the text. The panels the folds cut must be of about equal width (the
panels of a folded sheet are set equal, give or take the inside flap's few millimetres) and
none narrower than a fifth of the sheet. Once one sheet of the document shows its folds,
every other sheet of the same size whose text clears the same folds is cut there too (the
marks may be printed on one side only). Without fold marks nothing is cut: side-by-side
columns of a board or a grid of cards look the same in their text, and are read whole.

Pages are renumbered 1.. in reading order after the cut, as after a two-up split, each panel
in its own coordinates (x from the panel's left edge): the extractors read panels as pages. Each
panel keeps its sheet's physical page and its place on it (Page.physical, Page.sheet), and the
result's provenance is mapped back onto the sheet (pipeline.physical_pages).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import renumbered, sheet_parts

_MARK_LENGTH = 0.06  # share of the sheet height: a fold mark is a short tick, not a rule
_SAME_X = 2.0  # points: marks at the top and foot of one fold stand at one x
_MIN_PANEL = 0.2  # share of the sheet width: the narrowest panel
_EQUAL_PANELS = 1.35  # widest panel over narrowest at most this
_CLEAR = 1.0  # points either side of a fold that no line may cross


def split_folded(pages: list[Page]) -> list[Page]:
    """The document's pages with every folded sheet read as its panels, renumbered 1.. in
    reading order (see the module docstring). Pages that show no folds come back as they are."""
    folds_by_size: dict[tuple[int, int], list[float]] = {}
    for page in pages:
        marked = marked_folds(page)
        if marked:
            folds_by_size.setdefault(_size(page), marked)
    if not folds_by_size:
        return pages
    out: list[Page] = []
    for page in pages:
        folds = folds_by_size.get(_size(page))
        if folds and _panels_fit(page, folds) and _clear(page, folds):
            out.extend(sheet_parts(page, folds))
        else:
            out.append(page)
    return renumbered(out)


def marked_folds(page: Page) -> list[float]:
    """The x of the sheet's folds, rising: the fold marks in its margins at x that the text
    clears, when they cut the sheet into panels of about equal width; else []."""
    if page.width <= page.height:
        return []
    texts = [ln for ln in page.lines if ln.text.strip()]
    if not texts or not _clear_somewhere(page, texts):
        return []  # decided on the text alone: the rulings are read only on a likely sheet
    top = min(ln.bbox[1] for ln in texts)
    bottom = max(ln.bbox[3] for ln in texts)
    marks = sorted(
        (r.x0 + r.x1) / 2
        for r in page.rulings
        if not r.horizontal
        and r.bottom - r.top <= _MARK_LENGTH * page.height
        and (r.bottom <= top or r.top >= bottom)
    )
    folds: list[float] = []
    for x in marks:
        if folds and x - folds[-1] <= _SAME_X:
            continue
        folds.append(x)
    folds = [x for x in folds if _MIN_PANEL * page.width <= x <= (1 - _MIN_PANEL) * page.width]
    if not folds or not _panels_fit(page, folds) or not _clear(page, folds):
        return []
    return folds


def _panels_fit(page: Page, folds: Sequence[float]) -> bool:
    """The folds cut panels of about equal width, none too narrow."""
    bounds = [0.0, *folds, page.width]
    widths = [b - a for a, b in zip(bounds, bounds[1:], strict=False)]
    narrowest = min(widths)
    return narrowest >= _MIN_PANEL * page.width and max(widths) <= _EQUAL_PANELS * narrowest


def _clear(page: Page, folds: Sequence[float]) -> bool:
    """No line of text, and no rule across (a table's border, a band), crosses a fold."""
    for x in folds:
        lo, hi = x - _CLEAR, x + _CLEAR
        if any(ln.bbox[0] < lo and ln.bbox[2] > hi for ln in page.lines if ln.text.strip()):
            return False
        if any(r.horizontal and r.x0 < lo and r.x1 > hi for r in page.rulings):
            return False
    return True


def _clear_somewhere(page: Page, texts: Sequence[Line]) -> bool:
    """Some x between the narrowest panel's edges that no line crosses, with text on both sides
    of it: a sheet whose text merely stops short of its right edge (a landscape page of short
    lines) is no folded sheet, and its rulings are not read for fold marks."""
    lo, hi = _MIN_PANEL * page.width, (1 - _MIN_PANEL) * page.width
    spans = sorted((ln.bbox[0], ln.bbox[2]) for ln in texts if ln.bbox[2] > lo and ln.bbox[0] < hi)
    reach = lo
    for x0, x1 in spans:
        if x0 > reach + 2 * _CLEAR:
            return True
        reach = max(reach, x1)
    return reach < hi and any(ln.bbox[0] > reach + 2 * _CLEAR for ln in texts)


def _size(page: Page) -> tuple[int, int]:
    return round(page.width), round(page.height)
