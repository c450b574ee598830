"""Plans drawn as a diagram: boxes joined by connector lines, read left to right (issue 11).

A driver diagram, a logic model or a flowchart prints no table and no heading: what belongs
together is shown by the lines drawn between boxes and by where the boxes stand. The page is
read from its drawing, not its words:

- a box is a frame of four rulings (a rounded frame's straight sides, whose corners do not
  meet) around at least one word;
- a connector is a ruling that frames no box; boxes whose edges a run of touching connectors
  reaches are one diagram (a tree read left to right);
- the diagram's rightmost boxes are its leaves, the actions; its leftmost box, when it opens
  with a numbered label ('Aim 2', 'Recommendation 2', 'R2') beside a sentence, is the
  recommendation they answer; the boxes between (drivers, themes) are context. A tree drawn
  top down is read the same way turned: its bottom row the actions, its top box the root;
- what is printed just under a leaf, outside any box of the diagram, is its caption: a small
  framed or filled label there is its status (its colour the RAG), the rest its owner and its
  date, parted by a separator ('Head of Service · end of March 2027').

A drawing of boxes whose leaves have neither owner nor date in a caption (an organisation
chart, a process map) is left as it was.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.node_fields import node_table
from plantrace.extractors.plan_board import owner_date
from plantrace.extractors.plan_boxes import NUMBERED_LABEL, stated_in_row
from plantrace.extractors.plan_columns import (
    Element,
    PlanTable,
    header_role,
)
from plantrace.extractors.plan_recommendations import MIN_WORDS
from plantrace.extractors.record_tables import record_table, word_cell
from plantrace.extractors.topic_map import topic_table
from plantrace.pipeline.document import (
    BBox,
    Cell,
    Page,
    ParsedDocument,
    Ruling,
    Word,
    word_lines,
)
from plantrace.pipeline.layout import join_text

EDGE_SLACK = 2.0  # points: a frame's opposite sides end level, give or take this
CORNER = 14.0  # points: how far a rounded frame's side may stand from its top's end
TOUCH = 3.0  # points: a connector touches a box or another connector this close
COLUMN_SLACK = 20.0  # points: boxes whose left edges are this close stand in one column
CAPTION_LINES = 3.0  # font sizes below a leaf its caption may start
CAPTION_LEAD = 0.8  # font sizes of white space at most between two lines of one caption
MIN_BOXES = 2
# what parts an owner from a date on a caption line: a middle dot, a bar, a bullet, a dash
_SEPARATOR = re.compile(r"\s+[·|•–—-]\s+|\s*[·|•]\s*")
_LABEL = re.compile(r"^([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*")  # 'Lead officer: ', 'Due: '
CHIP_SHARE = 4.0  # a status label's shape is under a quarter of its action box's area
ROLES: list[str | None] = ["rec", "recommendation_text", "action", "owner", "due", "rag"]
LABELS = [
    "Diagram root label",
    "Diagram root",
    "Diagram leaf",
    "Leaf owner",
    "Leaf date",
    "Leaf label",
]
# labels that name an action's own field: a box so labelled is an action, not what it answers
_FIELD_ROLES = ("action", "ref", "owner", "due", "milestones", "progress")
EVIDENCE = "diagram: boxes joined by connectors, the rightmost boxes the actions"


@dataclass(slots=True)
class Box:
    """A frame drawn around words: its box and the words inside it."""

    bbox: BBox
    words: list[Word] = field(default_factory=list)
    edges: list[int] = field(default_factory=list)  # indexes of the rulings that frame it


def adopt_diagrams(elements: list[Element], doc: ParsedDocument) -> list[Element]:
    """Each page drawn as a diagram of boxes and connectors, read into one action table that
    stands in place of the paragraphs its words were read into."""
    out = list(elements)
    for page in doc.pages:
        if page.tables is not None or not page.lines:
            continue  # Word, Excel: the format states its tables; no drawing to read
        # boxes of their own fields in lanes (a network diagram) else a tree with captions
        found = node_table(page) or topic_table(page) or _page_diagram(page)
        if found is None:
            continue
        table, extent = found
        out = _replace(out, page.number, extent, Element(page.number, table.top, table=table))
    return out


def _replace(elements: list[Element], page: int, extent: BBox, new: Element) -> list[Element]:
    """The page's paragraphs inside the diagram's extent give way to its table."""
    out: list[Element] = []
    placed = False
    for el in elements:
        inside = el.page == page and all(_centre_in(b, extent) for b in _element_boxes(el) or [])
        if inside:
            if not placed:
                out.append(new)
                placed = True
            continue
        if not placed and (el.page > page or (el.page == page and el.top > new.top)):
            out.append(new)
            placed = True
        out.append(el)
    if not placed:
        out.append(new)
    return out


def _element_boxes(el: Element) -> list[BBox] | None:
    """What an element covers on its page: its lines, or its table's pieces (a frame of the
    diagram the table reader took for a table); None when that is not known."""
    if el.raw is not None:
        return [el.raw.bbox]
    if el.table is not None:
        return [t.bbox for t in el.table.pieces if t.page == el.page] or None
    return [ln.bbox for ln in el.lines] or None


def _page_diagram(page: Page) -> tuple[PlanTable, BBox] | None:
    """The action table of a page's diagram and the box around all it read; None for a page
    with no diagram whose leaves name who or when."""
    rulings = page.rulings
    if len(rulings) < 8:
        return None
    frames = _boxes(rulings, None)
    if (
        len(frames) < MIN_BOXES
        or max(b.bbox[0] for b in frames) - min(b.bbox[0] for b in frames) <= COLUMN_SLACK
    ):
        return None  # no frames side by side: the page's words (costly) need not be read
    words = [w for ln in page.lines for w in ln.words]
    boxes = _boxes(rulings, words)
    if len(boxes) < MIN_BOXES:
        return None
    used = {i for b in boxes for i in b.edges}
    grown = [_grow(b.bbox, TOUCH) for b in boxes]  # (_within's, made once: every ruling asks)
    connectors = [
        r for i, r in enumerate(rulings)
        if i not in used and not _inside_any((r.x0, r.top, r.x1, r.bottom), grown)
        and not any(_runs_on_side(r, b.bbox) for b in boxes)
    ]  # fmt: skip
    rows: list[list[tuple[str, list[Word], str | None]]] = []
    consumed: list[BBox] = []
    for group in _diagrams(boxes, connectors):
        nodes = [boxes[k] for k in group]
        if not _apart(nodes):
            continue  # cells of a ruled table share their edges: a diagram's boxes stand apart
        chips = [b for k, b in enumerate(boxes) if k not in group]
        for leaf, root in _leaves(nodes, connectors):
            row, caption = _row(leaf, root, words, nodes, chips, page.fills)
            rows.append(row)
            consumed += [leaf.bbox, root.bbox, *caption]
        consumed += [b.bbox for b in nodes]
    if not rows or 2 * sum(1 for r in rows if r[4][0]) < len(rows):
        return None  # most leaves say when under them, or the drawing is no plan's
    extent = (
        min(b[0] for b in consumed), min(b[1] for b in consumed),
        max(b[2] for b in consumed), max(b[3] for b in consumed),
    )  # fmt: skip
    table = _table(rows, page.number, extent[1])
    return (table, extent) if table is not None else None


def _boxes(rulings: Sequence[Ruling], words: Sequence[Word] | None) -> list[Box]:
    """Frames of four rulings around at least one word: a top and a bottom of the same span,
    and a side at each end of them (a rounded frame's sides stand a corner's radius out).
    words None: every frame, words or none (a cheap first look at a page)."""
    flat = [(i, r) for i, r in enumerate(rulings) if r.horizontal and r.x1 - r.x0 > 2 * CORNER]
    upright = sorted(
        ((i, r) for i, r in enumerate(rulings) if not r.horizontal), key=lambda ir: ir[1].x0
    )  # by left edge: a frame's side is looked up near its x, not among all uprights
    lefts = [r.x0 for _, r in upright]
    flat.sort(key=lambda ir: ir[1].top)
    by_mid = sorted(words or [], key=lambda w: (w.top + w.bottom) / 2)  # words found by height
    mids = [(w.top + w.bottom) / 2 for w in by_mid]
    out: list[Box] = []
    taken: set[int] = set()
    for n, (i, top) in enumerate(flat):
        if i in taken:
            continue
        for j, bottom in flat[n + 1 :]:
            if j == i or j in taken or bottom.top <= top.bottom + EDGE_SLACK:
                continue
            if abs(bottom.x0 - top.x0) > EDGE_SLACK or abs(bottom.x1 - top.x1) > EDGE_SLACK:
                continue
            left = _side(upright, lefts, top, bottom, top.x0, -1)
            right = _side(upright, lefts, top, bottom, top.x1, 1)
            if left is None or right is None:
                continue
            bbox = (rulings[left].x0, top.top, rulings[right].x1, bottom.bottom)
            lo = bisect.bisect_left(mids, bbox[1])
            hi = bisect.bisect_right(mids, bbox[3])
            inside = [w for w in by_mid[lo:hi] if _centre_in(_wbox(w), bbox)]
            if inside or words is None:
                out.append(Box(bbox, inside, [i, j, left, right]))
                taken |= {i, j}
            break  # the nearest bottom of this span closes the frame, words or none
    return out


def _side(
    upright: Sequence[tuple[int, Ruling]],
    lefts: Sequence[float],
    top: Ruling,
    bottom: Ruling,
    x: float,
    out: int,
) -> int | None:
    """The upright side of a frame at x: within a corner's radius outside it, between the top
    and the bottom, at least a third of the frame's height (the first such ruling in the
    page's order). upright is sorted by left edge, lefts its left edges."""
    height = bottom.top - top.top
    lo, hi = (x - CORNER, x + EDGE_SLACK) if out < 0 else (x - EDGE_SLACK, x + CORNER)
    found: int | None = None
    for k, r in upright[bisect.bisect_left(lefts, lo) : bisect.bisect_right(lefts, hi)]:
        near = r.x1 <= x + EDGE_SLACK if out < 0 else r.x1 <= x + CORNER
        if (
            near and r.top >= top.top - EDGE_SLACK and r.bottom <= bottom.bottom + EDGE_SLACK
            and r.bottom - r.top >= height / 3 and (found is None or k < found)
        ):  # fmt: skip
            found = k
    return found


