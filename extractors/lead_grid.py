"""A who-does-what grid: recommendations down the rows, leads across the columns, the actions in
the cells.

A programme office sets out who does what as a MATRIX: one row per recommendation (its number
and text in the first cell), one column per lead (the header row names posts or people, not
fields), and in each cell that lead's actions for that recommendation, each a small record of
lines in the one cell:

    2.1 Recruit twenty additional foster carers ...     <- the ref and the action's text
    Due: 08.08.26                                       <- 'label: value' lines: its fields
    RAG: Going well
    Update: Monthly reports now in place
                                                        <- a blank line, then the next action
    2.3 Review all children placed with parents ...

A lead with nothing for a recommendation leaves the cell empty (or '-', 'n/a'). Read as
printed the table is a list of recommendations with columns nobody names, so nothing is read.
The OWNER of each action is the header of the column it sits in, the recommendation it answers
the row's first cell; its own fields are its labelled lines.

The evidence is the table's shape, never its words: a header row whose cells after the first
are people or posts (cell_types), at least MIN_LEADS of them naming no field (header_role), and
body cells in those columns holding records (a line opening with an action's ref, then lines
'label: value' whose labels the header vocabulary knows as a field), MIN_RECORDS at least.
The records become one action table (record_tables.record_table), so what each field holds
still decides its role (a 'Position' label over status words is the status). The same rules
read the workbook itself (its cells' lines split at line breaks) and its print (the cells'
lines wrapped): both give the same actions. A cell in a lead column holding text that is no
record is said (lead_grid_cells_unread), never dropped in silence.

The same grid is kept the other way round (a TIMETABLE of what is due when): one row per date
(a board's meetings, a month, the first cell of the row its date), one column per
recommendation (headers 'Recommendation 2', the text in the row under the header or in the
header itself), and in each cell the records due at that row's date. The DUE of each record is
its row's date (no due is printed in the record); its recommendation is its column's. Other
columns (a second date column of papers' deadlines, who chairs) are no records' and are left
alone: the row's date is its FIRST cell, as a row's recommendation is in a grid by leads.

A ROTA crosses the same two keys the third way: one row per date (a month, its date in the
first cell), one column per lead (the header row names posts or people), each cell the records
that lead must finish by the row's date. Nothing in a record names its owner or its due: the
OWNER is its column's head, the DUE its row's date; its recommendation is the one its ref
numbers (the grid names none). A column whose cells hold no records (who is on call each
month) is no lead's and is left alone; a grid whose first cells are mostly dates is read so
even where every other header is a lead, never as recommendations named by dates.

Such grids often tint a cell holding one record by its status and leave a cell of several
untinted, so a status word printed only in shared cells stands on no tint. Where the plan's key
lists the status words in the scale's order ('Cover: On track; Stretched; Uncovered; Done'),
that word's place among words of known colour gives it one (between green and red: amber),
said as inferred (status_scale_inferred); otherwise it is said unread (plan_status_unread).

The records' field labels are the plan's own words: a label the vocabulary does not know
('Presenter: ...') is still a field where it opens a line in MIN_RECORDS cells or more (the
grid's records share their labels); what such a field holds gives its role (people or posts:
the owner; a few short values repeated: the status, read or said as any status column's;
sentences: the note on progress). Without this the fields were read as the action's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import Element, PlanTable, header_role
from plantrace.extractors.plan_prose import ACTION_REF, made_cell
from plantrace.extractors.record_tables import record_table
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Line, Table
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import (
    is_status_state,
    normalise_rag,
    tint_rags,
    words_follow_tints,
)
from plantrace.pipeline.normalise.text_keys import text_key

MIN_LEADS = 2  # lead columns (people or posts naming no field) a grid has, at the least
MIN_RECORDS = 2  # records with a labelled field a grid's cells hold, at the least
_LABEL_WORDS = 4  # a field's label is short: 'Complete by', 'RAG'
_LEAD_TYPES = (CellType.person, CellType.body)  # a lead is a person, a post or a team
# the roles a field line may give an action; any other ('Latest' names a KPI's column) is left
# to what the field holds
_FIELD_ROLES = frozenset({"due", "rag", "progress", "governance", "owner", "milestones"})
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][^:]{0,40}?)\s*:\s*(?P<value>.*)$")
_EMPTY = re.compile(r"^\s*(?:n/?a|-+|–|—|none|nil)?\s*$", re.I)
_LETTER = re.compile(r"[A-Za-z]")
# a header naming one recommendation by its number: 'Recommendation 2', 'Rec. 3', 'R4'
# (its text may follow in the same cell: 'Recommendation 2: Improve ...')
_REC_HEAD = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z .]{0,30}?)\s*(?P<num>\d{1,2})(?:\s*[:.)-]?(?:\s+\S.*)?)?$"
)
_REC_ROLES = ("rec", "recommendation_text")
_REF_PARTS = re.compile(r"\d+|[a-z]+")
_SPAN_SLACK = 1.0  # points: a cell above reaching this far past a row's top spans into it
EVIDENCE = "a grid of recommendations by leads: each cell lists its lead's actions as records"
PERIOD_EVIDENCE = (
    "a grid of recommendations by periods: each cell lists the actions due in its period"
)
DATED_ROWS_EVIDENCE = (
    "a grid of dates by recommendations: each cell lists the actions due at its row's date"
)
DUE_LABEL = "Due (the row's date)"
_DATED_KIND = "dates by recommendations (or in a row with no date)"
_LED_KIND = "dates by leads (or in a row with no date)"
# a key's status scale in order, and the fill a word placed on it is given (a cell's tint)
_SCALE = ("green", "amber", "red")
_SCALE_RANKS = {c: i for i, c in enumerate(_SCALE)}
_SCALE_FILLS = {"green": "#00b050", "amber": "#ffc000", "red": "#ff0000"}
_KEY_GAP = re.compile(r"\s*[;,|/·•]\s*|\s+")  # between two words of a key's list
_SCALE_STEPS = 6  # a status scale has a few steps: 'Tight', 'Will slip', 'Ready for board'
_SCALE_WORDS = 4
_PERIOD_WORDS = 6  # a period header is short: 'Q2 2025/26 Jul-Sep 2025'
# a status code in brackets closing a field line ('By: 21 Dec   [OK]'): the action's status
_TAG = re.compile(r"\s*\[(?P<code>[^\[\]]{1,12})\]\s*$")
TAG_LABEL = "Status (bracketed code)"
# a ref whose parts a hyphen joins ('1-3  Reduce ...'), opening a record in a grid's cell: a
# record needs its labelled lines too, so a range opening a sentence ('1-3 months') is no record
_HYPHEN_REF = re.compile(r"^\s*(?P<ref>[A-Z]{0,2}\d{1,2}-\d{1,2}[a-z]?)[.)]?\s+(?=[A-Za-z])")


def record_ref(text: str) -> re.Match[str] | None:
    """The ref opening a record's first line ('2.1', '1-3'), else None."""
    return ACTION_REF.match(text) or _HYPHEN_REF.match(text)


