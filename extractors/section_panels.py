"""A section's box: one outline drawn round a recommendation's heading and all its items, opened.

An objectives tool's page printed from the web (and any page that draws each section as one
rounded card) puts a recommendation's label and text at the top of a box and, inside the same
outline, the items that answer it: measures and actions, each with its own owner and due
lines. The table finder reads the outline as a one-cell table holding every line. Where two or
more such boxes stack on a page they are taken for an unruled table's row bands and read as
lines; a page holding fewer (the page after a break, where a section's rest opens the page)
kept the box as a table, so the card reader took the heading for one card's title and the
section's number was lost for every action under it.

A one-cell box whose text opens with a recommendation's heading ('Objective 4 ...',
'Recommendation 2 ...') and which holds the field lines of two items or more (two lines or
more each led by an owner or due label) is a section, not a card: a card is one item with one
set of fields. Its lines outside any smaller box inside it (a progress ring) are read as
paragraphs in reading order with those boxes, as a panel round boxes is (panel_boxes).

A box may print a head of its own over the heading (a receipt's or a slip's centred lines:
the issuer, a number, a time, who issued it) and print its items' fields with labels no
vocabulary holds ('BEST BEFORE Oct. 26, 2025', field lines the card reader finds by their
shape, plan_cards.field_line). Such a box is read as a section too, with no widget inside it
(_headed_section): its heading is the first line under the head that names a recommendation
(a label over its text, 'RECOMMENDATION 2' / '<text>'), the head's lines a paragraph apart
(the head names no plan field: read as a section's lines, never as a card's title), and the
items under the heading need MIN_HEADED_FIELDS field lines or more, so a card whose title
states its recommendation is still a card. Boxes side by side (receipts three abreast) are
opened each in its place, their bodies left as boxes for the card readers to read in turn.

A page break may cut such a box before its items: its heading's label ('Objective 4', alone, or
with the heading's text and owner) in the box's piece at one page's foot, the rest of the
heading and the items in the piece opening the next page. Neither piece is a section alone (the
foot's holds no items, the next page's opens with no heading), so the heading's text was read as
a card's title and the objective lost: its actions linked to the objective before it (warned,
plan_links_partial) or lost with it. The two pieces are read as the one box they are
(_cut_section): the foot's piece ends its page's reading and the next opens the next page's,
both share the box's left and right edges, and a smaller box is drawn inside one of them (the
ring, whole or cut, as in any section box split here).
"""

from __future__ import annotations

import re

from plantrace.extractors.plan_columns import LEADING_REF, Element, header_role
from plantrace.extractors.plan_recommendations import heading
from plantrace.pipeline.document import BBox, Cell, Line, Table, box_within

MIN_ITEMS = 2  # field lines of this many items make a box a section, not one item's card
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z /'-]{1,30}?)\s*:")  # 'Due date: ...' -> 'Due date'
_ITEM_ROLES = {"owner", "due"}
MAX_HEAD_LINES = 8  # a box's own head over its heading: a receipt's issuer, number, time, clerk
MIN_HEADED_FIELDS = 2  # field lines under a headed box's heading: one item's two fields or more
HEADING_GAP = 1.5  # pitches: a gap this wide under the heading's text ends it (a rule drawn)


def open_section_boxes(elements: list[Element]) -> list[Element]:
    """Elements with each one-cell box that holds a recommendation's heading and the fields of
    several items split in two (module docstring): its heading lines (the bold run it opens
    with) as a paragraph of their own, then the box holding the rest, read by the card readers
    as before. The same list where no box is one."""
    out: list[Element] = []
    skip = False
    for el, after in zip(elements, [*elements[1:], None], strict=True):
        if skip:
            skip = False
            continue
        inner = _inner_boxes(el, elements) if _section_box(el) else []
        split = _split_heading(el, inner) if inner else None
        if split is None:
            split = _headed_section(el)
        if split is None and after is not None:
            split = _cut_section(el, after)
            skip = split is not None
        out.extend(split if split is not None else [el])
    return out


