"""Maps of topics: a plan drawn as a mind map, its actions as loose topics around coloured branches.

A mind-mapping tool exports a plan as a radial drawing: a central topic, the recommendations as
coloured rounded BRANCH topics around it (white text on the branch colour: 'Recommendation 2'
and its sentence), and at each branch's end its ACTION topics one under another, each a few
loose lines with no frame: '2.1 <text>' (its outline ref first), then fields parted by a
separator ('Owner: Head of Service · Due: end Mar 2027', 'Status: On plan', 'Update: ...').
Branches on the left of the centre have their topics set right-aligned, ragged on the left. No
table is drawn and the connectors are curves, so neither the table finder nor the diagram
reader (which wants framed boxes joined by straight rulings) reads anything; the line reader
meanwhile reads a branch's words as a heading over whatever text stands beside it.

Here the evidence is the drawing and the shape of the text, not any wording of one tool:

- a branch is a filled rounded shape (the page's tiles) whose first line is a numbered label
  ('Recommendation 2', 'Area 3') and whose other lines are its sentence;
- a topic opens with a line outside every branch whose first word is an outline ref ('2.1');
  the lines under it that stand across the same span (left or right aligned alike), with no
  wider gap than a line's lead, are its lines, up to the next such ref;
- a topic's lines before its first 'Label: value' line are its text; each field line is parted
  at its separators and each part's label read by the plan-column vocabulary; a line of no
  label under a field runs that field on (a wrapped update);
- a topic answers the branch whose number its ref starts with, else the branch nearest it on
  its side of the page: a guess by place, which topic_warnings names (topic_branch_by_place).

A page with fewer than MIN_BRANCHES branches or MIN_TOPICS topics naming an owner or status is
left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.plan_columns import Element, PlanTable, header_role
from plantrace.extractors.record_tables import fields_table
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Line, Page, Word

MIN_BRANCHES = 2  # numbered branch shapes that make a page a map of topics
MIN_TOPICS = 2  # topics naming an owner or a status
LEAD = 1.6  # line heights: the widest gap between two lines of one topic
EDGE = 3.0  # points: lines of one unshaped branch start this close to its label's left edge
OVERLAP = 0.5  # share of a line's width that must stand within its topic's first line
_REF = re.compile(r"^\d{1,2}(?:\.\d{1,2})+$")
_SEPARATORS = frozenset({"·", "|", "•", "–", "—"})
_FIELD_ROLES = ("owner", "due", "rag", "progress")
ROLES: list[str | None] = ["rec", "recommendation_text", "action", "ref", *_FIELD_ROLES]
LABELS = ["Branch number", "Branch topic", "Topic text", "Topic ref", "Topic owner",
          "Topic due", "Topic status", "Topic note"]  # fmt: skip
EVIDENCE = "map of topics: loose topics of 'Label: value' fields at numbered branch shapes"

Field = tuple[str, list[Word]]


@dataclass(slots=True)
class Branch:
    """A numbered branch shape: its box, its number and label words, its sentence's words."""

    bbox: BBox
    number: str
    label: list[Word]
    text: list[Word]


@dataclass(slots=True)
class Topic:
    """An action topic: its ref, its text's words, its fields by role, the box of its lines."""

    ref: Field
    title: list[Word]
    bbox: BBox
    fields: dict[str, Field] = field(default_factory=dict)


def topic_table(page: Page) -> tuple[PlanTable, BBox] | None:
    """The action table of a page drawn as a map of topics, and the box around what it read;
    None for a page without numbered branch shapes and topics of fields."""
    if not page.lines:
        return None
    _ = page.rulings  # the tiles and fills are read with the drawing
    shapes = [b for b, _colour in page.tiles] + [b for b, _colour in page.fills]
    if len(page.tiles) < MIN_BRANCHES:
        return None
    loose = [ln for ln in page.lines if not any(_centre_in(ln.bbox, s) for s in shapes)]
    branches = [br for b, _colour in page.tiles if (br := _branch(b, page.lines)) is not None]
    if len(branches) < MIN_BRANCHES:
        return None
    branches += _unshaped(loose, branches)
    topics = [t for t in _topics(loose) if "owner" in t.fields or "rag" in t.fields]
    if len(topics) < MIN_TOPICS:
        return None
    # a map has no reading order of its own: its topics are read in the order of their refs
    topics.sort(key=lambda t: tuple(int(n) for n in t.ref[0].split(".")))
    rows = [_row(t, _answered(t, branches, page.width)) for t in topics]
    used = [t.bbox for t in topics] + [b.bbox for b in branches]
    return fields_table(rows, used, page.number, ROLES, LABELS, EVIDENCE)