_FIXED = ["recommendation_text", "ref", "action", "owner"]
_FIXED_LABELS = ["Recommendation", "Ref", "Action", "Lead"]


@dataclass(slots=True)
class CellRecord:
    """One action of a cell: its ref and text lines, its labelled fields, its lead's cell (None
    where the owner is a field of its own, 'Lead: ...')."""

    ref: str
    rec: Cell | None
    lead: Cell | None
    text: list[Line] = field(default_factory=list)
    fields: list[tuple[str, list[Line]]] = field(default_factory=list)  # (label, lines)
    # the period column the record stands in (its end), in a grid of recommendations by
    # periods: the year of a due date printed with none ('21 Dec')
    period: date | None = None
    tag: str | None = None  # a bracketed status code closing one of its field lines
    # the date of the row the record stands in, in a grid of dates by recommendations: its due
    due: Cell | None = None
    fill: str | None = None  # its cell's fill, where the cell holds this record alone
    alone: bool = False  # the cell holds this record alone

    def value(self, label: str) -> tuple[str, list[Line]] | None:
        for lb, lines in self.fields:
            if lb == label:
                return _joined(lines, first=_FIELD.match(lines[0].text)), lines
        return None


def adopt_lead_grids(elements: list[Element]) -> tuple[list[Element], list[ExtractionWarning]]:
    """Elements with each grid of recommendations by leads read as one action table; the
    warnings for the grid cells whose text was read as no action."""
    out: list[Element] = []
    said: list[ExtractionWarning] = []
    keys = [el.text for el in elements if el.table is None and el.raw is None]
    for el in elements:
        made = _read_grid(el, said, keys)
        out.append(made if made is not None else el)
    return out, said


def _pieces(el: Element) -> list[Table]:
    if el.raw is not None:
        return [el.raw]
    return list(el.table.pieces) if el.table is not None else []


