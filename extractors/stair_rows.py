"""A table whose rows start further right each step down: a STAIRCASE of actions, no header row.

A plan drawn as a staircase (a flight of steps per recommendation) prints each action as one
row of cells, its ref and text first, then its fields (who, when, its status), and starts each
step's cells a fixed number of columns further right than the step above; the cells to the
left of a step are blank (a riser's fill). Under a step, a note row may start under its fields
('<label>: <update>'), and at a flight's foot a cell of its own (a sign-off) under no step's
fields. No header row names the columns: a legend line says what each step holds, or nothing
does. Read as a grid, every column mixes texts, owners, dates and statuses (each row's cells
shifted), no header is found and nothing is read (a workbook read directly), or the grid is
not closed on its right (the last step alone reaches the right edge) and its lines are read as
cards (the print).

The evidence is the shape, not any word: rows whose first filled cell opens with an action's
ref (plan_prose.ACTION_REF), each holding the same number of filled cells (three at least),
each starting right of the step above (MIN_STEPS of them). Such a table is read step by step,
each step's filled cells in order (the n-th filled cell of every step is one column), so the
columns are known by what their cells hold (column_roles through record_tables.record_table),
as a headerless table's are. A one-cell row starting under a step's fields is that step's note,
its label ('Handrail note:') the note column's header where the notes share it; any other row
(a recommendation's heading row framed with the flight, a flight's sign-off at its foot) is no
step: its lines are given back to be read as text. A workbook read directly (Page.tables) and
its print (the flight's unframed grid, stair_grids) read alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extractors.plan_columns import PlanTable, header_role
from plantrace.extractors.plan_prose import ACTION_REF, made_cell
from plantrace.extractors.plan_siblings import share_tints
from plantrace.extractors.record_tables import record_table
from plantrace.pipeline.document import Cell, Line, Page, Table

MIN_STEPS = 2  # steps, each starting right of the one above, that make a staircase
MIN_FIELDS = 3  # filled cells a step holds: its text and two fields at least
_LABEL_WORDS = 4  # a note's label: at most this many words before its colon
EVIDENCE = "a staircase: each step's cells start further right than the step above, no header"


def _filled(row: Sequence[Cell | None]) -> list[int]:
    return [j for j, c in enumerate(row) if c is not None and c.text.strip()]


def _step(row: Sequence[Cell | None]) -> bool:
    cols = _filled(row)
    if len(cols) < MIN_FIELDS:
        return False
    first = row[cols[0]]
    return first is not None and ACTION_REF.match(first.text) is not None


def _pattern(t: Table) -> tuple[int, ...]:
    """Where a step's filled cells stand, counted from its first: as the table's step with the
    most fields filled prints them (the first one's may have one left blank); () where no row
    is a step."""
    best: tuple[int, ...] = ()
    for row in t.rows:
        if _step(row) and len(cols := _filled(row)) > len(best):
            best = tuple(c - cols[0] for c in cols)
    return best


def _fits(row: Sequence[Cell | None], pattern: Sequence[int]) -> bool:
    """A row opening with an action's ref with as many filled cells as a step (a print's grid
    may part one step's text over more columns than another's), or fewer standing where a
    step's do (a field left blank; its text and one field at least)."""
    cols = _filled(row)
    if len(cols) < 2 or not pattern:
        return False
    first = row[cols[0]]
    if first is None or ACTION_REF.match(first.text) is None:
        return False
    return len(cols) == len(pattern) or {c - cols[0] for c in cols} <= set(pattern)


def _spread(cols: list[int], pattern: Sequence[int]) -> list[int]:
    """Where a step's cells stand: its filled columns, or the pattern's from its first where
    it leaves a field blank."""
    return cols if len(cols) == len(pattern) else [cols[0] + o for o in pattern]


def _runs(t: Table) -> list[list[int]]:
    """The table's flights, each the indices of its step rows: a step starting right of the step
    above, with only that step's note between them, goes on with its flight; any other step
    (the first, one after a heading or a foot row) opens one. Steps' cells stand where the
    first full step's do (_pattern)."""
    pattern = _pattern(t)
    runs: list[list[int]] = []
    last: list[int] = []  # where the step above's cells stand, while its flight goes on
    noted = False
    for i, row in enumerate(t.rows):
        cols = _filled(row)
        if not cols:
            continue
        if _fits(row, pattern):
            if last and cols[0] > last[0]:
                runs[-1].append(i)
            else:
                runs.append([i])
            last, noted = _spread(cols, pattern), False
        elif last and not noted and _under(cols, last):
            noted = True
        else:
            last = []
    return runs


def _under(cols: Sequence[int], step: Sequence[int]) -> bool:
    """A row of one cell starting under a step's fields (not under its text): its note."""
    return len(cols) == 1 and step[0] < cols[0] <= step[-1]


