"""Tables whose columns repeat in numbered groups: one wide row holding several actions.

A tracker may give each recommendation ONE row and print its actions side by side in it:
'Ref | Recommendation | Action 1 | Lead 1 | Due 1 | Status 1 | Action 2 | Lead 2 | ...', a
recommendation with fewer actions leaving its last groups empty. Each group of columns is one
action of the row, and the row's own columns (its ref, the recommendation's text) belong to all
of them. Read as printed, only the first group's columns would be read (a role's first column)
and every other action lost.

The groups are found from the header alone: a run of two or more blocks of adjacent columns
whose labels are the same once their numbers are dropped ('Action 1' and 'Action 2' are both
'action'), each block numbered by one number of its own (or none at all), holding an action
column. The table is then unfolded: one row for each non-empty group of each row, its shared
cells (merged over the row's later groups, as a recommendation cell merged down beside its
actions) followed by the group's cells. A group's column takes the role its groups' readings are
read from its cells (see _settled): a group with a few status codes no vocabulary knows ('NS',
'C') may have read its status column as a note, as its header says, where another group's read
its codes as status words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plantrace.extractors.column_roles import ColumnRole, TableRoles
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, Row, header_role
from plantrace.extractors.plan_vocab import PLAN_VOCAB

_WORDS = "|".join(map(re.escape, PLAN_VOCAB["group_numbers"]["words"]))
# a group's number: '2', '2nd', 'two', 'second'
_NUMBER = re.compile(rf"\d+(?:st|nd|rd|th)?\b|\d+|\b(?:{_WORDS})\b", re.I)
_NOISE = re.compile(r"[^a-z]+")


def _stem(label: str) -> str:
    """A header label without its group number and punctuation: 'Lead officer 2' -> 'lead
    officer', 'Second action' -> 'action'."""
    return " ".join(_NOISE.sub(" ", _NUMBER.sub(" ", label.lower())).split())


def _numbered_alike(labels: Sequence[str], groups: Sequence[Sequence[int]]) -> bool:
    """Every group's labels carry one number of their own, a different one per group, or no
    label carries a number at all ('Action | Lead | Action | Lead')."""
    numbers = [{tuple(n.lower() for n in _NUMBER.findall(labels[c])) for c in g} for g in groups]
    if all(ns == {()} for ns in numbers):
        return True
    if any(len(ns) != 1 or ns == {()} for ns in numbers):
        return False
    firsts = [next(iter(ns)) for ns in numbers]
    return len(set(firsts)) == len(firsts)


def _run(stems: Sequence[str], start: int, width: int) -> int:
    """How many blocks of `width` columns from `start` repeat the first one's labels."""
    k = 1
    first = list(stems[start : start + width])
    while (
        start + (k + 1) * width <= len(stems)
        and list(stems[start + k * width : start + (k + 1) * width]) == first
    ):
        k += 1
    return k