def _texts(row: Sequence[Cell | None]) -> list[str]:
    return [" ".join(c.text.split()) if c is not None else "" for c in row]


def _lead_columns(header: Sequence[Cell | None], others: bool = False) -> list[int]:
    """The columns after the first whose header is a person, a post or a team: empty where
    fewer than MIN_LEADS of them name no field, or (unless others) where another header
    names anything else."""
    texts = _texts(header)
    leads = [j for j in range(1, len(texts)) if texts[j] and cell_type(texts[j]) in _LEAD_TYPES]
    named = [j for j in range(1, len(texts)) if texts[j] and j not in leads]
    if (named and not others) or sum(header_role(texts[j]) is None for j in leads) < MIN_LEADS:
        return []
    return leads


def _dated_first_column(pieces: Sequence[Table]) -> bool:
    """Whether the grid's rows are dates: most filled first cells under the header (at least
    MIN_RECORDS) are dates the one date normaliser reads ('2027 March'), so each row is a
    month or a meeting, never a recommendation."""
    head = _texts(pieces[0].rows[0])
    firsts = [t[0] for p in pieces for r in p.rows if (t := _texts(r))[: len(head)] != head
              and t and t[0]]  # fmt: skip
    dated = sum(1 for t in firsts if parse_due(t) is not None)
    return dated >= MIN_RECORDS and 2 * dated > len(firsts)


def _period_columns(header: Sequence[Cell | None]) -> dict[int, date]:
    """The columns after the first whose headers are periods ('Jul-Sep 2025', 'Q2 2025/26'),
    each later than the one before, with each period's end: empty where fewer than MIN_LEADS,
    or where another header after the first names anything else."""
    texts = _texts(header)
    out: dict[int, date] = {}
    for j in range(1, len(texts)):
        if not texts[j]:
            continue
        when = parse_due(texts[j]) if len(texts[j].split()) <= _PERIOD_WORDS else None
        if when is None or (out and when <= max(out.values())):
            return {}
        out[j] = when
    return out if len(out) >= MIN_LEADS else {}


def _read_grid(
    el: Element, said: list[ExtractionWarning], keys: Sequence[str] = ()
) -> Element | None:
    pieces = [p for p in _pieces(el) if p.rows]
    if not pieces:
        return None
    header = pieces[0].rows[0]
    periods = _period_columns(header)
    leads = _lead_columns(header) or sorted(periods)
    if not leads or _dated_first_column(pieces):
        return _read_dated_rows(el, pieces, said, keys)
    head_texts = _texts(header)
    records: list[CellRecord] = []
    unread: list[str] = []
    rec: Cell | None = None
    rows = [r for p in pieces for r in p.rows if _texts(r)[: len(head_texts)] != head_texts]
    known = shared_labels([c for r in rows for j in leads if j < len(r) and (c := r[j])])
    for row in _sheet_rows(rows):  # the header row, printed again atop each page, left out
        first = row[0] if row else None
        if first is not None and first.text.strip():
            rec = first
        found_in_row: list[CellRecord] = []
        for j in leads:
            cell = row[j] if j < len(row) else None
            lead = header[j]
            if cell is None or lead is None or _EMPTY.match(cell.text):
                continue
            if not _LETTER.search(cell.text):
                continue  # a count of the lead's actions ('Number of actions' under the grid)
            found = cell_records(cell, rec, None if periods else lead, known)
            for r in found:
                r.period = periods.get(j)
            if found:
                found_in_row += found
            else:
                unread.append(" ".join(cell.text.split())[:40])
        records += _in_ref_order(found_in_row)
    if sum(1 for r in records if r.fields) < MIN_RECORDS:
        return None
    if unread:
        said.append(_unread_said(unread, el.page))
    return records_table(records, el, PERIOD_EVIDENCE if periods else EVIDENCE, said, keys)


def _rec_columns(header: Sequence[Cell | None]) -> list[int]:
    """The columns after the first whose headers each name a recommendation by its number
    ('Recommendation 2', 'Rec 3'), each number once: empty where fewer than MIN_LEADS."""
    out: list[int] = []
    numbers: set[str] = set()
    for j, text in enumerate(_texts(header)):
        m = _REC_HEAD.match(text)
        if j == 0 or m is None or header_role(m.group("label")) not in _REC_ROLES:
            continue
        if m.group("num") in numbers:
            return []
        numbers.add(m.group("num"))
        out.append(j)
    return out if len(out) >= MIN_LEADS else []