def is_staircase(t: Table, widths: Sequence[int] = ()) -> bool:
    """Rows opening with an action's ref, the same number of filled cells each, each starting
    right of the step above: a flight of MIN_STEPS steps at least, and most steps in such
    flights (a grid of ref rows all at its left edge is a table of one step per flight). A
    flight of one step is a staircase's where its steps hold as many fields as the plan's
    staircases read before (widths): a flight cut by a page break after its first step."""
    runs = _runs(t)
    steps = sum(len(r) for r in runs)
    climbed = sum(len(r) for r in runs if len(r) >= MIN_STEPS)
    if climbed and 2 * climbed >= steps:
        return True
    if len(runs) != 1 or len(runs[0]) != 1:
        return False
    return len(_pattern(t)) in widths


def _note(text: str) -> tuple[str, str]:
    """A note's label and its text ('Handrail note: Work started' -> the two); no label: ''."""
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and 0 < len(head.split()) <= _LABEL_WORDS:
        return " ".join(head.split()), rest.strip()
    return "", text.strip()


@dataclass(slots=True)
class Flight:
    """One staircase's steps: per step its filled cells' texts and cells, then its note's (''
    and None where it has none), the lines of rows above its first step and of the other rows
    that are no step, and where it is printed; table: its steps as an action table, once read
    (read_flights), raw: the grid it was read from."""

    texts: list[list[str]]
    cells: list[list[Cell | None]]
    note_labels: list[str]
    above: list[Line]
    loose: list[Line]
    raw: Table
    top: float
    table: PlanTable | None = None


def read_stairs(t: Table, widths: Sequence[int] = ()) -> list[Flight]:
    """A staircase's flights: each one's steps and notes, and the lines of its rows that are
    neither (those above its first step: the first flight's; a sign-off at a flight's foot and
    the next flight's heading: the flight's before them); none where the table is no staircase.
    widths: the number of fields of the plan's staircases read before (is_staircase)."""
    if not is_staircase(t, widths):
        return []
    runs = _runs(t)
    pattern = _pattern(t)
    at = {i: k for k, run in enumerate(runs) for i in run}
    out: list[Flight] = []
    above: list[Line] = []
    last: list[int] = []
    note_of: dict[int, Cell] = {}  # a step's row -> its note's cell
    loose: dict[int, list[Line]] = {}  # a flight -> the lines of rows after it that are no step
    step_row = -1
    for i, row in enumerate(t.rows):
        cols = _filled(row)
        if not cols:
            continue
        if i in at:
            last, step_row = _spread(cols, pattern), i
            continue
        cell = row[cols[0]]
        if last and step_row not in note_of and _under(cols, last) and cell is not None:
            note_of[step_row] = cell
            continue
        lines = [ln for j in cols if (c := row[j]) is not None for ln in c.lines]
        if step_row < 0:
            above.extend(lines)
        else:
            loose.setdefault(at[step_row], []).extend(lines)
        last = []
    for k, run in enumerate(runs):
        cells_of = [_step_cells(t.rows[i], pattern) for i in run]
        texts = [[c.text.strip() if c is not None else "" for c in s] for s in cells_of]
        labels: list[str] = []
        for n, i in enumerate(run):
            note = note_of.get(i)
            lab, body = _note(note.text) if note is not None else ("", "")
            labels.append(lab)
            texts[n].append(body)
            if note is None:
                cells_of[n].append(None)
            else:
                cells_of[n].append(
                    made_cell(body, note.lines) if note.lines else Cell(body, note.bbox)
                )
        rows = [
            t.rows[i] for i in range(run[0], (runs[k + 1][0] if k + 1 < len(runs) else len(t.rows)))
        ]
        boxes = [c.bbox for r in rows for c in r if c is not None]
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
               max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip
        top = min(c.bbox[1] for s in cells_of for c in s if c is not None)
        out.append(Flight(texts, cells_of, labels, above if k == 0 else [], loose.get(k, []),
                          Table(t.page, box, rows, t.ruled), top))  # fmt: skip
    return out


def _step_cells(row: Sequence[Cell | None], pattern: Sequence[int]) -> list[Cell | None]:
    """A step's cells: its filled cells in order, or where the pattern has them where it
    fills fewer (None for a field left blank)."""
    cols = _filled(row)
    if len(cols) == len(pattern):
        return [row[j] for j in cols]
    start = cols[0]
    out: list[Cell | None] = []
    for o in pattern:
        c = row[start + o] if start + o < len(row) else None
        out.append(c if c is not None and c.text.strip() else None)
    return out


