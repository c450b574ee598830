"""Cards laid out in two dimensions: boxes side by side, read box by box (issue 11).

Web templates and 'plan on a page' layouts put action cards two, three or four to a row (a CSS
grid of cards under each recommendation) or in a row of boxes along a swimlane whose label
stands at its left. The page's lines, sorted top to bottom, then interleave the boxes: the
first line of every card in a row, then the second lines, and so on, and no run of cards can
be read from them.

The boxes are found from the geometry of the lines alone (the cards may be drawn with rounded
corners, or with no border at all, so no ruling is relied on): a region of lines is cut where a
horizontal band of white space runs across it (taller than the space between the lines of a
paragraph), else where a vertical gutter runs down it (wider than a word space), recursively,
as readers of multi-column pages do; what cannot be cut is a box. The boxes are then read row
by row, left to right: boxes whose vertical extents overlap stand in one row. A box's lines
stay together, so each box can be read as one card.

Two things a card's box holds besides its fields are read from where they stand in it:

- a status printed apart as a chip (a pill), with no label: the last line of the box, or the
  right end of its first line set off by a tab-wide gap ('A1.1 ........ Amber'), whose text is
  a status (cell_types, i.e. the RAG normaliser's words); it becomes the card's status field;
- a box with no field beside card boxes in its row: a swimlane's label ('R2' and the
  recommendation under it), kept whole as one paragraph so the heading reads as one.

Nothing is changed unless two or more boxes that each hold two or more fields stand
side by side: a single column of cards, prose and tables read as before.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.normalise.text_keys import text_key

# white space across a region taller than this many (median) line heights separates boxes;
# the space between a paragraph's lines (glyph-tight boxes) stays under it
BAND_GAP = 1.35
# a vertical gutter wider than this many line heights (and at least MIN_GUTTER points)
GUTTER = 1.5
MIN_GUTTER = 8.0
CHIP_GAP = 2.0  # line heights between a first line's text and a chip at its right end
MAX_CHIP_WORDS = 4
CHIP_INDENT = 0.5  # of the line height above: a tail indented further is set apart from it
MIN_FIELDS = 2  # fields a box needs to count as a card box
MAX_ACROSS = 3  # boxes across headed columns, above or below them (title, introduction, note)
# cell types of a field's value: a box whose first line types as one opens with a wrap
_VALUE_TYPES = frozenset({CellType.date, CellType.open_date, CellType.owner_date, CellType.rag})


@dataclass(slots=True)
class Grid:
    """A region's lines in box reading order, with what each box holds apart from its lines."""

    # reading order, box by box; chips taken out, a first line split from its chip
    lines: list[Line]
    box: dict[int, int] = field(default_factory=dict)  # id(line) -> its box
    chips: dict[int, Line] = field(default_factory=dict)  # box -> its status chip
    beside: set[int] = field(default_factory=set)  # boxes of no card beside card boxes: labels
    single: set[int] = field(default_factory=set)  # card boxes of one field (_one_field)

    def same_box(self, a: Line, b: Line) -> bool:
        return self.box.get(id(a), -1) == self.box.get(id(b), -2)


