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
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import _header_like
from plantrace.pipeline.document import Line

_SHARED = 0.5  # this share of a header row's words in the open table's labels: its header again


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
    head = _words([ln.text for ln in order if abs(ln.top - first.top) <= 2.0])
    known = set(_words(labels))
    if not head or not known:
        return False
    shared = sum(1 for w in head if w in known)
    return shared < _SHARED * len(head)
