"""Actions given as numbered notes at a page's end, linked to recommendations by citation marks.

An article or web page may tell a plan as prose: under each recommendation's heading a paragraph
says 'In response we agreed 3 actions.[4][5][6]', and the actions themselves are notes at the
end, numbered as the marks cite them ('5. Action A04: <text>. Accountable officer: X. Timescale:
Oct. 2027. Status: Some concern. Update: <text>'), often set in two columns and mixed with source
notes (the inspection report, board minutes) that carry no fields. Read line by line nothing of
it was an action: no table, no card, and the notes' numbers are no action refs.

A note is an action's where it names a record ('<label> <ref>: <text>') and carries labelled
fields inline (the prose reader's field labels and data's own); its recommendation is the heading
in force where a paragraph cites its number (footnote or endnote citation: numbers as printed,
notes read in number order whatever the columns). Each action note becomes a row of an action
table made for it, so owner, date and status go through the table readers and their warnings.
Source notes stay text. What the links leave unsure is said: a cited note that was not read, an
action note no paragraph cites (its recommendation unknown).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.extractors.plan_prose import FIELD_LABELS, alternation, made_cell, printed_labels
from plantrace.extractors.plan_recommendations import label_number
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line
from plantrace.pipeline.layout import join_text

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/cited_notes.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress", "rec"]
_NOTE = re.compile(_DATA["note"], re.S)
_RECORD = re.compile(_DATA["record"], re.S)
_CITATION = re.compile(_DATA["citation"])
_LABELS: dict[str, str] = {
    **{k: v for k, v in FIELD_LABELS.items() if v in ("owner", "due", "rag")},
    **{w: role for role, words in _DATA["labels"].items() for w in words},
}
# a field inside a note: after a sentence's end, its label and a colon
_FIELD = re.compile(rf"(?:(?<=[.;!?])|^)\s*(?P<label>{alternation(_LABELS)})\s*:\s*", re.I)
MIN_FIELDS: int = _DATA["min_fields"]
MIN_NOTES: int = _DATA["min_notes"]


@dataclass(slots=True)
class Note:
    """An action note: its printed number, the record's ref and text, its fields by role."""

    number: int
    ref: str
    text: str
    fields: dict[str, str]
    lines: list[Line]


def read_note(text: str) -> tuple[int, str, str, dict[str, str]] | None:
    """(number, ref, text, fields) of a numbered note naming a record with labelled fields
    inline; None for any other text (a source note, a paragraph)."""
    m = _NOTE.match(" ".join(text.split()))
    if m is None:
        return None
    rec = _RECORD.match(m.group("body"))
    if rec is None:
        return None
    body = rec.group("text")
    marks = list(_FIELD.finditer(body))
    if not marks:
        return None
    fields: dict[str, str] = {}
    for k, f in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
        role = _LABELS[f.group("label").lower()]
        value = body[f.end() : end].strip().rstrip(".;").strip()
        if value and role not in fields:
            fields[role] = value
    if len({"owner", "due", "rag"} & fields.keys()) < MIN_FIELDS:
        return None
    action = body[: marks[0].start()].strip().rstrip(".;").strip()
    if not action:
        return None
    return int(m.group("num")), rec.group("ref"), action, fields


def _row(note: Note, rec: str | None) -> Row:
    """A row of the made table, each cell boxed by the note's lines on its first page."""
    lines = [ln for ln in note.lines if ln.page == note.lines[0].page]
    values = {"ref": note.ref, "action": note.text, **note.fields}
    if rec is not None:
        values["rec"] = rec
    cells = [made_cell(values[r], lines) if r in values else None for r in ROLES]
    return Row(cells=cells, page=lines[0].page, merged_above=[False] * len(cells))


def _is_text(el: Element) -> bool:
    return el.table is None and el.raw is None and bool(el.lines)


def _citations(elements: Sequence[Element], notes: set[int]) -> dict[int, list[str]]:
    """Note number -> the recommendations in force where paragraphs cite it (in order)."""
    cited: dict[int, list[str]] = {}
    rec: str | None = None
    for i, el in enumerate(elements):
        if not _is_text(el) or i in notes:
            continue
        text = join_text(ln.text for ln in el.lines)
        if (number := label_number(text.strip())) is not None:
            rec = number  # 'Recommendation 2' alone: the label words every plan reader uses
            continue
        for m in _CITATION.finditer(text):
            if rec is not None:
                seen = cited.setdefault(int(m.group(1)), [])
                if rec not in seen:
                    seen.append(rec)
    return cited