def box_grid(
    lines: Sequence[Line],
    is_field: Callable[[Line], bool],
    alone: bool = False,
    labelled: Callable[[Line], bool] | None = None,
    drawn: Sequence[Sequence[Line]] = (),
    label_of: Callable[[Line], str | None] | None = None,
) -> Grid | None:
    """The lines read box by box when card boxes stand side by side, else None.

    is_field: whether a line is a field ('Lead officer: ...', or a label alone over its value),
    as the card reader parses them; a card box holds MIN_FIELDS of them. labelled: whether a
    line is a field with its label on it (default: is_field); a label alone is not, and the
    status under it is its value, no chip. alone: one card box is enough (the plan's other
    cards were read from boxes with chips: the last of a row, alone atop a page). drawn: the
    lines of boxes drawn around cards (a border): each is a box as it stands, not cut at its
    white space (a chip set a paragraph's gap below the fields stays in its card), and one
    such card box is enough. label_of: a field line's label (lower case): with it, a box of one
    field under a title counts as a card beside card boxes that share that label (_one_field).
    """
    labelled = labelled or is_field
    alone = alone or bool(drawn)
    if sum(1 for ln in lines if is_field(ln)) < (1 if alone else 2) * MIN_FIELDS:
        return None  # too few fields for two card boxes: nothing to cut
    inside = {id(ln) for box in drawn for ln in box}
    boxes: list[list[Line]] = []
    for page in dict.fromkeys(ln.page for ln in lines):
        on_page = [ln for ln in lines if ln.page == page and id(ln) not in inside]
        unit = _unit(on_page)
        found = _join_titles(_cut(on_page, unit), is_field, unit)
        found += [
            sorted(b, key=lambda ln: (ln.top, ln.x0)) for b in drawn if b and b[0].page == page
        ]
        boxes += _rows_in_order(found)
    cards = {i for i, b in enumerate(boxes) if sum(1 for ln in b if is_field(ln)) >= MIN_FIELDS}
    rows = _row_groups(boxes)
    if not any(sum(1 for i in row if i in cards) >= (1 if alone else 2) for row in rows):
        return None
    single = _one_field(boxes, cards, is_field, label_of) if label_of is not None else set()
    ids = {id(b) for i, b in enumerate(boxes) if i in single}
    boxes, cards, heads = _headed_columns(boxes, cards | single)
    if heads:  # a column's boxes stand one under another: each a row of its own
        rows = _row_groups(boxes)
    grid = Grid(lines=[], beside=heads, single={i for i, b in enumerate(boxes) if id(b) in ids})
    tails = _status_tails(boxes, cards, labelled)
    for row in rows:
        has_card = any(i in cards for i in row)
        for i in row:
            box = boxes[i]
            if i in cards:
                box, chip = _chip(box, is_field, labelled, tails)
                if chip is not None:
                    grid.chips[i] = chip
            elif has_card and len(row) >= 2:
                grid.beside.add(i)
            for ln in box:
                grid.box[id(ln)] = i
                grid.lines.append(ln)
    return grid


def _one_field(
    boxes: Sequence[list[Line]],
    cards: set[int],
    is_field: Callable[[Line], bool],
    label_of: Callable[[Line], str | None],
) -> set[int]:
    """The boxes holding one field under a title that are cards too: an action whose only field
    is the one every card prints ('By: <date> <status>'), its update left out. The plan's card
    boxes of MIN_FIELDS fields are the evidence: the field's label must be one that two or more
    of them print, and a line of no field (the action's own text) must stand above it. That
    line must not read as a field's value (a date, a status): in a column of text a card's
    field wraps ('Lead: ... · Done by:' / 'Wednesday 14 April 2027 · Progress: Needs help') and
    a white-space cut can leave the wrap atop the update's box, which is no action. Titled boxes
    parting a line under other labels must not outnumber those printing it: a strip of icons parted by gaps reads its
    first value as the label ('Sian Pritchard<gap>31-Jul-2026'), and two cards of one owner
    made that owner 'shared'; the owner's other boxes were taken as cards of one field."""
    counts: Counter[str] = Counter()
    for i in cards:
        counts.update({lab for ln in boxes[i] if is_field(ln) and (lab := label_of(ln))})
    shared = {lab for lab, n in counts.items() if n >= 2}
    # a label the boxes print ('By:'), not a value opening the field ('<owner><gap><date>': a
    # strip of icons parted by gaps, two cards of one owner): titled boxes beside the cards
    # whose lines part as fields under other labels must not outnumber those printing it
    held = rivals = 0
    for i, box in enumerate(boxes):
        labelled = [(lab, ln) for ln in box[1:] if (lab := label_of(ln))]
        labels = {lab for lab, _ in labelled}
        if i in cards or not labels:
            continue
        held += bool(labels & shared)
        rivals += not labels & shared and any(_value_typed(lab, ln) for lab, ln in labelled)
    if rivals > held:
        return set()
    found: set[int] = set()
    for i, box in enumerate(boxes):
        fields = [k for k, ln in enumerate(box) if is_field(ln)]
        if i in cards or len(fields) != 1 or fields[0] == 0:
            continue
        if cell_type(box[0].text) in _VALUE_TYPES:
            continue  # the title is a wrapped field's value, not an action's text
        if label_of(box[fields[0]]) in shared:
            found.add(i)
    return found


