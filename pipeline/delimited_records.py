"""Delimited text records read as a table: a CSV export opened with the wrong delimiter.

A plan exported from a case-management system as delimited text and then opened (or printed)
without being split keeps every record as one line of quoted fields parted by `;` (or `,`, tab,
`|`): in a sheet all of it sits in one wide column, in its print a record wraps over two or three
lines. No ruling or column edge marks a cell, so no table is seen and the plan reads empty. The
fields are all there: this step finds a header record (a line of quoted names), joins each
following record's wrapped lines until its quotes close and its field count matches the
header's, parses them with the csv module, and states the result as the page's tables, so that
the column-role reading does the rest for a .xlsx read directly and for its PDF print alike.

A leading record-type column (one short upper-case code per row, a few distinct codes: the
rows of several kinds in one stream) is left out of the table: its rows still keep their other
fields, and a parent row (a number and a text, nothing else) reads as a heading row.
A second header record (after a blank line: a KPI section) starts a table of its own.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass

from plantrace.pipeline.document import (
    BBox,
    Cell,
    Line,
    Page,
    ParsedDocument,
    Table,
    Word,
    lines_bbox,
)

# the delimiters a record may be parted by, in the order they are tried
DELIMITERS = ";,\t|"
# a header record: three or more quoted names (letters, digits, _ . - and spaces) and nothing else
_NAME = r'"[A-Za-z][\w .\-/]{0,40}"'
# a record type: a short upper-case code
_TYPE = re.compile(r"[A-Z]{2,6}")
MIN_FIELDS = 3
# a parent record's number ('2', '1.3', 'R4') and the words its text has at least
_NUMBER = re.compile(r"[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?")
_PARENT_WORDS = 5


@dataclass(slots=True)
class Record:
    """One parsed record, with the lines it was printed on."""

    fields: list[str]
    lines: list[Line]


# a header record parted by each delimiter, compiled once: header_fields asks of every line
_HEADERS = [
    (d, re.compile(rf"{_NAME}(?:\s*{re.escape(d)}\s*{_NAME}){{{MIN_FIELDS - 1},}}"))
    for d in DELIMITERS
]


def header_fields(text: str) -> tuple[str, list[str]] | None:
    """(delimiter, names) when the line is a header record: quoted names parted by one
    delimiter, at least MIN_FIELDS of them; None otherwise. A line not opening with a quote
    is none (every header pattern opens with a quoted name): most lines end there."""
    s = text.strip()
    if not s.startswith('"'):
        return None
    for d, header in _HEADERS:
        if header.fullmatch(s):
            return d, [f.strip() for f in _split(s, d)]
    return None


def _split(text: str, delimiter: str) -> list[str]:
    rows = list(csv.reader([text], delimiter=delimiter, quotechar='"'))
    return rows[0] if rows else []


def _balanced(text: str) -> bool:
    """The record's quotes are closed (an even count: a doubled quote counts two)."""
    return text.count('"') % 2 == 0


def _records(lines: Sequence[Line]) -> list[tuple[list[str], Line, list[Record]]]:
    """The header records found in reading order (names, line), each with the records that
    follow it."""
    found: list[tuple[list[str], Line, list[Record]]] = []
    delim = ""
    width = 0
    pending: list[Line] = []
    for line in lines:
        text = line.text.strip()
        head = header_fields(text) if not pending else None
        if head is not None:
            delim, names = head
            width = len(names)
            found.append((names, line, []))
            continue
        if not found:
            continue
        if not pending and not text.startswith('"'):
            continue  # a comment line ('# 22 rows written'), a blank or a title between records
        pending.append(line)
        joined = " ".join(p.text.strip() for p in pending)
        if not _balanced(joined):
            if len(pending) > 4:  # a quote never closed: no record
                pending = []
            continue
        fields = _split(joined, delim)
        if len(fields) < width and len(pending) <= 4:
            continue  # wraps on (a line ending between fields)
        if len(fields) == width:
            found[-1][2].append(Record([f.strip() for f in fields], list(pending)))
        pending = []
    return [(names, head, recs) for names, head, recs in found if recs]


def _type_column(records: Sequence[Record]) -> bool:
    """The first field is a record type: a short upper-case code on every row, two to five
    distinct codes, each seen more than once or the stream's parent rows."""
    codes = [r.fields[0] for r in records]
    if not all(_TYPE.fullmatch(c) for c in codes):
        return False
    return 1 <= len(set(codes)) <= 5 and len(codes) >= 2


