"""What the plan reader saw in each table: its place, grid, kind and each column's role with the
evidence and confidence behind it. Pure: the `plantrace tables` inspector prints and draws it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    Element,
    PlanTable,
    read_layout,
)
from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.pipeline.document import BBox, ParsedDocument, Table

if TYPE_CHECKING:
    from plantrace.extractors.plan import PlanExtraction
    from plantrace.models.plan import Action

LATER = "a later step"  # a role moved after the columns were read by a step that named none


@dataclass(slots=True)
class CellView:
    row: int
    col: int
    bbox: BBox
    text: str
    fill: str | None = None


@dataclass(slots=True)
class PieceView:
    """One table's piece on one page (a table broken over pages has several)."""

    page: int
    bbox: BBox
    ruled: bool
    cells: list[CellView] = field(default_factory=list)
    # the data cells as the columns were read (PlanTable rows on this page): where labelled
    # parts of one cell were made columns (cell_fields) they are not the physical grid's cells
    read: list[CellView] = field(default_factory=list)


@dataclass(slots=True)
class ColumnView:
    index: int
    label: str
    role: str | None
    confidence: float
    evidence: list[str]
    types: dict[str, int]
    # where the role came from: 'header', 'cells' (the header named none), 'stated', or the
    # later step that placed it ('inks', 'siblings', a key: ColumnRole.source); None: no role
    source: str | None = None


@dataclass(slots=True)
class TableView:
    number: int
    kind: str | None  # action / kpi / recommendations; None: a table no header was read from
    pages: list[int]
    rows: int
    columns: list[ColumnView]
    confidence: float
    pieces: list[PieceView]
    grid: list[list[str]]  # the data rows as read (merged cells resolved), for printing
    # what was read from inside a table that is no action table itself (a form's cells holding
    # numbered actions): how many actions, and the roles of the cards read from its cells
    cell_actions: int = 0
    card_roles: list[str] = field(default_factory=list)

    def is_box(self) -> bool:
        """A table of one cell no header was read from and nothing read inside: a ruled banner,
        a boxed note or a fillable form's field frame. The inspector shows it in one line, since
        its column table and grid said nothing a person needs and buried the plan's tables."""
        return (
            self.kind is None
            and not self.cell_actions
            and len(self.columns) <= 1
            and self.rows <= 1
        )

    def read_note(self) -> str | None:
        """What was read from this table's cells where it is no action table; None: nothing."""
        if not self.cell_actions or self.kind == ACTION_TABLE:
            return None
        how = f" as cards ({', '.join(self.card_roles)})" if self.card_roles else ""
        return f"{self.cell_actions} action(s) read from its cells{how}"

    def to_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "kind": self.kind,
            "pages": self.pages,
            "rows": self.rows,
            "confidence": self.confidence,
            "columns": [
                {
                    "index": c.index,
                    "label": c.label,
                    "role": c.role,
                    "confidence": c.confidence,
                    "evidence": c.evidence,
                    "types": c.types,
                    "source": c.source,
                }
                for c in self.columns
            ],  # fmt: skip
            "pieces": [
                {"page": p.page, "bbox": list(p.bbox), "ruled": p.ruled} for p in self.pieces
            ],
            "grid": self.grid,
            "cell_actions": self.cell_actions,
            "card_roles": self.card_roles,
        }


def _piece(t: Table) -> PieceView:
    cells = [
        CellView(r, c, cell.bbox, cell.text, getattr(cell, "fill", None))
        for r, row in enumerate(t.rows)
        for c, cell in enumerate(row)
        if cell is not None
    ]
    return PieceView(t.page, t.bbox, t.ruled, cells)


def describe_tables(
    doc: ParsedDocument,
    pages: set[int] | None = None,
    profile: LayoutProfile | None = None,
    elements: list[Element] | None = None,
) -> list[TableView]:
    """Every table the plan reader found, in reading order, with the roles the extraction used
    (inspect_tables without the extraction)."""
    return inspect_tables(doc, pages, profile, elements)[0]


