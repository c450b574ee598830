"""Tables of supporting documents set among a plan's actions: no action tables.

An evidence portfolio (or a plan with an evidence log under each action) prints, below each
action written as text, a small table of the documents that show it done: 'Ref | Evidence
document | Dated | Held by' with rows 'E044 | Minutes of the practice group | 1 April 2026 |
J. Smith'. Its header reads like an action table's (a ref, a date, a person), so it was read as
one: every table then held no action (no column of action text), and because the plan had
action tables its prose actions were never read.

Such a table names no action column, and its refs are the documents' own: the plan cites them
nowhere else (no line of text, no other table prints 'E044'), and they are not numbered as a
plan numbers its actions ('2.1': a forward plan's timeline puts each action's text in a quarter
column and keeps only its ref in the first). An action table without a text
column is a table of updates keyed by the refs the plan's actions carry, so its refs appear
elsewhere. A table with neither is taken out of the action tables and kept as a plain table
(like any table whose header names no plan columns): the prose actions around it are read as
they are on a page without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from plantrace.extractors.counter_titles import dotted_ref
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9./-]*[A-Za-z0-9]|[A-Za-z0-9]")
# columns that rate or report work ('Progress', 'RAG', 'Milestones'): a list of documents has none
_WORK_ROLES = frozenset({"rag", "progress", "milestones"})


def _tokens(texts: Iterable[str]) -> set[str]:
    """Every word-like token of the texts, case folded and without closing dots."""
    return {m.group(0).casefold().rstrip(".") for t in texts for m in _TOKEN.finditer(t)}


def _refs(table: PlanTable) -> set[str]:
    """The refs the table's ref column prints (case folded)."""
    col = table.col("ref")
    if col is None:
        return set()
    return {r.text(col).strip().casefold().rstrip(".") for r in table.rows if not r.section} - {""}


def _cell_texts(table: PlanTable) -> list[str]:
    return [r.text(i) for r in table.rows for i in range(len(r.cells))]


def _documents(el: Element, others: set[str]) -> bool:
    """The element is an action table with no action column whose refs the plan cites nowhere
    else: a list of supporting documents, no actions."""
    t = el.table
    if t is None or t.kind != ACTION_TABLE or not t.pieces or "action" in t.roles:
        return False
    if set(t.roles) & _WORK_ROLES:
        return False  # a status or a progress column: the rows are work, not documents
    refs = _refs(t)
    if sum(1 for r in refs if dotted_ref(r)) * 2 >= len(refs):
        # refs numbered as a plan numbers its actions ('2.1', '1.4a'): a forward plan's
        # timeline keeps each action's text in its quarter's cell and its ref alone here
        return False
    return bool(refs) and not refs & others


def drop_document_tables(elements: Sequence[Element]) -> list[Element]:
    """The elements with each table of supporting documents (see the module docstring) set
    back to the plain tables it was printed as, one element a printed piece; unchanged where
    the plan has none. The refs looked for elsewhere are those of the plan's text and of its
    tables that are no such candidates (two document lists may cite one document twice)."""
    found = {i for i, el in enumerate(elements) if _documents(el, set())}
    if not found:
        return list(elements)
    cited = _tokens(ln.text for el in elements for ln in el.lines)
    cited |= _tokens(
        c for i, el in enumerate(elements) if i not in found and el.table is not None
        for c in _cell_texts(el.table)
    )  # fmt: skip
    out: list[Element] = []
    for i, el in enumerate(elements):
        if i in found and el.table is not None and _documents(el, cited):
            out.extend(Element(page=p.page, top=p.bbox[1], raw=p) for p in el.table.pieces)
        else:
            out.append(el)
    return out