def _read_dated_rows(
    el: Element, pieces: Sequence[Table], said: list[ExtractionWarning], keys: Sequence[str] = ()
) -> Element | None:
    """A grid of dates (the rows, each row's first cell its date) by recommendations (the
    columns): each cell's records due at its row's date, answering its column's
    recommendation. A row under the header whose first cell is empty, before the first dated
    row, holds the recommendations' texts (the same row printed again atop a later page is
    left out). None where the header names too few recommendations or the cells hold too few
    records."""
    header = pieces[0].rows[0]
    head_texts = _texts(header)
    rows = [r for p in pieces for r in p.rows if _texts(r)[: len(head_texts)] != head_texts]
    cols = _rec_columns(header)
    led = not cols and _dated_first_column(pieces)
    if led:  # a rota: a column per lead, the records of its cells theirs
        cols = [j for j in _lead_columns(header, others=True)
                if any(_ref_cell(r[j]) for r in rows if j < len(r))]  # fmt: skip
        if sum(header_role(head_texts[j]) is None for j in cols) < MIN_LEADS:
            return None
    if not cols:
        return None
    known = shared_labels([c for r in rows for j in cols if j < len(r) and (c := r[j])])
    texts: dict[int, Cell] = {}  # a recommendation's text, under its header
    records: list[CellRecord] = []
    unread: list[str] = []
    when: Cell | None = None
    for row in _sheet_rows(rows):
        first = row[0] if row else None
        first_text = " ".join(first.text.split()) if first is not None else ""
        cells = {j: c for j in cols if j < len(row) and (c := row[j]) is not None
                 and not _EMPTY.match(c.text)}  # fmt: skip
        if first_text:
            when = first if parse_due(first_text) is not None else None
        elif when is None and not records and not led:
            for j, c in cells.items():
                texts.setdefault(j, c)
            continue
        if all(texts.get(j) is not None and _texts([c]) == _texts([texts[j]])
               for j, c in cells.items()):  # fmt: skip
            continue  # nothing, or the recommendations' texts printed again atop a page
        found_in_row: list[CellRecord] = []
        for j, cell in cells.items():
            if not _LETTER.search(cell.text):
                continue
            if led:
                found = cell_records(cell, None, header[j], known)
            else:
                found = cell_records(cell, _joined_cells(header[j], texts.get(j)), None, known)
            if when is None or not found:
                unread.append(" ".join(cell.text.split())[:40])
                continue
            for r in found:
                r.due = when
            found_in_row += found
        records += _in_ref_order(found_in_row)
    if sum(1 for r in records if r.fields) < MIN_RECORDS:
        return None
    if unread:
        said.append(_unread_said(unread, el.page, _LED_KIND if led else _DATED_KIND))
    return records_table(records, el, DATED_ROWS_EVIDENCE, said, keys)


def _ref_cell(cell: Cell | None) -> bool:
    """Whether a cell's first line opens with an action's ref: a column of such cells holds
    records; one of names or notes (who is on call that month) holds none."""
    if cell is None:
        return False
    lines = sorted((ln for ln in cell.lines if ln.text.strip()), key=lambda ln: ln.top)
    return bool(lines) and record_ref(lines[0].text) is not None


def shared_labels(cells: Sequence[Cell]) -> frozenset[str]:
    """The field labels a grid's records share though the vocabulary does not know them: a
    short label opening a line 'label: value' after a cell's first line, in MIN_RECORDS
    cells or more ('Presenter: ...')."""
    seen: dict[str, int] = {}
    for cell in cells:
        labels: set[str] = set()
        for ln in sorted((ln for ln in cell.lines if ln.text.strip()), key=lambda ln: ln.top)[1:]:
            m = _FIELD.match(ln.text)
            if m is None or record_ref(ln.text) is not None or not m.group("value").strip():
                continue
            label = " ".join(m.group("label").split())
            if len(label.split()) <= _LABEL_WORDS and header_role(label) is None:
                labels.add(label)
        for label in labels:
            seen[label] = seen.get(label, 0) + 1
    return frozenset(lb for lb, n in seen.items() if n >= MIN_RECORDS)


