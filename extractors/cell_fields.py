"""Fields printed inside a table's cell: a small 'label | value' grid nested in each row.

Word templates often keep an action's delivery details in a table nested in the row's last
cell (who, by when, a rating, remarks), one label | value pair a line:

    QW1 | Hold workshops ... | 1 | Lead post   Head of Service
                                  Finish by   31 Mar 2026
                                  State       Delivered

Printed to PDF the nested grid is read as more columns and rows of the outer table (its rows
then repeat the outer cells merged down beside them), or as lines in one cell whose words fall
into two columns. Either way each row of the outer table holds, right of its text columns, a
block of label | value pairs whose labels come back row after row. That block is one record per
row, whatever the labels say: the labels become columns, read like a table's header (by the
header vocabulary and by what the values are, column_roles.read_roles).

A table may print NO header row at all and keep every field inside its cells as labelled parts:
a code line, then 'From: <the state now>' / 'To: <the step taken>' / 'Stage note: <update>' in
the main cell, and a shaded sidebar cell of small labels each over its value ('Cast as' / the
owner, 'Curtain up' / the date). The evidence is the shape, not the words: in the same column,
row after row, the same labels come back (a 'Label: value' line, or a short line alone over the
value) while the values change. Each label becomes a column and what opens a cell before its
first label (the code) one more; the header vocabulary and what the values are name the roles,
and a shift's labels (data/cell_fields.json) say which part is the action.
"""

from __future__ import annotations

import itertools
import json
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from plantrace.extractors.cell_types import CellType, type_counts
from plantrace.extractors.column_roles import TableRoles, card_update_notes, read_roles
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    Element,
    PlanTable,
    Row,
    header_label,
    header_role,
    settle_roles,
)
from plantrace.pipeline.document import BBox, Cell, Line, Table, Word, box_within, lines_bbox
from plantrace.pipeline.layout import join_text

MAX_LABEL_WORDS = 5
WRAP_SIZES = 1.6  # a label's wrapped line stands at most this many font sizes below the last
MIN_VALUE_GAP = 15.0  # points: a value column starts at least this far right of the labels
_COLON_FIELD = re.compile(r"^([A-Za-z][A-Za-z '’&/()-]*?)\s*:\s+(\S.*)$")
NESTED_EVIDENCE = "label of a field nested in each row's cell"
BARE_EVIDENCE = "label recurring inside each row's cell of a table with no header row"
MIN_BARE_LABELS = 3
BARE_SHARE = 0.9
DATED_SHARE = 0.5  # of a shift part's values that, dates, make it a period  # of a column's filled cells that print a label alone on its line  # labels a headerless table's cells must share to be read so
# label of a part inside a cell -> its role where the header vocabulary names none (data)
PART_ROLES: dict[str, str] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/cell_fields.json").read_text("utf-8")
)["part_roles"]
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class _Piece:
    """Part of a line that falls in the labels' or the values' column."""

    text: str
    top: float
    bottom: float
    line: Line


def adopt_cell_fields(elements: list[Element]) -> list[Element]:
    """The elements with each action table whose rows hold nested label | value blocks read
    with one column per label; a table no header made one (the header names no one and no
    date: they are in the nested grid) is read so too, under its header row, when its rows
    then hold an action and who or when. A nested grid found as a table of its own inside
    such a table is part of it. A table with no header row whose cells hold labelled parts
    is read with its pieces on the pages after it (_unnest_bare)."""
    out: list[Element] = []
    boxes: list[tuple[int, BBox]] = []
    # the 'Label: value' labels of all the tables of one width (an update's label printed in
    # one row of a table, and once more in another table, is a label of each)
    colons = _colon_labels([el.raw for el in elements if el.raw is not None])
    skip = 0
    for i, el in enumerate(elements):
        if skip:
            skip -= 1
            continue
        t = el.table
        read = _unnest(t) if t is not None and t.kind == ACTION_TABLE else None
        if el.raw is not None and any(box_within(el.raw.bbox, b) for p, b in boxes if p == el.page):
            continue
        if el.raw is not None and (read := _unnest_raw(el.raw)) is not None:
            boxes.append((el.page, el.raw.bbox))
        elif el.raw is not None and not _rest_of_unread(out, el.raw):
            pieces = _pieces(elements, i)
            while pieces and (bare := _unnest_bare(pieces, colons)) is None:
                pieces = pieces[:-1]
            if pieces:
                read, skip = bare, len(pieces) - 1
        out.append(Element(el.page, el.top, table=read) if read is not None else el)
    return out