def _value_typed(label: str, line: Line) -> bool:
    """Whether what follows a line's label reads as a field's value (a date, a status)."""
    rest = line.text.split(maxsplit=len(label.split()))[len(label.split()) :]
    return bool(rest) and cell_type(rest[0].strip(":-\u2013 ")) in _VALUE_TYPES


def _headed_columns(
    boxes: list[list[Line]], cards: set[int]
) -> tuple[list[list[Line]], set[int], set[int]]:
    """The boxes column by column where a page sets its cards in columns under a head of
    their own (an A3 'plan on a page': a column per recommendation, its label and text in a box
    at the column's head, the action boxes stacked under it): every box of a column belongs to
    the head above it, so the columns are read one after another, each head first, and the
    heads are kept whole (as a swimlane's label is). A page of no such columns is read as it
    was (row by row).

    A column is a run of boxes whose widths overlap; there must be two or more, side by side,
    each topped by a box of no field, the heads level with one another, and each holding a
    card. What stands across the columns above them (the title, an introduction) or below them
    (a note at the foot) is read before or after them; a heading across a grid of cards
    between its rows joins the columns into one, and nothing changes.
    """
    order: list[int] = []
    heads: set[int] = set()
    for page in dict.fromkeys(b[0].page for b in boxes):
        on_page = sorted(
            (i for i, b in enumerate(boxes) if b[0].page == page),
            key=lambda i: _extent(boxes[i])[0],
        )
        found = _page_columns(boxes, cards, on_page)
        if found is None:  # a page of rows of boxes: read as it was
            order += sorted(on_page)
            continue
        above, columns, below = found
        order += above
        for col in columns:
            heads.add(len(order))
            order += col
        order += below
    remap = {old: new for new, old in enumerate(order)}
    return [boxes[i] for i in order], {remap[i] for i in cards}, heads


def _page_columns(
    boxes: Sequence[list[Line]], cards: set[int], on_page: list[int]
) -> tuple[list[int], list[list[int]], list[int]] | None:
    """(boxes above, headed columns, boxes below) of one page's boxes (sorted by top), or None
    where they stand in no headed columns."""
    for k in range(min(MAX_ACROSS, len(on_page)) + 1):
        above, rest = on_page[:k], on_page[k:]
        for m in range(min(MAX_ACROSS, len(rest)) + 1):
            middle, below = rest[: len(rest) - m], rest[len(rest) - m :]
            if not middle or not _apart(boxes, above, middle, below):
                continue
            columns = _columns(boxes, middle)
            if _headed(boxes, cards, columns):
                return above, columns, below
    return None


def _apart(
    boxes: Sequence[list[Line]], above: list[int], middle: list[int], below: list[int]
) -> bool:
    """The boxes above end before the middle's start, the boxes below start after its end."""
    top = min(_extent(boxes[i])[0] for i in middle)
    bottom = max(_extent(boxes[i])[1] for i in middle)
    return all(_extent(boxes[i])[1] <= top for i in above) and all(
        _extent(boxes[i])[0] >= bottom for i in below
    )


