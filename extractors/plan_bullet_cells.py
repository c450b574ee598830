"""Actions listed as bullets inside one cell of a response table.

A council's response to an inspection is often a Word table of two columns: the
recommendation in the left cell, and in the right cell ALL the actions answering it, each a
BULLET PARAGRAPH of the one cell whose fields follow its text inline, parted by spaced dashes
('<do> – <who> – <when> – <status>') or given in a bracket ('<do> (Lead: <who>; <when>)
<status>'). An indented paragraph under a bullet opening with a note label ('Update: ...') is
that action's progress. No header names an action column, so the table reader keeps such a
table as a raw grid.

The evidence is the cell's shape, never its words: a column whose cells hold lines opening
with a bullet glyph (plan_commitments' glyphs: a symbol, a dash, a private-use glyph), each
bullet an item whose closing who and when read as an owner and a date (plan_commitments'
reader of bullets in running text). A glyph opening a wrapped line ('– Service Manager – June
2025', a dash separator that wrapped to the line's start) is no new bullet where the cell
spaces its paragraphs: a bullet opens a paragraph, a gap wider than the cell's line pitch.
The row's other cell is the recommendation the bullets answer (plan_actions.group_cell reads
its '2.' label); a row cut by a page break goes on in the next page's piece, whose first lines
carry on the last bullet. Each table becomes one action table (recommendation_text | ref |
action | owner | due | rag | progress | governance) read by the plan's table readers.

Only where the plan's other action tables hold no actions, and only when MIN_ITEMS bullets
of the table name a date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_commitments import (
    BULLET,
    Item,
    bullet_mark,
    inline_fields,
    item_row,
    note_role,
    read_notes,
    set_fields,
)
from plantrace.extractors.plan_prose import ROLES, printed_labels
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.normalise.dates import parse_due

MIN_ITEMS = 2  # dated bullets a table holds before its bullets are read as actions
MIN_CELLS = 1  # cells of the column holding bullets (a row cut by the page break: one)
_PARAGRAPH_GAP = 1.25  # line pitches: a gap this much wider than the pitch opens a paragraph
_NOTE_INDENT = 0.6  # font sizes: a paragraph indented under its bullet is a note on it
_ALIGN = 4.0  # points: a table's next piece stands where its last piece stood
ROLES_LINKED = ["recommendation_text", *ROLES]


def adopt_bullet_cells(elements: list[Element]) -> list[Element]:
    """Elements with each table whose one column lists bullets read as one action table: a raw
    grid (no header the table reader knows), or an action table whose action column is the
    list and which has no owner, date or status column of its own (a header 'Our response'
    names the column of bullets). The elements unchanged where other action tables hold
    actions."""
    if any(
        el.table is not None and el.table.kind == ACTION_TABLE and el.table.rows and not _bare(el)
        for el in elements
    ):
        return elements
    out: list[Element] = []
    open_table: _Read | None = None  # the table read so far, continued by the next piece
    reads: list[_Read] = []
    for el in elements:
        pieces = _pieces(el)
        if not pieces:
            out.append(el)
            if el.table is not None:
                open_table = None
            continue
        found = open_table
        saved = open_table.save() if open_table is not None else None
        for piece in pieces:
            found = _read_piece(piece, found)
            if found is None:
                break
        if found is None:
            # a piece lists no bullets: the element stays as it was, and what its earlier
            # pieces added to the table read above is taken back (else read twice)
            if open_table is not None and saved is not None:
                open_table.restore(saved)
            out.append(el)
            open_table = None
            continue
        if open_table is None or found is not open_table:
            open_table = found
            reads.append(found)
            out.append(Element(el.page, el.top, table=found.table))
    for read in reads:
        _finish(read)
    return out


def _pieces(el: Element) -> list[Table]:
    """The printed grids an element may list bullets in: a raw grid, or a bare action table's
    pieces; none for anything else."""
    if el.raw is not None:
        return [el.raw]
    return list(el.table.pieces) if el.table is not None and _bare(el) else []


def _bare(el: Element) -> bool:
    """An action table of a few columns whose only field columns are the action and the
    recommendation it answers: its action cells may list the actions with their fields."""
    t = el.table
    if t is None or t.kind != ACTION_TABLE or not t.pieces or len(t.roles) > 3:
        return False
    return t.col("action") is not None and all(
        r in (None, "action", "recommendation_text", "rec", "other") for r in t.roles
    )


class _Read:
    """A bullet table being read: its made table, its items by row, the header row's text."""

    __slots__ = (
        "table", "items", "header", "labels", "col", "rec_col", "spaced", "left", "last",
    )  # fmt: skip

    def __init__(self, table: PlanTable, header: str, col: int, rec_col: int) -> None:
        self.table = table
        self.items: list[tuple[Item, Cell | None]] = []
        self.header = header
        self.labels: dict[int, str] = {}  # the header row's label of each column
        self.col = col
        self.rec_col = rec_col
        self.spaced = False
        self.left: float | None = None  # where the bullets stand: a note is indented from it
        self.last: Table | None = None  # the last piece read

    def save(self) -> _Saved:
        """What reading a piece changes: the items' count, the last item's lines and notes
        (a piece's first lines carry it on), where the bullets stand, the last piece."""
        tail = self.items[-1][0] if self.items else None
        return _Saved(
            len(self.items),
            len(tail.lines) if tail else 0,
            len(tail.notes) if tail else 0,
            self.left,
            self.last,
        )

    def restore(self, saved: _Saved) -> None:
        """The read as it was when saved: the pieces read since taken back."""
        del self.items[saved.items :]
        if self.items:
            tail = self.items[-1][0]
            del tail.lines[saved.lines :]
            del tail.notes[saved.notes :]
        self.left, self.last = saved.left, saved.last