def _rest_of_unread(out: Sequence[Element], raw: Table) -> bool:
    """The table is the rest, over a page break, of a table of its width read no such way
    right before it: that table's head (a Signs of Safety grid's 'What are we worried
    about?' row) says what its cells are, and the labelled parts of its rows on the next page
    alone do not make it an action table."""
    last = out[-1] if out else None
    return (
        last is not None and last.raw is not None and last.table is None
        and last.raw.page == raw.page - 1 and _width(last.raw) == _width(raw)
    )  # fmt: skip


def _pieces(elements: Sequence[Element], i: int) -> list[Table]:
    """The raw table at i and the raw tables of its width right after it, each on the next
    page: one table's pieces over page breaks."""
    first = elements[i].raw
    if first is None:
        return []
    width = _width(first)
    out = [first]
    for el in elements[i + 1 :]:
        if el.raw is None or _width(el.raw) != width or el.raw.page != out[-1].page + 1:
            break
        out.append(el.raw)
    return out


def _width(raw: Table) -> int:
    return max((len(r) for r in raw.rows), default=0)


def _cell_lines(rows: Sequence[Sequence[Cell | None]], j: int) -> list[list[Line]]:
    """Column j's lines, row by row (a cell merged over rows counted once)."""
    seen: set[int] = set()
    out: list[list[Line]] = []
    for row in rows:
        cell = row[j] if j < len(row) else None
        if cell is None or id(cell) in seen:
            out.append([])
            continue
        seen.add(id(cell))
        out.append([ln for ln in cell.lines if ln.text.strip()])
    return out


def _label_of(text: str) -> tuple[str, str] | None:
    """A line's label and the value run on after it: ('To', '<text>') of 'To: <text>', or
    (line, '') of a short line that may stand alone over its value; None where the line's
    shape is no label's (digits, a sentence's stop, too many words)."""
    clean = " ".join(text.split())
    m = _COLON_FIELD.match(clean)
    if m is not None and len(m.group(1).split()) <= MAX_LABEL_WORDS:
        return m.group(1).strip(), m.group(2)
    if (
        len(clean.split()) <= MAX_LABEL_WORDS and clean[:1].isalpha() and not _DIGIT.search(clean)
        and not clean.endswith((".", ",", ";"))
    ):  # fmt: skip
        return clean.rstrip(":").strip(), ""
    return None


def _column_labels(cells: Sequence[Sequence[Line]]) -> list[str]:
    """The labels that open parts of a column's cells: a 'Label: value' line's label coming
    back in at least half the rows (two at least: an update's label only where a row has
    one), a short line alone in nearly every row (BARE_SHARE: a template prints its labels
    whatever the values; a value that recurs, a post wrapped over two lines, does not)."""
    colon: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for lines in cells:
        found = [lab for ln in lines if (lab := _label_of(ln.text)) is not None]
        colon.update(list(dict.fromkeys(k for k, v in found if v)))
        bare.update(list(dict.fromkeys(k for k, v in found if not v)))
    filled = sum(1 for c in cells if c)
    out = [k for k, n in colon.items() if n >= 2 and 2 * n >= filled]
    return out + [
        k for k, n in bare.items() if n >= 2 and n >= BARE_SHARE * filled and k not in out
    ]


