"""Sentences under a date header: a header or card label whose words hold a date word ('Word
from the frontline', 'Notes from the board', 'Heard by the panel') is named the start (or due)
role by the header vocabulary, and its cells, sentences with no date among them, then refute it
and are read as nothing. The column's cells decide instead: where the label names no other role
but the date one (or a progress one) and no column of the table holds the actions' progress, the
sentences are the actions' updates; otherwise the column is left unplaced, so the plan warns
(plan_column_unplaced) rather than losing it silently."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from plantrace.extractors.cell_types import CellType

DATE_ROLES = frozenset({"start", "due"})
# roles a label may name beside its date word and still be read as an update: the date word is
# all it says of time, a progress word ('update', 'notes') all it says of what it holds
_UPDATE_ROLES = DATE_ROLES | {"progress", "date_label"}
_DATED = frozenset({CellType.date, CellType.open_date, CellType.owner_date})
_WORDS = frozenset({CellType.prose, CellType.body})
_MIN_CELLS = 2  # sentences under one header before they are taken for a column of updates


def sentences_without_dates(types: Mapping[CellType, int] | Mapping[str, int]) -> bool:
    """Whether a column's cell types (counts by CellType) are mostly sentences and hold no date:
    the cells that refute a header naming a date role by a date word ('Over by over')."""
    filled = sum(types.values())
    words = sum(types.get(k, 0) for k in _WORDS)
    return filled > 0 and not any(types.get(k, 0) for k in _DATED) and words * 2 > filled


class _Column(Protocol):
    label: str
    role: str | None
    evidence: list[str]


def prose_under_date_header(
    out: Sequence[_Column],
    header_roles: Sequence[str | None],
    counts: Sequence[Counter[CellType]],
) -> None:
    """Re-place each column the header vocabulary named start or due whose filled cells are
    mostly sentences and none a date: progress where the label names nothing else and no column
    is the progress, else unplaced (role None, warned)."""
    from plantrace.extractors.plan_columns import header_label, phrase_roles  # built on this

    for i, c in enumerate(out):
        head = header_roles[i] if i < len(header_roles) else None
        if head not in DATE_ROLES or c.role in DATE_ROLES or c.role not in (None, "other"):
            continue
        cnt = counts[i] if i < len(counts) else Counter()
        filled = sum(cnt.values())
        # a start date is never a sentence: one alone refutes a start header (a table of one
        # recommendation's two actions, one update written); a due may be worded, so two
        need = 1 if head == "start" else _MIN_CELLS
        if filled < need or not sentences_without_dates(cnt):
            continue
        named = phrase_roles(header_label(c.label)) if c.label else frozenset()
        if named <= _UPDATE_ROLES and not any(o.role == "progress" for o in out):
            c.role = "progress"
            c.evidence.append(
                f"header {c.label!r} names {head} by a date word, but its {filled} cells are"
                " sentences with no date: the actions' updates"
            )
        else:
            c.role = None
            c.evidence.append(
                f"header {c.label!r} names {head} by a date word, but its {filled} cells are"
                " sentences with no date: left unplaced"
            )