def _sheet_rows(rows: Sequence[Sequence[Cell | None]]) -> list[list[Cell | None]]:
    """The grid's rows as the sheet has them: a printed row the table finder cut in two (a
    column's cell above spans down past this row's top, and this row has no cell of its own
    there) joins the row above, each column's lines together."""
    out: list[list[Cell | None]] = []
    for row in rows:
        cells = [c for c in row if c is not None]
        top = min((c.bbox[1] for c in cells), default=0.0)
        prev = out[-1] if out else None
        spanned = prev is not None and any(
            c is None and j < len(prev) and (above := prev[j]) is not None
            and above.bbox[3] > top + _SPAN_SLACK
            for j, c in enumerate(row)
        )  # fmt: skip
        if prev is None or not spanned or not cells:
            out.append(list(row))
            continue
        for j, c in enumerate(row):
            if c is None:
                continue
            if j >= len(prev):
                prev.extend([None] * (j + 1 - len(prev)))
            prev[j] = c if prev[j] is None else _joined_cells(prev[j], c)
    return out


def _joined_cells(a: Cell | None, b: Cell | None) -> Cell | None:
    if a is None or b is None:
        return b if a is None else a
    box = (min(a.bbox[0], b.bbox[0]), min(a.bbox[1], b.bbox[1]),
           max(a.bbox[2], b.bbox[2]), max(a.bbox[3], b.bbox[3]))  # fmt: skip
    return Cell(f"{a.text}\n{b.text}", box, lines=[*a.lines, *b.lines])


def _ref_order(ref: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _REF_PARTS.findall(ref.lower()))


def _in_ref_order(records: list[CellRecord]) -> list[CellRecord]:
    """A row's actions in their refs' order: the grid sets them out by lead, left to right,
    and the plan's own order is its numbering. Left as read where two share a ref."""
    refs = [r.ref for r in records]
    if len(set(refs)) < len(refs):
        return records
    return sorted(records, key=lambda r: _ref_order(r.ref))


def cell_records(
    cell: Cell, rec: Cell | None, lead: Cell | None, known: frozenset[str] = frozenset()
) -> list[CellRecord]:
    """The cell's lines split into records: a line opening with a ref opens one where it is the
    cell's first or follows a field (a wrapped line of text may open with a number); a line
    'label: value' whose label names a field (or is one of known, the labels the grid's
    records share: shared_labels) opens a field; any other line carries on the action's text
    or the field above it. Nothing where the cell's first line is no ref."""
    lines = sorted((ln for ln in cell.lines if ln.text.strip()), key=lambda ln: ln.top)
    out: list[CellRecord] = []
    current: CellRecord | None = None
    for ln in lines:
        m = record_ref(ln.text)
        if m is not None and (current is None or current.fields):
            current = CellRecord(m.group("ref"), rec, lead, [ln])
            out.append(current)
            continue
        if current is None:
            return []
        label = _label(ln.text, known)
        if label is not None:
            ln = _untagged(ln, current)
            current.fields.append((label, [ln]))
        elif current.fields:
            current.fields[-1][1].append(ln)
        else:
            current.text.append(ln)
    if len(out) == 1:
        out[0].fill, out[0].alone = cell.fill, True
    return out


def _untagged(ln: Line, record: CellRecord) -> Line:
    """A field line with a bracketed code closing it ('By: 21 Dec   [OK]') given back without
    it, the code kept as the record's status tag (read through the plan's printed key)."""
    m = _TAG.search(ln.text)
    if m is None or record.tag is not None or not m.group("code").strip():
        return ln
    record.tag = m.group("code").strip()
    return Line(ln.text[: m.start()].rstrip(), ln.bbox, ln.font_size, ln.bold, ln.page, ln.index)