def _parts(lines: Sequence[Line], labels: Sequence[str]) -> tuple[list[Line], list[_Part]]:
    """A cell's lines before its first label, and its labelled parts: a label opens a part
    that runs to the next label. A label line alone right under another label alone is that
    label's value (a status 'In rehearsal' printed in every row is no label of its own)."""
    lead: list[Line] = []
    parts: list[_Part] = []
    for ln in lines:
        lab = _label_of(ln.text)
        empty = bool(parts) and not parts[-1].values
        if lab is not None and lab[0] in labels and not (empty and not lab[1] and parts[-1].bare):
            parts.append(
                _Part(lab[0], [lab[1]] if lab[1] else [], [ln] if lab[1] else [], not lab[1])
            )
        elif parts:
            parts[-1].values.append(ln.text.strip())
            parts[-1].lines.append(ln)
        else:
            lead.append(ln)
    return lead, parts


@dataclass(slots=True)
class _Part:
    """A labelled part of a cell: its label, its value's texts and the lines the value is
    printed on (a 'Label: value' line's label included)."""

    label: str
    values: list[str]
    lines: list[Line]
    bare: bool  # the label stands on a line of its own, over its value


def _colon_labels(raws: Sequence[Table]) -> dict[int, list[list[str]]]:
    """Per table width, per column: the labels of 'Label: value' lines that open a line in
    two cells at least of the tables of that width."""
    counts: dict[int, list[Counter[str]]] = {}
    for raw in raws:
        width = _width(raw)
        per = counts.setdefault(width, [Counter() for _ in range(width)])
        for j in range(width):
            for lines in _cell_lines(raw.rows, j):
                found = (lab for ln in lines if (lab := _label_of(ln.text)) is not None and lab[1])
                per[j].update(list(dict.fromkeys(k for k, _ in found)))
    return {w: [[k for k, n in c.items() if n >= 2] for c in per] for w, per in counts.items()}


def _unnest_bare(pieces: Sequence[Table], colons: dict[int, list[list[str]]]) -> PlanTable | None:
    """An action table read from a table with no header row whose cells hold labelled parts
    (the labels recurring row after row in the same column), its pieces over page breaks
    read as one, else None."""
    width = _width(pieces[0])
    src: list[tuple[Table, Sequence[Cell | None]]] = [
        (raw, row) for raw in pieces for row in raw.rows
    ]
    if len(src) < 2 or width == 0:
        return None
    cols = [_cell_lines([row for _, row in src], j) for j in range(width)]
    labels = [_column_labels(c) for c in cols]
    if width in colons:
        labels = [
            [*found, *(k for k in more if k not in found)]
            for found, more in zip(labels, colons[width], strict=True)
        ]
    if sum(len(x) for x in labels) < MIN_BARE_LABELS:
        return None
    starts = list(itertools.accumulate(len(raw.rows) for raw in pieces))[:-1]
    src, cols = _rejoin_split_rows(src, cols, labels, starts)
    read = [[_parts(cells, labels[j]) for cells in cols[j]] for j in range(width)]
    fielded = sum(1 for i in range(len(src)) if sum(len(read[j][i][1]) for j in range(width)) >= 2)
    if fielded < len(src) - 1 or not _first_row_fielded(read, width):
        return None
    if any(len({p.label for p in parts}) < len(parts) for col in read for _, parts in col):
        return None  # a label twice in one cell: the cell holds several records (cell_records)
    names: list[str] = []
    slots: list[tuple[int, str | None]] = []  # (column, label or None for the lead lines)
    for j in range(width):
        if 2 * sum(1 for lead, _ in read[j] if lead) >= len(src):
            names.append("")
            slots.append((j, None))
        order = list(dict.fromkeys(p.label for _, parts in read[j] for p in parts))
        for lab in order:
            names.append(header_label(lab))
            slots.append((j, lab))
    rows = [_bare_row(src[i], read, i, slots) for i in range(len(src))]
    columns = [[r.text(i) for r in rows] for i in range(len(names))]
    header = [_part_role(x, col) if x else None for x, col in zip(names, columns, strict=True)]
    reading = read_roles(ACTION_TABLE, settle_roles(header, ACTION_TABLE, columns), names, columns)
    # the parts of a cell keep no place a printed column has: a label no vocabulary knows over
    # updates is the progress from its values, as on a card
    card_update_notes(reading, columns)
    if "action" not in reading.roles or not {"owner", "due", "rag"} & set(reading.roles):
        return None
    for k, col in enumerate(reading.columns):
        if names[k]:
            col.evidence.insert(0, f"{BARE_EVIDENCE}: {col.label!r}")
    first = pieces[0]
    top = (
        first.rows[0][0].bbox[1]
        if first.rows[0] and first.rows[0][0] is not None
        else first.bbox[1]
    )
    return PlanTable(
        ACTION_TABLE, list(reading.roles), names, rows, first.page, top, list(pieces), reading
    )


