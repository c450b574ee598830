"""Cards that print no field labels, each opened by a kicker line: its ref (issue 11).

A dashboard of action cards (a web page printed to PDF, often flowed in CSS columns, so the
text runs down one column of cards, then the next) gives each card: a small kicker line with
the action's ref and the recommendation it answers ('2.1 · RECOMMENDATION 2'), the action in
bold, perhaps a labelled update ('Progress: ...'), then a footer with no labels at all: the
lead's name (beside an avatar of their initials), a due line ('Due in 3 months (Mar 2027)',
'Overdue by 2 months (Jun 2026)') and a status ribbon or stamp ('On track'), often turned.

The card reader (plan_cards) needs labels that recur; these cards have none but the kicker.
Each card is read from where its kicker opens it to the next kicker, the lines typed by what
they hold, not by a label:

- the kicker: a ref, then after a separator a numbered label the header vocabulary reads as a
  recommendation's ('2.1 · RECOMMENDATION 2', '2.1 | Rec 2'); a ref alone is no kicker (a
  table's ref cells are such lines too);
- the title: the lines straight under the kicker (bold where the card bolds it);
- a labelled line whose label the header vocabulary knows ('Update this period:') is that
  field, with the lines that wrap it;
- a line that reads as a date is the due date; a date in brackets after relative words is the
  date ('Due in 3 months (Mar 2027)' -> 'Mar 2027'): the words count from a snapshot;
- a line that reads as a status is the status, wherever it stands in the card (a ribbon
  turned across its corner is read after the card's other lines);
- a line that reads as a person is the owner; initials alone (an avatar's) are no owner.

Nothing changes unless two such cards at least stand on one page and most of them name who or
when: a list of numbered paragraphs reads as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.drawn_cards import EVIDENCE as DRAWN_EVIDENCE
from plantrace.extractors.drawn_cards import DrawnCard, drawn_cards, pills
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.plan_cards import field_line
from plantrace.extractors.plan_columns import (
    Element,
    PlanTable,
    header_role,
)
from plantrace.extractors.record_tables import record_table
from plantrace.pipeline.document import BBox, Cell, Line, ParsedDocument, boxes_bbox, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.marks import page_key_phrases
from plantrace.pipeline.normalise.text_keys import text_key

# a kicker: a ref (a word or two may lead it: 'Action 2.1'), then (after a separator) what it
# answers; short, so no action's first line
KICKER = re.compile(
    r"^(?:[A-Za-z][A-Za-z.]{0,11} ){0,2}"
    r"(?P<ref>(?:\d{1,2}\.)+\d{1,2}|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?)"
    r"(?:\s*[·|•–—:/-]\s*|\s+)(?P<rest>\S.{0,40})$"
)
_BRACKETED = re.compile(r"\((?P<inner>[^()]{3,30})\)\s*$")  # the date after relative words
_INITIALS = re.compile(r"^[A-Z]{1,3}$")  # an avatar's initials
MIN_CARDS = 2
WRAP_LEAD = 1.8  # line heights between a field's line and the next one that wraps it
# line heights: a wrapped line's box may reach up into the box of the line above by this much
# (lines printed turned a little, on a tilted note, have boxes taller than their type)
WRAP_OVERLAP = 0.3
ROLES: list[str | None] = ["ref", "rec", "action", "owner", "due", "rag", "progress"]
LABELS = ["Card ref", "Card recommendation", "Card title", "Card owner", "Card due", "Card status",
          "Card progress"]  # fmt: skip
EVIDENCE = "kicker cards: each card opened by a ref line, its fields typed by content"
_FIELD_ROLES = {"owner": 3, "due": 4, "rag": 5, "progress": 6}


@dataclass(frozen=True, slots=True)
class Scale:
    """What a plan's cards say of their statuses beyond the vocabulary: the phrases its key
    of marks gives colours ('fraying'), and the card labels no vocabulary knows that print
    such words on other cards ('warp check'), whose every value is a status, read or not."""

    phrases: frozenset[str]
    labels: frozenset[str]


NO_SCALE = Scale(frozenset(), frozenset())


@dataclass(slots=True)
class _Card:
    ref: str
    rec: str
    lines: list[Line] = field(default_factory=list)  # every line the card took
    cells: list[list[Line]] = field(default_factory=lambda: [[] for _ in ROLES])
    texts: list[str] = field(default_factory=lambda: [""] * len(ROLES))


def kicker(line: Line) -> tuple[str, str] | None:
    """(ref, recommendation number) of a kicker line, else None."""
    text = " ".join(line.text.split())
    if len(text) > 48 or not text[:1].isalnum():
        return None
    m = KICKER.match(text)
    if m is None:
        return None
    label = NUMBERED_LABEL.match(m.group("rest"))
    if label is None or header_role(label.group("label").strip()) not in (
        "rec",
        "recommendation_text",
    ):
        return None
    return m.group("ref"), label.group("num")


def adopt_kicker_cards(elements: list[Element], doc: ParsedDocument) -> list[Element]:
    """Each page's run of kicker cards, read from the page's lines in the order they were
    printed (a flow of columns runs down each column; the layout reader, which orders lines by
    height, interleaves them) into one action table standing where its first card stood; pages
    with fewer than two cards are left as they were."""
    phrases: frozenset[str] | None = None  # the phrases the plan's key of marks gives colours
    for page in doc.pages:
        if sum(1 for ln in page.lines if _maybe(ln)) < MIN_CARDS:
            drawn = drawn_cards(page)  # no kicker lines: cards drawn as filled shapes?
            if len(drawn) >= MIN_CARDS:
                if phrases is None:
                    phrases = frozenset(p for pg in doc.pages for p, _ in page_key_phrases(pg))
                keyed = _scale(drawn, Scale(phrases, frozenset()))
                elements = _adopt_page(elements, page.number, page.lines, drawn, keyed)
            continue  # the cheapest sign: no two kicker lines on the page
        elements = _adopt_page(elements, page.number, page.lines)
    return elements


def _maybe(line: Line) -> bool:
    """The cheapest sign of a kicker: a short line opening with a digit or capital."""
    return len(line.text) <= 48 and line.text[:1].isalnum() and kicker(line) is not None


def _adopt_page(
    elements: list[Element],
    page: int,
    lines: Sequence[Line],
    drawn: Sequence[DrawnCard] = (),
    keyed: Scale = NO_SCALE,
) -> list[Element]:
    read = [(d.box, c) for d in drawn if (c := _drawn_card(d, keyed)) is not None]
    cards = [c for _, c in read] if drawn else _cards(lines)
    if len(cards) < MIN_CARDS or 2 * sum(1 for c in cards if c.texts[3] or c.texts[4]) < len(cards):
        return elements  # no cards naming who or when: numbered paragraphs, a list
    table = _table(cards, page, DRAWN_EVIDENCE if drawn else EVIDENCE)
    if table is None:
        return elements
    # a drawn card is all its shape holds: a comment or vote under its fields is no plan text
    boxes = [box for box, _ in read] or [lines_bbox(c.lines) for c in cards]
    run = boxes_bbox([lines_bbox([ln for c in cards for ln in c.lines]), *boxes])
    taken = {id(ln) for c in cards for ln in c.lines}
    # the shapes beside the cards that head them ('Recommendation 2' and its text): their
    # lines, wherever the layout reader put them, read as one heading before the cards
    held_by = {d.head: d.head_lines for d in drawn if d.head is not None and d.head_lines}
    held = list(held_by.values())

    def inside(b: BBox) -> bool:
        return any(_centre_in(b, box) for box in [*boxes, *held_by])

    def table_at(out: list[Element]) -> None:
        out.extend(Element(page, group[0].top, lines=group) for group in held)
        out.append(Element(page, table.top, table=table))

    out: list[Element] = []
    placed = False
    for el in elements:
        if el.page != page:
            out.append(el)
            continue
        if el.table is not None or el.raw is not None:
            if _cut_from_cards(el, run, boxes):
                heads = _heads_of(el, [*boxes, *held_by])
                if heads and not placed:  # a heading caught in the grid's first row: kept
                    out.append(Element(page, heads[0].top, lines=heads))
                if not placed:  # a table the layout reader made of the cards' lines
                    table_at(out)
                    placed = True
                continue
            if held_by and _held_only(el, list(held_by)):
                continue  # a grid the layout reader made of the heading shapes' lines
            out.append(el)
            continue
        rest = [ln for ln in el.lines if id(ln) not in taken and not inside(ln.bbox)]
        if len(rest) == len(el.lines):
            out.append(el)
            continue
        head = [ln for ln in rest if ln.top < table.top]
        if head:  # a heading over the cards, in one paragraph with the first of them
            out.append(Element(page, head[0].top, lines=head))
        if not placed:
            table_at(out)
            placed = True
        rest = [ln for ln in rest if ln.top >= table.top]
        if rest:
            out.append(Element(page, rest[0].top, lines=rest))
    if not placed:  # after the page's last element, before the next page's first
        at = next((k for k, el in enumerate(out) if el.page > page), len(out))
        tail: list[Element] = []
        table_at(tail)
        out[at:at] = tail
    return out


def _cut_from_cards(el: Element, run: BBox, cards: Sequence[BBox] = ()) -> bool:
    """Whether a table element was cut from the cards' lines by the layout reader (their
    frames ruled as a grid; their kickers side by side taken for a header row): its text lies
    in the cards' run, but for a heading above the run caught in its first row. A table whose
    text stands in no card (a ruled table of measures under one column's cards, beside the
    other column's) is a table of its own, kept."""
    boxes = _cell_boxes(el)
    inside = [_centre_in(b, run) for b in boxes]
    if cards and boxes and not any(_centre_in(b, card) for b in boxes for card in cards):
        return False
    return any(inside) and all(
        i or b[3] <= _top_under(b, run, cards) + 1 for i, b in zip(inside, boxes, strict=True)
    )


def _heads_of(el: Element, cards: Sequence[BBox]) -> list[Line]:
    """The lines of a cut table's cells that stand in no card: headings over the cards caught
    in the grid the layout reader ruled (a treemap rectangle's head over its tiles), read as
    a paragraph rather than lost with the grid, top down, left to right."""
    if el.raw is not None:
        cells = [c for r in el.raw.rows for c in r if c is not None]
    else:
        assert el.table is not None
        cells = [c for r in el.table.rows for c in r.cells if c is not None]
    lines = [
        ln for c in cells if c.text.strip()
        for ln in c.lines if not any(_centre_in(ln.bbox, card) for card in cards)
    ]  # fmt: skip
    return sorted(lines, key=lambda ln: (ln.top, ln.x0))


def _held_only(el: Element, heads: Sequence[BBox]) -> bool:
    """Whether every cell of a table element that holds text stands in a shape heading the
    cards (capitals side by side over their columns of cards, their wrapped lines level
    across the page, read by the layout reader as a grid): its words are read, shape by
    shape, as the headings placed before the cards, so the grid is no table of its own."""
    grids = [el.raw] if el.raw is not None else el.table.pieces if el.table is not None else []
    boxes = [
        c.bbox
        for g in grids
        if g.page == el.page
        for r in g.rows
        for c in r
        if c is not None and c.text.strip()
    ]  # the pieces' cells, the header row's too (a grid of the heads' lines has no body)
    return bool(boxes) and all(any(_centre_in(b, h) for h in heads) for b in boxes)


def _top_under(b: BBox, run: BBox, cards: Sequence[BBox]) -> float:
    """The top of the cards under a cell's span: a heading over a column of cards (a treemap
    rectangle's head, its tiles starting lower than a neighbour's) stands above its own cards,
    not above the whole run; the run's top where no card stands under it."""
    under = [c[1] for c in cards if c[0] < b[2] - 1 and c[2] > b[0] + 1]
    return min(under) if under else run[1]


def _cell_boxes(el: Element) -> list[BBox]:
    """The boxes of a table element's cells that hold text, and of the pieces it was read
    from (a header row the layout reader took the cards' kicker lines for holds no data row)."""
    if el.raw is not None:
        return [c.bbox for r in el.raw.rows for c in r if c is not None and c.text.strip()]
    assert el.table is not None
    pieces = [t.bbox for t in el.table.pieces if t.page == el.page]
    return pieces + [c.bbox for r in el.table.rows for c in r.cells if c is not None]


def _centre_in(b: BBox, box: BBox) -> bool:
    x, y = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


def _cards(lines: Sequence[Line]) -> list[_Card]:
    """The cards among a page's lines in reading order: each from its kicker to the next
    kicker or to the first line no field of it accounts for."""
    cards: list[_Card] = []
    card: _Card | None = None
    carried: list[Line] | None = None  # the title or a labelled field: wrapped whatever it reads
    last: list[Line] | None = None  # the last field: a line under it that reads as none wraps it
    for ln in lines:
        k = kicker(ln) if _maybe(ln) else None
        if k is not None:
            card = _Card(k[0], k[1], [ln])
            cards.append(card)
            carried, last = card.cells[2], None
            continue
        if card is None:
            continue
        card, carried, last = _take(card, ln, carried, last)
    for c in cards:
        _settle(c)
    return [c for c in cards if c.texts[2]]


def _drawn_card(drawn: DrawnCard, keyed: Scale = NO_SCALE) -> _Card | None:
    """A card drawn as a shape: its ref line opens it, the rest read as a kicker card's lines,
    each tags line (pills side by side, no labels) read pill by pill; a labelled line's wrap
    joined to it first, so its value is typed whole ('Finished by: 7th Mar' over '2027')."""
    card: _Card | None = _Card(drawn.ref, drawn.rec, [drawn.lines[0]])
    assert card is not None
    opened = card
    carried: list[Line] | None = card.cells[2]
    last: list[Line] | None = None
    for ln in _fields_joined(drawn.lines[1:]):
        for piece in pills(ln):
            if card is None:
                break
            card, carried, last = _take(card, piece, carried, last, keyed)
    _settle(opened, keyed)
    return opened if opened.texts[2] else None


def _scale(drawn: Sequence[DrawnCard], keyed: Scale) -> Scale:
    """The scale with the labels the page's cards print status words under: a label no
    vocabulary knows whose value on some card is a status word or a keyed phrase names the
    status on every card, so a word no key holds ('Not yet threaded', a grey swatch's) is
    still read as the card's status (unrated), not as the end of the card."""
    labels = {
        text_key(parsed[0])
        for d in drawn
        for ln in _fields_joined(d.lines[1:])
        if (parsed := field_line(ln)) is not None
        and header_role(parsed[0]) is None
        and _by_value(parsed[1], _Card("", ""), keyed) == "rag"
    }
    return Scale(keyed.phrases, frozenset(labels))


def _fields_joined(lines: Sequence[Line]) -> list[Line]:
    """The lines with each labelled line's wraps joined to it: a line straight under a
    'Label: value' line (or a 'Label:' whose value is under it), in its type, that is no
    labelled line itself. Why: a card's centred
    lines wrap a value wherever its width ends ('Finished cloth by: 7th Mar' / '2027'), and
    under a label no vocabulary knows the value is typed by what it holds, which must be
    whole to read as a date or a sentence."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and field_line(ln) is None
            and field_line(prev) is not None
            and _wraps([prev], ln)
        ):
            out[-1] = _joined(prev, ln)
        else:
            out.append(ln)
    return out


def _joined(a: Line, b: Line) -> Line:
    """One line of two, the second wrapping the first: their text, words, box and inks (a
    status word inked in its colour at the wrap's end keeps it)."""
    return Line(
        join_text([a.text, b.text]),
        lines_bbox([a, b]),
        a.font_size,
        a.bold,
        a.page,
        a.index,
        words=[*a.words, *b.words],
        colour=a.colour,
        end_colour=b.end_colour,
    )


def _take(
    card: _Card,
    ln: Line,
    carried: list[Line] | None,
    last: list[Line] | None,
    keyed: Scale = NO_SCALE,
) -> tuple[_Card | None, list[Line] | None, list[Line] | None]:
    """One line of a card read into it: (the card, None where the line ends the card's run;
    the field a next line may wrap whatever it reads; the last field)."""
    if carried and _wraps(carried, ln) and not _labelled(ln):
        # the title's or a labelled field's next line, in its type; a line opening with a
        # label the vocabulary knows opens its own field ('Driver: ...' under 'Close by: ...')
        carried.append(ln)
        card.lines.append(ln)
        return card, carried, last
    role = _typed(ln, card, keyed)
    if role is None and not card.cells[2]:
        card.cells[2].append(ln)
    elif role is None and last is not None and _wraps(last, ln):
        last.append(ln)
    elif role == "initials":
        pass  # an avatar's letters: the name beside it is the owner
    elif role is not None:
        last = card.cells[_FIELD_ROLES[role]]
        last.append(ln)
        carried = last if _labelled(ln) else None
    else:
        return None, carried, last  # a line no field accounts for: the run has ended
    card.lines.append(ln)
    return card, carried, last


def _labelled(line: Line) -> bool:
    """A line that opens with a label the header vocabulary knows ('Update this period:'), or
    with a label it does not know before a date ('Expected: 31.12.25': a card's own word for
    when, read by what it holds)."""
    parsed = field_line(line)
    return parsed is not None and (header_role(parsed[0]) is not None or _dated(parsed[1]))


def _dated(value: str) -> bool:
    """Whether a labelled line's value reads as a date alone."""
    return cell_type(value.strip()) == CellType.date


def _wraps(cell: Sequence[Line], line: Line) -> bool:
    """A line straight under a field's last line, in its type and at its left (or centred
    under it: a shape's lines set centred, each wrap as wide as its words), carries it on.
    Its box may overlap the last line's a little: on a card turned a degree or two each line's
    straight box is taller than its type, and the boxes of lines set solid meet."""
    if not cell:
        return False
    last = cell[-1]
    height = max(last.bottom - last.top, 1.0)
    centred = abs((line.x0 + line.bbox[2]) / 2 - (last.x0 + last.bbox[2]) / 2) < height
    return (
        (abs(line.x0 - cell[0].x0) < 2 * height or centred)
        and -WRAP_OVERLAP * height <= line.top - last.bottom < WRAP_LEAD * height
        and line.bold == last.bold
        and abs(line.font_size - last.font_size) < 0.6
    )


def _typed(line: Line, card: _Card, keyed: Scale = NO_SCALE) -> str | None:
    """The field a card's line holds by its label or its content, 'initials', or None. Under
    a label no vocabulary knows the value says the field: a date the due, a person the owner,
    a status word (or a phrase the plan's key of marks gives a colour) the status, a sentence
    the update."""
    text = " ".join(line.text.split())
    if _INITIALS.match(text):
        return "initials"
    if not card.cells[2]:
        return None  # the first line under the kicker is the title whatever it holds
    parsed = field_line(line)
    if parsed is not None:
        role = header_role(parsed[0])
        if role in _FIELD_ROLES:
            return role
        if role == "latest" and cell_type(parsed[1]) in (CellType.prose, CellType.text):
            return "progress"  # 'Latest: Recruitment under way': words, no latest figure
        if role is None and _dated(parsed[1]) and not card.cells[4]:
            return "due"  # a label the vocabulary does not know, before a date
        if role is None and (found := _by_value(parsed[1], card, keyed)) is not None:
            return found
        if role is None and text_key(parsed[0]) in keyed.labels and not card.cells[5]:
            return "rag"  # the label other cards print their status words under
    kind = cell_type(text)
    if kind == CellType.rag and not card.cells[5]:
        return "rag"
    if kind in (CellType.date, CellType.owner_date) and not card.cells[4]:
        return "due"
    if kind == CellType.person and not card.cells[3]:
        return "owner"
    return None


def _by_value(value: str, card: _Card, keyed: Scale) -> str | None:
    """The field an unknown label's value names by what it holds, where the card has none
    of it yet: a person the owner, a status word or a keyed phrase the status, a sentence the
    update; None for anything else."""
    kind = cell_type(value.strip())
    if kind == CellType.person and not card.cells[3]:
        return "owner"
    if (kind == CellType.rag or text_key(value).rstrip(".") in keyed.phrases) and not card.cells[5]:
        return "rag"
    if kind == CellType.prose and not card.cells[6]:
        return "progress"
    return None


def _settle(card: _Card, keyed: Scale = NO_SCALE) -> None:
    """Each cell's text: wrapped lines joined, a field's label and a due line's relative
    words left out (a label no vocabulary knows too, where its value named the field)."""
    card.texts[0], card.texts[1] = card.ref, card.rec
    for j, cell in enumerate(card.cells):
        if not cell:
            continue
        text = join_text(" ".join(ln.text.split()) for ln in cell)
        parsed = field_line(cell[0])
        if j in (3, 5, 6) and parsed is not None and _label_of(parsed, ROLES[j], keyed):
            text = join_text([parsed[1], *(" ".join(ln.text.split()) for ln in cell[1:])])
        if j == 4:
            text = _due(text)
        card.texts[j] = text.strip()


def _label_of(parsed: tuple[str, str], role: str | None, keyed: Scale) -> bool:
    """Whether a field's label is its label: one that names its role, or one no vocabulary
    knows before a value that names it (_by_value)."""
    label_role = header_role(parsed[0])
    if label_role is None:
        return _by_value(parsed[1], _Card("", ""), keyed) == role or (
            role == "rag" and text_key(parsed[0]) in keyed.labels
        )
    return _names(label_role, role)


def _names(label_role: str | None, role: str | None) -> bool:
    """Whether a field's label names its role: a progress line may be labelled 'Latest'."""
    return label_role == role or (role == "progress" and label_role == "latest")


def _due(text: str) -> str:
    """The date of a due line: the bracketed date after relative words, else the line."""
    m = _BRACKETED.search(text)
    if m is not None and cell_type(m.group("inner")) == CellType.date:
        return m.group("inner").strip()
    parsed = field_line(Line(text, (0, 0, 0, 0), 10.0, False, 1, 0, words=[]))
    if parsed is None:
        return text
    role = header_role(parsed[0])
    return parsed[1] if role == "due" or (role is None and _dated(parsed[1])) else text


def _table(cards: Sequence[_Card], page: int, evidence: str = EVIDENCE) -> PlanTable | None:
    """The cards as an action table, its columns those any card fills."""
    return record_table(
        [c.texts for c in cards],
        lambda i, j: _cell(cards[i].texts[j], cards[i].cells[j] or cards[i].lines[:1]),
        ROLES,
        LABELS,
        evidence,
        page,
        min(c.lines[0].top for c in cards),
    )


def _cell(text: str, lines: Sequence[Line]) -> Cell | None:
    if not text or not lines:
        return None
    box = lines_bbox(lines)
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index)
    line.words = [w for ln in lines for w in ln.words]
    return Cell(text, box, [line])
