"""An action table listed by its target dates: a delivery schedule.

A schedule prints every action in one table in date order, earliest first (the date often the
first column), so the actions of one recommendation interleave with the others' and the refs
run out of sequence ('1b', '3b', '3a', '2d'). It may divide the rows by period with band rows
that span the table and say only the period ('October - December 2026').

- A band row is no action, and no second date of the action above it: a row whose only text is
  one period (a date the date reader reads, or a range of months), printed across the first
  columns, in a table whose actions each have their own due date, is left out.
- The plan's own order is its refs': where every action row has a due date, the dates rise down
  the rows, and the refs (one shape: '3b', '2.03', 'A07') are distinct and out of sequence,
  the rows are put in their refs' order, and a warning (plan_rows_reordered) says so. A row of
  no ref and no action text under an action (the rest of its tall cells: an owner, a progress
  note run on to a row of its own) moves with it, the last action's too; a running footer read
  in after the last row (a page number, one line cut over several cells, a text the table
  repeats on another page) is left out.
- A band's period read into the due cell above it ('31.12.27 April - June 2028', an unruled
  table cut into rows where its lines fall) is taken off where a date is left, and a warning
  (plan_rows_reordered) names the cells read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell
from plantrace.pipeline.layout import page_label
from plantrace.pipeline.normalise.dates import MONTHS, month_range, parse_due

_MONTH_WORD = re.compile(r"[A-Za-z]+\.?")
_TOKEN = re.compile(r"\d+|[A-Za-z]+")
_DATED = 0.8  # the share of action rows with a due date of their own that makes bands spare
MIN_ROWS = 3


def _text(row: Row) -> set[str]:
    return {" ".join(row.text(i).split()) for i in range(len(row.cells))} - {""}


def _period(text: str) -> bool:
    """A date, or a range of months with a year ('October - December 2026'), and nothing else:
    no word but a month's name ('Position at 30 June 2025 - audits done' is a note)."""
    words = [w.lower().rstrip(".") for w in _MONTH_WORD.findall(text)]
    if not all(w in MONTHS or w == "to" for w in words):
        return False
    return parse_due(text) is not None or month_range(text) is not None


def _band(row: Row, ac: int) -> bool:
    said = _text(row)
    if len(said) != 1 or (row.text(ac).strip() and not row.section):
        return False  # one text, in no action cell of its own (a heading row's runs over it)
    # printed across the first columns (a cell merged over them), or read as a heading row
    filled = [i for i in range(len(row.cells)) if row.text(i).strip()]
    text = next(iter(said))
    across = row.section or (len(filled) >= 2 and filled == list(range(len(filled))))
    if filled == [0] and month_range(text):  # a range of months, in the first cell alone
        across = True
    return across and filled[0] == 0 and _period(text)


def drop_period_bands(t: PlanTable) -> list[ExtractionWarning]:
    """Band rows naming a period, across an action table whose actions are dated, left out; a
    band's period read into a due cell taken off. The warning that names the due cells read so
    (plan_rows_reordered), or none."""
    ac, due_c = t.col("action"), t.col("due")
    if t.kind != ACTION_TABLE or ac is None or due_c is None:
        return []
    bands = [r for r in t.rows if _band(r, ac)]
    if not bands:
        return []
    unbanded = [(was, r.text(due_c)) for r in t.rows if (was := _unband_due(r, due_c))]
    said = _unbanded_warning(t, unbanded)
    ref_c = t.col("ref")
    acts = [r for r in t.rows if r.text(ac).strip() and (ref_c is None or r.text(ref_c).strip())]
    dated = [r for r in acts if parse_due(r.text(due_c)) is not None]
    if len(acts) < MIN_ROWS or len(dated) < _DATED * len(acts):
        return said  # (a due cell read with a band's period is dated once the period is off)
    t.rows = [r for r in t.rows if not any(r is b for b in bands)]
    return said


def _unband_due(row: Row, due_c: int) -> str | None:
    """A band's period read into the due cell of the row above it ('31.12.27 April - June
    2028': an unruled table's rows are cut where its lines fall, and the band's line fell in the
    row of a tall cell): the period taken off, where what is left is a date of its own. The
    cell's text as read where it was rewritten, else None."""
    text = " ".join(row.text(due_c).split())
    months = month_range(text)  # the one date normaliser's range of months
    if months is None or months[2] != len(text) or months[1] == 0:
        return None
    rest = text[: months[1]].strip()
    cell = row.cells[due_c] if due_c < len(row.cells) else None
    if cell is None or parse_due(rest) is None:
        return None
    row.cells[due_c] = Cell(text=rest, bbox=cell.bbox, lines=[], fill=cell.fill)
    return text