def _branch(box: BBox, lines: Sequence[Line]) -> Branch | None:
    """A filled shape whose first line is a numbered label and which holds a sentence after it."""
    inside = sorted((ln for ln in lines if _centre_in(ln.bbox, box)), key=lambda ln: ln.bbox[1])
    if len(inside) < 2:
        return None
    head = NUMBERED_LABEL.match(inside[0].text.strip())
    if head is None:
        return None
    text = [w for ln in inside[1:] for w in ln.words]
    return Branch(box, head.group("num"), list(inside[0].words), text) if text else None


def _unshaped(loose: Sequence[Line], branches: Sequence[Branch]) -> list[Branch]:
    """Branches whose shape is too big to be read as a tile (a long sentence): a loose line of
    the numbered label the shaped branches print ('Recommendation 3'), and the lines set under
    it at its left edge with no wider gap than a line's lead."""
    kinds = {" ".join(w.text for w in b.label[:-1]).lower() for b in branches}
    known = {b.number for b in branches}
    ordered = sorted(loose, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    out: list[Branch] = []
    for k, head in enumerate(ordered):
        found = NUMBERED_LABEL.match(head.text.strip())
        if found is None or found.group("num") in known or _opens(head):
            continue
        label = list(head.words)
        if " ".join(w.text for w in label[:-1]).lower() not in kinds:
            continue
        group = [head]
        for ln in ordered[k + 1 :]:
            if abs(ln.bbox[0] - head.bbox[0]) > EDGE or ln.bbox[1] <= group[-1].bbox[1]:
                continue
            height = group[-1].bbox[3] - group[-1].bbox[1]
            if ln.bbox[1] - group[-1].bbox[3] > LEAD * height or _opens(ln):
                break
            group.append(ln)
        text = [w for ln in group[1:] for w in ln.words]
        if text:
            box = (
                min(ln.bbox[0] for ln in group), min(ln.bbox[1] for ln in group),
                max(ln.bbox[2] for ln in group), max(ln.bbox[3] for ln in group),
            )  # fmt: skip
            out.append(Branch(box, found.group("num"), label, text))
            known.add(found.group("num"))
    return out


def _topics(lines: Sequence[Line]) -> list[Topic]:
    """Each ref line with the lines under it that stand across its span, in reading order."""
    ordered = sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    opens = [ln for ln in ordered if _opens(ln)]
    taken: set[int] = {id(ln) for ln in opens}
    out: list[Topic] = []
    for first in opens:
        group = [first]
        for ln in ordered:
            if ln.bbox[1] <= group[-1].bbox[1] or not _within(ln.bbox, first.bbox):
                continue
            height = group[-1].bbox[3] - group[-1].bbox[1]
            if id(ln) in taken or ln.bbox[1] - group[-1].bbox[3] > LEAD * height:
                break  # the next topic of this column, or white space after this one
            group.append(ln)
            taken.add(id(ln))
        out.append(_topic(group))
    return out


def _opens(ln: Line) -> bool:
    words = ln.words
    return len(words) >= 2 and _REF.match(words[0].text.rstrip(".")) is not None


def _topic(group: Sequence[Line]) -> Topic:
    """A topic's ref, text and fields from its lines."""
    words = list(group[0].words)
    ref = (words[0].text.rstrip("."), words[:1])
    title = words[1:]
    fields = record_fields(group[1:], title)
    return Topic(ref, title, lines_box(group), fields)


def record_fields(lines: Sequence[Line], title: list[Word]) -> dict[str, Field]:
    """A record's labelled fields from the lines under its first, by role. Unlabelled lines
    before the first field carry on the title (extended in place); after one, the last field's
    value (a wrapped value has no label of its own). A role's first value is kept."""
    fields: dict[str, Field] = {}
    last: str | None = None
    for ln in lines:
        parts = _fields(ln.words)
        if not parts:
            if last is None:
                title.extend(ln.words)
            else:
                text, ws = fields[last]
                fields[last] = (f"{text} {ln.text.strip()}", ws + list(ln.words))
            continue
        for role, value in parts:
            if role is not None and role not in fields:
                fields[role] = value
                last = role
    return fields


def lines_box(lines: Sequence[Line]) -> BBox:
    """The box round a record's lines."""
    return (
        min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines),
    )  # fmt: skip


