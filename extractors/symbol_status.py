"""A status column of symbols keyed by a printed legend: a tracker that rates each action with a
shape or an arrow alone ('▲', '▼', '►' or '↑', '↓', '→') and prints what each means above the
table ('Key: ▲ improving (green)  ▼ worsening (red)  ► no change (amber)').

The column's header often names it a trend ('Trend', 'Direction of travel'), so its header alone
does not make it the status. Where the table has no status column of its own, and a column's
every filled cell is a symbol the plan's key gives a colour, that column is the table's status:
the key says so, in the colours it names. Where the column's symbols are ones no printed key
explains, nothing is guessed (an arrow's direction is no colour: up may be good or bad): the
plan is warned of (plan_status_unread), so that it is not taken for an unrated plan in silence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.normalise.rag import done_mark, is_symbol
from plantrace.pipeline.normalise.values import is_empty_value

# roles a column of symbols may have been given by its header or by nothing: a trend's or a
# direction's header, or no role at all; any other role is the column's own
_OPEN_ROLES = {None, "other", "trend", "direction"}
MIN_FILLED = 2  # symbols in a column, at the least, before it is read as a status column
MAX_MARKS = 2  # symbols in one cell, at the most ('▲', '■ ■')


def symbol(text: str) -> str | None:
    """The cell's symbol(s), spaces dropped ('▲', '↑'), None for a cell holding a letter, a digit
    or anything but symbols and arrows: an ASCII sign ('=', '+', '^') or a currency sign ('£')
    is a figure's, not a mark (the test rag.is_symbol makes of a key's marks)."""
    marks = [ch for ch in text if not ch.isspace()]
    if not marks or len(marks) > MAX_MARKS:
        return None
    if not all(is_symbol(ch) for ch in marks):
        return None  # a letter, a digit, punctuation, a sign: a word or a figure, not a symbol
    if done_mark(text) is not None:
        return None  # a tick or a cross says done or not, read as such
    return "".join(marks)


def adopt_symbol_columns(
    elements: Sequence[Element], rag_key: Mapping[str, str]
) -> list[ExtractionWarning]:
    """Each action table with no status column whose one column of symbols the plan's key
    gives colours (every distinct symbol a key entry) made its status column. A column of
    symbols the key does not explain (none of them, or only some) is warned of, once a table,
    and left as it was (or, some explained, read for those alone)."""
    keyed = {k for k in rag_key if symbol(k) is not None}
    out: list[ExtractionWarning] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or t.col("rag") is not None:
            continue
        columns = [(i, marks) for i in range(len(t.roles)) if (marks := _symbols(t, i))]
        if len(columns) > 1:
            out.append(_which_unsure(t, [i for i, _ in columns]))
            continue  # two columns of symbols: which would be the status is unsure
        if not columns:
            continue
        col, marks = columns[0]
        known = marks & keyed
        if known:
            _adopt(t, col, sorted(known))
        if marks - known:
            out.append(_unkeyed(t, col, sorted(marks - known), bool(known)))
    return out


_CODE = re.compile(r"^[A-Za-z]{1,4}$")
_KNOWN_SHARE = 0.6  # of a column's filled cells, the share whose code the key gives a colour


def adopt_keyed_codes(elements: Sequence[Element], rag_key: Mapping[str, str]) -> None:
    """Each action table with no status column whose one column of short letter codes ('OT',
    'AR', 'C') the plan's printed key explains (two codes of it at least, most of its cells)
    made its status column. A delivery schedule abbreviates its status and prints what each
    code means under the table ('Status key: OT on track; AR at risk'); the column's header may
    name a note ('Progress') or nothing. A code the key leaves out ('NS', not started: a state
    of no colour) reads as no status; a column of codes no key explains is left as it was."""
    keyed = {k.lower() for k in rag_key if _CODE.match(k)}
    if len(keyed) < MIN_FILLED:
        return
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or t.col("rag") is not None:
            continue
        found = [i for i in range(len(t.roles)) if _keyed_codes(t, i, keyed)]
        if len(found) == 1:
            col = found[0]
            codes = {r.text(col).strip().lower() for r in t.rows if not r.section}
            _adopt(t, col, sorted(c.upper() for c in codes & keyed), "codes")


def _keyed_codes(t: PlanTable, col: int, keyed: set[str]) -> bool:
    if t.roles[col] not in _OPEN_ROLES | {"progress"}:
        return False
    filled = [x.strip() for r in t.rows if not r.section and not is_empty_value(x := r.text(col))]
    if len(filled) < MIN_FILLED or not all(_CODE.match(x) for x in filled):
        return False
    known = [x for x in filled if x.lower() in keyed]
    return len({x.lower() for x in known}) >= MIN_FILLED and len(known) >= _KNOWN_SHARE * len(
        filled
    )


def _symbols(t: PlanTable, col: int) -> set[str]:
    """The distinct symbols of a column whose every filled cell (heading rows aside) is one,
    two at least; an empty set for any other column. A dash or 'n/a' is an empty cell (an
    action not rated yet), not a word among the symbols."""
    if t.roles[col] not in _OPEN_ROLES:
        return set()
    filled = [x for r in t.rows if not r.section and not is_empty_value(x := r.text(col))]
    marks = [symbol(x) for x in filled]
    if len(filled) < MIN_FILLED or any(m is None for m in marks):
        return set()
    return {m for m in marks if m is not None}


def _adopt(t: PlanTable, col: int, known: list[str], what: str = "symbols") -> None:
    t.take_role(
        col,
        "rag",
        0.85,
        f"its cells are {what} ({' '.join(known)}) the plan's key gives a status colour,"
        " and the table has no other status column",
        source="key of symbols",
    )


def _unkeyed(t: PlanTable, col: int, marks: list[str], some: bool) -> ExtractionWarning:
    label = t.labels[col] if col < len(t.labels) and t.labels[col] else f"#{col + 1}"
    shown = " ".join(marks[:6])
    read = (
        "the actions showing them are read as no status" if some
        else "the column is read as no status"
    )  # fmt: skip
    return ExtractionWarning(
        code="plan_status_unread",
        message=f"column {label!r} prints symbols ({shown}) no printed key gives a status colour,"
        f" in a table with no other status column: {read}; RAG coverage is unknown for them (not"
        " unrated); check it with `plantrace tables`",
        page=t.page,
    )


def _which_unsure(t: PlanTable, cols: list[int]) -> ExtractionWarning:
    labels = [t.labels[c] if c < len(t.labels) and t.labels[c] else f"#{c + 1}" for c in cols]
    return ExtractionWarning(
        code="plan_status_unread",
        message=f"columns {', '.join(repr(x) for x in labels)} each print symbols alone, in a"
        " table with no other status column: which of them is the status is unsure, so none is"
        " read; RAG coverage is unknown for the table (not unrated); check it with `plantrace"
        " tables`",
        page=t.page,
    )
