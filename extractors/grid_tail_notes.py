"""A grid's closing note printed under its last ruled row.

A sheet that prints an unruled merged row under each action ('Update: Pilot running in two
teams') cuts its grid into pieces at those rows (plan_columns.stitch_title_rows joins them); the
note under the LAST action closes the grid with no ruled piece after it, so it lies outside
every table and its action's progress would be lost. A line just under a grid, within the grid's
columns, that opens with a label saying it is progress ('Update:', 'Progress:') is that note:
it becomes a row of one cell across the grid, as the notes between the pieces are. Where such
a line lies near a grid but cannot be read as its row (too far below, more rows than a note
holds, text running across the grid's sides) it stays a paragraph. A line in a closing note's
shape under a label no vocabulary reads as progress stays a paragraph too; tail_note_under gives
it to note_rows_unread.unread_tail_notes, which says it (plan_column_unplaced) where the grid's
own rows carry notes under the same label and the note is no action's progress.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plantrace.pipeline.document import Cell, Line, Page, Table
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import line_within, straddles, text_rows

_LABELLED = re.compile(r"^\s*(?P<label>[^:\d]{2,40}?)\s*:\s*\S")
_LABEL_WORDS = 3  # a note's label is short ('Latest update:')
_NOTE_ROWS = 3  # text rows a closing note holds at most
_PAD = 4.0  # points of cell padding above a note's text, beyond its own line height


def _labelled(text: str, label_ok: Callable[[str], bool]) -> bool:
    m = _LABELLED.match(text)
    return (
        m is not None
        and len(m.group("label").split()) <= _LABEL_WORDS
        and label_ok(m.group("label"))
    )


def _in_other(ln: Line, t: Table, tables: Sequence[Table]) -> bool:
    """Whether the line's middle lies inside another table than t (text of that table)."""
    cx, cy = (ln.x0 + ln.bbox[2]) / 2, (ln.top + ln.bottom) / 2
    return any(
        o is not t
        and o.page == t.page
        and o.bbox[0] <= cx <= o.bbox[2]
        and o.bbox[1] <= cy <= o.bbox[3]
        for o in tables
    )


def _note_under(
    t: Table, lines: Sequence[Line], tables: Sequence[Table], label_ok: Callable[[str], bool]
) -> list[Line] | None:
    """The lines (of lines, a page's) of a progress note just under t within its columns, or
    None."""
    below = [
        ln for ln in lines
        if ln.top > t.bbox[3] - 1.0 and ln.top < t.bbox[3] + 60.0 and ln.x0 < t.bbox[2] and ln.bbox[2] > t.bbox[0]
    ]  # fmt: skip
    clipped = [line_within(ln, t.bbox[0], t.bbox[2]) for ln in below]
    mine = sorted(
        (c for c in clipped if c is not None and not _in_other(c, t, tables)), key=lambda c: c.top
    )
    if not mine:
        return None
    rows = text_rows(mine)
    first = rows[0]
    height = max(first.bottom - first.top, 1.0)
    if first.top - t.bbox[3] > height + _PAD:
        return None  # not the text of a row closing the grid
    head = [ln for ln in mine if ln.top < first.bottom]
    if any(straddles(ln, t.bbox[0], t.bbox[2]) for ln in below if ln.top < first.bottom):
        return None  # text running out of the grid: no row of it
    if not _labelled(join_text(ln.text for ln in head), label_ok):
        return None
    taken = list(head)
    last = first
    for r in rows[1:_NOTE_ROWS]:
        if r.top - last.bottom > (last.bottom - last.top) * 0.8:
            break
        taken += [ln for ln in mine if r.top <= (ln.top + ln.bottom) / 2 <= r.bottom]
        last = r
    return taken


def read_tail_notes(
    tables: Sequence[Table], page: Page, label_ok: Callable[[str], bool]
) -> list[Table]:
    """Ruled tables with a progress note printed just under a grid (within its columns, opening
    with a label label_ok reads as progress) joined as the grid's last row, a cell across. A
    grid has two rows and two columns at the least: a ruled box of one cell is a status pill
    or a card (a leaflet's pill 'Significant delay' over its 'Where we are:' note had taken the
    note in and lost its status)."""
    out: list[Table] = []
    for t in tables:
        grid = t.ruled and len(t.rows) >= 2 and len(t.rows[0]) >= 2
        note = _note_under(t, page.lines, tables, label_ok) if grid else None
        if not note:
            out.append(t)
            continue
        bottom = max(ln.bottom for ln in note)
        cell = Cell(
            join_text(ln.text for ln in note), (t.bbox[0], t.bbox[3], t.bbox[2], bottom), list(note)
        )
        rows = [*t.rows, [cell, *([None] * (len(t.rows[0]) - 1))]]
        out.append(
            Table(
                page=t.page, bbox=(t.bbox[0], t.bbox[1], t.bbox[2], bottom), rows=rows, ruled=True
            )
        )
    return out


def tail_note_under(t: Table, lines: Sequence[Line], tables: Sequence[Table]) -> list[Line] | None:
    """The lines of a closing note's shape under grid t, under any short label, among lines
    (the text the plan left outside every table): just under t, within its columns, one to three
    rows, top down. None where there is none or t is no grid of two rows and two columns. The
    lines, not only their text: where the note is printed (its left edge, its type size) tells
    the last action's note from a footnote."""
    if not (t.ruled and len(t.rows) >= 2 and len(t.rows[0]) >= 2):
        return None
    return _note_under(t, lines, tables, lambda _: True) or None
