"""Columns a tracker works out from its other cells: a count of days to (or past) each row's due,
and a yes/no flag saying the due has passed. No plan field needs them, and read as what their
cells look like they did harm: a column of signed whole numbers passes for a scorecard's figures
(two such columns beside the actions made the whole table a scorecard, and every action was
lost), and a column of Yes/No passes for a 'Done?' column (an overdue action read as complete).

They are told by the shape of their cells against the row's own date, never by their header's
words: a count of days is a column of whole numbers each of which is the row's due date less
one and the same date (the date the tracker counts from: 'Report date'), or that date less the
due (days overdue); a late flag is a yes/no column, beside such a count, whose every yes sits on
a row the count says is past its due. A column of figures that merely correlates with the dates
(a number of cases, a budget) does not give the same anchor on every row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from plantrace.extractors.question_columns import names_done, question_kind
from plantrace.pipeline.normalise.dates import parse_date
from plantrace.pipeline.normalise.rag import done_mark

_WHOLE = re.compile(r"^[-+\u2212\u2013]?\d{1,5}$")  # '347', '-94', '\u221294' (a true minus)
_MINUS = "-\u2212\u2013"
DERIVED = "derived"  # the source a column's reading names: worked out here, open to no later step
MIN_ROWS = 3  # rows a count must agree with the dates on: two could do so by chance
MIN_VALUES = 2  # distinct counts: one number on every row is a constant, not a count


def _whole(text: str) -> int | None:
    """A signed whole number alone in a cell, None for anything else."""
    t = "".join(text.split())
    if not _WHOLE.match(t):
        return None
    return -int(t[1:]) if t[0] in _MINUS else int(t.lstrip("+"))


def _wholes(col: Sequence[str]) -> list[int | None] | None:
    """Each cell's whole number where every filled cell (MIN_ROWS at least) is one, else None;
    None too for numbers each one more than the last: rows numbered in order, which match
    dues a day apart as well as a count of days would."""
    counts: list[int | None] = []
    for t in col:  # stops at the first filled cell that is no whole number (most columns)
        n = _whole(t) if t.strip() else None
        if n is None and t.strip():
            return None
        counts.append(n)
    got = [n for n in counts if n is not None]
    if len(got) < MIN_ROWS:
        return None
    if all(b == a + 1 for a, b in zip(got, got[1:], strict=False)):
        return None  # 1, 2, 3 ..: a count of rows (refs), however the dues fall day by day
    return counts


def _day(text: str) -> date | None:
    """The one day a cell names ('2027 Jun 30', '30 Jun. 2027'), None for a period or no
    date: a count of days is counted to a day, and a month names no day to count to."""
    if not text.strip() or len(text.split()) > 6:
        return None
    last = parse_date(text)
    return last if last is not None and last == parse_date(text, end_of_period=False) else None


def _anchor(pairs: Sequence[tuple[int, date]]) -> tuple[date, int] | None:
    """The date every row's count is counted from and the count's sense (+1: days to go, the
    due less the anchor; -1: days past, the anchor less the due), where one date fits every
    row; None where none does."""
    for sign in (1, -1):
        anchors = {due - timedelta(days=sign * n) for n, due in pairs}
        if len(anchors) == 1:
            return next(iter(anchors)), sign
    return None


def day_counts(rows: Sequence[Sequence[str]]) -> dict[int, tuple[int, date, int]]:
    """The columns that count days from a date to each row's due: column -> (the date column it
    counts to, the anchor date, the sense). A column of whole numbers (blanks allowed) against
    a column of one-day dates, one anchor fitting every row holding both, over MIN_ROWS rows
    at least and MIN_VALUES distinct counts."""
    width = max((len(r) for r in rows), default=0)
    cols = [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]
    wholes = {i: counts for i, col in enumerate(cols) if (counts := _wholes(col)) is not None}
    if not wholes:
        return {}  # most tables: no column of whole numbers, no date read
    found: dict[int, tuple[int, date, int]] = {}
    days = {j: [_day(t) for t in col] for j, col in enumerate(cols) if j not in wholes}
    for i, counts in wholes.items():
        for j, dues in days.items():
            pairs = [(n, d) for n, d in zip(counts, dues, strict=True) if n is not None and d]
            if len(pairs) < MIN_ROWS or len({n for n, _ in pairs}) < MIN_VALUES:
                continue
            if (anchor := _anchor(pairs)) is not None:
                found[i] = (j, *anchor)
                break
    return found


def pair_variances(pairs: Sequence[tuple[Sequence[str], Sequence[str]]]) -> set[int]:
    """The columns of a record printed as a pair of rows (row_pairs: the plan over the actual)
    that count the days between its two dates in one column: each filled cell a whole number
    equal to the second row's date less the first's (the slippage, '+56', '0', '-12'), over
    MIN_ROWS pairs at least and MIN_VALUES distinct counts. Worked out from the dates, no field.
    pairs: each pair's first and second row, cell by cell."""
    width = min((min(len(a), len(b)) for a, b in pairs), default=0)
    found: set[int] = set()
    for j in range(width):  # the column both rows of a pair date: plan above, actual below
        days = [(_day(a[j]), _day(b[j])) for a, b in pairs]
        if sum(1 for x, y in days if x and y) < MIN_ROWS:
            continue
        for i in range(width):
            cells = [b[i] for _, b in pairs]
            counts = [_whole(t) if t.strip() else None for t in cells]
            if i == j or any(n is None and t.strip() for n, t in zip(counts, cells, strict=True)):
                continue  # a filled cell that is no whole number: no count
            got = [(n, x, y) for n, (x, y) in zip(counts, days, strict=True) if n is not None]
            if len(got) < MIN_ROWS or len({n for n, _, _ in got}) < MIN_VALUES:
                continue
            if all(x and y and (y - x).days == n for n, x, y in got):
                found.add(i)
    return found


