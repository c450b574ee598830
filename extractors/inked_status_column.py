"""A table column whose words are each printed in an ink of their own is the status column.

Why: a plan laid out as another kind of document (an invoice's line items, a statement) heads
its status column with that document's word ('Account', 'Ledger') and rates each row in words
no vocabulary reads ('Disputed', 'Part paid, chasing'), each printed in its colour: red, amber,
green, blue, and grey for a row not yet rated. No key on the page gives the words colours (a
legend lists them in black). Read by header and vocabulary the column is placed nowhere and
every action is unrated.

The evidence is the ink: the status column, else a column with no role of its own (or
'other'), whose cells, on two rows at least, are each a few words (no figure, no date) printed
all in one ink, in two inks or more of which one at least is a RAG colour (rag.rag_from_fill).
The column is then the status (its role 'rag', its reading saying why), and each word printed in
a RAG colour means that colour in this table: a key for this table's rows (word -> colour), read
after any key the plan prints. A word in black, grey or another hue that is no status colour
gets no colour: it is left to the status words' warning (plan_status_words), never guessed. Rows
with no action (a total row's 'Total') are not counted. One ink for every value is the column's
style, no status told by colour. A word the status vocabulary reads, inked in another status
colour than its meaning ('On track' underlined in blue: a refreshed plan's revisions marked in
colour), says the ink is no key: the column is left to the vocabulary. So does a state of work
not done, which the vocabulary reads as no colour ('Not begun', 'In progress', 'On hold'), inked
in blue, the colour of work done: revised, not rated.

A header the vocabulary reads as a trend's ('Trajectory') may head such words too ('In orbit',
'Off course': a themed plan's statuses): where most of its cells say no direction (no rise or
fall, normalise_direction) the column is as open to its inks as one of no role. A mark beside
the words in an ink of its own ('Splashdown  ⚑': a flag column with no header, which the table
reader joins to the status) is no part of them: the words' ink is the status's.

Pure: reads a table's cells and sets its roles; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from plantrace.extractors.derived_columns import DERIVED
from plantrace.extractors.ink_code import ink_palette, is_status_code
from plantrace.extractors.mark_strips import glyph_word
from plantrace.extractors.plan_columns import ACTION_TABLE, PlanTable, unmarked
from plantrace.extractors.plan_siblings import pooled_update_notes
from plantrace.pipeline.document import Cell
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.direction import normalise_direction
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag, rag_from_fill
from plantrace.pipeline.normalise.text_keys import text_key

INK_WORDS = 4  # a status inked in its colour is a few words: 'Part paid, chasing'
MIN_ROWS = 2  # one coloured word is emphasis as often as a status
_OPEN_ROLES = (None, "other")
_NOTE_ROLES = ("progress", "latest")  # a note on progress, the latest position
_TREND_ROLES = ("trend", "direction")  # a header read as a trend's may head words of no way


def _has_mark(cell: Cell) -> bool:
    return any(glyph_word(w) for ln in cell.lines for w in ln.text.split())


def _ink(cell: Cell | None) -> str | None:
    """The one ink all of a cell's words are printed in ('#c62828') where the cell is a few
    words, no figure and no date; None for the body's ink, mixed inks or other content."""
    if cell is None or not cell.lines:
        return None
    inks = {ln.colour for ln in cell.lines} | {ln.end_colour for ln in cell.lines}
    marked = [w for ln in cell.lines for w in ln.words] if _has_mark(cell) else []
    if marked and all(w.colour for w in marked):
        # a mark beside the words ('In orbit  ⚑': a flag column no header parts from the
        # status) is printed in its own ink: the words' ink is the status's
        inks = {w.colour for w in marked if not glyph_word(w.text)}
    text = " ".join(ln.text for ln in cell.lines)
    words = re.findall(r"[A-Za-z]+", text)
    if len(inks) != 1 or None in inks or not words or len(words) > INK_WORDS:
        return None
    if re.search(r"\d", text) or parse_due(text) is not None:
        return None
    return next(iter(inks))