def _fields(words: Sequence[Word]) -> list[tuple[str | None, Field]]:
    """A line's 'Label: value' parts, each with its label's role (None: a label not known);
    an empty list for a line that opens with no label."""
    parts: list[list[Word]] = [[]]
    for w in words:
        if w.text in _SEPARATORS:
            parts.append([])
        else:
            parts[-1].append(w)
    out: list[tuple[str | None, Field]] = []
    for part in (p for p in parts if p):
        at = next((k for k, w in enumerate(part[:4]) if w.text.endswith(":")), -1)
        if at < 0:
            if not out:
                return []
            continue
        label = " ".join(w.text for w in part[: at + 1]).rstrip(":")
        value = part[at + 1 :]
        text = " ".join(w.text for w in value)
        role = header_role(label)
        dated = bool(text) and cell_type(text) in (CellType.date, CellType.owner_date)
        if role not in _FIELD_ROLES and dated:
            role = "due"  # a target or deadline named otherwise, over a date
        out.append((role if role in _FIELD_ROLES else None, (text, value)))
    return out


def _answered(topic: Topic, branches: Sequence[Branch], width: float) -> Branch | None:
    """The branch a topic answers: the one its ref's first number names, else the nearest on
    its side of the page."""
    first = topic.ref[0].split(".")[0]
    named = [b for b in branches if b.number == first]
    if len(named) == 1:
        return named[0]
    mid = (topic.bbox[0] + topic.bbox[2]) / 2
    side = [b for b in branches if ((b.bbox[0] + b.bbox[2]) / 2 < width / 2) == (mid < width / 2)]
    if not side:
        return None
    y = (topic.bbox[1] + topic.bbox[3]) / 2
    return min(side, key=lambda b: abs((b.bbox[1] + b.bbox[3]) / 2 - y))


def _row(topic: Topic, branch: Branch | None) -> list[Field]:
    """A topic's (rec, recommendation, action, ref, owner, due, status, note) and their words."""
    rec: Field = ("", [])
    rec_text: Field = ("", [])
    if branch is not None:
        rec = (branch.number, branch.label[-1:])
        rec_text = (" ".join(w.text for w in branch.text), branch.text)
    title = (" ".join(w.text for w in topic.title), topic.title)
    return [rec, rec_text, title, topic.ref, *(topic.fields.get(r, ("", [])) for r in _FIELD_ROLES)]


def _within(a: BBox, b: BBox) -> bool:
    """Line a stands across b's span: most of its width lies within b's left and right."""
    overlap = min(a[2], b[2]) - max(a[0], b[0])
    return overlap > 0 and overlap >= OVERLAP * (a[2] - a[0])


def _centre_in(a: BBox, b: BBox) -> bool:
    x, y = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def topic_warnings(elements: Sequence[Element]) -> list[ExtractionWarning]:
    """A warning per page where a map's topics were joined to a branch by where they stand, not
    by their ref (the ref's first number names no branch on the page), or to none: the
    recommendation they answer is a guess, or unknown."""
    out: list[ExtractionWarning] = []
    for el in elements:
        table = el.table
        if table is None or table.reading is None:
            continue
        if not any(EVIDENCE in col.evidence for col in table.reading.columns):
            continue
        rec, ref = table.col("rec"), table.col("ref")
        if ref is None:
            continue
        guessed: list[str] = []
        for row in table.rows:
            ref_cell = row.cells[ref]
            rec_cell = row.cells[rec] if rec is not None else None
            if ref_cell is None:
                continue
            if rec_cell is None or rec_cell.text != ref_cell.text.split(".")[0]:
                guessed.append(ref_cell.text)
        if guessed:
            out.append(ExtractionWarning(
                code="topic_branch_by_place",
                message=f"{len(guessed)} topic(s) of the map ({', '.join(guessed[:4])}) have a"
                " ref that names no branch on the page: each was joined to the branch nearest it"
                " (or none); check the recommendation they answer",
                page=table.page,
            ))  # fmt: skip
    return out
