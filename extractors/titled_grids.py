"""A record printed as a small table of its own: a title strip across the top holding its ref,
over a few cells (quadrants) each holding labelled lines.

A log of improvement cycles (Plan-Do-Study-Act) prints each change it tests so: a dark title
row 'Test 2.1', then PLAN | DO over STUDY | ACT, the owner and due lines ('Led by: ...',
'Cycle ends: ...') inside the PLAN quadrant, the status line inside ACT. Other records print
the same way (a risk's box: 'Risk 4' over Cause | Effect over Mitigation | Rating). Such a table
is no table of rows: it is one card, read as the boxed cards are (plan_cards), once its cells'
lines are put in reading order, cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_cards import (
    _LABEL_ONLY,
    MAX_LABEL_CHARS,
    _ref_cell,
    field_line,
    height,
)
from plantrace.pipeline.document import Line, Table, Word

MAX_GRID_CELLS = 3  # across and down: a record's quadrants, not a table of rows


def titled_grid_box(raw: Table) -> list[Line] | None:
    """The lines of a box around one record whose head is a title strip across it holding the
    record's ref ('Test 2.1'), over a few cells (quadrants) that each hold labelled lines, read
    head first, then cell by cell, row by row, left to right, each cell's lines stacked under
    the last; None for any other table.

    A log of improvement cycles prints each change it tests so: a dark title row, then PLAN |
    DO over STUDY | ACT, the owner and due lines inside the PLAN quadrant. Read by height the
    quadrants side by side would interleave; a cell's lines stay together, as printed."""
    rows = [
        list({id(c): c for c in r if c is not None and c.text.strip()}.values()) for r in raw.rows
    ]
    rows = [r for r in rows if r]
    if not 2 <= len(rows) <= MAX_GRID_CELLS + 1 or len(rows[0]) != 1:
        return None
    head, body = rows[0][0], rows[1:]
    if len(head.lines) != 1 or _ref_cell(head.text) is None:
        return None
    if any(len(r) > MAX_GRID_CELLS for r in body) or max(len(r) for r in body) < 2:
        return None
    cells = [c for r in body for c in sorted(r, key=lambda c: c.bbox[0])]
    if any(c.bbox[1] < head.bbox[3] - 1 for c in cells):
        return None  # a cell beside the title, not under it
    lines = [ln for c in cells for ln in c.lines]
    if sum(1 for ln in lines if field_line(ln) is not None) < 2:
        return None
    out = [head.lines[0]]
    left, y = head.bbox[0], head.lines[0].bottom
    for c in cells:
        held = c.lines[1:] if _named_cell(c.lines) else c.lines
        if not held:
            continue
        gap = CELL_GAP * height(held[0])  # a cell's last line carries on into no other cell
        dx, dy = left - c.bbox[0], y + gap - held[0].top
        out.extend(_moved_line(ln, dx, dy) for ln in held)
        y = out[-1].bottom
    # set one under the other, the cells would reach down over what is printed under the box;
    # drawn closer, in proportion, they stay within it
    floor = max(c.bbox[3] for c in cells)
    top, reach = out[0].bottom, y - out[0].bottom
    f = min(1.0, (floor - top) / reach) if reach > 0 else 1.0
    return [out[0], *(_moved_line(ln, 0.0, (top + (ln.top - top) * f) - ln.top) for ln in out[1:])]


CELL_GAP = 3.0  # line heights between a cell's lines and the next cell's, restacked


def _named_cell(lines: Sequence[Line]) -> bool:
    """Whether a cell's first line is its name ('PLAN', 'ACT'): a word or a few alone over a
    label of the cell's own (a label alone, a label and its value, a question). It heads the
    cell's fields; it labels no value and is no text of the record."""
    if len(lines) < 2:
        return False
    first, nxt = (" ".join(ln.text.split()) for ln in lines[:2])
    if not _LABEL_ONLY.match(first) or first.endswith("?"):
        return False
    return (
        _LABEL_ONLY.match(nxt) is not None
        or field_line(lines[1]) is not None
        or (nxt.endswith("?") and len(nxt) <= MAX_LABEL_CHARS)
    )


def _moved_line(line: Line, dx: float, dy: float) -> Line:
    """The line set dx, dy points away, its words with it."""
    x0, top, x1, bottom = line.bbox
    words = [
        Word(w.text, w.x0 + dx, w.top + dy, w.x1 + dx, w.bottom + dy, printed=w.printed or w)
        for w in line.words
    ]
    return Line(line.text, (x0 + dx, top + dy, x1 + dx, bottom + dy), line.font_size, line.bold,
                line.page, line.index, words=words, span=line.span, colour=line.colour)  # fmt: skip
