"""Cards drawn as filled shapes, each opened by a ref alone: notes on a wall, tiles of a board.

Why: a whiteboard or planning-wall export prints each action as a NOTE, a filled shape (often
turned a little, pipeline.tilted_shapes) in its status colour: the ref small at its top, the
action, then TAGS without labels (pills side by side: the owner, the due date, the status), and
perhaps a labelled update. The notes stand side by side, so the page's lines join words of
neighbouring notes at one height ('+3 2.2': one note's vote count and the next note's ref), and
the ref alone is no kicker line (plan_kicker_cards needs the recommendation beside it).

Evidence, not words: a card is a filled shape of a card's size holding lines, the innermost
such shape (a shadow or frame around it is not the card); its words are the words whose centre
lies in it; it opens with a ref alone (the small number at its top). The recommendation it
answers is the nearest heading above it that is a numbered recommendation label (a frame's
title, 'Recommendation 2'). A count of votes ('+3') is no field. Shapes whose first line is no
ref (a 'parking lot' of ideas, a key) are no cards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plantrace.extractors.card_grid import part
from plantrace.extractors.plan_boxes import NUMBERED_LABEL
from plantrace.extractors.plan_columns import PlanTable, header_role
from plantrace.pipeline.document import BBox, Line, Page, Word, in_polygon
from plantrace.pipeline.normalise.rag import fill_rgb

_REF = re.compile(r"^(?:\d{1,2}\.)+\d{1,2}[a-z]?$|^[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?$")
_VOTES = re.compile(r"^\+\d{1,4}$")  # a count of votes or likes in a card's corner
MIN_W, MIN_H = 90.0, 50.0  # points: a card is at least this big (a pill or key chip is less)
MIN_LINES = 3  # a card holds its ref, its text and its tags at the least
PILL_GAP = 1.2  # line heights: words further apart on a line stand in separate pills
_COMB_SHARE = 2 / 3  # of a polygon card's height: a neighbour starting less lower is in its row
_PALE = 245  # each channel at least this: a fill near white ('no status' grey), see _pale
EVIDENCE = "drawn cards: each card a filled shape opened by a ref, its fields typed by content"


@dataclass(slots=True)
class DrawnCard:
    """A filled shape holding an action: its ref, the recommendation above it, its lines top
    down (the ref's line first)."""

    ref: str
    rec: str
    box: BBox
    lines: list[Line]
    corners: tuple[tuple[float, float], ...] | None = None  # a polygon's (a hexagon's)
    head: BBox | None = None  # the shape beside it that heads it ('Recommendation 2'), if any
    head_lines: list[Line] | None = None  # that shape's lines, top down


def drawn_cards(page: Page) -> list[DrawnCard]:
    """The page's drawn cards in reading order (rows top down, left to right), those opened by
    a ref alone."""
    shapes = _card_shapes(page)
    if len(shapes) < 2:
        return []
    corners = {b: pts for b, _, pts in page.polygons}
    words: list[list[tuple[Line, list[Word]]]] = [[] for _ in shapes]
    outside: list[Line] = []
    for ln in page.lines:
        pieces: dict[int, list[Word]] = {}
        for w in ln.words:
            k = _shape_of(shapes, corners, (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2)
            if k is not None and not _VOTES.match(w.text):
                pieces.setdefault(k, []).append(w)
        if not pieces:
            outside.append(ln)
        for k, ws in pieces.items():
            words[k].append((ln, ws))
    cards: list[DrawnCard] = []
    heads: list[tuple[BBox, str]] = []  # shapes headed by a recommendation's label
    held_by: dict[BBox, list[Line]] = {}
    for box, held in zip(shapes, words, strict=True):
        lines = sorted((part(ln, ws) for ln, ws in held), key=lambda x: (x.top, x.x0))
        if holder_of(page, box) is not None:  # a tile of a filled container (a treemap)
            lines = _ref_apart(lines)
        if lines and (num := _rec_label(lines[0])):
            heads.append((box, num))
            held_by[box] = lines
        if len(lines) < MIN_LINES or not _REF.match(lines[0].text.strip()):
            continue
        rec = _rec_of_container(page, outside, box) or _rec_above(outside, box)
        cards.append(DrawnCard(lines[0].text.strip(), rec, box, lines, corners.get(box)))
    for c in cards:
        if not c.rec and (beside := _rec_beside(heads, c.box)) is not None:
            c.rec, c.head, c.head_lines = beside[1], beside[0], held_by[beside[0]]
    return _by_container(page, cards)


def _rec_label(line: Line) -> str:
    """The number of a recommendation's label opening a shape ('Recommendation 2'), else ''."""
    m = NUMBERED_LABEL.match(" ".join(line.text.split()))
    if m is None or len(line.text) > 40:
        return ""
    return m.group("num") if header_role(m.group("label").strip()) in _REC_ROLES else ""


_REC_ROLES = ("rec", "recommendation_text")


def _rec_beside(heads: list[tuple[BBox, str]], box: BBox) -> tuple[BBox, str] | None:
    """The shape that opens with a recommendation's label and heads the card, and its number:
    the nearest such shape to the card's left, level with it in part (a comb or a row of
    shapes led by the recommendation's own shape, 'Recommendation 2' and its text in a dark
    hexagon, its actions' hexagons after it), else the nearest above it whose span holds the
    card's centre (a column of shapes under the recommendation's own: a pillar's capital over
    its bricks, a board's column head over its cards). The layout's geometry says which way a
    head reads, as a heading above would; None where no shape stands so."""
    left = [
        (box[0] - b[0], b, num) for b, num in heads
        if b[0] < box[0] and b[1] < box[3] and b[3] > box[1]
    ]  # fmt: skip
    if left:
        _, b, num = min(left)
        return b, num
    mid = (box[0] + box[2]) / 2
    above = [
        (box[1] - b[3], b, num) for b, num in heads if b[0] <= mid <= b[2] and b[3] <= box[1] + 1
    ]
    if not above:
        return None
    _, b, num = min(above)
    return b, num


def _by_container(page: Page, cards: list[DrawnCard]) -> list[DrawnCard]:
    """The cards container by container (the filled shapes that hold them, in reading order),
    each container's cards in reading order: the tiles of a treemap's rectangles stand at
    heights that do not line up across rectangles, so reading the page's rows across them
    would interleave the recommendations' actions. Cards held by no shape are their own."""
    groups: dict[BBox, list[DrawnCard]] = {}
    for c in cards:
        groups.setdefault(holder_of(page, c.box) or c.box, []).append(c)
    if len(groups) == len(cards):
        return _reading_order(cards)
    heads = [DrawnCard("", "", box, []) for box in groups]
    return [c for h in _reading_order(heads) for c in _reading_order(groups[h.box])]


def _ref_apart(lines: list[Line]) -> list[Line]:
    """A card whose first line opens with its ref and runs on with its text ('2.1 Train all
    managers'): the ref set apart as the card's first line, the text as the title's first line
    (a tile of a treemap prints both on one line). Only for a tile a filled shape holds: a
    shape standing free whose ref runs into its text (notes stacked under a column's head, a
    status dot before a word no vocabulary holds) is no drawn card, left to the readers of
    boxed notes, which read its dot's colour."""
    if not lines or len(lines[0].words) < 2:
        return lines
    first = lines[0]
    if not _REF.match(first.words[0].text) or _REF.match(first.text.strip()):
        return lines
    title = part(first, first.words[1:])
    if len(lines) > 1:
        # a line reads bold by its first letter, here the ref's (a ref in bold before the text
        # in roman): the text's weight is that of the line under it, which it wraps onto
        title.bold = lines[1].bold
    # the text's paragraph opens at the ref's left: its run-on lines return there
    title.bbox = (first.x0, *title.bbox[1:])
    return [part(first, first.words[:1]), title, *lines[1:]]


def _rec_of_container(page: Page, outside: list[Line], box: BBox) -> str:
    """The number of the recommendation heading the filled shape that holds the card: nested
    rectangles (a treemap: a dark rectangle per recommendation tiled by a rectangle per
    action), where the container's own head, printed inside it above its tiles, links each
    tile it holds. Containers stand side by side, so the head is taken from the words inside
    the container only, not from the line the page reads across them; '' where no filled
    shape holds the card or its head is no numbered recommendation label."""
    holder = holder_of(page, box)
    if holder is None:
        return ""
    inside = [
        part(ln, ws)
        for ln in outside
        if ln.bottom <= box[1] + 1
        and (ws := [w for w in ln.words if holder[0] <= (w.x0 + w.x1) / 2 <= holder[2]
                    and holder[1] <= (w.top + w.bottom) / 2 <= holder[3]])
    ]  # fmt: skip
    if not inside:
        return ""
    head = min(inside, key=lambda x: x.top)
    label = " ".join(head.text.split()).split(":", 1)[0]
    m = NUMBERED_LABEL.match(label)
    if m is None or header_role(m.group("label").strip()) not in ("rec", "recommendation_text"):
        return ""
    return m.group("num")


def holder_of(page: Page, box: BBox) -> BBox | None:
    """The smallest filled shape that holds the card's shape (a treemap's rectangle round its
    tiles), None where none does."""
    holders = [b for b, _ in page.fills if _encloses(b, box)]
    return min(holders, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])) if holders else None