def _headed(boxes: Sequence[list[Line]], cards: set[int], columns: list[list[int]]) -> bool:
    """Two or more columns, each a head of no field over boxes holding a card, heads level."""
    if len(columns) < 2:
        return False
    tops = [col[0] for col in columns]
    if not all(
        t not in cards and len(col) >= 2 and any(i in cards for i in col[1:])
        for t, col in zip(tops, columns, strict=True)
    ):
        return False
    first = _extent(boxes[tops[0]])[0]
    return all(abs(_extent(boxes[t])[0] - first) <= _unit(boxes[t]) for t in tops)


def _columns(boxes: Sequence[list[Line]], on_page: Sequence[int]) -> list[list[int]]:
    """The page's boxes in columns (boxes whose widths overlap, chained), left to right, each
    column top to bottom."""
    spans = sorted(on_page, key=lambda i: min(ln.x0 for ln in boxes[i]))
    columns: list[list[int]] = []
    reach = float("-inf")
    for i in spans:
        left = min(ln.x0 for ln in boxes[i])
        if not columns or left >= reach:
            columns.append([])
        columns[-1].append(i)
        reach = max(reach, max(ln.bbox[2] for ln in boxes[i]))
    return [sorted(col, key=lambda i: _extent(boxes[i])[0]) for col in columns]


def _join_titles(
    boxes: list[list[Line]], is_field: Callable[[Line], bool], unit: float
) -> list[list[Line]]:
    """Boxes of one card cut apart at a paragraph gap that the cards beside it happen to share,
    joined: a box of no field (a title) right above a box of fields, or a box right above one
    that opens with a field (the rest of its fields). The upper box must start level with the
    lower (one column) and reach into no other box of its row (a heading across the columns is
    no card's title)."""
    boxes = list(boxes)
    k = 0
    while k < len(boxes):
        upper = boxes[k]
        below = _box_below(boxes, k, unit)
        if below is None:
            k += 1
            continue
        lower = boxes[below]
        if any(is_field(ln) for ln in upper) and not is_field(lower[0]):
            k += 1  # a card box over a box opening with its own title
            continue
        top, bottom = _extent(lower)
        across = any(
            j not in (k, below) and _x_overlap(b, upper) > 0 and _extent(b)[0] < bottom
            and _extent(b)[1] > top
            for j, b in enumerate(boxes)
        )  # fmt: skip
        if across or not any(is_field(ln) for ln in lower) or not _has_neighbour(boxes, k):
            k += 1
            continue
        boxes[below] = upper + lower
        del boxes[k]
    return boxes


def _box_below(boxes: Sequence[list[Line]], k: int, unit: float) -> int | None:
    """The box right under box k, starting level with it (within a line height), if any."""
    upper = boxes[k]
    x0 = min(ln.x0 for ln in upper)
    bottom = _extent(upper)[1]
    found = [
        (_extent(b)[0], j) for j, b in enumerate(boxes)
        if j != k and _extent(b)[0] >= bottom - 1.0 and abs(min(ln.x0 for ln in b) - x0) <= unit
        and _x_overlap(b, upper) > 0
    ]  # fmt: skip
    if not found:
        return None
    top, j = min(found)
    # no other box in between
    between = any(
        i not in (k, j) and _x_overlap(b, upper) > 0 and bottom - 1.0 <= _extent(b)[0] < top
        for i, b in enumerate(boxes)
    )
    return None if between else j


def _has_neighbour(boxes: Sequence[list[Line]], k: int) -> bool:
    """Whether another box stands level with box k, beside it: the gap box k was cut at runs
    on across the boxes beside it (a lone box is cut only at gaps of its own). The box beside
    prints a line level with box k: a column of status pills down the page, one by each card,
    spans a section's heading between two cards but prints nothing beside it (that heading
    was joined to the card under it as its title)."""
    top, bottom = _extent(boxes[k])
    for j, b in enumerate(boxes):
        t, u = _extent(b)
        level = min(u, bottom) - max(t, top) > 0.5 * min(u - t, bottom - top)
        beside = any(ln.top < bottom and ln.bottom > top for ln in b)
        if j != k and level and beside and _x_overlap(b, boxes[k]) < 0:
            return True
    return False


