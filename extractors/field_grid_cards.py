"""Cards whose fields are small labels printed OVER their values, several side by side.

Why: a ticket, a pass or a form card prints each field as a label in a small (often grey, capital)
type with its value on the line below it in a larger or bold type, and sets such pairs side by
side across the card: a grid of fields ('REF' over '2.1', 'CODE' over 'R2', 'GATE' over 'D14' on
one row; 'ACTION' over the action's bold lines; 'LEAD' over a name beside 'START' and 'DUE' over
their dates). Read as lines, a row of labels is one line of words and the row of values under it
another, so no 'Label: value' field is found and the card reader sees no card: nothing was read
and such a plan was not even classified one (not_classified).

Evidence, not words: a label is a short line of letters over a line that starts at its left (or
within a pill's padding of it) in a larger or bolder type, close under it; labels at one height
form a row, each label's value running right up to the next label of its row. A card opens at
the label that opens the first row and recurs at the same left edge card after card (the run's
opening label); the card runs to the next opening. What each field is, is then read from its
label where the vocabulary knows it and otherwise from its values (column_roles, as for any
table): a column of sentences is the action, of names the owner, of dates the due, of status
words the status. A card's STUB (a counterfoil after a perforation, right of the card's fields)
repeats the card's opening field at its own left edge: its fields are copies or the issuer's (who
checked it in, a time), never the card's own, and are left out. A 'Label: value' line at the
card's left edge under its fields (an update at the foot) is a field too.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.column_roles import ACTION_TABLE, card_update_notes, read_roles
from plantrace.extractors.plan_cards import field_line, label_key
from plantrace.extractors.plan_columns import (
    Element,
    PlanTable,
    Row,
    header_label,
    header_role,
    settle_roles,
)
from plantrace.pipeline.document import BBox, Cell, Line, ParsedDocument, Word

EVIDENCE = "card label over its value: a grid of fields read card by card"
_LABEL = re.compile(r"^[A-Za-z][A-Za-z'’&/().-]*(?: [A-Za-z&/().'’-]+){0,4}:?$")
MAX_LABEL_CHARS = 32
ROW_SLACK = 1.5  # points: labels whose tops differ by less stand in one row
EDGE = 3.0  # points: a value, or the next card's opening label, starts this close to the edge
PAD = 1.6  # label sizes: a value in a pill may start this far right of its label
GAP = 1.6  # label sizes: a value's first line starts at most this far under its label
WIDE = 1.5  # word heights: words further apart on a value's line are separate fields
MIN_CARDS = 2
MIN_FIELDS = 3


@dataclass(slots=True)
class _Label:
    line: Line
    key: str
    right: float = float("inf")  # the next label of its row, where its value stops
    value: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class _Card:
    fields: dict[str, tuple[str, list[Line]]] = field(default_factory=dict)  # key -> label, value
    order: list[str] = field(default_factory=list)


def _typed_over(label: Line, value: Line) -> bool:
    """A label's type is smaller than its value's, or lighter (the value bold)."""
    return label.font_size + 0.5 <= value.font_size or (value.bold and not label.bold)


def _is_label_text(text: str) -> bool:
    t = " ".join(text.split())
    return bool(t) and len(t) <= MAX_LABEL_CHARS and _LABEL.match(t) is not None


def _value_under(label: Line, lines: Sequence[Line]) -> Line | None:
    """The line right under a label, starting at its left edge (or inside a pill's padding of
    it), in a larger or bolder type."""
    size = max(label.font_size, 1.0)
    best: Line | None = None
    for ln in lines:
        if ln is label or ln.page != label.page:
            continue
        if not label.bottom - 1.0 <= ln.top <= label.bottom + GAP * size:
            continue
        if not label.x0 - EDGE <= ln.x0 <= min(label.bbox[2], label.x0 + PAD * size):
            continue
        if not _typed_over(label, ln):
            continue
        if best is None or ln.top < best.top:
            best = ln
    return best


def _cut(line: Line, left: float, right: float) -> Line | None:
    """The part of a value line between its label's left edge and the next label of its row, up
    to the first wide gap (a distractor set further along the same baseline)."""
    words = [w for w in line.words if w.x0 >= left - EDGE and w.x0 < right - 1.0]
    if not words:
        return None
    keep: list[Word] = [words[0]]
    for prev, w in zip(words, words[1:], strict=False):
        if w.x0 - prev.x1 > WIDE * max(prev.bottom - prev.top, 1.0):
            break
        keep.append(w)
    if len(keep) == len(line.words):
        return line
    box = (keep[0].x0, min(w.top for w in keep), keep[-1].x1, max(w.bottom for w in keep))
    part = Line(" ".join(w.text for w in keep), box, line.font_size, line.bold, line.page,
                line.index, colour=line.colour)  # fmt: skip
    part.words = keep
    return part


def _labels(lines: Sequence[Line]) -> list[_Label]:
    """The label lines of a run of lines, each with its value lines, page by page."""
    pages: dict[int, list[Line]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    return [lb for n in sorted(pages) for lb in _page_labels(pages[n])]


def _page_labels(lines: Sequence[Line]) -> list[_Label]:
    """The label lines of one page's lines, each with its value lines."""
    found: list[tuple[Line, Line]] = []
    for ln in lines:
        if ln.bold or not _is_label_text(ln.text):
            continue
        v = _value_under(ln, lines)
        if v is not None and not (_is_label_text(v.text) and not v.bold and
                                  v.font_size <= ln.font_size + 0.5):  # fmt: skip
            found.append((ln, v))
    labels = [_Label(ln, label_key(ln.text)) for ln, _ in found]
    label_ids = {id(lb.line) for lb in labels}
    for lb in labels:  # a label's value stops at the next label of its row
        row = [o for o in labels if
               abs(o.line.top - lb.line.top) <= ROW_SLACK and o.line.x0 > lb.line.x0 + EDGE]  # fmt: skip
        if row:
            lb.right = min(o.line.x0 for o in row)
    by_top = sorted(lines, key=lambda x: x.top)
    for (ln, first), lb in zip(found, labels, strict=True):
        lb.value = _value_lines(ln, first, by_top, label_ids, lb.right)
    return labels


