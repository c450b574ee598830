"""A table whose rows are the parents of another table's rows.

A report often summarises its workstreams (or priorities, or recommendations) in one table, a
code per row ('WS2'), and lists the actions in a later table that names, in a column of its own,
the code of each action's row above ('WS2' again, for several actions). The first table reads
like an action table (a code, a sentence, a lead, a status), but its rows are what the actions
answer: the codes the later table cites say so, whatever words either header uses. It is read
as the table of the recommendations, and the citing column as each action's link to one.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
)

# a code cell: short, at most one space ('WS2', 'WS 2', 'P3', 'R1.2')
_CODE_MAX = 8
# roles a citing column may have been given: none, or one naming what the action answers (its
# header 'Rec', 'Theme', 'Priority'); its cells, the parent's codes, say which it is
_CITING_ROLES = frozenset({None, "other", "rec", "theme"})


def _codes(t: PlanTable, col: int) -> list[str]:
    """The column's filled cells, each without its spaces ('WS 2' cites 'WS2'); [] when any is
    no short code (a word or two of text)."""
    cells = [r.text(col).split() for r in t.rows]
    filled = [c for c in cells if c]
    if not filled or any(len(c) > 2 or len("".join(c)) > _CODE_MAX for c in filled):
        return []
    codes = ["".join(c) for c in filled]
    return codes if all(any(ch.isdigit() for ch in c) for c in codes) else []


def _citing_column(parent: PlanTable, codes: set[str], child: PlanTable) -> int | None:
    """The child's column, read as no role or as a link or theme of some kind, whose every
    filled cell is one of the parent's codes, and which cites one of them more than once
    (several actions to a parent), or two or more beside the child's own numbers (a table that
    numbers its rows by the parent's codes alone is the parent's update, not its children)."""
    for i, role in enumerate(child.roles):
        if role not in _CITING_ROLES:
            continue
        cited = _codes(child, i)
        if len(cited) < len(child.rows) or not set(cited) <= codes:
            continue
        numbered = child.col("ref") not in (None, i)
        if (numbered and len(set(cited)) >= 2) or len(cited) > len(set(cited)):
            return i
    return None


def _parent_codes(t: PlanTable) -> set[str]:
    """The codes of a table's rows, one per row and none repeated; empty when it has none."""
    ref = t.col("ref")
    if ref is None or t.col("action") is None:
        return set()
    codes = _codes(t, ref)
    if len(codes) < 2 or len(codes) != len(t.rows) or len(set(codes)) != len(codes):
        return set()
    return set(codes)


def _as_recommendations(parent: PlanTable) -> None:
    """Read the parent table's sentences as the recommendations its codes number."""
    at = parent.roles.index("action")
    parent.roles[at] = "recommendation_text"
    parent.kind = RECOMMENDATION_TABLE
    if parent.reading is not None:
        parent.reading.kind = RECOMMENDATION_TABLE
        if at < len(parent.reading.columns):
            c = parent.reading.columns[at]
            c.role = "recommendation_text"
            c.evidence.append("a later table cites this table's row codes: its rows are parents")


def _as_link(child: PlanTable, col: int) -> None:
    """Read the child's citing column as each row's link to its recommendation."""
    child.take_role(
        col,
        "rec",
        1.0,
        "every cell is the code of a row of an earlier table",
        source="parent table",
    )


def read_parent_tables(elements: Sequence[Element]) -> None:
    """Find action tables whose row codes a later action table cites in a column of its own,
    and read them as the recommendations those rows answer (in place)."""
    tables = [el.table for el in elements if el.table is not None]
    for k, parent in enumerate(tables):
        if parent.kind != ACTION_TABLE:
            continue
        codes = _parent_codes(parent)
        if not codes:
            continue
        for child in tables[k + 1 :]:
            if child.kind != ACTION_TABLE or child.col("recommendation_text") is not None:
                continue
            col = _citing_column(parent, codes, child)
            if col is None or child.col("rec") not in (None, col):
                continue  # (a child linked by a Rec column of its own is linked already)
            _as_link(child, col)
            if parent.kind == ACTION_TABLE:
                _as_recommendations(parent)
