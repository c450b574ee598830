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
empty; where both labels' rows fill a column the other's leave empty (the second row's
variance and status), the label opening a pair is the one whose own column stands further
left (a row is keyed and named at its left, reported against at its right), and the second
rows fill nothing left of it (rows that print their own key or text are rows of their own, a
'Yes' / 'No' column alternating by chance). A piece of the table the page break cut to fewer
pairs is paired by the pairing its header row was read with on an earlier page (Pairing, kept
by the caller). Each pair is joined into one row: a cell the first row fills keeps the first
row's text (the date: the second row's date is the outcome), a cell only the second row fills
takes it (the status, the update), and the row-kind column, said by the pairing, is dropped.
The joined table marks the columns only second rows fill (Table.reported: notes there are
the progress, column_roles._update_notes) and, of those, a count of the days between the
pair's two dates (Table.worked_out: a variance, derived_columns.pair_variances, no field).

Pure: reads a Table's cells; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, replace

from plantrace.extractors.derived_columns import pair_variances
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


@dataclass(frozen=True, slots=True)
class Pairing:
    """How a header's rows pair: the row-kind column, the label opening a pair, the other
    label, and the columns both rows of a pair fill (the planned date over the actual)."""

    kind: int
    first: str
    second: str
    shared: frozenset[int]
    counted: frozenset[int] | None = None  # columns counting days between the dates, if read


RowPairings = MutableMapping[tuple[str, ...], Pairing]  # a header row's texts -> its pairing


def _own_columns(rows: Sequence[Sequence[Cell | None]], kind: int, label: str) -> list[int]:
    """Columns every row of the label fills and every row of the other label leaves empty."""
    mine = [r for r in rows if _text(r, kind).lower() == label]
    others = [r for r in rows if _text(r, kind).lower() != label]
    width = min(len(r) for r in rows)
    return [
        i
        for i in range(width)
        if i != kind and all(_text(r, i) for r in mine) and not any(_text(r, i) for r in others)
    ]


def _pairing(rows: Sequence[Sequence[Cell | None]]) -> Pairing | None:
    """The pairing of rows whose row-kind column alternates between two labels, MIN_PAIRS at
    least; None where no column does. A piece carried onto a new page may open with the
    second row of a pair the page broke: the alternation may start on either label."""
    width = min((len(r) for r in rows), default=0)
    for i in range(width):
        texts = [_text(r, i).lower() for r in rows]
        labels = sorted(set(texts))
        if not all(_label(t) for t in texts) or len(labels) != 2:
            continue
        if any(a == b for a, b in zip(texts, texts[1:], strict=False)):
            continue  # two alike in a row: no alternation
        own = {lab: _own_columns(rows, i, lab) for lab in labels}
        if not own[labels[0]] and not own[labels[1]]:
            continue
        first = min(labels, key=lambda lab: min(own[lab], default=width))
        second = labels[1] if first == labels[0] else labels[0]
        if not own[first] or texts.count(first) < MIN_PAIRS:
            continue
        if min(own[first]) > min(_filled(rows, i, second), default=width):
            continue  # the second rows fill a column left of the task: rows of their own
        return Pairing(i, first, second, frozenset(_shared(rows, i, first)))
    return None


def _filled(rows: Sequence[Sequence[Cell | None]], kind: int, label: str) -> list[int]:
    """The columns (bar the row-kind column) any row of the label fills."""
    mine = [r for r in rows if _text(r, kind).lower() == label]
    width = min(len(r) for r in rows)
    return [i for i in range(width) if i != kind and any(_text(r, i) for r in mine)]


def _shared(rows: Sequence[Sequence[Cell | None]], kind: int, first: str) -> set[int]:
    """Columns some pair fills on both its rows (the date column: plan above, actual below)."""
    out: set[int] = set()
    for a, b in zip(rows, rows[1:], strict=False):
        if _text(a, kind).lower() != first or _text(b, kind).lower() == first:
            continue
        out |= {i for i in range(min(len(a), len(b))) if i != kind and _text(a, i) and _text(b, i)}
    return out


