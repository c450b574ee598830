"""Columns that only drawn marks make: a status given by a coloured shape, no word.

A status column printed as an icon per row (a green disc, an orange triangle, a red square,
a blue disc with a tick), its words hidden or absent, leaves no text to find the column by: an
unruled table's columns come from where text starts, so the status header's word is taken into
the column left of it ('Deadline RAG' over the dates) and the icons land in no cell. The
evidence is the drawing: marks stacked down the table's rows at one centre (whatever their
shapes and widths: a triangle is wider than a disc) make a column; it starts at the header cell
printed over the stack (the icons are centred under it, their left edges right of the cell's),
else at the marks' left edge. A single mark is a column only under a header cell of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import BBox, Line, Page

TOL = 3.0  # points: marks of one column share their centre to this
MIN_MARK = 6.0  # points: narrower is a rule's end or a dot of a leader, no mark
MAX_SHARE = 0.3  # of the table's width: wider is a band or a cell's fill, not one mark
CELL_GAP = 0.8  # font sizes: a wider gap between two header words parts two cells
ICON_WIDTH = 3 * MIN_MARK  # points: one mark no wider is an icon (a tile or a card is wider)
WRAP_PITCH = 1.25  # font sizes: a wrapped header cell's next line starts no lower than this
HEAD_TIERS = (
    4  # lines of a header, at most (a narrow cell's head wrapped: 'Date / we / will be / there')
)
CENTRED = 2.0  # points: a mark centred under a word stands this near its middle


def mark_columns(
    page: Page,
    starts: Sequence[float],
    top: float,
    bottom: float,
    x_hi: float,
    header: Sequence[tuple[float, float]] = (),
    words: Sequence[tuple[float, float]] = (),
) -> tuple[list[float], float | None]:
    """Column edges with the columns that only marks make, and the table's right edge then.

    starts: the columns the text shows; top, bottom: the table's rows; x_hi: the right end of
    its text; header: the x-spans of its header row's cells (header_cells). A stack of marks
    opens a column at the header cell over it alone (else at its left edge) unless a column
    already starts there; one reaching right of all text moves the table's right edge to it.
    words: the x-spans of the header's words (header_words): a stack under a header word that
    starts where a column does is that column's (a scale's steps set close, 'Not / underway'
    over its marks, its cell's word where the column starts)."""
    if len(starts) < 2:
        return list(starts), None
    width = max(x_hi, max(starts)) - starts[0]
    spans = [
        (round(min(b[0] for b in boxes)), round(max(b[2] for b in boxes)), len(boxes))
        for boxes in _stacks(_marks(page), starts[0], top, bottom, width)
    ]
    heads = _heads([(x0 + x1) / 2 for x0, x1, _ in spans], header)
    out = list(starts)
    right: float | None = None
    for (x0, x1, n), head in zip(spans, heads, strict=True):
        known = any(abs(x0 - s) <= TOL for s in starts)  # a column the plan's grid has there
        if _under_column_word((x0 + x1) / 2, starts, words):
            continue
        if n < 2 and not known and head is None:
            continue
        # icons centred under their header start right of it; a filled cell starts left of
        # its padded header word: the column starts at whichever is further left
        edge = min(x0, head) if head is not None else x0
        # right of all text (a column known from the page before, too), or a stack of icons
        # reaching past it, centred under a short last header word that ends left of them
        if edge >= x_hi or (x1 > x_hi and (n >= 2 or x1 - x0 <= ICON_WIDTH)):
            right = max(right or 0.0, float(x1))
        if not any(edge - TOL <= s < x1 - TOL for s in out):
            out.append(float(edge))
    return sorted(out), right


