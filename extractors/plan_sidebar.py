"""A side column of page furniture: navigation printed beside the main text on every page.

A web page printed with a fixed sidebar ('On this page', 'Related links'), or a report with a
margin column of contents, repeats the same lines at the same place on every printed page,
beside the main column. They are navigation, not content: read as text they become actions
('Recommendation 1 Recommendation 2 ...') and their 'Recommendation n' entries are taken for the
labels of the plan's own headings. Running heads and feet are taken out by the reader (they sit
in the top and bottom margins); this takes out the side column, which runs down the page.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.normalise.text_keys import text_key

_SAME_PLACE = 4.0  # points: a repeated line sits at the same left edge and height on each page
_MIN_LINES = 3  # lines a side column repeats on each page: a column, not a stray line
_SIDE_WIDTH = 0.4  # fraction of the page width the side column spans at most
_HEADING = 1.2  # a listed heading's size in the main text over its entry's, at the least
_MAIN = 2.0  # the main column's widest line over the side column's, at the least
_MIN_LISTED = 2  # headings of the document a one-page side column lists, at the least
_MARGIN = 0.09  # top/bottom fraction of the page: running heads and feet live there


def _place(line: Line) -> tuple[str, float, float]:
    return text_key(line.text), line.x0, line.top


_Spots = dict[str, list[tuple[float, float]]]


def _spots(page: Page) -> _Spots:
    """Where the page prints each of its texts (left edge, height): looked up once a page, not
    once a line, so a long document's check stays linear in its lines."""
    spots: _Spots = {}
    for line in page.lines:
        text, x0, top = _place(line)
        spots.setdefault(text, []).append((x0, top))
    return spots


def _repeated(line: Line, others: list[_Spots]) -> int:
    """How many of the other pages print this line's text at its left edge and height."""
    text, x0, top = _place(line)
    return sum(
        any(
            abs(x - x0) <= _SAME_PLACE and abs(y - top) <= _SAME_PLACE
            for x, y in spots.get(text, ())
        )
        for spots in others
    )


def _width(line: Line) -> float:
    return line.bbox[2] - line.bbox[0]


def _in_band(line: Line, lo: float, hi: float) -> bool:
    return line.bbox[0] < hi and line.bbox[2] > lo


def _in_margin(line: Line, page: Page) -> bool:
    return line.top < page.height * _MARGIN or line.bottom > page.height * (1 - _MARGIN)


def side_furniture(pages: list[Page]) -> dict[int, set[int]]:
    """Page number -> ids of the lines of a side column of navigation, or {} when there is
    none: one repeated on every page (_repeated_column), else, page by page, a side column
    listing the document's own headings (_side_columns: a one-page print)."""
    found = _repeated_column(pages)
    if found:
        return found
    columns = {page.number: sides for page in pages if (sides := _side_columns(page))}
    if not columns:
        return found  # no page has a column clear of its main text: no line's text is keyed
    sizes: dict[str, list[tuple[int, float]]] = {}
    for ln in (ln for p in pages for ln in p.lines):
        sizes.setdefault(_place(ln)[0], []).append((id(ln), ln.font_size))
    for number, sides in columns.items():
        for side in sides:
            mine = {id(ln) for ln in side}
            # a heading the column lists is printed larger in the main text than in the list
            listed = [
                ln
                for ln in side
                if _names(ln) and _largest(sizes, ln, mine) >= _HEADING * ln.font_size
            ]
            if len(listed) >= _MIN_LISTED:
                found[number] = mine
                break
    return found


def _names(line: Line) -> bool:
    """Whether the entry names something (has a letter): a bare number down the margin is a
    row or line number (a spreadsheet printed with its row headings, each page scaled to fit,
    so another page prints the same numbers larger), not an entry listing a heading."""
    return any(ch.isalpha() for ch in line.text)


