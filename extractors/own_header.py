"""A page that opens with a table's header row of its own: a new table, not the next piece of
the one left open at the foot of the page before.

An unruled table that ends its page is left open: the next page's first lines in its columns
are its rows (a table broken over a page). Whether they are in its columns is judged by where
each line starts, and a row pdfium gives as one line starts where the table's first column
does, whatever it holds: a slide's next table (a KPI table under its own heading, its header
row 'What we track | At inspection | Last reported | Level sought') starts at the same margin
and was read as more rows of the action table above, its figures spread over the action
table's columns. A header row whose words are not the open table's header repeated is a new
table's: it starts its own table.

A row of the open table's data is no header, however it is set (its parent rows bold, a
monospace report's columns): a header names columns, it does not number a sentence ('2.2 Add a
supervision measure to the ...', 'IMP0018 05 Agree a pathway ...': a ref, then the action), nor
set a sentence beside a value (a status, a date, a figure). Such a row carries the open table on.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import _header_like
from plantrace.pipeline.document import Line

_SHARED = 0.5  # this share of a header row's words in the open table's labels: its header again
# the types of a cell's value (never a column's label) a data row sets beside its sentence
# (a code only with a digit: 'RAG', 'BRAG' are labels typed as codes)
_VALUES = frozenset({CellType.rag, CellType.date, CellType.number, CellType.owner_date})


def _words(texts: Sequence[str]) -> list[str]:
    return [w for t in texts for w in "".join(c if c.isalnum() else " " for c in t.lower()).split()]


def opens_own_table(order: Sequence[Line], labels: Sequence[str]) -> bool:
    """Whether the page's first row (order: its free lines top down) is a header row of a table
    of its own: it reads as column headers, and most of its words are not among the labels of
    the table left open (a header repeated over a table's next piece, or only its first line
    where header cells wrap, shares them). An open table with no labels is never refused."""
    if not order or not labels or not _header_like(list(order), 0):
        return False
    first = order[0]
    row = [ln for ln in order if abs(ln.top - first.top) <= 2.0]
    if _data_row([ln.text for ln in row]):
        return False
    head = _words([ln.text for ln in order if abs(ln.top - first.top) <= 2.0])
    known = set(_words(labels))
    if not head or not known:
        return False
    shared = sum(1 for w in head if w in known)
    return shared < _SHARED * len(head)


def _data_row(texts: Sequence[str]) -> bool:
    """A row's line texts read as data, not column labels: a sentence led by a ref holding a
    digit ('2.2 Add ...', 'IMP0018 05 Agree ...'; a bullet or toggle glyph before it aside),
    or a sentence set beside a value (a status, a date, a figure)."""
    types = [cell_type(t) for t in texts]
    if CellType.prose not in types:
        return False
    for t, kind in zip(texts, types, strict=True):
        if kind is not CellType.prose:
            continue
        tokens = [w for w in t.split() if any(c.isalnum() for c in w)]
        lead = tokens[0] if tokens else ""
        if any(c.isdigit() for c in lead) and cell_type(lead) is CellType.code:
            return True
    return any(
        kind in _VALUES or (kind is CellType.code and any(c.isdigit() for c in t))
        for t, kind in zip(texts, types, strict=True)
    )
