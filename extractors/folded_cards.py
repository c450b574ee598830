"""A card printed front and back side by side: one ruled row whose two cells are its faces.

An index-card box, a set of cue cards or a 'fold here' print of a record gives each action two
faces, laid out as a one-row table of two cells (cut along the rules, fold down the middle):

    | Divider 2                       | Reverse of C07                 |
    | Card C07                        | Keeper: Claire Whitby          |
    | Introduce a practice standard   | Expires: EOM Jan 2027          |
    | that every assessment ...       | Tab colour: Stuck fast         |
    | Written by <person>, <date>     | Last handled <date> by <person> |

The FRONT holds the card's ref and its text (and, in a corner, the number of the
recommendation it answers); the BACK holds its labelled fields and names the card it belongs to
only by the front's ref ('Reverse of C07', 'Back of card 3'). Read as a table it has no header
(every cell a record), and read as lines the page joins each front line to the back line beside
it, so no reader took the card: its ref, text, owner, due date and status were lost.

The evidence is the shape, not the words of one template: a one-row table of two cells, one of
which opens with a short line ending in a code (a letter or digits and a number) that the other
cell prints on a short line of its own. That cell is the back; its naming line is no field. The
front's line ending in the code gives the ref; a short numbered label on the front whose label
the vocabulary reads as a recommendation ('Rec 2'), or whose words and number are printed
elsewhere in the plan as a caption over that recommendation's heading ('DIVIDER 2' over
'Recommendation 2: ...' on the dividers' page, in a box's cell or, read from the Word file, in
the text's lines), gives the recommendation; the front's lines under the ref in the type
of its first line are the text (a line in smaller print under it, a byline, is no part of it).
The back's 'Label: value' lines (and the lines wrapping them) are the fields, every label a
back prints a column (one card's alone too: the cell bounds the card), its role from the header
vocabulary and from what the values hold (record_tables.record_table). An unlabelled line in
smaller print on the back (a handling stamp) is no field.

Every card so read becomes a row of one action table standing where the first card stood; other
readings of the same boxes (a form reader taking a corner mark for the label of the next cell)
are dropped, as they read the same words again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.plan_columns import Element, header_role
from plantrace.extractors.plan_recommendations import explicit_heading, heading
from plantrace.extractors.record_tables import record_table
from plantrace.pipeline.document import BBox, Cell, Line
from plantrace.pipeline.normalise.text_keys import text_key

EVIDENCE = "folded cards: a one-row table of two faces, the back naming the front's ref"
MIN_CARDS = 2  # one such table alone is no convention
NAME_WORDS = 5  # the back's naming line is a few words ending in the ref
# a ref: letters then a number ('C07', 'AP03'), or an outline number ('2.1'), or a bare number
_CODE = re.compile(r"^(?:[A-Za-z]{1,3}-?\d{1,4}[a-z]?|\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)$")
_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z '&/()-]{0,40}?)\s*:\s*(?P<value>\S.*)$")
LABEL_WORDS = 4  # a field's label is a few words
SMALL = 0.9  # a line under this share of the text's type size is small print
_REC_ROLES = ("rec", "recommendation_text")


@dataclass(slots=True)
class _Card:
    ref: str
    rec: str
    text: list[Line]
    ref_line: Line
    fields: list[tuple[str, list[Line]]] = field(default_factory=list)
    box: BBox = (0.0, 0.0, 0.0, 0.0)


def adopt_folded_cards(elements: list[Element]) -> list[Element]:
    """The elements with each run of folded cards read as one action table, standing where the
    run's first card stood; the same list where fewer than MIN_CARDS such tables are printed."""
    found = [(i, c) for i, el in enumerate(elements) if (c := _folded(el, elements)) is not None]
    if len(found) < MIN_CARDS:
        return elements
    cards = [c for _, c in found]
    # every label a back prints is a column, one card's alone too: the back's cell bounds its
    # fields, so a label no other card repeats is still a field (its column read, or said
    # unplaced by plan_warnings), never dropped
    labels = list(dict.fromkeys(lb for c in cards for lb, _ in c.fields))
    names = ["Card ref", "Card recommendation", "Card text", *labels]
    roles: list[str | None] = ["ref", "rec", "action", *(header_role(lb) for lb in labels)]
    cells: list[list[Cell | None]] = []
    texts: list[list[str]] = []
    for c in cards:
        own = {lb: lines for lb, lines in c.fields}
        pieces: list[list[Line]] = [[c.ref_line], [c.ref_line], c.text]
        pieces += [own.get(lb, []) for lb in labels]
        values = [c.ref, c.rec, _joined(c.text)]
        values += [_value(own[lb]) if lb in own else "" for lb in labels]
        texts.append(values)
        cells.append([_cell(v, ls) for v, ls in zip(values, pieces, strict=True)])
    first = elements[found[0][0]]
    table = record_table(
        texts, lambda i, j: cells[i][j], roles, names, EVIDENCE, first.page, first.top
    )
    if table is None:
        return elements
    for row, c in zip(table.rows, cards, strict=True):
        row.page = c.ref_line.page
    taken = {i for i, _ in found}
    boxes = [(c.ref_line.page, c.box) for c in cards]
    out: list[Element] = []
    for i, el in enumerate(elements):
        if i == found[0][0]:
            out.append(Element(first.page, first.top, table=table))
        elif i in taken or (el.table is not None and _within_cards(el, boxes)):
            continue
        else:
            out.append(el)
    return out


