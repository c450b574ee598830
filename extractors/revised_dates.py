"""Two date columns of one action where the later plan supersedes the first.

A re-baselined plan keeps each action's first agreed date ('Original target', 'Baseline
date', 'Date as agreed') and prints beside it the date now agreed ('Revised target',
'Re-profiled date', 'Forecast date') only where the target moved: where it held, the revised
cell is blank or a dash. The action is due on the revised date where one is printed, else on
the original: the original column is the due date's history (TableRoles.earlier), read where
the revised cell is blank, never a second due date nor the date the work starts.

Which of the two supersedes is decided from the columns, not one plan's header: a header word
of revision or of origin (data: plan_columns.json date_revisions) where the headers say it;
else, where both headers name the due date by words of their own, the cells: the right-hand
column filled only where the left one's date moved (blank or a dash in the other rows) and
later than it where both are dated. Two date columns whose headers name a start and an end,
or a bare 'date' ('Date raised' beside 'Date closed'), are no revision: left to the date order
(column_roles._date_order).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.normalise.dates import parse_date

_WORDS = PLAN_VOCAB["date_revisions"]
_REVISED = frozenset(_WORDS["revised"])
_ORIGINAL = frozenset(_WORDS["original"])
_START = frozenset(
    w
    for p in PLAN_VOCAB["header_phrases"]["start"]
    for w in p.split()
    if w not in ("date", "by", "planned")
)
# roles the header reading may have given a column of dates that one of a revision pair holds:
# the due date, a target ('Original target' in an action table), a baseline ('Baseline date'),
# or a start or other the date order made of it
_DATE_ROLES = frozenset({"due", "target", "baseline", "start", "other"})
# the roles a header naming one of the pair's dates gives it ('Original target', 'Baseline date')
_DUE_NAMES = frozenset({"due", "target", "baseline"})
_RECORD_ROLES = frozenset({"action", "owner"})  # the columns that say whose the dates are
_DATED = 0.6  # the share of a column's filled cells that are dates making it a date column
_LATER = 0.6  # the share of rows with both dates where the revised one is the later


def _words(label: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", label.lower()))


def _date(text: str) -> date | None:
    try:
        return parse_date(" ".join(text.split()))
    except ValueError:
        return None


def _at(row: Sequence[str], i: int) -> str:
    """A row's cell, '' past its end: a grid built from the columns' texts alone
    (column_roles._aligned, where there is no table) is only as wide as the columns read,
    fewer than the header's roles where a header cell has no column under it."""
    return row[i] if i < len(row) else ""


def _filled(text: str) -> bool:
    """A cell that holds something: a dash, 'n/a' or nothing says the date did not move."""
    return cell_type(text) is not CellType.empty


def _date_column(grid: Sequence[Sequence[str]], col: int) -> bool:
    cells = [_at(row, col) for row in grid if _filled(_at(row, col))]
    dated = sum(1 for t in cells if cell_type(t) in (CellType.date, CellType.open_date))
    return bool(cells) and dated >= _DATED * len(cells) and any(_date(t) for t in cells)


def _by_words(a: str, b: str) -> int | None:
    """Which of two headers holds the date now agreed, by their words: 1 the second, 0 the
    first, None where the words do not tell (neither or both say revision or origin)."""
    wa, wb = _words(a), _words(b)
    rev_a, rev_b = bool(wa & _REVISED), bool(wb & _REVISED)
    org_a, org_b = bool(wa & _ORIGINAL), bool(wb & _ORIGINAL)
    if (rev_b or org_a) and not (rev_a or org_b):
        return 1
    if (rev_a or org_b) and not (rev_b or org_a):
        return 0
    return None


def _by_cells(grid: Sequence[Sequence[str]], a: int, b: int) -> bool:
    """The right-hand column revises the left: filled only in rows where the left has a date
    (some of them, not all: a target that held leaves it blank or a dash), and later than the
    left's where both are dated (a target moved back; one brought forward now and then)."""
    both = later = held = 0
    for row in grid:
        da, fb = _date(_at(row, a)), _filled(_at(row, b))
        if fb and da is None:
            return False  # a revised date with no original: the columns are no pair
        if da is None:
            continue
        if not fb:
            held += 1
            continue
        db = _date(_at(row, b))
        if db is None:
            continue
        both += 1
        later += db > da
    return held > 0 and both > 0 and later >= _LATER * both