def _as_before(rows: Sequence[Sequence[Cell | None]], known: Pairing) -> bool:
    """Every row of the piece carries one of the two labels of its header's earlier pairing."""
    return all(_text(r, known.kind).lower() in (known.first, known.second) for r in rows)


def _joined(a: Sequence[Cell | None], b: Sequence[Cell | None], kind: int) -> list[Cell | None]:
    """One row of a pair: the first row's cell where it has text, else the second's."""
    out: list[Cell | None] = []
    for i, top in enumerate(a):
        if i == kind:
            continue
        low = b[i] if i < len(b) else None
        out.append(top if (top is not None and top.text.strip()) or low is None else low)
    return out


def _second_alone(row: Sequence[Cell | None], p: Pairing) -> list[Cell | None]:
    """A pair's second row the page break parted from its first: its outcome cells (those both
    rows of a pair fill: the date) are no due of the row it continues, so they are blanked."""
    out: list[Cell | None] = []
    for i, c in enumerate(row):
        if i == p.kind:
            continue
        out.append(Cell("", c.bbox, [], c.fill) if c is not None and i in p.shared else c)
    return out


def join_row_pairs(t: Table, seen: RowPairings | None = None) -> Table:
    """The table with each pair of rows joined into one and its row-kind column dropped; the
    table itself where its rows come in no such pairs. The first row is the header. seen: the
    pairings found so far by header row, read and added to (a piece under a header paired
    before is paired so however few its rows)."""
    if len(t.rows) < 2:
        return t
    head, rows = t.rows[0], t.rows[1:]
    key = tuple(" ".join(c.text.split()).lower() if c is not None else "" for c in head)
    p = _pairing(rows) if len(rows) >= 2 * MIN_PAIRS else None
    if p is None and seen is not None and (known := seen.get(key)) is not None:
        p = known if _as_before(rows, known) else None
    if p is None:
        return t
    if seen is not None:
        before = seen.get(key, p)
        seen[key] = replace(p, shared=p.shared | before.shared, counted=before.counted)
    out: list[list[Cell | None]] = [[c for i, c in enumerate(head) if i != p.kind]]
    n = 0
    while n < len(rows):
        row = rows[n]
        if _text(row, p.kind).lower() != p.first:
            out.append(_second_alone(row, p))  # the page parted it from its first
            n += 1
        elif n + 1 < len(rows) and _text(rows[n + 1], p.kind).lower() != p.first:
            out.append(_joined(row, rows[n + 1], p.kind))
            n += 2
        else:  # a first row whose second the page carried on
            out.append([c for i, c in enumerate(row) if i != p.kind])
            n += 1
    kept = [i for i in range(len(head)) if i != p.kind]
    reported = frozenset(k for k, i in enumerate(kept) if _reported(rows, p, i))
    counted = _variances(rows, p) | (p.counted if p.counted is not None else set())
    worked_out = frozenset(k for k, i in enumerate(kept) if i in counted) & reported
    if seen is not None and counted:
        seen[key] = replace(seen[key], counted=frozenset(counted))
    return Table(t.page, t.bbox, out, t.ruled, reported=reported, worked_out=worked_out)


def _variances(rows: Sequence[Sequence[Cell | None]], p: Pairing) -> set[int]:
    """The columns counting the days between each pair's two dates (derived_columns)."""
    texts = [[_text(r, i) for i in range(len(r))] for r in rows]
    kinds = [_text(r, p.kind).lower() for r in rows]
    pairs = [
        (texts[n], texts[n + 1])
        for n in range(len(rows) - 1)
        if kinds[n] == p.first and kinds[n + 1] != p.first
    ]
    return pair_variances(pairs)


def _reported(rows: Sequence[Sequence[Cell | None]], p: Pairing, i: int) -> bool:
    """Column i holds text on some second row of a pair and on no first row: it reports against
    the plan (the update, the variance), as a tracker's notes column does."""
    firsts = [r for r in rows if _text(r, p.kind).lower() == p.first]
    return not any(_text(r, i) for r in firsts) and any(_text(r, i) for r in rows)
