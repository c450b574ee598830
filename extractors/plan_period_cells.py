"""A forward plan by period: each action's text printed in the column of the period it is due.

A plan kept in a workbook may lay its actions out on a timeline: one column per quarter (or
month), 'Ref | Owner | Q1 2026/27 | Q2 2026/27 | ... | Update', each action's text typed in
the column of the period it is due and the other period cells of its row left empty. Its
status is often the fill of that cell alone, a printed key of filled cells saying what each
colour means. Read as printed, the period columns are dates (a baseline, a target) and the
table has no action column: no action at all is read.

Read from the table's shape, not its words:
- the period columns: two or more adjacent columns whose headers each read as a date (the one
  date normaliser), each later than the one before ('Q1 2026/27 | Q2 2026/27', 'Apr-Jun 2026 |
  Jul-Sep 2026'), in an action table with no action column of its own;
- the actions: the rows holding text in exactly one period cell (one cell merged over several
  periods is one: the work runs to the last of them), most rows with any period text at
  least; that text is the action, its column's header its due date, its fill its
  status (read through the plan's printed key of filled status cells where it names the fill,
  else by the fill's hue as any status cell's);
- no action: a row holding texts in two period columns or more (dates the plan marks: 'Key
  dates', a visit, a review), or whose one text opens with a mark that is no letter or figure
  ('◆ Peer review'): a milestone, not an action. Such rows are left out and said
  (period_rows_left_out). A cell merged down over two rows is one action, read on its first
  row (the next is said too);
- no fold: where most period texts open with a figure ('72% against 80% target': a scorecard
  read early in the year, one quarter reported) or a column names a measure (indicator role),
  the table is a measure's trail by period; it is left as read and said (period_fold_refused).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import (
    fill_key,
    is_status_state,
    keyed_fill,
    normalise_rag,
    read_key_rows,
)
from plantrace.pipeline.normalise.values import parse_quantity

ACTION_LABEL = "Action (period column)"
DUE_LABEL = "Due (period column header)"
STATUS_LABEL = "Status (cell fill)"
MIN_PERIODS = 2  # period columns side by side, at the least
MIN_ACTIONS = 2  # rows with one period text, at the least
LABEL_WORDS = 4  # a period header is short: 'Q3 2026/27', 'Oct - Dec 2026'
ACTION_WORDS = 3  # an action is a sentence, not a tick or a code
_OPENERS = "\"'([‘“"  # a text may open with these and still be a sentence


def _period(label: str) -> date | None:
    label = " ".join(label.split())
    return parse_due(label) if label and len(label.split()) <= LABEL_WORDS else None


def period_columns(table: PlanTable) -> list[int]:
    """The longest run of adjacent columns whose headers are periods, each later than the one
    before ('Q1 2026/27 | Q2 2026/27', 'Apr-Jun 2026 | Jul-Sep 2026', 'May 2026 | June 2026');
    [] where there are fewer than MIN_PERIODS."""
    best: list[int] = []
    run: list[int] = []
    last: date | None = None
    for c, label in enumerate(table.labels):
        when = _period(label)
        if when is None:
            run, last = [], None
            continue
        run = [*run, c] if last is not None and when > last else [c]
        last = when
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= MIN_PERIODS else []


def _filled(row: Row, cols: Sequence[int]) -> list[int]:
    """The period columns with text, one per cell: a cell merged over several periods (work
    that runs from one quarter to a later one) is one text, at the last period it spans."""
    out: list[int] = []
    for c in cols:
        cell = row.cells[c] if c < len(row.cells) else None
        if cell is None or not row.text(c).strip():
            continue
        if out and row.cells[out[-1]] is cell:
            out[-1] = c
        else:
            out.append(c)
    return out


def _milestone(text: str) -> bool:
    """A text opening with a mark that is no letter, figure or quote ('◆ Peer review')."""
    first = text.strip()[:1]
    return bool(first) and not first.isalnum() and first not in _OPENERS


def _action_row(row: Row, cols: Sequence[int]) -> int | None:
    """The period column holding the row's action (its last, for a cell merged over several),
    if it holds one."""
    filled = _filled(row, cols)
    if row.section or len(filled) != 1:
        return None
    text = row.text(filled[0])
    if _milestone(text) or len(text.split()) < ACTION_WORDS:
        return None
    return filled[0]


def _figure(text: str) -> bool:
    """A text that opens with its figure ('72% against 80% target', '£1.2m', '14 days'): a
    measure's value, not an action (which opens with its verb)."""
    words = text.split()
    if not words or not any(ch.isdigit() for ch in words[0]):
        return False
    found = parse_quantity(text)
    return found is not None and found.value is not None