def _x_overlap(a: Sequence[Line], b: Sequence[Line]) -> float:
    lo = max(min(ln.x0 for ln in a), min(ln.x0 for ln in b))
    hi = min(max(ln.bbox[2] for ln in a), max(ln.bbox[2] for ln in b))
    return hi - lo


def _unit(lines: Sequence[Line]) -> float:
    """The median line height: the scale of every gap."""
    return statistics.median([max(ln.bottom - ln.top, 1.0) for ln in lines]) if lines else 1.0


def _cut(lines: list[Line], unit: float) -> list[list[Line]]:
    """The boxes of a region (recursive cuts at white space), in no particular order."""
    if len(lines) <= 1:
        return [lines] if lines else []
    bands = _split(lines, lambda ln: (ln.top, ln.bottom), BAND_GAP * unit)
    if len(bands) > 1:
        return [box for band in bands for box in _cut(band, unit)]
    columns = _split(lines, lambda ln: (ln.x0, ln.bbox[2]), max(MIN_GUTTER, GUTTER * unit))
    if len(columns) > 1:
        return [box for col in columns for box in _cut(col, unit)]
    return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]


def _split(
    lines: list[Line], span: Callable[[Line], tuple[float, float]], gap: float
) -> list[list[Line]]:
    """The lines in groups apart by more than `gap` along one axis (spans projected on it)."""
    order = sorted(lines, key=lambda ln: span(ln)[0])
    groups: list[list[Line]] = [[order[0]]]
    reach = span(order[0])[1]
    for ln in order[1:]:
        lo, hi = span(ln)
        if lo - reach > gap:
            groups.append([])
        groups[-1].append(ln)
        reach = max(reach, hi)
    return groups


def _extent(box: Sequence[Line]) -> tuple[float, float]:
    return min(ln.top for ln in box), max(ln.bottom for ln in box)


def _row_groups(boxes: Sequence[list[Line]]) -> list[list[int]]:
    """Box indices row by row: consecutive boxes (in reading order) whose extents overlap."""
    rows: list[list[int]] = []
    band: tuple[float, float] | None = None
    for i, box in enumerate(boxes):
        top, bottom = _extent(box)
        page = box[0].page
        if rows and band is not None and boxes[rows[-1][0]][0].page == page:
            overlap = min(bottom, band[1]) - max(top, band[0])
            if overlap > 0.5 * min(bottom - top, band[1] - band[0]):
                rows[-1].append(i)
                band = (min(top, band[0]), max(bottom, band[1]))
                continue
        rows.append([i])
        band = (top, bottom)
    return rows


def _rows_in_order(boxes: list[list[Line]]) -> list[list[Line]]:
    """The boxes row by row (top to bottom), each row left to right."""
    boxes = sorted(boxes, key=lambda b: _extent(b)[0])
    out: list[list[Line]] = []
    while boxes:
        first = boxes.pop(0)
        top, bottom = _extent(first)
        row = [first]
        rest: list[list[Line]] = []
        for b in boxes:
            t, u = _extent(b)
            overlap = min(u, bottom) - max(t, top)
            (row if overlap > 0.5 * min(u - t, bottom - top) else rest).append(b)
        out += sorted(row, key=lambda b: min(ln.x0 for ln in b))
        boxes = rest
    return out


