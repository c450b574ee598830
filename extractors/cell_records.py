"""A grid whose cells are containers of records: several action paragraphs in each cell.

A prioritisation matrix (impact against effort: 'Quick wins' | 'Major projects' over
'Fill-ins' | 'Hard slog'), a SWOT-like board or any grid of themes deals a plan's actions over
a few ruled cells, each cell holding SEVERAL records: '2.1 [R2] <text>', then a line of fields
parted by separators ('Owner: X · Due: end of March 2027 · Status: Amber · impact 4, effort 2')
and an update ('Note: ...'). No header names a column (the cells' titles name a place on the
grid, not a field), so the table reader keeps the grid raw and nothing is read.

The evidence is the cells' shape, not the words of one grid: a cell's lines that open with an
outline ref ('2.1') each open a record, whose lines run to the next such line; lines of the
cell before its first record are the cell's title (the quadrant's name), neither an action nor
a section. A record's fields are read as the map-of-topics reader reads a topic's (topic_map:
'Label: value' parts at separators, labels by the header vocabulary); a part with no label (a
pair of scores 'impact 4, effort 2') is set aside as no field. A bracketed code after the ref
('[R2]') is the record's printed link to the recommendation a key numbers '[R2] <text>'; such a
key, wherever it is printed (often after the grid, on a later page), is read as the plan's
recommendations. Records are read cell by cell, left to right then top to bottom, then put in
the order of their refs where every record has a distinct outline ref: the cells group the
actions by something other than the plan's order (a priority, a theme).

Only where no action table was read and MIN_RECORDS records of at least two cells name an
owner or a status. Never silent (`unread_record_cells`): a record of such a grid with no field
line read (its owner, date and status lost to a print no separator parts), and a cell holding
lines beyond its title that open no record (its actions not read), are said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.extractors.record_tables import fields_table
from plantrace.extractors.topic_map import _opens, lines_box, record_fields
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, Word

MIN_RECORDS = 2  # records naming an owner or a status before a grid is read so
MIN_CELLS = 2  # cells holding records: one cell of records is a card, not a grid of them
_FIELD_ROLES = ("owner", "due", "rag", "progress")
ROLES: list[str | None] = ["rec", "action", "ref", *_FIELD_ROLES]
LABELS = ["Record tag", "Record text", "Record ref", "Record owner", "Record due",
          "Record status", "Record note"]  # fmt: skip
EVIDENCE = "grid of record cells: cells each holding several ref-opened records of fields"
_TAG = re.compile(r"^\[(?P<tag>[A-Za-z]{0,5}\.?\s?(?P<num>\d{1,2}))\]$")
_KEY_ENTRY = re.compile(r"^\s*\[(?P<tag>[A-Za-z]{0,5}\.?\s?(?P<num>\d{1,2}))\]\s+(?P<text>\S.*)$")

_REF_PARTS = re.compile(r"^\d{1,3}(?:\.\d{1,3})+$")

Field = tuple[str, list[Word]]


def _record(group: Sequence[Line]) -> tuple[list[Field], tuple[float, float, float, float]]:
    """A record's (tag, text, ref, owner, due, status, note) from its lines, and its box."""
    words = list(group[0].words)
    ref: Field = (words[0].text.rstrip("."), words[:1])
    rest = words[1:]
    tag: Field = ("", [])
    if rest and (m := _TAG.match(rest[0].text)) is not None:
        tag = (m.group("tag"), rest[:1])
        rest = rest[1:]
    title = list(rest)
    fields = record_fields(group[1:], title)
    text: Field = (" ".join(w.text for w in title), title)
    return [tag, text, ref, *(fields.get(r, ("", [])) for r in _FIELD_ROLES)], lines_box(group)


def _cell_records(
    lines: Sequence[Line],
) -> list[tuple[list[Field], tuple[float, float, float, float]]]:
    """The records in one cell: from each line opening with an outline ref to the next; the
    lines before the first are the cell's title."""
    ordered = sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    starts = [i for i, ln in enumerate(ordered) if ln.words and _opens(ln)]
    out: list[tuple[list[Field], tuple[float, float, float, float]]] = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(ordered)
        out.append(_record(ordered[i:end]))
    return out


def _named(row: Sequence[Field]) -> bool:
    """Whether a record names an owner or a status (a record of fields, not a numbered note)."""
    return bool(row[3][0] or row[5][0])