_MARKS_ONLY = re.compile(r"^\s*(?:\[\d{1,3}\]\s*)+$")


def _heading_lines(elements: list[Element], notes: set[int]) -> tuple[list[Element], int | None]:
    """Each recommendation's heading ('Recommendation 2' alone) joined with its text, the next
    paragraph (a quote under it; citation marks printed apart are skipped and taken off): one
    heading line 'Recommendation 2: <text>' the recommendation reader knows; with the index of
    the last one made."""
    out: list[Element] = []
    last: int | None = None
    skip: set[int] = set()
    for i, el in enumerate(elements):
        if i in skip:
            continue
        text = join_text(ln.text for ln in el.lines) if _is_text(el) else ""
        h = label_number(text.strip()) if text and i not in notes else None
        j = i + 1
        while h is not None and j < len(elements) and _is_text(elements[j]):
            if not _MARKS_ONLY.match(elements[j].text):
                break
            j += 1
        if h is None or j >= len(elements) or not _is_text(elements[j]) or j in notes:
            out.append(el)
            continue
        body = list(elements[j].lines)
        k = j + 1  # the quote's wraps, cut apart by a citation mark printed beside them
        while k < len(elements) and _is_text(elements[k]) and k not in notes:
            nxt = elements[k]
            if _MARKS_ONLY.match(nxt.text) or (
                abs(nxt.lines[0].x0 - body[0].x0) < 2 and label_number(nxt.text.strip()) is None
            ):
                body += [] if _MARKS_ONLY.match(nxt.text) else nxt.lines
                k += 1
                continue
            break
        said = _CITATION.sub("", join_text(ln.text for ln in body))
        if label_number(said.strip()) is not None or not said.strip():
            out.append(el)
            continue
        first = el.lines[0]
        line = Line(
            f"{text.strip().rstrip(':.')}: {' '.join(said.split())}",
            first.bbox,
            first.font_size,
            first.bold,
            first.page,
            first.index,
        )
        line.words = []
        last = len(out)
        out.append(Element(el.page, el.top, lines=[line]))
        skip.update(range(j, k))
    return out, last


def _before_tables(elements: list[Element], at: int, last: int | None) -> list[Element]:
    """The made action table moved up to just before the first table printed between the last
    recommendation and the notes (a table of measures): a recommendation heading is known by
    the action table that follows it, and the notes come after the measures."""
    if last is None or last > at:
        return elements
    table = next((i for i in range(last + 1, at) if elements[i].table is not None), None)
    if table is None:
        return elements
    made = elements[at]
    rest = elements[:at] + elements[at + 1 :]
    return [*rest[:table], made, *rest[table:]]


def _said(unread: list[int], uncited: list[Note], page: int) -> list[ExtractionWarning]:
    """Warnings for the links left unsure: notes cited but not read, action notes uncited."""
    said = []
    if unread:
        said.append(
            ExtractionWarning(
                code="plan_cited_notes_unread",
                message=(
                    f"paragraphs under recommendations cite note(s) {', '.join(map(str, unread))}"
                    " but no such note was read as an action: those actions (if any) and their "
                    "fields are unknown, not absent; check the notes"
                ),
                page=page,
            )
        )
    if uncited:
        refs = ", ".join(n.ref for n in uncited)
        said.append(
            ExtractionWarning(
                code="plan_cited_notes_uncited",
                message=(
                    f"action note(s) {refs} are cited by no paragraph under a recommendation: "
                    "their recommendation is unknown, not none"
                ),
                page=uncited[0].lines[0].page,
            )
        )
    return said


def _starts_note(ln: Line) -> bool:
    return _NOTE.match(ln.text.strip()) is not None