def read_in_faces(el: Element) -> bool:
    """Whether an element is a table read from folded cards: each card read from its own two
    cells, so a page of them is no text set in two columns to be read again line by line (the
    fronts down the left, the backs down the right would part every card)."""
    r = el.table.reading if el.table is not None else None
    return r is not None and any(c.evidence[:1] == [EVIDENCE] for c in r.columns)


def _folded(el: Element, elements: Sequence[Element]) -> _Card | None:
    """The card a one-row table of two faces prints, else None."""
    t = el.raw
    if t is None or len(t.rows) != 1:
        return None
    faces = [c for c in t.rows[0] if c is not None and c.lines]
    if len(faces) != 2 or any(c is None for c in t.rows[0]):
        return None
    for back, front in (faces[::-1], faces):
        ref = _named(back)
        if ref is None:
            continue
        ref_line = next((ln for ln in front.lines if _ends_in(ln, ref)), None)
        if ref_line is None:
            continue
        card = _front(front, ref, ref_line, elements)
        if card is None:
            return None
        card.fields = _fields(back.lines[1:])
        box = (
            min(front.bbox[0], back.bbox[0]), min(front.bbox[1], back.bbox[1]),
            max(front.bbox[2], back.bbox[2]), max(front.bbox[3], back.bbox[3]),
        )  # fmt: skip
        card.box = box
        return card if card.fields else None
    return None


def _named(back: Cell) -> str | None:
    """The code the face's first line ends in, where that line is a short name ('Reverse of
    C07'), else None."""
    words = " ".join(back.lines[0].text.split()).split()
    if not 2 <= len(words) <= NAME_WORDS or ":" in words[-1]:
        return None
    code = words[-1].rstrip(".")
    return code if _CODE.match(code) and any(ch.isdigit() for ch in code) else None


def _ends_in(line: Line, code: str) -> bool:
    words = " ".join(line.text.split()).split()
    return 1 <= len(words) <= NAME_WORDS and words[-1].rstrip(".:") == code


def _front(front: Cell, ref: str, ref_line: Line, elements: Sequence[Element]) -> _Card | None:
    """The front face: its recommendation mark and its text under the ref."""
    rec = ""
    rest: list[Line] = []
    for ln in front.lines:
        if ln is ref_line:
            continue
        num = _rec_mark(ln, elements) if not rec and not rest else None
        if num is not None:
            rec = num
            continue
        rest.append(ln)
    if not rest:
        return None
    size = rest[0].font_size
    text = [rest[0]]
    for ln in rest[1:]:
        if ln.font_size < SMALL * size:
            break  # small print under the text: a byline, no part of it
        text.append(ln)
    return _Card(ref, rec, text, ref_line)


