"""Tables of one plan printed under the same header row: one table in pieces.

A plan that gives each recommendation (area, priority) a table of its own repeats one header
row over each ('Item | Next step | Officer named | Target month | How confident'). Each table is
read on its own, and a small one (two rows) may hold too little to settle a column: two status
words no vocabulary knows ('Planned', 'Confident') on one pale tint read as no status column,
though its siblings' same column was read as one. Read together they are one column:

- a status column a table found no role for is read as the status, where its siblings read
  the same column so (all those that found a role for it agree) and it has no other; so is one
  its cells alone placed as 'other' under a header naming no role (two status words no
  vocabulary knows, read as sentences), and one its header read as progress whose cells are
  all status words, too few of them saying a colour for the table alone to call it the rating
  ('Not due' x3, 'On target');
- so is a column of sentences its cells alone placed as 'other' read as the progress, where
  its siblings read the same column so (updates after the status, column_roles._update_notes:
  a table's one note 'Scoping to begin next quarter' does not show its tense); so too where
  its header names a date role by a date word ('Over by over') its one sentence refuted: a
  refuted header gave the column nothing (prose_dates reads two sentences or more so);
- where no table read it, a column of sentences open in every table (placed as 'other' under a
  header naming no role) is the progress of all of them when the tables' cells TOGETHER read as
  updates after the status (pooled_update_notes): each table's two or three notes may fall
  short of the share of past tenses and phrases of progress that marks updates ('Scoping to
  begin next quarter', 'Pilot running in two teams'), while the plan's column as a whole shows it;
- the status column's fills are read with the siblings' (normalise.rag.tint_rags): a column of
  tints in two status hues or more varies with the status, so one table's single pale green is
  green when the plan's other tables show pale red and pale amber beside it.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Sequence

from plantrace.extractors.column_roles import table_update_notes
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, header_role
from plantrace.extractors.prose_dates import DATE_ROLES, sentences_without_dates
from plantrace.pipeline.normalise.text_keys import text_key

# the roles a column may take from its siblings (see _adopt_roles)
_ADOPTED = frozenset({"rag", "progress"})
# a column read as a note from its header, and the cell type of a status word
_NOTE = "progress"
# the role of a column placed but read from by no field
_OTHER = "other"
_STATUS_TYPE = "rag"
# a scorecard's figure roles, which an action table reads nothing from
_FIGURES = frozenset({"baseline", "latest", "target"})
# evidence added to a column whose role came from its siblings
_EVIDENCE = "the same column of the plan's other tables under this header row is read so"
# evidence added to a column read as the progress from its siblings' cells with its own
_POOLED = (
    "the cells of this column in all the plan's tables under this header row read as updates"
    " (a past tense, a phrase of progress) after the status: the progress"
)


def _key(t: PlanTable) -> tuple[str, ...]:
    return tuple(text_key(label) for label in t.labels)


def sibling_key(t: PlanTable) -> tuple[str, ...] | None:
    """The header row an action table shares with its siblings (a table per priority under
    one header row), None for a table with no header row of its own (printed whole, or no
    labels): tables with one key are one group (of one where no other table prints it)."""
    if t.kind == ACTION_TABLE and any(t.labels) and not t.printed:
        return _key(t)
    return None


def _groups(elements: Sequence[Element]) -> list[list[PlanTable]]:
    """The plan's action tables grouped by their header row, groups of two tables or more."""
    by_header: dict[tuple[str, ...], list[PlanTable]] = defaultdict(list)
    for el in elements:
        t = el.table
        if t is not None and (key := sibling_key(t)) is not None:
            by_header[key].append(t)
    return [g for g in by_header.values() if len(g) >= 2]


def _agreed_role(group: Sequence[PlanTable], col: int) -> str | None:
    """The one role the group's tables that found one gave the column, else None; a column of
    status words read as a note by its header alone (_ratings_as_note) has no say."""
    found = {t.roles[col] for t in group if col < len(t.roles) and not _open(t, col)}
    return found.pop() if len(found) == 1 else None


def _open(t: PlanTable, col: int) -> bool:
    """Whether a table's column is still open to its siblings' reading: no role found, a
    column of status words its header alone read as a note (_ratings_as_note), or one its
    cells alone placed as 'other' under a header that names no role ('Turn' over two cells,
    'Full turn made' and 'Not on the wheel yet', read as sentences): 'other' reads nothing,
    and two words no vocabulary knows are no evidence against the status the siblings' same
    column was read as. A header that names a role keeps what it gave."""
    role = t.roles[col] if col < len(t.roles) else None
    if _history(t, col):
        return False
    if role is None or _ratings_as_note(t, col):
        return True
    label = t.labels[col] if col < len(t.labels) else ""
    return role == _OTHER and (header_role(label) is None or _date_header_refuted(t, col))


def _history(t: PlanTable, col: int) -> bool:
    """Whether the column is the history of another of its table (an earlier period's status
    or note beside the latest, an original date beside the revised: TableRoles.earlier): read
    only where that column's cell is blank, never a column of its own, however its siblings'
    same column was read (a table whose latest period holds nothing yet reads an earlier one)."""
    return t.reading is not None and any(col in cols for cols in t.reading.earlier.values())