def _value_lines(
    label: Line, first: Line, lines: Sequence[Line], label_ids: set[int], right: float
) -> list[Line]:
    """The value's first line and the lines it wraps onto: same type, same left edge, a line's
    leading apart, no label between."""
    got = _cut(first, label.x0, right)
    if got is None:
        return []
    out = [got]
    prev = first
    for ln in lines:  # top down
        if ln.top <= prev.top + 0.5 or id(ln) in label_ids:
            continue
        if abs(ln.x0 - first.x0) > EDGE or ln.font_size != first.font_size or ln.bold != first.bold:
            continue
        if ln.top - prev.bottom > 0.8 * max(prev.bottom - prev.top, first.font_size):
            break
        piece = _cut(ln, label.x0, right)
        if piece is None:
            break
        out.append(piece)
        prev = ln
    return out


def _opening(labels: Sequence[_Label]) -> tuple[str, float] | None:
    """The key and left edge of the label that opens each card: the left-most label of a row of
    two labels or more that recurs at one left edge most often (ties: the one met first). A
    label alone on its row over a paragraph is a section's heading ('KEY RESULTS' over the
    results), not a grid of fields."""
    counts: Counter[tuple[str, int]] = Counter()
    first: dict[tuple[str, int], int] = {}
    for i, lb in enumerate(labels):
        row = [o for o in labels if o.line.page == lb.line.page and
               abs(o.line.top - lb.line.top) <= ROW_SLACK]  # fmt: skip
        if len(row) < 2 or min(o.line.x0 for o in row) < lb.line.x0 - EDGE:
            continue  # a card opens with a row of labels side by side, the left-most first
        k = (lb.key, round(lb.line.x0 / (2 * EDGE)))
        counts[k] += 1
        first.setdefault(k, i)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k]))
    if counts[best] < MIN_CARDS:
        return None
    lb = labels[first[best]]
    return lb.key, lb.line.x0


