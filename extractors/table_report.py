"""What the plan reader saw in each table: its place, grid, kind and each column's role with the
evidence and confidence behind it. Pure: the `plantrace tables` inspector prints and draws it.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.inked_status_column import inked_status_keys
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    Element,
    PlanTable,
    read_layout,
)
from plantrace.extractors.plan_profile import LayoutProfile
from plantrace.pipeline.document import BBox, ParsedDocument, Table


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
    """Every table the plan reader found, in reading order; pages: only tables touching these;
    elements: the layout already read (read_layout), so a caller that also extracts reads once."""
    from plantrace.extractors.plan_cards import tables_as_read  # it builds on the plan reader

    views: list[TableView] = []
    # each table as the reader takes it, read again as a whole (a headerless table of labelled
    # parts made columns by cell_fields), not as the first pass left it
    read = tables_as_read(elements if elements is not None else read_layout(doc, profile))
    for el in _with_inked_status(read):
        view = _view(el, len(views) + 1)
        if view is None:
            continue
        if pages is not None and not pages & set(view.pages):
            continue
        views.append(view)
    for i, v in enumerate(views, 1):
        v.number = i
    return views


def actions_from_text(
    doc: ParsedDocument,
    views: Sequence[TableView],
    pages: set[int] | None = None,
    profile: LayoutProfile | None = None,
    elements: list[Element] | None = None,
) -> dict[int, int]:
    """Actions per page that the plan reader took from text, not from an action table shown:
    cards, rows of panels, numbered paragraphs, bullets. Without it a page of cards reads as
    'no tables found' in the inspector while its actions are read, and a person cannot tell a
    page read another way from a page not read at all."""
    from plantrace.extractors.plan import extract_plan  # the whole reader; plan imports this

    table_pages = {p for v in views if v.kind == ACTION_TABLE for p in v.pages}
    counts = Counter(a.provenance.page for a in extract_plan(doc, profile, elements).actions)
    return {
        page: n
        for page, n in sorted(counts.items())
        if page not in table_pages and (pages is None or page in pages)
    }


def _with_inked_status(elements: list[Element]) -> list[Element]:
    """The elements with each action table's status placed from its inks as the plan reader
    places it (inked_status_column, run by extract_plan after the layout is read), on copies of
    the tables: without it a status column told by its inks alone shows no role ('-') in the
    inspector though every action's status is read from it. Copies, so that the caller's
    elements (which extract_plan may read next) are left as they were."""
    out = [
        dataclasses.replace(el, table=copy.deepcopy(el.table)) if el.table is not None else el
        for el in elements
    ]
    inked_status_keys({i: el.table for i, el in enumerate(out) if el.table is not None})
    return out


def _source(role: str | None, named: str | None, taken: str | None) -> str | None:
    """Where a column's role came from: the later step that placed it, else its header where
    the header named that role, else its cells."""
    if role is None:
        return None
    if taken is not None:
        return taken
    return "header" if named == role else "cells"


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


def _view(el: Element, number: int) -> TableView | None:
    if el.table is not None:
        t = el.table
        pieces = [_piece(p) for p in t.pieces]
        for p in pieces:
            p.read = _read_cells(t, p.page)
        reading = t.reading
        if reading is not None:
            cols = [ColumnView(c.index, c.label, c.role, c.confidence, list(c.evidence),
                               dict(c.types), _source(c.role, c.named, c.source))
                    for c in reading.columns]  # fmt: skip
            confidence = reading.confidence
        else:
            cols = [ColumnView(i, lab, t.roles[i], 1.0, ["stated"], {},
                               "stated" if t.roles[i] else None)
                    for i, lab in enumerate(t.labels)]  # fmt: skip
            confidence = 1.0
        grid = [[r.text(i) for i in range(len(r.cells))] for r in t.rows]
        return TableView(number, t.kind, sorted({p.page for p in pieces}), len(t.rows), cols,
                         confidence, pieces, grid)  # fmt: skip
    if el.raw is not None:
        raw = el.raw
        n = max((len(r) for r in raw.rows), default=0)
        cols = [ColumnView(i, "", None, 0.0, ["no header of plan columns"], {}) for i in range(n)]
        grid = [[c.text if c is not None else "" for c in row] for row in raw.rows]
        return TableView(number, None, [raw.page], len(raw.rows), cols, 0.0, [_piece(raw)], grid)
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
