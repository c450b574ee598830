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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, Row
from plantrace.extractors.plan_prose import made_cell, rows_as_tables
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.layout import join_text

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/spoken_actions.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress"]
MIN_ACTIONS = 2  # sentences with a field clause a plan needs before it is read this way


def _alternation(words: Iterable[str]) -> str:
    """Phrases as one regex alternation, longest first, spaces matching any run of space."""
    parts = sorted({" ".join(w.split()) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


_SAID = re.compile(
    rf"\b(?:{_alternation(_DATA['ref_labels'])})\s+(?P<ref>\d{{1,2}}(?:\.\d{{1,2}})+[a-z]?)"
    r"\s*:\s*[“\"](?P<text>[^”\"]+)[”\"]",
    re.I,
)
_CLAUSE = re.compile(
    "|".join(
        rf"(?P<{role}>\b(?:{_alternation(words)}))" for role, words in _DATA["clauses"].items()
    ),
    re.I,
)
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


def read_said(text: str) -> tuple[str, str, dict[str, str]] | None:
    """(ref, action text, fields by role) of a sentence saying an action, else None."""
    m = _SAID.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    found = list(_CLAUSE.finditer(rest))
    fields: dict[str, str] = {}
    for i, clause in enumerate(found):
        role = clause.lastgroup
        end = found[i + 1].start() if i + 1 < len(found) else len(rest)
        value = _JOINER.sub("", rest[clause.end() : end]).strip(" ,;:")
        if role is not None and value and role not in fields:
            fields[role] = value
    return m.group("ref"), " ".join(m.group("text").split()), fields


def _heading(turn: Sequence[Line]) -> Line | None:
    """A heading line 'Recommendation N: text' for a turn that says a recommendation."""
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
    for el in _turns_joined(elements):
        if el.raw is not None or not el.lines:
            split.append(el)
            continue
        for turn in turns(el.lines):
            read = read_said(join_text(ln.text for ln in turn))
            if read is not None:
                said += bool(read[2])
                rows[id(turn[0])] = _row(*read, turn)
                taken.update(id(ln) for ln in turn)
                split.append(Element(turn[0].page, turn[0].top, lines=list(turn)))
                continue
            head = _heading(turn)
            kept = [head] if head is not None else list(turn)
            split.append(Element(turn[0].page, turn[0].top, lines=kept))
    if said < MIN_ACTIONS:
        return elements
    return rows_as_tables(split, rows, taken, ROLES)
