"""A long ('entity-attribute-value') export: one row per record and field, pivoted into records.

Performance and case-management systems export their records in long form: a table of a few
fixed columns, one row per (record, field): `Record ID | Record type | Parent ID | Field | Value
| Last changed | Changed by`. No row is an action; a record's rows together are one. Read as
printed, the table names no plan column in its header (its plan columns are the VALUES of its
field column), so nothing is read from it. Pivoted, each kind of record is an ordinary table of
one row per record and a column per field, and the header vocabulary, column_roles and the
action, KPI and recommendation readers apply unchanged.

What the columns are is told from their cells, not from the export's words:
- the field column: short labels that recur down the table, several of them naming plan
  columns in the header vocabulary (row_roles);
- the record key: a column constant over runs of rows, no field twice in one run (an empty
  cell under a key continues its record), every run a record of its own;
- the value column: of the rest, the one whose kind of content changes with the field (dates
  under one field, people under another, sentences under a third); audit columns (last
  changed, changed by) hold one kind whatever the field;
- a parent column: a column constant within each record whose values are other records' keys
  (an action's recommendation): the parent's own number is put in the child's row, under its
  label, so a child answers its parent as a printed `Rec no.` column says;
- a type column: constant within each record, few values, records of one value sharing their
  fields and records of different values not; where there is none, records that share a field
  are of one kind.

A long table printed over several pages repeats its header (a print title) or not: pieces of
the same width that follow each other are one table, repeated headers dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from plantrace.extractors.cell_types import cell_type
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    KPI_TABLE,
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
    Row,
    read_header,
    row_roles,
)
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.layout import join_text

_KIND_UNREAD = "export_records_unread"
EVIDENCE = "pivoted from a field-value export: one row per record and field"
MIN_RECORDS = 2  # records a long table holds at least
MIN_NAMED_FIELDS = 3  # plan columns (roles) the field labels name, each counted once
MAX_FIELD_WORDS = 6  # a field label is short
MIN_VALUE_KINDS = 2  # kinds of content the value column holds across the fields
MAX_TYPE_OVERLAP = 0.5  # mean share of fields two kinds of record may have in common
_NUMBER_ROLES = ("rec", "ref")  # a parent's field that numbers it, cited by its children


@dataclass(slots=True)
class _Record:
    key: str
    parent: str = ""
    kind: str = ""
    page: int = 0
    fields: dict[str, Cell | None] = field(default_factory=dict)  # label -> its value's cell


@dataclass(slots=True)
class RecordKindTable(Table):
    """A kind of record of a field-value export whose fields head no plan table (no action,
    measure or recommendation among them), pivoted and kept as a raw table: said, not read."""

    kind: str = ""


@dataclass(slots=True)
class UnreadExport(Table):
    """A field-value export none of whose kinds of record heads a plan table: kept as printed
    (its rows are read as any raw table's), its kinds pivoted only to be said."""

    kinds: list[RecordKindTable] = field(default_factory=list)


@dataclass(slots=True)
class _Columns:
    key: int
    field: int
    value: int
    parent: int | None
    kind: int | None


def adopt_field_value_rows(elements: list[Element]) -> list[Element]:
    """The elements with each long field-value table (see the module's docstring) replaced by
    one table per kind of record it holds; the same list where there is none."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        logged = _change_log(elements[i])
        if logged:
            out += logged
            i += 1
            continue
        run = _run(elements, i)
        if run:
            tables = _pivoted([elements[k] for k in run])
            kinds = [e.raw for e in tables if isinstance(e.raw, RecordKindTable)]
            first = elements[i].raw
            if len(kinds) == len(tables) and kinds and first is not None:
                # no kind of record read: the export stays as printed, its kinds said
                raw = UnreadExport(first.page, first.bbox, first.rows, first.ruled, kinds)
                out.append(replace(elements[i], raw=raw))
                i += 1
                continue
            if tables:
                out += tables
                skip = set(run)
                out += [elements[k] for k in range(i + 1, run[-1] + 1) if k not in skip]
                i = run[-1] + 1
                continue
        out.append(elements[i])
        i += 1
    return out


def _texts(row: Sequence[Cell | None]) -> list[str]:
    return [" ".join(c.text.split()) if c is not None else "" for c in row]


def _run(elements: list[Element], i: int) -> list[int]:
    """Indexes of the raw table at i and of the raw tables after it that go on with it (the
    same width, each opening with the same header row or on the page after the last)."""
    first = elements[i].raw
    if first is None or len(first.rows) < 3 or len(first.rows[0]) < 4:
        return []
    width = len(first.rows[0])
    head = _texts(first.rows[0])
    run, page = [i], first.page
    for k in range(i + 1, len(elements)):
        raw = elements[k].raw
        if elements[k].table is not None:
            break
        if raw is None:
            continue  # a page's furniture between the pieces
        if not raw.rows or len(raw.rows[0]) != width:
            break
        if _texts(raw.rows[0]) != head and raw.page != page + 1:
            break
        run.append(k)
        page = raw.page
    return run


def _rows(
    pieces: Sequence[Table], log_only: bool = False
) -> tuple[list[str], list[list[Cell | None]]]:
    head = _texts(pieces[0].rows[0])
    if log_only and _body_row(pieces, head):
        # the table's header was read on the log's first change (the log's own header row,
        # naming no plan column, left out of it): that row is a change, no header is known
        head = [""] * len(head)
    rows: list[list[Cell | None]] = []
    for t in pieces:
        for r in t.rows:
            if _texts(r) == head or not any(_texts(r)):
                continue
            rows.append(list(r) + [None] * (len(head) - len(r)))
    return head, rows


def _body_row(pieces: Sequence[Table], head: list[str]) -> bool:
    """The first row is one of the log's rows, not its header: a short label of it recurs in
    its column below (a field changed again, a record's id), as no header's label does. A row
    whose short cells name three plan columns or more ('Assigned To | Due Date | Status') is
    a plan's header (a log's change names two at most: a record id and a field) whatever recurs
    under it (a status or a person down an unruled list of actions had made its header a
    change, and the list was pivoted as a log, 12 actions into 3). A row
    repeating the whole first row is its header printed again over a page (a print title),
    no recurrence."""
    below = [r for r in (_texts(r) for t in pieces for r in t.rows[1:]) if r != head]
    below += [_texts(r) for t in pieces[1:] for r in t.rows[:1] if _texts(r) != head]
    short = [v for v in head if v and len(v.split()) <= MAX_FIELD_WORDS]
    if sum(1 for role in row_roles(short) if role is not None) >= 3:
        return False
    return any(
        v and len(v.split()) <= MAX_FIELD_WORDS and any(j < len(r) and r[j] == v for r in below)
        for j, v in enumerate(head)
    )


def _change_log(el: Element) -> list[Element]:
    """A table its header row read as a plan table (a log's 'New value' column of sentences
    taken for actions) that is a change log (change_log): its records pivoted, where one kind
    of them reads as a plan table; nothing otherwise (the table stays as read)."""
    if el.table is None or len(el.table.rows) < MIN_RECORDS * MIN_NAMED_FIELDS:
        return []
    pieces = el.table.printed or el.table.pieces
    if not pieces or len(pieces[0].rows) < 2 or len(pieces[0].rows[0]) < 4:
        return []
    els = [Element(p.page, p.bbox[1], raw=p) for p in pieces]
    tables = _pivoted(els, log_only=True)
    return tables if any(e.table is not None for e in tables) else []


def _pivoted(els: Sequence[Element], log_only: bool = False) -> list[Element]:
    """log_only: read the pieces only as a change log (a table already read by its header)."""
    pieces = [e.raw for e in els if e.raw is not None]
    head, rows = _rows(pieces, log_only)
    if len(rows) < MIN_RECORDS * MIN_NAMED_FIELDS:
        return []
    texts = [_texts(r) for r in rows]
    cols = None if log_only else _columns(texts)
    if cols is None:
        # a change log: records' changes interleaved, a field changed again (change_log)
        from plantrace.extractors.change_log import collapse_change_log, id_label

        named = {j: _field_labels(texts, j) for j in range(len(head))}
        fields = sorted((j for j in named if named[j] >= MIN_NAMED_FIELDS), key=lambda j: -named[j])
        collapsed = collapse_change_log(head, rows, texts, fields)
        if collapsed is None:
            return []
        history = texts
        rows, texts = collapsed
        cols = _columns(texts)
        if cols is None:
            return []
        ids = {id_label(head[cols.key])}  # every record's id field: no sign of its kind
    else:
        ids, history = set(), []
    records = _records(rows, texts, cols)
    if len(records) < MIN_RECORDS:
        return []
    groups = _kinds(records, cols, ids)
    numbers = _parent_numbers(records, groups)
    out: list[Element] = []
    for labels, members in groups:
        table = _record_table(labels, members, numbers, pieces[0])
        if isinstance(table, PlanTable):
            if history:  # a log's earlier statuses: the scale it rates on (log_pieces)
                from plantrace.extractors.log_pieces import logged_steps

                table.steps = logged_steps(table, history, cols.key, cols.field)
            out.append(Element(members[0].page, table.top, table=table))
        else:
            out.append(Element(members[0].page, table.bbox[1], raw=table))
    return out


def _columns(texts: list[list[str]]) -> _Columns | None:
    width = len(texts[0])
    # the field column names the most plan columns ('Record type' may name a few: 'Action')
    named = {j: _field_labels(texts, j) for j in range(width)}
    found = [
        (fld, key)
        for fld in sorted(
            (j for j in named if named[j] >= MIN_NAMED_FIELDS), key=lambda j: -named[j]
        )
        for key in range(width)
        if key != fld and _key_column(texts, key, fld)
    ]
    if not found:
        return None
    fld, key = found[0]
    runs = _record_runs(texts, key)
    rest = [j for j in range(width) if j not in (key, fld)]
    kinds = {j: _value_kinds(texts, j, fld) for j in rest}
    value = max(rest, key=lambda j: (kinds[j], sum(len(r[j]) for r in texts)), default=None)
    if value is None or kinds[value] < MIN_VALUE_KINDS:
        return None
    keys = {texts[a][key] for a, _ in runs}
    steady = [j for j in rest if j != value and _steady(texts, runs, j)]
    parent = next(
        (j for j in steady
         if (vals := {texts[a][j] for a, _ in runs} - {""}) and vals <= keys),
        None,
    )  # fmt: skip
    kind = _type_column(texts, runs, [j for j in steady if j != parent], fld)
    return _Columns(key, fld, value, parent, kind)


def _field_labels(texts: list[list[str]], j: int) -> int:
    """How many plan columns the column's labels name, where it reads as a field column:
    short labels that recur down the table (0 where it does not). Labels naming one role count
    once: an export's fields name different columns (owner, due, status), while a status
    column whose words share a header's word ('Sound progress', 'Patchy progress') names
    one role however many of its words recur: a column of values, no fields."""
    vals = [r[j] for r in texts]
    if sum(1 for v in vals if v) < 0.9 * len(vals):
        return 0
    if any(len(v.split()) > MAX_FIELD_WORDS for v in vals):
        return 0
    counts = Counter(v for v in vals if v)
    if len(counts) > len(vals) / 2 or sum(1 for n in counts.values() if n >= 2) < len(counts) / 2:
        return 0
    return len({r for r in row_roles(list(counts)) if r is not None})


def _record_runs(texts: list[list[str]], key: int) -> list[tuple[int, int]]:
    """(first, end) of each run of rows under one key (an empty key cell goes on with it)."""
    runs: list[tuple[int, int]] = []
    start = 0
    for a in range(1, len(texts) + 1):
        if a == len(texts) or (texts[a][key] and texts[a][key] != texts[start][key]):
            runs.append((start, a))
            start = a
    return runs


def _key_column(texts: list[list[str]], j: int, fld: int) -> bool:
    """A column whose runs are records: it opens filled, no field twice in a run, no key in two
    runs, and runs of two rows or more on the whole."""
    if not texts[0][j]:
        return False
    runs = _record_runs(texts, j)
    if len(runs) < MIN_RECORDS or len(texts) < 2 * len(runs):
        return False
    seen: set[str] = set()
    for a, b in runs:
        labels = [texts[r][fld] for r in range(a, b) if texts[r][fld]]
        if len(labels) != len(set(labels)) or texts[a][j] in seen:
            return False
        seen.add(texts[a][j])
    return True


def _value_kinds(texts: list[list[str]], j: int, fld: int) -> int:
    """How many kinds of content the column holds, each field's cells taken by their most
    common kind: a value column holds dates under one field, people under another."""
    by_field: dict[str, Counter[str]] = defaultdict(Counter)
    for r in texts:
        if r[j]:
            by_field[r[fld]][cell_type(r[j]).value] += 1
    return len({c.most_common(1)[0][0] for c in by_field.values()})


def _steady(texts: list[list[str]], runs: list[tuple[int, int]], j: int) -> bool:
    """One value (or none) in every record."""
    return all(len({texts[r][j] for r in range(a, b)} - {""}) <= 1 for a, b in runs)


def _type_column(
    texts: list[list[str]], runs: list[tuple[int, int]], steady: list[int], fld: int
) -> int | None:
    """Of the columns constant within each record, the one whose values part the records into
    kinds of their own fields (least overlap between the kinds' fields), if any does."""
    best: tuple[float, int] | None = None
    for j in steady:
        fields: dict[str, set[str]] = defaultdict(set)
        for a, b in runs:
            value = next((texts[r][j] for r in range(a, b) if texts[r][j]), "")
            fields[value].update(texts[r][fld] for r in range(a, b) if texts[r][fld])
        if not 2 <= len(fields) < len(runs) or "" in fields:
            continue
        sets = list(fields.values())
        pairs = [(x, y) for n, x in enumerate(sets) for y in sets[n + 1 :]]
        overlap = sum(len(x & y) / len(x | y) for x, y in pairs) / len(pairs)
        if overlap <= MAX_TYPE_OVERLAP and (best is None or overlap < best[0]):
            best = (overlap, j)
    return best[1] if best is not None else None


def _records(
    rows: list[list[Cell | None]], texts: list[list[str]], cols: _Columns
) -> dict[str, _Record]:
    records: dict[str, _Record] = {}
    for a, b in _record_runs(texts, cols.key):
        key = texts[a][cols.key]
        rec = records.setdefault(key, _Record(key))
        for r in range(a, b):
            if cols.parent is not None and texts[r][cols.parent]:
                rec.parent = texts[r][cols.parent]
            if cols.kind is not None and texts[r][cols.kind]:
                rec.kind = texts[r][cols.kind]
            label = texts[r][cols.field]
            cell = rows[r][cols.value]
            if not label:
                continue
            if not rec.page:
                first = next((c for c in rows[r] if c is not None), None)
                rec.page = first.lines[0].page if first is not None and first.lines else 0
            if cell is not None or label not in rec.fields:
                rec.fields[label] = cell
    return records


def _kinds(
    records: dict[str, _Record], cols: _Columns, ids: set[str] | frozenset[str] = frozenset()
) -> list[tuple[list[str], list[_Record]]]:
    """The records by kind, in order of first appearance, each kind with its fields in order.
    With no type column, records that share a field are of one kind (ids: fields every record
    has, its id, that make no kind)."""
    groups: dict[str, list[_Record]] = {}
    if cols.kind is not None:
        for rec in records.values():
            groups.setdefault(rec.kind, []).append(rec)
    else:
        owner: dict[str, str] = {}  # field label -> the group it belongs to
        for rec in records.values():
            hits = [owner[f] for f in rec.fields if f in owner and f not in ids]
            name = hits[0] if hits else rec.key
            for other in set(hits) - {name}:  # a record sharing fields with two kinds joins them
                for moved in groups.pop(other):
                    groups[name].append(moved)
                owner = {f: (name if g == other else g) for f, g in owner.items()}
            groups.setdefault(name, []).append(rec)
            owner.update(dict.fromkeys(rec.fields, name))
    out = []
    for members in groups.values():
        labels: list[str] = []
        for rec in members:
            labels += [f for f in rec.fields if f not in labels]
        out.append((labels, members))
    return out


def _parent_numbers(
    records: dict[str, _Record], groups: list[tuple[list[str], list[_Record]]]
) -> dict[str, tuple[str, Cell]]:
    """Each parent record's key -> (its number field's label, that cell): the field the header
    vocabulary reads as a recommendation's or an item's number."""
    parents = {rec.parent for rec in records.values() if rec.parent}
    out: dict[str, tuple[str, Cell]] = {}
    for labels, members in groups:
        roles = dict(zip(labels, row_roles(labels), strict=True))
        number = next((lab for role in _NUMBER_ROLES for lab in labels if roles[lab] == role), None)
        if number is None:
            continue
        for rec in members:
            cell = rec.fields.get(number)
            if rec.key in parents and cell is not None:
                out[rec.key] = (number, cell)
    return out


def _record_table(
    labels: list[str],
    members: list[_Record],
    numbers: dict[str, tuple[str, Cell]],
    first: Table,
) -> PlanTable | RecordKindTable:
    """One kind of record as a table read by its field labels: a column per field, and the
    parent's number under its own label where the records have parents. Where the labels
    head no plan table (a kind of record that is no action, measure or recommendation), the
    records as a RecordKindTable, kept raw and said (unread_record_kinds)."""
    cited = [numbers.get(rec.parent) for rec in members]
    link = next((c[0] for c in cited if c is not None), None)
    if link is not None and link in labels:
        link = None  # the records number themselves under the parent's label: no second column
    names = [*labels, *([link] if link is not None else [])]
    header: list[Cell | None] = [_label_cell(lab, first) for lab in names]
    body: list[list[Cell | None]] = []
    for rec, parent in zip(members, cited, strict=True):
        cells: list[Cell | None] = [rec.fields.get(lab) for lab in labels]
        if link is not None:
            cells.append(parent[1] if parent is not None else None)
        body.append(cells)
    table = Table(first.page, first.bbox, [header, *body], first.ruled)
    head_read = read_header(table)  # the one reader of a header row
    if head_read is None or head_read[0] not in (ACTION_TABLE, KPI_TABLE, RECOMMENDATION_TABLE):
        name = members[0].kind or ", ".join(labels[:3])
        return RecordKindTable(first.page, first.bbox, table.rows, first.ruled, name)
    kind, roles, read_labels, reading = head_read
    for k, c in enumerate(reading.columns):
        c.evidence.insert(0, EVIDENCE if k == 0 else "pivoted (see the first column)")
    rows = [Row(cells, rec.page or first.page, False, [False] * len(cells))
            for cells, rec in zip(body, members, strict=True)]  # fmt: skip
    top = next((c.bbox[1] for r in body for c in r if c is not None), first.bbox[1])
    return PlanTable(kind, roles, read_labels, rows, members[0].page or first.page, top,
                     [table], reading)  # fmt: skip


def _label_cell(label: str, first: Table) -> Cell:
    return Cell(join_text([label]), first.bbox)


def unread_record_kinds(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """One warning per kind of record an export holds whose fields head no plan table: its
    records were pivoted but are no actions, measures or recommendations, so nothing of them
    is read (a kind the vocabulary does not know, or records of something else). Where no
    kind of an export is read, the export is kept as printed and its kinds are said too."""
    return [
        ExtractionWarning(
            code=_KIND_UNREAD,
            message=f"a field-value export holds {len(k.rows) - 1} records of kind"
            f" {k.kind!r} whose fields ({', '.join(_texts(k.rows[0])[:4])}) name no"
            " action, measure or recommendation: they were not read; check them with"
            " `plantrace tables`",
            page=e.page,
        )
        for e in elements
        for k in (e.raw.kinds if isinstance(e.raw, UnreadExport) else [e.raw])
        if isinstance(k, RecordKindTable)
    ]
