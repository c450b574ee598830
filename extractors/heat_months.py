"""A status heat map: a row of month cells, each shaded by the row's status in that month.

A workbook may chart an action's status month by month: a column per month (column_roles.
_timeline: 'Jul 2026' | 'Aug 2026' | ..), each month the action was live shaded in that month's
status colour (green, amber, red, blue), the months before it began and after the current one
left unshaded, and no status word anywhere in the row. The shades along a row are its history;
its status is the shade of the CURRENT month alone, which the sheet marks by outlining that
month's column (thick borders down both its sides). Read as a run of dated ratings
(column_roles._status_history) the current month is guessed from the latest column holding
anything, a mark after it (a due diamond: month_marks) taken for a rating, and a blank cell read
through to an earlier month; read as a Gantt chart's bars, a row's commonest shade.

Shape, not words:
- a heat map: a timeline table with no status column of its own (a word there decides) in
  which at least HEAT_ROWS rows, and at least a third of the rows with any shade, show two
  status colours or more along their months (a Gantt bar is one colour);
- the current month: the one month column both of whose sides are drawn by vertical rulings
  thicker than the table's usual rule (on every page the table runs over that draws any);
  its fill is each row's status, an unshaded cell none (not begun), never an earlier month's;
- where no month is outlined (or more than one), the latest month column any row shades is
  taken as the current one, and the result says so (status_month_unsure): the reader cannot
  tell which month the sheet reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from plantrace.extractors.month_marks import is_mark
from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Page
from plantrace.pipeline.normalise.rag import rag_from_fill

HEAT_ROWS = 2  # rows shaded in two status colours or more, at the least
THICKER = 0.75  # points: a current month's outline is this much thicker than the usual rule
THICK_RATIO = 1.5  # .. and this many times as thick
EDGE = 1.5  # points: a ruling stands on a column's edge within this
PALE = 0xF8  # every channel at least this: the page, not a shade


def _shade(row: Row, j: int) -> str | None:
    """The status colour a month cell is shaded in (None: unshaded, pale, or a colour of no
    status); a fill the row's cells of text share is its band, no shade."""
    cell = row.cells[j] if j < len(row.cells) else None
    if cell is None or not cell.fill or _pale(cell.fill):
        return None
    if any(c is not None and c is not cell and c.fill == cell.fill and c.text.strip()
           and not is_mark(c.text) for c in row.cells):  # fmt: skip
        return None
    return rag_from_fill(cell.fill)


def _pale(fill: str) -> bool:
    digits = fill.lstrip("#")
    try:
        return len(digits) == 6 and min(int(digits[k : k + 2], 16) for k in (0, 2, 4)) >= PALE
    except ValueError:
        return False


def is_heat_map(rows: Sequence[Row], months: Sequence[int]) -> bool:
    """Enough rows show two status colours or more along their months: a status by month."""
    shaded = many = 0
    for row in rows:
        if row.section:
            continue
        colours = {s for j in months if (s := _shade(row, j)) is not None}
        shaded += bool(colours)
        many += len(colours) >= 2
    return many >= HEAT_ROWS and 3 * many >= shaded


def outlined_month(rows: Sequence[Row], months: Sequence[int], pages: Sequence[Page]) -> int | None:
    """The one month column drawn between two thicker vertical rulings on every page of the
    table that draws any; None where none is, or more than one."""
    found: set[int] | None = None
    for number in sorted({row.page for row in rows}):
        if not 0 < number <= len(pages):
            continue
        here = _outlined_on(pages[number - 1], [r for r in rows if r.page == number], months)
        if here is None:
            continue
        found = here if found is None else found & here
    return next(iter(found)) if found is not None and len(found) == 1 else None


def _outlined_on(page: Page, rows: Sequence[Row], months: Sequence[int]) -> set[int] | None:
    """The month columns outlined on one page (None: no ruling there is thicker than the
    rest, so the page says nothing)."""
    edges: dict[int, tuple[float, float]] = {}
    tops: list[float] = []
    bottoms: list[float] = []
    for j in months:
        cells = [c for r in rows if j < len(r.cells) and (c := r.cells[j]) is not None]
        if not cells:
            continue
        edges[j] = (median(c.bbox[0] for c in cells), median(c.bbox[2] for c in cells))
        tops += [c.bbox[1] for c in cells]
        bottoms += [c.bbox[3] for c in cells]
    if not edges:
        return None
    top, bottom = min(tops), max(bottoms)
    left = min(x0 for x0, _ in edges.values()) - EDGE
    right = max(x1 for _, x1 in edges.values()) + EDGE
    uprights = [
        r for r in page.rulings
        if not r.horizontal and left <= r.x0 and r.x1 <= right
        and min(r.bottom, bottom) - max(r.top, top) >= 0.5 * (bottom - top)
    ]  # fmt: skip
    if not uprights:
        return None
    usual = median(r.x1 - r.x0 for r in uprights)
    thick = [
        r for r in uprights
        if r.x1 - r.x0 >= usual + THICKER and r.x1 - r.x0 >= THICK_RATIO * usual
    ]  # fmt: skip
    if not thick:
        return None

    def ruled(x: float) -> bool:
        return any(r.x0 - EDGE <= x <= r.x1 + EDGE for r in thick)

    return {j for j, (x0, x1) in edges.items() if ruled(x0) and ruled(x1)}


def read_heat_map(table: PlanTable, pages: Sequence[Page]) -> list[ExtractionWarning]:
    """Make the current month of a status heat map the table's status column (its fill each
    row's status, no earlier month read where it is blank, no bar colour); said where the
    current month is not marked."""
    reading = table.reading
    if reading is None or not reading.months:
        return []
    months = sorted(j for j in reading.months if j < len(table.roles))
    if any(r == "rag" and i not in reading.months for i, r in enumerate(table.roles)):
        return []  # a status column of its own: its word is the status
    rows = [r for r in table.rows if not r.section]
    if not is_heat_map(rows, months):
        return []
    said: list[ExtractionWarning] = []
    current = outlined_month(rows, months, pages)
    why = "the month outlined"
    if current is None:
        shaded = [j for j in months if any(_shade(r, j) is not None for r in rows)]
        if not shaded:
            return []
        current = shaded[-1]
        why = "the latest month any row shades (no month is outlined as the current one)"
        said.append(
            ExtractionWarning(
                code="status_month_unsure",
                message=(
                    f"a table shades each action's months by its status month by month, and no "
                    f"one month is marked as the current one: each action's status was read "
                    f"from {reading.months[current]!r}, the latest month shaded, and may be "
                    f"another month's"
                ),
                page=table.page,
            )
        )
    for j in months:
        if table.roles[j] == "rag":
            table.roles[j] = "other"
        if j < len(reading.columns) and reading.columns[j].role == "rag":
            reading.columns[j].role = "other"
    table.roles[current] = "rag"
    if current < len(reading.columns):
        column = reading.columns[current]
        column.role = "rag"
        column.evidence.append(
            f"a status heat map (months shaded in two status colours or more along a row): "
            f"{why} is the status now"
        )
    reading.earlier.pop("rag", None)  # a blank current month is not begun, not last month's
    reading.status_bars = False  # the shades are a history, no bar's colour
    return said
