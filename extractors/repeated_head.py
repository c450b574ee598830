"""A long unruled table's header row repeated over each page, naming no plan column.

A system's report (a change log: `Changed | Changed by | Record | Field | Old value | New
value`) prints its header row again at the top of every page. Where that header names no
plan column the table read on the first page starts under it (its header row not kept), so
the repeat on the next page reads as a header of a table of its own that names nothing: the
next page's rows were left as loose lines and the records' later changes lost.

The repeat is known by geometry and text, not by any system's words: the page's first row
is a row of short labels (no figure or date) printed, the same words at the same left edges,
on the previous page above the table left open. Those lines are the page furniture of the
open table: skipped, the rows under them go on with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plantrace.pipeline.document import Line, Page

ROW_TOL = 2.0  # points: lines of one printed row share a top
EDGE_TOL = 4.0  # points: a label repeated at the same left edge
MAX_HEAD_WORDS = 16  # a header row's labels together


def repeated_head(
    order: Sequence[Line], previous: Page | None, above: float, labels: Sequence[str] = ()
) -> int:
    """How many of the page's first lines (order: its free lines top down) repeat a header
    row of short labels printed on the previous page above `above` (the open table's top);
    0 where they do not, or where they are the open table's own labels (`labels`: its header
    was kept, so the repeat is read as the header of the table's next piece, as before)."""
    if not order or previous is None:
        return 0
    first = order[0]
    row = [ln for ln in order if abs(ln.top - first.top) <= ROW_TOL]
    if not _short_labels(row) or _kept_labels(row, labels):
        return 0
    # the row's lines are first in reading order: nothing else of the page precedes them
    if any(abs(ln.top - first.top) > ROW_TOL for ln in order[: len(row)]):
        return 0
    shape = _shape(row)
    tops = sorted({round(ln.top) for ln in previous.lines if ln.bottom <= above + ROW_TOL})
    for top in tops:
        prior = [ln for ln in previous.lines if abs(ln.top - top) <= ROW_TOL]
        if _same(shape, _shape(prior)):
            return len(row)
    return 0


def kept_head(order: Sequence[Line], labels: Sequence[str]) -> int:
    """How many of the page's first lines repeat the open table's own kept header (`labels`),
    first in reading order; 0 where they do not. The repeat may stand apart from the rows
    under it (a word processor's repeated header row with space after it): the gap under it is
    the header's, not the table's end."""
    if not order or not labels:
        return 0
    first = order[0]
    row = [ln for ln in order if abs(ln.top - first.top) <= ROW_TOL]
    if not _short_labels(row) or not _kept_labels(row, labels):
        return 0
    if any(abs(ln.top - first.top) > ROW_TOL for ln in order[: len(row)]):
        return 0
    return len(row)


HEADING_OVER = 1.0  # points larger than the table's rows: a heading (plan_columns._heading_after)
HEADING_REACH = 12  # lines under the page's first within which the repeated header is looked for


def heading_over_repeat(
    order: Sequence[Line], start: int, font: float, labels: Sequence[str]
) -> bool:
    """Whether the page opens (order[start]: its first free line past any furniture) with a
    heading set larger than the open table's rows (font), over the open table's own header
    printed again below it (`labels`, kept): a new section's table under the same header, not
    the open table's next piece. A table carried over a page prints its repeated header first;
    a heading above the repeat says the table ended with the page before (a plan restating each
    recommendation over a table of its own, the page break falling between two tables). Read
    as the next piece, the heading, its text and the next section's rows were joined to the
    table above and the next section's actions linked to the previous heading."""
    if start >= len(order) or not labels or order[start].font_size <= font + HEADING_OVER:
        return False
    first = order[start].top
    for r in range(start + 1, min(len(order), start + HEADING_REACH)):
        if order[r].top - first > ROW_TOL and kept_head(order[r:], labels):
            return True
    return False


def _kept_labels(row: Sequence[Line], labels: Sequence[str]) -> bool:
    """The row's words are mostly the open table's kept labels: a plan table's header ('No. |
    What we will do | Lead | Due') repeated over its next piece. Skipped as furniture, the
    piece under it lost the header it is joined by, and its rows (the actions carried over the
    page) were lost; only a header that was not kept (naming no plan column) is furniture."""
    known = set(_words(labels))
    words = _words(ln.text for ln in row)
    return bool(known and words) and sum(w in known for w in words) * 2 >= len(words)


def _words(texts: Iterable[str]) -> list[str]:
    return ["".join(c for c in w if c.isalnum()) for t in texts for w in t.casefold().split()]


def _shape(row: Sequence[Line]) -> list[tuple[float, str]]:
    return sorted((ln.x0, " ".join(ln.text.split()).casefold()) for ln in row)


def _same(a: list[tuple[float, str]], b: list[tuple[float, str]]) -> bool:
    if len(a) != len(b) or " ".join(t for _, t in a) != " ".join(t for _, t in b):
        return False
    return all(abs(x - y) <= EDGE_TOL for (x, _), (y, _) in zip(a, b, strict=True))


def _short_labels(row: Sequence[Line]) -> bool:
    """Column labels only: two words or more, no figure, not a sentence's length (a row's
    labels may be read as one line where the gaps between them are narrow)."""
    words = " ".join(ln.text for ln in row).split()
    if any(ch.isdigit() for w in words for ch in w):
        return False
    return 2 <= len(words) <= MAX_HEAD_WORDS
