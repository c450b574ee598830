"""Sub-rows set under an action row: checkpoints, milestones, steps that are no actions.

A plan that numbers its actions (a ref in every action row) may print under each action one or
more rows of its own checkpoints ('a) Checkpoint: Staff briefing sessions held'), each with its
own date in the due column and a tick in the status column. Such a row names no ref and no
owner, and its text is SET APART from the action rows: indented further into the cell, or in a
smaller type. It belongs to the action above; its date is the checkpoint's, not the action's
due. A row with no ref and no owner set like the action rows is something else (the rest of an
action cut by a page break, an action whose number was left out) and is left to the reader.

Pure: reads a PlanTable's rows; no I/O.
"""

from __future__ import annotations

from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # plan_columns asks starts_sub_row when it joins a row cut by a page break
    from plantrace.extractors.plan_columns import PlanTable, Row

# points: a sub-row's text starts at least this much further into its cell than the action
# rows' text (the first-line indent a word processor gives a list level is ~10-18 pt)
SUB_INDENT = 6.0
# a sub-row set this much smaller than the action rows' type (8.5 pt under 9.5 pt) is set apart
# whatever its indent; a wrapped line or a bold-face change keeps the size
SMALLER_TYPE = 0.93
MIN_KEYED = 2  # action rows with a ref needed to know how an action row is set


def sub_rows(table: PlanTable) -> set[int]:
    """Indices of the rows that sit under an action as its checkpoints (module doc): no ref,
    no owner, text of their own set apart from the keyed action rows', below a keyed row."""
    ref_c, ac, own_c = table.col("ref"), table.col("action"), table.col("owner")
    if ref_c is None or ac is None:
        return set()
    keyed = [_setting(r, ac) for r in table.rows if _keyed(r, ref_c)]
    settings = [s for s in keyed if s is not None]
    if len(settings) < MIN_KEYED:
        return set()
    indent = median(s[0] for s in settings)
    size = median(s[1] for s in settings)
    out: set[int] = set()
    under_action = False
    for n, row in enumerate(table.rows):
        if row.section:
            under_action = False
            continue
        if _keyed(row, ref_c):
            under_action = True
            continue
        if not under_action or (own_c is not None and row.text(own_c).strip()):
            continue
        setting = _setting(row, ac)
        if setting is not None and _set_apart(setting, indent, size):
            out.add(n)
    return out


def starts_sub_row(table: PlanTable, first: Row, last: Row) -> bool:
    """The first row of a table's next piece is a sub-row of its own under the last row of the
    piece before (a checkpoint that opens the next page), not the rest of that row cut by the
    page break: it has no ref and no owner but a date of its own in the due column, the last
    row has a ref, and the first's text is set apart from the last's (further in, or smaller
    type). The rest of a cut row goes on in the row's own setting, or further in where the cut
    falls in a list of sub-items inside the action's cell; it holds no second due date."""
    ref_c, ac, own_c = table.col("ref"), table.col("action"), table.col("owner")
    due_c = table.col("due")
    if ref_c is None or ac is None or due_c is None or not first.text(due_c).strip():
        return False
    if not _keyed(last, ref_c) or first.text(ref_c).strip():
        return False
    if own_c is not None and first.text(own_c).strip():
        return False
    above, below = _setting(last, ac), _setting(first, ac)
    return above is not None and below is not None and _set_apart(below, *above)


def _keyed(row: Row, ref_c: int) -> bool:
    """A data row with a ref of its own (not one carried down from a merged cell above)."""
    if row.section or not row.text(ref_c).strip():
        return False
    return not (ref_c < len(row.merged_above) and row.merged_above[ref_c])


def _setting(row: Row, col: int) -> tuple[float, float] | None:
    """(how far in from its cell's left edge the cell's first line starts, its type size) for
    a cell with text of its own, else None."""
    cell = row.cells[col] if col < len(row.cells) else None
    if cell is None or not cell.lines:
        return None
    if col < len(row.merged_above) and row.merged_above[col]:
        return None
    first = cell.lines[0]
    return first.bbox[0] - cell.bbox[0], first.font_size


def _set_apart(setting: tuple[float, float], indent: float, size: float) -> bool:
    """Further in than the action rows' text, or in smaller type."""
    return setting[0] - indent >= SUB_INDENT or setting[1] <= SMALLER_TYPE * size
