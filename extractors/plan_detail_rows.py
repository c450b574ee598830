"""Child detail rows: a table row's fields printed beneath it as label/value pairs.

A responsive web table (DataTables and the like) shows only a row's ref, text and status, and
prints the row's other fields in a lighter 'child' row under it: one line per field, a label
the header vocabulary knows ('Lead officer', 'Target date', 'Latest update') and its value,
the values starting at one edge. Those lines are neither an action nor the rest of the
action's text: they are the row's own owner, due date, update and recommendation. The shaded
box such a child row is printed in is no table of its own either (its ruled edges would read
as one), so its lines are left to the unruled table around it, which folds them into the row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row, header_role
from plantrace.pipeline.document import Cell, Line, Table, Word, words_bbox
from plantrace.pipeline.layout import join_text

_ALIGN = 2.0  # points: values that start at one edge, give or take a glyph's side bearing
_GAP = 2.5  # a label's gap to its value is this much wider than the line's word spaces
_LABEL_WORDS = 4  # a field label is short: 'Lead officer', 'Date for completion'
# what a child row's fields may say: a row's parts beyond its text (the text is the row's own)
_FIELD_ROLES = frozenset({"owner", "due", "progress", "rag", "rec", "recommendation_text",
                          "governance", "milestones", "start", "sponsor"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pair:
    """One field of a child row: its label's role, the label and the value's words."""

    role: str
    label: str
    words: tuple[Word, ...]
    line: Line
    wraps: tuple[Line, ...] = ()  # the value's further lines


def _label_role(words: Sequence[Word]) -> str | None:
    if not words or len(words) > _LABEL_WORDS:
        return None
    role = header_role(" ".join(w.text for w in words).rstrip(":"))
    return role if role in _FIELD_ROLES else None


def _value_edge(lines: Sequence[Line]) -> float | None:
    """The edge where the values start: a word start after the first word of the first line
    that two lines or more share, the words before it naming a field in each (see _pair)."""
    first = lines[0].words
    for w in first[1 : _LABEL_WORDS + 1]:
        if sum(1 for ln in lines if _pair(ln, first[0].x0, w.x0) is not None) >= 2:
            return w.x0
    return None


def _pair(ln: Line, left: float, edge: float) -> str | None:
    """The role the line's label names where the line is a label at the left edge and a value
    at the value edge, set apart by a gap wider than any word space of the line (a column's
    gap, not a word that happens to start there); None otherwise."""
    words = ln.words
    if not words or abs(words[0].x0 - left) > _ALIGN:
        return None
    k = next((k for k, x in enumerate(words) if abs(x.x0 - edge) <= _ALIGN), None)
    if not k:
        return None
    gap = words[k].x0 - words[k - 1].x1
    spaces = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    spaces = spaces[: k - 1] + spaces[k:]
    space = max(spaces, default=0.25 * ln.font_size)
    if gap < _GAP * max(space, 0.2 * ln.font_size):
        return None
    return _label_role(words[:k])


def label_pairs(lines: Sequence[Line]) -> list[Pair] | None:
    """The fields the lines give as label/value pairs, a wrapped value's next line joined to
    its field; None unless the first line is a pair and two lines at least are (a paragraph
    that happens to open with 'Lead' is no child row). The pairs end at the first line that is
    neither a pair nor a wrap starting at the value edge (a section row, the next row's text):
    it is no part of the child row (see consumed)."""
    if len(lines) < 2 or not lines[0].words:
        return None
    edge = _value_edge(lines)
    if edge is None:
        return None
    pairs: list[Pair] = []
    left = lines[0].words[0].x0
    for ln in lines:
        role = _pair(ln, left, edge)
        if role is not None:
            head = [x for x in ln.words if x.x0 < edge - _ALIGN]
            tail = tuple(x for x in ln.words if x.x0 >= edge - _ALIGN)
            pairs.append(Pair(role, " ".join(w.text for w in head), tail, ln))
        elif pairs and ln.words and ln.words[0].x0 >= edge - _ALIGN:  # a wrapped value
            last = pairs[-1]
            words = (*last.words, *ln.words)
            pairs[-1] = Pair(last.role, last.label, words, last.line, (*last.wraps, ln))
        elif pairs:
            break  # not the child row's: its fields end above
        else:
            return None
    return pairs if len(pairs) >= 2 and len({p.role for p in pairs}) == len(pairs) else None


def consumed(pairs: Sequence[Pair]) -> int:
    """How many lines the pairs took: each pair's line and its wraps."""
    return sum(1 + len(p.wraps) for p in pairs)


def detail_panel(t: Table) -> bool:
    """A ruled box holding one cell of label/value lines: a child row's shading, no table.
    Cheapest sign first: one cell with text, of two lines or more."""
    cells = [c for r in t.rows for c in r if c is not None and c.text.strip()]
    if len(cells) != 1 or len(cells[0].lines) < 2:
        return False
    pairs = label_pairs(cells[0].lines)
    return pairs is not None and consumed(pairs) == len(cells[0].lines)


def fold_detail_rows(elements: Sequence[Element]) -> None:
    """Each action table's child rows folded into the row above them: their fields become the
    row's cells (a column made where the table has none), and the child rows go."""
    for el in elements:
        t = el.table
        if t is not None and t.kind == ACTION_TABLE and len(t.rows) >= 3:
            _fold(t)


def _lone_lines(row: Row) -> list[Line] | None:
    """The lines of the row's one filled cell; None where two cells or none hold text."""
    filled = [c for c in row.cells if c is not None and c.text.strip()]
    return list(filled[0].lines) if len(filled) == 1 and filled[0].lines else None


def _fold(t: PlanTable) -> None:
    lone = [_lone_lines(r) for r in t.rows]
    if sum(1 for x in lone if x) < 2:
        return  # cheapest sign: no run of rows holding one cell each
    keep: list[Row] = []
    i = 0
    while i < len(t.rows):
        row = t.rows[i]
        keep.append(row)
        if lone[i] is not None:
            i += 1
            continue
        j = i + 1  # the run of one-cell rows under a full row, scanned once
        while j < len(t.rows) and lone[j] is not None:
            j += 1
        start = _pairs_start(t.rows[i + 1 : j], lone[i + 1 : j]) if j > i + 1 else None
        if start is None:
            i += 1
            continue
        k, pairs = start
        keep += t.rows[i + 1 : i + 1 + k]  # the row's text wrapped onto rows of its own
        end = i + 1 + k + _rows_taken(lone[i + 1 + k : j], consumed(pairs))
        if not _set_fields(t, row, pairs):
            end = i + 1 + k
        i = end  # the rows after the child row's fields stay rows (a section, the next row)
    t.rows[:] = keep


def _pairs_start(
    rows: Sequence[Row], lone: Sequence[list[Line] | None]
) -> tuple[int, list[Pair]] | None:
    """Where in a run of one-cell rows the child row's label/value lines start, and the pairs
    (the rows before it: the row's own text wrapped)."""
    for k in range(min(len(rows), 3)):
        lines = [ln for x in lone[k:] if x is not None for ln in x]
        pairs = label_pairs(lines)
        if pairs is not None:
            return k, pairs
    return None


def _rows_taken(lone: Sequence[list[Line] | None], lines: int) -> int:
    """How many one-cell rows hold the first `lines` lines (a row begun is a row taken)."""
    n = 0
    for k, x in enumerate(lone):
        if n >= lines:
            return k
        n += len(x or ())
    return len(lone)


def _set_fields(t: PlanTable, row: Row, pairs: Sequence[Pair]) -> bool:
    """The pairs as the row's cells; False (nothing set) where one would overwrite a cell the
    row prints itself."""
    placed: list[tuple[str, str, Cell]] = []
    for p in pairs:
        cell = _cell(p)
        role = p.role
        if role == "recommendation_text" and _label_link(cell.text):
            role = "rec"  # 'Recommendation 2': which one it answers, not its wording
        col = t.col(role)
        if col is not None and row.text(col).strip():
            return False
        placed.append((role, p.label, cell))
    for role, label, cell in placed:
        col = t.col(role)
        if col is None:
            col = len(t.roles)
            t.roles.append(role)
            t.labels.append(label)
            for r in t.rows:
                r.pad(col)
        row.pad(col)
        row.cells[col] = cell
    return True


def _label_link(text: str) -> bool:
    """A recommendation's label, not its text: a word or two and a number ('Recommendation 2',
    'Rec 3', 'R4')."""
    words = text.split()
    return 0 < len(words) <= 3 and any(ch.isdigit() for ch in words[-1])


def _cell(p: Pair) -> Cell:
    """The value's words as a cell, a line per printed line."""
    lines: list[Line] = []
    for src in dict.fromkeys(_sources(p)):
        words = [w for w in p.words if any(w is x for x in src.words)]
        if words:
            lines.append(
                Line(
                    text=" ".join(w.text for w in words),
                    bbox=words_bbox(words),
                    font_size=src.font_size,
                    bold=False,
                    page=src.page,
                    index=src.index,
                    words=words,
                )  # fmt: skip
            )
    text = " ".join(ln.text for ln in lines)
    return Cell(text=text, bbox=words_bbox(list(p.words)), lines=lines)


def _sources(p: Pair) -> list[Line]:
    return [p.line, *p.wraps]


def with_detail_rows(t: Table, boxes: Sequence[Sequence[Line]]) -> Table:
    """The unruled table with each child-row box (its lines) as a row of its own under the row
    above it: one cell holding the box's lines, in the column the box starts in, the others
    empty (the fold reads them as the row's fields once the columns have roles)."""
    rows = list(t.rows)
    edges = _edges(rows)
    for lines in sorted(boxes, key=lambda b: b[0].top):
        text_box = words_bbox([w for ln in lines for w in ln.words])
        col = max((j for j, e in enumerate(edges) if e is not None and e <= text_box[0] + 1.0),
                  default=0)  # fmt: skip
        width = max(len(r) for r in rows)
        y0, y1 = text_box[1], text_box[3]
        row: list[Cell | None] = [Cell(text="", bbox=(text_box[0], y0, text_box[0], y1))
                                  for _ in range(width)]  # fmt: skip
        row[col] = Cell(text=join_text(ln.text for ln in lines), bbox=text_box, lines=list(lines))
        at = next((k for k, r in enumerate(rows) if k > 0 and _top(r) > y0), len(rows))
        rows.insert(at, row)
    return Table(t.page, t.bbox, rows, t.ruled)


def _edges(rows: Sequence[Sequence[Cell | None]]) -> list[float | None]:
    """Each column's left x by its index, from the first row where the column's cell is not
    merged into the one on its left (None: merged in every row), so indexes never shift."""
    n = max((len(r) for r in rows), default=0)
    edges: list[float | None] = [None] * n
    for r in rows:
        for j, c in enumerate(r):
            if c is not None and edges[j] is None:
                edges[j] = c.bbox[0]
    return edges


def _top(row: Sequence[Cell | None]) -> float:
    return min((c.bbox[1] for c in row if c is not None and c.text.strip()), default=0.0)