def _side_columns(page: Page) -> list[list[Line]]:
    """The page's side columns that may list the document's own headings ('On this page':
    'Recommendation 1', 'Recommendation 2' beside the main text's headings of those words),
    left first: the lines lying wholly left (or right) of all the lines that reach into the
    middle of the page (past _SIDE_WIDTH of it from that side), at least _MIN_LINES of them,
    beside a main column _MAIN times as wide. side_furniture keeps the first whose entries, at
    least _MIN_LISTED, are printed again word for word and larger (a heading: _HEADING times
    the entry's size at least) outside it. A table's column of short cells repeats words too,
    but in the table's own size; a column of tiles (a slide's grid of priorities) has others of
    its width beside it, not a main column _MAIN times as wide."""
    out: list[list[Line]] = []
    width = page.width
    # the main text reaches past the side band; the column stands clear of all of it
    left = min((ln.bbox[0] for ln in page.lines if ln.bbox[2] >= _SIDE_WIDTH * width), default=0)
    right = max(
        (ln.bbox[2] for ln in page.lines if ln.bbox[0] <= (1 - _SIDE_WIDTH) * width),
        default=width,
    )
    for side in (
        [ln for ln in page.lines if ln.bbox[2] < left],
        [ln for ln in page.lines if ln.bbox[0] > right],
    ):
        if len(side) < _MIN_LINES:
            continue
        mine = {id(ln) for ln in side}
        lo, hi = min(ln.bbox[0] for ln in side), max(ln.bbox[2] for ln in side)
        rest = [ln for ln in page.lines if id(ln) not in mine]
        if any(_in_band(ln, lo, hi) and not _in_margin(ln, page) for ln in rest):
            continue
        # beside a main column of text, twice as wide: not one column of a grid of tiles
        if max((_width(ln) for ln in rest), default=0.0) < _MAIN * max(map(_width, side)):
            continue
        out.append(side)
    return out


def _largest(printed: dict[str, list[tuple[int, float]]], line: Line, mine: set[int]) -> float:
    """The largest size the line's text is printed in outside the column (0.0 if nowhere)."""
    return max(
        (size for key, size in printed.get(_place(line)[0], ()) if key not in mine), default=0.0
    )


def _repeated_column(pages: list[Page]) -> dict[int, set[int]]:
    """A side column repeated on every page: at least _MIN_LINES lines on each page, each
    printed at the same place on every page of the document, all in one band at the left or
    right of the page no wider than _SIDE_WIDTH of it, with no other text in that band (a
    table or paragraph running across it makes it part of the page's content)."""
    if len(pages) < 2:
        return {}
    found: dict[int, set[int]] = {}
    side: list[Line] = []
    spots = [_spots(page) for page in pages]
    for i, page in enumerate(pages):
        others = spots[:i] + spots[i + 1 :]
        lines = [ln for ln in page.lines if _repeated(ln, others) == len(others)]
        if len(lines) < _MIN_LINES:
            return {}
        found[page.number] = {id(ln) for ln in lines}
        side += lines
    lo = min(ln.bbox[0] for ln in side)
    hi = max(ln.bbox[2] for ln in side)
    width = max(p.width for p in pages)
    if hi - lo > _SIDE_WIDTH * width or not (hi < width / 2 or lo > width / 2):
        return {}
    for page in pages:
        mine = found[page.number]
        if any(
            id(ln) not in mine and _in_band(ln, lo, hi) and not _in_margin(ln, page)
            for ln in page.lines
        ):
            return {}
        # the column's own lines in the margin (its title, at the page's top) go with it
        mine.update(id(ln) for ln in page.lines if ln.bbox[0] >= lo and ln.bbox[2] <= hi)
    return found


def without_side_furniture(doc: ParsedDocument) -> ParsedDocument | None:
    """The document with a repeated side column's lines taken out, or None when it has none.
    Not kept with the running lines (header_footer): ruled tables read those back as the
    repeated header of a table, and the sidebar's frame would read as a table of its text."""
    if doc.format != "pdf":
        return None
    found = side_furniture(doc.pages)
    if not found:
        return None
    pages: list[Page] = []
    for page in doc.pages:
        gone = found.get(page.number, set())  # a column found page by page names only its own
        new = copy.copy(page)
        new.lines = [ln for ln in page.lines if id(ln) not in gone]
        pages.append(new)
    return replace(doc, pages=pages)
