"""Actions said in sentences: a plan read out at a meeting, or written as a record of one.

Some plans reach the public only as speech: a scrutiny committee's verbatim record, a
transcript of the meeting where the plan was presented. There is no action table and no
numbered paragraph: each action is a sentence that names its ref by a label ('Item 1.1:',
'Action 2.3:'), quotes the action's text, and then names the action's fields in clauses of
their own, each opened by a verb phrase ('It is owned by X', 'it is to be completed by 30th
June 2027', 'It is rated at some risk', 'Where we are: ...'). A recommendation is said the same
way ('Recommendation 2. The inspectors said: "..."').

Such a sentence is read into a row of an action table made for it (the prose reader's made
table, plan_prose.rows_as_tables), so owner, date and status go through the one normaliser of
each and the table readers' warnings (an unread status, a missing owner) speak for it. A
recommendation sentence becomes a heading line the recommendation reader knows. Everything
else said (questions, answers naming people and dates, the chair's lines) is left as text.

A record of speech is cut into turns at each speaker's opening ('[18:25] THE DIRECTOR (Name):'):
a sentence's clauses run to the end of its turn, never into the next speaker's words. The
labels, clause phrases and the turn's opening are data (data/spoken_actions.json). Only where
no action table was read and at least MIN_ACTIONS such sentences carry a field clause.

A second shape says the same in a letter: a paragraph opens with its ref and no label ('2(a)
Record children's views ... . Claire Whitby is the person to ask; it is promised for the close
of March 2027, and I would call it wobbling.'), often set as a hanging paragraph whose wrapped
lines sit at a deeper indent (a PDF reads them as a block of their own, joined again here). Its
first sentence is the action; some clauses follow their value ('<owner> has this one'), so a
value said first runs back to the clause or sentence before it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.extractors.plan_prose import alternation, made_cell, rows_as_tables
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.layout import join_text

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/spoken_actions.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress"]
MIN_ACTIONS = 2  # sentences with a field clause a plan needs before it is read this way


_SAID = re.compile(
    rf"\b(?:{alternation(_DATA['ref_labels'])})\s+(?P<ref>\d{{1,2}}(?:\.\d{{1,2}})+[a-z]?)"
    r"\s*:\s*[“\"](?P<text>[^”\"]+)[”\"]",
    re.I,
)
_CLAUSE = re.compile(
    "|".join(
        rf"(?P<{role}>\b(?:{alternation(words)}))" for role, words in _DATA["clauses"].items()
    ),
    re.I,
)
_BEFORE = re.compile(
    "|".join(
        rf"(?P<{role}>\b(?:{alternation(words)})\b)"
        for role, words in _DATA["clauses_before"].items()
    ),
    re.I,
)
_OPENER = re.compile(_DATA["ref_opener"])
# the action's own sentence: to the first full stop before a capital (the next sentence)
_FIRST_SENTENCE = re.compile(r"(?P<text>.+?[.!?])\s+(?=[A-Z“\"])", re.S)
_LEADER = re.compile(r"^[\s,;.]*(?:\b(?:and|but|so)\b)?[\s,;.]*", re.I)
# a boundary a value said before its clause runs back to: a sentence's or clause's end
_BOUNDARY = re.compile(r"[.;:!?](?=\s)|,\s+(?:and|but|so)\b", re.I)
HANG = 8.0  # points deeper than a ref's opening line that its wrapped lines sit (a hanging indent)
_TURN = re.compile(_DATA["turn_opener"])
_REC_SAID = re.compile(_DATA["rec_said"], re.I)
# what joins a value to the next clause, no part of the value ('X, and it is due by ...')
_JOINER = re.compile(
    r"(?:[\s,;.]*\b(?:and|but|so)\b)?(?:[\s,;.]*\b(?:it|this|which)\b)?[\s,;.]*$", re.I
)


def turns(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines cut into speakers' turns: a new turn at each line opening with a speaker."""
    out: list[list[Line]] = []
    for ln in lines:
        if not out or _TURN.match(ln.text):
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


def _runs_on(prev: Element, el: Element) -> bool:
    """Whether el's lines go on with the turn prev ends in: both paragraphs of plain text,
    prev's last turn opened by a speaker, el opening with no speaker, in the same type (a
    paragraph split inside a turn, at a wrapped date or quote, is still that speaker's turn;
    a heading in another size or weight is not)."""
    if prev.raw is not None or el.raw is not None or not prev.lines or not el.lines:
        return False
    if prev.table is not None or el.table is not None or _TURN.match(el.lines[0].text):
        return False
    if not _TURN.match(turns(prev.lines)[-1][0].text):
        return False
    last, first = prev.lines[-1], el.lines[0]
    return first.bold == last.bold and abs(first.font_size - last.font_size) < 0.5


def _turns_joined(elements: Sequence[Element]) -> list[Element]:
    """Elements with a speaker's turn split across paragraphs made one paragraph again."""
    out: list[Element] = []
    for el in elements:
        if out and _runs_on(out[-1], el):
            out[-1] = Element(out[-1].page, out[-1].top, lines=[*out[-1].lines, *el.lines])
        else:
            out.append(el)
    return out