def _rejoin_split_rows(
    src: list[tuple[Table, Sequence[Cell | None]]],
    cols: list[list[list[Line]]],
    labels: Sequence[Sequence[str]],
    starts: Sequence[int],
) -> tuple[list[tuple[Table, Sequence[Cell | None]]], list[list[list[Line]]]]:
    """The rows with a row a page break split joined again: where a piece's first row lacks
    a label nearly every row prints, and the row above it (the last of the piece before)
    lacks one too (a value cut from its label) or the first row lacks most of them (a wrapped
    line of text alone), the first is the rest of the row above, its lines read after the
    row's own."""
    width = len(cols)
    present = [
        {(j, k) for j in range(width) for ln in cols[j][i] if (k := _label_key(ln, labels[j]))}
        for i in range(len(src))
    ]
    counts = Counter(x for p in present for x in p)
    common = {x for x, n in counts.items() if n >= BARE_SHARE * len(src)}
    joined = {
        s
        for s in starts
        if 0 < s < len(src)
        and (missing := common - present[s])
        and (common - present[s - 1] or 2 * len(missing) > len(common))
    }
    if not joined:
        return src, cols
    keep = [i for i in range(len(src)) if i not in joined]
    out_cols: list[list[list[Line]]] = []
    for j in range(width):
        col: list[list[Line]] = []
        for i in range(len(src)):
            if i in joined:
                col[-1] = [*col[-1], *cols[j][i]]
            else:
                col.append(list(cols[j][i]))
        out_cols.append(col)
    return [src[i] for i in keep], out_cols


def _label_key(line: Line, labels: Sequence[str]) -> str | None:
    lab = _label_of(line.text)
    return lab[0] if lab is not None and lab[0] in labels else None


def _first_row_fielded(
    read: Sequence[Sequence[tuple[list[Line], list[_Part]]]], width: int
) -> bool:
    """The first row holds labelled parts as the others do: it is a record, no header row."""
    return sum(len(read[j][0][1]) for j in range(width)) >= 2


def _part_role(label: str, values: Sequence[str]) -> str | None:
    """A part's role: the shift's (data: cell_fields.json) where its values are words, else the
    header vocabulary's: 'From: 1 April 2026' / 'To: 31 March 2027' is a period, no shift."""
    shift = PART_ROLES.get(label.lower().strip())
    counts = type_counts(values)
    dated = counts[CellType.date] + counts[CellType.open_date]
    if shift is None or dated >= DATED_SHARE * sum(counts.values()):
        return header_role(label)
    return shift


def _bare_row(
    source: tuple[Table, Sequence[Cell | None]],
    read: Sequence[Sequence[tuple[list[Line], list[_Part]]]],
    i: int,
    slots: Sequence[tuple[int, str | None]],
) -> Row:
    raw, printed = source
    cells: list[Cell | None] = []
    for j, lab in slots:
        lead, parts = read[j][i]
        src = printed[j] if j < len(printed) else None
        fill = src.fill if src is not None else None
        if lab is None:
            text = join_text(ln.text for ln in lead)
            cells.append(_lines_cell(text, lead, fill) if lead else None)
            continue
        part = next((p for p in parts if p.label == lab), None)
        text = join_text(part.values) if part is not None else ""
        cells.append(_lines_cell(text, part.lines, fill) if part is not None and text else None)
    return Row(cells=cells, page=raw.page, section=False, merged_above=[False] * len(cells))


