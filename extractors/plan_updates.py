"""Blocks that update an action read earlier: a later block of 'label | value' rows that names an
action by its ref (or restates its text) and gives its fields again, newer.

Programme offices report by exception: a summary grid lists every action with the date agreed
when the plan was approved, and a box further on, for each action off track, restates it ('Task
2.3 | <its text>') with its status now, the date first agreed and the revised one. Such a block
is no new action: it updates the one it names. Its status is the action's status now; of its
dates, the one its label marks as history ('originally', 'previous', the plan vocabulary's
status_columns.history_words), or that only restates the action's date, is the past, and the
other supersedes the action's due date. Rows no header vocabulary names ('Reason for
exception', 'Path to green') say why and how, not progress; a row the vocabulary names as
progress ('Latest update') is the action's progress now.

A block is read from what it is, not from its words: a table or box of two-part rows (a label,
a column gap or a colon, a value), its first row (or a ref row) naming an action already read,
and at least one row restating a field (a date, a status, a note) of it.

Plans also keep progress apart from the plan as agreed: a later table whose rows are keyed by
the refs of actions already read (in any order) and say only how each stands, a status column
and a note, no action text nor owner of their own (update_from_keyed_table). Its header may
stand alone at the foot of the page before, or name nothing a vocabulary knows: its columns are
read from their cells (short words shaded by their status, or read as statuses, and a column
of notes). A later table keyed so that names who leads each action, by when and how it stands
(a workbook's Responsibilities sheet beside its Actions sheet) is joined on instead: its facts
fill what the actions lack (plan_actions.join_keyed_table).

A later table may also only cite the actions: each row names an action read before by its ref
alone and says something about it, several rows for one action (its checkpoints on the way,
dated before the action is due, and whether each was met). Its rows are no actions of their
own, nor updates of the action's status or date (cites_read_actions): it is left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_actions import Draft, join_keyed_table, ref_key
from plantrace.extractors.plan_boxes import column_gap
from plantrace.extractors.plan_columns import Element, PlanTable, Row, header_role
from plantrace.extractors.plan_vocab import PLAN_VOCAB
from plantrace.pipeline.document import Cell, Line, Word
from plantrace.pipeline.normalise.dates import parse_date, parse_due
from plantrace.pipeline.normalise.label_scales import keyed_by_label
from plantrace.pipeline.normalise.rag import (
    column_rags,
    is_status_state,
    normalise_rag,
    words_follow_tints,
)
from plantrace.pipeline.normalise.text_keys import text_key

_HISTORY = frozenset(PLAN_VOCAB["status_columns"]["history_words"])
_NOW = frozenset(PLAN_VOCAB["status_columns"]["now_words"])
_WORD = re.compile(r"[a-z]+")
_LABEL_WORDS = 5  # a field label is short ('Date originally agreed')
_REF_WORDS = 3  # the ref stands in the first words of a block's title row ('Task 2.3 ...')
_TEXT_WORDS = 8  # words of an action's text that identify it when restated
_TITLE_LINES = 3  # a block's title printed above it is a short heading
# 'Label: value' on one line, the label a few words
_COLON = re.compile(r"^\s*(?P<label>[A-Za-z][\w ()/'’-]{0,40}?)\s*:\s+(?P<value>\S.*)$", re.S)
_UPDATES = ("due", "rag", "progress")  # the fields a block may restate newer


@dataclass(slots=True)
class Field:
    """One row of a block: its label and value as printed."""

    label: str
    value: str


def update_from_block(
    elements: Sequence[Element],
    i: int,
    drafts: list[Draft],
    rag_key: Mapping[str, str] | None = None,
) -> int:
    """How many elements from elements[i] make a block updating an action read before it (see
    the module's docstring), 0 when none; that action is then updated in place. A block of two
    columns that the table reader took for a table (its title row read as the header) counts
    too: it is no table of new actions; so do field lines printed as paragraphs of their own
    ('Action B2: ...' / 'RAG: Red' / 'New target date: ...')."""
    el = elements[i]
    if not drafts:
        return 0
    pieces = _table_run(elements, i)
    if update_from_keyed_table(pieces, drafts, rag_key):
        return len(pieces)
    if el.table is not None and join_keyed_table(el.table, drafts, rag_key):
        return 1  # the same actions' owners, dates and statuses, on a sheet of their own
    if el.table is not None and cites_read_actions(el.table, drafts):
        return 1  # checkpoints on the way to actions read above: no actions of their own
    fields: list[Field] = []
    if not _may_name(el, drafts):
        title = _title_above(elements, i)
        if title is None or not _may_name(title, drafts):
            return 0
        fields = [Field(title.text, "")]  # the block's title printed above it, a line of its own
    fields += block_fields(el)
    used = 1
    if el.table is None and el.raw is None:
        for nxt in elements[i + 1 :]:
            more = block_fields(nxt) if nxt.table is None and nxt.raw is None else []
            if not more or _may_name(nxt, drafts):
                break  # no field line, or the title of the next block
            fields, used = fields + more, used + 1
    if len(fields) < 3 or not any(_restated(f) for f in fields[1:]):
        return 0
    draft = _named(fields, drafts)
    if draft is None:
        return 0
    _update(draft, fields[1:], rag_key)
    return used


def _title_above(elements: Sequence[Element], i: int) -> Element | None:
    """The short paragraph just above a table of fields, its title ('Action B2 – ...')."""
    el, above = elements[i], elements[i - 1] if i else None
    if el.table is None and el.raw is None:
        return None
    if above is None or above.table is not None or above.raw is not None or not above.lines:
        return None
    return above if len(above.lines) <= _TITLE_LINES and above.page == el.page else None


def _may_name(el: Element, drafts: Sequence[Draft]) -> bool:
    """A cheap test before the block is read word by word: its first line or row names a ref
    of an action read (in its first words) or restates an action's text."""
    if el.table is not None:
        first = " ".join(el.table.labels)
    elif el.raw is not None:
        first = " ".join(c.text for c in (el.raw.rows[0] if el.raw.rows else []) if c is not None)
    else:
        first = el.lines[0].text if el.lines else ""
    words = first.split()
    refs = {ref_key(d.ref) for d in drafts if d.ref}
    if any(ref_key(w) in refs for w in words[:_REF_WORDS]):
        return True
    lowered = [w.lower() for w in words]
    return any(_restates_lowered(lowered, d.text) for d in drafts)


def block_fields(el: Element) -> list[Field]:
    """The 'label | value' rows of a block (a table of one or two columns, or lines a column
    gap or a colon parts), in print order; [] when any row is no such pair."""
    t = el.table
    if t is not None:
        if len(t.labels) != 2 or any(r.section for r in t.rows):
            return []
        pairs = [(t.labels[0], t.labels[1])] + [(r.text(0), r.text(1)) for r in t.rows]
        return [Field(" ".join(a.split()), " ".join(b.split())) for a, b in pairs]
    if el.raw is not None:
        out: list[Field] = []
        for cells in el.raw.rows:
            found = _row_fields(cells)
            if not found:
                return []
            out += found
        return out
    return _line_fields(el.lines)


def _restated(f: Field) -> bool:
    """A row restating a field an update changes: a date, a status, a progress note."""
    return header_role(f.label) in _UPDATES or _date_value(f.value)


def _row_fields(cells: Sequence[Cell | None]) -> list[Field]:
    """A row of two cells is one field; a row of one cell holds one field or several, a line
    each (a box whose inner rows are not ruled)."""
    own: list[Cell] = []
    for c in cells:
        if c is not None and c.text.strip() and all(c is not o for o in own):
            own.append(c)
    if len(own) == 2:
        return [Field(" ".join(own[0].text.split()), " ".join(own[1].text.split()))]
    if len(own) == 1:
        # a label whose value is blank ('Revised date |  '): a field saying nothing
        return _line_fields(own[0].lines) or [Field(" ".join(own[0].text.split()), "")]
    return []


def _line_fields(lines: Sequence[Line]) -> list[Field]:
    """Fields from printed lines: a line with a column gap after a short label opens one (a
    label that wraps goes on at the label's left edge, a value at the value's); a line that is
    'Label: value' opens one; any other line continues the value above."""
    out: list[Field] = []
    value_x: float | None = None
    for ln in lines:
        words = ln.words
        k = column_gap(ln)
        if k is not None and k <= _LABEL_WORDS:
            out.append(Field(_words(words[:k]), _words(words[k:])))
            value_x = words[k].x0
            continue
        m = _COLON.match(ln.text)
        if m is not None and len(m.group("label").split()) <= _LABEL_WORDS:
            out.append(Field(m.group("label").strip(), " ".join(m.group("value").split())))
            value_x = None
            continue
        if not out or not words:
            return []
        last = out[-1]
        if value_x is not None and words[0].x0 < value_x - 2:
            label = [w for w in words if w.x1 <= value_x]
            rest = [w for w in words if w.x1 > value_x]
            last.label = f"{last.label} {_words(label)}".strip()
            last.value = f"{last.value} {_words(rest)}".strip()
        else:
            last.value = f"{last.value} {' '.join(ln.text.split())}".strip()
    return out


def _words(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words).strip()


def _named(fields: Sequence[Field], drafts: Sequence[Draft]) -> Draft | None:
    """The action a block names: by the ref in the first words of its title row (or a row the
    vocabulary names a ref), one action only, unless the title restates another action's text
    (a short name of its own, 'Task 2.3: Spans of control', is no other text); else by its title
    restating one action's text."""
    refs: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            refs.setdefault(ref_key(d.ref), []).append(d)
    title = f"{fields[0].label} {fields[0].value}".split()
    named = [t for t in title[:_REF_WORDS] if ref_key(t) in refs]
    named += [f.value for f in fields if header_role(f.label) == "ref" and ref_key(f.value) in refs]
    for ref in named:
        found = refs[ref_key(ref)]
        if len(found) == 1 and not _restates_other(title, found[0], drafts):
            return found[0]
    texts = [d for d in drafts if _restates(title, d.text)]
    return texts[0] if len(texts) == 1 else None


def _restates_other(title: Sequence[str], draft: Draft, drafts: Sequence[Draft]) -> bool:
    """The title restates the text of an action other than the one its ref names."""
    return any(d is not draft and _restates(title, d.text) for d in drafts)


def _restates(title: Sequence[str], text: str) -> bool:
    """The title's words include the action's first words, in order ('Task 2.3 Audit twelve
    supervision records ...' restates 'Audit twelve supervision records ...')."""
    return _restates_lowered([w.lower() for w in title], text)


def _restates_lowered(words: Sequence[str], text: str) -> bool:
    """_restates of a title already lowered (a block's title is asked against every action)."""
    want = _opening(text)
    if want is None or want[0] not in words:
        return False
    n, first, wanted = len(want), want[0], list(want)
    return any(words[i] == first and words[i : i + n] == wanted for i in range(len(words) - n + 1))


@functools.lru_cache(maxsize=4096)
def _opening(text: str) -> tuple[str, ...] | None:
    """An action's first words, lowered, that a title restating it holds; None for a text too
    short to tell (cached: every block asks it of every action's text)."""
    want = text.split(None, _TEXT_WORDS)[:_TEXT_WORDS]
    return tuple(w.lower() for w in want) if len(want) >= 3 else None


def _update(draft: Draft, fields: Sequence[Field], rag_key: Mapping[str, str] | None) -> None:
    """The block's newer fields over the action's: its status, the date that is not history
    nor the agreed one restated, a progress note; an owner only where the action has none."""
    dates: list[Field] = []
    for f in fields:
        if not f.value:
            continue
        role = header_role(f.label)
        words = set(_WORD.findall(f.label.lower()))
        if words & _HISTORY and not words & _NOW:
            continue  # 'Date originally agreed', 'Previous status': the past
        if role == "due" or (role is None and _date_value(f.value)):
            dates.append(f)
        elif role == "rag":
            rag = normalise_rag(f.value, rag_key)
            if rag is not None or is_status_state(f.value):
                draft.rag = rag
        elif role == "progress":
            draft.progress = f.value
        elif role == "owner" and not draft.owner:
            draft.owner = f.value
    new = _new_date(dates, draft.due_raw)
    if new is not None:
        draft.due_raw = new


def _date_value(value: str) -> bool:
    return len(value.split()) <= 6 and parse_date(value) is not None


def _new_date(dates: Sequence[Field], agreed: str | None) -> str | None:
    """The date that supersedes the agreed one: the last a label calls new ('Revised date');
    else the one date that is not the agreed date restated (as printed, or the same day)."""
    now = [f for f in dates if set(_WORD.findall(f.label.lower())) & _NOW]
    if now:
        return now[-1].value
    agreed_day = parse_due(agreed) if agreed else None
    fresh = [
        f for f in dates
        if text_key(f.value) != text_key(agreed or "")
        and (agreed_day is None or parse_due(f.value) != agreed_day)
    ]  # fmt: skip
    return fresh[0].value if len(fresh) == 1 else None


def merge_restated(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each action that restates one read before it (the same ref, the same
    text) merged into that one as its update: a report's cards or boxes for the actions off
    track, read as actions of their own, give the earlier action their newer status, date and
    note, not a second action. An owner only fills a gap."""
    out: list[Draft] = []
    for d in drafts:
        earlier = next((e for e in out if _same_action(e, d)), None)
        if earlier is None:
            out.append(d)
            continue
        earlier.due_raw = d.due_raw or earlier.due_raw
        earlier.rag = d.rag or earlier.rag
        earlier.progress = d.progress or earlier.progress
        earlier.owner = earlier.owner or d.owner
    return out


def _same_action(a: Draft, b: Draft) -> bool:
    if not a.ref or not b.ref or ref_key(a.ref) != ref_key(b.ref):
        return False
    first = [w.lower() for w in a.text.split()[:_TEXT_WORDS]]
    return len(first) >= 3 and [w.lower() for w in b.text.split()[:_TEXT_WORDS]] == first


# ---- a later table of progress keyed by the actions' refs ---------------------------------

_KEYED_SHARE = 0.6  # of a table's rows, the share whose key names an action read before
_KEYED_ROWS = 2  # a progress table keys two actions or more
_STATUS_WORDS = 4  # a status is a short phrase ('Needs a push'); a note is longer
_NOTE_WORDS = 3  # a progress note says something: three words or more on average
_FOREIGN = frozenset((CellType.person, CellType.owner_date, CellType.number))


def update_from_keyed_table(
    pieces: Sequence[Element], drafts: Sequence[Draft], rag_key: Mapping[str, str] | None = None
) -> bool:
    """Whether el is a table of progress on actions read before, keyed by their refs, which it
    then applies: each row's status is the action's status now (its word, or its tint where the
    word is no status a vocabulary knows and the column's tints follow its words) and its note
    the action's progress. Evidence from the table's shape: most rows key a distinct action
    read before, no column restates an action's text or holds people or figures, and one column
    is a status column or a column the header names progress. pieces: the table and the pieces
    that carry it on over page breaks (_table_run), read as one, so a status word's tint on one
    page explains it on the next."""
    grid: list[list[Cell | None]] = []
    labels: list[str] = []
    for n, el in enumerate(pieces):
        piece, names = _grid(el)
        grid += piece
        labels = names if n == 0 else labels
    if not grid:
        return False
    refs: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            refs.setdefault(ref_key(d.ref), []).append(d)
    keyed = _keyed_rows(grid, refs)
    if keyed is None:
        return False
    key_col, rows = keyed
    width = max(len(cells) for _, cells in rows)
    columns = [c for c in range(width) if c != key_col]
    texts = {c: [_cell_text(cells, c) for _, cells in rows] for c in columns}
    if any(_foreign(texts[c], [d for d, _ in rows]) for c in columns):
        return False
    fills = {c: [_cell_fill(cells, c) for _, cells in rows] for c in columns}
    status = _status_column(columns, texts, fills, labels, rag_key)
    note = _note_column([c for c in columns if c != status], texts, labels)
    if status is None and (note is None or _label_role(labels, note) != "progress"):
        return False
    if status is not None:  # the rating's label says what its scale means ('Confidence: High')
        rag_key = keyed_by_label(labels[status] if status < len(labels) else None, rag_key)
    rags = column_rags(texts[status], fills[status], rag_key) if status is not None else []
    dated = [c for c in columns if c not in (status, note) and _label_role(labels, c) == "due"]
    for n, (draft, _) in enumerate(rows):
        if status is not None and (texts[status][n].strip() or fills[status][n]):
            draft.rag = rags[n]
        if note is not None and texts[note][n].strip():
            draft.progress = texts[note][n]
        _update(draft, [Field(labels[c], texts[c][n]) for c in dated], rag_key)
    return True


def cites_read_actions(t: PlanTable, drafts: Sequence[Draft]) -> bool:
    """Whether action table t is a table ABOUT actions read before, not one of new actions: a
    column whose every cell is only the ref of an action read above (the column the header
    took for the actions' text, or their ref), no column of owners, no cell restating an
    action's text, and rows that cite the actions rather than key them one to one: an action
    cited in two rows or more, or every date the table gives before the due of the action its
    row cites (checkpoints on the way). Such rows neither add actions nor update the ones they
    cite (their dates are no new due, a 'Yes'/'No' is whether a checkpoint was met)."""
    if "owner" in t.roles:
        return False
    refs: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            refs.setdefault(ref_key(d.ref), []).append(d)
    rows = [r for r in t.rows if not r.section and any(c and c.text.strip() for c in r.cells)]
    if len(rows) < _KEYED_ROWS or not refs:
        return False
    for col in range(len(t.labels)):
        cited = [_row_ref(" ".join(r.text(col).split()), refs) for r in rows]
        if all(len(found) == 1 for found in cited):
            actions = [found[0] for found in cited]
            return _only_cites(t, col, rows, actions)
    return False


def _only_cites(t: PlanTable, key: int, rows: Sequence[Row], actions: Sequence[Draft]) -> bool:
    """Whether rows, each citing actions[n] in column key, say only things about those actions:
    no other cell restates an action's text, and an action is cited twice or more or every
    date in the rows falls before the due of the action cited."""
    others = [c for c in range(len(t.labels)) if c != key]
    for c in others:
        if any(_restates(r.text(c).split(), d.text) for r, d in zip(rows, actions, strict=True)):
            return False
    if len({id(d) for d in actions}) < len(actions):
        return True
    return _checkpoints(t, others, rows, actions)


def _checkpoints(
    t: PlanTable, columns: Sequence[int], rows: Sequence[Row], actions: Sequence[Draft]
) -> bool:
    """Whether the rows' dates (the columns holding dates in most rows) each fall before the due
    of the action its row cites: dates on the way to the action, not a new due for it."""
    dated = [c for c in columns if 2 * sum(_date_value(r.text(c)) for r in rows) > len(rows)]
    if not dated:
        return False
    for r, d in zip(rows, actions, strict=True):
        due = parse_due(d.due_raw) if d.due_raw else None
        for c in dated:
            when = parse_date(r.text(c), end_of_period=False) if r.text(c).strip() else None
            if due is None or when is None or when >= due:
                return False
    return True


def _table_run(elements: Sequence[Element], i: int) -> list[Element]:
    """elements[i] and the tables no header placed that carry it on, each at the top of the
    next page with as many columns: one table printed over page breaks."""
    run = [elements[i]]
    width = _width(elements[i])
    for nxt in elements[i + 1 :]:
        last = run[-1]
        if nxt.raw is None or nxt.page != last.page + 1 or _width(nxt) != width or not width:
            break
        run.append(nxt)
    return run


def _width(el: Element) -> int:
    if el.raw is not None:
        return max((len(r) for r in el.raw.rows), default=0)
    return len(el.table.labels) if el.table is not None else 0


def _grid(el: Element) -> tuple[list[list[Cell | None]], list[str]]:
    """A table's rows of cells and its header labels ([] when none is known): a table no header
    vocabulary placed, or an action table the header placed with no column of action text nor
    of owners (its rows are keyed updates, not actions)."""
    if el.raw is not None:
        return [list(r) for r in el.raw.rows], []
    t = el.table
    if t is None or _own_actions(t.roles, t.labels):
        return [], []
    return [list(r.cells) for r in t.rows if not r.section], list(t.labels)


def rates_earlier(t: PlanTable, earlier: Sequence[PlanTable]) -> bool:
    """Whether action table t holds no actions of its own (_own_actions) and its refs are those
    of actions an earlier table listed: a later table of ratings and narrative on them. A
    numbered heading over it ('5. Progress at 15 January 2026') is a part of the report, not a
    recommendation that table answers."""
    col = t.col("ref")
    if col is None or _own_actions(t.roles, t.labels):
        return False
    before = {
        ref_key(r.text(c)) for e in earlier if (c := e.col("ref")) is not None for r in e.rows
    }
    keys = [ref_key(r.text(col)) for r in t.rows if not r.section and r.text(col).strip()]
    return len(keys) >= _KEYED_ROWS and sum(k in before for k in keys) >= _KEYED_SHARE * len(keys)


def _own_actions(roles: Sequence[str | None], labels: Sequence[str]) -> bool:
    """Whether a table's columns say it holds actions of its own: a column of owners, or one of
    action text beside a due column or under a header that names it. A column of prose under a
    header that names no role ('Storyline', 'Commentary') beside only a ref and a rating is the
    narrative of each action a later table rates ('Item # | Confidence level | Storyline'):
    its rows update actions read before, whatever the rating's label (confidence, RAG, score)."""
    if "owner" in roles:
        return True
    dated = "due" in roles
    return any(
        r == "action" and (dated or header_role(labels[c] if c < len(labels) else "") == "action")
        for c, r in enumerate(roles)
    )


def _keyed_rows(
    grid: Sequence[Sequence[Cell | None]], refs: Mapping[str, list[Draft]]
) -> tuple[int, list[tuple[Draft, Sequence[Cell | None]]]] | None:
    """The key column (the first or second) and each row it keys to one action read before:
    most rows with any text key one, each a different action; None otherwise (a header row and
    a blank row key nothing and are left out)."""
    filled = [cells for cells in grid if any(c is not None and c.text.strip() for c in cells)]
    for col in (0, 1):
        rows: list[tuple[Draft, Sequence[Cell | None]]] = []
        for cells in filled:
            found = _row_ref(_cell_text(cells, col), refs)
            if len(found) == 1:
                rows.append((found[0], cells))
        distinct = len({id(d) for d, _ in rows}) == len(rows)
        if distinct and len(rows) >= max(_KEYED_ROWS, _KEYED_SHARE * len(filled)):
            return col, rows
    return None


def _row_ref(text: str, refs: Mapping[str, list[Draft]]) -> list[Draft]:
    """The actions a key cell names: its ref as printed, or a short cell's last word after a
    word saying what the ref is ('Action 3.2', 'Task 7')."""
    found = refs.get(ref_key(text), [])
    words = text.split()
    if not found and 2 <= len(words) <= _REF_WORDS and ref_key(words[0]) not in refs:
        found = refs.get(ref_key(words[-1]), [])
    return found


def _cell_text(cells: Sequence[Cell | None], col: int) -> str:
    cell = cells[col] if col < len(cells) else None
    return " ".join(cell.text.split()) if cell is not None else ""


def _cell_fill(cells: Sequence[Cell | None], col: int) -> str | None:
    cell = cells[col] if col < len(cells) else None
    return cell.fill if cell is not None else None


def _foreign(texts: Sequence[str], drafts: Sequence[Draft]) -> bool:
    """A column an update table does not have: most of its cells people, who-and-when or
    figures (an action table, a table of measures), or any cell restating its action's text."""
    typed = [cell_type(t) for t in texts if t]
    if typed and 2 * sum(1 for t in typed if t in _FOREIGN) > len(typed):
        return True
    return any(_restates(t.split(), d.text) for t, d in zip(texts, drafts, strict=True))


def _status_column(
    columns: Sequence[int],
    texts: Mapping[int, Sequence[str]],
    fills: Mapping[int, Sequence[str | None]],
    labels: Sequence[str],
    key: Mapping[str, str] | None,
) -> int | None:
    """The column of statuses: short cells that a vocabulary or the plan's key reads (most of
    them), or whose tints follow their words; the header naming a status decides between two."""
    found: list[int] = []
    for c in columns:
        cells = [t for t in texts[c] if t]
        if not cells:
            if _fills_say_status(fills[c]):
                found.append(c)  # a column of colours and no words: each cell's fill says it
            continue
        if any(len(t.split()) > _STATUS_WORDS for t in cells):
            continue
        own = keyed_by_label(labels[c] if c < len(labels) else None, key)  # 'Confidence: High'
        read = sum(1 for t in cells if normalise_rag(t, own) is not None or is_status_state(t))
        if 2 * read > len(cells) or words_follow_tints(texts[c], fills[c]):
            found.append(c)
    named = [c for c in found if _label_role(labels, c) == "rag"]
    return next(iter(named or found), None)


def _fills_say_status(fills: Sequence[str | None]) -> bool:
    """A wordless column whose fills show two status colours or more, most cells filled."""
    colours = [c for c in column_rags([""] * len(fills), fills) if c is not None]
    return 2 * len(colours) > len(fills) and len(set(colours)) >= 2


def _note_column(
    columns: Sequence[int], texts: Mapping[int, Sequence[str]], labels: Sequence[str]
) -> int | None:
    """The column of progress notes: the one the header names progress, else the wordiest,
    three words a cell or more on average, that is no column of dates."""
    named = [c for c in columns if _label_role(labels, c) == "progress"]
    if named:
        return named[0]
    best: tuple[float, int] | None = None
    for c in columns:
        cells = [t for t in texts[c] if t]
        if not cells or 2 * sum(1 for t in cells if _date_value(t)) > len(cells):
            continue
        words = sum(len(t.split()) for t in cells) / len(cells)
        if words >= _NOTE_WORDS and (best is None or words > best[0]):
            best = (words, c)
    return best[1] if best is not None else None


def _label_role(labels: Sequence[str], col: int) -> str | None:
    return header_role(labels[col]) if col < len(labels) else None