def _parent(fields: Sequence[str]) -> tuple[int, str, str] | None:
    """(column, number, text) when a record's only filled fields are a number and a long text
    (a recommendation stated as the parent of the rows after it); None otherwise."""
    filled = [(k, f) for k, f in enumerate(fields) if f.strip()]
    if len(filled) != 2:
        return None
    nums = [(k, f) for k, f in filled if _NUMBER.fullmatch(f.strip())]
    texts = [f for _, f in filled if len(f.split()) >= _PARENT_WORDS]
    if len(nums) != 1 or len(texts) != 1:
        return None
    return nums[0][0], nums[0][1].strip(), texts[0].strip()


def _carry_parents(
    heads: list[str], codes: Sequence[str], bodies: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    """Rows of one record type that are parents (a number and a text, nothing else) taken out,
    their text carried into the other rows under a 'Recommendation' column: by the number where
    a row's field in the parent's number column holds it, else the last parent before the row.
    Where no record type is all parents the rows are kept as they are."""
    parents = [_parent(b) for b in bodies]
    kinds = {c for c, p in zip(codes, parents, strict=True) if p is not None}
    kind = next(
        (
            c
            for c in kinds
            if all(p is not None for cc, p in zip(codes, parents, strict=True) if cc == c)
        ),
        None,
    )
    if kind is None or all(c == kind for c in codes):
        return heads, bodies
    texts: dict[str, str] = {}
    column = -1
    last = ""
    out: list[list[str]] = []
    for code, body, parent in zip(codes, bodies, parents, strict=True):
        if code == kind and parent is not None:
            column, number, last = parent
            texts[number] = last
            out.append([])  # the parent row is stated in its children
            continue
        key = body[column].strip() if 0 <= column < len(body) else ""
        out.append([*body, texts.get(key, last)])
    return [*heads, "Recommendation"], out


def _cells(fields: Sequence[str], lines: Sequence[Line], page: int) -> list[Cell | None]:
    """The record's fields as cells, each given an equal slice of the record's box (the print
    has no column edges) and one line carrying its text, for provenance."""
    x0, top, x1, bottom = lines_bbox(lines)
    step = (x1 - x0) / max(len(fields), 1)
    index = lines[0].index
    out: list[Cell | None] = []
    for k, text in enumerate(fields):
        box: BBox = (x0 + k * step, top, x0 + (k + 1) * step, bottom)
        size = lines[0].font_size
        words = [Word(w, box[0], top, box[2], bottom) for w in text.split()]
        line = Line(text, box, size, False, page, index, words=words)
        out.append(Cell(text, box, [line] if text else []))
    return out


def record_tables(page: Page) -> list[Table]:
    """The page's delimited records as tables, one per header record; [] where none."""
    lines = sorted(page.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    tables: list[Table] = []
    for names, first, recs in _records(lines):
        keep = slice(1, None) if _type_column(recs) else slice(0, None)
        # a system's field names ('ACT_DUE', 'rag_code') read as the words they join
        heads = [re.sub(r"[_.]+", " ", n).strip() for n in names[keep]]
        bodies = [r.fields[keep] for r in recs]
        if keep.start:
            heads, bodies = _carry_parents(heads, [r.fields[0] for r in recs], bodies)
        rows = [_cells(heads, [first], page.number)]
        rows += [
            _cells(fields, r.lines, page.number)
            for r, fields in zip(recs, bodies, strict=True)
            if fields
        ]
        box = lines_bbox([first] + [ln for r in recs for ln in r.lines])
        tables.append(Table(page=page.number, bbox=box, rows=rows, ruled=False))
    return tables


def add_record_tables(doc: ParsedDocument) -> None:
    """State each page's delimited records as its tables (in place). A record stream that runs
    on over later pages carries its header record on: each page's table repeats it."""
    names: list[str] | None = None
    for page in doc.pages:
        if page.tables:  # the format stated real tables: they are read as they are
            continue
        lines = sorted(page.lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
        if names is not None and not any(header_fields(ln.text.strip()) for ln in lines[:3]):
            lines = [_header_line(names, lines), *lines] if lines else lines
        found = record_tables(_with_lines(page, lines))
        if found:
            page.tables = found
            last = [ln for ln in lines if header_fields(ln.text.strip())]
            if last:
                hf = header_fields(last[-1].text.strip())
                names = None if hf is None else [last[-1].text.strip()]


def _header_line(names: list[str], lines: Sequence[Line]) -> Line:
    """The header record carried on to a page, set just above its first line."""
    top = min(ln.bbox[1] for ln in lines)
    x0 = min(ln.bbox[0] for ln in lines)
    first = lines[0]
    return Line(names[0], (x0, top - 2, x0 + 1, top - 1), first.font_size, False, first.page, 0)


def _with_lines(page: Page, lines: list[Line]) -> Page:
    clone = Page(page.number, page.width, page.height, lines=lines, rulings=[])
    return clone
