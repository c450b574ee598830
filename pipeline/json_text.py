"""Structured data printed as text: a JSON response pretty-printed into a document, read as tables.

A plan is sometimes handed over as what a system's API returns, printed from a browser's JSON
viewer or an editor: one key and value to a line, often with a gutter of line numbers, a long
string wrapped onto lines of its own that carry no number. Read as prose or as a layout, the
lines say nothing a plan reader knows ('"targetDate": "2027-03-31T00:00:00Z",').

The evidence is the text's own grammar, not its words: a line that opens a brace or bracket,
the lines after it up to where the brackets balance, each stripped of a gutter number that rises
by one from line to line. The block is parsed with json.loads; a block that does not parse is
said so with a warning (never silently dropped). Each array of objects becomes a table stated
on the page (Page.tables), one row per object and one column per key, so the column roles read
it as they read any printed table (its header is the key split into words: 'targetDate' ->
'Target date'):

- an object that holds one display value ('{"displayName": "Ruth Kowalczyk"}') is that value;
- an array of objects inside an object of an outer array ('recommendations': [{'number': ..,
  'actions': [...]}]) is read with the outer object's own fields carried into each row, under
  the outer array's name ('Recommendation number'), so each row says which item it answers.

Each cell points at the line its value is printed on (page and box); a table runs over pages as
its rows do, its header repeated on each page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page, Table, Word, lines_bbox

_GUTTER = re.compile(r"(\d{1,5})\s+(.*)$")
_OPEN = re.compile(r"[{\[]")  # the line that opens a block: a brace or bracket alone
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|_+")
_MIN_LINES = 6  # a block shorter than this is no data listing (a brace in prose)
_MIN_COLUMNS = 2  # an array of objects with fewer keys is no table (a list of names)


@dataclass(slots=True)
class _Logical:
    """One line of the listing: its text without the gutter, and the printed lines it wraps over."""

    text: str
    lines: list[Line] = field(default_factory=list)


def read_json_blocks(pages: Sequence[Page]) -> list[ExtractionWarning]:
    """State the tables of each JSON block printed on pages that state none; the warnings for
    blocks that look like JSON and do not parse."""
    if any(p.tables is not None for p in pages):
        return []  # a format that states its tables (Word, Excel) is read as it states them
    logical = _listing([ln for p in pages for ln in p.lines])
    warnings: list[ExtractionWarning] = []
    i = 0
    while i < len(logical):
        if not _OPEN.fullmatch(logical[i].text.strip()):
            i += 1
            continue
        end = _balanced(logical, i)
        if end is None or end - i + 1 < _MIN_LINES:
            i += 1
            continue
        block = logical[i : end + 1]
        try:
            data = json.loads(" ".join(item.text for item in block))
        except ValueError as exc:
            first = block[0].lines[0]
            warnings.append(
                ExtractionWarning(
                    code="json_unparsed",
                    message=f"page {first.page}: {end - i + 1} lines read as JSON data did not"
                    f" parse ({exc}); their records were not read as tables",
                )
            )
            i = end + 1
            continue
        tables = _tables(data, block)
        for table in tables:
            page = next(p for p in pages if p.number == table.page)
            page.tables = [*(page.tables or []), table]
        i = end + 1
    if any(p.tables for p in pages):
        for p in pages:
            if p.tables is None:
                p.tables = []
    return warnings


def _listing(lines: Sequence[Line]) -> list[_Logical]:
    """The document's lines as a listing's lines: a gutter number rising by one taken off, a
    line with no number joined to the numbered line before it (a wrapped string)."""
    numbered = [_GUTTER.match(ln.text) for ln in lines]
    out: list[_Logical] = []
    expect: int | None = None
    for ln, m in zip(lines, numbered, strict=True):
        if m is not None and (expect is None or int(m.group(1)) in (expect, expect + 1)):
            # the next number (a number the reader set as furniture may be skipped once)
            expect = int(m.group(1)) + 1
            out.append(_Logical(m.group(2), [ln]))
        elif expect is not None and out and _open_string(out[-1].text):
            out[-1].text += " " + ln.text
            out[-1].lines.append(ln)
        else:
            if m is None:
                expect = None
            out.append(_Logical(ln.text, [ln]))
    return out


def _open_string(text: str) -> bool:
    """Whether text ends inside a string (an odd count of unescaped quotes)."""
    return len(re.findall(r'(?<!\\)"', text)) % 2 == 1


def _balanced(logical: Sequence[_Logical], start: int) -> int | None:
    """The index of the line that closes the bracket opened at start; None if none does."""
    depth = 0
    for j in range(start, len(logical)):
        text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', logical[j].text)
        for ch in text:
            if ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
                if depth == 0:
                    return j
        if depth < 0:
            return None
    return None


def header_words(key: str) -> str:
    """A key as a header's words: 'targetDate' -> 'Target date', 'action_ref' -> 'Action ref'."""
    words = [w for w in _CAMEL.split(key) if w]
    text = " ".join(w.lower() for w in words)
    return text[:1].upper() + text[1:]


