"""A list view ruled into rows of one cell, each row a card: the print of an issue tracker's
or a web app's list (a title, then a meta line of fields: 'Assignee: ... · Due: ...').

The rules round each row make the list a table to the reader, but it has one column and no
header: nothing there names a plan column. What each row holds is a card (plan_cards): a title,
then field lines whose labels come back row after row. Such a table is read with the card
reader, its rows' lines in order; a list whose rows hold no recurring fields naming who or when
(a recommendations list, a box of notes) stays as it was. A short piece of such a list (a row
or two carried over a page break) is read with the labels the plan's other cards use.

A cell can be such a list too: a worksheet's row whose other cells hold prose lists (what is
worrying, what is working) keeps the actions in one cell, each a ref-led line, then its field
lines ('Who: ...', 'Timescale: ...'). That cell's own lines are read as cards when they open
with a ref and their fields name who or when; the table stays as it was beside them (its
labelled rows, 'What Ofsted said | ...', are read for recommendations), its other cells' lists
being no actions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plantrace.extractors.box_run_labels import box_run_labels
from plantrace.extractors.label_rows import MIN_TEXT_WORDS, short_label
from plantrace.extractors.plan_cards import (
    NEEDS,
    _paragraphs,
    _run_labels,
    split_cards,
)
from plantrace.extractors.plan_columns import Element, Row
from plantrace.pipeline.document import BBox, Line, Table


def adopt_list_cards(elements: list[Element]) -> list[Element]:
    """One-column ruled tables whose rows are cards, read as the cards' action table; cells of
    a wider table that hold a list of cards, read as cards beside their table."""
    out = [_read(el, None) or [el] for el in elements]
    flat = [e for part in out for e in part]
    celled = [e for el in elements for e in _cell_cards(el)]
    known = _run_labels([*flat, *celled])
    if not known:  # boxes of one card each: their labels recur only across the boxes
        known = box_run_labels(elements, _one_column, _lines)
    if not known:
        return flat
    # a piece of a list over a page break: its labels are those of the list's other rows; a
    # box of one card of one field, read with the boxes level with it (_read_level)
    flat = [e for el in flat for e in (_read(el, known) or _read_level(el, flat) or [el])]
    if not celled:
        return flat
    # the cells' cards read again with the labels of all of them (one label, one role), and a
    # table's merged 'label | sentence' leading rows as paragraphs (the recommendation)
    return [e for el in flat for e in _said_rows(el, _cell_cards(el, known))]


def _read(el: Element, known: dict[str, str | None] | None) -> list[Element] | None:
    raw = el.raw
    if raw is None or not _one_column(raw):
        return None
    lines = _lines(raw)
    read = split_cards(lines, _paragraphs, known)
    tables = [e.table for e in read if e.table is not None]
    if not any(NEEDS & set(t.roles) for t in tables):
        return None
    return read


def _read_level(el: Element, elements: list[Element]) -> list[Element] | None:
    """A one-column box holding one card of one field (an organisation chart's lead with one
    action: its head strip, then the action's text over 'Deadline: <date> <status>'), read with
    the one-column boxes that stand level with it on its page; None where that reads no card
    of its own.

    Read alone, the box repeats no label, and a lone card needs two fields of the plan's labels
    (adopt_lone_cards): the action was lost, with no warning. Read with the boxes beside it,
    the card reader finds the row of card boxes (card_grid) and takes a box of one field under
    a title for a card where the boxes beside it print that label on cards of two fields or
    more (_one_field). Only the cards whose lines lie in this box are kept here: the other
    boxes are read on their own as before."""
    raw = el.raw
    if raw is None or not _one_column(raw):
        return None
    level = [
        o.raw
        for o in elements
        if o.raw is not None and o is not el and o.page == el.page and _one_column(o.raw)
        and _level(o.raw, raw)
    ]  # fmt: skip
    if not level:
        return None
    mine = _lines(raw)
    read = split_cards([*mine, *(ln for o in level for ln in _lines(o))], _paragraphs, None)
    rows = [
        row
        for e in read
        if e.table is not None and NEEDS & set(e.table.roles)
        for row in e.table.rows
        if _inside(row, raw)
    ]  # fmt: skip
    if not rows:
        return None
    table = next(e.table for e in read if e.table is not None and rows[0] in e.table.rows)
    cards = replace(table, rows=rows, top=min(c.bbox[1] for r in rows for c in r.cells if c))
    boxes = [c.bbox for r in rows for c in r.cells if c is not None]
    held = [ln for ln in mine if not any(_centre_in(ln, b) for b in boxes)]
    out = [Element(el.page, cards.top, table=cards), *_paragraphs(held)]
    return sorted(out, key=lambda e: e.top)


def _level(a: Table, b: Table) -> bool:
    """Two boxes side by side: apart across, their heights overlapping."""
    apart = a.bbox[2] <= b.bbox[0] or b.bbox[2] <= a.bbox[0]
    return apart and min(a.bbox[3], b.bbox[3]) > max(a.bbox[1], b.bbox[1])


def _inside(row: Row, raw: Table) -> bool:
    """Whether a card row's cells all lie in the box."""
    cells = [c for c in row.cells if c is not None]
    return bool(cells) and all(_centre_in(c.lines[0], raw.bbox) for c in cells)


def _centre_in(ln: Line, box: BBox) -> bool:
    x, y = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _one_column(raw: Table) -> bool:
    """Every row one cell across the table (a list's rows); a piece of one row is read only
    with the labels of the plan's other cards (adopt_list_cards' second pass)."""
    return len(raw.rows) >= 1 and all(sum(1 for c in r if c is not None) == 1 for r in raw.rows)


def _lines(raw: Table) -> list[Line]:
    return [ln for r in raw.rows for c in r if c is not None for ln in c.lines]


# a card's first line in a cell: a ref ('2.1', '3a', 'A2.1') and then its text
_REF_LED = re.compile(r"^(?:[A-Z]{1,3}\s?)?\d{1,2}(?:\.\d{1,2})*[a-z]?[.)]?\s+\S")


def _cell_cards(el: Element, known: dict[str, str | None] | None = None) -> list[Element]:
    """The cards read from the cells of a table of several columns that hold lists of them."""
    raw = el.raw
    if raw is None or _one_column(raw):
        return []
    cards: list[Element] = []
    for row in raw.rows:
        seen: set[int] = set()
        for c in row:
            if c is None or id(c) in seen:
                continue
            seen.add(id(c))
            lines = list(c.lines)
            if len(lines) < 2 or not _REF_LED.match(lines[0].text.strip()):
                continue
            read = split_cards(lines, _paragraphs, known)
            tables = [e.table for e in read if e.table is not None]
            if any(NEEDS & set(t.roles) for t in tables):
                cards.extend(read)
    return cards


def _said_rows(el: Element, cards: list[Element]) -> list[Element]:
    """A table whose leading rows are one merged cell each, a short label's line over a
    sentence ('What Ofsted said' / the recommendation): those sentences as paragraphs, then
    the table (read as 'label | text' rows are, label_rows)."""
    raw = el.raw
    if raw is None or _one_column(raw):
        return [el, *cards]
    said: list[Element] = []
    for row in raw.rows:
        filled = {id(c): c for c in row if c is not None and c.text.strip()}
        if len(filled) != 1:
            break
        (cell,) = filled.values()
        lines = list(cell.lines)
        if len(lines) < 2 or not short_label(lines[0].text):
            break
        rest = lines[1:]
        if sum(len(ln.text.split()) for ln in rest) < MIN_TEXT_WORDS:
            break
        said.append(Element(el.page, rest[0].bbox[1], lines=rest))
    return [*said, el, *cards]