def inspect_tables(
    doc: ParsedDocument,
    pages: set[int] | None = None,
    profile: LayoutProfile | None = None,
    elements: list[Element] | None = None,
) -> tuple[list[TableView], PlanExtraction]:
    """Every table the plan reader found, in reading order, with the roles the extraction used,
    and that extraction; pages: only tables touching these; elements: the layout already read
    (read_layout). The roles come from the extraction's own tables (PlanExtraction.tables), so
    that a role a later step placed (a fill key, chip tints, a score key, inks, a quoted link)
    is the one shown, with its source: no second reading here to drift from it."""
    from plantrace.extractors.plan import extract_plan  # the whole reader; plan imports this
    from plantrace.extractors.plan_cards import tables_as_read  # it builds on the plan reader

    elements = elements if elements is not None else read_layout(doc, profile)
    # each table as the reader takes it, read again as a whole (a headerless table of labelled
    # parts made columns by cell_fields), not as the first pass left it; read before the
    # extraction, which may rewrite the elements' tables in place
    read = tables_as_read(elements)
    plan = extract_plan(doc, profile, elements)
    views: list[TableView] = []
    for el in read:
        view = _view(el, len(views) + 1, plan.tables)
        if view is None:
            continue
        if pages is not None and not pages & set(view.pages):
            continue
        views.append(view)
    for v in views:
        if v.kind != ACTION_TABLE:
            v.cell_actions = sum(_inside(a, v) for a in plan.actions)
    for i, v in enumerate(views, 1):
        v.number = i
    return views, plan


def actions_from_text(
    plan: PlanExtraction,
    views: Sequence[TableView],
    pages: set[int] | None = None,
) -> dict[int, int]:
    """Actions per page that the plan reader took from text, not from a table shown: cards,
    rows of panels, numbered paragraphs, bullets. Without it a page of cards reads as 'no
    tables found' in the inspector while its actions are read, and a person cannot tell a page
    read another way from a page not read at all. An action inside a table shown (a form whose
    cells hold numbered actions) is that table's, said beside it (TableView.read_note)."""
    table_pages = {p for v in views if v.kind == ACTION_TABLE for p in v.pages}
    counts = Counter(
        a.provenance.page
        for a in plan.actions
        if a.provenance.page not in table_pages and not any(_inside(a, v) for v in views)
    )
    return {
        page: n
        for page, n in sorted(counts.items())
        if page not in table_pages and (pages is None or page in pages)
    }


def _inside(action: Action, view: TableView) -> bool:
    """Whether an action was read from inside one of the view's printed pieces: the centre of
    its box on the piece's page lies within the piece."""
    box = action.provenance.bbox
    if box is None:
        return False
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(
        p.page == action.provenance.page
        and p.bbox[0] <= x <= p.bbox[2]
        and p.bbox[1] <= y <= p.bbox[3]
        for p in view.pieces
    )


def _place(t: Table) -> tuple[int, tuple[int, ...]]:
    """A printed piece's page and box to the point: how a table the extraction rebuilt (its
    period cells folded, its document re-read without a sidebar) is known for the one shown."""
    return t.page, tuple(round(v) for v in t.bbox)


def _used(pieces: Sequence[Table], final: Sequence[PlanTable]) -> PlanTable | None:
    """The extraction's table printed in these pieces: the one sharing the first piece's place."""
    if not pieces:
        return None
    at = _place(pieces[0])
    return next((t for t in final if t.pieces and _place(t.pieces[0]) == at), None)


def _cards_in(raw: Table, final: Sequence[PlanTable]) -> list[PlanTable]:
    """The extraction's tables of cards (no printed piece) read from inside a printed table:
    every cell of theirs on its page, within its box (a form whose cells hold the cards)."""
    x0, top, x1, bottom = raw.bbox

    def within(t: PlanTable) -> bool:
        cells = [c for r in t.rows for c in r.cells if c is not None]
        return bool(cells) and all(
            r.page == raw.page for r in t.rows
        ) and all(
            x0 - 1 <= c.bbox[0] and c.bbox[2] <= x1 + 1 and top - 1 <= c.bbox[1]
            and c.bbox[3] <= bottom + 1
            for c in cells
        )  # fmt: skip

    return [t for t in final if not t.pieces and within(t)]


