"""A comparison of two versions side by side: read the current version's column alone.

A document system (an EDRMS, a document library) prints the changes between two versions of a
plan as a table of two columns, one per version, each header naming its version:

    | Version 3.0                        | Version 4.0 (current)              |
    | Recommendation 2: Improve ...      | Recommendation 2: Improve ...      |  <- a heading row
    | 2.1 Track attendance ...           | 2.1 Track attendance ...           |  <- an action row,
    | Lead: ~~Tom Ellery~~               | Lead: _Claire Whitby_              |     its fields as
    | Due: 21 Mar 2027                   | Due: 21 Mar 2027                   |     'label: value'
    | Not in this version                | 2.3 Offer tuition ...              |  <- a new action
    | ~~2.4 Make sure ...~~              | Deleted in this version            |  <- a deleted one

Read as printed, the table names no plan column, so nothing is read; read naively, every action
is read twice, once with the values it no longer has. The plan is the CURRENT version alone:
the column whose header says so ('current', 'latest': data/version_columns.json), else the one
with the higher version number, else the later date. Its cells are action records as a
who-does-what grid holds them (lead_grid.cell_records: a line opening with the action's ref,
then 'label: value' lines whose labels the header vocabulary knows), the owner among the
fields. A row whose current cell is no record is a recommendation's heading where it reads as
one ('Recommendation 2: ...') or both versions print the same text, else a note on the row
('Deleted in this version', an action the current version dropped): no action, and said. The
struck-through words of the earlier version are dropped by the table reader already
(pipeline.tables.struck_through); this reader never reads that column at all.

The evidence is the header row's shape: every header cell names a version (a version word and
a number or a date, a 'v3.1', or a current / earlier word with a version word), two at least, and the
current column holds MIN_RECORDS records with fields. What was read from which column is said
(version_columns_read), so a reader can check the choice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources

from plantrace.extractors.lead_grid import CellRecord, cell_records, records_table
from plantrace.extractors.plan_columns import Element
from plantrace.extractors.plan_recommendations import explicit_heading
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.normalise.dates import parse_date

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/version_columns.json").read_text("utf-8")
)


def _words(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA[key])


_VERSION = re.compile(
    rf"\b(?:{_words('version_words')})\b\.?\s*(?:no\.?\s*)?(?P<num>\d+(?:\.\d+)*)?"
    r"|\bv\.?\s?(?P<vnum>\d+(?:\.\d+)*)\b",
    re.I,
)
_CURRENT = re.compile(rf"\b(?:{_words('current_words')})\b", re.I)
_EARLIER = re.compile(rf"\b(?:{_words('earlier_words')})\b", re.I)
_BARE_WORDS = 4  # a header with no version word names its version in this many words at most
MIN_RECORDS = 2  # records with a labelled field the current column holds, at the least
EVIDENCE = "a comparison of versions side by side: the current version's column read alone"


@dataclass(frozen=True, slots=True)
class _Version:
    """What one header cell says of its version."""

    column: int
    text: str
    number: tuple[int, ...] | None
    day: date | None
    current: bool
    earlier: bool


@dataclass(slots=True)
class _Read:
    """What was read from the comparisons of one document, for the warning."""

    chosen: str = ""
    others: str = ""
    why: str = ""
    actions: int = 0
    notes: list[str] | None = None


def _version(column: int, text: str) -> _Version | None:
    """The header cell as a version, None where it names none. With no version word a short
    header naming the version current or earlier is one ('Current', 'Original wording')."""
    m = _VERSION.search(text)
    if m is None and len(text.split()) > _BARE_WORDS:
        return None
    raw = (m.group("num") or m.group("vnum")) if m is not None else None
    number = tuple(int(p) for p in raw.split(".")) if raw else None
    rest = text[: m.start()] + " " + text[m.end() :] if m is not None else text
    if m is None and (_CURRENT.search(rest) is None) == (_EARLIER.search(rest) is None):
        return None  # no version word, and not one of current or earlier
    current = _CURRENT.search(rest) is not None
    earlier = _EARLIER.search(rest) is not None
    day = parse_date(rest)
    if number is None and day is None and current == earlier:
        return None  # 'Version' alone, or a header naming both: no version of its own
    return _Version(column, text, number, day, current, earlier)


def _versions(header: Sequence[Cell | None]) -> list[_Version]:
    """The header's versions, every filled cell naming one, two at the least; else empty."""
    texts = [" ".join(c.text.split()) if c is not None else "" for c in header]
    filled = [(j, t) for j, t in enumerate(texts) if t]
    found = [v for j, t in filled if (v := _version(j, t)) is not None]
    if len(found) < 2 or len(found) != len(filled):
        return []
    return found