def _cards(
    labels: Sequence[_Label], lines: Sequence[Line], frames: Sequence[tuple[int, BBox]]
) -> list[tuple[_Card, list[Line]]]:
    """The cards of a run (fields by key, first occurrence kept) with the lines each spans: to
    the next card's opening, else to the foot of the frame drawn round it, else a card's pitch
    down (the longest distance between two openings on a page)."""
    opening = _opening(labels)
    if opening is None:
        return []
    key, x0 = opening
    order = _reading_order(labels)
    starts = [i for i, lb in enumerate(order) if lb.key == key and abs(lb.line.x0 - x0) <= EDGE]
    pitch = max(
        (order[b].line.top - order[a].line.top for a, b in zip(starts, starts[1:], strict=False)
         if order[a].line.page == order[b].line.page),
        default=float("inf"),
    )  # fmt: skip
    out: list[tuple[_Card, list[Line]]] = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(order)
        own = [lb for lb in order[s:end] if lb.line.page == order[s].line.page]
        # a stub repeats the card's opening label at its own left edge: its fields are copies
        stub = min((lb.line.x0 for lb in own[1:] if lb.key == key), default=float("inf"))
        head = [o for o in own if abs(o.line.top - own[0].line.top) <= ROW_SLACK]
        if sum(1 for o in head if o.line.x0 < stub - EDGE) < 2:
            continue  # no row of fields opens it: a heading over its text
        card = _Card()
        for lb in own:
            if lb.line.x0 >= stub - EDGE or not lb.value or lb.key in card.fields:
                continue
            card.fields[lb.key] = (header_label(lb.line.text), lb.value)
            card.order.append(lb.key)
        top = order[s].line.top
        page = order[s].line.page
        if end < len(order) and order[end].line.page == page:
            bottom = order[end].line.top - 1.0
        else:
            frame = [b for p, b in frames if p == page and b[1] - 1 <= top <= b[3]]
            bottom = min(b[3] for b in frame) + 1.0 if frame else top + pitch
        span = [ln for ln in lines if ln.page == page and top - 1.0 <= ln.top < bottom
                and ln.x0 < stub - EDGE]  # fmt: skip
        _foot_fields(card, span, own, x0)
        out.append((card, span))
    return out


def _reading_order(labels: Sequence[_Label]) -> list[_Label]:
    """Labels row by row (tops within ROW_SLACK of the row's first), each row left to right:
    a row's labels stand a point higher or lower than each other (a word's ascenders)."""
    rows: list[list[_Label]] = []
    for lb in sorted(labels, key=lambda lb: (lb.line.page, lb.line.top)):
        row = rows[-1] if rows else None
        if row and row[0].line.page == lb.line.page and lb.line.top - row[0].line.top <= ROW_SLACK:
            row.append(lb)
        else:
            rows.append([lb])
    return [lb for row in rows for lb in sorted(row, key=lambda lb: lb.line.x0)]


def _foot_fields(card: _Card, span: Sequence[Line], own: Sequence[_Label], x0: float) -> None:
    """'Label: value' lines at the card's left edge under its fields (an update at its foot)."""
    used = {id(lb.line) for lb in own} | {id(v) for lb in own for v in lb.value}
    last = max((v.bottom for lb in own for v in lb.value), default=0.0)
    for k, ln in enumerate(span):
        if id(ln) in used or ln.top < last or abs(ln.x0 - x0) > EDGE:
            continue
        got = field_line(ln)
        if got is None or not got[1]:
            continue
        key = label_key(got[0])
        if key in card.fields:
            continue
        wrapped = [ln]
        for nxt in span[k + 1 :]:
            if abs(nxt.x0 - x0) <= EDGE and nxt.top - wrapped[-1].bottom < 0.8 * (
                wrapped[-1].bottom - wrapped[-1].top) and field_line(nxt) is None:  # fmt: skip
                wrapped.append(nxt)
            else:
                break
        value = " ".join([got[1], *(" ".join(w.text.split()) for w in wrapped[1:])])
        first = Line(value, ln.bbox, ln.font_size, ln.bold, ln.page, ln.index, colour=ln.colour)
        first.words = []
        card.fields[key] = (header_label(got[0]), [first])
        card.order.append(key)