def _lines_cell(text: str, lines: Sequence[Line], fill: str | None) -> Cell:
    """A cell of one part's text where its value is printed, in the value's own type and ink
    (a status word's colour is its reading) on the source cell's fill (a sidebar's tint)."""
    box = lines_bbox(lines)
    first, last = lines[0], lines[-1]
    line = Line(
        text, box, first.font_size, first.bold, first.page, first.index,
        colour=first.colour, end_colour=last.end_colour,
    )  # fmt: skip
    line.words = []
    return Cell(text, box, [line], fill)


def _unnest_raw(raw: Table) -> PlanTable | None:
    """An action table read from a table with a header row over rows whose last columns hold
    a nested label | value grid, else None."""
    if len(raw.rows) < 2:
        return None
    head = [c.text.strip() if c is not None else "" for c in raw.rows[0]]
    if sum(1 for x in head if x) < 2 or any(len(x.split()) > MAX_LABEL_WORDS + 1 for x in head):
        return None
    width = len(head)
    groups = _raw_groups(raw.rows[1:], width)
    found = None
    for k in range(width - 1, 0, -1):  # the widest run of last columns that still reads so
        blocks = [_fields(_raw_lines(g, range(k, width))) for g in groups]
        labels = _recurring(blocks, len(groups))
        if labels:
            found = (k, blocks, labels)
    if found is None:
        return None
    k, blocks, labels = found
    rows = []
    for g, block in zip(groups, blocks, strict=True):
        first = Row(cells=list(g[0][:k]), page=raw.page, merged_above=[False] * k)
        rows.append(_row([first], list(range(k)), labels, block))
    names = [header_label(x) for x in head[:k]] + labels
    header = [header_role(x) if x else None for x in names]
    columns = [[r.text(i) for r in rows] for i in range(len(names))]
    reading = read_roles(ACTION_TABLE, settle_roles(header, ACTION_TABLE, columns), names, columns)
    if "action" not in reading.roles or not {"owner", "due"} & set(reading.roles):
        return None
    _evidence(reading, k, blocks)
    top = raw.rows[1][0].bbox[1] if raw.rows[1] and raw.rows[1][0] is not None else raw.bbox[1]
    return PlanTable(ACTION_TABLE, list(reading.roles), names, rows, raw.page, top, [raw], reading)


def _raw_groups(
    rows: Sequence[Sequence[Cell | None]], width: int
) -> list[list[Sequence[Cell | None]]]:
    """Rows by outer row: a row whose first cells are all empty (the nested grid's further
    rows, read into the outer table) belongs to the row above."""
    groups: list[list[Sequence[Cell | None]]] = []
    for row in rows:
        lead = [c for c in row[:2] if c is not None and c.text.strip()]
        if groups and not lead:
            groups[-1].append(row)
        elif lead:
            groups.append([row])
    return groups


def _raw_lines(rows: Sequence[Sequence[Cell | None]], cols: range) -> list[Line]:
    seen: dict[int, Line] = {}
    for row in rows:
        for i in cols:
            cell = row[i] if i < len(row) else None
            if cell is not None:
                for ln in cell.lines:
                    seen.setdefault(id(ln), ln)
    return sorted(seen.values(), key=lambda ln: (ln.page, ln.top, ln.x0))


def _recurring(blocks: Sequence[Sequence[tuple[str, str]]], groups: int) -> list[str]:
    """The labels that come back in most rows' blocks (two at least); a table of one row
    needs three labels of its own."""
    counts = Counter(k for b in blocks for k in dict.fromkeys(label for label, _ in b))
    if groups == 1:
        return [k for k in counts] if len(counts) >= 3 else []
    labels = [k for k, n in counts.items() if n >= 2 and 2 * n >= groups]
    return labels if len(labels) >= 2 and sum(1 for b in blocks if b) >= 2 else []