class _Saved(NamedTuple):
    items: int
    lines: int
    notes: int
    left: float | None
    last: Table | None


def _finish(read: _Read) -> None:
    """The made table gets its rows, one per item read."""
    rows: list[Row] = []
    for item, rec in read.items:
        if not _read_item(item):
            # a bullet whose who and when are not read: its text alone, so that the plan's
            # warnings name the action with no owner or date, rather than dropping it
            item.fields = {"action": item.body}
            read_notes(item)
        row = item_row(item)
        row.cells.insert(0, rec)
        row.merged_above.insert(0, False)
        rows.append(row)
    read.table.rows = rows


def _bullet_column(t: Table) -> int | None:
    """The column whose cells list bullets: the most bullet lines, in MIN_CELLS cells at least."""
    best: tuple[int, int] | None = None
    width = max((len(r) for r in t.rows), default=0)
    for j in range(width):
        cells = [r[j] for r in t.rows if j < len(r) and r[j] is not None]
        counts = [sum(bullet_mark(ln.text) is not None for ln in c.lines) for c in cells if c]
        listed = sum(n > 0 for n in counts)
        if listed >= MIN_CELLS and (best is None or sum(counts) > best[1]):
            best = (j, sum(counts))
    return best[0] if best is not None else None


def _row_text(row: Sequence[Cell | None]) -> str:
    return " ".join(" ".join(c.text.split()) for c in row if c is not None)


def _read_piece(t: Table, open_table: _Read | None) -> _Read | None:
    """The piece's bullets added to the table read above it (a row cut by the page break goes
    on here), else to a new read; None where the piece lists no bullets."""
    if len(t.rows) < 1 or max(len(r) for r in t.rows) < 2:
        return None
    if open_table is not None and not _continues(t, open_table):
        open_table = None  # another table, not the next page's piece of this one
    col = _bullet_column(t) if open_table is None else open_table.col
    if col is None:
        return None
    read = open_table
    rows = list(t.rows)
    if read is None:
        rec_col = _rec_column(t, col)
        if rec_col is None:
            return None
        header = _row_text(rows[0]) if not _lists(rows[0], col) else ""
        table = PlanTable(
            ACTION_TABLE,
            list(ROLES_LINKED),
            printed_labels(ROLES_LINKED),
            [],
            t.page,
            t.bbox[1],
        )
        read = _Read(table, header, col, rec_col)
        if header:
            read.labels = {j: " ".join(c.text.split()) for j, c in enumerate(rows[0]) if c}
        read.spaced = _spaced(t, col)
        if not _enough(t, col, read.spaced):
            return None
    read.last = t
    for r in rows:
        if read.header and _row_text(r) == read.header:
            continue  # the header row, repeated atop each page
        cell = r[col] if col < len(r) else None
        rec = r[read.rec_col] if read.rec_col < len(r) else None
        rec = (
            rec
            if rec is not None and rec.text.strip() and not _heads(rec, read, read.rec_col)
            else None
        )
        lines = _below_header(cell, read) if cell is not None else []
        if lines:
            _add_items(read, lines, rec)
    return read


def _heads(cell: Cell, read: _Read, col: int) -> bool:
    """The cell is the header's own, repeated atop a page."""
    return " ".join(cell.text.split()) == read.labels.get(col)


def _below_header(cell: Cell, read: _Read) -> list[Line]:
    """The cell's lines, less the header's label where the repeated header row and the row cut
    by the page break were read as one cell."""
    lines = sorted((ln for ln in cell.lines if ln.text.strip()), key=lambda ln: ln.top)
    label = read.labels.get(read.col)
    for k in range(1, min(len(lines), 3) + 1):
        if label and " ".join(" ".join(ln.text for ln in lines[:k]).split()) == label:
            return lines[k:]
    return lines


def _continues(t: Table, read: _Read) -> bool:
    """The piece is the next page's piece of the table read: on the page after the last piece,
    as wide, its columns where the last piece's stood."""
    last = read.last
    if last is None or t.page != last.page + 1 or len(t.rows[0]) != len(last.rows[0]):
        return False
    return abs(t.bbox[0] - last.bbox[0]) <= _ALIGN and abs(t.bbox[2] - last.bbox[2]) <= _ALIGN