def _status_tails(
    boxes: Sequence[list[Line]], cards: set[int], labelled: Callable[[Line], bool]
) -> set[int]:
    """id() of the card boxes' lines that are a status in words no vocabulary holds
    ('Wobbling', 'Full steam'): a short unlabelled line after a box's fields, capitalised, set
    apart from the field above it (bold under plain type, or indented past a mark), the box's
    last line or one more field under it (an update line after the chip), where most card boxes
    hold one and their words come back from box to box (a status column's few values; a
    wrapped value or a note differs from card to card, and opens in lower case), or every box
    holds one (a page of four cards may show four statuses once each)."""
    found = [ln for i in sorted(cards) if (ln := _tail(boxes[i], labelled)) is not None]
    texts = Counter(text_key(ln.text) for ln in found)
    if len(found) * 3 < len(cards) * 2:
        return set()
    if len(found) < len(cards) and not any(n >= 2 for n in texts.values()):
        return set()  # a tail in every card box needs no word to come back (four statuses)
    return {id(ln) for ln in found}


def _tail(box: list[Line], labelled: Callable[[Line], bool]) -> Line | None:
    """The line of a card box that may be its status (_status_tails): its last line, or the
    line before a last field (with the rest of that field's value wrapped under it), under a
    field and set apart from it; else None."""
    for k in range(len(box) - 1, 0, -1):
        if k < len(box) - 1 and not _last_field(box[k + 1 :], labelled):
            continue
        line, above = box[k], box[k - 1]
        if labelled(line) or not labelled(above):
            continue
        words = line.text.split()
        if not 0 < len(words) <= MAX_CHIP_WORDS or not words[0][:1].isupper():
            continue  # a wrapped value's rest opens in lower case
        if any(ch.isdigit() for ch in line.text):
            continue
        # a chip's pill pads its word in by a few points, less than a line's height
        unit = max(above.bottom - above.top, 1.0) * CHIP_INDENT
        if line.bold and not above.bold or line.x0 - above.x0 > unit:
            return line
    return None


def _last_field(lines: Sequence[Line], labelled: Callable[[Line], bool]) -> bool:
    """One field: a labelled line, then only the rest of its value wrapped (in lower case)."""
    return labelled(lines[0]) and all(
        not labelled(ln) and ln.text.strip()[:1].islower() for ln in lines[1:]
    )


def _chip(
    box: list[Line],
    is_field: Callable[[Line], bool],
    labelled: Callable[[Line], bool],
    tails: Container[int] = frozenset(),
) -> tuple[list[Line], Line | None]:
    """(the box's lines without its status chip, the chip) of a card box: its last line (not
    the value of a label alone above it), a line of its own level with the first line and right
    of it, the first line's right end, or a line of its own just under the first line. tails:
    lines that are a status column's words (_status_tails), taken out wherever they stand."""
    last = box[-1]
    tail = next((ln for ln in box[1:] if id(ln) in tails), None)
    if tail is not None:
        return [ln for ln in box if ln is not tail], tail
    aside = _status_aside(box, labelled)
    if aside is not None:
        return [ln for ln in box if ln is not aside], aside
    chip_last = len(box) > 1 and _status(last.text) and not labelled(last)
    chip_last = chip_last and not _wraps_onto(box[-2], last)
    if chip_last and not _labels_alone(box, is_field, labelled)[-2]:  # no label's value
        return box[:-1], last
    first = box[0]
    level = [ln for ln in box[1:] if ln.top < first.bottom and ln.x0 > first.bbox[2]]
    if level and _status(level[-1].text) and not labelled(level[-1]):
        return [ln for ln in box if ln is not level[-1]], level[-1]
    split = _gap_split(first) or _ref_split(first)
    if split is not None and not labelled(first):
        left, right = split
        if _status(" ".join(w.text for w in right)):
            return [part(first, left), *box[1:]], part(first, right)
    fields_at = next((n for n, ln in enumerate(box) if labelled(ln)), len(box))
    for n in range(1, fields_at):  # a chip of its own under the ref, above the text
        ln = box[n]
        if (
            _status(ln.text)
            and not is_field(box[n - 1])
            and ln.bottom - first.top < 4 * (first.bottom - first.top)
            and not (n + 1 < len(box) and _sentence_runs_on(box[n + 1]))
        ):
            return [*box[:n], *box[n + 1 :]], ln
    return box, None