def current_version(versions: Sequence[_Version]) -> tuple[_Version, str] | None:
    """The current version and why: the one header naming it current (or the one not named
    earlier), else the highest number, else the latest date; None where nothing tells."""
    if not versions:
        return None
    named = [v for v in versions if v.current and not v.earlier]
    if len(named) == 1:
        return named[0], "its header names it current"
    left = [v for v in versions if not v.earlier or v.current]
    if len(left) == 1 and len(versions) > 1:
        return left[0], "the other headers name earlier versions"
    numbers = [v.number for v in versions]
    if all(n is not None for n in numbers) and len(set(numbers)) == len(numbers):
        top = max(versions, key=lambda v: v.number or ())
        return top, "the highest version number"
    days = [v.day for v in versions]
    if all(d is not None for d in days) and len(set(days)) == len(days):
        return max(versions, key=lambda v: v.day or date.min), "the latest date"
    if not any(v.current or v.earlier for v in versions):
        # nothing tells: a compare view sets the newer version on the right
        return versions[
            -1
        ], "no header says which is current: the rightmost, as compare views set it"
    return None


def adopt_version_columns(
    elements: list[Element],
) -> tuple[list[Element], list[ExtractionWarning]]:
    """Elements with each side-by-side comparison of versions read as one action table of its
    current version; the warning saying which column was read and which rows hold no action."""
    out: list[Element] = []
    read = _Read(notes=[])
    rec: Cell | None = None
    last_header: list[str] | None = None
    for el in elements:
        table = el.raw
        header = table.rows[0] if table is not None and table.rows else None
        versions = _versions(header) if header is not None else []
        chosen = current_version(versions) if versions else None
        if table is None or header is None or chosen is None:
            out.append(el)
            continue
        texts = _texts(header)
        continued = texts == last_header  # the last comparison's next page: its heading runs on
        made, rec = _read(el, table, versions, chosen, rec if continued else None, read, continued)
        if made is None and not continued:
            out.append(el)
            continue
        last_header = texts
        out.append(made if made is not None else el)
    return out, ([_said(read)] if read.actions else [])


def _texts(row: Sequence[Cell | None]) -> list[str]:
    return [" ".join(c.text.split()) if c is not None else "" for c in row]


def _read(
    el: Element,
    table: Table,
    versions: Sequence[_Version],
    chosen: tuple[_Version, str],
    rec: Cell | None,
    read: _Read,
    continued: bool,
) -> tuple[Element | None, Cell | None]:
    """The table's current column read as records; the recommendation heading last seen. A
    comparison's next page (continued) needs no records of its own: its notes are counted and
    a page of notes alone is left as printed."""
    col = chosen[0].column
    head = _texts(table.rows[0])
    records: list[CellRecord] = []
    notes: list[str] = []
    for row in table.rows[1:]:
        texts = _texts(row)
        if texts[: len(head)] == head:
            continue  # the header printed again
        cell = row[col] if col < len(row) else None
        if cell is None or not texts[col]:
            continue
        found = cell_records(cell, rec, None)
        if found:
            records += found
            continue
        others = {t for j, t in enumerate(texts) if t and j != col}
        if explicit_heading(texts[col]) or others == {texts[col]}:
            rec = cell
        else:
            notes.append(texts[col][:40])
    if not continued and sum(1 for r in records if r.fields) < MIN_RECORDS:
        return None, rec
    made = records_table(records, el, EVIDENCE) if records else None
    if made is None and not continued:
        return None, rec
    read.chosen, read.why = chosen[0].text, chosen[1]
    read.others = " | ".join(v.text for v in versions if v is not chosen[0])
    read.actions += len(records)
    if read.notes is not None:
        read.notes += notes
    return made, rec


def _said(read: _Read) -> ExtractionWarning:
    notes = read.notes or []
    noted = (
        f"; {len(notes)} row(s) of it hold no action but a note ({'; '.join(notes[:3])}): an"
        " action the current version deleted or a remark, not read as actions"
        if notes
        else ""
    )
    return ExtractionWarning(
        code="version_columns_read",
        message=(
            f"a comparison of versions side by side: {read.actions} action(s) read from "
            f"'{read.chosen}' alone ({read.why}), '{read.others}' left out as an earlier "
            f"version{noted}; check the version read is the one in force"
        ),
    )