def _unnest(t: PlanTable) -> PlanTable | None:
    area = _area(t)
    if area is None:
        return None
    groups = _groups(t)
    blocks = [_fields(_lines(t.rows[a:b], area)) for a, b in groups]
    labels = _recurring(blocks, len(groups))
    if not labels:
        return None
    keep = [i for i in range(len(t.roles)) if i not in area]
    rows = [
        _row(t.rows[a:b], keep, labels, block) for (a, b), block in zip(groups, blocks, strict=True)
    ]
    names = [t.labels[i] for i in keep] + labels
    header: list[str | None] = [t.roles[i] for i in keep] + [header_role(x) for x in labels]
    columns = [[r.text(i) for r in rows] for i in range(len(names))]
    reading = read_roles(t.kind, settle_roles(header, t.kind, columns), names, columns)
    _evidence(reading, len(keep), blocks)
    roles = list(reading.roles)
    return PlanTable(t.kind, roles, names, rows, t.page, t.top, t.pieces, reading, t.printed)


def _evidence(reading: TableRoles, first: int, blocks: Sequence[Sequence[tuple[str, str]]]) -> None:
    counts = Counter(k for b in blocks for k in dict.fromkeys(label for label, _ in b))
    for k, col in enumerate(reading.columns):
        if k >= first:
            col.evidence.insert(0, f"{NESTED_EVIDENCE}: {col.label!r} in {counts[col.label]} rows")


def _area(t: PlanTable) -> set[int] | None:
    """The last columns right of the action text that name no role of their own, or whose
    cells hold label | value pairs (the nested grid's columns and the outer cell that holds
    it, whatever role its text was given), else None."""
    action = t.col("action")
    if action is None:
        return None
    area: set[int] = set()
    for i in range(len(t.roles) - 1, action, -1):
        if t.roles[i] not in (None, "other") and not _fielded(t, i):
            break
        area.add(i)
    return area or None


def _fielded(t: PlanTable, i: int) -> bool:
    """Most of the column's cells with text hold two or more label | value pairs."""
    cells = list(
        {id(c): c for r in t.rows if i < len(r.cells) and (c := r.cells[i]) and c.lines}.values()
    )
    return bool(cells) and 2 * sum(1 for c in cells if len(_fields(c.lines)) >= 2) > len(cells)


def _groups(t: PlanTable) -> list[tuple[int, int]]:
    """(first, end) row spans of one outer row each: rows whose text cells are merged down from
    the row above (or the same cell again) belong to it."""
    action = t.col("action")
    spans: list[tuple[int, int]] = []
    for i, row in enumerate(t.rows):
        cont = (
            bool(spans) and action is not None
            and (row.merged_above[action] if action < len(row.merged_above) else False)
        )  # fmt: skip
        if cont:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _lines(rows: Sequence[Row], area: set[int]) -> list[Line]:
    seen: dict[int, Line] = {}
    for row in rows:
        for i in sorted(area):
            cell = row.cells[i] if i < len(row.cells) else None
            if cell is None:
                continue
            for ln in cell.lines:
                seen.setdefault(id(ln), ln)
    return sorted(seen.values(), key=lambda ln: (ln.page, ln.top, ln.x0))


def _fields(lines: Sequence[Line]) -> list[tuple[str, str]]:
    """(label, value) pairs of lines set in two columns: labels at the left edge, values at a
    column further right (wrapped labels and values stay with their field)."""
    if len(lines) < 2:
        return []
    edge = _value_edge(lines)
    if edge is None:
        return _colon_fields(lines)
    labels: list[_Piece] = []
    values: list[_Piece] = []
    for ln in lines:
        words = ln.words or [Word(ln.text, ln.x0, ln.top, ln.bbox[2], ln.bottom)]
        left = " ".join(w.text for w in words if w.x0 < edge - 2.0)
        right = " ".join(w.text for w in words if w.x0 >= edge - 2.0)
        if left:
            labels.append(_Piece(left, ln.top, ln.bottom, ln))
        if right:
            values.append(_Piece(right, ln.top, ln.bottom, ln))
    starts = _label_starts(labels)
    if len(starts) < 2:
        return []
    out: list[tuple[str, list[str]]] = [(" ".join(p.text for p in g), []) for g in starts]
    tops = [g[0].top for g in starts]
    for v in values:
        at = max((k for k, top in enumerate(tops) if top <= v.top + 3.0), default=None)
        if at is None:
            return []
        out[at][1].append(v.text)
    pairs = [(header_label(label), " ".join(vs)) for label, vs in out]
    if any(len(label.split()) > MAX_LABEL_WORDS or not label[:1].isalpha() for label, _ in pairs):
        return []
    return pairs