def _reading_order(cards: list[DrawnCard]) -> list[DrawnCard]:
    """Rows top down, each left to right: a card stands in the row of the card it overlaps
    by more than half its height (notes turned a little stand a few points higher or lower
    than their neighbours, so no fixed band of heights holds a row)."""
    rows: list[list[DrawnCard]] = []
    for c in sorted(cards, key=lambda c: c.box[1]):
        row = rows[-1] if rows else None
        # polygons set in a comb (hexagons raised and lowered in turn) overlap their
        # neighbours' heights by about half: overlapping by a third keeps the comb one row
        share = _COMB_SHARE if c.corners is not None else 0.5
        if row is not None and c.box[1] < row[0].box[1] + (row[0].box[3] - row[0].box[1]) * share:
            row.append(c)
        else:
            rows.append([c])
    return [c for row in rows for c in sorted(row, key=lambda c: c.box[0])]


def read_in_shapes(table: PlanTable) -> bool:
    """Whether a table was read from drawn cards: each card's words taken from inside its own
    shape, so a row of cards is no text set in columns to be read again in column order."""
    r = table.reading
    return r is not None and any(c.evidence[:1] == [EVIDENCE] for c in r.columns)


def pills(line: Line) -> list[Line]:
    """The line cut where its words stand further apart than a word space (pills side by side,
    each its own value); a line of text stays whole."""
    ws = line.words
    if len(ws) < 2:
        return [line]
    gap = PILL_GAP * max(line.bottom - line.top, 1.0)
    out: list[list[Word]] = [[ws[0]]]
    for prev, w in zip(ws, ws[1:], strict=False):
        if w.x0 - prev.x1 > gap:
            out.append([w])
        else:
            out[-1].append(w)
    return [line] if len(out) == 1 else [part(line, g) for g in out]


