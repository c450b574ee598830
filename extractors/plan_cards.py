"""Plans that are not tables: one card per action, a title then 'Lead:', 'Deadline:',
'Progress:' lines (issue 11).

Word templates and slide decks often print each action as a short block. Such a run of cards is
read as the action table it stands for: the title is the action (its leading ref kept), each
field label is a column header named by the same vocabulary as table headers, so 'Lead officer:'
and 'Who:' mean what they mean in a table. The extractors then read it like any other table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from plantrace.extractors.column_roles import ColumnRole, TableRoles
from plantrace.extractors.plan_columns import (
    ACTION_TABLE,
    Element,
    PlanTable,
    Row,
    header_label,
    header_role,
)
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.layout import join_text

_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][\w ()/&'’-]{0,30}?)\s*:\s*(?P<value>\S.*)?$")
# roles a card's field line may give (the title is the action)
CARD_ROLES = ("owner", "sponsor", "due", "start", "progress", "rag", "governance", "milestones")
MAX_TITLE_LINES = 4


@dataclass(slots=True)
class _Card:
    title: list[Line]
    fields: list[tuple[str, str, list[Line]]] = field(default_factory=list)  # role, label, lines


def _field(line: Line) -> tuple[str, str, str] | None:
    """(role, label, value) of a field line such as 'Lead: Head of Service'."""
    m = _FIELD.match(line.text)
    if m is None:
        return None
    role = header_role(m.group("label"))
    if role not in CARD_ROLES:
        return None
    return str(role), header_label(m.group("label")), (m.group("value") or "").strip()


def split_cards(
    lines: Sequence[Line], paragraphs: Callable[[list[Line]], list[Element]]
) -> list[Element]:
    """The lines as paragraphs, with each run of action cards made one action table."""
    cards = _cards(list(lines))
    if len(cards) < 2:
        return paragraphs(list(lines))
    used = {id(ln) for c in cards for ln in [*c.title, *(x for f in c.fields for x in f[2])]}
    out: list[Element] = []
    rest: list[Line] = []
    first = {id(c.title[0]): c for c in cards}
    run: list[_Card] = []
    for ln in lines:
        if id(ln) in first:
            if rest:
                out += _flush(run) + paragraphs(rest)
                run, rest = [], []
            run.append(first[id(ln)])
        elif id(ln) not in used:
            if run and not rest:
                out += _flush(run)
                run = []
            rest.append(ln)
    out += _flush(run)
    if rest:
        out += paragraphs(rest)
    return out


def _cards(lines: list[Line]) -> list[_Card]:
    """Cards: up to four title lines, then two or more field lines naming an owner or a date."""
    found: list[_Card] = []
    i, floor = 0, 0
    while i < len(lines):
        f = _field(lines[i])
        if f is None:
            i += 1
            continue
        j, fields = i, []
        while j < len(lines) and (g := _field(lines[j])) is not None:
            fields.append((g[0], g[1], [lines[j]]))
            j += 1
            # a field's value wrapped onto an indented line goes with it
            while j < len(lines) and _field(lines[j]) is None and _hangs(lines[j], lines[i]):
                fields[-1][2].append(lines[j])
                j += 1
        title = _title(lines, i, floor)
        roles = {r for r, _, _ in fields}
        if title and len(roles) >= 2 and roles & {"owner", "due"}:
            found.append(_Card(title, fields))
            floor = j
        i = j
    return found


def _hangs(line: Line, field_line: Line) -> bool:
    return line.x0 > field_line.x0 + 6.0 and line.top - field_line.bottom < 2.0 * line.font_size


def _title(lines: list[Line], i: int, floor: int) -> list[Line]:
    """The action's title: the lines just above the first field, of the fields' size, close."""
    first = lines[i]
    title: list[Line] = []
    k = i - 1
    below = first
    while k >= floor and len(title) < MAX_TITLE_LINES:
        ln = lines[k]
        if (
            _field(ln) is not None
            or abs(ln.font_size - first.font_size) > 0.6
            or below.top - ln.bottom > 1.2 * first.font_size
            or ln.page != first.page
        ):
            break
        title.insert(0, ln)
        below = ln
        k -= 1
    return title


def _flush(run: list[_Card]) -> list[Element]:
    if not run:
        return []
    labels: list[str] = ["Action"]
    roles: list[str | None] = ["action"]
    for c in run:
        for role, label, _ in c.fields:
            if role not in roles:
                roles.append(role)
                labels.append(label)
    rows = [_row(c, roles) for c in run]
    reading = TableRoles(
        ACTION_TABLE,
        [
            ColumnRole(i, labels[i], roles[i], 0.9,
                       ["card title" if i == 0 else f"card field '{labels[i]}:' names {roles[i]}"])
            for i in range(len(roles))
        ],
    )  # fmt: skip
    first = run[0].title[0]
    table = PlanTable(ACTION_TABLE, roles, labels, rows, first.page, first.top, [], reading)
    return [Element(first.page, first.top, table=table)]


def _row(card: _Card, roles: list[str | None]) -> Row:
    cells: list[Cell | None] = [None] * len(roles)
    cells[0] = _cell(card.title, join_text(ln.text for ln in card.title))
    for role, _, lines in card.fields:
        k = roles.index(role)
        m = _FIELD.match(lines[0].text)
        value = (m.group("value") or "") if m else lines[0].text
        text = join_text([value, *(ln.text for ln in lines[1:])]).strip()
        if cells[k] is None:
            cells[k] = _cell(lines, text)
    return Row(cells=cells, page=card.title[0].page, merged_above=[False] * len(roles))


def _cell(lines: list[Line], text: str) -> Cell:
    box = (
        min(ln.x0 for ln in lines), min(ln.top for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines),
    )  # fmt: skip
    # the cell's own text (a field's value without its label) as its one line
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index)
    line.words = []
    return Cell(text, box, [line])
