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
from collections.abc import Sequence

from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
    Row,
)

# roles a parent-key column may have been given: none, or some link or grouping
_LINK_ROLES = frozenset({None, "other", "rec", "theme", "sponsor"})
MIN_PARENTS = 2  # one parent row is a heading, not a hierarchy
MIN_CHILDREN = 2
_DIGITS = re.compile(r"\d+")


def _key(text: str) -> str:
    return "".join(text.split()).upper()


def _order(text: str) -> tuple[str, int]:
    """A key's place in creation order: its letters, then its number ('CSIP-9' before '-14')."""
    nums = _DIGITS.findall(text)
    return (_DIGITS.sub("", _key(text)), int(nums[-1]) if nums else 0)


def _parent_column(t: PlanTable, ref: int) -> int | None:
    """The column whose every filled cell is the key of another row of the table, two parents
    cited at least, the parent rows' own cells in it empty."""
    keys = [_key(r.text(ref)) for r in t.rows]
    if any(not k for k in keys) or len(set(keys)) != len(keys):
        return None
    known = set(keys)
    for c, role in enumerate(t.roles):
        if c == ref or role not in _LINK_ROLES:
            continue
        cited = [_key(r.text(c)) for r in t.rows]
        filled = [k for k in cited if k]
        parents = set(filled)
        if len(filled) < MIN_CHILDREN or len(parents) < MIN_PARENTS or not parents <= known:
            continue
        if all(not cited[keys.index(p)] for p in parents):
            return c
    return None


def _split(t: PlanTable, ref: int, link: int) -> PlanTable | None:
    """Set the table's parent rows apart as a table of recommendations (numbered in key order)
    and keep its child rows, each linked to its parent's number, sorted into key order."""
    text = t.col("action")
    if text is None:
        return None
    cited = {_key(r.text(link)) for r in t.rows if r.text(link).strip()}
    parents = sorted(
        (r for r in t.rows if _key(r.text(ref)) in cited), key=lambda r: _order(r.text(ref))
    )
    number = {_key(r.text(ref)): str(n) for n, r in enumerate(parents, 1)}
    children: list[Row] = [r for r in t.rows if _key(r.text(ref)) not in number]
    if len(children) < MIN_CHILDREN:
        return None
    children.sort(key=lambda r: (int(number.get(_key(r.text(link)), 0)), _order(r.text(ref))))
    for r in children:
        cell = r.cells[link]
        if cell is not None and _key(cell.text) in number:  # the key read as its number
            cell.text = number[_key(r.text(link))]
            cell.lines = []
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


def unknown_parents(rows: Sequence[Row], ref: int, link: int) -> list[str]:
    """Parent keys that name no row of the table (a parent filtered out of the export)."""
    keys = {_key(r.text(ref)) for r in rows}
    return sorted({r.text(link).strip() for r in rows if r.text(link).strip()} - keys)