def _rec_mark(line: Line, elements: Sequence[Element]) -> str | None:
    """The recommendation number a short numbered label names ('Rec 2', or 'Divider 2' where
    the plan prints that caption over a heading naming recommendation 2: a divider's box, a
    tab), else None."""
    text = " ".join(line.text.split())
    m = NUMBERED_LABEL.match(text)
    if m is None or len(text.split()) > NAME_WORDS or not m.group("label").strip():
        return None
    label, num = m.group("label").strip(), m.group("num")
    if header_role(label) in _REC_ROLES:
        return num
    caption = f"{label} {num}".lower()
    for lines in _line_runs(elements):
        for k in range(len(lines) - 1):
            if text_key(lines[k].text) != caption:
                continue
            h = heading(lines[k + 1].text)  # the heading's first line: its label and number
            named = h is not None and h[0].lstrip("0") == num.lstrip("0")
            if named and explicit_heading(lines[k + 1].text):
                return num
    return None


def _line_runs(elements: Sequence[Element]) -> list[list[Line]]:
    """The text's lines (the paragraphs' lines, one run: a caption may close the paragraph
    above its heading, as a Word box's lines are grouped) and each raw table cell's lines."""
    text: list[Line] = []
    out: list[list[Line]] = [text]
    for el in elements:
        if el.raw is not None:
            out += [c.lines for r in el.raw.rows for c in r if c is not None and c.lines]
        elif el.table is None:
            text += el.lines
    return out


def _fields(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    """The face's 'Label: value' lines, each with the lines that wrap it (in its type, no
    label of their own); other lines are no field."""
    out: list[tuple[str, list[Line]]] = []
    open_field: list[Line] | None = None
    for ln in lines:
        text = " ".join(ln.text.split())
        m = _FIELD.match(text)
        if m is not None and len(m.group("label").split()) <= LABEL_WORDS:
            words = [w for w in ln.words if w.x0 >= _value_x(ln, m.group("value"))]
            # the value keeps its own ink, not the label's: a status word printed in its
            # colour after a black label ('Marker: Needs a push' in amber) is read by its ink
            # (inked_status_column), as a cell of its own is
            part = Line(m.group("value"), ln.bbox, ln.font_size, ln.bold, ln.page, ln.index,
                        colour=words[0].colour if words else None,
                        end_colour=words[-1].colour if words else None)  # fmt: skip
            part.words = words
            open_field = [part]
            out.append((m.group("label").strip(), open_field))
            continue
        if open_field is not None and abs(ln.font_size - open_field[-1].font_size) < 0.5:
            open_field.append(ln)
            continue
        open_field = None
    return out


def _value_x(line: Line, value: str) -> float:
    """Where the value's first word starts on the line (its words after the label)."""
    first = value.split()[0]
    words = line.words
    for k, w in enumerate(words):
        if w.text == first and (
            k == 0 or ":" in words[k - 1].text or words[k - 1].text[-1:] == ":"
        ):
            return w.x0
    return line.bbox[0]


def _joined(lines: Sequence[Line]) -> str:
    return " ".join(" ".join(ln.text for ln in lines).split())


def _value(lines: Sequence[Line]) -> str:
    return _joined(lines)


def _cell(text: str, lines: Sequence[Line]) -> Cell | None:
    if not text or not lines:
        return None
    box = (
        min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines),
    )  # fmt: skip
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index,
                colour=lines[0].colour, end_colour=lines[-1].end_colour)  # fmt: skip
    line.words = [w for ln in lines for w in ln.words]
    return Cell(text, box, [line])


def _within_cards(el: Element, boxes: Sequence[tuple[int, BBox]]) -> bool:
    """A table another reader made of the cards' own words: every cell inside a card."""
    assert el.table is not None
    cells = [c for r in el.table.rows for c in r.cells if c is not None]
    return bool(cells) and all(
        any(page == r.page and _inside(c.bbox, box) for page, box in boxes)
        for r in el.table.rows
        for c in r.cells
        if c is not None
    )


def _inside(inner: BBox, outer: BBox) -> bool:
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] - 1 <= x <= outer[2] + 1 and outer[1] - 1 <= y <= outer[3] + 1