def _colon_fields(lines: Sequence[Line]) -> list[tuple[str, str]]:
    """(label, value) pairs of lines 'Label: value' (a form's rows as a Word file states
    them), a line with no label carrying the value above on; [] unless the first line is one."""
    out: list[tuple[str, list[str]]] = []
    for ln in lines:
        m = _COLON_FIELD.match(" ".join(ln.text.split()))
        if m is not None and len(m.group(1).split()) <= MAX_LABEL_WORDS:
            out.append((header_label(m.group(1)), [m.group(2)]))
        elif out:
            out[-1][1].append(ln.text.strip())
        else:
            return []
    return [(label, " ".join(vs)) for label, vs in out] if len(out) >= 2 else []


def _value_edge(lines: Sequence[Line]) -> float | None:
    """Where the values' column starts: the left edge most lines have a word at, right of the
    labels' edge by a clear gap (a line's first word there, or a word after a tab-wide gap)."""
    left = min(ln.x0 for ln in lines)
    starts: list[float] = []
    for ln in lines:
        words = ln.words or [Word(ln.text, ln.x0, ln.top, ln.bbox[2], ln.bottom)]
        size = max(ln.bottom - ln.top, 1.0)
        for k, w in enumerate(words):
            gap = w.x0 - words[k - 1].x1 if k else w.x0 - left
            if w.x0 > left + MIN_VALUE_GAP and (k == 0 or gap >= 1.5 * size):
                starts.append(round(w.x0))
                break
    if len(starts) < 2:
        return None
    common, n = Counter(starts).most_common(1)[0]
    near = [x for x in starts if abs(x - common) <= 3]
    return float(statistics.median(near)) if len(near) >= 2 else None


def _label_starts(labels: Sequence[_Piece]) -> list[list[_Piece]]:
    """Label pieces in groups of one label each: a piece at the pitch of a wrapped line below
    the one above (the closest pitch of the labels, no more than a line of its type) carries
    it on; the next field stands further down."""
    steps = [b.top - a.top for a, b in zip(labels, labels[1:], strict=False) if b.top - a.top > 2]
    pitch = min(steps, default=0.0)
    groups: list[list[_Piece]] = []
    for p in labels:
        if groups:
            last = groups[-1][-1]
            step = p.top - last.top
            wrap = min(1.25 * pitch, WRAP_SIZES * last.line.font_size)
            if last.line.page == p.line.page and 0 < step <= wrap:
                groups[-1].append(p)
                continue
        groups.append([p])
    return groups


def _row(
    rows: Sequence[Row],
    keep: Sequence[int],
    labels: Sequence[str],
    block: Sequence[tuple[str, str]],
) -> Row:
    first = rows[0]
    cells: list[Cell | None] = [first.cells[i] if i < len(first.cells) else None for i in keep]
    found = dict(block)
    area_lines = [ln for r in rows for c in r.cells if c is not None for ln in c.lines]
    for label in labels:
        value = found.get(label)
        cells.append(_cell(value, area_lines, first) if value else None)
    return Row(cells=cells, page=first.page, section=False, merged_above=[False] * len(cells))


def _cell(text: str, lines: Sequence[Line], row: Row) -> Cell:
    box = row.bbox
    src = next((ln for ln in lines if text.startswith(ln.text[:8])), None)
    if src is not None:
        box = src.bbox
    like = src or (lines[0] if lines else None)
    size, bold = (like.font_size, like.bold) if like is not None else (10.0, False)
    line = Line(text, box, size, bold, row.page, like.index if like is not None else 0)
    line.words = []
    return Cell(text, box, [line])
