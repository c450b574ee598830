"""A tracker that prints each record as a PAIR of rows told apart by a row-kind column.

A schedule kept in a spreadsheet may give every task two rows: the first ('Plan') states the
task, its owner and its planned date; the second ('Actual', 'Forecast'), with no task text of
its own, states what happened against the plan in the SAME columns: the actual or forecast
date under the planned one, the variance, the status, the update. Read row by row, the second
row's date joins the due (two dates in one due) or, on a continued page, passes for a row of
its own, and the row-kind column ('Plan' / 'Actual') reads as a progress note or a latest
figure. The pair is one record: its first row's date is the due, its second row's date an
outcome, no due.

The pair is found from the shape of the cells, never from the words: a column whose every
data cell is one of exactly two short labels (no figures), alternating row by row, the first
label's rows filling a column (the task's text) that the second label's rows always leave
empty. Each pair is joined into one row: a cell the first row fills keeps the first row's
text (the date: the second row's date is the outcome), a cell only the second row fills takes
it (the status, the update), and the row-kind column, said by the pairing, is dropped.

Pure: reads a Table's cells; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.pipeline.document import Cell, Table

MIN_PAIRS = 2  # pairs needed: one alternation could be chance
MAX_LABEL_WORDS = 3  # a row-kind label is a word or two ('Plan', 'Actual', 'Re-forecast')
_FIGURE = re.compile(r"\d")


def _text(row: Sequence[Cell | None], i: int) -> str:
    c = row[i] if i < len(row) else None
    return " ".join(c.text.split()) if c is not None and c.text else ""


def _label(text: str) -> bool:
    """A short word or two with no figure: a row-kind label, not a value."""
    return bool(text) and len(text.split()) <= MAX_LABEL_WORDS and not _FIGURE.search(text)


def _kind_columns(rows: Sequence[Sequence[Cell | None]]) -> list[tuple[int, str]]:
    """Each column whose cells alternate between two labels, with the label that opens a pair.

    A piece of the table carried onto a new page may open with the second row of a pair the
    page broke (and end with the first row of one): the alternation may start on either of
    the first two rows, and which label opens a pair is left to the task column to say."""
    width = min((len(r) for r in rows), default=0)
    out: list[tuple[int, str]] = []
    for i in range(width):
        texts = [_text(r, i).lower() for r in rows]
        if not all(_label(t) for t in texts) or len(set(texts)) != 2:
            continue
        if any(a == b for a, b in zip(texts, texts[1:], strict=False)):
            continue  # two alike in a row: no alternation
        out += [(i, texts[0]), (i, texts[1])]
    return out


def _task_column(rows: Sequence[Sequence[Cell | None]], kind: int, first: str) -> bool:
    """A column every first-label row fills and every second-label row leaves empty: the
    first row states the record (its text), the second only reports against it."""
    firsts = [r for r in rows if _text(r, kind).lower() == first]
    seconds = [r for r in rows if _text(r, kind).lower() != first]
    width = min(len(r) for r in rows)
    return any(
        i != kind and all(_text(r, i) for r in firsts) and not any(_text(r, i) for r in seconds)
        for i in range(width)
    )


def _joined(a: Sequence[Cell | None], b: Sequence[Cell | None], kind: int) -> list[Cell | None]:
    """One row of a pair: the first row's cell where it has text, else the second's."""
    out: list[Cell | None] = []
    for i, top in enumerate(a):
        if i == kind:
            continue
        low = b[i] if i < len(b) else None
        out.append(top if top is not None and top.text.strip() or low is None else low)
    return out


def _second_alone(row: Sequence[Cell | None], kind: int, shared: set[int]) -> list[Cell | None]:
    """A pair's second row the page break parted from its first: its outcome cells (those both
    rows of a pair fill: the date) are no due of the row it continues, so they are blanked."""
    out: list[Cell | None] = []
    for i, c in enumerate(row):
        if i == kind:
            continue
        out.append(Cell("", c.bbox, [], c.fill) if c is not None and i in shared else c)
    return out


def _shared(rows: Sequence[Sequence[Cell | None]], kind: int, first: str) -> set[int]:
    """Columns some pair fills on both its rows (the date column: plan above, actual below)."""
    out: set[int] = set()
    for a, b in zip(rows, rows[1:], strict=False):
        if _text(a, kind).lower() != first or _text(b, kind).lower() == first:
            continue
        out |= {i for i in range(min(len(a), len(b))) if i != kind and _text(a, i) and _text(b, i)}
    return out


def join_row_pairs(t: Table) -> Table:
    """The table with each pair of rows joined into one and its row-kind column dropped; the
    table itself where its rows come in no such pairs. The first row is the header."""
    if len(t.rows) < 1 + 2 * MIN_PAIRS:
        return t
    head, rows = t.rows[0], t.rows[1:]
    found = next(
        ((k, f) for k, f in _kind_columns(rows) if _task_column(rows, k, f)), None
    )  # the label whose rows state the task opens each pair
    if found is None:
        return t
    kind, first = found
    if sum(1 for r in rows if _text(r, kind).lower() == first) < MIN_PAIRS:
        return t
    shared = _shared(rows, kind, first)
    out: list[list[Cell | None]] = [[c for i, c in enumerate(head) if i != kind]]
    n = 0
    while n < len(rows):
        row = rows[n]
        if _text(row, kind).lower() != first:
            out.append(_second_alone(row, kind, shared))  # the page parted it from its first
            n += 1
        elif n + 1 < len(rows) and _text(rows[n + 1], kind).lower() != first:
            out.append(_joined(row, rows[n + 1], kind))
            n += 2
        else:  # a first row whose second the page carried on
            out.append([c for i, c in enumerate(row) if i != kind])
            n += 1
    return Table(t.page, t.bbox, out, t.ruled)