def inked_status_keys(tables: Mapping[int, PlanTable]) -> dict[int, dict[str, str]]:
    """For each action table (by the caller's key), the colours of its status words inked each
    in a colour of their own, as that table's key (lower-cased phrase -> RAG colour). Tables
    under one header row (a lead's invoice each) are read as one column: a table of one row, or
    one whose rows share a status, shows one ink alone, and its siblings show the rest."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for k, t in tables.items():
        if t.kind == ACTION_TABLE:
            groups.setdefault(tuple(t.labels), []).append(k)
    out: dict[int, dict[str, str]] = {}
    for keys in groups.values():
        found = _group_key([tables[k] for k in keys])
        if found is not None:
            for k in keys:
                out[k] = found
    return out


def _group_key(group: Sequence[PlanTable]) -> dict[str, str] | None:
    """The key of the status words of tables under one header (inked_status_keys): of their
    status column where one has it, else of a column with no role in any of them, whose words
    are so inked, its role then set to 'rag' in each; None where no column is such."""
    first = group[0]
    status = next((c for t in group if (c := t.col("rag")) is not None), None)
    for i in range(len(first.roles)):
        if i != status and (status is not None or any(
            i >= len(t.roles) or not _open(t, i) for t in group
        )):  # fmt: skip
            continue
        cells: list[Cell] = []
        for t in group:
            action = t.col("action")
            for r in t.rows:
                if r.section or (action is not None and not r.text(action).strip()):
                    continue  # a heading row, a total row: no action's status
                if i < len(r.cells) and (cell := r.cells[i]) is not None and r.text(i).strip():
                    cells.append(cell)
        key = _key(cells)
        if key:
            for t in group:
                if i < len(t.roles) and t.roles[i] != "rag":
                    _set_status(t, i)
            # the updates right of the status, under a header no vocabulary knows, read now
            # that the status is placed, from the cells of all the tables under this header
            pooled_update_notes(group)
            return key
    return None


def _open(t: PlanTable, i: int) -> bool:
    """A column the inks may make the status: one with no role of its own, or one read as notes
    on progress (or the latest position) most of whose cells no status vocabulary reads (a short phrase in each cell,
    'Holding position', under a header naming something else): such notes rate little as they
    stand; or one read as a trend by its header most of whose cells say no direction (a trend
    header's word, 'Trajectory', over 'Off course'). (_key still refuses inks that contradict
    the words the vocabulary does read.)"""
    if _worked_out(t, i):
        return False  # a late flag's 'Yes' in red is emphasis on a flag, no status
    if t.roles[i] in _OPEN_ROLES:
        return True
    texts = [r.text(i) for r in t.rows if not r.section and r.text(i).strip()]
    if t.roles[i] in _TREND_ROLES:
        # a trend's words rise or fall ('Improving', 'Down'); words saying no way at all under
        # a trend's header ('Trajectory': 'Off course', 'Lost signal') are that plan's statuses
        return bool(texts) and 2 * sum(_has_way(x) for x in texts) < len(texts)
    if t.roles[i] not in _NOTE_ROLES:
        return False
    return bool(texts) and 2 * sum(normalise_rag(x) is not None for x in texts) < len(texts)


def _worked_out(t: PlanTable, i: int) -> bool:
    """Whether the column was read as worked out from each row's due (a count of days, a late
    flag: derived_columns), which no ink makes a status."""
    reading = t.reading
    return (
        reading is not None and i < len(reading.columns) and (reading.columns[i].source == DERIVED)
    )


def _has_way(text: str) -> bool:
    return normalise_direction(text) is not None


def _key(cells: Sequence[Cell]) -> dict[str, str] | None:
    """Each word's RAG colour where every cell is a few words in one ink, two inks or more
    among them, and the same words always in the same ink (ink_code.ink_palette); None
    otherwise."""
    inks = [_ink(c) for c in cells]
    if len(cells) < MIN_ROWS or any(k is None for k in inks) or len(set(inks)) < 2:
        return None
    read = [
        # the lines joined as the row's text joins them: a word wrapped at its hyphen
        # ('Under-' / 'rehearsed') is one word, the phrase the action's cell is looked up by
        (text_key(join_text(unmarked(ln) for ln in cell.lines)), rag_from_fill(ink))
        for cell, ink in zip(cells, inks, strict=True)
    ]
    coloured = [(phrase, colour) for phrase, colour in read if colour is not None]
    key = ink_palette(coloured)
    if key is None:
        return None  # one word in two colours: the ink is no key of the words
    against = False  # a word inked against its meaning
    for phrase, colour in coloured:
        said = normalise_rag(phrase)
        if said is not None and said != colour:
            against = True
        if colour == "blue" and is_status_state(phrase):
            return None  # so a state of work not done ('Not begun') inked as done (blue)
    # the inks the plan's own palette of statuses (MIN_COLOURS status colours or more, each
    # word always in its one ink) overrule a word the vocabulary reads otherwise ('Line closed'
    # inked red, where 'closed' reads done); a revision mark inks the words it marks in one
    # colour, the others in the body's
    if against and not is_status_code(key):
        return None  # a status word inked against its meaning: the ink marks a revision
    return key or None  # inks, but none a status colour: no status told by colour


def _set_status(t: PlanTable, i: int) -> None:
    """The column's role is the status, its reading saying why."""
    why = "each cell's words printed in an ink of their own: the status"
    t.take_role(i, "rag", 0.6, why, at_least=True, source="inks")