def _source(role: str | None, named: str | None, taken: str | None) -> str | None:
    """Where a column's role came from: the later step that placed it, else its header where
    the header named that role, else its cells."""
    if role is None:
        return None
    if taken is not None:
        return taken
    return "header" if named == role else "cells"


def _columns(t: PlanTable) -> list[ColumnView]:
    """Each column with the role the reading used (PlanTable.roles, what read_actions reads),
    its evidence and where it came from. A step that moved a role by hand, not through
    take_role, leaves the column's reading at its first role: the role used is shown, said
    to have been placed by a later step, with the role first read in its evidence."""
    reading = t.reading
    if reading is None or len(reading.columns) != len(t.roles):
        return [ColumnView(i, lab, t.roles[i], 1.0, ["stated"], {},
                           "stated" if t.roles[i] else None)
                for i, lab in enumerate(t.labels)]  # fmt: skip
    out: list[ColumnView] = []
    for c, role in zip(reading.columns, t.roles, strict=True):
        evidence, taken = list(c.evidence), c.source
        if role != c.role and taken is None:
            evidence.append(f"read as {role or 'no role'} after the columns were read"
                            f" (they read {c.role or 'no role'})")  # fmt: skip
            taken = LATER
        out.append(ColumnView(c.index, c.label, role, c.confidence, evidence, dict(c.types),
                              _source(role, c.named, taken)))  # fmt: skip
    return out


def _read_cells(t: PlanTable, page: int) -> list[CellView]:
    """The data cells of a plan table's rows on one page, each under the column it was read
    in (a cell that spans rows or columns drawn once, under its first)."""
    seen: set[int] = set()
    out: list[CellView] = []
    for r, row in enumerate(t.rows):
        if row.page != page:
            continue
        for c, cell in enumerate(row.cells):
            if cell is None or id(cell) in seen:
                continue
            seen.add(id(cell))
            out.append(CellView(r, c, cell.bbox, cell.text, cell.fill))
    return out


def _view(el: Element, number: int, final: Sequence[PlanTable]) -> TableView | None:
    """One table as shown: where the extraction used a table at its place, that table (its
    roles as used); a table the extraction read no columns from, with the roles of the cards
    read from its cells where there are any."""
    raw = el.raw
    t = el.table or (_used([raw], final) if raw is not None else None)
    if t is not None:
        t = _used(t.pieces, final) or t
        pieces = [_piece(p) for p in t.pieces]
        for p in pieces:
            p.read = _read_cells(t, p.page)
        cols = _columns(t)
        confidence = t.reading.confidence if t.reading is not None else 1.0
        grid = [[r.text(i) for i in range(len(r.cells))] for r in t.rows]
        return TableView(number, t.kind, sorted({p.page for p in pieces}), len(t.rows), cols,
                         confidence, pieces, grid)  # fmt: skip
    if raw is not None:
        n = max((len(r) for r in raw.rows), default=0)
        cols = [ColumnView(i, "", None, 0.0, ["no header of plan columns"], {}) for i in range(n)]
        grid = [[c.text if c is not None else "" for c in row] for row in raw.rows]
        roles = [r for c in _cards_in(raw, final) for r in c.roles if r]
        return TableView(number, None, [raw.page], len(raw.rows), cols, 0.0, [_piece(raw)], grid,
                         card_roles=list(dict.fromkeys(roles)))  # fmt: skip
    return None


def shared_evidence(columns: Sequence[ColumnView]) -> list[str]:
    """Each column's evidence as shown: a reason already given for an earlier column of the same
    table (the same words but for the column's own header) is named, not repeated, so a run of
    matrix or month columns reads as one reason and its members."""
    shown: list[str] = []
    first: dict[str, int] = {}
    for col in columns:
        text = "; ".join(col.evidence)
        key = text.replace(f"'{col.label}'", "'…'") if col.label else text
        if key in first and text:
            shown.append(f"as column {first[key] + 1}")
        else:
            first.setdefault(key, col.index)
            shown.append(text)
    return shown