def _lists(row: Sequence[Cell | None], col: int) -> bool:
    cell = row[col] if col < len(row) else None
    return cell is not None and any(bullet_mark(ln.text) is not None for ln in cell.lines)


def _filled(row: Sequence[Cell | None], j: int) -> bool:
    cell = row[j] if j < len(row) else None
    return cell is not None and bool(cell.text.strip())


def _rec_column(t: Table, col: int) -> int | None:
    """The other column holding text in most rows whose bullet cell lists: the recommendation
    the bullets answer."""
    listing = [r for r in t.rows if _lists(r, col)]
    best: tuple[int, int] | None = None
    for j in range(max(len(r) for r in t.rows)):
        if j == col:
            continue
        filled = sum(1 for r in listing if _filled(r, j))
        if filled * 2 >= len(listing) and (best is None or filled > best[1]):
            best = (j, filled)
    return best[0] if best is not None else None


def _gaps(cell_lines: Sequence[Line]) -> list[tuple[Line, float]]:
    """Each line of a cell after its first, with its top's distance from the line above."""
    lines = sorted((ln for ln in cell_lines if ln.text.strip()), key=lambda ln: ln.top)
    return [(b, b.top - a.top) for a, b in zip(lines, lines[1:], strict=False)]


def _pitch(cell_lines: Sequence[Line]) -> float:
    """The cell's line pitch: the least distance between the tops of two lines."""
    gaps = [g for _, g in _gaps(cell_lines) if g > 0]
    return min(gaps) if gaps else 0.0


def _spaced(t: Table, col: int) -> bool:
    """The column's bullets open paragraphs spaced wider than the cell's line pitch: then only
    a bullet after such a gap opens an item (a glyph after a wrap is a separator's dash)."""
    for r in t.rows:
        cell = r[col] if col < len(r) else None
        if cell is None:
            continue
        pitch = _pitch(cell.lines)
        for ln, gap in _gaps(cell.lines):
            if bullet_mark(ln.text) is not None and pitch and gap >= pitch * _PARAGRAPH_GAP:
                return True
    return False


def _enough(t: Table, col: int, spaced: bool) -> bool:
    """At least MIN_ITEMS of the piece's bullets name who and a date."""
    probe = _Read(PlanTable(ACTION_TABLE, [], [], [], t.page, 0.0), "", col, -1)
    probe.spaced = spaced
    for r in t.rows:
        cell = r[col] if col < len(r) else None
        if cell is not None and cell.lines:
            _add_items(probe, cell.lines, None)
    dated = 0
    for item, _ in probe.items:
        if _read_item(item) and parse_due(item.fields.get("due", "")) is not None:
            dated += 1
    return dated >= MIN_ITEMS


def _add_items(read: _Read, cell_lines: Sequence[Line], rec: Cell | None) -> None:
    """The cell's lines split into bullet items: a bullet line opens one (after a paragraph's
    gap where the column spaces its bullets), a line indented under the bullet is a note on
    it, any other line carries the item on. Lines before the cell's first bullet carry on the
    last item of the table (a bullet cut by the page break)."""
    lines = sorted((ln for ln in cell_lines if ln.text.strip()), key=lambda ln: ln.top)
    if not lines:
        return  # a cell whose lines are all blank: nothing to add, nor a left edge to take
    pitch = _pitch(lines)
    bullets = [ln.x0 for ln in lines if bullet_mark(ln.text) is not None]
    if bullets:
        read.left = min(bullets)
    left = read.left if read.left is not None else min(ln.x0 for ln in lines)
    current = read.items[-1][0] if read.items else None
    first_rec = rec
    prev: Line | None = None
    for ln in lines:
        gap = ln.top - prev.top if prev is not None else None
        opens = bullet_mark(ln.text) is not None and (
            prev is None or not read.spaced or not pitch or (gap or 0) >= pitch * _PARAGRAPH_GAP
        )
        prev = ln
        if opens:
            current = Item(BULLET, [ln])
            read.items.append((current, first_rec))
            first_rec = None
            continue
        if current is None:
            continue
        if ln.x0 - left >= _NOTE_INDENT * ln.font_size or note_role(ln.text) is not None:
            current.notes.append(ln)  # 'Update: ...' under its bullet, indented or labelled
        elif current.notes and read.items and gap is not None and gap < pitch * _PARAGRAPH_GAP:
            current.notes.append(ln)
        else:
            current.lines.append(ln)


def _read_item(item: Item) -> bool:
    """The item's action, owner, due and status (plan_commitments' inline fields), and its
    notes; whether it names who."""
    if item.fields:
        return True
    found, status = inline_fields(item.body)
    if found is None:
        return False
    set_fields(item, found, status)
    return True