def _wraps_onto(above: Line, last: Line) -> bool:
    """Whether a box's last line is the wrap of the line above it: it opens in lower case, in
    the same type (size and weight). Why: a note's last words may open with a status word
    ('Completed and' / 'embedded in practice'); that wrap is no status chip set under the card,
    and taken for one, it cut the note and stood as the card's status column in place of its
    own (whose inks then went unread)."""
    return (
        _sentence_runs_on(last)
        and abs(above.font_size - last.font_size) < 0.5
        and above.bold == last.bold
    )


def _sentence_runs_on(below: Line) -> bool:
    """Whether the line under a would-be chip carries on its sentence: it opens in lower
    case. Why: an action's text may open with a status word ('Complete all contacts within' /
    'twenty-four hours and record ...'); its first line is no chip standing under the ref,
    and taken for one the action lost its opening words and the card's status was read from
    them, not from its own field."""
    first = below.text.lstrip()[:1]
    return first.isalpha() and first.islower()


def _status_aside(box: list[Line], labelled: Callable[[Line], bool]) -> Line | None:
    """A status set apart at the box's right, beside the card's text rather than under it (a
    stamp or a badge in the right margin, level with the lines it stands beside): a line of a
    status's words, no label, starting a tab-wide gap right of every line of the box it stands
    level with, and level with one at least. None where no line is so."""
    for ln in box[1:]:
        if not _status(ln.text) or labelled(ln):
            continue
        level = [o for o in box if o is not ln and o.top < ln.bottom and o.bottom > ln.top]
        gap = CHIP_GAP * max(min((o.bottom - o.top for o in level), default=1.0), 1.0)
        if level and all(ln.x0 - o.bbox[2] >= gap for o in level):
            return ln
    return None


def _labels_alone(
    box: list[Line], is_field: Callable[[Line], bool], labelled: Callable[[Line], bool]
) -> list[bool]:
    """Per line of a box, whether it is a label alone over its value: a field line with no
    label on it, that is not itself the value of the label alone above it (a progress note
    'Not yet started' that comes back card after card reads like a label, but stands under
    'Position now')."""
    out: list[bool] = []
    for ln in box:
        out.append(is_field(ln) and not labelled(ln) and not (out and out[-1]))
    return out


def chip_text(text: str) -> bool:
    """Whether a text is what a status chip prints: a status word or phrase of a few words."""
    return _status(text)


def _status(text: str) -> bool:
    text = " ".join(text.split())
    return 0 < len(text.split()) <= MAX_CHIP_WORDS and cell_type(text) == CellType.rag


def _gap_split(line: Line) -> tuple[list[Word], list[Word]] | None:
    """The words of a line before and after its one tab-wide gap, else None."""
    words = line.words
    h = max(line.bottom - line.top, 1.0)
    cuts = [k for k in range(1, len(words)) if words[k].x0 - words[k - 1].x1 >= CHIP_GAP * h]
    if len(cuts) != 1:
        return None
    return words[: cuts[0]], words[cuts[0] :]


def _ref_split(line: Line) -> tuple[list[Word], list[Word]] | None:
    """A first line of a ref code, then words set further off than the words of the line are
    from each other (a chip's padding: 'A1.1  On track'): its two parts."""
    words = line.words
    if len(words) < 2 or not any(c.isdigit() for c in words[0].text):
        return None
    gap = words[1].x0 - words[0].x1
    others = [b.x0 - a.x1 for a, b in zip(words[1:], words[2:], strict=False)]
    if gap >= 0.6 * (line.bottom - line.top) and gap >= 1.4 * max(others, default=0.0):
        return words[:1], words[1:]
    return None


def part(line: Line, words: list[Word]) -> Line:
    """The line made of some of its words (their text and extent)."""
    box = (words[0].x0, line.top, words[-1].x1, line.bottom)
    text = " ".join(w.text for w in words)
    return Line(text, box, line.font_size, line.bold, line.page, line.index, words=words)