def _under_column_word(
    centre: float, starts: Sequence[float], words: Sequence[tuple[float, float]]
) -> bool:
    """A header word centred over the stack starts where a column starts: the stack is in it
    (a scale's step word over its marks, each mark centred under its step). A stack merely
    under a word's span, off its middle (a status column's fills beside a text column's head,
    a mark at a cell's left), keeps its own column."""
    return any(
        abs(centre - (a + b) / 2) <= max(CENTRED, 0.15 * (b - a))
        and any(abs(a - s) <= TOL for s in starts)
        for a, b in words
    )


def header_words(region: Sequence[Line]) -> list[tuple[float, float]]:
    """The x-spans of the words of a table region's header: its lines from its top down, each
    within a wrapped line's pitch of the one above, HEAD_TIERS lines at most (a cell wrapped
    bottom-aligned sets its upper lines alone higher)."""
    if not region:
        return []
    order = sorted(region, key=lambda ln: ln.top)
    last, tiers, out = order[0].top, 0, []
    for ln in order:
        if ln.top > last + 2.0:  # a lower line: the header's next tier, or the body
            if ln.top > last + WRAP_PITCH * ln.font_size or tiers == HEAD_TIERS - 1:
                break
            last, tiers = ln.top, tiers + 1
        out += [(w.x0, w.x1) for w in ln.words]
    return out


def _heads(centres: Sequence[float], header: Sequence[tuple[float, float]]) -> list[float | None]:
    """For each stack (by its centre), the left edge of the header cell over it and over no
    other stack; None where there is none (a group's header over several columns of marks,
    'Quarterly rating' over Q1 .. Q4, heads none of them)."""
    covers = [[i for i, c in enumerate(centres) if a - TOL <= c <= b + TOL] for a, b in header]
    out: list[float | None] = [None] * len(centres)
    for (a, _), under in zip(header, covers, strict=True):
        if len(under) == 1 and (out[under[0]] is None or a < out[under[0]]):  # type: ignore[operator]
            out[under[0]] = a
    return out


def _marks(page: Page) -> list[BBox]:
    """The page's filled boxes (each as drawn: a cell painted twice counts twice, as a run of
    cells does) and the status marks among its glyphs and paths that are no filled box."""
    _ = page.rulings  # the drawing is read with the rulings
    boxes = [box for box, _colour in page.fills]
    drawn = {_key(box) for box in boxes}
    return boxes + [box for box, _colour in page.glyph_fills if _key(box) not in drawn]


def _key(box: BBox) -> tuple[float, ...]:
    return tuple(round(v, 1) for v in box)


def _stacks(
    marks: Sequence[BBox], left: float, top: float, bottom: float, width: float
) -> list[list[BBox]]:
    """The marks inside the table's rows, a mark's size, grouped by their centres, left first."""
    stacks: list[tuple[float, list[BBox]]] = []
    for box in sorted(marks, key=lambda b: (b[0] + b[2]) / 2):
        x0, y0, x1, y1 = box
        if y1 < top - TOL or y0 > bottom + TOL or x0 < left - TOL:
            continue
        if x1 - x0 > MAX_SHARE * width or x1 - x0 < MIN_MARK:
            continue
        centre = (x0 + x1) / 2
        if stacks and abs(stacks[-1][0] - centre) <= TOL:
            stacks[-1][1].append(box)
        else:
            stacks.append((centre, [box]))
    return [boxes for _, boxes in stacks]


def header_cells(region: Sequence[Line]) -> list[tuple[float, float]]:
    """The x-spans of a table region's header cells: the words of its lines that start within
    a line's height of its top (a header cell wrapped onto two lines sets the others' words
    lower), run together where a word space parts them, apart where a wider gap does."""
    if not region:
        return []
    top = min(ln.top for ln in region)
    out: list[tuple[float, float]] = []
    for ln in region:
        if ln.top > top + 0.9 * ln.font_size:
            continue
        for w in sorted(ln.words, key=lambda w: w.x0):
            if out and out[-1][1] <= w.x0 < out[-1][1] + CELL_GAP * ln.font_size:
                out[-1] = (out[-1][0], w.x1)
            else:
                out.append((w.x0, w.x1))
    return out