def _key_lines(el: Element, tags: set[str]) -> list[Line] | None:
    """A key's entries '[R2] <text>' (wrapped lines joined) as heading lines the
    recommendation reader knows; None where the paragraph is not such a key."""
    entries: list[tuple[Line, str, str]] = []
    for ln in el.lines:
        m = _KEY_ENTRY.match(ln.text)
        if m is not None and m.group("tag").replace(" ", "") in tags:
            entries.append((ln, m.group("num"), m.group("text").strip()))
        elif entries:
            first, num, text = entries[-1]
            entries[-1] = (first, num, f"{text} {ln.text.strip()}")
        else:
            return None
    if not entries:
        return None
    out = []
    for first, num, text in entries:
        line = Line(f"Recommendation {num}: {text}", first.bbox, first.font_size, first.bold,
                    first.page, first.index)  # fmt: skip
        line.words = []
        out.append(line)
    return out


def _grid_records(
    el: Element,
) -> tuple[list[tuple[list[Field], tuple[float, float, float, float]]], list[str]]:
    """A raw grid's records, cell by cell, and the cells (their first words) holding lines
    beyond their title that open no record; ([], []) where the grid is no grid of record cells
    (records in fewer than MIN_CELLS cells, or fewer than MIN_RECORDS naming an owner or a
    status)."""
    records: list[tuple[list[Field], tuple[float, float, float, float]]] = []
    bare: list[str] = []
    cells = 0
    for row in el.raw.rows if el.raw is not None else []:
        for cell in row:
            if cell is None:
                continue
            held = _cell_records(cell.lines)
            cells += bool(held)
            records += held
            if not held and len([ln for ln in cell.lines if ln.text.strip()]) > 1:
                bare.append(" ".join(cell.lines[0].text.split()[:4]))
    named = [r for r in records if _named(r[0])]
    if cells < MIN_CELLS or len(named) < MIN_RECORDS:
        return [], []
    return records, bare


def unread_record_cells(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """Warnings for what a grid of record cells leaves unread: records with no field line read
    (no owner, date, status or note: the fields are printed in a way not parted), and cells
    with lines beyond their title that open no record (their actions not read). Asked of the
    elements before `adopt_cell_records`, under the same conditions."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return []
    said: list[ExtractionWarning] = []
    for el in elements:
        if el.raw is None:
            continue
        records, bare = _grid_records(el)
        fieldless = [r[2][0] for r, _ in records if not any(f[0] for f in r[3:])]
        if fieldless:
            said.append(ExtractionWarning(
                code="cell_records_unread",
                message=(
                    f"{len(fieldless)} of {len(records)} records of a grid of record cells have "
                    f"no field read ({', '.join(fieldless[:5])}): no owner, due date or status "
                    "was read for them; check how the print gives their fields"
                ),
                page=el.page,
            ))  # fmt: skip
        if bare:
            said.append(ExtractionWarning(
                code="cell_records_unread",
                message=(
                    f"{len(bare)} cell{'' if len(bare) == 1 else 's'} of a grid of record cells "
                    f"hold lines beyond a title but open no record with a ref "
                    f"({'; '.join(repr(b) for b in bare[:3])}): their text was not read as "
                    "actions; check the print"
                ),
                page=el.page,
            ))  # fmt: skip
    return said


def adopt_cell_records(elements: list[Element]) -> list[Element]:
    """Elements with each grid of record cells read as an action table and a key of its
    records' tags read as recommendation headings; unchanged where an action table was read
    or no grid holds records enough."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return elements
    out: list[Element] = []
    tags: set[str] = set()
    for el in elements:
        if el.raw is None:
            out.append(el)
            continue
        records, _bare = _grid_records(el)
        if not records:
            out.append(el)
            continue
        refs = [r[2][0] for r, _ in records]
        if len(set(refs)) == len(refs) and all(_REF_PARTS.match(x) for x in refs):
            # the cells group the actions by something else than the plan's order (a priority,
            # a theme): the plan's own order is its refs'
            records.sort(key=lambda r: tuple(int(n) for n in r[0][2][0].split(".")))
        made = fields_table(
            [r for r, _ in records], [b for _, b in records], el.page, ROLES, LABELS, EVIDENCE
        )
        if made is None:
            out.append(el)
            continue
        tags.update(r[0][0].replace(" ", "") for r, _ in records if r[0][0])
        out.append(Element(el.page, el.top, table=made[0]))
    if not tags:
        return out
    keyed: list[Element] = []
    for el in out:
        lines = _key_lines(el, tags) if el.lines and el.table is None and el.raw is None else None
        if lines is None:
            keyed.append(el)
        else:  # one heading each, as a list of recommendations prints them
            keyed += [Element(ln.page, ln.bbox[1], lines=[ln]) for ln in lines]
    return keyed