def _past(text: str, sign: int) -> bool:
    """Whether a count's cell says its row's due has passed (a count of days to go below
    nought, a count of days past above it)."""
    n = _whole(text)
    return n is not None and sign * n < 0


def late_flags(
    rows: Sequence[Sequence[str]], counts: dict[int, tuple[int, date, int]]
) -> dict[int, int]:
    """The yes/no columns that flag a row as past its due: column -> the count column it
    follows. Every filled cell a yes or a no, one yes at least, and every yes on a row whose
    count says its due has passed (a done action past its due may say no: the flag is for
    what is late and not finished)."""
    if not counts:
        return {}  # no count of days: nothing a flag could follow (most tables)
    width = max((len(r) for r in rows), default=0)
    found: dict[int, int] = {}
    for i in range(width):
        if i in counts:
            continue
        marks = [done_mark(r[i]) if i < len(r) and r[i].strip() else None for r in rows]
        filled = [r[i] for r in rows if i < len(r) and r[i].strip()]
        if len(filled) < MIN_ROWS or sum(m is not None for m in marks) < len(filled):
            continue
        for k, (_, _, sign) in counts.items():
            past = [_past(r[k] if k < len(r) else "", sign) for r in rows]
            yes = [p for m, p in zip(marks, past, strict=True) if m]
            if yes and all(yes):
                found[i] = k
                break
    return found


def derived_columns(rows: Sequence[Sequence[str]], labels: Sequence[str]) -> dict[int, str]:
    """The columns worked out from the row's due (day_counts, late_flags): column -> why, for
    the evidence. A yes/no column whose header asks one of a tracker's questions of the work
    ('Done?', 'Started?': question_columns) answers it, whatever rows its yeses fall on (work
    done is mostly past its due too), and stays the question's."""
    counts = day_counts(rows)
    out = {
        i: f"its cells count days from {anchor:%d/%m/%Y} to the due in column {j + 1} on every"
        " row: worked out from the due, no field"
        for i, (j, anchor, _) in counts.items()
    }
    for i, k in late_flags(rows, counts).items():
        if question_kind(labels[i] if i < len(labels) else "") is None:
            out[i] = (
                f"its every yes is on a row column {k + 1} counts as past its due: a late flag"
                " worked out from the due, no status"
            )
    return out


def report_late_flag(
    rows: Sequence[Sequence[str]], flag: int, due: int, printed: Sequence[date]
) -> date | None:
    """The date printed on the page (the tracker's 'Report date', 'As at') against which a
    yes/no column flags the actions past their due: every yes on a row due before it and every
    no on a row due on it or after, a yes and a no at least, over MIN_ROWS rows; None where no
    printed date splits the rows so. Done work is mostly past its due too, yet some work past
    its due is not done: a 'Done?' column seldom splits the rows at one printed date exactly."""
    pairs: list[tuple[bool, date]] = []
    for r in rows:
        text = r[flag] if flag < len(r) else ""
        mark = done_mark(text) if text.strip() else None
        day = _day(r[due]) if due < len(r) else None
        if mark is not None and day is not None:
            pairs.append((bool(mark), day))
    if len(pairs) < MIN_ROWS or len({m for m, _ in pairs}) < 2:
        return None
    for d in printed:
        if all(m == (day < d) for m, day in pairs):
            return d
    return None


def asks_done(label: str) -> bool:
    """Whether a yes/no column's header speaks of the work being done ('Complete?',
    'Completed', 'Signed off?'): its yes is then an answer, not a reading of the due against a
    date (done work is mostly past its due too)."""
    return question_kind(label) == "done" or names_done(label)
