"""Cross-tabs: a grid whose cells hold action refs and whose row and column headers give a field.

A plan kept in a workbook may say who leads each action and by when not in columns of its own
but by WHERE the action's ref sits: a matrix of lead officers (rows) by due months (columns),
each cell listing the refs that officer must finish that month ('1b, 4a'), the actions
themselves (ref, text, status) on another sheet. The field is the header of the row and of the
column a ref sits in, not a cell beside it.

Read from the grid's shape, not from its words: a table whose body cells (all but its first row
and column) are empty or lists of refs of actions read elsewhere, each ref in one cell only,
and whose two axes each name one field by what their headers are: dates (a due month), owners
(people or posts, or the corner cell's header naming an owner), statuses. Its facts fill only
what an action lacks: the action's own columns, where it has them, come first. The grid may be
printed before the action list it keys on, so it is joined after all actions are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.extractors.cell_types import CellType, cell_type, mended_date
from plantrace.extractors.plan_actions import Draft, ref_key
from plantrace.extractors.plan_columns import Element, header_role
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.owners import normalise_owner
from plantrace.pipeline.normalise.rag import normalise_rag

_REF_SPLIT = re.compile(r"[,;/&\n]+")  # refs listed in one cell: '1b, 4a', '2.1; 2.3'
_MIN_REFS = 2  # a cross-tab places two actions or more
_AXIS_SHARE = 0.6  # of an axis's filled headers, the share that must be of its kind
_OWNER_TYPES = frozenset((CellType.person,))


@dataclass(slots=True)
class Placed:
    """One ref placed in a cross-tab: its action and the headers of its row and column."""

    draft: Draft
    row_label: str
    col_label: str


def join_cross_tabs(elements: Sequence[Element], drafts: Sequence[Draft]) -> None:
    """Every cross-tab among elements joined onto the actions its cells name (see the module's
    docstring): each action takes the field its row's header and its column's header give,
    where it has none of its own. Actions and tables that are no cross-tab are left as read."""
    refs: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            refs.setdefault(ref_key(d.ref), []).append(d)
    if not refs:
        return
    for el in elements:
        grid = _grid(el)
        if len(grid) < 2 or len(grid[0]) < 2:
            continue
        corner = _text(grid[0], 0)
        row_kind = _axis_kind([_text(r, 0) for r in grid[1:]], corner)
        col_kind = _axis_kind([_text(grid[0], c) for c in range(1, len(grid[0]))], "")
        if row_kind is None or col_kind is None or row_kind == col_kind:
            continue
        rows = [0] + [
            r for r in range(1, len(grid)) if _of_kind(row_kind, _text(grid[r], 0), corner)
        ]
        cols = [0] + [
            c for c in range(1, len(grid[0])) if _of_kind(col_kind, _text(grid[0], c), "")
        ]
        placed = _placed(
            [[grid[r][c] if c < len(grid[r]) else None for c in cols] for r in rows], refs
        )
        for p in placed:
            _fill(p.draft, row_kind, p.row_label)
            _fill(p.draft, col_kind, p.col_label)


def _grid(el: Element) -> list[list[Cell | None]]:
    """A table's rows of cells, its header row first; [] for a paragraph or a table of actions
    (its own rows are the actions, not a grid placing them)."""
    if el.raw is not None:
        return [list(r) for r in el.raw.rows]
    t = el.table
    if t is None or "action" in t.roles:
        return []
    header: list[Cell | None] = [
        Cell(text=label, bbox=(0.0, 0.0, 0.0, 0.0)) if label else None for label in t.labels
    ]
    return [header, *(list(r.cells) for r in t.rows if not r.section)]


def _text(cells: Sequence[Cell | None], col: int) -> str:
    cell = cells[col] if col < len(cells) else None
    return " ".join(cell.text.split()) if cell is not None else ""


def _placed(grid: Sequence[Sequence[Cell | None]], refs: dict[str, list[Draft]]) -> list[Placed]:
    """Each ref of the grid's body with its action and headers; [] unless every filled body
    cell lists refs of actions read, each action placed once, two or more in all."""
    if len(grid) < 2 or len(grid[0]) < 2:
        return []
    placed: list[Placed] = []
    for row in grid[1:]:
        for c in range(1, len(row)):
            # a merged cell covers the slots to its right: its text is read at its first slot
            if c < len(row) and row[c] is not None and row[c] is row[c - 1]:
                continue
            text = _text(row, c)
            if not text:
                continue
            found = _cell_refs(text, refs)
            if found is None:
                return []
            placed += [Placed(d, _text(row, 0), _text(grid[0], c)) for d in found]
    if len(placed) < _MIN_REFS or len({id(p.draft) for p in placed}) != len(placed):
        return []
    return placed


def _cell_refs(text: str, refs: dict[str, list[Draft]]) -> list[Draft] | None:
    """The actions a body cell lists ('1b, 4a'), None where any part of it names none (or
    names two actions at once: a ref the plan gives twice keys nothing)."""
    found: list[Draft] = []
    for part in _REF_SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        keys = [ref_key(part)] if ref_key(part) in refs else part.split()
        for key in keys:
            drafts = refs.get(ref_key(key), [])
            if len(drafts) != 1:
                return None
            found.append(drafts[0])
    return found


def _axis_kind(labels: Sequence[str], corner: str) -> str | None:
    """The field an axis's headers give: 'due' (dates), 'owner' (people or posts, or any
    labels when the corner cell names owners) or 'rag' (statuses); None when most are none."""
    filled = [t for t in labels if t]
    if not filled:
        return None
    for kind in ("due", "rag", "owner"):
        if sum(1 for t in filled if _of_kind(kind, t, corner)) >= _AXIS_SHARE * len(filled):
            return kind
    return None


def _of_kind(kind: str, label: str, corner: str) -> bool:
    """Whether one header gives its axis's field: a column 'Total' beside the months gives no
    due month, and the refs under it (if any) are not placed by it."""
    if not label:
        return False
    if kind == "due":
        return cell_type(label) == CellType.date and parse_due(label) is not None
    if kind == "rag":
        return normalise_rag(label) is not None
    if header_role(corner) == "owner":  # the corner names the rows: officers, whatever words
        return parse_due(label) is None
    return cell_type(label) in _OWNER_TYPES


def _fill(draft: Draft, kind: str, label: str) -> None:
    """One header's field onto its action, where the action has none of its own."""
    if not label:
        return
    if kind == "due":
        draft.due_raw = draft.due_raw or mended_date(label)
    elif kind == "owner":
        draft.owner = draft.owner or normalise_owner(label)
    elif kind == "rag":
        draft.rag = draft.rag or normalise_rag(label)