def mostly_later(grid: Sequence[Sequence[str]], now: int, then: int) -> bool:
    """The cells agree that the column revises the other: where both hold a date, the revised
    one is the later in most rows (a target moved back). A column of the date each row was last
    updated ('Target date' | 'Date updated') has a revision word in its header, but updates are
    made before the targets fall due, so its dates are the earlier: no revision. Where no row
    holds both dates (no target moved yet) the cells say nothing and the header decides."""
    both = later = 0
    for row in grid:
        d_now, d_then = _date(_at(row, now)), _date(_at(row, then))
        if d_now is None or d_then is None:
            continue
        both += 1
        later += d_now > d_then
    return both == 0 or later >= _LATER * both


def _rest_role(label: str) -> str | None:
    """The role the header names by words other than the bare 'date' that any date column's
    header holds ('Target date' -> due, 'Date raised' -> none)."""
    from plantrace.extractors.plan_columns import header_role  # built on column_roles

    return header_role(re.sub(r"\bdate\b", " ", label, flags=re.I))


def _names_due(label: str) -> bool:
    from plantrace.extractors.plan_columns import header_role  # built on column_roles

    return header_role(label) in _DUE_NAMES


def _said_by_words(labels: Sequence[str], now: int, then: int) -> bool:
    """Headers whose words tell the revised date from the one it supersedes, both naming the
    due date: each side by its own word in either order ('Revised target' | 'Original
    target'); else one side's word, with the original printed first, as a plan's history
    reads left to right: a revision word beside a column naming the due date ('Date as agreed'
    | 'Re-profiled date'), an origin word beside one naming it by a word of its own, not the
    bare 'date' ('Original deadline' | 'Actual completion' is no pair, nor 'Revised target'
    | 'Date completed')."""
    if not (_names_due(labels[now]) and _names_due(labels[then])):
        return False
    revised = bool(_words(labels[now]) & _REVISED)
    original = bool(_words(labels[then]) & _ORIGINAL)
    if revised and original:
        return True
    if then > now:
        return False
    return revised or _rest_role(labels[now]) in _DUE_NAMES


def _pair(
    labels: Sequence[str], grid: Sequence[Sequence[str]], a: int, b: int
) -> tuple[int, int, str] | None:
    """(the column due now, the column it supersedes, why) for two date columns side by side,
    else None."""
    said = _by_words(labels[a], labels[b])
    if said is not None:
        now, then = (b, a) if said else (a, b)
        if _said_by_words(labels, now, then) and mostly_later(grid, now, then):
            return now, then, f"its header says the date {labels[then]!r} gave was revised"
        return None
    if (
        _rest_role(labels[a]) in _DUE_NAMES
        and _rest_role(labels[b]) in _DUE_NAMES
        and _by_cells(grid, a, b)
    ):
        return b, a, f"filled only where the date under {labels[a]!r} moved, and later than it"
    return None


def _other_action_between(roles: Sequence[str | None], a: int, b: int) -> bool:
    """An action's or owner's column between two date columns: they are the dates of two
    actions printed side by side in one row (a row of column groups 'Action 1 | Lead 1 |
    Timescale 1 | Action 2 | Lead 2 | Timescale 2'), not one action's date and its revision."""
    return any(roles[i] in _RECORD_ROLES for i in range(a + 1, b))


def revised_pair(
    labels: Sequence[str], roles: Sequence[str | None], grid: Sequence[Sequence[str]]
) -> tuple[int, int, str] | None:
    """The two date columns of one action where one supersedes the other: (the column due
    now, the column it supersedes, why), else None. Of the table's date columns (a start
    column named by its header set aside) each two side by side are weighed; one such pair
    must be found, else the table is a schedule of several dates, left to the date order.

    A column of nothing but blanks and dashes is weighed too (a page of a plan where no target
    moved, read under the roles of the table it goes on with): its header's words decide,
    beside a column of the dates first agreed."""
    if not grid:
        return None
    n = min(len(labels), len(roles))
    dates = {i for i in range(n) if _date_column(grid, i)}
    dated = [
        i for i in range(n)
        if roles[i] in _DATE_ROLES and not (_words(labels[i]) & _START)
        and (i in dates or not any(_filled(_at(row, i)) for row in grid))
    ]  # fmt: skip
    found = [
        p
        for a, b in zip(dated, dated[1:], strict=False)
        if not _other_action_between(roles, a, b)
        and (p := _pair(labels, grid, a, b)) is not None
        and p[1] in dates
    ]
    return found[0] if len(found) == 1 else None
