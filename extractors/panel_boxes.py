"""A panel drawn round boxes: a section's tinted box holding its heading and its cards, opened.

A web page printed to PDF (a young people's version of a plan, a newsletter) draws each
section as a tinted rounded panel: its heading and a sentence at the top, then a white box per
action inside it. The table finder reads the panel's outline as a one-cell table whose cell
holds every line inside it, the cards' lines too, and each card again as a table of its own:
read as found, every action is read twice and the panel's heading is glued to its first card.

A one-cell table (each row a single cell: the panel's outline) inside whose outline two or more
other tables (boxes) holding text stand is no record of its own but
the ground they are drawn on: its lines outside those boxes are read as paragraphs (its heading,
its sentence), in reading order with the boxes, which are kept as they stand. The evidence is
the drawing alone: boxes wholly within another box's outline, on the same page.
"""

from __future__ import annotations

from plantrace.extractors.page_backgrounds import lines_outside
from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import BBox, box_within
from plantrace.pipeline.layout import blocks

MIN_INNER_BOXES = 2  # boxes inside an outline that make it a panel; one box may be a cell's frame


def open_panels(elements: list[Element]) -> list[Element]:
    """Elements with each table that is a panel round two or more boxes (module docstring) read
    as its own lines, outside those boxes, as paragraphs set in reading order with the boxes.
    The same list where no table is one. A panel inside a panel is opened too, from the
    outside in."""
    out = list(elements)
    for el in elements:
        if el.raw is None or not any(x is el for x in out):
            continue
        outline = el.raw.bbox
        inner = [
            x for x in out
            if x is not el and x.page == el.page and x.raw is not None
            and x.raw.bbox != outline and box_within(x.raw.bbox, outline)
        ]  # fmt: skip
        if not _one_cell(el) or sum(_holds_text(x) for x in inner) < MIN_INNER_BOXES:
            continue  # a form's grid, or a cell's tick boxes or pills: a record, not a panel
        if _beside_another(el, elements):
            continue  # a board's columns side by side: the column heads its cards (a status)
        boxes: list[BBox] = [x.raw.bbox for x in inner if x.raw is not None]
        lines = lines_outside(el.raw, boxes)
        lines.sort(key=lambda ln: (ln.top, ln.x0))
        opened = [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in blocks(lines)]
        out = _interleaved(out, el, opened, inner)
    return out


def _interleaved(
    out: list[Element], panel: Element, opened: list[Element], inner: list[Element]
) -> list[Element]:
    """The elements with the panel replaced by its own paragraphs, each set before the first
    box inside the panel that stands below it: a label printed over a box (a section's
    'Recommendation 2' title over the outlined box quoting it) stays next to that box, not
    gathered with the panel's other lines ahead of every box. Boxes listed before the panel
    keep their place (the paragraphs stay where the panel stood)."""
    at = next(k for k, x in enumerate(out) if x is panel)
    later = {id(x) for x in out[at + 1 :] if any(x is y for y in inner)}
    pending = sorted(opened, key=lambda e: e.top)  # blocks() order, by height
    result: list[Element] = list(out[:at])
    for x in out[at + 1 :]:
        if id(x) in later:
            while pending and _before(pending[0], x):
                result.append(pending.pop(0))
        result.append(x)
        later.discard(id(x))
        if not later:
            result.extend(pending)
            pending = []
    result.extend(pending)
    return result


def _before(para: Element, box: Element) -> bool:
    """Whether a paragraph reads before a box: it starts higher, or level with the box and to
    its left (a key's caption 'Note colour:' then its chips along the same line)."""
    if para.top < box.top:
        return True
    if box.raw is None or not para.lines:
        return False
    return para.top < box.raw.bbox[3] and para.lines[0].bbox[0] < box.raw.bbox[0]


def _one_cell(el: Element) -> bool:
    """A table whose rows are each a single cell: an outline, not a grid of fields (a ruled card
    form 'Action | ...' / 'Status | [ ] On track [ ] Off track' whose tick boxes stand in it)."""
    return el.raw is not None and all(sum(c is not None for c in row) == 1 for row in el.raw.rows)


def _holds_text(el: Element) -> bool:
    """A box holding lines of its own (a card), not an empty frame (a tick box)."""
    return el.raw is not None and any(
        c is not None and c.text.strip() for row in el.raw.rows for c in row
    )


def _beside_another(el: Element, elements: list[Element]) -> bool:
    """Whether another outline on the page stands level with this one and clear of it across:
    panels side by side are a board's columns (`To do`, `At risk`, `Done` over their cards),
    whose heading the board reader takes as its cards' status, not sections stacked down a
    page."""
    if el.raw is None:
        return False
    a = el.raw.bbox
    for x in elements:
        if x is el or x.raw is None or x.page != el.page or not _one_cell(x):
            continue
        b = x.raw.bbox
        level = min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * min(a[3] - a[1], b[3] - b[1])
        clear = b[0] >= a[2] or b[2] <= a[0]
        if level and clear:
            return True
    return False