def carried_note(t: Table, prev: Flight) -> Table | None:
    """A page's first table that opens with the note of the flight the page before ended on: a
    row of one cell starting under its last step's fields (where they are printed: the page's
    own grid has its own columns), that step having no note. The note is set on that step;
    the table's rows under it are returned (a sign-off, the flight's next steps), None where
    the table opens with no such note."""
    rows = [r for r in t.rows if _filled(r)]
    if not rows or prev.cells[-1][-1] is not None:
        return None
    cols = _filled(rows[0])
    step = [c for c in prev.cells[-1][:-1] if c is not None]
    cell = rows[0][cols[0]]
    if len(cols) != 1 or cell is None or len(step) < MIN_FIELDS:
        return None
    x = cell.bbox[0]
    if not step[1].bbox[0] - _SLACK <= x <= step[-1].bbox[0] + _SLACK:
        return None
    lab, body = _note(cell.text)
    prev.note_labels[-1] = lab
    prev.texts[-1][-1] = body
    prev.cells[-1][-1] = made_cell(body, cell.lines) if cell.lines else Cell(body, cell.bbox)
    rest = t.rows[t.rows.index(rows[0]) + 1 :]
    return Table(t.page, t.bbox, rest, t.ruled)


def page_stairs(
    t: Table, prev: Flight | None, widths: Sequence[int]
) -> tuple[list[Flight], list[Line]] | None:
    """The table's flights (read_stairs), and the lines of the rows after a note carried over
    from the flight the page before ended on (prev, carried_note) where they hold no flight;
    None where the table is no staircase and carries no note."""
    if prev is not None and (rest := carried_note(t, prev)) is not None:
        if found := read_stairs(rest, widths):
            return found, []
        return [], [ln for r in rest.rows for c in r if c is not None for ln in c.lines]
    found = read_stairs(t, widths)
    return (found, []) if found else None


_SLACK = 2.0  # points: a note's cell starts at its field's edge, give or take a rule's width


def read_flights(flights: Sequence[Flight]) -> None:
    """Each flight's table (Flight.table), the columns of the flights whose steps hold as many
    fields read together: a plan's flights share one layout, and a flight of two steps alone
    is too short for its cells to tell (two status words no vocabulary holds). A note's label
    is its column's header where every note of those flights bears it; else the notes are
    read whole, label and all. A flight whose steps read as no action keeps no table."""
    widths: dict[int, list[Flight]] = {}
    for f in flights:
        widths.setdefault(len(f.texts[0]), []).append(f)
    for group in widths.values():
        _read_group(group)


def _read_group(group: Sequence[Flight]) -> None:
    records = [(f, i) for f in group for i in range(len(f.texts))]
    named = Counter(lab for f in group for lab in f.note_labels if lab)
    noted = sum(1 for f in group for c in f.cells if c[-1] is not None)
    label = named.most_common(1)[0][0] if named else ""
    shared = bool(label) and named[label] == noted
    texts = []
    for f, i in records:
        row = list(f.texts[i])
        if f.cells[i][-1] is not None and not shared:  # the note whole, its label kept
            row[-1] = _whole(f, i)
        texts.append(row)
    width = len(texts[0])
    labels = [""] * (width - 1) + [label if shared else ""]
    # a labelled row under each step's fields is the step's note: on its progress, unless its
    # label names another field ('Step log', a label no vocabulary holds, is a note)
    note_role = (header_role(label) or "progress") if shared else None
    roles: list[str | None] = [None] * (width - 1)
    roles.append(note_role)
    cells = [f.cells[i] for f, i in records]
    first = group[0]
    joint = record_table(
        texts, lambda k, j: cells[k][j], roles, labels, EVIDENCE, first.raw.page, first.top,
        tints=True,
    )  # fmt: skip
    if joint is None:
        return
    at = 0
    for f in group:
        rows = joint.rows[at : at + len(f.texts)]
        at += len(f.texts)
        f.table = PlanTable(
            joint.kind, list(joint.roles), list(joint.labels), rows, f.raw.page, f.top,
            [], joint.reading,
        )  # fmt: skip
    # each flight's status tints read with the others' (plan_actions.status_tints)
    share_tints([f.table for f in group if f.table is not None])


def _whole(f: Flight, i: int) -> str:
    lab, body = f.note_labels[i], f.texts[i][-1]
    return f"{lab}: {body}" if lab else body


def stair_grids(page: Page, found: Sequence[Table], tail: bool = False) -> list[Table]:
    """The page's ruled staircases that no table read (pipeline.tables.open_grids): a flight's
    grid is closed on its left by the risers, on its right by its last step alone. tail: the
    page before ended on a flight; the page's first open grid whose rows hold one cell each
    (the last step's note, the flight's sign-off) is its tail (carried_note judges it)."""
    from plantrace.pipeline.tables import open_grids

    grids = open_grids(page, found)
    out = [t for t in grids if is_staircase(t)]
    first = min(grids, key=lambda t: t.bbox[1], default=None)
    lone = first is not None and all(len(_filled(r)) <= 1 for r in first.rows)
    above = first is not None and not any(t.bbox[1] < first.bbox[1] for t in found)
    if tail and first is not None and lone and above and first not in out:
        out.append(first)
    return out
