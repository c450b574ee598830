"""A change log (audit trail, record history): a long table of changes, read as its records.

A performance system prints a plan's history as one row per change: `Changed | Changed by |
Record | Field | Old value | New value`, the changes of all records interleaved in time order,
a field changed more than once (a lead handed over, a date moved, a status moving on). It is a
field-value export (field_value_rows) whose records are not printed in runs and whose fields
recur: a record's value of a field is its LAST change; earlier new values, old values,
timestamps and users are history, not the plan.

This module turns such a log into the export field_value_rows already reads: the rows of each
record brought together (each record's rows in printed order) and of each (record, field) only
the last change kept, so its cell (page, bbox) is the provenance of the value read.

The records are given in their ids' natural order ('IP/2/01' before 'IP/10/01'), as a register
of them would list them: a log has no printed order of its records, its rows are in time order
and the records interleaved, so the order of first changes is an accident of when each was
opened, not the plan's order.

What makes a column the record key (nothing here knows any system's words):
- a field column reads as field_value_rows reads one (short labels that recur, several naming
  plan columns in the header vocabulary);
- the key's values recur, not in one run each (changes interleaved), every record has two
  changes or more on the whole, and a record changes few of its fields twice: grouped by a
  column of users or of dates, a field recurs under most keys or every key has one row.
"""

from __future__ import annotations

import re
from collections import Counter

from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.document import Cell
from plantrace.pipeline.layout import join_text

MIN_RECORDS = 2  # records a log holds at least
MAX_REPEAT_SHARE = 0.5  # of a log's rows, at most this share re-change a (record, field)
MAX_KEY_WORDS = 4  # a record id is short
MIN_CHAIN_SHARE = 0.9  # of a key's re-changes, at least this share start from the last value
# the header vocabulary's word for a ref: the id field's label, the key column's label with it
_REF_WORD: str = PLAN_VOCAB["header_phrases"]["ref"][0]


def collapse_change_log(
    head: list[str],
    rows: list[list[Cell | None]],
    texts: list[list[str]],
    field_columns: list[int],
) -> tuple[list[list[Cell | None]], list[list[str]]] | None:
    """The log's rows grouped by record and reduced to each field's last change, read on the
    field column (of field_columns, fewest values first) that has a record key beside it, each
    record opening with its id as a field (under the key column's label). head: the header
    row's labels. None where the table is no change log (its records printed in runs, or no
    key found)."""
    # of two columns that read as fields, the fields are the fewer values: a record's id may
    # read as a field label too ('REC 2' as a recommendation number) but there are more ids
    for fld in sorted(field_columns, key=lambda j: len({t[j] for t in texts})):
        key = _key_column(texts, fld)
        if key is None:
            continue
        value = _value_column(texts, key, fld)
        last: dict[tuple[str, str], int] = {}
        order: dict[str, int] = {}
        for r, t in enumerate(texts):
            if t[key] and t[fld]:
                order.setdefault(t[key], len(order))
                last[(t[key], t[fld])] = r  # a later change of the field replaces it
        # records in their ids' natural order (see the module docstring), ties as first changed
        kept = sorted(
            last.values(), key=lambda r: (natural_key(texts[r][key]), order[texts[r][key]], r)
        )
        out_rows: list[list[Cell | None]] = []
        out_texts: list[list[str]] = []
        for r in kept:
            if not out_texts or out_texts[-1][key] != texts[r][key]:
                # the record's id is a field of it too (its ref, a recommendation's number),
                # under the key column's own label, boxed where its first change prints it
                row, text = list(rows[r]), list(texts[r])
                cell = rows[r][key]
                label = id_label(head[key])
                row[fld] = Cell(join_text([label]), cell.bbox) if cell is not None else None
                text[fld] = label
                row[value] = cell
                text[value] = texts[r][key]
                out_rows.append(row)
                out_texts.append(text)
            out_rows.append(rows[r])
            out_texts.append(texts[r])
        return out_rows, out_texts
    return None


def _key_column(texts: list[list[str]], fld: int) -> int | None:
    """The column of record ids beside the field column fld, or None (see the docstring)."""
    best: tuple[bool, int, int] | None = None
    width = len(texts[0]) if texts else 0
    for j in range(width):
        if j == fld:
            continue
        vals = [t[j] for t in texts]
        if any(not v or len(v.split()) > MAX_KEY_WORDS for v in vals):
            continue
        counts = Counter(vals)
        if len(counts) < MIN_RECORDS or len(vals) < 2 * len(counts):
            continue  # a column of timestamps: a change each
        runs = sum(1 for a in range(len(vals)) if a == 0 or vals[a] != vals[a - 1])
        if runs == len(counts):
            continue  # each record in one run: an ordinary export, read as printed
        pairs = Counter((t[j], t[fld]) for t in texts)
        repeats = sum(n - 1 for n in pairs.values())
        chained = _chained(texts, j, fld)
        if repeats > MAX_REPEAT_SHARE * len(vals) and not chained:
            continue  # a column of users: they change the same fields of many records
        if best is None or (not chained, repeats) < best:
            best = (not chained, repeats, j)
    return best[2] if best is not None else None


def _chained(texts: list[list[str]], key: int, fld: int) -> bool:
    """Each change of a (record, field) starts from the value the change before it set: the
    later row holds, in another column, a value of the earlier row (its old value is the
    last new value). A record's history chains so; a user's changes of many records do not.
    A log whose changes are mostly one field's moves (a status moving on) re-changes most of
    its (record, field) pairs, which the repeat share alone took for a column of users."""
    last: dict[tuple[str, str], int] = {}
    links = hits = 0
    for r, t in enumerate(texts):
        pair = (t[key], t[fld])
        if pair in last:
            before = texts[last[pair]]
            rest = [c for c in range(len(t)) if c not in (key, fld)]
            olds = {(c, t[c]) for c in rest if t[c]}
            news = {(c, before[c]) for c in rest if before[c]}
            links += 1
            hits += any(v == w and c != d for c, v in olds for d, w in news)
        last[pair] = r
    return links >= MIN_RECORDS and hits >= MIN_CHAIN_SHARE * links


def _value_column(texts: list[list[str]], key: int, fld: int) -> int:
    """Where the record's id is put as a field's value: the column of the most kinds of
    content (dates under one field, people under another: the log's new values), then the
    most text (old values are mostly empty). A column of timestamps holds more text than new
    values that are mostly statuses, but one kind of it."""
    from plantrace.extractors.field_value_rows import _value_kinds

    rest = [j for j in range(len(texts[0])) if j not in (key, fld)]
    return max(rest, key=lambda j: (_value_kinds(texts, j, fld), sum(len(t[j]) for t in texts)))


_PARTS = re.compile(r"\d+|\D+")


def natural_key(ident: str) -> tuple[tuple[int, int, str], ...]:
    """A record id's sort key: its runs of digits as numbers, other runs as lowercase text
    ('IP/2/01' < 'IP/10/01', 'REC 2' < 'REC 10')."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p.strip().lower()) for p in _PARTS.findall(ident)
    )


def id_label(key_label: str) -> str:
    """The label of a record's id field: the key column's label with the header vocabulary's
    word for a ref ('Record ref'), so that the pivoted table reads it as the ref."""
    return join_text([key_label, _REF_WORD])
