"""Margin line numbers: a column of small rising numbers beside the text is furniture, not content.

A draft put out for comment is often printed with its lines numbered in the left margin (Word's
line numbering, a section property; legal and consultation drafts) so that readers can quote them:
every line ('1 2 3 ...') or every fifth ('5 10 15 ...'), restarting on each page or running on.
A PDF reader gets each number as a line of its own at the margin; left in, the numbers glue onto
the text read beside or under them ('31st December 2027 18', an action whose text is '16').

The evidence is the column's shape, not its words: bare whole numbers standing alone at the
left of their level, right-aligned on one edge left of the page's text, rising by one step down
each page, one number to every step's worth of text lines. That last test is what tells them
from a table's or a list's row numbers, which rise by one per row however many lines a row
wraps over. The lines found move to the page's furniture (Page.header_footer) before running
headers and page numbers are looked for, so a page's first line number is never taken for a
page number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from plantrace.pipeline.document import Line, Page

_NUMBER = re.compile(r"\d{1,4}")
_EDGE = 2.5  # points: the numbers are right-aligned on one edge within this
_CLEAR = 4.0  # points: the column stands this far left of the page's text at least
_LEVEL = 2.5  # points: two lines stand level within this
_MIN_COLUMN = 5  # numbers in the document's column at least
_FIT = 0.6  # share of neighbouring numbers with exactly a step's worth of text lines between


def drop_line_numbers(pages: Sequence[Page]) -> int:
    """Move margin line numbers to each page's furniture in place; the count moved.

    Pages are re-indexed where lines were taken out. Nothing moves unless the whole document's
    column passes (see the module docstring): a page of row numbers alone is left as it is.
    """
    found = {p.number: _candidates(p) for p in pages}
    edges = [ln.bbox[2] for c in found.values() for ln in c]
    if len(edges) < _MIN_COLUMN:
        return 0
    edge = median(edges)
    column = {
        n: sorted((ln for ln in c if abs(ln.bbox[2] - edge) <= _EDGE), key=lambda ln: ln.top)
        for n, c in found.items()
    }
    step = _document_step(list(column.values()))
    if step is None:
        return 0
    chosen = {n: c for n, c in column.items() if _rises_by(c, step)}
    if sum(len(c) for c in chosen.values()) < _MIN_COLUMN:
        return 0
    pages_by_number = {p.number: p for p in pages}
    pairs = fits = 0
    for n, c in chosen.items():
        levels = _text_levels(pages_by_number[n], c)
        for a, b in zip(c, c[1:], strict=False):
            pairs += 1
            lo, hi = _middle(a) + _half(a), _middle(b) - _half(b)
            between = sum(1 for y in levels if lo < y < hi)
            fits += between == step - 1
    if pairs == 0 or fits < _FIT * pairs:
        return 0
    moved = 0
    for n, c in chosen.items():
        page = pages_by_number[n]
        gone = {id(ln) for ln in c}
        page.header_footer.extend(c)
        page.lines = [ln for ln in page.lines if id(ln) not in gone]
        for i, ln in enumerate(page.lines):
            ln.index = i
        moved += len(c)
    return moved


def _candidates(page: Page) -> list[Line]:
    """Bare numbers standing clear to the left of every other line on the page."""
    numbers = [ln for ln in page.lines if _NUMBER.fullmatch(ln.text.strip())]
    if not numbers:
        return []
    ids = {id(ln) for ln in numbers}
    text = [ln for ln in page.lines if id(ln) not in ids]
    if not text:
        return []
    left = min(ln.x0 for ln in text)
    return [ln for ln in numbers if ln.bbox[2] <= left - _CLEAR]


def _document_step(columns: list[list[Line]]) -> int | None:
    """The step the numbers rise by: the commonest gap between neighbours down a page."""
    gaps: dict[int, int] = {}
    for c in columns:
        values = [int(ln.text) for ln in c]
        for a, b in zip(values, values[1:], strict=False):
            if b > a:
                gaps[b - a] = gaps.get(b - a, 0) + 1
    if not gaps:
        return None
    return max(gaps, key=lambda g: (gaps[g], -g))


def _rises_by(column: list[Line], step: int) -> bool:
    """Every neighbour one step up, each number a multiple of the step (Word prints every
    fifth line's number as 5, 10, 15); a page showing one number goes by the second alone."""
    if not column:
        return False
    values = [int(ln.text) for ln in column]
    if step > 1 and any(v % step for v in values):
        return False
    return all(b - a == step for a, b in zip(values, values[1:], strict=False))


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2


def _half(line: Line) -> float:
    return (line.bottom - line.top) / 2


def _text_levels(page: Page, numbers: list[Line]) -> list[float]:
    """The distinct levels (middles) of the page's text lines: a row of cells, or a label and
    its value set at a tab, is one level. Middles, not feet: a line with descenders reaches
    lower than the digits beside it."""
    ids = {id(ln) for ln in numbers}
    levels: list[float] = []
    for y in sorted(_middle(ln) for ln in page.lines if id(ln) not in ids):
        if not levels or y - levels[-1] > _LEVEL:
            levels.append(y)
    return levels