def _unbanded_warning(t: PlanTable, unbanded: list[tuple[str, str]]) -> list[ExtractionWarning]:
    """The due cells that read a band's period after their date, and the date they were read
    as: a guess at where the table's rows were cut, said so."""
    if not unbanded:
        return []
    was, now = unbanded[0]
    more = f" (and {len(unbanded) - 1} more)" if len(unbanded) > 1 else ""
    return [
        ExtractionWarning(
            code="plan_rows_reordered",
            message=(
                f"{len(unbanded)} due cell(s) of the table read a band's period after their own "
                f"date ({was!r} read as {now!r}{more}): the period, printed across the table "
                "under the row, was taken for the band's and left out of the due date"
            ),
            page=t.page,
        )
    ]


def _ref_key(ref: str) -> tuple[tuple[int, int | str], ...] | None:
    tokens = _TOKEN.findall(ref)
    if not tokens or not any(x.isdigit() for x in tokens):
        return None
    return tuple((0, int(x)) if x.isdigit() else (1, x.lower()) for x in tokens)


def _shape(key: tuple[tuple[int, int | str], ...]) -> tuple[int, ...]:
    return tuple(kind for kind, _ in key)


def in_ref_order(t: PlanTable) -> list[ExtractionWarning]:
    """The rows of a table listed by due date put in their refs' order (see the module's doc);
    the warning that says so, or none where the rows stay as printed. A row of no ref of its
    own (the rest of a tall action's cells) moves with the action above it."""
    ref_c, due_c, ac = t.col("ref"), t.col("due"), t.col("action")
    if t.kind != ACTION_TABLE or ref_c is None or due_c is None or ac is None:
        return []

    def key(r: Row) -> tuple[tuple[int, int | str], ...] | None:
        return _ref_key(" ".join(r.text(ref_c).split()))

    rows = t.rows
    # after the last action: a key, a note, a footer read into the table (no ref, no action)
    while rows and (rows[-1].section or (key(rows[-1]) is None and not rows[-1].text(ac).strip())):
        rows = rows[:-1]
    tail = t.rows[len(rows) :]
    groups: list[list[Row]] = []
    for r in rows:
        if r.section:
            return []
        if key(r) is not None:
            groups.append([r])
        elif groups:
            groups[-1].append(r)
        else:
            return []
    if len(groups) < MIN_ROWS:
        return []
    keys = [key(g[0]) for g in groups]
    dues = [parse_due(g[0].text(due_c)) for g in groups]
    known = [k for k in keys if k is not None]
    when = [d for d in dues if d is not None]
    if len(when) != len(groups) or len({_shape(k) for k in known}) != 1:
        return []
    if len({k[0] for k in known if k[0][0] == 1}) > 1:
        return []  # refs under several letters ('H-01', 'D-01'): groups, no one run to sort
    if len(set(known)) != len(known) or known == sorted(known) or not _rising(when):
        return []
    order = sorted(range(len(groups)), key=lambda i: known[i])
    # the tail's rows before a heading (a key's, a note's) are the rest of the last action's
    # tall cells (its owner or progress run on to a row of its own under the line that cut the
    # rows) and move with it, but for a running footer read into the table
    cut = next((i for i, r in enumerate(tail) if r.section), len(tail))
    groups[-1] += [r for r in tail[:cut] if not _footer(r, t.rows)]
    # under the heading: the key and what it dates; a row of neither is a footer
    tail = [r for r in tail[cut:] if r.section or parse_due(r.text(due_c)) is not None]
    t.rows = [*(r for i in order for r in groups[i]), *tail]
    label = t.labels[due_c] if due_c < len(t.labels) else "due"
    return [
        ExtractionWarning(
            code="plan_rows_reordered",
            message=(
                f"the table lists its {len(groups)} actions by their dates ({label!r} rising "
                "down the rows) with their refs out of sequence: the actions are read in their "
                "refs' order"
            ),
            page=t.page,
        )
    ]


def _footer(row: Row, rows: Sequence[Row]) -> bool:
    """A running footer read into a table's rows: a page number ('3', 'Page 3', '3 of 12': layout's reading), one line
    of print cut into several cells (the same text in two cells or more: no cell of an
    action's), or a text the table also reads in a row on another page (a footer at each
    page's foot)."""
    texts = [" ".join(row.text(i).split()) for i in range(len(row.cells))]
    said = [x for x in texts if x]
    if any(page_label(x) is not None for x in said) or len(set(said)) < len(said):
        return True
    own = set(said)
    return bool(own) and any(r.page != row.page and _text(r) == own for r in rows)


def _rising(when: list[date]) -> bool:
    return when == sorted(when) and len(set(when)) >= MIN_ROWS