def _label(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """The label a field line opens with, where the header vocabulary knows it as a field or
    it is one of known (the labels a grid's records share)."""
    m = _FIELD.match(text)
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return None
    label = " ".join(m.group("label").split())
    return label if label in known or header_role(label) is not None else None


def _joined(lines: Sequence[Line], first: re.Match[str] | None) -> str:
    head = first.group("value") if first is not None else lines[0].text
    return join_text([head, *(ln.text for ln in lines[1:])])


def records_table(
    records: Sequence[CellRecord],
    el: Element,
    evidence: str = EVIDENCE,
    said: list[ExtractionWarning] | None = None,
    keys: Sequence[str] = (),
) -> Element | None:
    """The records as one action table: the recommendation, ref, text and (where the records
    have one) the lead's column, then a column per field label, its role from the label and
    what the field holds. said: where given, gets the warning for status words read by no
    tint (_tinted_words). keys: the plan's paragraphs, where a key may list the status words
    in the scale's order (_key_place)."""
    led = any(r.lead is not None for r in records)
    dated = any(r.due is not None for r in records)
    fixed = _FIXED if led else _FIXED[:-1]
    fixed_labels = _FIXED_LABELS if led else _FIXED_LABELS[:-1]
    if dated:  # the row's date: the due, where no record prints one of its own
        fixed, fixed_labels = [*fixed, "due"], [*fixed_labels, DUE_LABEL]
    labels: list[str] = []
    for r in records:
        for lb, _ in r.fields:
            if lb not in labels:
                labels.append(lb)
    roles: list[str | None] = [*fixed]
    for lb in labels:
        role = header_role(lb)
        roles.append(role if role in _FIELD_ROLES and not (dated and role == "due") else None)
    if any(r.period for r in records) and "due" not in roles:
        # 'Target: 21 Dec' in a period's cell: its due, no measure's goal
        roles = [
            "due" if k >= len(fixed) and _due_label(labels[k - len(fixed)]) else role
            for k, role in enumerate(roles)
        ]
    tagged = any(r.tag for r in records)
    if tagged:
        roles.append(None if "rag" in roles else "rag")
    cells: list[list[Cell | None]] = []
    texts: list[list[str]] = []
    for r in records:
        first = r.text[0]
        m = record_ref(first.text)
        action = join_text([first.text[m.end() :] if m else first.text,
                            *(ln.text for ln in r.text[1:])])  # fmt: skip
        lead = " ".join(r.lead.text.split()) if r.lead is not None else ""
        row_cells: list[Cell | None] = [r.rec, made_cell(r.ref, [first]), made_cell(action, r.text)]
        row_texts = [" ".join(r.rec.text.split()) if r.rec else "", r.ref, action]
        if led:
            row_cells.append(r.lead)
            row_texts.append(lead)
        if dated:
            row_cells.append(r.due)
            row_texts.append(" ".join(r.due.text.split()) if r.due is not None else "")
        for lb in labels:
            got = r.value(lb)
            if got is not None and r.period is not None and _due_label(lb):
                got = (dated_in_period(got[0], r.period), got[1])
            row_cells.append(made_cell(got[0], got[1]) if got is not None else None)
            row_texts.append(got[0] if got is not None else "")
        if tagged:
            tag = f"[{r.tag}]" if r.tag else ""
            row_cells.append(made_cell(tag, r.text[-1:]) if r.tag else None)
            row_texts.append(tag)
        cells.append(row_cells)
        texts.append(row_texts)
    _by_content(roles, texts, len(fixed))
    if "rag" in roles:
        placed: dict[str, int] = {}
        untinted = _tinted_words(cells, texts, records, roles.index("rag"), keys, placed)
        if untinted and said is not None:
            said.append(_untinted_said(untinted, el.page))
        if placed and said is not None:
            said.append(_placed_said(placed, el.page))
    page = records[0].text[0].page
    top = el.top
    table = record_table(
        texts,
        lambda i, j: cells[i][j],
        roles,
        [*fixed_labels, *labels, *([TAG_LABEL] if tagged else [])],
        evidence,
        page,
        top,
    )
    if table is None:
        return None
    for row, r in zip(table.rows, records, strict=True):
        row.page = r.text[0].page
    table.pieces = []
    return Element(el.page, el.top, table=table)


def _due_label(label: str) -> bool:
    """A field label naming when the action is due ('By', 'Deadline'; 'Target', which heads
    a measure's goal in a KPI table, is a due date's label in an action's record)."""
    return header_role(label) in ("due", "target")


def dated_in_period(text: str, period_end: date) -> str:
    """A due date printed with no year ('21 Dec', 'end Dec') given the year of the period it
    is due in (the column it stands in, which ends period_end): the first such date on or after
    the day a year before the period ends, read by the one date normaliser. Text that names
    its own year, or no day or month, is left as printed."""
    if parse_due(text) is not None:
        return text  # a full date, or a period of its own
    start = period_end - timedelta(days=364)
    when = parse_due(text, after=start)
    if when is None:
        return text
    return f"{text} {when.year}"


def printed_dues(actions: list[Action], tables: Sequence[PlanTable | None]) -> list[Action]:
    """The due date's raw text as printed ('21 Dec') for the actions read from a grid by period
    columns: the due date was read with the column's year (dated_in_period), the raw text keeps
    what the cell says: the year taken off again where the text before it names none and, read
    in the year before the due date, gives that date. tables: each action's table (None where
    not known). A date printed with its year in such a grid loses it here: due_date keeps it."""
    out: list[Action] = []
    for a, t in zip(actions, tables, strict=True):
        if t is not None and a.due_raw and a.due_date is not None and _by_periods(t):
            m = re.match(rf"^(.*\S)\s+{a.due_date.year}$", a.due_raw)
            if m is not None and parse_due(m.group(1)) is None:
                after = a.due_date - timedelta(days=364)
                if parse_due(m.group(1), after=after) == a.due_date:
                    a = a.model_copy(update={"due_raw": m.group(1)})
        out.append(a)
    return out


def _by_periods(table: PlanTable) -> bool:
    """Whether the table was read from a grid of recommendations by period columns."""
    reading = table.reading
    return reading is not None and any(PERIOD_EVIDENCE in c.evidence for c in reading.columns)


def _by_content(roles: list[str | None], texts: Sequence[Sequence[str]], fixed: int) -> None:
    """The fields' roles where what they hold says more than their labels: a field whose
    values are mostly status words is the status ('Position: Going well', though 'position'
    may head a note); then a field the vocabulary gives no action role ('Latest' heads a
    measure's value) whose values are mostly sentences is the note on progress, where no other
    field is. A field no label names (its label the plan's own word: shared_labels) whose
    values are mostly people or posts is the owner, where no other field is; one whose values
    are a few short values repeated (no figures, no dates) is the status, where no other field
    is: its words are read as any status column's, and said where no vocabulary knows them."""
    kinds: dict[int, list[CellType]] = {}
    for k in range(fixed, len(roles)):
        kinds[k] = [cell_type(t[k]) for t in texts if t[k]]
    for k, found in kinds.items():
        if found and 2 * found.count(CellType.rag) > len(found) and "rag" not in roles:
            roles[k] = "rag"
    for k, found in kinds.items():
        people = 2 * found.count(CellType.person) > len(found)
        if roles[k] is None and "owner" not in roles and found and people:
            roles[k] = "owner"
    for k in kinds:
        if roles[k] is None and "rag" not in roles and _scale_values([t[k] for t in texts]):
            roles[k] = "rag"
    for k, found in kinds.items():
        if "progress" in roles:
            return
        if roles[k] is None and found and 2 * found.count(CellType.prose) > len(found):
            roles[k] = "progress"


def _tinted_words(
    cells: list[list[Cell | None]], texts: Sequence[Sequence[str]],
    records: Sequence[CellRecord], k: int, keys: Sequence[str] = (),
    placed: dict[str, int] | None = None,
) -> dict[str, int]:  # fmt: skip
    """The status field's cells given the tint their word stands on: a grid may tint a cell
    holding one record by its status and leave a cell of several untinted. Where every word
    stands on one tint wherever it is tinted so (rag.words_follow_tints over the records alone
    in their cells), each record's status cell carries its word's tint, so a word no
    vocabulary reads is read by its colour as any tinted status cell's (plan_actions.cell_rag);
    a word never tinted so is left as printed. Returns the words (with how many records print
    each) that no vocabulary reads, no state, that never stand alone in a cell: their records
    are left unrated, and the plan's status column reads as tinted, so nothing else says so.

    Such a word takes a colour from a key printing the status words as a list in the scale's
    order ('On shift; Short-staffed; Uncovered; Shift done'), where its place between words of
    known colour fixes it (_key_place); the cell is given that colour's fill and placed counts
    the words so read (with how many records print each), said as inferred."""
    alone = [(texts[i][k], r.fill) for i, r in enumerate(records) if r.fill and texts[i][k]]
    if not alone or not words_follow_tints([t for t, _ in alone], [f for _, f in alone]):
        return {}
    tint = {text_key(t): f for t, f in alone}
    lone = {text_key(texts[i][k]) for i, r in enumerate(records)
            if r.fill is not None or r.alone}  # fmt: skip
    untinted: dict[str, int] = {}
    for i, row in enumerate(cells):
        c = row[k]
        word = " ".join(texts[i][k].split())
        fill = tint.get(word.lower())
        if c is not None and fill is not None and c.fill is None:
            row[k] = Cell(c.text, c.bbox, c.lines, fill)
        elif (
            word
            and word.lower() not in lone
            and normalise_rag(word) is None
            and not is_status_state(word)
        ):
            colour = _key_place(word, keys, tint, [t[k] for t in texts])
            if c is not None and colour is not None and placed is not None:
                row[k] = Cell(c.text, c.bbox, c.lines, _SCALE_FILLS[colour])
                placed[word] = placed.get(word, 0) + 1
                continue
            untinted[word] = untinted.get(word, 0) + 1
    return untinted


def _key_place(
    word: str, keys: Sequence[str], tint: Mapping[str, str], values: Sequence[str]
) -> str | None:
    """The colour a key's order gives a status word no tint or vocabulary reads: a paragraph
    listing the field's words (no other text between two of them but separators) in the
    scale's order, green, amber, red one way or the other, the word's place among words of
    known colour (a tint it stands on alone, or the vocabulary's) fixing it: between green and
    red it is amber; next to amber, on the side away from red, it is green (away from green,
    red). None where no key lists it so, or its place fixes nothing."""
    words = {" ".join(v.split()) for v in values if v.strip()}
    tints = dict(zip(tint, tint_rags(list(tint.values())), strict=True))  # pale tints too

    def rank(w: str) -> int | None:
        colour = tints.get(w.lower()) or normalise_rag(w)
        return _SCALE_RANKS.get(colour) if colour else None

    for text in keys:
        low = text_key(text)
        found = sorted((low.find(w.lower()), w) for w in words if w.lower() in low)
        listed = [w for _, w in found]
        if word not in listed or len(listed) < 3:
            continue
        gaps = [low[a + len(u) : b] for (a, u), (b, _) in zip(found, found[1:], strict=False)]
        if not all(_KEY_GAP.fullmatch(g) for g in gaps):
            continue
        ranks = [rank(w) for w in listed]
        p = listed.index(word)
        near = [ranks[q] if 0 <= q < len(ranks) else None for q in (p - 2, p - 1, p + 1, p + 2)]
        if near[1] is not None and near[2] is not None and abs(near[1] - near[2]) == 2:
            return _SCALE[1]
        for r1, r2 in ((near[1], near[0]), (near[2], near[3])):
            if r1 is not None and r2 is not None and abs(r2 - r1) == 1:
                r = r1 - (r2 - r1)
                if 0 <= r < len(_SCALE):
                    return _SCALE[r]
    return None


def _placed_said(words: dict[str, int], page: int) -> ExtractionWarning:
    n = sum(words.values())
    quoted = ", ".join(f"'{w}' ({k})" for w, k in list(words.items())[:3])
    return ExtractionWarning(
        code="status_scale_inferred",
        message=(
            f"{n} action{'’s status was' if n == 1 else 's’ statuses were'} given a colour the "
            f"plan does not print: these words ({quoted}) stand alone in no tinted cell and no "
            "vocabulary reads them; each took its place in the printed key's order of the "
            "status words (green, amber, red) among words of known colour"
        ),
        page=page,
    )


def _untinted_said(words: dict[str, int], page: int) -> ExtractionWarning:
    n = sum(words.values())
    quoted = ", ".join(f"'{w}' ({k})" for w, k in list(words.items())[:3])
    return ExtractionWarning(
        code="plan_status_unread",
        message=(
            f"{n} action{'’s status was' if n == 1 else 's’ statuses were'} left without a "
            "colour: the grid "
            "gives a status its colour by the tint of a cell holding that record alone, and "
            f"these words ({quoted}) stand alone in no cell and no vocabulary reads them"
        ),
        page=page,
    )


def _scale_values(values: Sequence[str]) -> bool:
    """Whether a field's values are a scale's steps: short (at most _SCALE_WORDS words, no
    figure), at most _SCALE_STEPS distinct, and fewer distinct than filled (one repeats)."""
    filled = [text_key(v) for v in values if v.strip()]
    steps = set(filled)
    return (
        len(filled) >= MIN_RECORDS
        and len(steps) <= _SCALE_STEPS
        and len(steps) < len(filled)
        and all(len(v.split()) <= _SCALE_WORDS and not any(ch.isdigit() for ch in v)
                for v in steps)
    )  # fmt: skip


def _unread_said(
    cells: Sequence[str], page: int, kind: str = "recommendations by leads"
) -> ExtractionWarning:
    return ExtractionWarning(
        code="lead_grid_cells_unread",
        message=(
            f"{len(cells)} cell{'' if len(cells) == 1 else 's'} of a grid of {kind} hold text "
            f"that opens with no action's ref ({'; '.join(cells[:3])}): not read as actions; "
            "check the print"
        ),
        page=page,
    )
