"""A box the page break cut, holding the rest of an unruled table: the table's frame, not a table.

A web page or a word processor draws a card or panel round a table (a 'Tracked metrics' card
round its measures). When the page breaks inside the table, the printer draws the card's piece
on the next page as a closed box of its own, and the rows carried over sit inside it without the
header. Read from its rulings that piece is a one-cell table holding every row's text; the
unruled table left open at the foot of the previous page never sees its rows, which were lost
without a word (the rows after the break dropped from the plan's measures).

The box is let go (its lines read as the page's text) when it opens the page, holds nothing but
lines, and most of its lines start at the open table's column edges: the unruled pass then
continues the table with them as it does for rows printed without a frame. A word processor
repeating the table's header row on the new page shades that row as a band of cells at the
box's top: the box is then that header row over one cell as wide as the box holding every
row, which is the same frame (the header's lines go to the unruled pass too, which knows a
repeated header).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Line, Page, Table, Word

_EDGE = 4.0  # points: a line this close to a column's left edge starts in that column
_SHARE = 0.6  # this share of the box's rows must start at the open table's columns
_SAME_ROW = 2.0  # points: lines whose tops are this close are one row's cells


def frames_carried_rows(
    t: Table, page: Page, open_page: int | None, open_starts: Sequence[float] | None
) -> bool:
    """True when t is a one-cell box that opens the page and holds the rows of the unruled table
    left open on the previous page (its rows start at that table's column edges, words in two
    or more of them); or a one-cell box round a measures table of its own (frames_table)."""
    cell = _one_cell(t)
    if cell is not None and frames_table(t, page):
        return True
    cell = cell or _headed_body(t)
    if cell is None:
        return False
    if open_page is None or open_page != page.number - 1 or not open_starts or len(open_starts) < 2:
        return False
    if any(_above(ln, t) for ln in page.lines if not _in_box(ln, t)):
        return False  # text of the page's own before the box: the box does not carry rows on
    # a row of the table: words starting at two or more of its columns, one at its line's start;
    # cells set in the middle (or foot) of their rows put a row's lines at several heights, so
    # a line starting at one column edge counts too once some line is such a row
    # (but lines that all start at the first column's edge, the box's left, are a column of
    # labels or a paragraph's lines, no row's cells set at several heights: a form's block of
    # labels, one line naming two fields, is no rows of the table above it)
    # (a lone line set right under a row, at one line's pitch, is that row's first cell wrapping
    # on: a measure's name over two lines, 'Assessments completed within 45 working' / 'days';
    # a form's labels stand apart, each over a field's height)
    rows = _rows(cell.lines)
    full = [_row_of(words, open_starts) for words in rows]
    if not any(full):
        return False
    lone = [words[0] for words, f in zip(rows, full, strict=True) if not f]
    edges = {j for w in lone for j, s in enumerate(open_starts) if abs(w.x0 - s) <= _EDGE}
    inner = bool(edges - {min(range(len(open_starts)), key=lambda j: open_starts[j])})
    hits = sum(full) + (
        sum(1 for w in lone if _at_edge(w, open_starts)) if inner else _wraps(rows, full)
    )
    return hits >= _SHARE * len(rows)


def _wraps(rows: Sequence[Sequence[Word]], full: Sequence[bool]) -> int:
    """The lone lines that wrap on from a row right above them (no wider gap than a line's
    height): a row's first cell over two lines or more."""
    count, counted = 0, False
    for i, words in enumerate(rows):
        if full[i]:
            counted = True
            continue
        gap = min(w.top for w in words) - max(w.bottom for w in rows[i - 1]) if i else 1e9
        height = max(w.bottom - w.top for w in words)
        counted = counted and gap <= height
        count += counted
    return count


def _rows(lines: Sequence[Line]) -> list[list[Word]]:
    """The words of the lines set at one height (a row's cells, as one line or several)."""
    rows: list[tuple[float, list[Word]]] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if rows and abs(ln.top - rows[-1][0]) <= _SAME_ROW:
            rows[-1][1].extend(ln.words)
        else:
            rows.append((ln.top, list(ln.words)))
    return [sorted(words, key=lambda w: w.x0) for _, words in rows if words]


def _at_edge(word: Word, starts: Sequence[float]) -> bool:
    return any(abs(word.x0 - s) <= _EDGE for s in starts)


def _row_of(words: Sequence[Word], starts: Sequence[float]) -> bool:
    """The row starts at a column edge and has words starting at another one."""
    if not any(abs(words[0].x0 - s) <= _EDGE for s in starts):
        return False
    hit = {j for w in words for j, s in enumerate(starts) if abs(w.x0 - s) <= _EDGE}
    return len(hit) >= 2


def frames_table(t: Table, page: Page) -> bool:
    """A one-cell box (a card) whose lines hold a row of measure headers ('Indicator  Baseline
    Latest  Goal': an indicator and a figure column) with two or more rows under it: the box is
    the card round an unruled table, read by the unruled pass from the lines it holds."""
    from plantrace.extractors.plan_columns import (  # builds on this
        _header_like,
        gap_runs,
        header_role,
        run_gap,
    )

    cell = _one_cell(t)
    if cell is None or len(cell.lines) < 3:
        return False
    order = sorted(cell.lines, key=lambda ln: (ln.top, ln.x0))
    for i, ln in enumerate(order[:-2]):
        if not ln.bold or not _header_like(order, i):
            continue
        roles = {header_role(text) for text in gap_runs(ln.words, run_gap(ln.font_size))}
        if "indicator" in roles and roles & _FIGURES:
            return True
    return False


_FIGURES = {"baseline", "latest", "target"}


def _one_cell(t: Table) -> Cell | None:
    if len(t.rows) != 1 or len(t.rows[0]) != 1:
        return None
    cell = t.rows[0][0]
    return cell if cell is not None and cell.lines else None


def _headed_body(t: Table) -> Cell | None:
    """The one cell under a header row that fills the rest of box t: a repeated header band
    (two or more cells, each with words) over one cell spanning every column, with only empty
    rows (the frame's ragged foot rules) below it; else None."""
    if len(t.rows) < 2:
        return None
    head, body, *foot = t.rows
    if sum(1 for c in head if c is not None and c.text.strip()) < 2:
        return None
    if any(c is not None and c.text.strip() for r in foot for c in r):
        return None
    cells = [c for c in body if c is not None]
    if len(cells) != 1 or not cells[0].lines or body[0] is None:
        return None
    x0, _, x1, _ = t.bbox
    if cells[0].bbox[0] > x0 + _EDGE or cells[0].bbox[2] < x1 - _EDGE:
        return None  # a cell of a row, not the box's body
    return cells[0]


def _in_box(ln: Line, t: Table) -> bool:
    x0, top, x1, bottom = t.bbox
    return (
        ln.x0 >= x0 - 1.0 and ln.bbox[2] <= x1 + 1.0 and ln.top >= top - 1.0
        and ln.bottom <= bottom + 1.0
    )  # fmt: skip


def _above(ln: Line, t: Table) -> bool:
    return ln.bottom <= t.bbox[1] + 1.0 and bool(ln.text.strip())