def _fields(rest: str) -> dict[str, str]:
    """Fields by role named in clauses: a clause opening its value ('it is promised for
    <date>') runs to the next clause; a clause following its value ('<owner> has this one')
    takes the words back to the sentence or clause before it."""
    spans: list[tuple[int, int, int, str]] = []  # (region start, value start, value end, role)
    for m in _CLAUSE.finditer(rest):
        spans.append((m.start(), m.end(), -1, m.lastgroup or ""))
    for m in _BEFORE.finditer(rest):
        floor = max((s[1] for s in spans if s[1] <= m.start()), default=0)
        cuts = [b.end() for b in _BOUNDARY.finditer(rest, floor, m.start())]
        start = max([floor, *cuts])
        spans.append((start, start, m.start(), m.lastgroup or ""))
    spans.sort()
    fields: dict[str, str] = {}
    for i, (_, vstart, vend, role) in enumerate(spans):
        end = vend if vend >= 0 else (spans[i + 1][0] if i + 1 < len(spans) else len(rest))
        value = _JOINER.sub("", _LEADER.sub("", rest[vstart:end])).strip(" ,;:")
        if role and value and role not in fields:
            fields[role] = value
    return fields


def read_said(text: str) -> tuple[str, str, dict[str, str]] | None:
    """(ref, action text, fields by role) of a sentence saying an action, else None: a
    labelled ref quoting the action ('Item 1.1: "..."'), or a paragraph opening with its
    ref whose first sentence is the action ('2(a) <action>. <clauses>')."""
    m = _SAID.search(text)
    if m is not None:
        return m.group("ref"), " ".join(m.group("text").split()), _fields(text[m.end() :])
    opened = _OPENER.match(text)
    if opened is None:
        return None
    body = text[opened.end() :]
    first = _FIRST_SENTENCE.match(body)
    if first is None:
        return None
    fields = _fields(body[first.end() :])
    if not fields:
        return None  # a numbered paragraph naming no field is no action said this way
    action = " ".join(first.group("text").split()).rstrip(".")
    return " ".join(opened.group("ref").split()), action, fields


def _opens(line: Line) -> bool:
    """Whether a line opens a paragraph with its ref ('2(a) Deliver ...')."""
    return _OPENER.match(line.text) is not None


def _hangs_from(prev: Element, el: Element) -> bool:
    """Whether el's lines are the wrapped lines of a hanging paragraph prev ends in: prev's
    last paragraph opens with a ref, el's lines all sit at a deeper indent on no ref of their
    own (a PDF reads the opening line in the ref's bold apart from its wrap)."""
    if prev.raw is not None or el.raw is not None or not prev.lines or not el.lines:
        return False
    if prev.table is not None or el.table is not None:
        return False
    opener = next((ln for ln in reversed(prev.lines) if _opens(ln)), None)
    if opener is None or any(_opens(ln) for ln in el.lines):
        return False
    tail = prev.lines[prev.lines.index(opener) :]
    return all(ln.x0 >= opener.x0 + HANG for ln in [*tail[1:], *el.lines])


def _hanging_joined(elements: Sequence[Element]) -> list[Element]:
    """Elements with a hanging paragraph's wrapped lines joined to its opening line."""
    out: list[Element] = []
    for el in elements:
        if out and _hangs_from(out[-1], el):
            out[-1] = Element(out[-1].page, out[-1].top, lines=[*out[-1].lines, *el.lines])
        else:
            out.append(el)
    return out


def _paragraphs(turn: Sequence[Line]) -> list[list[Line]]:
    """A turn cut at each line opening with a ref: each its own paragraph (a Word document
    gives a letter's paragraphs as lines of one block)."""
    out: list[list[Line]] = []
    for ln in turn:
        if not out or _opens(ln):
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


def rec_heading(turn: Sequence[Line]) -> Line | None:
    """A heading line 'Recommendation N: text' for lines that say a recommendation in a sentence
    ('Recommendation 2 asked the council to “...”'): both prose action readers' heading."""
    m = _REC_SAID.search(join_text(ln.text for ln in turn))
    if m is None:
        return None
    first = turn[0]
    text = f"Recommendation {m.group('num')}: {' '.join(m.group('text').split())}"
    line = Line(text, first.bbox, first.font_size, first.bold, first.page, first.index)
    line.words = []
    return line


def _row(ref: str, text: str, fields: dict[str, str], turn: Sequence[Line]) -> Row:
    """A row of the made table, each cell boxed by the turn's lines on its first page."""
    lines = [ln for ln in turn if ln.page == turn[0].page]
    values = {"ref": ref, "action": text, **fields}
    cells: list[Cell | None] = [
        made_cell(values[role], lines) if role in values else None for role in ROLES
    ]
    return Row(cells=cells, page=turn[0].page, merged_above=[False] * len(cells))


def adopt_spoken_actions(elements: list[Element]) -> list[Element]:
    """Elements with actions said in sentences read as action tables and recommendations said
    in sentences as heading lines; unchanged where an action table was read or fewer than
    MIN_ACTIONS sentences say an action with a field clause (a KPI table beside them is no
    action table)."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return elements
    split: list[Element] = []
    rows: dict[int, Row] = {}
    taken: set[int] = set()
    said = 0
    for el in _hanging_joined(_turns_joined(elements)):
        if el.raw is not None or not el.lines:
            split.append(el)
            continue
        for turn in (p for t in turns(el.lines) for p in _paragraphs(t)):
            read = read_said(join_text(ln.text for ln in turn))
            if read is not None:
                said += bool(read[2])
                rows[id(turn[0])] = _row(*read, turn)
                taken.update(id(ln) for ln in turn)
                split.append(Element(turn[0].page, turn[0].top, lines=list(turn)))
                continue
            head = rec_heading(turn)
            kept = [head] if head is not None else list(turn)
            split.append(Element(turn[0].page, turn[0].top, lines=kept))
    if said < MIN_ACTIONS:
        return elements
    return rows_as_tables(split, rows, taken, ROLES)