def _cell(lines: list[Line], doc: ParsedDocument | None) -> Cell:
    text = " ".join(" ".join(ln.text.split()) for ln in lines)
    box = (
        min(ln.x0 for ln in lines), min(ln.top for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines),
    )  # fmt: skip
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index,
                colour=lines[0].colour)  # fmt: skip
    line.words = [w for ln in lines for w in ln.words]
    fill = None
    if doc is not None and 0 < lines[0].page <= len(doc.pages):
        # a value printed on a pill: the pill's colour (a status said by its tint)
        fill = doc.pages[lines[0].page - 1].fill_under((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    return Cell(text, box, [line], fill=fill)


def read_field_grid(
    lines: Sequence[Line],
    doc: ParsedDocument | None = None,
    frames: Sequence[tuple[int, BBox]] = (),
) -> tuple[PlanTable, list[Line]] | None:
    """The action table a run of cards of labels over values holds, and the lines it read; None
    where the lines hold no such run. frames: (page, box) of boxes drawn round the cards."""
    labels = _labels(lines)
    if len(labels) < MIN_CARDS * MIN_FIELDS:
        return None
    cards = [(c, span) for c, span in _cards(labels, lines, frames) if len(c.fields) >= MIN_FIELDS]
    if len(cards) < MIN_CARDS:
        return None
    seen: Counter[str] = Counter(k for c, _ in cards for k in c.fields)
    keys = [k for k in seen if 2 * seen[k] >= len(cards) or seen[k] >= MIN_CARDS]
    pos: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for c, _ in cards:
        for i, k in enumerate(c.order):
            pos.setdefault(k, []).append(i)
            names.setdefault(k, c.fields[k][0])
    keys.sort(key=lambda k: statistics.mean(pos[k]))
    columns = [[_text(c, k) for c, _ in cards] for k in keys]
    labels_ = [names[k] for k in keys]
    header = [header_role(x) for x in labels_]
    roles = settle_roles(header, ACTION_TABLE, columns, labels_)
    reading = read_roles(ACTION_TABLE, roles, labels_, columns)
    # a label no vocabulary knows over updates ('LOG BOOK: Delayed because ...') is the
    # progress, from its values, as the card reader reads one (plan_cards._reading): read_roles
    # reads a column so only where a table is printed, whose place says more than a card's
    card_update_notes(reading, columns)
    if "action" not in reading.roles:
        return None
    for k, col in zip(keys, reading.columns, strict=True):
        col.evidence.insert(0, f"card label {col.label!r} over its value on {seen[k]} cards")
        col.evidence.insert(0, EVIDENCE)
    rows: list[Row] = []
    for c, _ in cards:
        cells: list[Cell | None] = [
            _cell(c.fields[k][1], doc) if k in c.fields else None for k in keys
        ]
        page = next(ln.page for _, lns in c.fields.values() for ln in lns)
        rows.append(Row(cells=cells, page=page, merged_above=[False] * len(cells)))
    first = cards[0][1][0] if cards[0][1] else next(iter(cards[0][0].fields.values()))[1][0]
    table = PlanTable(reading.kind or ACTION_TABLE, list(reading.roles), labels_, rows,
                      first.page, first.top, [], reading)  # fmt: skip
    used = [ln for _, span in cards for ln in span]
    return table, used


def _text(card: _Card, key: str) -> str:
    got = card.fields.get(key)
    return " ".join(" ".join(ln.text.split()) for ln in got[1]) if got else ""


def read_in_grid(table: PlanTable) -> bool:
    """Whether a table was read from cards of labels over values (this module)."""
    r = table.reading
    return r is not None and any(c.evidence[:1] == [EVIDENCE] for c in r.columns)


def adopt_field_grids(elements: list[Element], doc: ParsedDocument | None = None) -> list[Element]:
    """Cards of labels over values on the document's pages, read as one action table put where
    the first element they were read into stood. The lines are taken from the pages, not from
    the elements: a row of labels may have been read as a card of its own, or as boxes, before;
    the elements their lines went into make way for the table. Lines inside a plan table that
    is no card run (a ruled or aligned table) are left to it; a row of that table with no cell
    (its cells all merged into the row above, or left blank) has no box and holds no line."""
    if doc is None:
        return elements
    from plantrace.extractors.plan_cards import is_card_table  # builds on this module

    held: dict[int, list[BBox]] = {}
    for el in elements:
        if el.table is not None and not is_card_table(el.table):
            for r in el.table.rows:
                if any(c is not None for c in r.cells):  # a row left empty holds no line
                    held.setdefault(r.page, []).append(r.bbox)
    rows_at = {page: _RowBoxes(boxes) for page, boxes in held.items()}
    lines = [
        ln for page in doc.pages for ln in page.lines
        if ln.page not in rows_at or not any(_inside(ln, b) for b in rows_at[ln.page].near(ln))
    ]  # fmt: skip
    frames = [(el.raw.page, el.raw.bbox) for el in elements if el.raw is not None]
    got = read_field_grid(lines, doc, frames)
    if got is None:
        return elements
    table, used = got
    ids = {id(ln) for ln in used}
    areas: dict[int, list[BBox]] = {}
    for ln in used:
        areas.setdefault(ln.page, []).append(ln.bbox)
    out: list[Element] = []
    placed = False

    def place() -> None:
        nonlocal placed
        if not placed:
            out.append(Element(table.page, table.top, table=table))
            placed = True

    for el in elements:
        if el.raw is not None:
            page = doc.pages[el.raw.page - 1] if 0 < el.raw.page <= len(doc.pages) else None
            own = [ln for ln in page.lines if _inside(ln, el.raw.bbox)] if page else []
            if any(id(ln) in ids for ln in own):
                place()
                continue
        elif el.table is not None:
            if (
                is_card_table(el.table)
                and el.table.rows
                and all(
                    any(_overlaps(r.bbox, b) for b in areas.get(r.page, ())) for r in el.table.rows
                )
            ):
                place()
                continue
        elif el.lines and any(id(ln) in ids for ln in el.lines):
            place()
            rest = [ln for ln in el.lines if id(ln) not in ids]
            if rest:
                out.append(Element(rest[0].page, rest[0].top, lines=rest))
            continue
        out.append(el)
    if not placed:
        out.append(Element(table.page, table.top, table=table))
    return out


class _RowBoxes:
    """A page's table rows' boxes by their tops, so that a line is tested (_inside) against the
    rows at its height only, not every row of the page: a row holding a line's middle starts
    no lower than a point under it, nor higher than the page's tallest row above it."""

    def __init__(self, boxes: Sequence[BBox]) -> None:
        self.boxes = sorted(boxes, key=lambda b: b[1])
        self.tops = [b[1] for b in self.boxes]
        self.tallest = max(0.0, *(b[3] - b[1] for b in self.boxes))

    def near(self, ln: Line) -> list[BBox]:
        y = (ln.top + ln.bottom) / 2
        lo = bisect.bisect_left(self.tops, y - self.tallest - 2.0)
        return self.boxes[lo : bisect.bisect_right(self.tops, y + 2.0)]


def _inside(ln: Line, b: BBox) -> bool:
    x, y = (ln.x0 + ln.bbox[2]) / 2, (ln.top + ln.bottom) / 2
    return b[0] - 1 <= x <= b[2] + 1 and b[1] - 1 <= y <= b[3] + 1


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
