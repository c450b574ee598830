"""Actions posted as replies in a chat thread: a team channel printed to PDF.

Some authorities run their plan from a chat channel: a bot posts each recommendation as a card
('Recommendation 1' over its text) and replies under it, one reply per action. A reply opens
with its ref behind a label and a middle dot ('Task T1.1 · <action>'); its next line is a META
line of fields parted by middle dots, each opened by a phrase or word and no colon ('picked up
by Ruth Kowalczyk · deadline 19/1/27 #ontrack'); an optional quote gives the update ('update:
...'). Each post and each reply is printed as a box: a table reader sees one-cell tables
nested in one another, and glues sender, timestamp, card and the whole thread into one cell.

Where at least MIN_ACTIONS replies with a meta line are found, those boxes are opened into
their lines (nested boxes repeat the lines of the box round them: read once); a reply is read
into a row of an action table made for it (plan_prose.rows_as_tables), so owner, date and
status go through the one normaliser of each; a card's label and text become a heading line
'Recommendation N: text' the recommendation reader knows. The chat's chrome (sender lines
with a timestamp or '(Bot)', avatars' initials, 'Reply') is dropped; a colleague's message in
the thread opens with no ref label and stays text, never an action. Labels, phrases and
patterns are data (data/thread_replies.json).
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

_DATA: dict[str, Any] = json.loads(
    resources.files("plantrace.extractors").joinpath("data/thread_replies.json").read_text("utf-8")
)

ROLES = ["ref", "action", "owner", "due", "rag", "progress"]
MIN_ACTIONS = 2  # replies with a meta line a document needs before it is read this way
WRAP_LINES = 3  # lines an action's text may wrap onto before its meta line


_SEP = _DATA["field_separators"]
_REPLY = re.compile(
    rf"^(?:{alternation(_DATA['ref_labels'], lower=False)})\s+(?P<ref>[A-Z]{{0,3}}\d{{1,2}}(?:\.\d{{1,2}})*[a-z]?)"
    rf"\s*{_SEP}\s*(?P<text>\S.*)$"
)
_OWNER = re.compile(rf"^(?:{alternation(_DATA['owner_phrases'])})(?:\s+|(?<=:))(?P<v>\S.*)$", re.I)
_DUE = re.compile(rf"^(?:{alternation(_DATA['due_words'])})(?:\s+|(?<=:))(?P<v>\S.*)$", re.I)
_TAG = re.compile(r"(?:^|\s)(?P<tag>#[A-Za-z][A-Za-z-]*)$")
_PROGRESS = re.compile(rf"^(?:{alternation(_DATA['progress_labels'])})\s*(?P<v>\S.*)$", re.I)
_REC = re.compile(rf"^(?:{alternation(_DATA['rec_labels'])})\s+(?P<num>\d{{1,2}})\s*$", re.I)
_SENDER = re.compile(_DATA["sender_line"])
_CHROME = re.compile(_DATA["chrome_line"])


def meta_fields(text: str) -> dict[str, str]:
    """Fields of a meta line ('picked up by X · deadline 20/4/25 #ontrack'): its parts
    between middle dots, each named by the phrase or word it opens with; a hashtag closing a
    part is the status. Empty where a part is named by no phrase (no meta line)."""
    fields: dict[str, str] = {}
    for part in (p.strip() for p in re.split(rf"\s{_SEP}\s", text)):
        if not part:
            continue
        tag = _TAG.search(part)
        if tag is not None:
            fields.setdefault("rag", tag.group("tag"))
            part = part[: tag.start()].strip()
            if not part:
                continue
        if (m := _OWNER.match(part)) is not None:
            fields.setdefault("owner", m.group("v").strip())
        elif (m := _DUE.match(part)) is not None:
            fields.setdefault("due", m.group("v").strip())
        else:
            return {}
    return fields if "owner" in fields or "due" in fields else {}


def _key(ln: Line) -> tuple[int, int, int, str]:
    return (ln.page, round(ln.x0), round(ln.top), ln.text)


def _one_column(el: Element) -> bool:
    """Whether el is a box: a table with no header read, one cell with text a row (an
    avatar's column beside a message is no column, empty or holding the sender's initials,
    as other chrome: a box cut by a page foot is read with its avatar's column)."""
    if el.raw is None:
        return False
    return all(
        len([c for c in r if c is not None and c.text.strip() and not _chrome(c.text)]) <= 1
        for r in el.raw.rows
    )


def _chrome(text: str) -> bool:
    """Whether a cell holds only the chat's chrome (an avatar's initials, 'Reply')."""
    return _CHROME.match(" ".join(text.split())) is not None


def _box_lines(elements: Sequence[Element]) -> list[Line | Element] | None:
    """The document in reading order, boxes opened into their lines (a nested box's repeat of
    its outer box's lines read once), other tables kept whole and their lines not repeated;
    None where an action table was read (the plan is read already)."""
    if any(el.table is not None and el.table.kind == ACTION_TABLE for el in elements):
        return None
    tabled = {
        _key(ln)
        for el in elements
        if el.raw is not None and not _one_column(el)
        for row in el.raw.rows
        for c in row
        if c is not None
        for ln in c.lines
    }
    seen: set[tuple[int, int, int, str]] = set()
    out: list[Line | Element] = []
    for el in elements:
        if el.table is not None or (el.raw is not None and not _one_column(el)):
            out.append(el)
            continue
        if el.raw is not None:
            lines = [ln for row in el.raw.rows for c in row if c is not None for ln in c.lines]
        else:
            lines = list(el.lines)
        for ln in lines:
            key = _key(ln)
            if key not in seen and key not in tabled:
                seen.add(key)
                out.append(ln)
    return out


def _heading(label: Line, text: Sequence[Line], num: str) -> Line:
    """A heading line 'Recommendation N: text' for a card."""
    words = " ".join(" ".join(ln.text for ln in text).split())
    line = Line(
        f"Recommendation {num}: {words}", label.bbox, label.font_size, label.bold, label.page,
        label.index,
    )  # fmt: skip
    line.words = []
    return line


def _card_text(lines: Sequence[Line], i: int) -> int:
    """How many lines after a card's label are its text: lines at the label's indent, each
    close under the one before, none a reply or sender line."""
    label, n = lines[i], 0
    prev = label
    for ln in lines[i + 1 :]:
        if ln.page != label.page or abs(ln.x0 - label.x0) > 4 or _REPLY.match(ln.text):
            break
        if _SENDER.match(ln.text) or ln.top - prev.bottom > 2 * max(prev.bottom - prev.top, 6.0):
            break
        n, prev = n + 1, ln
    return n


def _row(values: dict[str, str], lines: Sequence[Line]) -> Row:
    """A row of the made table, each cell boxed by the reply's lines on its first page."""
    on_page = [ln for ln in lines if ln.page == lines[0].page]
    cells: list[Cell | None] = [
        made_cell(values[role], on_page) if role in values else None for role in ROLES
    ]
    return Row(cells=cells, page=lines[0].page, merged_above=[False] * len(cells))


def _reply(lines: Sequence[Line], i: int) -> tuple[dict[str, str], int] | None:
    """(fields by role, lines used) of a reply opening at lines[i], else None: its ref line,
    wrapped lines of its text, its meta line, an optional progress line."""
    m = _REPLY.match(lines[i].text)
    if m is None:
        return None
    text = [m.group("text")]
    for k in range(i + 1, min(i + 2 + WRAP_LINES, len(lines))):
        fields = meta_fields(lines[k].text)
        if fields:
            used = k + 1 - i
            if k + 1 < len(lines) and (p := _PROGRESS.match(lines[k + 1].text)) is not None:
                fields["progress"] = p.group("v").strip()
                used += 1
            action = " ".join(" ".join(text).split())
            return {"ref": m.group("ref"), "action": action, **fields}, used
        if _REPLY.match(lines[k].text) or _SENDER.match(lines[k].text):
            return None
        text.append(lines[k].text)
    return None


def adopt_thread_replies(elements: list[Element]) -> list[Element]:
    """Elements with a chat thread's replies read as action tables and its cards as
    recommendation heading lines; unchanged where fewer than MIN_ACTIONS replies carry a
    meta line, or where an action table was read."""
    items = _box_lines(elements)
    if items is None:
        return elements
    lines = [it for it in items if isinstance(it, Line)]
    rows: dict[int, Row] = {}
    taken: set[int] = set()
    headings: dict[int, Line] = {}  # a card's label line (by id) -> its heading line
    dropped: set[int] = set()  # chrome, and a card's text read into its heading
    i = 0
    while i < len(lines):
        ln = lines[i]
        read = _reply(lines, i)
        if read is not None:
            values, used = read
            rows[id(ln)] = _row(values, lines[i : i + used])
            taken.add(id(ln))
            dropped.update(id(x) for x in lines[i + 1 : i + used])
            i += used
            continue
        rec = _REC.match(ln.text)
        if rec is not None and (n := _card_text(lines, i)) > 0:
            headings[id(ln)] = _heading(ln, lines[i + 1 : i + 1 + n], rec.group("num"))
            dropped.update(id(x) for x in lines[i + 1 : i + 1 + n])
            i += 1 + n
            continue
        if _SENDER.match(ln.text) or _CHROME.match(ln.text):
            dropped.add(id(ln))
        i += 1
    if len(rows) < MIN_ACTIONS:
        return elements
    split: list[Element] = []
    run: list[Line] = []  # a message's lines: one paragraph
    for it in items:
        if isinstance(it, Line) and id(it) in dropped:
            continue
        if isinstance(it, Line) and id(it) not in taken and id(it) not in headings:
            if run and (run[-1].page != it.page or abs(run[-1].x0 - it.x0) > 4):
                split.append(Element(run[0].page, run[0].top, lines=run))
                run = []
            run.append(it)
            continue
        if run:
            split.append(Element(run[0].page, run[0].top, lines=run))
            run = []
        if isinstance(it, Element):
            split.append(it)
        else:
            line = headings.get(id(it), it)
            split.append(Element(line.page, line.top, lines=[line]))
    if run:
        split.append(Element(run[0].page, run[0].top, lines=run))
    return rows_as_tables(split, rows, taken, ROLES)
