"""A table column whose words are each printed in an ink of their own is the status column.

Why: a plan laid out as another kind of document (an invoice's line items, a statement) heads
its status column with that document's word ('Account', 'Ledger') and rates each row in words
no vocabulary reads ('Disputed', 'Part paid, chasing'), each printed in its colour: red, amber,
green, blue, and grey for a row not yet rated. No key on the page gives the words colours (a
legend lists them in black). Read by header and vocabulary the column is placed nowhere and
every action is unrated.

The evidence is the ink: the status column, else a column with no role of its own (or
'other'), whose cells, on two rows at least, are each a few words (no figure, no date) printed
all in one ink, in two inks or more of which one at least is a RAG colour (rag.rag_from_fill).
The column is then the status (its role 'rag', its reading saying why), and each word printed in
a RAG colour means that colour in this table: a key for this table's rows (word -> colour), read
after any key the plan prints. A word in black, grey or another hue that is no status colour
gets no colour: it is left to the status words' warning (plan_status_words), never guessed. Rows
with no action (a total row's 'Total') are not counted. One ink for every value is the column's
style, no status told by colour.

Pure: reads a table's cells and sets its roles; no I/O.
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import rag_from_fill

INK_WORDS = 4  # a status inked in its colour is a few words: 'Part paid, chasing'
MIN_ROWS = 2  # one coloured word is emphasis as often as a status
_OPEN_ROLES = (None, "other")


def _ink(cell: Cell | None) -> str | None:
    """The one ink all of a cell's words are printed in ('#c62828') where the cell is a few
    words, no figure and no date; None for the body's ink, mixed inks or other content."""
    if cell is None or not cell.lines:
        return None
    inks = {ln.colour for ln in cell.lines} | {ln.end_colour for ln in cell.lines}
    text = " ".join(ln.text for ln in cell.lines)
    words = re.findall(r"[A-Za-z]+", text)
    if len(inks) != 1 or None in inks or not words or len(words) > INK_WORDS:
        return None
    if re.search(r"\d", text) or parse_due(text) is not None:
        return None
    return next(iter(inks))


def inked_status_key(t: PlanTable) -> dict[str, str]:
    """The colours of an action table's status words inked each in a colour of their own, as
    this table's key (lower-cased phrase -> RAG colour): of its status column where it has one
    (its header named it, 'Payment state', but no vocabulary reads its words), else of the
    column with no role whose words are so inked, its role then set to 'rag'; {} where no
    column is such."""
    if t.kind != ACTION_TABLE:
        return {}
    action = t.col("action")
    rows = [r for r in t.rows if not r.section and (action is None or r.text(action).strip())]
    status = t.col("rag")
    for i, role in enumerate(t.roles):
        if (role not in _OPEN_ROLES or status is not None) and i != status:
            continue
        cells = [
            c
            for r in rows
            if i < len(r.cells) and (c := r.cells[i]) is not None and r.text(i).strip()
        ]
        inks = [_ink(c) for c in cells]
        if len(cells) < MIN_ROWS or any(k is None for k in inks) or len(set(inks)) < 2:
            continue
        key: dict[str, str] = {}
        for cell, ink in zip(cells, inks, strict=True):
            colour = rag_from_fill(ink)
            phrase = " ".join(" ".join(ln.text for ln in cell.lines).lower().split())
            if colour is not None and key.setdefault(phrase, colour) != colour:
                break  # one word in two colours: the ink is no key of the words
        else:
            if not key:
                continue  # inks, but none a status colour: no status told by colour
            if i != status:
                _set_status(t, i)
            return key
    return {}


def _set_status(t: PlanTable, i: int) -> None:
    """The column's role is the status, its reading saying why."""
    t.roles[i] = "rag"
    if t.reading is not None and i < len(t.reading.columns):
        col = t.reading.columns[i]
        col.role = "rag"
        col.confidence = max(col.confidence, 0.6)
        col.evidence.append("each cell's words printed in an ink of their own: the status")
