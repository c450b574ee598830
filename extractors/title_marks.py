"""A card's status given by a coloured mark set before its title: the card's status dot.

Cards drawn free on a page (a diagram's labels at the ends of its lines, sticky notes with no
box, a canvas of fixes round a cause-and-effect chart) may say each action's status with a
small filled circle or square set just left of the card's title (its ref and text), and print
the status once more in the plan's own words on a field line that no vocabulary reads ('Hold:
Shaky', 'Grip: Firm'). The card reader builds its cells from lines, which never see the page's
drawing, so the status went unread twice: the words are no vocabulary's, and the dot was
nobody's. The shape is that of a status chip led by a mark (pipeline.marks.paint_chips), the
mark leading the card instead of its status word.

Evidence, not words:
- the mark: a status-sized filled shape (pipeline.marks.is_mark, kept in Page.glyph_fills)
  ending within a few font sizes left of the card's title, its middle within the title's
  height (a category in capitals over the title may be read into it: caps_kickers), the only
  colour of mark there;
- the plan: two cards at least so marked, in two status hues at least (read by the tint
  reader, rag.tint_rags: a grey mark says no colour), so that bullets of one colour before
  every title are no status;
- a card table with a status column: each status cell whose word no vocabulary reads takes its
  card's mark colour as its fill, read as a status cell shaded in that colour (a known word
  still wins: plan_actions.cell_rag);
- one with none: the column set aside or left with no role whose values, over the plan's
  marked cards, are a few words (no figures) each printed beside one mark colour wherever it
  recurs (rag.words_follow_tints) is the cards' status column, its cells filled so; where no
  column is, a status column is made for the marks alone (empty cells, each filled with its
  card's mark).
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.column_roles import ColumnRole
from plantrace.extractors.plan_cards import is_card_table
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.pipeline.document import BBox, Cell, Line, Page
from plantrace.pipeline.marks import KEY_GAP, KEY_WORDS
from plantrace.pipeline.normalise.rag import (
    is_status_state,
    normalise_rag,
    tint_rags,
    words_follow_tints,
)

MIN_MARKED = 2  # cards with a mark before their title, at the least, to read marks as status
MIN_HUES = 2  # status hues among the marks: one colour throughout is a bullet
MARK_LABEL = "Status (mark)"  # the label of the status column made for the marks alone


def paint_title_marks(elements: Sequence[Element], pages: Sequence[Page]) -> None:
    """Card tables whose titles are led by status marks read their status by them (see the
    module's docstring); tables and cells are changed in place."""
    by_page = {p.number: p for p in pages}
    marked: list[tuple[PlanTable, Row, str]] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or not is_card_table(t):
            continue
        ac = t.col("action")
        if ac is None:
            continue
        for row in t.rows:
            page = by_page.get(row.page)
            cell = row.cells[ac] if ac < len(row.cells) else None
            if page is None or cell is None or not cell.text.strip():
                continue
            colour = _title_mark(cell, page)
            if colour is not None:
                marked.append((t, row, colour))
    hues = {c for c in tint_rags([c for _, _, c in marked]) if c is not None}
    if len(marked) < MIN_MARKED or len(hues) < MIN_HUES:
        return
    label = _status_label(marked)
    tables = {id(t): t for t, _, _ in marked}
    for t in tables.values():
        rows = [(row, colour) for tt, row, colour in marked if tt is t]
        col = t.col("rag")
        if col is None and label is not None and label in t.labels:
            col = t.labels.index(label)
            _set_role(t, col)
        if col is None:
            col = _add_column(t)
        for row, colour in rows:
            _paint(row, col, colour)


def _title_mark(cell: Cell, page: Page) -> str | None:
    """The colour of the one mark ending just left of the cell's first line, on its height."""
    first: Line = cell.lines[0]
    size = first.font_size or 8.0
    found = {colour for box, colour in page.glyph_fills if _leads(box, cell.bbox, size)}
    return found.pop() if len(found) == 1 else None


def _leads(box: BBox, title: BBox, size: float) -> bool:
    """The mark ends within a few font sizes left of the title, its middle within the title's
    height (its first line's, or a line above it run into the title: a category over it)."""
    mid = (box[1] + box[3]) / 2
    return 0 <= title[0] - box[2] <= KEY_GAP * size and title[1] - 2.0 <= mid <= title[3] + 2.0


def _status_label(marked: Sequence[tuple[PlanTable, Row, str]]) -> str | None:
    """The label of the column no role was found for whose words follow the marks' colours
    over the plan's marked cards; None where no such column is (or two are)."""
    labels: dict[str, tuple[list[str], list[str | None]]] = {}
    for t, row, colour in marked:
        if t.col("rag") is not None:
            continue
        for i, role in enumerate(t.roles):
            if role not in (None, "other") or i >= len(t.labels):
                continue
            text = row.text(i)
            words, fills = labels.setdefault(t.labels[i], ([], []))
            words.append(text)
            fills.append(colour if text.strip() else None)
    found = [
        label
        for label, (words, fills) in labels.items()
        if all(_short(w) for w in words if w.strip())
        and sum(1 for w in words if w.strip()) >= MIN_MARKED
        and words_follow_tints(words, fills)
    ]
    return found[0] if len(found) == 1 else None


def _short(text: str) -> bool:
    """A status in a few words: no figure (a date, a count), no sentence."""
    return len(text.split()) <= KEY_WORDS and not any(ch.isdigit() for ch in text)


def _set_role(t: PlanTable, col: int) -> None:
    t.take_role(
        col,
        "rag",
        1.0,
        "its words follow the colours of the marks before the cards' titles",
        source="title marks",
    )


def _add_column(t: PlanTable) -> int:
    """A status column for a table whose cards say their status by the mark alone."""
    t.roles.append("rag")
    t.labels.append(MARK_LABEL)
    for row in t.rows:
        row.cells.append(None)
        row.merged_above.append(False)
    col = len(t.roles) - 1
    r = t.reading
    if r is not None and len(r.columns) == col:  # a reading the plan's card tables share grows once
        evidence = ["a coloured mark before each card's title: its status"]
        r.columns.append(ColumnRole(col, MARK_LABEL, "rag", 1.0, evidence))
    return col


def _paint(row: Row, col: int, colour: str) -> None:
    """The status cell takes the mark's colour where its word says none of its own."""
    cell = row.cells[col]
    if cell is None:
        ac = next((c for c in row.cells if c is not None), None)
        box = ac.bbox if ac is not None else (0.0, 0.0, 0.0, 0.0)
        row.cells[col] = Cell("", box, [], fill=colour)
        return
    text = " ".join(cell.text.split())
    if cell.fill is None and (
        not text or (normalise_rag(text) is None and not is_status_state(text))
    ):
        cell.fill = colour