def _card_shapes(page: Page) -> list[BBox]:
    """Filled shapes of a card's size, the innermost where one encloses another (a shadow, a
    frame's tint); a polygon (a hexagon of a comb) is such a shape too."""
    sized = [
        (b, c)
        for b, c in [*page.fills, *((b, c) for b, c, _ in page.polygons)]
        if MIN_W <= b[2] - b[0] <= page.width / 2 and MIN_H <= b[3] - b[1] <= page.height / 2
    ]
    tinted = [b for b, c in sized if not _pale(c)]
    big = [b for b, c in sized if not _pale(c) or _sibling(b, tinted)]
    big += _big_tiles(page, big)
    return [b for b in big if not any(o is not b and _encloses(b, o) for o in big)]


def _pale(colour: str) -> bool:
    """A fill of white or the near-white grey of 'no status' ('#f5f5f5')."""
    rgb = fill_rgb(colour)
    return rgb is not None and min(rgb) >= _PALE


def _sibling(box: BBox, tinted: list[BBox]) -> bool:
    """Whether a tinted card shape of the same width stands on the page: a pale card among
    tinted cards cut alike is the unrated one of them, while a page of pale boxes alone
    (frames, panels) is left to the readers of boxes."""
    return any(abs((t[2] - t[0]) - (box[2] - box[0])) <= 2 and t != box for t in tinted)


def _big_tiles(page: Page, cards: list[BBox]) -> list[BBox]:
    """Shapes over half the page high or wide that tile a filled container beside other
    tiles (a treemap gives a heavy action most of its rectangle, or a wide page's rectangle
    two tiles across it): a card too, where the smallest filled shape holding it also holds
    a card's size shape beside it (neither inside the other)."""
    sized = [b for b, _ in page.fills if b[2] - b[0] >= MIN_W and b[3] - b[1] >= MIN_H]
    out: list[BBox] = []
    for b in sized:
        if b in cards or (b[2] - b[0] <= page.width / 2 and b[3] - b[1] <= page.height / 2):
            continue
        holder = holder_of(page, b)
        if holder is not None and any(
            o != b and _encloses(holder, o) and not _encloses(o, b) and not _encloses(b, o)
            for o in sized
        ):
            out.append(b)
    return out


def _encloses(outer: BBox, inner: BBox) -> bool:
    return (
        outer[0] <= inner[0] + 1
        and outer[1] <= inner[1] + 1
        and outer[2] >= inner[2] - 1
        and outer[3] >= inner[3] - 1
        and outer != inner
    )


def _shape_of(
    shapes: list[BBox], corners: dict[BBox, tuple[tuple[float, float], ...]], x: float, y: float
) -> int | None:
    """The shape holding the point: in a polygon's corners where it is one (hexagons in a comb
    overlap each other's boxes), else in its box."""
    for k, b in enumerate(shapes):
        if b[0] <= x <= b[2] and b[1] <= y <= b[3]:
            pts = corners.get(b)
            if pts is None or in_polygon(pts, x, y):
                return k
    return None


def _rec_above(lines: list[Line], box: BBox) -> str:
    """The number of the nearest recommendation label above the card (a frame's title)."""
    best: tuple[float, str] | None = None
    for ln in lines:
        if ln.bottom > box[1] + 1:
            continue
        m = NUMBERED_LABEL.match(" ".join(ln.text.split()))
        if m is None or len(ln.text) > 40:
            continue
        if header_role(m.group("label").strip()) not in ("rec", "recommendation_text"):
            continue
        if best is None or ln.top > best[0]:
            best = (ln.top, m.group("num"))
    return best[1] if best else ""