def column_groups(labels: Sequence[str]) -> list[list[int]]:
    """The table's repeating column groups (two or more), the widest run found; [] if none.
    A group is two columns or more with at least two distinct labels."""
    stems = [_stem(lab) for lab in labels]
    best: list[list[int]] = []
    n = len(stems)
    for width in range(2, n // 2 + 1):
        for start in range(0, n - 2 * width + 1):
            block = stems[start : start + width]
            if len({s for s in block if s}) < 2:
                continue
            k = _run(stems, start, width)
            if k < 2 or width * k <= sum(len(g) for g in best):
                continue
            groups = [list(range(start + j * width, start + (j + 1) * width)) for j in range(k)]
            if _numbered_alike(labels, groups):
                best = groups
    return best


def _settled(table: PlanTable, groups: Sequence[Sequence[int]], offset: int) -> ColumnRole | None:
    """The reading of a group column that holds for all its groups; None where the table kept
    no reading. The groups share the header's word, so where their readings differ only the
    cells can have told them apart: a reading that departs from what the header names (a
    'Progress' column whose cells are status codes, read as the status) was read from what the
    column holds, and is the column's; else the surest (the first group's on a tie)."""
    if table.reading is None:
        return None
    columns = table.reading.columns
    cols = [columns[g[offset]] for g in groups if g[offset] < len(columns)]
    placed = [c for c in cols if c.role is not None]
    if not placed:
        return cols[0] if cols else None
    said = header_role(table.labels[groups[0][offset]])
    departed = [c for c in placed if c.role != said]
    return max(departed or placed, key=lambda c: c.confidence)


def _group_roles(table: PlanTable, groups: Sequence[Sequence[int]]) -> list[ColumnRole | None]:
    return [_settled(table, groups, o) for o in range(len(groups[0]))]


def _at(flags: Sequence[bool], i: int) -> bool:
    return flags[i] if i < len(flags) else False


def _unfold_row(row: Row, shared: Sequence[int], groups: Sequence[Sequence[int]]) -> list[Row]:
    """A row as one row per non-empty group (the first alone where all are empty: a section
    row, or the rest of a row above); a later group's row has the shared cells merged above."""
    filled = [g for g in groups if any(row.text(c).strip() for c in g)] if not row.section else []
    out = []
    for j, g in enumerate(filled or [groups[0]]):
        cols = [*shared, *g]
        cells = [row.cells[c] if c < len(row.cells) else None for c in cols]
        merged = [j > 0 or _at(row.merged_above, c) for c in shared]
        merged += [_at(row.merged_above, c) for c in g]
        out.append(Row(cells=cells, page=row.page, section=row.section, merged_above=merged))
    return out


def _reading(
    table: PlanTable,
    shared: Sequence[int],
    settled: Sequence[ColumnRole | None],
    roles: list[str | None],
) -> TableRoles | None:
    if table.reading is None:
        return None
    cols = [table.reading.columns[c] for c in shared] + [c for c in settled if c is not None]
    if len(cols) != len(roles):
        return None
    columns = [
        replace(c, index=i, role=r, evidence=list(c.evidence))
        for i, (c, r) in enumerate(zip(cols, roles, strict=True))
    ]
    return TableRoles(kind=table.reading.kind, columns=columns, lead_mark=table.reading.lead_mark)


def _named_roles(
    table: PlanTable,
    first: Sequence[int],
    group_roles: list[str | None],
    shared_roles: Sequence[str | None],
) -> list[str | None]:
    """A group column left unread ('other') whose header names a role a column of the row
    holds ('First RAG' beside 'Overall RAG'): the table read one column per role and gave it to
    the row's, but each action's own is in its group, so the group column takes it."""
    out = list(group_roles)
    for o, c in enumerate(first):
        said = header_role(table.labels[c])
        if (
            said is not None
            and out[o] in (None, "other")
            and said in shared_roles
            and said not in out
        ):
            out[o] = said
    return out


def unfold_column_groups(table: PlanTable) -> PlanTable:
    """The action table with one row per action where its columns repeat in numbered groups
    (see the module's doc); the table itself otherwise."""
    if table.kind != ACTION_TABLE:
        return table
    groups = column_groups(table.labels)
    if not groups:
        return table
    settled = _group_roles(table, groups)
    group_roles = (
        [c.role if c is not None else None for c in settled]
        if table.reading is not None
        else [table.roles[c] for c in groups[0]]
    )
    if "action" not in group_roles:
        return table
    in_groups = {c for g in groups for c in g}
    shared = [c for c in range(len(table.labels)) if c not in in_groups]
    shared_roles = [table.roles[c] if c < len(table.roles) else None for c in shared]
    if "action" in shared_roles:
        return table  # the row's own action: its groups are its periods ('Q1 update | Q1 RAG')
    group_roles = _named_roles(table, groups[0], group_roles, shared_roles)
    # a role both the row and its groups hold ('Overall RAG' beside 'RAG 1'): each action's own
    shared_roles = [None if r in group_roles else r for r in shared_roles]
    roles = [*shared_roles, *group_roles]
    return PlanTable(
        kind=table.kind,
        roles=roles,
        labels=[*(table.labels[c] for c in shared), *(table.labels[c] for c in groups[0])],
        rows=[r for row in table.rows for r in _unfold_row(row, shared, groups)],
        page=table.page,
        top=table.top,
        pieces=table.pieces,
        reading=_reading(table, shared, settled, roles),
        printed=table.printed,
        peer_fills=table.peer_fills,
        peer_words=table.peer_words,
    )
