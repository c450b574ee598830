"""A flat export whose rows are the parents of other rows of the same table.

An issue tracker's export (Jira, Azure DevOps, Planner) prints its hierarchy as one flat table:
each row a key ('CSIP-14'), a type, a summary, and a column naming the key of the row above it
in the hierarchy. The rows that other rows name there are the recommendations (their summary is
the recommendation's text; they are numbered in their keys' order, the order they were created
in); the rows that name a parent are the actions, linked by that key alone, never by where they
stand (the export is often sorted by status, so children leave their parent). The evidence is
the table's shape, whatever the words: a column every filled cell of which is the key of
another row, those rows' own cells in it empty. Other small-number columns that were taken for
a link (story points) are no link once the real one is found.

Pure: rewrites the plan's tables in place; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
    Row,
)
from plantrace.models.results import ExtractionWarning

# roles a parent-key column may have been given: none, or some link or grouping
_LINK_ROLES = frozenset({None, "other", "rec", "theme", "sponsor"})
MIN_PARENTS = 2  # one parent row is a heading, not a hierarchy
MIN_CHILDREN = 2
_DIGITS = re.compile(r"\d+")


# of the rows that are no parent, the share that must name one: an export's hierarchy gives
# (nearly) every work item its parent; a dependency column names a predecessor for a few
CHILD_SHARE = 0.6
# the children a parent row has on average, at the least: an epic holds several stories, while a
# task waiting on another names it alone
CHILDREN_EACH = 2


def _key(text: str) -> str:
    return "".join(text.split()).upper()


def _order(text: str) -> tuple[str, int]:
    """A key's place in creation order: its letters, then its number ('CSIP-9' before '-14')."""
    nums = _DIGITS.findall(text)
    return (_DIGITS.sub("", _key(text)), int(nums[-1]) if nums else 0)


def _parent_column(t: PlanTable, ref: int) -> int | None:
    """The column whose every filled cell is a key of the table's kind, two rows of the table
    cited at least, those parent rows' own cells in it empty. A key of that kind that names no
    row (its parent filtered out of the export) does not undo the hierarchy, so long as most
    cited parents are rows: its children are read unlinked (and said so, unknown_parents)."""
    keys = [_key(r.text(ref)) for r in t.rows]
    if any(not k for k in keys) or len(set(keys)) != len(keys):
        return None
    known = set(keys)
    stems = {_order(k)[0] for k in keys}  # the keys' letters ('CSIP-'): a key's kind
    for c, role in enumerate(t.roles):
        if c == ref or role not in _LINK_ROLES:
            continue
        cited = [_key(r.text(c)) for r in t.rows]
        filled = [k for k in cited if k]
        parents = set(filled) & known
        unknown = set(filled) - known
        if len(filled) < MIN_CHILDREN or len(parents) < MIN_PARENTS:
            continue
        if len(filled) < CHILD_SHARE * (len(keys) - len(parents)):
            continue  # a few rows naming others ('Depends on': a predecessor): no hierarchy
        if len(filled) < CHILDREN_EACH * len(parents):
            continue  # each named row named once ('Waits for': a chain of tasks): no hierarchy
        if len(unknown) >= len(parents) or any(
            not _DIGITS.search(k) or _order(k)[0] not in stems for k in unknown
        ):
            continue  # cells that are no keys of this table's kind
        if all(not cited[keys.index(p)] for p in parents):
            return c
    return None


def _split(t: PlanTable, ref: int, link: int) -> PlanTable | None:
    """Set the table's parent rows apart as a table of recommendations (numbered in key order)
    and keep its child rows, each linked to its parent's number, sorted into key order."""
    text = t.col("action")
    if text is None:
        return None
    own = {_key(r.text(ref)) for r in t.rows}
    cited = {_key(r.text(link)) for r in t.rows if r.text(link).strip()} & own
    parents = sorted(
        (r for r in t.rows if _key(r.text(ref)) in cited), key=lambda r: _order(r.text(ref))
    )
    number = {_key(r.text(ref)): str(n) for n, r in enumerate(parents, 1)}
    children: list[Row] = [r for r in t.rows if _key(r.text(ref)) not in number]
    if len(children) < MIN_CHILDREN:
        return None
    unknown = {_key(r.text(link)): r.text(link).strip() for r in children}
    unknown = {k: v for k, v in unknown.items() if k and k not in number}
    last = len(number) + 1  # a child of a parent not in the table: after the rest, unlinked
    children.sort(
        key=lambda r: (
            last if _key(r.text(link)) in unknown else int(number.get(_key(r.text(link)), 0)),
            _order(r.text(ref)),
        )
    )
    for r in children:  # (a new cell: the parsed document's own stays as printed)
        cell = r.cells[link]
        if cell is not None and _key(cell.text) in number:  # the key read as its number
            r.cells[link] = replace(cell, text=number[_key(cell.text)], lines=[])
        elif cell is not None and _key(cell.text) in unknown:  # no row to link it to
            r.cells[link] = replace(cell, text="", lines=[])
    t.unknown_parents = [unknown[k] for k in sorted(unknown, key=_order)]
    roles: list[str | None] = [None] * len(t.roles)
    roles[text] = "recommendation_text"
    recs = PlanTable(RECOMMENDATION_TABLE, roles, list(t.labels), parents, t.page, t.top)
    t.rows = children  # (a row naming no parent stays an action, unlinked)
    t.hierarchy = True
    t.roles = [None if r == "rec" else r for r in t.roles]
    t.roles[link] = "rec"
    if t.reading is not None:
        for i, c in enumerate(t.reading.columns):
            if c.role == "rec" and i != link:
                c.role = None
        if link < len(t.reading.columns):
            c = t.reading.columns[link]
            c.role, c.confidence = "rec", 1.0
            c.evidence.append("every cell is the key of another row: each row's parent")
    return recs


def read_parent_rows(elements: list[Element]) -> None:
    """Split each action table that carries its own hierarchy (a parent-key column) into the
    recommendations (the parent rows) and the actions linked to them (in place)."""
    out: list[Element] = []
    for el in elements:
        t = el.table
        ref = t.col("ref") if t is not None else None
        if t is None or t.kind != ACTION_TABLE or ref is None:
            out.append(el)
            continue
        link = _parent_column(t, ref)
        recs = _split(t, ref, link) if link is not None else None
        if recs is not None:
            out.append(Element(el.page, el.top, table=recs))
        out.append(el)
    elements[:] = out


def unknown_parents_said(t: PlanTable) -> list[ExtractionWarning]:
    """The warning that some rows name a parent key no row of the export holds (a parent
    filtered out of it): they are read as actions linked to no recommendation."""
    if not t.unknown_parents:
        return []
    keys = ", ".join(f"'{k}'" for k in t.unknown_parents)
    return [
        ExtractionWarning(
            code="plan_parent_unknown",
            message=(
                f"rows of an export that names each row's parent by key cite {keys}, which no "
                "row of the table holds (filtered out of the export?): those rows were read as "
                "actions linked to no recommendation"
            ),
            page=t.page,
        )
    ]