def _scalar(value: Any) -> str | None:
    """A value as a cell's text; None for one that holds records of its own."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, (int, float, str)):
        return str(value)
    if isinstance(value, dict):
        texts = [v for v in value.values() if isinstance(v, str) and v.strip()]
        return texts[0] if len(texts) == 1 else None  # one display value: that value
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "; ".join(str(v) for v in value)
    return None


def _singular(name: str) -> str:
    words = header_words(name)
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


@dataclass(slots=True)
class _Record:
    fields: list[tuple[str, str]]  # (header, text)


def _tables(data: Any, block: Sequence[_Logical]) -> list[Table]:
    """The block's arrays of objects as tables placed on the lines their values are printed on."""
    groups: dict[str, list[_Record]] = {}
    _collect(data, None, "", [], groups)
    tables: list[Table] = []
    cursor = 0
    for records in groups.values():
        headers: list[str] = []
        for r in records:
            for h, _ in r.fields:
                if h not in headers:
                    headers.append(h)
        if len(headers) < _MIN_COLUMNS:
            continue
        by_page: dict[int, list[list[Cell | None]]] = {}
        for r in records:
            values = dict(r.fields)
            row: list[Cell | None] = []
            first: int | None = None
            for h in headers:
                text = values.get(h, "")
                at = _find(block, text, cursor) if text else None
                if at is not None and first is None:
                    first = at
                row.append(_cell(text, block[at].lines) if at is not None and text else None)
            if first is None:
                continue
            cursor = max(cursor, first)
            page = block[first].lines[0].page
            by_page.setdefault(page, []).append(row)
        for page, rows in by_page.items():
            top = min(c.bbox[1] for row in rows for c in row if c is not None)
            head: list[Cell | None] = [
                _cell(h, [], (0.0, top - 1.0, 0.0, top), page) for h in headers
            ]
            cells = [c for row in rows for c in row if c is not None]
            box = (
                min(c.bbox[0] for c in cells), top - 1.0,
                max(c.bbox[2] for c in cells), max(c.bbox[3] for c in cells),
            )  # fmt: skip
            tables.append(Table(page, box, [head, *rows], True))
    return tables


def _collect(
    data: Any,
    name: str | None,
    path: str,
    carried: list[tuple[str, str]],
    groups: dict[str, list[_Record]],
) -> None:
    """Each array of objects as a group of records, by its path of keys (the 'actions' of every
    recommendation are one group); an array inside an object of an outer array is read with that
    object's own fields carried in, named for the outer array's item."""
    if isinstance(data, dict):
        for k, v in data.items():
            _collect(v, k, f"{path}/{k}", [], groups)
        return
    if not isinstance(data, list):
        return
    if not data or not all(isinstance(v, dict) for v in data):
        for v in data:
            _collect(v, None, path, [], groups)
        return
    own: list[_Record] = []
    inner = False
    item = _singular(name) if name else ""
    for obj in data:
        fields = [(header_words(k), t) for k, v in obj.items() if (t := _scalar(v)) is not None]
        own.append(_Record(carried + fields))
        for k, v in obj.items():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                inner = True
                named = [(f"{item} {h.lower()}".strip().capitalize(), t) for h, t in fields]
                _collect(v, k, f"{path}/{k}", carried + named, groups)
            elif isinstance(v, (dict, list)) and _scalar(v) is None:
                _collect(v, k, f"{path}/{k}", [], groups)
    if not inner:
        groups.setdefault(path, []).extend(own)


def _find(block: Sequence[_Logical], text: str, start: int) -> int | None:
    """The first listing line from start on that prints the value."""
    probe = json.dumps(text)[1:-1][:24]
    for j in range(start, len(block)):
        if probe in block[j].text:
            return j
    return None


def _cell(text: str, lines: Sequence[Line], box: BBox | None = None, page: int = 0) -> Cell:
    """A cell of the value text over the printed lines it stands on, with words spread over that
    box so readers that look at words find them."""
    if box is None:
        box = lines_bbox(lines)
    page = lines[0].page if lines else page
    line = Line(text, box, max(box[3] - box[1], 1.0), False, page, 0)
    tokens = text.split()
    total = max(sum(len(t) + 1 for t in tokens), 1)
    x = box[0]
    words: list[Word] = []
    for t in tokens:
        width = (box[2] - box[0]) * (len(t) + 1) / total
        words.append(Word(t, x, box[1], x + width * len(t) / (len(t) + 1), box[3]))
        x += width
    line.words = words
    return Cell(text, box, [line])
