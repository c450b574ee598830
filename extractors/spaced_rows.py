"""A table whose rows are drawn apart: each row its own filled band, a gap between the bands.

Web pages set a table's rows apart (CSS `border-spacing` on a separated table: every cell
shaded, a few points of page between one row and the next) and print its header as plain text
above them. The rulings then close each row on its own, so the grid finder returns a one-row
grid per row, none with a header, and the header line is read as a paragraph: a measures table
read as nothing at all. Where one-row grids of as many columns (three or more), their columns'
edges level, stand one under the next with a gap smaller than half a row, and a line right
above the first holds words at every column's left edge, they are one table: that line its
header row, each grid its body row.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Line, Page, Table, Word

EDGE_SLACK = 6.0  # points: two rows' column edges, or a header word and its column, level
ROW_GAP = 0.5  # row heights: the page between two bands of one table is less than this
HEAD_GAP = 1.5  # header line heights: the header line stands this close above the first band
CELL_GAP = 6.0  # points: two header cells' words stand further apart than two words of a sentence


def stack_spaced_rows(tables: list[Table], page: Page) -> list[Table]:
    """The page's grids with each run of spaced one-row grids under a header line made one
    table (the header its first row); grids as they were elsewhere."""
    bands = sorted((t for t in tables if _band(t)), key=lambda t: t.bbox[1])
    runs: list[list[Table]] = []
    for t in bands:
        if runs and _follows(runs[-1][-1], t):
            runs[-1].append(t)
        else:
            runs.append([t])
    out = list(tables)
    for run in runs:
        if sum(len(t.rows) for t in run) < 2:
            continue
        header = _header_row(run[0], page)
        if header is None:
            continue
        joined = Table(
            page=run[0].page,
            bbox=(
                min(t.bbox[0] for t in run),
                min(c.bbox[1] for c in header),
                max(t.bbox[2] for t in run),
                run[-1].bbox[3],
            ),
            rows=[list(header), *(list(r) for t in run for r in t.rows)],
            ruled=True,
        )
        at = min(i for i, t in enumerate(out) if any(t is r for r in run))
        out = [t for t in out if not any(t is r for r in run)]
        out.insert(at, joined)
    return out


def _band(t: Table) -> bool:
    """A grid of three columns or more, every cell holding words, no header row: a row drawn on
    its own (or rows the gaps between them were too thin to part)."""
    from plantrace.extractors.plan_columns import is_header  # it reads the tables built here

    return (
        t.ruled
        and bool(t.rows)
        and len(t.rows[0]) >= 3
        and all(len(r) == len(t.rows[0]) for r in t.rows)
        and all(c is not None and c.text.strip() for r in t.rows for c in r)
        and not is_header([c.text for c in t.rows[0] if c is not None])
    )


def _lefts(t: Table) -> list[float]:
    return [c.bbox[0] for c in t.rows[-1] if c is not None]


def _follows(a: Table, b: Table) -> bool:
    """b is the next row of a's table: as many columns, their edges level, a gap under half the
    lower row's height between them."""
    if len(a.rows[-1]) != len(b.rows[0]):
        return False
    if any(abs(x - y) > EDGE_SLACK for x, y in zip(_lefts(a), _lefts(b), strict=True)):
        return False
    if abs(a.bbox[2] - b.bbox[2]) > EDGE_SLACK:
        return False
    height = min(_row_height(a.rows[-1]), _row_height(b.rows[0]))
    gap = b.bbox[1] - a.bbox[3]
    return -1.0 <= gap < ROW_GAP * height


def _row_height(row: Sequence[Cell | None]) -> float:
    return max(c.bbox[3] - c.bbox[1] for c in row if c is not None)


def _header_row(first: Table, page: Page) -> list[Cell] | None:
    """The cells of the line printed right above the first band, its words split at the bands'
    column edges, when every column has words of it and none stand outside the table; None
    otherwise."""
    lefts = _lefts(first)
    left, top, right = first.bbox[0], first.bbox[1], first.bbox[2]
    above = [
        ln
        for ln in page.lines
        if ln.bbox[3] <= top + 1.0
        and top - ln.bbox[3] <= HEAD_GAP * max(ln.bbox[3] - ln.bbox[1], 1.0)
        and ln.bbox[2] > left
        and ln.bbox[0] < right
    ]
    if not above:
        return None
    above.sort(key=lambda ln: ln.bbox[1])
    words = [w for ln in above for w in sorted(ln.words, key=lambda w: w.x0)]
    if not words or any(w.x0 < left - EDGE_SLACK or w.x1 > right + EDGE_SLACK for w in words):
        return None
    columns: list[list[Word]] = [[] for _ in lefts]
    for w in words:
        k = max([0, *(i for i, x in enumerate(lefts) if w.x0 >= x - EDGE_SLACK)])
        columns[k].append(w)
    if any(not ws for ws in columns):
        return None
    for ws, nxt in zip(columns, columns[1:], strict=False):
        # a sentence run across the columns (a heading over the table) is no header: its words
        # stand a space apart where the columns part
        level = [w for w in ws if any(abs(w.top - v.top) < 2.0 for v in nxt)]
        if level and min(v.x0 for v in nxt) - max(w.x1 for w in level) < CELL_GAP:
            return None
    # each header cell as wide as its column's cells below (words in reading order)
    under = [c for c in first.rows[0] if c is not None]
    return [_cell(ws, above, c.bbox[0], c.bbox[2]) for ws, c in zip(columns, under, strict=True)]


def _cell(words: Sequence[Word], lines: Sequence[Line], left: float, right: float) -> Cell:
    ws = list(words)
    top = min(ln.bbox[1] for ln in lines)  # the line's box: the words' may sit lower
    bottom = max(ln.bbox[3] for ln in lines)
    box = (left, top, right, bottom)
    ref = lines[0]
    line = Line(
        " ".join(w.text for w in ws),
        box,
        ref.font_size,
        ref.bold,
        ref.page,
        ref.index,
        words=list(ws),
        colour=ref.colour,
    )
    return Cell(text=line.text, bbox=box, lines=[line])