def _date_header_refuted(t: PlanTable, col: int) -> bool:
    """A column its header names a date role by a date word ('Over by over') whose cells are
    sentences with no date: the cells refuted the header, which so gave the column nothing
    (prose_dates). Siblings with two notes or more read such a column as the progress; a table
    with one note written (the other actions' left blank) is too small to read it alone, and
    the header, refuted, is no evidence against its siblings' reading."""
    if header_role(t.labels[col] if col < len(t.labels) else "") not in DATE_ROLES:
        return False
    if t.reading is None or col >= len(t.reading.columns):
        return False
    return sentences_without_dates(t.reading.columns[col].types)


def _ratings_as_note(t: PlanTable, col: int) -> bool:
    """A column its header names progress whose cells are all status words ('Not due' three
    times, 'On target' once): too few say a colour for the table alone to call it a rating
    (column_roles._rated_progress), so the header's word stands; the same column of its
    siblings, read from more cells, says which it is."""
    if col >= len(t.roles) or t.roles[col] != _NOTE or t.reading is None:
        return False
    if col >= len(t.reading.columns):
        return False
    types = t.reading.columns[col].types
    cells = sum(types.values())
    return cells > 0 and types.get(_STATUS_TYPE, 0) == cells


def _adopt_roles(group: Sequence[PlanTable]) -> None:
    """Each table's unread column takes the status role its siblings agree on. Only the status:
    its words are the ones no vocabulary may read ('Confident'), so a small table cannot
    settle it alone; people, dates and sentences say what they are in any table, and a column
    of them left unread had cells that did not fit (rows an unruled table ran together). And
    the progress, where a table's column is open (_open: sentences its cells alone placed as
    'other' under a header naming no role): a column of updates under an unknown header is
    read as progress from its cells' tense after the status (column_roles._update_notes), and
    a small table's one or two notes ('Scoping to begin next quarter') may not show it."""
    width = min(len(t.roles) for t in group)
    for col in range(width):
        role = _agreed_role(group, col)
        if role not in _ADOPTED:
            continue
        for t in group:
            if not _open(t, col) or role in t.roles:
                continue
            t.take_role(col, role, 0.6, _EVIDENCE, at_least=True, source="siblings")


def adopt_piece_status(table: PlanTable, roles: Sequence[str | None]) -> None:
    """A table's piece on the next page, read from its own cells, found the status in a column
    the first piece left unread (its few rows all one grey word, 'Future'), or read as a figure
    an action table has no use for: the column is the status of the whole table, as for a
    sibling table (see _adopt_roles)."""
    for col, role in enumerate(roles):
        if role not in _ADOPTED or col >= len(table.roles) or role in table.roles:
            continue
        if table.roles[col] is not None and not _unread(table, table.roles[col]):
            continue
        why = "the table's next piece, read from its own cells, is read so"
        table.take_role(col, role, 0.6, why, at_least=True, source="siblings")


def _unread(table: PlanTable, role: str | None) -> bool:
    """A role no field of the table's rows is read from: a scorecard's figure in an action
    table (a header 'Current flag' taken for the latest figure), which says nothing against
    the status the cells show."""
    return table.kind == ACTION_TABLE and role in _FIGURES


def _status_cells(t: PlanTable) -> list[tuple[str | None, str]]:
    """The fill and the word of each status cell of the table."""
    col = t.col("rag")
    if col is None:
        return []
    rows = [(r.cells[col], r.text(col)) for r in t.rows if col < len(r.cells)]
    return [(c.fill, text) for c, text in rows if c is not None]


def share_tints(group: Sequence[PlanTable]) -> None:
    """Each table's status fills, and their words, read beside its siblings'
    (plan_actions.status_tints)."""
    cells = {id(t): _status_cells(t) for t in group}
    for t in group:
        if t.col("rag") is None:
            continue
        peers = [c for o in group if o is not t for c in cells[id(o)]]
        t.peer_fills = [fill for fill, _ in peers]
        t.peer_words = [text for _, text in peers]


def pooled_update_notes(group: Sequence[PlanTable]) -> None:
    """The progress of tables under one header row read from all their cells together, where no
    table read it from its own (column_roles._update_notes: a column of sentences under a
    header no vocabulary knows, after the actions and their status, that reads as updates):
    one table's note or two ('Scoping to begin next quarter') may not show the tense its
    siblings' show. Run again whenever the status is placed after the tables were first read
    (the siblings agreeing on it, _adopt_roles; its inks, inked_status_column): the notes are
    read only right of a placed status, so a table whose status its own words did not show
    had its notes left unread, though the status was found for it later. The column is taken
    only in tables where it is open (_open); a table whose column a header names keeps it."""
    if any(_NOTE in t.roles for t in group):
        _adopt_roles(group)  # a table read it from its own cells: the rest take it from it
        return
    readings = [(t, t.reading) for t in group if t.reading is not None]
    if not readings:
        return
    _, reading = max(readings, key=lambda tr: len(tr[0].rows))  # the most rows: the most said
    width = min(len(t.roles) for t in group)
    columns = [[r.text(j) for t in group for r in t.rows if not r.section] for j in range(width)]
    found = table_update_notes(copy.deepcopy(reading), columns)
    for j in found:
        for t in group:
            if j < len(t.roles) and _open(t, j):
                t.take_role(j, _NOTE, 0.6, _POOLED, at_least=True, source="siblings")


def read_siblings_alike(elements: Sequence[Element]) -> None:
    """Read the plan's tables under one header row as one table in pieces (in place)."""
    for group in _groups(elements):
        _adopt_roles(group)
        pooled_update_notes(group)
        share_tints(group)
