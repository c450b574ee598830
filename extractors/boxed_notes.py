"""A card's note drawn in a box of its own: an app's list cell printing its latest update as a
shaded, bordered strip under the meta line ('Note: Delayed because of staff turnover').

The strip's own background and border make the table reader find it as a one-cell table, so
its lines are taken out of the card they belong to and the card reader never sees them: the
update goes unread, and nothing says so. Such a box is read here by what it holds and where it
sits, not by any template's words: one cell, a labelled line whose label the header vocabulary
names as progress (plan_columns.header_role), lying under a card of an action table read on
the same page. Its value becomes that card's progress (a new column when the cards had none);
the box is then no element of its own. A box that names progress but sits under no card is
left as it was, and plan_warnings's unread-field checks still see it.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, header_role
from plantrace.pipeline.document import Cell, Table

# 'Latest note: ...': a short label (one to four words, no digits), a colon, then the value
_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z' ]{0,40}?)\s*:\s*(?P<value>\S.*)$", re.S)
MAX_LABEL_WORDS = 4
NEAR = 40.0  # points: a note box starts at most this far below the card's last line it is in
NOTE_LABEL = "(note)"  # the column a boxed note gives cards that had no progress column


def boxed_note(raw: Table) -> tuple[str, Cell] | None:
    """(value, cell) of a one-cell box holding a progress field, else None."""
    cells = [c for r in raw.rows for c in r if c is not None and c.text.strip()]
    if len(cells) != 1:
        return None
    m = _FIELD.match(" ".join(cells[0].text.split()))
    if m is None or len(m.group("label").split()) > MAX_LABEL_WORDS:
        return None
    if header_role(m.group("label")) != "progress":
        return None
    return m.group("value").strip(), cells[0]


def adopt_boxed_notes(elements: list[Element]) -> list[Element]:
    """The elements with each boxed progress note joined to the card it lies under."""
    cards = [el.table for el in elements if el.table is not None and el.table.kind == ACTION_TABLE]
    if not cards:
        return elements
    out: list[Element] = []
    for el in elements:
        note = boxed_note(el.raw) if el.raw is not None and el.table is None else None
        if note is not None and _give(cards, el.raw.page if el.raw else el.page, note):
            continue
        out.append(el)
    return out


def _give(cards: list[PlanTable], page: int, note: tuple[str, Cell]) -> bool:
    """Set the note as the progress of the card row just above it; False where none is."""
    value, cell = note
    top, x0 = cell.bbox[1], cell.bbox[0]
    best: tuple[float, PlanTable, int] | None = None
    for t in cards:
        for k, row in enumerate(t.rows):
            if row.page != page:
                continue
            boxes = [c.bbox for c in row.cells if c is not None and c.text.strip()]
            if not boxes:
                continue
            bottom = max(b[3] for b in boxes)
            left = min(b[0] for b in boxes)
            gap = top - bottom
            if -2.0 <= gap <= NEAR and x0 >= left - 4 and (best is None or gap < best[0]):
                best = (gap, t, k)
    if best is None:
        return False
    _, t, k = best
    if "progress" not in t.roles:
        t.roles.append("progress")
        t.labels.append(NOTE_LABEL)
        for row in t.rows:
            row.cells.append(None)
            if row.merged_above:
                row.merged_above.append(False)
    col = t.roles.index("progress")
    row = t.rows[k]
    if row.cells[col] is not None and row.cells[col].text.strip():  # type: ignore[union-attr]
        return False
    row.cells[col] = Cell(text=value, bbox=cell.bbox, lines=[], fill=None)  # the value alone
    return True
