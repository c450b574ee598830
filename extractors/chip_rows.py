"""Bullets whose chips happened to line up, read as an unruled table: their lines, as printed.

An outline export prints each action as one bullet: its text, then lower-case 'label: value'
chips ('who: Commissioning Manager', 'due: Jun 4, 2027') and a status hashtag ('#ontrack').
Where two bullets' wrapped last lines are short ('schools who: ...', 'partners who: ...'), the
chips of the two lines stand at nearly the same places with wide gaps between them, and the
unruled-table pass reads the first line as a header row (its cells name an owner and a due
column) and everything down to the next such line as one row: the bullets, the comments and the
next recommendation's heading run into one cell, and the plan loses them.

Evidence, not one layout's words: a header cell is a column's name, never a value; a cell that
is a lower-case label, a colon and a value after it, or a hashtag alone, is a field as printed
(a chip). A table whose header row holds two such chips or more, and mostly such cells, is no
table: its lines go back to the paragraphs they are, joined with the paragraph just above on the
page when that is where the first one wraps from, so the prose readers read each bullet whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Line, Page
from plantrace.pipeline.layout import blocks

# a chip printed as a cell: a lower-case label of a few words, a colon, then its value
_CHIP_CELL = re.compile(r"^[a-z][a-z ]{0,24}:\s+\S")
_HASHTAG_CELL = re.compile(r"^#[A-Za-z][\w-]*$")
_SLACK = 2.0  # points a line may stand outside the table's box and still be its line


def chip_header(labels: Sequence[str]) -> bool:
    """Whether a table's header row is chips as printed: two 'label: value' cells or more, and
    chips or hashtags make up most of its filled cells."""
    filled = [s.strip() for s in labels if s and s.strip()]
    chips = sum(1 for s in filled if _CHIP_CELL.match(s))
    tags = sum(1 for s in filled if _HASHTAG_CELL.match(s))
    return chips >= 2 and chips + tags > len(filled) / 2


def _inside(line: Line, box: tuple[float, float, float, float]) -> bool:
    """Whether a line lies in the table's band of the page: a heading set further out than the
    bullets (its recommendation's) was run into a cell all the same."""
    return line.bbox[1] >= box[1] - _SLACK and line.bbox[3] <= box[3] + _SLACK


def unread_chip_tables(elements: list[Element], pages: Sequence[Page]) -> list[Element]:
    """The plan's elements with each table headed by chips (chip_header) given back as the
    paragraphs of the lines it covers; every other element as it was (the list itself when no
    table is such)."""
    if not any(e.table is not None and chip_header(e.table.labels) for e in elements):
        return elements
    by_number = {p.number: p for p in pages}
    # lines other elements hold stay theirs (a note beside the band, a box of its own)
    held = {id(ln) for e in elements if e.table is None and e.raw is None for ln in e.lines}
    out: list[Element] = []
    for el in elements:
        table = el.table
        if table is None or not chip_header(table.labels) or not table.pieces:
            out.append(el)
            continue
        lines: list[Line] = []
        for piece in table.pieces:
            page = by_number.get(piece.page)
            if page is None:
                continue
            lines += [ln for ln in page.lines if _inside(ln, piece.bbox) and id(ln) not in held]
        if not lines:
            out.append(el)
            continue
        lines.sort(key=lambda ln: (ln.page, ln.bbox[1], ln.bbox[0]))
        before = out[-1] if out else None
        if (
            before is not None
            and before.table is None
            and before.raw is None
            and before.lines
            and before.lines[-1].page == lines[0].page
            and before.lines[-1].bbox[1] < lines[0].bbox[1]
        ):
            out.pop()  # the paragraph the first line wraps from is read with it again
            lines = [*before.lines, *lines]
        out += [Element(b.page, b.lines[0].top, lines=list(b.lines)) for b in blocks(lines)]
    return out
