"""A status given by which of a row's drawn marks is filled, under column heads that are the
steps of a scale: a questionnaire's or self-assessment's rating row.

A self-assessment form may print, beside each action, one empty circle per step of its scale
under column heads naming the steps ('Not underway | Faltering | Emerging | Established |
Embedded'), and fill the ONE circle of the step the action is at. No cell holds a word: the
status is the head of the column whose mark is filled. Read as a table, the steps are columns
no header vocabulary names and whose cells are empty, and the filled circles' ink (one colour
for every step) was read as a status colour of its own.

The evidence is the geometry and the fill, never the words: a run of SCALE_MIN adjacent
columns or more, each with a head, no role, and no text in any row; on each action row the
filled marks (Page.glyph_fills: small filled shapes) whose centres lie in the run's cells. A
row with exactly one is at that column's step: a status column is made (highlight_status.
status_column, its label saying it was read from the marks; a step's column that the marks'
ink made the status gives that role up) holding the step's head, read by
the one status normaliser like any status word. The scale is taken for one only where most of
the table's action rows mark one step; rows marking none or several are left unrated and said
(scale_marks_unread), never guessed. The run's cells' fills (the marks' ink painted into them)
are taken off: the ink is the form's, no status colour; the step columns, read, are no columns
left unplaced (role 'other').
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.highlight_status import status_column
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Page

SCALE_MIN = 3  # steps of a scale, at the least
LABEL = "Status (the marked step)"  # the made status column's header
_SHOWN = 6  # refs named in the warning


def read_scale_marks(elements: Sequence[Element], pages: Sequence[Page]) -> list[ExtractionWarning]:
    """Each action table with no status column whose rows mark one step of a scale of empty
    columns gets its status column; the rows marking none or several are said."""
    by_number = {p.number: p for p in pages}
    said: list[ExtractionWarning] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE:
            continue
        run = _scale_run(t)
        if run is None or any(r == "rag" and i not in run for i, r in enumerate(t.roles)):
            continue
        rows = _action_rows(t)
        marked = [(row, _marked(row, run, by_number.get(row.page))) for row in rows]
        ones = [(row, m[0]) for row, m in marked if len(m) == 1]
        if not ones or 2 * len(ones) < len(rows):
            continue  # no scale marked row by row
        for c in run:  # a step's column taken for the status by its marks' ink: a step
            if t.roles[c] == "rag":
                t.roles[c] = None
        col = status_column(t, LABEL)
        for row, c in ones:
            cell = row.cells[c]
            box = cell.bbox if cell is not None else (0.0, 0.0, 0.0, 0.0)
            row.cells[col] = Cell(t.labels[c], box)
        for row in t.rows:
            for c in run:
                if c < len(row.cells) and (cell := row.cells[c]) is not None:
                    cell.fill = None
        _read_steps(t, run)
        unread = [row for row, m in marked if len(m) != 1]
        if unread:
            said.append(_unread(t, unread, [t.labels[c] for c in run], el.page))
    return said


def _read_steps(t: PlanTable, run: Sequence[int]) -> None:
    """The step columns are read (into the status column): no column left unplaced."""
    for c in run:
        t.take_role(
            c,
            "other",
            None,
            "a scale's step: its filled marks read as the status (scale_marks)",
            source="scale marks",
        )


def _scale_run(t: PlanTable) -> list[int] | None:
    """The longest run of SCALE_MIN adjacent columns or more, each headed, with no role (or
    the status's, given by the marks' ink painted into its empty cells) and no text in any
    row."""
    best: list[int] = []
    cur: list[int] = []
    for i, role in enumerate(t.roles):
        empty = not any(r.text(i).strip() for r in t.rows)
        headed = i < len(t.labels) and bool(t.labels[i].strip())
        if role in (None, "other", "rag") and empty and headed:
            cur.append(i)
            if len(cur) > len(best):
                best = list(cur)
        else:
            cur = []
    return best if len(best) >= SCALE_MIN else None


def _action_rows(t: PlanTable) -> list[Row]:
    action = t.col("action")
    return [r for r in t.rows if not r.section and (action is None or r.text(action).strip())]


def _marked(row: Row, run: Sequence[int], page: Page | None) -> list[int]:
    """The run's columns whose cell in this row holds a filled mark's centre."""
    if page is None:
        return []
    _ = page.rulings  # the drawing is read with the rulings
    out = []
    for c in run:
        cell = row.cells[c] if c < len(row.cells) else None
        if cell is None:
            continue
        if any(_centre_in(box, cell.bbox) for box, _colour in page.glyph_fills):
            out.append(c)
    return out


def _centre_in(box: BBox, cell: BBox) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return cell[0] <= x <= cell[2] and cell[1] - 1.0 <= y <= cell[3] + 1.0


def _unread(
    t: PlanTable, rows: Sequence[Row], steps: Sequence[str], page: int
) -> ExtractionWarning:
    ref = t.col("ref")
    refs = [r.text(ref).strip() or "?" for r in rows] if ref is not None else []
    named = ", ".join(refs[:_SHOWN]) + (" ..." if len(refs) > _SHOWN else "")
    return ExtractionWarning(
        code="scale_marks_unread",
        message=(
            f"{len(rows)} action(s) of a table rated by a filled mark under a scale's steps "
            f"({', '.join(steps)}) mark no step or "
            f"several ({named or 'no refs'}): their status is not read"
        ),
        page=page,
    )