def key_fills(elements: Sequence[Element]) -> dict[str, str]:
    """The plan's key of filled status cells as a key of colours ('#ffc000' -> 'amber', in the
    form fill_key gives and keyed_fill matches within its tolerance): a row of two or more
    cells of different fills, each a status word on its colour (a key row, as a table of its
    own or a row of one), read by the one key reader (read_key_rows, each cell a phrase on its
    colour). A fill given two colours is left out: the key does not say which."""
    pairs: dict[str, str] = {}
    clashes: set[str] = set()
    for el in elements:
        rows: list[list[Cell | None]] = []
        if el.raw is not None:
            rows = list(el.raw.rows)
        elif el.table is not None:
            rows = [r.cells for r in el.table.rows]
        for cells in rows:
            entries = {
                c.fill: c.text
                for c in cells
                if c is not None
                and c.fill
                and c.text.strip()
                and (normalise_rag(c.text) is not None or is_status_state(c.text))
            }
            if len(entries) < 2:
                continue
            found = read_key_rows([[(text, fill)] for fill, text in entries.items()])
            for fill, text in entries.items():
                colour = normalise_rag(text, found) if found else None
                if colour is None:
                    continue
                if pairs.get(fill, colour) != colour:
                    clashes.add(fill)
                pairs.setdefault(fill, colour)
    return fill_key({f: c for f, c in pairs.items() if f not in clashes})


def _made(text: str, like: Cell, fill: str | None = None) -> Cell:
    return Cell(text=text, bbox=like.bbox, fill=fill)


def fold_period_cells(
    table: PlanTable, key: Mapping[str, str]
) -> tuple[PlanTable, list[ExtractionWarning]]:
    """The action table with an action, a due and a status column read from its period columns
    (see the module's doc), and a warning naming the rows left out as milestones; the table
    itself, and no warning, where it is no forward plan by period (with a warning where it has
    that shape but its texts are a measure's figures). key: the plan's key of colours
    (key_fills), the status of a fill it names."""
    if table.kind != ACTION_TABLE or table.col("action") is not None:
        return table, []
    cols = period_columns(table)
    if not cols:
        return table, []
    worded = [r for r in table.rows if not r.section and _filled(r, cols)]
    placed = {id(r): c for r in worded if (c := _action_row(r, cols)) is not None}
    if len(placed) < MIN_ACTIONS or 2 * len(placed) < len(worded):
        return table, []
    shared = [c for c in range(len(table.labels)) if c not in cols]
    texts = [r.text(c) for r in worded if (c := placed.get(id(r))) is not None]
    measured = any(table.roles[c] == "indicator" for c in shared if c < len(table.roles))
    if measured or 2 * sum(map(_figure, texts)) > len(texts):
        return table, [
            ExtractionWarning(
                code="period_fold_refused",
                message=(
                    "A table laid out by period columns holds one text per row, but "
                    + ("a column names a measure" if measured else "most texts are figures")
                    + ": read as a measure's figures by period, not as actions due in the "
                    f"period: {' | '.join(' '.join(t.split()) for t in texts)[:200]}"
                ),
                page=table.page,
            )
        ]
    rows: list[Row] = []
    left: list[str] = []
    seen: set[int] = set()  # the cells read as an action: one merged down is read once
    for r in table.rows:
        cells = [r.cells[c] if c < len(r.cells) else None for c in shared]
        merged = [r.merged_above[c] if c < len(r.merged_above) else False for c in shared]
        at = placed.get(id(r))
        if r.section:  # a banner merged across: its text read as the heading it is
            first = r.cells[cols[0]] if cols[0] < len(r.cells) else None
            rows.append(Row([*cells, first, None, None], r.page, True, [*merged] + [False] * 3))
            continue
        if at is None:
            if _filled(r, cols):
                left.append("; ".join(" ".join(r.text(c).split()) for c in _filled(r, cols)))
                continue
            rows.append(Row([*cells, None, None, None], r.page, False, [*merged] + [False] * 3))
            continue
        cell = r.cells[at]
        assert cell is not None  # it holds the row's text
        if id(cell) in seen:  # merged down from the row above: its action, read there
            left.append(f"{' '.join(cell.text.split())} (merged over the row above, read once)")
            continue
        seen.add(id(cell))
        up = r.merged_above[at] if at < len(r.merged_above) else False
        colour = keyed_fill(cell.fill, key)
        due = _made(table.labels[at], cell)
        status = _made(colour or "", cell, cell.fill)
        rows.append(Row([*cells, cell, due, status], r.page, False, [*merged, up, up, up]))
    roles = [table.roles[c] if c < len(table.roles) else None for c in shared]
    # the fold gives the action's due and status: no other column is read as them
    roles = [None if r in ("due", "rag") else r for r in roles]
    folded = PlanTable(
        kind=table.kind,
        roles=[*roles, "action", "due", "rag"],
        labels=[*(table.labels[c] for c in shared), ACTION_LABEL, DUE_LABEL, STATUS_LABEL],
        rows=rows,
        page=table.page,
        top=table.top,
        pieces=table.pieces,
        reading=None,
        printed=table.printed,
    )
    said = []
    if left:
        said.append(
            ExtractionWarning(
                code="period_rows_left_out",
                message=(
                    f"{len(left)} row(s) of a plan laid out by period columns hold dates the "
                    f"plan marks, not actions, and were left out: {' | '.join(left)[:300]}"
                ),
                page=table.page,
            )
        )
    return folded, said
