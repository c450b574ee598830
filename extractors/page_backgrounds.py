"""A page's background found as a table: a content column on a tinted page, opened into its text.

An HTML e-mail printed to PDF (a bulletin, a newsletter) sets its content in a narrow column
centred on a tinted page: the page's fill, the column's white box and the masthead's band are
drawn as filled rectangles, and the table finder reads their edges as a ruled table as large as
the page, whose cells are the bare margins either side and the column's pieces (a band across
the column among them), holding many lines of running text. No plan's table has that shape:
its text is not in cells of a grid but in one column, between margins that hold nothing. Such
a table is read as the page's text: its lines in reading order, as paragraphs (as the layout
reads text outside any table). A box inside the column that is one cell of text with no field
in it (a coloured band: a recommendation's heading and its sentence) is read with that text;
any other table found inside the column is kept where it stands.

Evidence, all of it from the drawing: the table covers most of the page (BACKGROUND_SHARE of
its width and height), every cell holding text lies within one column (the widest text cell's
left and right edges), some cell holds nothing (the margin or the page's fill), and the column
holds running text (MIN_LINES lines at the least).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import (
    BBox,
    Cell,
    Line,
    Page,
    ParsedDocument,
    Table,
    box_within,
    boxes_bbox,
)
from plantrace.pipeline.layout import blocks

BACKGROUND_SHARE = 0.8  # of the page's width and height: a table this large is the page itself
MIN_LINES = 3  # lines of text in the column, at the least
# a line opening with a field's label: a few words and a colon ('Lead officer: ...')
_FIELD = re.compile(r"^\s*[A-Za-z][\w'’/&() -]{0,40}:\s")
_EDGE = 6.0  # points: the text cells' left and right edges agree within this (one column)


def open_page_backgrounds(elements: list[Element], doc: ParsedDocument) -> list[Element]:
    """Elements with each table that is a page's background (see the module docstring) read as
    the page's text: paragraphs of its lines outside the tables found within it, set in reading
    order with those tables. The same list where no table is a background. A background drawn
    inside another one's column (a sheet inside the page's fill) is a band of the outer one,
    read with its text: it is not opened again."""
    pages = {p.number: p for p in doc.pages}
    out = list(elements)
    for el in elements:
        page = pages.get(el.page)
        if el.raw is None or page is None or not is_background(el.raw, page):
            continue
        if not any(x is el for x in out):  # read already, as a band of an earlier background
            continue
        inner = [
            x for x in out
            if x is not el and x.page == el.page and (b := _box(x)) is not None
            and box_within(b, el.raw.bbox)
        ]  # fmt: skip
        bands = [x for x in inner if _band(x)]
        inner = [x for x in inner if not any(x is y for y in bands)]
        boxes = [b for x in inner if (b := _box(x)) is not None]
        band_lines = [
            ln for x in bands if x.raw is not None for c in _cells(x.raw) for ln in c.lines
        ]
        lines = lines_outside(el.raw, boxes)
        lines += band_lines
        # a band's cell inside the column's holds lines the column's cell holds too: once
        once = {(ln.page, round(ln.top), round(ln.x0), ln.text): ln for ln in lines}
        lines = sorted(once.values(), key=lambda ln: (ln.top, ln.x0))
        opened = [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in blocks(lines)]
        rest = [x for x in out if not any(x is y for y in [*inner, *bands])]
        at = next(k for k, x in enumerate(rest) if x is el)
        merged = sorted([*opened, *inner], key=lambda x: x.top)
        out = [*rest[:at], *merged, *rest[at + 1 :]]
    return out


def lines_outside(table: Table, boxes: Sequence[BBox]) -> list[Line]:
    """The lines of an outline's cells that stand in none of the boxes drawn inside it: the
    ground's own words (a heading, a sentence), once the boxes keep theirs."""
    return [
        ln
        for row in table.rows
        for c in row
        if c is not None
        for ln in c.lines
        if not any(box_within(ln.bbox, b) for b in boxes)
    ]


def is_background(table: Table, page: Page) -> bool:
    """Whether a table found on the page is its background: as large as most of the page, its
    text in cells of one column, some cell bare, MIN_LINES lines of text in it."""
    x0, y0, x1, y1 = table.bbox
    if x1 - x0 < BACKGROUND_SHARE * page.width or y1 - y0 < BACKGROUND_SHARE * page.height:
        return False
    cells = [c for row in table.rows for c in row if c is not None]
    texts = [c for c in cells if c.text.strip()]
    if not texts or len(texts) == len(cells):
        return False
    if sum(len(c.lines) for c in texts) < MIN_LINES:
        return False
    column = max(texts, key=lambda c: c.bbox[2] - c.bbox[0])  # a band in it may be narrower
    left, right = column.bbox[0] - _EDGE, column.bbox[2] + _EDGE
    return all(left <= c.bbox[0] and c.bbox[2] <= right for c in texts)


def _band(el: Element) -> bool:
    """A box across the column holding one cell of text and no field (no line opens with a
    label and a colon): a coloured band over a section (its heading and a sentence), read as
    text with the column's, not a card."""
    if el.raw is None:
        return False
    cells = [c for c in _cells(el.raw) if c.text.strip()]
    return len(cells) == 1 and not any(_FIELD.match(ln.text) for ln in cells[0].lines)


def _cells(table: Table) -> list[Cell]:
    return [c for row in table.rows for c in row if c is not None]


def _box(el: Element) -> BBox | None:
    """The box of a table element (found or read), else None."""
    if el.raw is not None:
        return el.raw.bbox
    if el.table is not None and el.table.pieces:
        return boxes_bbox([t.bbox for t in el.table.pieces])
    return None