def _diagrams(boxes: Sequence[Box], connectors: Sequence[Ruling]) -> list[set[int]]:
    """Sets of boxes joined by runs of touching connectors, two boxes or more each."""
    n = len(boxes)
    parent = list(range(n + len(connectors)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    segs = sorted((r.x0, r.top, r.x1, r.bottom) for r in connectors)  # by left edge: a sweep
    for c, seg in enumerate(segs):
        for k, b in enumerate(boxes):
            if _touches_edge(seg, b.bbox):
                union(n + c, k)
        reach = _grow(seg, TOUCH)
        for d in range(c + 1, len(segs)):
            if segs[d][0] > reach[2]:
                break  # every later connector starts right of this one's reach
            if _overlap(reach, segs[d]):
                union(n + c, n + d)
    groups: dict[int, set[int]] = {}
    for k in range(n):
        groups.setdefault(find(k), set()).add(k)
    return [g for g in groups.values() if len(g) >= MIN_BOXES]


def _leaves(nodes: Sequence[Box], connectors: Sequence[Ruling]) -> list[tuple[Box, Box]]:
    """Each leaf of the diagram (an action) with its root (what it is for): a tree read left to
    right, else one drawn top down. The tree's way is read from its connectors: every leaf is
    reached by one at the side the tree grows from; a drawing that is neither gives none, so
    that no corner of it is read as the whole."""
    return _left_to_right(nodes, connectors) or _top_down(nodes, connectors)


def _left_to_right(nodes: Sequence[Box], connectors: Sequence[Ruling]) -> list[tuple[Box, Box]]:
    """The boxes of the rightmost column, top down, each reached at its left side by a
    connector, with the leftmost box nearest it in height."""
    right = max(b.bbox[0] for b in nodes)
    left = min(b.bbox[0] for b in nodes)
    if right - left <= COLUMN_SLACK:
        return []  # one column of boxes: a list, not a diagram read left to right
    leaves = sorted(
        (b for b in nodes if b.bbox[0] >= right - COLUMN_SLACK), key=lambda b: b.bbox[1]
    )
    if not all(_entered_left(b, connectors) for b in leaves):
        return []
    roots = [b for b in nodes if b.bbox[0] <= left + COLUMN_SLACK]
    out = []
    for leaf in leaves:
        mid = (leaf.bbox[1] + leaf.bbox[3]) / 2
        root = min(roots, key=lambda b: abs((b.bbox[1] + b.bbox[3]) / 2 - mid))
        out.append((leaf, root))
    return out


def _top_down(nodes: Sequence[Box], connectors: Sequence[Ruling]) -> list[tuple[Box, Box]]:
    """The boxes of the bottom row, left to right, each reached at its top by a connector,
    with the top box nearest it across."""
    low = max(b.bbox[1] for b in nodes)
    high = min(b.bbox[1] for b in nodes)
    if low - high <= COLUMN_SLACK:
        return []  # one row of boxes
    leaves = sorted((b for b in nodes if b.bbox[1] >= low - COLUMN_SLACK), key=lambda b: b.bbox[0])
    if not all(_entered_top(b, connectors) for b in leaves):
        return []
    roots = [b for b in nodes if b.bbox[1] <= high + COLUMN_SLACK]
    out = []
    for leaf in leaves:
        mid = (leaf.bbox[0] + leaf.bbox[2]) / 2
        root = min(roots, key=lambda b: abs((b.bbox[0] + b.bbox[2]) / 2 - mid))
        out.append((leaf, root))
    return out


def _entered_left(box: Box, connectors: Sequence[Ruling]) -> bool:
    """A connector ends at the box's left side, level with the box."""
    x0, top, _, bottom = box.bbox
    return any(
        abs(r.x1 - x0) <= TOUCH and r.x0 < x0 - TOUCH and r.bottom >= top and r.top <= bottom
        for r in connectors
    )


def _entered_top(box: Box, connectors: Sequence[Ruling]) -> bool:
    """A connector ends at the box's top, above the box."""
    x0, top, x1, _ = box.bbox
    return any(
        abs(r.bottom - top) <= TOUCH and r.top < top - TOUCH and r.x1 >= x0 and r.x0 <= x1
        for r in connectors
    )


def _row(
    leaf: Box,
    root: Box,
    words: Sequence[Word],
    nodes: Sequence[Box],
    chips: Sequence[Box],
    fills: Sequence[tuple[BBox, str]],
) -> tuple[list[tuple[str, list[Word], str | None]], list[BBox]]:
    """A leaf's (rec, recommendation, action, owner, due, status) with the words each came
    from (and the status label's colour), and the boxes of its caption lines."""
    rec: tuple[str, list[Word], str | None] = ("", [], None)
    rec_text: tuple[str, list[Word], str | None] = ("", [], None)
    lines = word_lines(root.words)
    if lines:
        stated = _root_stated(_text(lines[0]), " ".join(_text(ln) for ln in lines[1:]))
        if stated is not None:
            rec = (_text(lines[0]), lines[0], None)
            rec_text = (stated[1], [w for ln in lines[1:] for w in ln], None)
    area = (leaf.bbox[2] - leaf.bbox[0]) * (leaf.bbox[3] - leaf.bbox[1])
    caption_lines = _caption(leaf, words, nodes)
    caption = [w for ln in caption_lines for w in ln]
    inside = [w for w in leaf.words if not _on_chip(w, chips, fills, area)]
    status_words = [w for w in [*leaf.words, *caption] if _on_chip(w, chips, fills, area)]
    rest = [w for w in caption if w not in status_words]
    # the caption's lines part like its separators do: the owner over the date
    parts = [_text([w for w in ln if w not in status_words]) for ln in caption_lines]
    owner_due = _caption_fields([p for p in parts if p])
    body = word_lines(inside)
    if not owner_due[1] and len(body) >= 2 and not _listed(body):
        # no date under the box: its own last line may say who and when ('Lead: ... · Due: ...')
        last = _owner_and_due(_text(body[-1]))
        if last[1]:
            owner_due, rest, body = last, body[-1], body[:-1]
    action = (join_text(_text(ln) for ln in body), [w for ln in body for w in ln], None)
    colour = _chip_fill(_wbox(status_words[0]), fills, area) if status_words else None
    status = (" ".join(w.text for w in status_words), status_words, colour)
    row = [rec, rec_text, action, (owner_due[0], rest, None), (owner_due[1], rest, None), status]
    return row, [_wbox(w) for w in caption]


def _listed(body: Sequence[Sequence[Word]]) -> bool:
    """Whether a box's last line opens with a label another of its lines opens with: a box
    listing several actions, each with its own 'Deadline: ...' line (an organisation chart's
    lead box), whose last line says when its last action is due, not when the box is."""
    m = _LABEL.match(_text(body[-1]))
    if m is None:
        return False
    label = m.group(1).lower()
    return any(
        (n := _LABEL.match(_text(ln))) is not None and n.group(1).lower() == label
        for ln in body[:-1]
    )


def _on_chip(w: Word, chips: Sequence[Box], fills: Sequence[tuple[BBox, str]], area: float) -> bool:
    """A word on a small label: inside a framed box of no diagram's, or on a filled shape much
    smaller than the action's box (a fill the size of the box is the box's own tint)."""
    box = _wbox(w)
    return any(_centre_in(box, c.bbox) for c in chips) or _chip_fill(box, fills, area) is not None


def _root_stated(label: str, value: str) -> tuple[str, str] | None:
    """(number, text) of the recommendation a root box states: its first line a label ending
    in a number ('Aim 2', 'R2'), the rest a sentence. The box's place in the diagram makes it
    the recommendation, so its label may be a word a table header means otherwise ('Aim' heads
    a KPI's direction); a label naming an action's own field ('Action 2') still makes none."""
    stated = stated_in_row(label, value)
    if stated is not None:
        return stated
    m = NUMBERED_LABEL.match(" ".join(label.split()))
    words = m.group("label").strip() if m is not None else ""
    if m is None or not words or header_role(words) in _FIELD_ROLES:
        return None
    if len(value.split()) < MIN_WORDS or not value[:1].isupper():
        return None
    return m.group("num"), " ".join(value.split())


def _caption(leaf: Box, words: Sequence[Word], nodes: Sequence[Box]) -> list[list[Word]]:
    """The words printed just under a leaf, across its width, outside the diagram's boxes: the
    first line below it and any line close under that one."""
    size = max((w.bottom - w.top for w in leaf.words), default=8.0)
    x0, _, x1, bottom = leaf.bbox
    below = [
        w for w in words
        if x0 - TOUCH <= (w.x0 + w.x1) / 2 <= x1 + TOUCH and bottom <= w.top <= bottom + CAPTION_LINES * size
        and not any(_centre_in(_wbox(w), b.bbox) for b in nodes)
    ]  # fmt: skip
    if not below:
        return []
    lines = word_lines(below)
    kept = [lines[0]]
    for ln in lines[1:]:
        if ln[0].top - max(w.bottom for w in kept[-1]) > CAPTION_LEAD * size:
            break  # a paragraph gap: the caption ended above it
        kept.append(ln)
    return kept


def _caption_fields(lines: Sequence[str]) -> tuple[str, str]:
    """A caption's owner and date from its lines: read as one line wrapped ('Head of Service ·
    end of September' over '2025'), else as a line per field (the owner over the date)."""
    wrapped = " ".join(lines)
    return _parted(wrapped) or _parted(" · ".join(lines)) or _owner_and_due(wrapped)


def _parted(text: str) -> tuple[str, str] | None:
    """The owner and the date a separator parts, the part that reads as a date the due."""
    parts = [_unlabelled(p) for p in _SEPARATOR.split(text) if p.strip()]
    parts = [p for p in parts if p]
    dates = [p for p in parts if cell_type(p) == CellType.date]
    if len(parts) >= 2 and len(dates) == 1:
        return " ".join(p for p in parts if p is not dates[0]), dates[0]
    return None


def _owner_and_due(text: str) -> tuple[str, str]:
    """A caption's owner and date: the parts a separator leaves, the one that reads as a date
    the due, the others the owner; else a date the line ends with."""
    found = _parted(text)
    if found is not None:
        return found
    text = " ".join(p for p in (_unlabelled(p) for p in _SEPARATOR.split(text)) if p)
    split = owner_date(text)
    if split is not None:
        return split
    if cell_type(text) == CellType.date:
        return "", text
    return "", ""


def _unlabelled(part: str) -> str:
    """A caption part without the label before its value ('Lead: Head of Service', 'Due:
    March 2027'): a label the header vocabulary reads as an owner's or a date's."""
    m = _LABEL.match(part.strip())
    if m is not None and header_role(m.group(1)) in ("owner", "due"):
        return part.strip()[m.end() :].strip()
    return part.strip()


def _chip_fill(box: BBox, fills: Sequence[tuple[BBox, str]], area: float) -> str | None:
    """The colour of the smallest filled shape under a word's middle, one of under a quarter
    of `area` (the action box's): a label's, not a tinted box's or band's."""
    under = [
        (a, c) for b, c in fills
        if _centre_in(box, b) and (a := (b[2] - b[0]) * (b[3] - b[1])) < area / CHIP_SHARE
    ]  # fmt: skip
    return min(under)[1] if under else None


def _table(
    rows: list[list[tuple[str, list[Word], str | None]]], page: int, top: float
) -> PlanTable | None:
    """The diagram's leaves as an action table, its columns those any leaf fills."""
    texts = [[field[0] for field in r] for r in rows]
    return record_table(
        texts, lambda i, j: _cell(*rows[i][j], page), ROLES, LABELS, EVIDENCE, page, top
    )


def _cell(text: str, words: list[Word], fill: str | None, page: int) -> Cell | None:
    return word_cell(text, words, page, fill)


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _wbox(w: Word) -> BBox:
    return (w.x0, w.top, w.x1, w.bottom)


def _apart(nodes: Sequence[Box]) -> bool:
    """No two boxes touch: a connector bridges a gap between a diagram's boxes."""
    return not any(
        _overlap(_grow(a.bbox, TOUCH), b.bbox) for k, a in enumerate(nodes) for b in nodes[k + 1 :]
    )


def _within(a: BBox, b: BBox) -> bool:
    """a lies inside b grown by TOUCH: a rule drawn in a box or along its frame."""
    g = _grow(b, TOUCH)
    return g[0] <= a[0] and a[2] <= g[2] and g[1] <= a[1] and a[3] <= g[3]


def _inside_any(a: BBox, grown: Sequence[BBox]) -> bool:
    """a lies inside one of the boxes, each grown by TOUCH already (_within of each, for a
    page's every ruling against every box: the boxes are grown once, not once a ruling)."""
    return any(g[0] <= a[0] and a[2] <= g[2] and g[1] <= a[1] and a[3] <= g[3] for g in grown)


def _centre_in(a: BBox, b: BBox) -> bool:
    x, y = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def _grow(b: BBox, d: float) -> BBox:
    return (b[0] - d, b[1] - d, b[2] + d, b[3] + d)


def _overlap(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _runs_on_side(r: Ruling, box: BBox) -> bool:
    """The ruling carries on one of the box's sides past its corner: an upright on the line of
    its left or right side that starts or ends at its top or bottom, a flat rule on the line of
    its top or bottom that starts or ends at a side. That is the grid of a ruled table whose
    other cells drew no frame of their own (a row of the table between two framed cells), not
    a connector: a diagram's connector leaves a box across its side, not along it."""
    x0, top, x1, bottom = box
    if not r.horizontal:
        on_side = abs(r.x0 - x0) <= EDGE_SLACK or abs(r.x1 - x1) <= EDGE_SLACK
        return on_side and (abs(r.top - bottom) <= TOUCH or abs(r.bottom - top) <= TOUCH)
    on_edge = abs(r.top - top) <= EDGE_SLACK or abs(r.bottom - bottom) <= EDGE_SLACK
    return on_edge and (abs(r.x0 - x1) <= TOUCH or abs(r.x1 - x0) <= TOUCH)


def _touches_edge(seg: BBox, box: BBox) -> bool:
    """A connector reaches the box's frame: it meets the box grown a little but does not lie
    deep inside it (an underline, a rule within the box's text)."""
    if not _overlap(_grow(seg, TOUCH), box):
        return False
    inner = _grow(box, -TOUCH)
    return not (
        inner[0] <= seg[0] and seg[2] <= inner[2] and inner[1] <= seg[1] and seg[3] <= inner[3]
    )


def framed_boxes(rulings: Sequence[Ruling], words: Sequence[Word] | None) -> list[Box]:
    """Frames of four rulings around words (words None: every frame), for readers of boxes
    other than diagrams' (box_heads: a lead's box and the actions inside it)."""
    return _boxes(rulings, words)