def _cut_section(foot: Element, top: Element) -> list[Element] | None:
    """A section's box cut by a page break, read as the box it is: its heading (or the head
    of it: a label alone, 'Objective 4') in the piece at one page's foot, the rest of the
    heading and the items in the piece opening the next page (module docstring). The pieces
    are one box: the foot's piece ends its page's reading, the next opens the next page's,
    both share the box's left and right edges, and one of them holds a smaller box drawn
    inside (a progress ring, cut or whole). The heading's lines from both pieces, in order,
    are read as one heading (a label alone and the text under it as two paragraphs, joined as
    any label over its text is); the rings as boxes of their own; each piece's other lines as
    a box on its own page, read by the card readers as a section's body is. Else None."""
    if top.page != foot.page + 1 or _section_box(foot):
        return None
    upper_piece, lower_piece = _outline(foot), _outline(top)
    if upper_piece is None or lower_piece is None:
        return None
    (upper, upper_inner), (lower, lower_inner) = upper_piece, lower_piece
    if (
        abs(upper.bbox[0] - lower.bbox[0]) > CUT_SLACK
        or abs(upper.bbox[2] - lower.bbox[2]) > CUT_SLACK
        or not (upper_inner or lower_inner)
    ):
        return None
    above = _outside(upper, upper_inner)
    below = _outside(lower, lower_inner)
    if not above or not below or heading(below[0].text) is not None:
        return None  # the piece opening the page opens a heading of its own: not the same box
    lines = [*above, *below]
    labelled = len(lines) > 1 and _label_over(lines[0], lines[1])
    if heading(lines[0].text) is None and not labelled:
        return None
    if _field_lines(lines) < MIN_ITEMS:
        return None
    n = 0
    while n < len(lines) and lines[n].bold:
        n += 1
    if n < 2 or n >= len(lines):
        return None
    head = lines[:n]
    parts = [head[:1], head[1:]] if labelled else [head]
    out = [_box_of(foot, c, [c]) for c in upper_inner if c.text.strip()]
    out += [Element(part[0].page, part[0].top, lines=list(part)) for part in parts]
    out += [_box_of(top, c, [c]) for c in lower_inner if c.text.strip()]
    for piece, cell in ((foot, upper), (top, lower)):
        rest = [ln for ln in lines[n:] if ln.page == piece.page]
        if rest:
            x0, _, x1, y1 = cell.bbox
            body = Cell(" ".join(ln.text for ln in rest), (x0, rest[0].top - 1.0, x1, y1),
                        rest, cell.fill)  # fmt: skip
            out.append(_box_of(piece, body, [body]))
    return out


CUT_SLACK = 2.0  # points: the two pieces of a box cut by a page break share its edges


def _outline(el: Element) -> tuple[Cell, list[Cell]] | None:
    """A box's outline (the one cell as wide as the table) and the smaller boxes drawn inside
    it (cells within it), where the element is a box read as such a grid; else None."""
    t = el.raw
    if t is None:
        return None
    cells = [c for row in t.rows for c in row if c is not None]
    wide = [
        c for c in cells
        if abs(c.bbox[0] - t.bbox[0]) <= CUT_SLACK and abs(c.bbox[2] - t.bbox[2]) <= CUT_SLACK
    ]  # fmt: skip
    if len(wide) != 1:
        return None
    inner = [c for c in cells if c is not wide[0]]
    if not all(box_within(c.bbox, wide[0].bbox) for c in inner):
        return None
    return wide[0], inner


def _outside(outline: Cell, inner: list[Cell]) -> list[Line]:
    """The outline's lines that lie in none of the smaller boxes inside it."""
    return [ln for ln in outline.lines if not any(box_within(ln.bbox, c.bbox) for c in inner)]


def _box_of(el: Element, cell: Cell, row: list[Cell | None]) -> Element:
    """A one-cell box on el's page: the cell's own box, ruled as el's table is."""
    assert el.raw is not None
    return Element(el.page, cell.bbox[1], raw=Table(el.page, cell.bbox, [row], el.raw.ruled))


def _label_over(label: Line, text: Line) -> bool:
    """_label_over_text across a page break too: the text under the label on the next page."""
    if text.page != label.page:
        return (
            text.page == label.page + 1
            and len(label.text.split()) <= 4
            and (heading(f"{label.text.strip()}: {text.text.strip()}") is not None)
        )
    return _label_over_text(label, text)