def _region(elements: Sequence[Element]) -> tuple[int, int] | None:
    """[start, end) of the run of text elements holding the numbered notes: elements opening
    with a note's number, and paragraphs indented as a note's wrap (a note cut at a page's foot
    or a column's). None where no element opens with a note naming a record."""
    opening = [
        i
        for i, el in enumerate(elements)
        if _is_text(el)
        and _starts_note(el.lines[0])
        and (m := _NOTE.match(" ".join(el.lines[0].text.split()))) is not None
        and _RECORD.match(m.group("body")) is not None
    ]
    if not opening:
        return None
    start = opening[0]
    while (
        start > 0 and _is_text(elements[start - 1]) and _starts_note(elements[start - 1].lines[0])
    ):
        start -= 1
    end = start
    starts: list[float] = []
    while end < len(elements) and _is_text(elements[end]):
        el = elements[end]
        head = el.lines[0]
        if _starts_note(head):
            starts += [ln.x0 for ln in el.lines if _starts_note(ln)]
        elif (
            not any(3 < head.x0 - x < 30 for x in starts)
            or label_number(el.text.strip()) is not None
        ):
            break
        end += 1
    return start, end


def _regrouped(lines: Sequence[Line]) -> list[list[Line]]:
    """The notes' lines grouped into notes, read column by column (two columns where notes
    open far apart: the second from a little left of its first note's number), page by page,
    top down, pieces of one line left to right: a line opening with the next number opens a
    note."""
    opens = [ln.x0 for ln in lines if _starts_note(ln)]
    edge: float | None = None
    if opens and max(opens) - min(opens) > _DATA["column_gap"]:
        mid = (min(opens) + max(opens)) / 2
        edge = min(x for x in opens if x > mid) - _DATA["column_margin"]

    def column(ln: Line) -> int:
        return 0 if edge is None or ln.x0 < edge else 1

    ordered = sorted(lines, key=lambda ln: (ln.page, column(ln), ln.top))
    rows: list[list[Line]] = []
    for ln in ordered:  # pieces of one printed line (a gap split it) side by side
        prev = rows[-1][0] if rows else None
        if (
            prev is not None
            and (prev.page, column(prev)) == (ln.page, column(ln))
            and abs(prev.top - ln.top) < _DATA["same_line"]
        ):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    notes: list[list[Line]] = []
    last = 0
    for ln in (piece for row in rows for piece in sorted(row, key=lambda ln: ln.x0)):
        m = _NOTE.match(ln.text.strip())
        if m is not None and int(m.group("num")) > last:
            last = int(m.group("num"))
            notes.append([ln])
        elif notes:
            notes[-1].append(ln)
    return notes


def adopt_cited_notes(elements: list[Element]) -> tuple[list[Element], list[ExtractionWarning]]:
    """Elements with numbered action notes read as one action table (in note number order),
    each action linked to the recommendation whose paragraphs cite its note; source notes
    (no record named) dropped as references; unchanged where an action table was read or fewer
    than MIN_NOTES action notes were found."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return elements, []
    span = _region(elements)
    if span is None:
        return elements, []
    start, end = span
    notes: dict[int, Note] = {}
    printed: set[int] = set()  # every note's number, unread action notes left out
    for lines in _regrouped([ln for el in elements[start:end] for ln in el.lines]):
        text = join_text(ln.text for ln in lines)
        m = _NOTE.match(" ".join(text.split()))
        read = read_note(text)
        if read is None:
            if m is not None and _RECORD.match(m.group("body")) is None:
                printed.add(int(m.group("num")))  # a source note: no record named
            continue
        number, ref, action, fields = read
        printed.add(number)
        notes.setdefault(number, Note(number, ref, action, fields, list(lines)))
    if len(notes) < MIN_NOTES:
        return elements, []
    region = set(range(start, end))
    cited = _citations(elements, region)
    anchor = elements[start].lines[0]
    table = PlanTable(ACTION_TABLE, list(ROLES), printed_labels(ROLES), [], anchor.page, anchor.top)
    for number in sorted(notes):
        recs = cited.get(number)
        table.rows.append(_row(notes[number], ", ".join(recs) if recs else None))
    made = Element(anchor.page, anchor.top, table=table)
    kept = [*elements[:start], made, *elements[end:]]
    out, last = _heading_lines(kept, {start})
    out = _before_tables(out, out.index(made), last)
    unread = sorted(n for n in cited if n not in printed)
    uncited = [notes[n] for n in sorted(notes) if n not in cited]
    return out, _said(unread, uncited, anchor.page)