def _headed_section(el: Element) -> list[Element] | None:
    """A one-cell box whose heading stands under a head of its own and over its items' field
    lines (module docstring) as its head, its heading and the box holding the rest; else None."""
    t = el.raw
    if t is None or len(t.rows) != 1 or len(t.rows[0]) != 1 or t.rows[0][0] is None:
        return None
    cell = t.rows[0][0]
    lines = cell.lines
    at = next(
        (
            k for k in range(1, min(MAX_HEAD_LINES, len(lines) - 2) + 1)
            if _label_over_text(lines[k], lines[k + 1]) and heading(lines[k].text) is None
        ),
        None,
    )  # fmt: skip
    if at is None or any(LEADING_REF.match(ln.text) for ln in lines[:at]):
        return None  # no heading under a head, or an item above it: a card, not a section
    end = _heading_end(lines, at)
    rest = lines[end:]
    from plantrace.extractors.plan_cards import field_line  # the card reader builds on this

    if sum(field_line(ln) is not None for ln in rest) < MIN_HEADED_FIELDS:
        return None
    if not any(LEADING_REF.match(ln.text) for ln in rest):
        return None  # no numbered item under the heading: a card stating its recommendation
    x0, _, x1, y1 = cell.bbox
    top = rest[0].top - 1.0
    body = Cell(" ".join(ln.text for ln in rest), (x0, top, x1, y1), list(rest), cell.fill)
    tx0, _, tx1, ty1 = t.bbox
    box = Table(t.page, (tx0, top, tx1, ty1), [[body]], t.ruled)
    head, label, text = lines[:at], lines[at : at + 1], lines[at + 1 : end]
    return [
        *(Element(el.page, part[0].top, lines=list(part)) for part in (head, label, text)),
        Element(el.page, top, raw=box),
    ]


def _heading_end(lines: list[Line], at: int) -> int:
    """The index of the first line under the heading's text: the next line that opens with an
    item's ref or stands a gap under the line above it (a rule drawn between, a margin)."""
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top)
    pitch = pitches[len(pitches) // 2] if pitches else 0.0
    k = at + 2
    while k < len(lines):
        gap = lines[k].top - lines[k - 1].top
        if LEADING_REF.match(lines[k].text) or (pitch > 0 and gap > HEADING_GAP * pitch):
            break
        k += 1
    return k


def _inner_boxes(el: Element, elements: list[Element]) -> list[BBox]:
    """The other boxes drawn inside the outline (a progress ring, a chip): where there are
    some, the outline is a drawn card of the page's own widgets, not a word processor's text
    box holding text alone."""
    assert el.raw is not None
    outline = el.raw.bbox
    return [
        x.raw.bbox
        for x in elements
        if x is not el and x.page == el.page and x.raw is not None and x.raw.bbox != outline
        and box_within(x.raw.bbox, outline)
    ]  # fmt: skip


def _split_heading(el: Element, inner: list[BBox]) -> list[Element] | None:
    """The box's heading as a paragraph and the box without it, else None. A line inside an
    inner box (a progress ring's '84%' set beside the heading) is that box's, read with it:
    it is no word of the heading, and set inside the heading's text it hid its number."""
    t = el.raw
    assert t is not None and t.rows[0][0] is not None
    cell = t.rows[0][0]
    lines = [ln for ln in cell.lines if not any(box_within(ln.bbox, b) for b in inner)]
    n = 0
    while n < len(lines) and lines[n].bold:
        n += 1
    if n < 2 or n >= len(lines):
        return None
    head, rest = lines[:n], lines[n:]
    x0, _, x1, y1 = cell.bbox
    top = rest[0].top - 1.0
    body = Cell(" ".join(ln.text for ln in rest), (x0, top, x1, y1), list(rest), cell.fill)
    tx0, _, tx1, ty1 = t.bbox
    box = Table(t.page, (tx0, top, tx1, ty1), [[body]], t.ruled)
    # a label alone over the text ('Objective 4'): a paragraph of its own, joined to its text
    # as one heading as any label printed alone over its text is (join_label_headings)
    parts = [head[:1], head[1:]] if _label_over_text(head[0], head[1]) else [head]
    return [
        *(Element(el.page, part[0].top, lines=list(part)) for part in parts),
        Element(el.page, top, raw=box),
    ]


def _section_box(el: Element) -> bool:
    """A one-cell box opened by a recommendation heading, holding several items' fields."""
    t = el.raw
    if t is None or len(t.rows) != 1 or len(t.rows[0]) != 1 or t.rows[0][0] is None:
        return False
    lines = t.rows[0][0].lines
    if len(lines) < 4:
        return False
    if heading(lines[0].text) is None and not _label_over_text(lines[0], lines[1]):
        return False
    return _field_lines(lines) >= MIN_ITEMS


def _label_over_text(label: Line, text: Line) -> bool:
    """A short line naming a recommendation by label and number ('Objective 4') over its
    text: the two read as one heading ('Objective 4: Ensure that ...')."""
    if len(label.text.split()) > 4 or text.top <= label.top:
        return False
    return heading(f"{label.text.strip()}: {text.text.strip()}") is not None


def _field_lines(lines: list[Line]) -> int:
    """How many lines open with an owner or due label: one per item that states its fields."""
    count = 0
    for ln in lines:
        m = _LABEL.match(ln.text)
        if m is not None and header_role(m.group(1)) in _ITEM_ROLES:
            count += 1
    return count
