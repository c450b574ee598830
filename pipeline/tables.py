"""Tables from what the reader already gives: rulings (lattice) and word boxes (stream).

Why not pdfplumber: it re-parses every page with pdfminer, 50-100x slower than pdfium, and plans
are mostly tables. The reader already has every word's box and the page's thin vector paths, which
is all a table needs:

- lattice: a grid from the horizontal and vertical rulings of one connected group of lines; where
  an inner ruling is missing between two grid cells they are one merged cell (a theme cell spanning
  several rows, a section row spanning several columns).
- stream: no rulings; column boundaries are the vertical 'rivers' of whitespace that stay empty
  over many text rows, rows are separated by the extra space cell padding leaves between them.
- continuation: a table that breaks over a page goes on at the top of the next page with the same
  columns, with or without its header row repeated (merge_continuations).

Words are assigned to cells by position, never by pdfium's text lines: pdfium joins text of
adjacent cells that share a baseline into one line.
"""

from __future__ import annotations

import bisect
import operator
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field

from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.band_rows import rows_between_bands
from plantrace.pipeline.document import (
    BBox,
    Cell,
    Line,
    Page,
    Ruling,
    Table,
    Word,
    box_within,
    words_bbox,
)
from plantrace.pipeline.header_spill import give_back_above
from plantrace.pipeline.layout import STATUS_GLYPHS, join_text
from plantrace.pipeline.marks import paint_box_mark, paint_marks
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag, rag_from_fill
from plantrace.pipeline.normalise.text_keys import text_key
from plantrace.pipeline.spill_wraps import wrapped_lines

TOL = 2.0  # points: rulings this close are the same line; a word this far outside still counts
_THIN = 3.0  # a ruling thicker than this is a filled shape, not a line


# --------------------------------------------------------------------------- geometry helpers


def _cluster(values: Sequence[float], tol: float = TOL) -> list[float]:
    """Sorted cluster centres of values that lie within tol of their neighbour."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _merge_intervals(
    intervals: list[tuple[float, float]], gap: float = TOL
) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1] + gap:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@dataclass(slots=True)
class _Axis:
    """Rulings of one orientation by position: pos -> merged covered intervals."""

    lines: dict[float, list[tuple[float, float]]] = field(default_factory=dict)

    def covers(self, pos: float, a: float, b: float) -> bool:
        """True when a ruling at pos covers the middle of [a, b]."""
        mid_lo, mid_hi = a + 0.3 * (b - a), b - 0.3 * (b - a)
        for p, spans in self.lines.items():
            if abs(p - pos) <= TOL:
                for s, e in spans:
                    if s <= mid_lo + TOL and e >= mid_hi - TOL:
                        return True
        return False


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# --------------------------------------------------------------------------- lattice


_SLICE_RUN = 3  # thin pieces side by side, one after the other, that paint an area, not a line
_SLICE_GAP = 0.05  # points: pieces this close across abut (a gradient's slices touch)


def _slices(rulings: Sequence[Ruling]) -> set[int]:
    """The thin pieces that paint a wider area in slices: a gradient fill (a spreadsheet's data
    bar, printed as a run of hairline-wide rectangles of one height, each a shade lighter) is a
    run of pieces of the same extent along, each abutting the next across, wider together than a
    line. Each slice alone looks like a ruling; taken for rulings they cluster into one column
    edge in the middle of the painted area, and a cell's words land in the wrong column. A bold
    rule drawn as strokes side by side stays a rule: the run is dropped only where the strokes
    together are wider than a line (_THIN), which one stroke that wide is not read as either."""
    out: set[int] = set()
    for upright in (True, False):
        runs: dict[tuple[float, float], list[tuple[float, float, int]]] = {}
        for r in rulings:
            along, across = (r.top, r.bottom), (r.x0, r.x1)
            if not upright:
                along, across = across, along
            if along[1] - along[0] > _THIN >= across[1] - across[0]:
                extent = (round(along[0], 1), round(along[1], 1))
                runs.setdefault(extent, []).append((*across, id(r)))
        for pieces in runs.values():
            if len(pieces) < _SLICE_RUN:
                continue
            pieces.sort()
            run = [pieces[0]]
            for piece in [*pieces[1:], None]:
                if piece is not None and piece[0] <= run[-1][1] + _SLICE_GAP:
                    run.append(piece)
                    continue
                if len(run) >= _SLICE_RUN and max(p[1] for p in run) - run[0][0] > _THIN:
                    out.update(p[2] for p in run)
                if piece is not None:
                    run = [piece]
    return out


def _split_rulings(rulings: Sequence[Ruling]) -> tuple[list[Ruling], list[Ruling]]:
    hs, vs = [], []
    sliced = _slices(rulings)
    for r in rulings:
        if id(r) in sliced:
            continue
        w, h = r.x1 - r.x0, r.bottom - r.top
        if h <= _THIN and w > _THIN:
            hs.append(r)
        elif w <= _THIN and h > _THIN:
            vs.append(r)
    return hs, vs


_SPAN = 0.9  # of a table's height: a column rule drawn down (nearly) all of it


def upright_rulings(page: Page) -> list[Ruling]:
    """The page's vertical rulings (a gradient's slices aside): what `drawn_column_rules` counts
    in, read once for a page's tables."""
    return _split_rulings(page.rulings)[1]


def drawn_column_rules(uprights: Sequence[Ruling], box: BBox) -> int:
    """How many column rules are drawn inside the box down (nearly) its whole height: vertical
    rulings (`upright_rulings` of its page) strictly inside it, the pieces of one x joined. A
    grid drawn with its column lines has them whatever its rows' shading; rows striped by shaded
    bands alone draw none (the edges of coloured cells are fills, not rulings)."""
    x0, top, x1, bottom = box
    height = bottom - top
    if height <= 0:
        return 0
    inner = [v for v in uprights if x0 + TOL < (v.x0 + v.x1) / 2 < x1 - TOL]
    count = 0
    for x in _cluster([(v.x0 + v.x1) / 2 for v in inner]):
        spans = _merge_intervals(
            [(max(v.top, top), min(v.bottom, bottom)) for v in inner
             if abs((v.x0 + v.x1) / 2 - x) <= TOL and v.bottom > top and v.top < bottom]
        )  # fmt: skip
        if sum(b - a for a, b in spans) >= _SPAN * height:
            count += 1
    return count


def _groups(hs: list[Ruling], vs: list[Ruling]) -> list[tuple[list[Ruling], list[Ruling]]]:
    """Connected groups of crossing/touching horizontal and vertical rulings: one per table."""
    n = len(hs) + len(vs)
    uf = _UnionFind(n)
    # the uprights by their middle, with their reach, once: each horizontal then tries only
    # those whose middle lies along it (a page of grids has thousands of pairs, few crossing).
    # The order of the unions changes no group: each group's root is its lowest index.
    uprights = sorted(
        ((v.x0 + v.x1) / 2, v.top - TOL, v.bottom + TOL, len(hs) + j) for j, v in enumerate(vs)
    )
    mids = [u[0] for u in uprights]
    for i, h in enumerate(hs):
        y = (h.top + h.bottom) / 2
        lo = bisect.bisect_left(mids, h.x0 - TOL)
        hi = bisect.bisect_right(mids, h.x1 + TOL)
        for _, top, bottom, k in uprights[lo:hi]:
            if top <= y <= bottom:
                uf.union(i, k)
    # a border drawn in pieces (one per row, as browsers draw a merged cell's side) is one line
    _join_collinear(uf, hs, vs)
    found: dict[int, tuple[list[Ruling], list[Ruling]]] = {}
    for i, h in enumerate(hs):
        found.setdefault(uf.find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        found.setdefault(uf.find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in found.values() if g[0] and g[1]]


_NEST_GAP = 12.0  # points: an inner table's side this close inside a cell border is nested in it
_Group = tuple[list[Ruling], list[Ruling]]


def unnest(hs: list[Ruling], vs: list[Ruling]) -> list[_Group]:
    """Split a table drawn inside a cell of another out of the outer table's rulings.

    Why: a word processor prints a nested table a few points inside its cell's borders; where the
    cell has no top padding (an outer row continued on a new page) the inner table's sides end on
    the outer table's border and both become one grid, whose columns mix the outer cell with the
    inner columns and whose inner header row is lost. The inner table shows as a pair of sides
    (left and right) each doubled by an outer border just outside it, with the outer table
    reaching beyond that pair; the rulings between the pair, over the height of those sides, are
    the inner table.
    """
    for left, right, top, bottom in _inner_frames(hs, vs):
        inner_h = [
            h for h in hs if _within_x(h.x0, h.x1, left, right) and _within_y(h, top, bottom)
        ]
        inner_v = [
            v for v in vs if _within_x(v.x0, v.x1, left, right) and _within_y(v, top, bottom)
        ]
        if not inner_h or not inner_v:
            continue
        taken = {id(r) for r in [*inner_h, *inner_v]}
        rest_h = [h for h in hs if id(h) not in taken]
        rest_v = [v for v in vs if id(v) not in taken]
        if not rest_h or not rest_v:
            continue
        return [(inner_h, inner_v), *unnest(rest_h, rest_v)]
    return [(hs, vs)]


def _within_x(x0: float, x1: float, left: float, right: float) -> bool:
    return x0 >= left - TOL and x1 <= right + TOL


def _within_y(r: Ruling, top: float, bottom: float) -> bool:
    return r.top >= top - TOL and r.bottom <= bottom + TOL


def _inner_frames(hs: list[Ruling], vs: list[Ruling]) -> list[tuple[float, float, float, float]]:
    """(left, right, top, bottom) of each run of inner sides doubled by outer borders."""
    if not vs:
        return []
    g_left, g_right = min(v.x0 for v in vs), max(v.x1 for v in vs)
    xs = _cluster([_mid_x(v) for v in vs])
    spans = {
        x: _merge_intervals([(v.top, v.bottom) for v in vs if abs(_mid_x(v) - x) <= TOL])
        for x in xs
    }
    out = []
    for i, lx in enumerate(xs):
        for rx in xs[i + 1 :]:
            if lx - g_left <= _NEST_GAP and g_right - rx <= _NEST_GAP:
                continue  # a doubled frame round the whole table, not a table in a cell
            for top, bottom in spans[lx]:
                if not _doubled(spans, xs, lx, -1, top, bottom):
                    continue
                if not any(abs(t - top) <= TOL and abs(b - bottom) <= TOL for t, b in spans[rx]):
                    continue
                if _doubled(spans, xs, rx, 1, top, bottom) and _closed_inside(hs, lx, rx, top):
                    out.append((lx - TOL, rx + TOL, top, bottom))
    return out


def _doubled(
    spans: Mapping[float, list[tuple[float, float]]],
    xs: Sequence[float],
    x: float,
    side: int,
    top: float,
    bottom: float,
) -> bool:
    """True when a border covering [top, bottom] runs just outside x (side -1 left, 1 right)."""
    for ox in xs:
        gap = (ox - x) * side
        if 2 * TOL < gap <= _NEST_GAP and any(
            t <= top + TOL and b >= bottom - TOL for t, b in spans[ox]
        ):
            return True
    return False


def _closed_inside(hs: list[Ruling], left: float, right: float, top: float) -> bool:
    """True when rulings that stop short of the outer borders draw the inner sides' top edge."""
    pieces = [
        (h.x0, h.x1)
        for h in hs
        if abs(_mid_y(h) - top) <= TOL and h.x0 >= left - TOL and h.x1 <= right + TOL
    ]
    return any(a <= left + TOL and b >= right - TOL for a, b in _merge_intervals(pieces))


def _join_collinear(uf: _UnionFind, hs: list[Ruling], vs: list[Ruling]) -> None:
    """Union vertical rulings on one line whose ends meet where no horizontal ruling does.

    Browsers draw the side of a cell merged down as one piece per row; those pieces meet with
    nothing crossing them. Where a horizontal border meets the junction, two tables touch.
    """
    order = sorted(range(len(vs)), key=lambda i: ((vs[i].x0 + vs[i].x1) / 2, vs[i].top))
    for a, b in zip(order, order[1:], strict=False):
        va, vb = vs[a], vs[b]
        x = (va.x0 + va.x1) / 2
        if abs((vb.x0 + vb.x1) / 2 - x) > TOL or not (va.bottom - TOL <= vb.top <= va.bottom + TOL):
            continue
        y = va.bottom
        if any(
            h.x0 - TOL <= x <= h.x1 + TOL and abs((h.top + h.bottom) / 2 - y) <= TOL for h in hs
        ):
            continue
        uf.union(len(hs) + a, len(hs) + b)
    _join_row_pieces(uf, hs, vs)


def _join_row_pieces(uf: _UnionFind, hs: list[Ruling], vs: list[Ruling]) -> None:
    """Union horizontal rulings on one line whose ends meet where no vertical ruling does.

    Browsers draw a row's bottom border as one piece per cell; in a table ruled between its rows
    only (no column rules under its header) the pieces over the middle columns touch no upright
    and would fall out of the table, so that its rows ran together. Where an upright crosses
    the junction, the pieces are already joined through it.
    """

    # one rule's pieces may sit a fraction apart in height (fractional browser borders): the
    # rulings are banded by height first and, within a band, each piece is tried against every
    # piece that starts where it ends, as sorting by the exact height would put a rule's pieces
    # out of x order (and a double rule's two lines would interleave) and leave them unjoined
    def mid(i: int) -> float:
        return (hs[i].top + hs[i].bottom) / 2

    bands: list[list[int]] = []
    for i in sorted(range(len(hs)), key=mid):
        if bands and mid(i) - mid(bands[-1][-1]) <= TOL:
            bands[-1].append(i)
        else:
            bands.append([i])
    pairs: list[tuple[int, int]] = []
    for band in bands:
        band.sort(key=lambda i: hs[i].x0)
        starts = [hs[i].x0 for i in band]
        for a in band:
            lo = bisect.bisect_left(starts, hs[a].x1 - TOL)
            hi = bisect.bisect_right(starts, hs[a].x1 + TOL)
            pairs += [(a, b) for b in band[lo:hi] if b != a]
    for a, b in pairs:
        ha, hb = hs[a], hs[b]
        y = (ha.top + ha.bottom) / 2
        if abs((hb.top + hb.bottom) / 2 - y) > TOL or not (ha.x1 - TOL <= hb.x0 <= ha.x1 + TOL):
            continue
        x = ha.x1
        if any(
            v.top - TOL <= y <= v.bottom + TOL and abs((v.x0 + v.x1) / 2 - x) <= TOL for v in vs
        ):
            continue
        uf.union(a, b)


_CORNER = 16.0  # points: the largest radius of a box's rounded corner
# points: the shortest side of a text box of rounded corners (a card: a few lines of text),
# measured corner to corner (its straight part and a corner's radius at each end: a box of four
# short lines with its corners rounded is some 48 points tall, its straight side 37); a pill
# or chip round a word (its ends all curve) or a heading's rounded bar is no box, its words
# stay in the text
_BOX_SIDE = 40.0


def round_corners_closed(hs: list[Ruling], vs: list[Ruling]) -> tuple[list[Ruling], list[Ruling]]:
    """The rulings with each box of rounded corners closed: its four sides drawn as straight
    lines that stop short of every corner by one radius (the arcs are curves, no rulings), all
    four carried on to the corners they round.

    Slides and web pages draw text boxes with rounded corners; their sides meet nowhere, so
    without this the box is no table and the text in it is read as loose lines across the page.
    Only whole boxes are closed: four sides, each corner rounded by the same radius, the sides
    a few lines of text tall; sides that cross, touch, or stop short of one corner only
    (a chip's edge near a box), and chips round one word, stay as they are.
    """
    hs, vs = list(hs), list(vs)
    by_top = _tall_by_top(vs)
    found = [(top, *box) for top in range(len(hs)) for box in _rounded_box(hs, vs, top, by_top)]
    # the gap between tiles laid in a grid: its corners are other boxes' (an end rounds one)
    found = [box for box in found if _own_corners(hs, vs, box)]
    for i, (top, bottom, left, right) in enumerate(found):
        if any(_overlap(hs, vs, found[i], other) for j, other in enumerate(found) if j != i):
            continue  # rounded shapes laid over each other are a drawing, no text boxes
        x0, x1 = _mid_x(vs[left]), _mid_x(vs[right])
        y0, y1 = _mid_y(hs[top]), _mid_y(hs[bottom])
        for k in (top, bottom):
            hs[k] = Ruling(x0, hs[k].top, x1, hs[k].bottom)
        for k in (left, right):
            vs[k] = Ruling(vs[k].x0, y0, vs[k].x1, y1)
    return hs, vs


def _own_corners(hs: list[Ruling], vs: list[Ruling], box: tuple[int, int, int, int]) -> bool:
    """Whether each corner of a box (top, bottom, left, right: indexes of its sides) is the one
    its two sides' ends round: an end rounds one corner, the nearest. Tiles laid in a grid
    leave a gap round a tile whose edges look like a box of wider corners: its top is the foot
    of the tile above, its sides the sides of the tiles beside, each end already rounding into
    its own tile's corner a few points away. Closed, that gap redrew the tiles' sides across
    the gutters and their text was read as one."""
    top, bottom, left, right = box
    for i, j, at_left, at_top in (
        (top, left, True, True),
        (top, right, False, True),
        (bottom, left, True, False),
        (bottom, right, False, False),
    ):
        h, v = hs[i], vs[j]
        h_end = h.x0 if at_left else h.x1
        v_end = v.top if at_top else v.bottom
        r = _corner(h, v, h_end, v_end)
        if r is None or _nearer_corner(hs, vs, i, j, h_end, v_end, r):
            return False
    return True


def _nearer_corner(
    hs: list[Ruling], vs: list[Ruling], i: int, j: int, h_end: float, v_end: float, r: float
) -> bool:
    """Whether the end h_end of hs[i], or the end v_end of vs[j], rounds a corner tighter than
    r with some other ruling (either end of it)."""
    h, v = hs[i], vs[j]
    for k, o in enumerate(vs):
        if k != j and any(
            (n := _corner(h, o, h_end, e)) is not None and n < r - TOL for e in (o.top, o.bottom)
        ):
            return True
    for k, o in enumerate(hs):
        if k != i and any(
            (n := _corner(o, v, e, v_end)) is not None and n < r - TOL for e in (o.x0, o.x1)
        ):
            return True
    return False


def _overlap(
    hs: list[Ruling], vs: list[Ruling], a: tuple[int, int, int, int], b: tuple[int, int, int, int]
) -> bool:
    """Whether two boxes (top, bottom, left, right: indexes of their sides) overlap by more
    than a ruling's tolerance: text boxes stand apart or nest; shapes laid over each other are
    a drawing (a print's overlapping rounded shapes), whose text reads as before."""
    ay0, ay1 = _mid_y(hs[a[0]]), _mid_y(hs[a[1]])
    by0, by1 = _mid_y(hs[b[0]]), _mid_y(hs[b[1]])
    ax0, ax1 = _mid_x(vs[a[2]]), _mid_x(vs[a[3]])
    bx0, bx1 = _mid_x(vs[b[2]]), _mid_x(vs[b[3]])
    across = min(ax1, bx1) - max(ax0, bx0) > TOL and min(ay1, by1) - max(ay0, by0) > TOL
    nested = (ax0 <= bx0 and bx1 <= ax1 and ay0 <= by0 and by1 <= ay1) or (
        bx0 <= ax0 and ax1 <= bx1 and by0 <= ay0 and ay1 <= by1
    )
    return across and not nested


def _tall_by_top(vs: list[Ruling]) -> tuple[list[float], list[int]]:
    """The uprights that may be tall enough to be a rounded box's side (_BOX_SIDE corner to
    corner: the straight part at least _BOX_SIDE less two of the largest radii), by their tops:
    (tops, their indexes in vs), so a top side's corners are looked up near its height, not
    among every upright for every top (_rounded_box tests each exactly)."""
    least = _BOX_SIDE - 2 * (_CORNER + TOL)
    tall = sorted((v.top, j) for j, v in enumerate(vs) if v.bottom - v.top >= least)
    return [t for t, _ in tall], [j for _, j in tall]


def _rounded_box(
    hs: list[Ruling], vs: list[Ruling], top: int, by_top: tuple[list[float], list[int]]
) -> list[tuple[int, int, int]]:
    """(bottom, left, right) of the box of rounded corners whose top side is hs[top], if any;
    by_top: _tall_by_top of vs."""
    h = hs[top]
    y = _mid_y(h)
    # a side that could round a corner of this top: tall, its top within a radius of the line
    # (looked up a point wider each way, so that rounding never leaves one out; in vs's order),
    # its length corner to corner: the straight part and the radius at each end (the top's
    # radius stands for the foot's, which must match it)
    tops, order = by_top
    lo = bisect.bisect_left(tops, y - _CORNER - TOL - 1.0)
    hi = bisect.bisect_right(tops, y + _CORNER + TOL + 1.0)
    tall = sorted(
        j
        for j in order[lo:hi]
        if abs(vs[j].top - y) <= _CORNER + TOL
        and vs[j].bottom - vs[j].top + 2 * abs(vs[j].top - y) >= _BOX_SIDE
    )
    lefts = [(j, r) for j in tall if (r := _corner(h, vs[j], h.x0, vs[j].top)) is not None]
    rights = [(j, r) for j in tall if (r := _corner(h, vs[j], h.x1, vs[j].top)) is not None]
    for left, r in lefts:
        for right, r2 in rights:
            if abs(r - r2) > TOL:
                continue
            for bottom, b in enumerate(hs):
                if bottom == top or abs(b.x0 - h.x0) > TOL or abs(b.x1 - h.x1) > TOL:
                    continue
                r3 = _corner(b, vs[left], b.x0, vs[left].bottom)
                r4 = _corner(b, vs[right], b.x1, vs[right].bottom)
                if r3 is not None and r4 is not None and max(abs(r3 - r), abs(r4 - r)) <= TOL:
                    return [(bottom, left, right)]
    return []


def _corner(h: Ruling, v: Ruling, h_end: float, v_end: float) -> float | None:
    """The radius of a rounded corner between a horizontal side ending at h_end and a vertical
    one ending at v_end: both stop short of the corner where their lines cross by one radius
    (TOL < radius <= _CORNER), else None."""
    dx, dy = abs(h_end - _mid_x(v)), abs(v_end - _mid_y(h))
    if not (TOL < dx <= _CORNER and TOL < dy <= _CORNER) or abs(dx - dy) > TOL:
        return None
    if h.x0 - TOL <= _mid_x(v) <= h.x1 + TOL or v.top - TOL <= _mid_y(h) <= v.bottom + TOL:
        return None  # the sides reach the crossing: no rounded corner
    return dx


def _mid_x(r: Ruling) -> float:
    return (r.x0 + r.x1) / 2


def _mid_y(r: Ruling) -> float:
    return (r.top + r.bottom) / 2


def lattice_tables(page: Page) -> list[Table]:
    """Every ruled table on the page, top to bottom, with merged cells where a ruling is missing;
    a table printed in halves side by side under one repeated header is one table per half, left
    to right (split_side_by_side). Words struck through by a drawn line are no cell text, and
    the line is no ruling (struck_through)."""
    strikes, struck = struck_through(page)
    tables = []
    groups = ruling_groups(page, strikes)
    boxes = [_rulings_box(gh, gv) for gh, gv in groups]
    # a box in another (a card on a board) or a label | value grid in a cell (its fields) is
    # read with it; a table of three columns or more is a table of its own
    tabular = [k for k, (_, gv) in enumerate(groups) if _columns(gv) >= NESTED_COLUMNS]
    # a nested box is a hole only where its own rulings read as a table: text highlights drawn
    # as boxes that touch ('Due: [27 Apr 2027]' over 'Status: [Critical]') make a grid of
    # several columns but no table, and their words stay in the cell around them
    read: dict[int, bool] = {}

    def _is_table(k: int) -> bool:
        if k not in read:
            read[k] = is_grid(*groups[k])
        return read[k]

    for (gh, gv), box in zip(groups, boxes, strict=True):
        holes = [boxes[k] for k in tabular
                 if boxes[k] is not box and encloses(box, boxes[k]) and _is_table(k)]  # fmt: skip
        table = _grid_table(page, gh, gv, struck, holes)
        if table is not None:
            _spilt_column(table, page)
            tables += split_side_by_side(table)
    tables = [t for t in tables if not _shaded_run(t, page)]
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    for t in tables:
        paint(t, page)
    return tables


MIN_FRAMES = 2  # boxes drawn apart that a group of rulings reading as no grid must hold
MAX_UPRIGHTS = 400  # a group of more uprights is a grid's, not a chart's boxes


def drawn_frames(page: Page) -> list[tuple[BBox, list[BBox]]]:
    """The boxes drawn apart on the page whose rulings meet in a group that reads as no table
    (an organisation chart's leads' boxes and the lines joining them: frames_apart), each with
    its cells: the box cut at the rules drawn right across it (its head strip, an item per
    action), top to bottom."""
    strikes, _ = struck_through(page)
    out: list[tuple[BBox, list[BBox]]] = []
    for gh, gv in ruling_groups(page, strikes):
        if is_grid(gh, gv):
            continue  # a table's rulings (the rulings tell, before its frames are looked for)
        found = frames_apart(gh, gv)
        if found:
            out += [(f, _frame_cells(f, gh)) for f in found]
    return out


def _frame_cells(frame: BBox, hs: list[Ruling]) -> list[BBox]:
    """The box cut at the rules drawn right across it, top to bottom."""
    left, top, right, bottom = frame
    cuts = _cluster(
        [
            _mid_y(h)
            for h in hs
            if h.x0 <= left + TOL and h.x1 >= right - TOL and top + TOL < _mid_y(h) < bottom - TOL
        ]
    )
    ys = [top, *cuts, bottom]
    return [(left, a, right, b) for a, b in zip(ys, ys[1:], strict=False)]


def frames_apart(hs: list[Ruling], vs: list[Ruling]) -> list[BBox]:
    """The boxes a group of rulings draws apart, where it holds MIN_FRAMES or more standing
    clear of each other; else [].

    An organisation chart draws each lead's box (a frame, its head strip and an item per action
    ruled across it) and the lines joining the boxes (a rule over a row of boxes, a short
    upright down to each): all of them touch, so they are one group, and the group is no grid
    (its outer rules frame nothing). A box is two uprights of one height closed at their top and
    foot by rules across them (rounded corners closed first: round_corners_closed), in no other
    box; the lines joining the boxes lie in none."""
    if len(vs) > MAX_UPRIGHTS:
        return []
    tall = sorted((v for v in vs if v.bottom - v.top >= _BOX_SIDE / 2), key=_mid_x)
    # the rules by height: a box's top and foot are looked up near its edges, not among all
    # rules for every pair of uprights (_near_rules; same rules, same test)
    flat = sorted(hs, key=_mid_y)
    mids = [_mid_y(h) for h in flat]
    frames: list[BBox] = []
    for k, a in enumerate(tall):
        for b in tall[k + 1 :]:
            if _mid_x(b) - _mid_x(a) <= _BOX_SIDE:
                continue
            if abs(a.top - b.top) > TOL or abs(a.bottom - b.bottom) > TOL:
                continue
            box = (_mid_x(a), min(a.top, b.top), _mid_x(b), max(a.bottom, b.bottom))
            sides = {
                abs(_mid_y(h) - box[1]) <= TOL
                for h in _near_rules(flat, mids, box[1], box[3])
                if h.x0 <= box[0] + TOL and h.x1 >= box[2] - TOL
                and (abs(_mid_y(h) - box[1]) <= TOL or abs(_mid_y(h) - box[3]) <= TOL)
            }  # fmt: skip
            if sides == {True, False}:
                frames.append(box)
    outer = list(dict.fromkeys(f for f in frames if not any(encloses(o, f) for o in frames)))
    if len(outer) < MIN_FRAMES or any(
        _overlaps(f, o) for k, f in enumerate(outer) for o in outer[k + 1 :]
    ):
        return []
    return outer


def _near_rules(flat: list[Ruling], mids: list[float], top: float, bottom: float) -> list[Ruling]:
    """The rules (flat, sorted by their middle's height, mids) whose middle lies within TOL of
    top or of bottom, and maybe a few more (the window is a point wider each way, so that
    rounding never leaves one out): the caller tests each as before."""
    lo, hi = bisect.bisect_left(mids, top - TOL - 1.0), bisect.bisect_right(mids, top + TOL + 1.0)
    near = flat[lo:hi]
    lo2 = max(bisect.bisect_left(mids, bottom - TOL - 1.0), hi)
    return near + flat[lo2 : bisect.bisect_right(mids, bottom + TOL + 1.0)]


def off_rules(hs: list[Ruling], vs: list[Ruling]) -> list[_Group]:
    """Boxes standing on (or hanging from) a rule that runs past them, each a group of its own.

    Why: a grid of cards drawn as boxes (a matrix of recommendations by stages, each action a
    box in its cell) rules each row off right across the page, a point or so under the row's
    tallest boxes. Within a ruling's tolerance of their feet, the rule joined every box it ran
    under into one group, read as a table of one row whose cells were the boxes and the gaps
    between them: its cards were read as one, or as a plan table whose header was the next
    page's. The evidence is drawn: every upright of the group is a side of a box closed by rules
    of its own width at its top and its foot (rounded corners closed: round_corners_closed),
    the boxes stand apart (a gap wider than a ruling's tolerance between any two), and every
    other rule of the group lies level with a box's top or foot and runs past its sides. A
    table ruled right across has no such boxes: its rules cross its column lines, and cells
    bordered each apart have no rule running past them. The long rule frames nothing and is
    left out of the groups (alone it is no table)."""
    if len(vs) % 2 or len(vs) > MAX_UPRIGHTS or len(hs) <= len(vs):
        return [(hs, vs)]
    boxes = _own_boxes(hs, vs)
    if boxes is None:
        return [(hs, vs)]
    sides = {id(r) for bh, bv in boxes for r in (*bh, *bv)}
    rest = [h for h in hs if id(h) not in sides]
    if not rest or not all(_runs_past(h, boxes) for h in rest):
        return [(hs, vs)]
    return [(list(bh), list(bv)) for bh, bv in boxes]


def _own_boxes(
    hs: list[Ruling], vs: list[Ruling]
) -> list[tuple[tuple[Ruling, Ruling], tuple[Ruling, Ruling]]] | None:
    """The boxes every upright of a group closes, two uprights of one height each with a rule
    of exactly their span at its top and its foot, standing apart; None where any upright is no
    such box's side."""
    ups = sorted(vs, key=_mid_x)
    at: dict[int, list[Ruling]] = {}  # the rules by height, so a box's top is looked up near it
    for h in hs:
        at.setdefault(int(_mid_y(h)), []).append(h)
    boxes: list[tuple[tuple[Ruling, Ruling], tuple[Ruling, Ruling]]] = []
    used: set[int] = set()
    for k, a in enumerate(ups):
        if k in used:
            continue
        for j in range(k + 1, len(ups)):
            b = ups[j]
            if j in used or abs(a.top - b.top) > TOL or abs(a.bottom - b.bottom) > TOL:
                continue
            top = _span_rule(at, a, b, a.top)
            foot = _span_rule(at, a, b, a.bottom)
            if top is not None and foot is not None and top is not foot:
                boxes.append(((top, foot), (a, b)))
                used.update((k, j))
                break
        else:
            return None
    frames = [(_mid_x(bv[0]), bh[0].top, _mid_x(bv[1]), bh[1].bottom) for bh, bv in boxes]
    for i, f in enumerate(frames):
        for g in frames[i + 1 :]:
            if (
                min(f[2], g[2]) - max(f[0], g[0]) > -TOL
                and min(f[3], g[3]) - max(f[1], g[1]) > -TOL
            ):
                return None  # boxes that touch or overlap: a grid's cells, not boxes apart
    return boxes


def _span_rule(at: Mapping[int, list[Ruling]], a: Ruling, b: Ruling, y: float) -> Ruling | None:
    """The rule at height y running exactly from upright a to upright b, if any (at: the rules
    by the whole points of their middle's height)."""
    near = int(y)
    for h in (h for k in range(near - 3, near + 4) for h in at.get(k, ())):
        if (
            abs(_mid_y(h) - y) <= TOL
            and abs(h.x0 - _mid_x(a)) <= TOL
            and abs(h.x1 - _mid_x(b)) <= TOL
        ):
            return h
    return None


def _runs_past(
    h: Ruling, boxes: Sequence[tuple[tuple[Ruling, Ruling], tuple[Ruling, Ruling]]]
) -> bool:
    """Whether a rule lies level with the top or foot of a box it runs past on both sides,
    and of every box whose side it touches."""
    touched = [
        bv
        for bh, bv in boxes
        if any(abs(_mid_y(h) - _mid_y(side)) <= TOL for side in bh)
        and h.x0 - TOL <= _mid_x(bv[1])
        and h.x1 + TOL >= _mid_x(bv[0])
    ]
    return bool(touched) and all(
        h.x0 < _mid_x(bv[0]) - TOL and h.x1 > _mid_x(bv[1]) + TOL for bv in touched
    )


def ruling_groups(page: Page, strikes: frozenset[int]) -> list[_Group]:
    """The page's groups of rulings, one per grid (tables nested in a cell split out), the
    rulings that strike text through left out. Read once per page and kept on it
    (Page.groups_memo) while its rulings list and the strikes are the same: lattice_tables and
    open_grids both ask, and their callers only read the groups' lists."""
    rulings = page.rulings
    memo = page.groups_memo
    if memo is not None and memo[0][0] is rulings and memo[0][1:] == (len(rulings), strikes):
        return memo[1]
    hs, vs = _split_rulings([r for r in rulings if id(r) not in strikes])
    hs, vs = round_corners_closed(hs, vs)
    groups = [g for group in _groups(hs, vs) for inner in unnest(*group) for g in off_rules(*inner)]
    page.groups_memo = ((rulings, len(rulings), strikes), groups)
    return groups


def open_grids(page: Page, found: Sequence[Table]) -> list[Table]:
    """The grids of the page's groups of rulings that lattice_tables read as no table because
    their outer rules do not frame them (a staircase of boxes, closed on the right by its last
    step alone: extractors.stair_rows judges them), none overlapping a table found."""
    strikes, struck = struck_through(page)
    out: list[Table] = []
    for gh, gv in ruling_groups(page, strikes):
        box = _rulings_box(gh, gv)
        if any(_overlaps(box, t.bbox) for t in found):
            continue
        if is_grid(gh, gv):
            continue  # framed: lattice_tables' to read or to leave
        table = _grid_table(page, gh, gv, struck, framed=False)
        if table is not None:
            paint(table, page)
            out.append(table)
    return out


_RUN_GAP = 0.6  # font sizes: a word this close to a shaded box's side reads on into it
_SPILL_GAP = 2.0  # font sizes: text this close right of a grid's last rule runs on from it


def _spilt_column(table: Table, page: Page) -> None:
    """A column added for the text every row of a grid prints just right of its last rule.

    A spreadsheet prints a cell merged across the columns right of a bordered one ('R2 |
    <text merged over the sheet's width>', a key and its text) with no border round the merged
    text: the grid frames only the key, and the text runs on from it, on the same line, just
    past the frame's right rule. Read as framed, the keys would be a table of their own and the
    text nothing. Where every row's key line runs on so (two rows or more), the run-on words
    are a column of the table, one cell per row. The page's lines are read once, for those
    beside the grid and running past its right rule; the first filled row with no run-on ends
    the search."""
    left, right = table.bbox[0], table.bbox[2]
    boxes = [c.bbox for row in table.rows for c in row if c is not None]
    if not boxes:
        return
    lo, hi = min(b[1] for b in boxes), max(b[3] for b in boxes)
    beside = [
        ln for ln in page.lines if ln.bbox[2] > right and lo <= (ln.bbox[1] + ln.bbox[3]) / 2 <= hi
    ]
    spilt: list[list[tuple[Line, Word]]] = []
    for row in table.rows:
        cells = [c for c in row if c is not None]
        if not cells:
            spilt.append([])
            continue
        top, bottom = min(c.bbox[1] for c in cells), max(c.bbox[3] for c in cells)
        found: list[tuple[Line, Word]] = []
        for ln in beside:
            if not top <= (ln.bbox[1] + ln.bbox[3]) / 2 <= bottom:
                continue
            inside = [w for w in ln.words if left <= (w.x0 + w.x1) / 2 <= right]
            out = [w for w in ln.words if w.x0 >= right - TOL / 2]
            size = ln.font_size or 8.0
            if inside and out and min(w.x0 for w in out) - right <= _SPILL_GAP * size:
                found += [(ln, w) for w in out]
        found += wrapped_lines(found, beside, right, (top, bottom))  # its text's wrapped lines
        if not found and any(c.text.strip() for c in cells):
            return  # a filled row whose line runs on nowhere: no column spilt from every row
        spilt.append(found)
    filled = [
        f
        for r, f in zip(table.rows, spilt, strict=True)
        if any(c is not None and c.text.strip() for c in r)
    ]
    if len(filled) < 2:
        return
    x1 = max(w.x1 for f in spilt for _, w in f)
    for row, found in zip(table.rows, spilt, strict=True):
        tops = [c.bbox[1] for c in row if c is not None] or [table.bbox[1]]
        bottoms = [c.bbox[3] for c in row if c is not None] or [table.bbox[3]]
        cell = Cell(text="", bbox=(right, min(tops), x1, max(bottoms)))
        if found:
            _fill(cell, found)
        row.append(cell)
    table.bbox = (table.bbox[0], table.bbox[1], x1, table.bbox[3])


def _shaded_run(t: Table, page: Page) -> bool:
    """A box of one cell, one line high, whose words the sentence around it reads on into: a
    word of the same line of print stands at a word space from its side ('RAG: [Amber].', a
    status run shaded in a paragraph), or its side cuts a word. It is a highlight of the text, no table: its words stay
    in their line. Cheapest sign first: one cell, no taller than a line and a half."""
    cell = t.rows[0][0] if len(t.rows) == 1 and len(t.rows[0]) == 1 else None
    if cell is None or not cell.text.strip():
        return False  # an empty box (a bar, a swatch) shades no words
    x0, y0, x1, y1 = t.bbox
    lines = [ln for ln in page.lines if ln.top < y1 and ln.bottom > y0]
    if not lines or y1 - y0 > 1.5 * max(ln.font_size for ln in lines) + 2 * TOL:
        return False
    for ln in lines:
        gap = _RUN_GAP * ln.font_size
        mid = (y0 + y1) / 2
        for w in ln.words:
            if not w.top - TOL <= mid <= w.bottom + TOL:
                continue
            if 0 <= x0 - w.x1 <= gap or 0 <= w.x0 - x1 <= gap:
                return True
            if w.x0 < x1 < w.x1 - 1.0 or w.x0 + 1.0 < x0 < w.x1:
                return True  # a word the box's side cuts ('[Green].'): the box shades a run
        if _line_runs_past(ln, t.bbox):
            return True  # '2.1<tab>[the action's text]': a highlighter run over part of a line
    return False


def _line_runs_past(ln: Line, box: BBox) -> bool:
    """The line of print has words inside the box and words wholly outside it on the box's
    own baseline (their middles in its height): the box marks part of one line, no table of
    its own, at whatever gap the rest stands (a number a tab before a highlighted text). The
    marked words run longer than those outside: a short tag at the end of a longer text (a
    task's status pill level with its title's first line) is a box of its own."""
    y0, y1 = box[1], box[3]
    level = [w for w in ln.words if y0 <= (w.top + w.bottom) / 2 <= y1]
    inside = [w for w in level if box[0] - TOL <= w.x0 and w.x1 <= box[2] + TOL]
    outside = [w for w in level if w.x1 <= box[0] or w.x0 >= box[2]]
    if not inside or not outside:
        return False
    return sum(len(w.text) for w in inside) >= sum(len(w.text) for w in outside)


def paint(table: Table, page: Page) -> None:
    """Each cell's fill: the smallest coloured rectangle under most of the cell; a cell whose
    only text is a status glyph ('●') takes the glyph's colour (a RAG said only by a dot)."""
    _paint_glyphs(table, page)
    paint_marks(table, page)  # a wordless cell holding one colour of mark: that colour
    if not page.fills:
        paint_box_mark(table, page)
        return
    for row in table.rows:
        fills = _fills_across(row, page.fills)  # only these can shade a cell of the row
        for cell in row:
            if cell is None or cell.fill is not None:
                continue
            x0, y0, x1, y1 = cell.bbox
            area = max((x1 - x0) * (y1 - y0), 1e-6)
            best: tuple[float, str] | None = None
            for (a, b, c, d), colour in fills:
                w, h = min(c, x1) - max(a, x0), min(d, y1) - max(b, y0)
                if w <= 0 or h <= 0 or w * h < 0.6 * area:
                    continue
                size = (c - a) * (d - b)
                if best is None or size < best[0]:
                    best = (size, colour)
            if best is not None:
                cell.fill = best[1]
            else:
                cell.fill = _behind_text(cell, fills)
    paint_box_mark(table, page)  # a card's box: its status dot's colour, where its tint says none


def _fills_across(
    row: Sequence[Cell | None], fills: Sequence[tuple[BBox, str]]
) -> list[tuple[BBox, str]]:
    """The fills that reach into the band of a row's cells and their text, in the page's order:
    a fill wholly above or below it shades none of them. A page's fills are matched row by row,
    not every cell against every fill of the page."""
    boxes = [
        b for cell in row if cell is not None for b in (cell.bbox, *(ln.bbox for ln in cell.lines))
    ]
    if not boxes:
        return []
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return [f for f in fills if f[0][3] > top and f[0][1] < bottom]


_BEHIND = 0.8  # of a cell's text box, the share a fill behind the text covers


def _behind_text(cell: Cell, fills: Sequence[tuple[BBox, str]]) -> str | None:
    """The colour of a shape printed behind all the cell's text and inside the cell, where no
    fill shades the cell: a status pill or tag round a word ('In Progress' on a green pill) in
    a row that another column's wrapped text makes taller than the pill. Inside the cell: a
    fill that runs out of it (a band, a bar across columns) is no shape of this cell's."""
    if not cell.lines or not cell.text.strip():
        return None
    tx0 = min(ln.bbox[0] for ln in cell.lines)
    ty0 = min(ln.bbox[1] for ln in cell.lines)
    tx1 = max(ln.bbox[2] for ln in cell.lines)
    ty1 = max(ln.bbox[3] for ln in cell.lines)
    text_area = max((tx1 - tx0) * (ty1 - ty0), 1e-6)
    x0, y0, x1, y1 = cell.bbox
    best: tuple[float, str] | None = None
    for (a, b, c, d), colour in fills:
        size = max((c - a) * (d - b), 1e-6)
        covered = max(min(c, tx1) - max(a, tx0), 0.0) * max(min(d, ty1) - max(b, ty0), 0.0)
        inside = max(min(c, x1) - max(a, x0), 0.0) * max(min(d, y1) - max(b, y0), 0.0)
        if covered < _BEHIND * text_area or inside < 0.5 * size:
            continue
        if best is None or size < best[0]:
            best = (size, colour)
    return best[1] if best is not None else None


def _paint_glyphs(table: Table, page: Page) -> None:
    """A coloured status glyph in a cell: alone ('●'), the cell reads as one filled with its
    colour and no word, as a shaded RAG cell does; before a word no vocabulary reads as a status
    ('● Secure'), the cell keeps its word and takes the colour as its fill, which is read where
    the word is not (plan_actions.cell_rag). Before a known status word ('● On track') or a state
    ('○ Pending') the word says it, and a bullet before prose is no status."""
    if not page.glyph_fills:
        return
    for row in table.rows:
        for cell in row:
            if cell is None or cell.fill is not None or not cell.text.strip():
                continue
            alone = all(ch in STATUS_GLYPHS for ch in cell.text if not ch.isspace())
            if not alone and not _glyph_before_unread_word(cell.text):
                continue
            x0, y0, x1, y1 = cell.bbox
            for (a, b, c, d), colour in page.glyph_fills:
                if x0 - 1 <= (a + c) / 2 <= x1 + 1 and y0 - 1 <= (b + d) / 2 <= y1 + 1:
                    if rag_from_fill(colour) is not None:
                        cell.fill = colour
                        cell.text = "" if alone else cell.text
                    break


_GLYPH_WORDS = 4  # a status beside a glyph is short: '● Secure', '▲ Needs attention'


def _glyph_before_unread_word(text: str) -> bool:
    """A status glyph, then a short word no vocabulary reads as a status or a state."""
    clean = " ".join(text.split())
    if not clean or clean[0] not in STATUS_GLYPHS:
        return False
    rest = clean.lstrip("".join(STATUS_GLYPHS) + " ")
    return (
        bool(rest)
        and len(rest.split()) <= _GLYPH_WORDS
        and normalise_rag(rest) is None
        and not is_status_state(rest)
    )


NESTED_COLUMNS = 3  # an enclosed grid this wide is a table nested in a cell, not its fields


def _columns(vs: list[Ruling]) -> int:
    """How many columns the vertical rulings of one group draw."""
    return len(_cluster([_mid_x(v) for v in vs])) - 1


def _rulings_box(hs: list[Ruling], vs: list[Ruling]) -> BBox:
    rs = [*hs, *vs]
    return (
        min(r.x0 for r in rs),
        min(r.top for r in rs),
        max(r.x1 for r in rs),
        max(r.bottom for r in rs),
    )


def encloses(a: BBox, b: BBox) -> bool:
    """True when box b lies inside box a and is smaller: a table drawn in a cell of another."""
    inside = a[0] - TOL <= b[0] and a[1] - TOL <= b[1] and b[2] <= a[2] + TOL and b[3] <= a[3] + TOL
    return inside and (b[2] - b[0]) * (b[3] - b[1]) < (a[2] - a[0]) * (a[3] - a[1])


def _grid_axes(
    hs: list[Ruling], vs: list[Ruling], framed: bool = True
) -> tuple[list[float], list[float], _Axis, _Axis] | None:
    """A group's grid lines (ys, xs) and its rulings along them, or None where the group reads
    as no grid (_grid_table's answer then): decided by the rulings alone, never by the words,
    so a reader asking only whether a group is a table (is_grid) need not fill its cells."""
    ys = _cluster([(h.top + h.bottom) / 2 for h in hs])
    xs = _cluster([(v.x0 + v.x1) / 2 for v in vs])
    if len(ys) < 2 or len(xs) < 2:
        return None
    open_end = _open_bottom(vs, xs, ys[-1])
    if open_end is not None:
        ys.append(open_end)
    h_axis, v_axis = _Axis(), _Axis()
    for y in ys:
        h_axis.lines[y] = _merge_intervals(
            [(h.x0, h.x1) for h in hs if abs((h.top + h.bottom) / 2 - y) <= TOL]
        )
    for x in xs:
        v_axis.lines[x] = _merge_intervals(
            [(v.top, v.bottom) for v in vs if abs((v.x0 + v.x1) / 2 - x) <= TOL]
        )
    if framed and not _framed(v_axis, xs, ys):
        return None
    return ys, xs, h_axis, v_axis


def is_grid(hs: list[Ruling], vs: list[Ruling], framed: bool = True) -> bool:
    """Whether _grid_table reads the group as a table (`_grid_table(...) is not None`, with any
    words, strikes or holes): once its grid is found every path of it returns a table, so the
    answer is the rulings' alone and the cells (every word of the group placed, the costly
    part) need not be filled to give it."""
    return _grid_axes(hs, vs, framed) is not None


def _grid_table(
    page: Page,
    hs: list[Ruling],
    vs: list[Ruling],
    struck: frozenset[int] = frozenset(),
    holes: Sequence[BBox] = (),
    framed: bool = True,
) -> Table | None:
    """The grid of one group of rulings; words inside holes (the tables nested in its cells,
    read as tables of their own) are no text of its cells. framed=False: also a grid whose outer
    rules do not run down most of its height (open_grids)."""
    grid = _grid_axes(hs, vs, framed)
    if grid is None:
        return None
    ys, xs, h_axis, v_axis = grid
    nr, nc = len(ys) - 1, len(xs) - 1
    uf = _UnionFind(nr * nc)
    for i in range(nr):
        for j in range(nc):
            if j + 1 < nc and not v_axis.covers(xs[j + 1], ys[i], ys[i + 1]):
                uf.union(i * nc + j, i * nc + j + 1)
            # an open grid's rows are closed by rules of their own or none: the ground no rule
            # encloses (beside a staircase's steps) is no cell over several rows
            if i + 1 < nr and framed and not h_axis.covers(ys[i + 1], xs[j], xs[j + 1]):
                uf.union(i * nc + j, (i + 1) * nc + j)
    for i, j in _read_across(page, xs, ys):  # a rule a turned line of text runs across
        uf.union(i * nc + j, (i + 1) * nc + j)
    for i, j in _cut_through(page, xs, ys):  # a rule through the middle of a word
        uf.union(i * nc + j, (i + 1) * nc + j)
    # a grid cell no ruling closes on any side (outside an L-shaped table) is not a cell
    spans: dict[int, list[int]] = {}
    roots = [uf.find(k) for k in range(nr * nc)]  # each grid cell's owner, found once
    for k, root in enumerate(roots):
        r, c = divmod(k, nc)
        box = spans.setdefault(root, [r, c, r, c])
        box[0], box[1] = min(box[0], r), min(box[1], c)
        box[2], box[3] = max(box[2], r), max(box[3], c)
    rows: list[list[Cell | None]] = [[None] * nc for _ in range(nr)]
    owner: dict[int, Cell] = {}
    for root, (r0, c0, r1, c1) in spans.items():
        cell = Cell(text="", bbox=(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]))
        rows[r0][c0] = cell
        owner[root] = cell
    table_box = (xs[0], ys[0], xs[-1], ys[-1])
    words: dict[int, list[tuple[Line, Word]]] = {}
    crossed: set[int] = set()  # cells holding a struck word
    # a table's header row repeated at the top of every page is taken for a running header by
    # page cleaning; inside the table's rulings it is table content again
    # (the grid's reach and each cell's owner worked out once, not once per word)
    x_lo, x_hi, y_lo, y_hi = xs[0] - TOL, xs[-1] + TOL, ys[0] - TOL, ys[-1] + TOL
    for line in [*page.lines, *page.header_footer]:
        if not _overlaps(line.bbox, table_box):
            continue
        for w in line.words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            if not (x_lo <= cx <= x_hi and y_lo <= cy <= y_hi):
                continue
            if holes and any(_inside(cx, cy, h) for h in holes):
                continue
            c = min(max(bisect.bisect_right(xs, cx) - 1, 0), nc - 1)
            r = min(max(bisect.bisect_right(ys, cy) - 1, 0), nr - 1)
            if id(w) in struck:
                crossed.add(roots[r * nc + c])
                continue
            words.setdefault(roots[r * nc + c], []).append((line, w))
    for root, found in words.items():
        r0, c0, r1, c1 = spans[root]
        parts = _column_parts(found, xs[c0 : c1 + 2]) if framed and r0 == r1 and c1 > c0 else None
        if parts is None:
            _fill(owner[root], found)
            continue
        for k, part in enumerate(parts):  # a row ruled off below alone: its columns' cells
            cell = Cell(text="", bbox=(xs[c0 + k], ys[r0], xs[c0 + k + 1], ys[r0 + 1]))
            rows[r0][c0 + k] = cell
            if part:
                _fill(cell, part)
    _drop_deleted_rows(rows, {id(owner[root]) for root in crossed if root not in words})
    _header_overflow(rows)
    _mend_header_tails(rows, {})  # 'Referenc' / 'e' over the first row's ref
    # a header cell's wrapped text spilt above the top rule (bottom-aligned): the cell's again
    top = give_back_above(rows[0], [*page.lines, *page.header_footer], table_box)
    table_box = (table_box[0], top, table_box[2], table_box[3])
    return Table(page=page.number, bbox=table_box, rows=rows, ruled=True)


def _read_across(page: Page, xs: Sequence[float], ys: Sequence[float]) -> set[tuple[int, int]]:
    """(row, column) pairs whose cell runs on into the row below although a rule parts them: a
    line of text set sideways (turned to read up or down) runs across the rule.

    A spreadsheet's cell merged down over several rows, its text turned to read upwards (a
    recommendation beside its actions), is shaded in pieces, and the edges of those pieces meet
    inside the merged cell, where they read as rules. Cut at them, the turned text fell into
    row pieces, each a few glyphs of every line, read as nonsense ('ove the ncy of r so that').
    No cell's border runs through a line of its text: a sideways line (one strip of glyphs set
    one above the other, within one column) crossing a rule says the rule is no border there.
    """
    out: set[tuple[int, int]] = set()
    inner = ys[1:-1]
    if not inner:
        return out
    for line in page.lines:
        x0, top, x1, bottom = line.bbox
        if (
            x1 < xs[0] or x0 > xs[-1] or bottom <= inner[0] + TOL or top >= inner[-1] - TOL
            or not _sideways(line)
        ):  # fmt: skip
            continue
        j = bisect.bisect_right(xs, (x0 + x1) / 2) - 1
        if not 0 <= j < len(xs) - 1 or x0 < xs[j] - TOL or x1 > xs[j + 1] + TOL:
            continue  # across a column rule too: no cell's text (a sideways watermark)
        for i, y in enumerate(inner):
            if top + TOL < y < bottom - TOL:
                out.add((i, j))
    return out


_MID = 0.25  # of a word's height: a rule this far inside its glyphs runs through its middle


def _cut_through(page: Page, xs: Sequence[float], ys: Sequence[float]) -> set[tuple[int, int]]:
    """(row, column) pairs whose cell runs on into the row below although a rule parts them:
    the words of both cells lie across the rule, the rule through the middle of their glyphs.

    A spreadsheet's cell merged down over a two-row header ('Ref' beside 'Q1' over 'Status' |
    'Note') is shaded in one piece per row, and the pieces' edges meet inside the merged cell,
    where they read as a rule; the cell's text, centred in it, sits on that edge. Cut at it, the
    label fell into both rows (its words by their centres, 'will' above and 'What we throw'
    below) and the lower half read as a first row of data. No border runs through the middle of
    a cell's every word: the rule is no border there. A header wrapped in a row too short runs
    its last line across the rule too, but the cell above holds the label's first lines whole
    (the header's overflow, mended later: _header_overflow); a word across a column rule is no
    cell's text (a banner over the table)."""
    inner = ys[1:-1]
    if not inner:
        return set()
    across: dict[tuple[int, int], list[tuple[int | None, float, float]]] = {}
    for line in page.lines:
        x0, top, x1, bottom = line.bbox
        if x1 < xs[0] or x0 > xs[-1] or bottom <= ys[0] or top >= ys[-1]:
            continue
        for w in line.words:
            j = bisect.bisect_right(xs, (w.x0 + w.x1) / 2) - 1
            r = bisect.bisect_right(ys, (w.top + w.bottom) / 2) - 1
            if not (0 <= j < len(xs) - 1 and 0 <= r < len(ys) - 1):
                continue
            i = bisect.bisect_right(inner, w.top)  # the first rule below the word's top
            touches = i < len(inner) and inner[i] < w.bottom and i in (r - 1, r)
            inside = xs[j] - TOL <= w.x0 and w.x1 <= xs[j + 1] + TOL
            # the rule inner[i] parts rows i and i + 1: the cell's own top or bottom rule
            across.setdefault((r, j), []).append(
                (i if touches and inside else None, w.top, w.bottom)
            )
    out: set[tuple[int, int]] = set()
    for (r, j), words in across.items():
        rule = words[0][0]
        if rule is None:
            continue
        other = (rule, j) if rule == r - 1 else (rule + 1, j)  # the cell across the rule
        both = words + across.get(other, [])
        if any(x != rule for x, _, _ in both):
            continue
        # the words' glyphs together (a word of small letters, 'we', only grazes the rule)
        top, bottom = min(t for _, t, _ in both), max(b for _, _, b in both)
        cut = _MID * (bottom - top)
        if top + cut < inner[rule] < bottom - cut:
            out.add((rule, j))
    return out


def _sideways(line: Line) -> bool:
    """Whether a line is set sideways: its words single glyphs (or two) stacked one above the
    other, a hair apart, in one narrow strip taller than it is wide (a piece the reader cut
    off one, 'from', as well as a whole line)."""
    words = line.words
    if len(words) < 2 or any(len(w.text) > 2 for w in words):
        return False
    x0, top, x1, bottom = line.bbox
    size = max(line.font_size, 4.0)
    if bottom - top <= x1 - x0:
        return False
    # one strip: every glyph's centre near the strip's middle (an apostrophe stands out on one
    # side of it, a comma or a descender on the other)
    mid = statistics.median((w.x0 + w.x1) / 2 for w in words)
    if any(abs((w.x0 + w.x1) / 2 - mid) > 0.6 * size for w in words):
        return False
    return _stacked([list(words)], size)


_CELL_GAP = 0.8  # font sizes: words in two cells of a row stand at least this far apart


def _column_parts(
    found: list[tuple[Line, Word]], edges: Sequence[float]
) -> list[list[tuple[Line, Word]]] | None:
    """A one-row cell across columns whose words stand each within one column, in two columns
    or more: a row ruled off below but with no column rules (a browser's table whose header
    cells are shaded boxes and whose rows are parted by their bottom borders only), its words
    per column; None where a word crosses a column edge (a banner's text across the table), all
    stand in one column, or the cell holds several rows (no rules between them: read later)."""
    parts: list[list[tuple[Line, Word]]] = [[] for _ in edges[1:]]
    for line, w in found:
        k = bisect.bisect_right(edges, (w.x0 + w.x1) / 2) - 1
        k = min(max(k, 0), len(parts) - 1)
        if w.x0 < edges[k] - TOL or w.x1 > edges[k + 1] + TOL:
            return None
        parts[k].append((line, w))
    filled = [p for p in parts if p]
    if len(filled) < 2:
        return None
    # one row of the table: its cells open on one line, and one of them holds that line alone
    # (a body with no rules between its rows, under a ruled header, is many rows: read apart)
    bands = [_cluster([w.top for _, w in p]) for p in filled]
    if min(len(b) for b in bands) > 1 or max(b[0] for b in bands) - min(b[0] for b in bands) > TOL:
        return None
    # each line's words part at the column edges by a cell's gap, not a word space: a
    # banner's sentence wrapped across the table has its words set on at word spacing
    column = {id(w): k for k, part in enumerate(parts) for _, w in part}
    by_line: dict[int, list[tuple[Line, Word]]] = {}
    for line, w in found:
        by_line.setdefault(id(line), []).append((line, w))
    for pairs in by_line.values():
        pairs.sort(key=lambda lw: lw[1].x0)
        for (line, a), (_, b) in zip(pairs, pairs[1:], strict=False):
            if column[id(a)] != column[id(b)] and b.x0 - a.x1 < _CELL_GAP * line.font_size:
                return None
    return parts


def _header_overflow(rows: list[list[Cell | None]]) -> None:
    """Header words a spreadsheet printed inside the first data row, given back to the header.

    A wrapped header cell taller than its row ('Recommendation' / 'addressed') prints its
    overflow over the top of the first data row's cell, where it would read as that row's text
    ('addressed R1'). They are the header's when they are set as the header is (bold, the same
    size), open the cell, cross the rule or are printed over the cell's own text (no layout
    sets a data cell's lines so), and nothing below them in the column is bold; the row is a
    data row (text that is not bold in it), not a bold banner row."""
    if len(rows) < 2:
        return
    first = rows[1]
    _overflow_across_rule(rows[0], first)
    if len(rows) >= 3 and _all_bold(rows[1]) and not _all_bold(rows[2]):
        # a header row under a key or caption row ('S - Specific' over each column): its
        # wrapped words spill into the first data row as a lone header row's do
        _overflow_across_rule(rows[1], rows[2])
    if len(rows) < 3:
        return
    if not any(ln for c in first if c is not None for ln in c.lines if not ln.bold):
        return  # a banner row (or an empty one): no data to have spilt into
    for col, (head, cell) in enumerate(zip(rows[0], first, strict=False)):
        if head is None or cell is None or not head.lines or not cell.lines:
            continue
        if any(c is cell for c in first[:col] + first[col + 1 :]):
            continue  # a cell across columns
        size = head.lines[0].font_size
        if not all(ln.bold and abs(ln.font_size - size) < 0.5 for ln in head.lines):
            continue
        lead = _bold_lead(cell.lines, size)
        rest = [ln for ln in cell.lines if all(ln is not x for x in lead)]
        if not lead or not _over_rule_or_text(lead, rest, head.bbox[3]):
            continue
        below = [c for r in rows[2:] if col < len(r) and (c := r[col]) is not None]
        if not any(c.lines for c in below) or any(ln.bold for c in below for ln in c.lines):
            continue
        head.lines = [*head.lines, *lead]
        head.text = join_text(ln.text for ln in head.lines)
        cell.lines = rest
        cell.text = join_text(ln.text for ln in cell.lines)


def _all_bold(row: Sequence[Cell | None]) -> bool:
    """Every line of the row is bold (a header row), and it has one at the least."""
    lines = [ln for c in row if c is not None for ln in c.lines]
    return bool(lines) and all(ln.bold for ln in lines)


_OVERFLOW = 0.3  # pt: a line whose top is this far above a row's top rule crosses it


def _overflow_across_rule(header: Sequence[Cell | None], first: Sequence[Cell | None]) -> None:
    """Header lines a spreadsheet printed across the rule into the row below, given back to
    the header cell they stand under.

    A wrapped header cell taller than its row ('Board 14 Jun' / '26') prints its overflow
    across the rule under it, over the top of the row below: a data row's cell ('26 NS') or a
    banner across the table ('26 26 Recommendation 1: ...'). Such a line crosses the rule (its
    top above the row's, where no layout sets a cell's own line), is set as its header cell is
    (bold or not alike, the same size), lies inside that header cell's columns and stands one
    line below the header's last line, as its wrapped text would."""
    for cell in {id(c): c for c in first if c is not None}.values():
        spans = [h for h in header if h is not None and h.lines and _within(h.bbox, cell.bbox)]
        if spans:
            cell.lines = [part for ln in cell.lines for part in _split_at_rule(ln, cell.bbox[1])]
        homes = [_header_home(ln, spans, cell.bbox[1], cell.lines) for ln in cell.lines]
        kept = [ln for ln, home in zip(cell.lines, homes, strict=True) if home is None]
        if len(kept) == len(cell.lines):
            continue
        for ln, home in zip(cell.lines, homes, strict=True):
            if home is not None:
                home.lines = [*home.lines, ln]
                home.text = join_text(x.text for x in home.lines)
        cell.lines = kept
        cell.text = join_text(ln.text for ln in kept)


def _split_at_rule(ln: Line, rule: float) -> list[Line]:
    """A cell's line whose words partly cross the rule above it, parted into the words that
    cross it and the rest: a header's wrapped line ('(e.g. 2.1)') printed a little above the
    first row's text ('3.3') is joined with it into one line by the page's reader, though
    only its own words are the header's."""
    up = [w for w in ln.words if w.top < rule - _OVERFLOW]
    if not up or len(up) == len(ln.words):
        return [ln]
    down = [w for w in ln.words if w.top >= rule - _OVERFLOW]
    return [_sub_line(ln, up), _sub_line(ln, down)]


def _within(inner: BBox, outer: BBox) -> bool:
    """Whether a box's columns lie within a cell's (edges within the grid's tolerance)."""
    return _within_x(inner[0], inner[2], outer[0], outer[2])


_WRAP_PITCH = (0.9, 1.6)  # font sizes from one wrapped line's top to the next's
_TYPE_CROSS = 0.4  # font sizes: a line whose foot less its size is this far above a rule crosses it


def _header_home(
    ln: Line, spans: Sequence[Cell], rule: float, others: Sequence[Line] = ()
) -> Cell | None:
    """The header cell a line below the rule spilt from: the line crosses the rule, is set as
    the header is, lies inside the header cell's columns and one line below its last line.

    Crossing is read on the line's type, not its inked glyphs alone: a word with few tall
    letters ('number') is inked from its x-height, below the rule, though its type (its foot
    less its size) starts well above it (a data line's ascenders, 0.3 of its size above its
    baseline's foot less its size, stand at or under the rule). A line of small letters ('e',
    a narrow column's header word broken mid-word) inks from its x-height and crosses the rule
    by less than its type shows: printed over the cell's own first line (others: the cell's
    lines), where no layout sets a data cell's lines, it is the header's as well."""
    if (
        ln.top >= rule - _OVERFLOW
        and ln.bottom - ln.font_size >= rule - _TYPE_CROSS * ln.font_size
        and not _printed_over(ln, others)
    ):
        return None
    for head in spans:
        last = max(head.lines, key=lambda x: x.top)
        size = last.font_size
        pitch = (ln.top - last.top) / size if size > 0 else 0.0
        if (
            _within(ln.bbox, head.bbox)
            and ln.bold == last.bold
            and abs(ln.font_size - size) < 0.5
            and _WRAP_PITCH[0] <= pitch <= _WRAP_PITCH[1]
        ):
            return head
    return None


def _printed_over(ln: Line, others: Sequence[Line]) -> bool:
    """Whether the line starts above another line of its cell and overlaps it by a third of a
    line or more: two texts printed one over the other, not one cell's lines in turn."""
    return any(
        o is not ln
        and ln.top < o.top
        and min(ln.bottom, o.bottom) - max(ln.top, o.top) > (ln.bottom - ln.top) / 3
        for o in others
    )


def _over_rule_or_text(lead: Sequence[Line], rest: Sequence[Line], rule: float) -> bool:
    """Lines no layout would set in a data cell: across the rule above it, or printed over the
    cell's own text (overlapping a line of it by a third of a line or more)."""
    if any(ln.top < rule - _OVERFLOW for ln in lead):
        return True
    return any(
        min(a.bottom, b.bottom) - max(a.top, b.top) > (a.bottom - a.top) / 3
        for a in lead
        for b in rest
    )


def _bold_lead(lines: Sequence[Line], size: float) -> list[Line]:
    """A cell's leading lines set bold at the header's size (top first)."""
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if not (ln.bold and abs(ln.font_size - size) < 0.5):
            break
        out.append(ln)
    return out


def _drop_deleted_rows(rows: list[list[Cell | None]], struck_out: set[int]) -> None:
    """A row whose cells are struck through whole, but for a note (a deleted action kept in a
    revised plan, 'Withdrawn: covered by other activities' beside it), is no row: its note is
    blanked too. struck_out: ids of the cells whose every word is struck."""
    for row in rows:
        cells = [c for c in row if c is not None]
        gone = sum(1 for c in cells if id(c) in struck_out)
        kept = [c for c in cells if c.text.strip()]
        if gone >= 2 and gone > len(kept):
            for c in kept:
                c.text, c.lines = "", []


_STRIKE_BAND = (0.15, 0.75)  # of a word's height from its top: where a strike-through runs
_STRIKE_REACH = 4.0  # points: a strike-through ends this close to the ends of the words it crosses


def struck_through(page: Page) -> tuple[frozenset[int], frozenset[int]]:
    """(ids of the rulings that strike text through, ids of the words they strike), computed
    once per page (the tables, the lines outside them and the warning all ask): the answer is
    kept on the page (Page.struck_memo) while its lists of lines and rulings are the same ones."""
    rulings, lines = page.rulings, page.lines
    key = (id(lines), len(lines), id(rulings), len(rulings))
    memo = page.struck_memo
    if memo is not None and memo[0] == key:
        return memo[1]
    found = _struck_through(page)
    page.struck_memo = (key, found)
    return found


def drawn_strikes(page: Page) -> tuple[frozenset[int], frozenset[int]]:
    """struck_through's reading of the page's drawing itself, not kept: what a reader has made
    of the strikes since (keep_struck_words) does not change it."""
    return _struck_through(page)


def keep_struck_words(page: Page) -> None:
    """The words struck through on the page read as text from now on: the strikes stay no
    rulings, but no word is left out as deleted. For a plan whose key gives the strike a
    status ('struck through: fulfilled', extractors.typeset_status): the text stands."""
    strikes, _ = struck_through(page)
    if page.struck_memo is not None:
        page.struck_memo = (page.struck_memo[0], (strikes, frozenset()))


def _struck_through(page: Page) -> tuple[frozenset[int], frozenset[int]]:
    """(ids of the rulings that strike text through, ids of the words they strike).

    A revised plan printed with its deletions shown draws each deleted run as a thin horizontal
    line through the middle of its words (no font attribute says so in a PDF). The evidence is
    the line's place: through the middle of each word it crosses (an underline runs at or
    below their feet), from the first of them to the last and no further (a table's rules run
    between lines of text and on to the cell edges)."""
    hs, _ = _split_rulings(page.rulings)
    if not hs or not page.lines:
        return frozenset(), frozenset()
    lines = sorted(page.lines, key=lambda ln: ln.top)
    tops = [ln.top for ln in lines]
    tallest = max(ln.bottom - ln.top for ln in lines)
    strikes: set[int] = set()
    struck: set[int] = set()
    for h in hs:
        y = (h.top + h.bottom) / 2
        lo = bisect.bisect_left(tops, y - tallest)
        for ln in lines[lo : bisect.bisect_right(tops, y)]:
            if not ln.top - 0.5 < y < ln.bottom + 0.5 or ln.x0 > h.x1 or ln.bbox[2] < h.x0:
                continue  # the rule runs beside the line (a table's rule between lines)
            words = _struck_words(ln, h, y)
            if words:
                strikes.add(id(h))
                struck.update(id(w) for w in words)
    return frozenset(strikes), frozenset(struck)


def struck_warning(pages: Sequence[Page]) -> ExtractionWarning | None:
    """Say how many words struck through by a drawn line were left out of the tables (never
    drop text silently); None where there were none."""
    found = [(p.number, n) for p in pages if (n := len(struck_through(p)[1]))]
    if not found:
        return None
    where = ", ".join(f"p{page}" for page, _ in found[:8])
    return ExtractionWarning(
        code="struck_text_dropped",
        message=(
            f"{sum(n for _, n in found)} word(s) struck through by a drawn line ({where}) read"
            " as deleted text (a revision's old value), not as content: check that the values"
            " kept are the new ones"
        ),
    )


def _struck_words(ln: Line, h: Ruling, y: float) -> list[Word]:
    """The words of ln that rule h strikes through: h through the middle of each word it
    crosses, running from the first of them to the last and no further."""
    crossed = [w for w in ln.words if w.x0 < h.x1 and w.x1 > h.x0 and w.bottom > w.top]
    if not crossed or not all(
        w.top + _STRIKE_BAND[0] * (w.bottom - w.top)
        <= y
        <= w.top + _STRIKE_BAND[1] * (w.bottom - w.top)
        for w in crossed
    ):
        return []
    reach = max(_STRIKE_REACH, 0.6 * max(w.bottom - w.top for w in crossed))
    first, last = min(w.x0 for w in crossed), max(w.x1 for w in crossed)
    if abs(first - h.x0) > reach or abs(last - h.x1) > reach:
        return []
    return [w for w in crossed if h.x0 <= (w.x0 + w.x1) / 2 <= h.x1]


def _open_bottom(vs: list[Ruling], xs: list[float], last_y: float) -> float | None:
    """Where the side rulings end, when they all run on past the last horizontal ruling.

    A row that a page break cuts has its cell sides drawn down to the page's bottom margin but
    no bottom border; that end closes the row, which the next page's piece then continues.
    """
    ends = {x: max((v.bottom for v in vs if abs((v.x0 + v.x1) / 2 - x) <= TOL), default=0.0)
            for x in xs}  # fmt: skip
    low = min(ends.values())
    if low <= last_y + 3 * TOL:
        return None
    return max(ends.values()) if max(ends.values()) - low <= 3 * TOL else None


def _framed(v_axis: _Axis, xs: list[float], ys: list[float]) -> bool:
    """The outer vertical rulings run down most of the grid's height.

    A bordered table is closed left and right over all its rows. Shaded bands and coloured
    cells of an unruled table (a full-width section row, a RAG cell) are filled rectangles
    whose edges touch and so form a 'grid', but their sides cover only their own rows.
    """
    height = ys[-1] - ys[0]
    if height <= 0:
        return False
    for x in (xs[0], xs[-1]):
        covered = sum(e - s for s, e in v_axis.lines.get(x, []))
        if covered < 0.6 * height:
            return False
    return True


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] + TOL and a[2] > b[0] - TOL and a[1] < b[3] + TOL and a[3] > b[1] - TOL


def _fill(cell: Cell, found: list[tuple[Line, Word]]) -> None:
    """Cell lines from its words: one per source line, in reading order; text joined."""
    by_line: dict[int, tuple[Line, list[Word]]] = {}
    for line, w in found:
        by_line.setdefault(id(line), (line, []))[1].append(w)
    lines = _vertical_lines(found)
    if lines is None:
        lines = [
            _sub_line(src, band)
            for src, ws in by_line.values()
            for band in _bands(ws, src.font_size)
        ]
        lines.sort(key=lambda ln: (round(ln.top, 0), ln.x0))
        lines = _glued(lines)
    cell.lines = lines
    cell.text = join_text(ln.text for ln in lines)


_GLYPH_GAP = 0.15  # em: glyphs of one rotated word sit closer than this; a space is wider


def _glued(lines: list[Line]) -> list[Line]:
    """Pieces of one word the page's reader put on lines of their own ('1' and '1' of '11'
    beside a column of turned glyphs) joined again: on one baseline, one abutting the next
    closer than a space, letters or digits both sides (a mark before a word keeps its space),
    they print one word, not two ('1 1')."""
    out: list[Line] = []
    for ln in lines:
        last = out[-1] if out else None
        if (
            last is not None and last.words and ln.words
            and abs(ln.top - last.top) < 0.2 * ln.font_size
            and abs(ln.bottom - last.bottom) < 0.2 * ln.font_size
            and 0 <= ln.x0 - last.bbox[2] < _GLYPH_GAP * ln.font_size
            and last.words[-1].text[-1:].isalnum() and ln.words[0].text[:1].isalnum()
        ):  # fmt: skip
            a, b = last.words[-1], ln.words[0]
            word = Word(a.text + b.text, a.x0, min(a.top, b.top), b.x1, max(a.bottom, b.bottom))
            words = [*last.words[:-1], word, *ln.words[1:]]
            out[-1] = Line(" ".join(w.text for w in words), words_bbox(words), last.font_size,
                           last.bold, last.page, last.index, words=words)  # fmt: skip
            continue
        out.append(ln)
    return out


def _vertical_lines(found: list[tuple[Line, Word]]) -> list[Line] | None:
    """A cell's text printed rotated (a narrow header cell turned to read up or down), as the
    lines it reads as; None when the cell's text is not rotated.

    A rotated label reaches the reader as a stack of single glyphs, one above the other in a
    narrow strip, each a hair apart: sorted top to bottom as ordinary lines are, 'Done?' would
    read '? e n o D'. Text turned to read upwards keeps its baseline on the right, where most
    glyphs end at one x (ascenders and descenders stick out left); text turned to read
    downwards keeps it on the left. A wider gap between two glyphs of a strip is a space; a
    label wrapped over two strips reads the strips in reading order too.
    """
    if len(found) < 3 or any(len(w.text) > 2 for _, w in found):
        return None
    size = max(max(ln.font_size for ln, _ in found), 4.0)
    upward = _baseline_right([w for _, w in found])
    whole = _whole_sideways_lines(found)
    if whole is not None:  # the reader's own lines, its spaces as printed
        return _sideways_strips(whole, upward, size)
    strips = _strips([w for _, w in found], 0.4 * size)
    if any(len(s) < 2 for s in strips) or not _stacked(strips, size):
        return None
    src = found[0][0]
    lines = []
    for strip in sorted(strips, key=lambda s: s[0].x0, reverse=not upward):
        glyphs = sorted(strip, key=lambda w: w.top, reverse=upward)
        text = glyphs[0].text
        for a, b in zip(glyphs, glyphs[1:], strict=False):
            gap = (a.top - b.bottom) if upward else (b.top - a.bottom)
            text += (" " if gap > _GLYPH_GAP * size else "") + b.text
        box = words_bbox(glyphs)
        word = Word(text, *box)
        lines.append(Line(text, box, src.font_size, src.bold, src.page, src.index, words=[word]))
    return lines


def _whole_sideways_lines(found: list[tuple[Line, Word]]) -> list[Line] | None:
    """The source lines of a cell's words where each is set sideways and lies wholly in the
    cell; None otherwise. Rebuilt glyph by glyph, a strip's descenders ('y', 'q' stand out
    past its baseline's side) fell into strips of their own ('identit histor and y, y')."""
    by_line: dict[int, tuple[Line, int]] = {}
    for line, _ in found:
        ln, n = by_line.get(id(line), (line, 0))
        by_line[id(line)] = (ln, n + 1)
    lines = [ln for ln, n in by_line.values() if n == len(ln.words) and _sideways(ln)]
    return lines if len(lines) == len(by_line) else None


def _sideways_strips(whole: list[Line], upward: bool, size: float) -> list[Line]:
    """Sideways lines as the cell's lines in reading order: strips left to right where the text
    reads up (right to left where it reads down). The reader may cut one strip into pieces
    ('accom' / 'modation for care'): they are read along the strip, bottom first where it
    reads up, and a piece abutting the one before it, letters both sides, goes on its word."""
    strips: list[list[Line]] = []
    for ln in sorted(whole, key=lambda ln: (ln.bbox[0] + ln.bbox[2]) / 2):
        cx = (ln.bbox[0] + ln.bbox[2]) / 2
        if strips and abs(cx - (strips[-1][0].bbox[0] + strips[-1][0].bbox[2]) / 2) <= 0.4 * size:
            strips[-1].append(ln)
        else:
            strips.append([ln])
    out: list[Line] = []
    for strip in strips if upward else strips[::-1]:
        pieces = sorted(strip, key=lambda ln: ln.bottom if upward else -ln.top, reverse=True)
        text = pieces[0].text
        for a, b in zip(pieces, pieces[1:], strict=False):
            gap = (a.top - b.bottom) if upward else (b.top - a.bottom)
            glued = gap < _GLYPH_GAP * size and text[-1:].isalnum() and b.text[:1].isalnum()
            text += ("" if glued else " ") + b.text
        box = words_bbox([Word("", *ln.bbox) for ln in pieces])
        src = pieces[0]
        out.append(Line(text, box, src.font_size, src.bold, src.page, src.index,
                        words=[Word(text, *box)]))  # fmt: skip
    return out


def _strips(words: list[Word], tol: float) -> list[list[Word]]:
    """Words grouped into narrow vertical strips by their horizontal centres."""
    strips: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.x0 + w.x1) / 2):
        cx = (w.x0 + w.x1) / 2
        if strips and abs(cx - (strips[-1][0].x0 + strips[-1][0].x1) / 2) <= tol:
            strips[-1].append(w)
        else:
            strips.append([w])
    return strips


def _stacked(strips: list[list[Word]], size: float) -> bool:
    """Each strip's glyphs lie one above the other, none beside another, a hair apart (closer
    than the lines of a paragraph, whose gap is about half a line)."""
    gaps: list[float] = []
    for strip in strips:
        glyphs = sorted(strip, key=lambda w: w.top)
        for a, b in zip(glyphs, glyphs[1:], strict=False):
            if b.top < a.bottom - 0.3 * min(a.bottom - a.top, b.bottom - b.top):
                return False  # two glyphs side by side on one line: horizontal text
            gaps.append(b.top - a.bottom)
    return bool(gaps) and statistics.median(gaps) < 0.15 * size


def _baseline_right(glyphs: list[Word]) -> bool:
    """Whether the glyphs share their right edge (a baseline on the right: text reading up)
    more than their left one."""

    def shared(xs: list[float]) -> int:
        return max(sum(1 for y in xs if abs(y - x) <= 0.6) for x in xs)

    return shared([w.x1 for w in glyphs]) >= shared([w.x0 for w in glyphs])


def _bands(words: list[Word], font_size: float) -> list[list[Word]]:
    """A source line's words split by height: pdfium can run a wrapped word's two halves
    ('multi-' / 'agency') into one text line, which in a cell are two visual lines."""
    tol = 0.5 * max(font_size, 4.0)
    bands: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        cy = (w.top + w.bottom) / 2
        if bands and abs(cy - (bands[-1][0].top + bands[-1][0].bottom) / 2) <= tol:
            bands[-1].append(w)
        else:
            bands.append([w])
    return bands


def _sub_line(src: Line, words: list[Word]) -> Line:
    """The line of a cell's words from one source line: left to right, unless two of them
    overlap (a value run on over the next field set at a fixed place, as on a slide's footer
    strip): the text is then in the order it was printed, so neither field's words interleave."""
    by_x = sorted(words, key=lambda w: w.x0)
    if any(b.x0 < a.x1 - TOL for a, b in zip(by_x, by_x[1:], strict=False)):  # overprinted
        # (the source's order is indexed only here: a cell cuts a long line into many pieces)
        order = {id(w): k for k, w in enumerate(src.words)}
        words = sorted(words, key=lambda w: order.get(id(w), 0))
    else:
        words = by_x
    bbox = words_bbox(words)
    # the colours the reader knows (its first and last character's) where the part keeps them:
    # a status inked at a line's end stays inked in the cell that holds that end; a part inside
    # the line takes its own words' inks (Word.colour): 'Disputed' in red between two cells'
    # black words of one joined line is a cell printed in red
    ends = src.words
    return Line(
        text=" ".join(w.text for w in words),
        bbox=bbox,
        font_size=src.font_size,
        bold=src.bold,
        page=src.page,
        index=src.index,
        words=words,
        colour=src.colour if ends and words[0] is ends[0] else words[0].colour,
        end_colour=src.end_colour if ends and words[-1] is ends[-1] else words[-1].colour,
    )


def line_within(src: Line, left: float, right: float) -> Line | None:
    """The part of a line between two x edges (None where none of it is): pdfium joins the text
    of side-by-side cells sharing a baseline into one line, and a grid reads only its own part
    of it. The line itself where it lies within."""
    if src.x0 >= left - TOL and src.bbox[2] <= right + TOL:
        return src
    inside = [w for w in src.words if w.x0 >= left - TOL and w.x1 <= right + TOL]
    return _sub_line(src, inside) if inside else None


def straddles(src: Line, left: float, right: float) -> bool:
    """Whether a word of the line runs across either x edge: text running out of a grid."""
    if src.x0 >= left - TOL and src.bbox[2] <= right + TOL:
        return False
    return any(w.x0 < left - TOL < w.x1 or w.x0 < right + TOL < w.x1 for w in src.words)


def lines_outside(page: Page, tables: Sequence[Table]) -> list[Line]:
    """The page's lines (or their word runs) that lie in none of the tables, in page order;
    words struck through by a drawn line are left out (struck_through)."""
    out: list[Line] = []
    boxes = [t.bbox for t in tables]
    _, struck = struck_through(page) if page.tables is None else (frozenset(), frozenset())
    for line in page.lines:
        crossed = struck and any(id(w) in struck for w in line.words)
        if not crossed and not any(_overlaps(line.bbox, b) for b in boxes):
            out.append(line)
            continue
        if not crossed and any(box_within(line.bbox, b, TOL) for b in boxes):
            continue  # the whole line in one table: no word of it is left (each word asked costs)
        rest = [
            w
            for w in line.words
            if id(w) not in struck
            and not any(_inside((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2, b) for b in boxes)
        ]
        if rest:
            out.append(_sub_line(line, rest))
    return out


def _inside(x: float, y: float, b: BBox) -> bool:
    return b[0] - TOL <= x <= b[2] + TOL and b[1] - TOL <= y <= b[3] + TOL


# --------------------------------------------------------------------------- stream


@dataclass(slots=True)
class TextRow:
    """Words sharing a baseline across the whole width (one visual line of a table)."""

    words: list[tuple[Line, Word]]
    top: float
    bottom: float
    font_size: float
    pitch: float | None = None  # the character advance of monospace lines (monospace_pitch)
    # the gaps (by the index of the word before) that are a justified line's word spaces
    # (_justified_spaces), read on first use
    stretched: frozenset[int] | None = None


def text_rows(lines: Sequence[Line], among: Sequence[Line] = ()) -> list[TextRow]:
    """Visual lines: words whose vertical centres are within half a line of each other.

    among: the lines around them (a header's table), whose character advance they share when
    set in a monospace font."""
    items = sorted(
        ((ln, w) for ln in lines for w in ln.words), key=lambda lw: (lw[1].top + lw[1].bottom) / 2
    )
    rows: list[TextRow] = []
    for ln, w in items:
        cy = (w.top + w.bottom) / 2
        if rows:
            last = rows[-1]
            if abs(cy - (last.top + last.bottom) / 2) <= 0.35 * max(ln.font_size, 4.0):
                last.words.append((ln, w))
                last.top, last.bottom = min(last.top, w.top), max(last.bottom, w.bottom)
                continue
        rows.append(TextRow([(ln, w)], w.top, w.bottom, ln.font_size))
    for r in rows:
        r.words.sort(key=lambda lw: lw[1].x0)
    pitch = monospace_pitch([[w for _, w in r.words] for r in rows] + [ln.words for ln in among])
    for r in rows:
        r.pitch = pitch
    return rows


_X0 = operator.attrgetter("x0")  # a sort key read in C, not a Python call a word


def monospace_pitch(lines: Sequence[Sequence[Word]]) -> float | None:
    """The character advance of lines set in a monospace font, None for a proportional one.

    A system's fixed-width report aligns its columns by spaces: its word space is a whole
    character (0.6 em), as wide as the gap an ordinary word space is told from, so every word
    would read as a cell of its own. In a monospace line each word starts a whole number of
    characters after the one before: its length and one space on, where words are a space
    apart. The advance those starts give is the same for every pair of the lines; a proportional
    font's differs from word to word. Lines are taken together: a header row of one-word cells
    has too few pairs of its own.
    """
    rates: list[float] = []
    for words in lines:
        if len(words) < 2:
            continue  # no pair (a one-word cell: most lines a table's header is read among)
        ws = sorted(words, key=_X0)
        rates += [
            (b.x0 - a.x0) / (len(a.text) + 1) for a, b in zip(ws, ws[1:], strict=False)
            if len(a.text) >= 2 and 0.0 < b.x0 - a.x1 <= 2.0 * (a.x1 - a.x0) / len(a.text)
        ]  # fmt: skip
    if len(rates) < 3:
        return None
    pitch = statistics.median(rates)
    spaced = [r for r in rates if abs(r - pitch) <= 0.04 * pitch]
    return pitch if pitch > 0 and len(spaced) >= 0.8 * len(rates) else None


def word_gap(lines: Sequence[Sequence[Word]], font_size: float) -> float:
    """The widest gap that is still a word space within a cell: 0.6 em, or in monospace lines
    one and a half characters (two spaces or more part their columns)."""
    pitch = monospace_pitch(lines)
    gap = 0.6 * max(font_size, 4.0)
    return max(gap, 1.6 * pitch) if pitch is not None else gap


def _row_gap(row: TextRow) -> float:
    gap = 0.6 * max(row.font_size, 4.0)
    return max(gap, 1.6 * row.pitch) if row.pitch is not None else gap


_JUSTIFIED_RUN = (
    3  # stretched word spaces in a row, one after the other, that make a justified line
)
_JUSTIFIED_MAX = 2.0  # font sizes: the widest a justified line's word space is read as one
_JUSTIFIED_SPREAD = (1.5, 0.2)  # points, or this share of their median: spaces alike
_PROSE_WORD = re.compile(r"^[A-Za-z][A-Za-z'\u2019-]*[.,;:]?$")


def _justified_spaces(row: TextRow) -> frozenset[int]:
    """The gaps of a justified line: a run of _JUSTIFIED_RUN or more gaps between words of one
    line, each wider than a word space but within _JUSTIFIED_MAX font sizes, all alike in width,
    between words of prose (letters, half of them or more lower-case). Justification stretches
    each word space of a line by the same amount, so a cell's justified text shows gaps as wide
    as a column's, in the same place on no two lines but now and then lining up down a few
    lines (a river), which read as a column's edge cut the cell in two. A column's gaps differ
    (its cells' widths differ) and part cells, not words of one sentence. By the index of the
    word before each gap."""
    if row.stretched is not None:
        return row.stretched
    gap = _row_gap(row)
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        widths = [row.words[i + 1][1].x0 - row.words[i][1].x1 for i in run]
        words = {row.words[i][1].text for i in run} | {row.words[i + 1][1].text for i in run}
        lower = sum(1 for w in words if w[0].islower())
        mid = statistics.median(widths) if widths else 0.0
        alike = widths and max(widths) - min(widths) <= max(
            _JUSTIFIED_SPREAD[0], _JUSTIFIED_SPREAD[1] * mid
        )
        if len(run) >= _JUSTIFIED_RUN and alike and 2 * lower >= len(words):
            out.update(run)
        run.clear()

    for i in range(len(row.words) - 1):
        (la, a), (lb, b) = row.words[i], row.words[i + 1]
        width = b.x0 - a.x1
        stretched = (
            la is lb and gap < width <= _JUSTIFIED_MAX * la.font_size
            and bool(_PROSE_WORD.match(a.text)) and bool(_PROSE_WORD.match(b.text))
        )  # fmt: skip
        if stretched:
            run.append(i)
        elif run:
            close()
    if run:
        close()
    row.stretched = frozenset(out)
    return row.stretched


def segments(row: TextRow, cuts: Sequence[float] = ()) -> list[tuple[float, float]]:
    """Runs of words separated by more than an ordinary word space, or by a column edge in
    cuts that a word starts on (see _cut_edges). A justified line's stretched word spaces
    (_justified_spaces) are word spaces."""
    gap = _row_gap(row)
    stretched = _justified_spaces(row)
    segs: list[tuple[float, float]] = []
    for k, (_, w) in enumerate(row.words):
        # (no cuts, no cut after the first run: most rows are asked with none)
        cut = (
            (bool(cuts) and any(segs[-1][1] < e + 0.5 and e <= w.x0 <= e + 2.5 for e in cuts))
            if segs
            else True
        )
        if segs and (w.x0 - segs[-1][1] <= gap or k - 1 in stretched) and not cut:
            segs[-1] = (segs[-1][0], max(segs[-1][1], w.x1))
        else:
            segs.append((w.x0, w.x1))
    return segs


def _stop_edges(rows: Sequence[TextRow], need: int) -> list[float]:
    """Column edges one word space right of right-aligned cells: in `need` rows or more, words
    of different texts end at one x and the next word starts at one x a space on.

    A spreadsheet printed without gridlines right-aligns dates and figures, and the column
    after starts a cell padding on: no whitespace river shows that edge, but the stop the
    right-aligned words make and the start the next ones share do, with a row where the column
    starts after a gap (its header, a row whose date is a word) to say it is one. Words of one
    text ending together ('Head' of 'Head of Service' in every row) are a repeated phrase.
    """
    pairs: list[tuple[Word, Word]] = []  # a word and the next, a word space on
    for r in rows:
        gap = _row_gap(r)
        ws = [w for _, w in r.words]
        pairs += [(a, b) for a, b in zip(ws, ws[1:], strict=False) if 0.0 <= b.x0 - a.x1 <= gap]
    starts = [x0 for r in rows for x0, _ in segments(r)]
    # the pairs by the next word's x, so that each centre looks at its own stretch (bisect),
    # not at every pair of the page; what is read from `near` does not hang on its order
    pairs.sort(key=lambda p: p[1].x0)
    xs = [b.x0 for _, b in pairs]
    out: list[float] = []
    for centre in _cluster(xs, tol=0.6):
        lo, hi = bisect.bisect_left(xs, centre - 1.0), bisect.bisect_right(xs, centre + 1.0)
        near = [(a, b) for a, b in pairs[lo:hi] if abs(b.x0 - centre) <= 0.6]
        if len(near) < need or not any(abs(x - centre) <= 1.0 for x in starts):
            continue  # the column starts there in a row where nothing runs up to it, too
        texts = Counter(a.text for a, _ in near)
        # the next words end apart (they are no right-aligned tail: '30 Jun | 2027')
        if (
            _together([a.x1 for a, _ in near]) and not _together([b.x1 for _, b in near])
            and 2 * texts.most_common(1)[0][1] < len(near)
        ):  # fmt: skip
            out.append(min(b.x0 for _, b in near) - 0.5)
    return out


def _together(xs: Sequence[float]) -> bool:
    return max(xs) - min(xs) <= 1.2


def _straddles(row: TextRow, edge: float, reach: float = 2.5) -> bool:
    """A word ends left of the edge and the next, one word space on, starts on it."""
    return _straddled(_word_pairs(row), _row_gap(row), edge, reach)


def _word_pairs(row: TextRow) -> list[tuple[float, float]]:
    """(end, next start) of each two words side by side in a row."""
    ws = [w for _, w in row.words]
    return [(a.x1, b.x0) for a, b in zip(ws, ws[1:], strict=False)]


def _straddled(pairs: Sequence[tuple[float, float]], gap: float, edge: float, reach: float) -> bool:
    """_straddles on a row's _word_pairs and _row_gap."""
    return any(
        x1 < edge + 0.5 and edge <= x0 <= edge + reach and x0 - x1 <= gap for x1, x0 in pairs
    )


def _cut_edges(rows: Sequence[TextRow], edges: Sequence[float], need: int) -> list[float]:
    """Column edges that cells run right up to, one word space short, in `need` rows or more.

    A spreadsheet printed without gridlines right-aligns its dates and numbers against the
    next column, whose text starts a cell padding (a word space) on: the two cells read as one
    run of words. Where the next word starts on an edge the table's other rows show, the run
    is two cells.
    """
    # each row's word pairs and gap read once, not once per edge (thousands of calls a pass)
    read = [(_word_pairs(r), _row_gap(r)) for r in rows]
    return [e for e in edges[1:] if sum(1 for p, g in read if _straddled(p, g, e, 2.5)) >= need]


def _right_aligned(rows: Sequence[TextRow], prev: float, edge: float, cut: float) -> bool:
    """Whether the runs that start at edge are right-aligned cells of the column at prev: in
    every row with a word starting there, nothing of the column lies left of it and its words
    end a word space short of the cut edge next (their widths differ, so where they start is
    no edge)."""
    found = False
    for r in rows:
        gap = _row_gap(r)
        if not any(edge <= x0 <= edge + 4.5 for x0, _ in segments(r, [cut])):
            continue  # a word inside a run there ('Expected by') starts nothing
        found = True
        if any(prev <= w.x0 < edge for _, w in r.words):
            return False
        inside = [w.x1 for _, w in r.words if edge <= w.x0 < cut]
        if not inside or not cut - gap <= max(inside) < cut + 0.5:
            return False
    return found


def stream_columns(lines: Sequence[Line], min_rows: int = 3) -> list[float]:
    """Left edges of the columns of an unruled table.

    A column edge is an x where many runs of words start (cells are left-aligned) and which few
    text rows cross: the whitespace river just left of it. Rows that run across columns (a
    section heading, a wrapped title) are too few to close a river and are tolerated.
    """
    rows = text_rows(lines)
    multi = [r for r in rows if len(segments(r)) >= 2]
    if len(multi) < min_rows:
        return []
    starts = [x0 for r in rows for x0, _ in segments(r)]
    need = max(3, int(0.15 * len(multi)))
    edges: list[float] = []
    for centre in _cluster(starts, tol=2.0):
        near = [x for x in starts if abs(x - centre) <= 2.0]
        if len(near) < need:
            continue
        edge = min(near)
        crossing = sum(
            1 for r in rows if any(w.x0 < edge - 1.5 and w.x1 > edge - 1.0 for _, w in r.words)
        )
        if crossing <= max(2, 0.2 * len(rows)):
            edges.append(edge - 0.5)
    for edge in _stop_edges(rows, need):  # a column that starts one word space after another
        crossing = sum(
            1 for r in rows if any(w.x0 < edge - 1.0 and w.x1 > edge + 0.5 for _, w in r.words)
        )
        if crossing <= max(2, 0.2 * len(rows)) and all(abs(edge - e) > 2.0 for e in edges):
            edges.append(edge)
    edges.sort()
    # the left ends of right-aligned cells (dates and figures printed against the next column)
    # start where their widths put them: no column edge when nothing else starts there
    cuts = set(_cut_edges(rows, edges, need))
    out: list[float] = []  # kept edges, from the right
    for k in range(len(edges) - 1, 0, -1):
        if out and out[-1] in cuts and _right_aligned(rows, edges[k - 1], edges[k], out[-1]):
            continue
        out.append(edges[k])
    return _right_aligned_lefts(rows, [*edges[:1], *out[::-1]])


RIGHT_END_TOL = 1.5  # the right ends of one right-aligned column's runs, apart at most


def _right_aligned_last(
    segs: Sequence[Sequence[tuple[float, float]]], edges: list[float]
) -> list[float]:
    """The edges with one more where the last column is right-aligned and no river shows its
    left edge: three runs or more of different widths end at the table's right end (a few
    rows, each owner a width of its own), none of them starts where another does. Its edge is
    where the widest starts, so long as no run crosses it and no row holds two runs right of
    it; else the runs stay in the column before ('6 January 2026 Ruth Kowalczyk')."""
    runs = [(a, b) for row in segs for a, b in row]
    if not runs or len(edges) < 2:
        return edges  # no table's columns found to add one to
    end = max(b for _, b in runs)
    last = [(a, b) for a, b in runs if end - b <= RIGHT_END_TOL]
    if len(last) < 3 or len({round(b - a) for a, b in last}) < 2:
        return edges
    left = min(a for a, _ in last) - 0.5
    if left <= edges[-1] + 2.0:
        return edges
    if any(a < left < b for a, b in runs) or any(
        sum(1 for a, _ in row if a >= left) > 1 for row in segs
    ):
        return edges
    return [*edges, left]


def _right_aligned_lefts(rows: Sequence[TextRow], edges: list[float]) -> list[float]:
    """Column edges with each right-aligned column's left edge where its widest run starts.

    A column printed right-aligned (an owner column set against the table's right edge) has
    runs of different widths ending at one x: where a few start together ('Leon' in several
    rows) a river shows an edge inside the column, and the wider runs of the column ('Leon' /
    'Fairweather' wrapped, 'David Osei') start left of it, so they were cut at that edge or
    read into the column before. Where the runs starting at an edge all end at one x, the runs
    of rows starting left of it that end there too are the column's: its edge moves to the
    leftmost of them (an edge inside them is no column), so long as no other run of any row
    lies in what it takes and no row holds two runs in the column."""
    segs = [segments(r) for r in rows]
    out = _right_aligned_last(segs, list(edges))
    k = len(out) - 1
    while k >= 1:
        e, right = out[k], out[k + 1] if k + 1 < len(out) else float("inf")
        own = [(a, b) for row in segs for a, b in row if e - 0.5 <= a < right]
        ends = sorted(b for _, b in own)
        if (
            len(own) < 3
            or ends[-1] - ends[0] > RIGHT_END_TOL
            or ends[-1] >= right
            or len({round(b - a) for a, b in own}) < 2  # one word repeated: no alignment shown
        ):
            k -= 1
            continue
        end = ends[len(ends) // 2]
        wide = [a for row in segs for a, b in row if a < e - 0.5 and abs(b - end) <= RIGHT_END_TOL]
        if not wide:
            k -= 1
            continue
        left = min(wide) - 0.5
        if (
            out[0] >= left - 2.0
            or any(
                a < e - 0.5 and b > left and abs(b - end) > RIGHT_END_TOL
                for row in segs
                for a, b in row
            )
            or any(sum(1 for a, _ in row if left <= a < right) > 1 for row in segs)
        ):
            k -= 1  # it would take the first column, another column's text lies there, or a
            continue  # row holds two runs in it
        out = sorted(
            [*(x for j, x in enumerate(out) if not (1 <= j <= k and x >= left - 2.0)), left]
        )
        k = out.index(left) - 1
    return out


def rule_columns(
    page: Page, starts: Sequence[float], top: float, bottom: float, x0: float, x1: float
) -> list[float]:
    """Column edges with the vertical rules that run down the table's rows.

    A table ruled with vertical lines only separates its columns by them, whatever its text
    does: a short table has too few lines for whitespace rivers, and a column whose header
    cell is empty (codes) shows no header edge. A rule running down most of the rows' height
    starts a column just right of it; the text's own edges stay where no rule is near.
    """
    _, vs = _split_rulings(page.rulings)
    height = bottom - top
    if height <= 0 or not vs:
        return list(starts)
    xs = []
    for x in _cluster([(v.x0 + v.x1) / 2 for v in vs]):
        if not x0 + TOL < x < x1 - TOL:
            continue
        spans = _merge_intervals(
            [(max(v.top, top), min(v.bottom, bottom)) for v in vs
             if abs((v.x0 + v.x1) / 2 - x) <= TOL and v.bottom > top and v.top < bottom]
        )  # fmt: skip
        if sum(b - a for a, b in spans) >= 0.6 * height:
            xs.append(x)
    if not xs:
        return list(starts)
    out = sorted(xs)
    left = min([x0, *starts])  # text left of the first rule is the first column
    if min(out) > left + TOL:
        out.append(left - 0.5)
    # the rules must agree with the text: every column the text shows starts just right of a
    # rule (or is the first), and the rules show more columns than the text did
    inner = [s for s in starts if s > left + TOL]
    agree = all(any(r - TOL <= s <= r + 12.0 for r in xs) for s in inner)
    return sorted(out) if agree and len(out) > len(starts) else list(starts)


def fill_columns(
    page: Page, starts: Sequence[float], top: float, bottom: float, x_hi: float
) -> tuple[list[float], float | None]:
    """Column edges with the columns that only fills make, and the table's right edge then.

    A status given by a cell's colour alone (a RAG column with no word, often no header either)
    leaves no text to find a column by: its cells are rectangles of one width stacked in the
    table's rows, narrower than the table, where no column of text starts. Each such stack
    opens a column of its own; one right of all text moves the table's right edge to it.
    """
    if not page.fills or len(starts) < 2:
        return list(starts), None
    width = max(x_hi, max(starts)) - starts[0]
    stacks: dict[tuple[int, int], list[BBox]] = {}
    for box, _ in page.fills:
        x0, y0, x1, y1 = box
        if y1 < top - TOL or y0 > bottom + TOL or x1 - x0 > 0.3 * width or x1 - x0 < 6.0:
            continue
        if x0 < starts[0] - TOL:
            continue
        stacks.setdefault((round(x0), round(x1)), []).append(box)
    out = list(starts)
    right: float | None = None
    for (x0, x1), boxes in sorted(stacks.items()):
        known = any(abs(x0 - s) <= TOL for s in starts)  # a column the plan's grid has there
        if len(boxes) < 2 and not known:
            continue
        if x0 >= x_hi:  # right of all text (a column known from the page before, too)
            right = max(right or 0.0, float(x1))
        if not any(x0 - TOL <= s < x1 - TOL for s in out):
            out.append(float(x0))
    return sorted(out), right


def align_to_header(
    starts: Sequence[float], header: Sequence[Line], among: Sequence[Line] = ()
) -> list[float]:
    """Column edges moved to the header's cells where the data's left edges mislead.

    A column of short centred values (a RAG letter) starts its data right of its left-aligned
    header, so the river finder puts the edge after the header word, which then joins the column
    before ('By when RAG'). A column with no header cell of its own, after one holding two
    header cells, starts at the second of them when that lies within a few characters. Where
    every column starts under its own header cell (see _under_header), the header cells are
    the edges.
    """
    rows = text_rows(header, among)
    if not rows or len(starts) < 2:
        return list(starts)
    head = rows[0]
    runs = segments(head)
    segs = [x0 for x0, _ in runs]
    heads = {id(ln) for ln in header}
    body = text_rows([ln for ln in among if id(ln) not in heads], among)
    body_runs = [segments(r) for r in body]  # once, not once a column
    lefts = [s for s in starts if _left_aligned(s, body_runs)]
    under = _under_header(starts, runs, 2.0 * max(head.font_size, 4.0), lefts)
    if under is not None:
        # a column's data may start a little left of its header cell: the edge is left of both
        return [
            min([x0 - 0.5, *(s for s, u in zip(starts, under, strict=True) if u == k)])
            for k, x0 in enumerate(segs)
        ]
    out = list(starts)
    for k in range(1, len(out)):
        if any(_col_of(x0, out) == k for x0 in segs):
            continue
        before = [(x0, x1) for x0, x1 in runs if _col_of(x0, out) == k - 1]
        if len(before) < 2:
            continue
        x0, x1 = before[-1]
        # within a few characters, or the edge inside the header cell itself (a right-aligned
        # column's values start right of its header, and a header cell crosses no edge)
        if 0 < out[k] - x0 <= 3.0 * max(head.font_size, 4.0) or x0 < out[k] < x1:
            out[k] = x0 - 0.5
    return out


def _left_aligned(start: float, rows: Sequence[Sequence[tuple[float, float]]]) -> bool:
    """Whether the cells starting at a column edge are left-aligned: three or more runs of
    words (rows: each row's segments) start on it and end apart (right-aligned figures that
    happen to start together, being of one width, end together too)."""
    ends = [x1 for runs in rows for x0, x1 in runs if abs(x0 - (start + 0.5)) <= 1.0]
    return len(ends) >= 3 and not _together(ends)


def _under_header(
    starts: Sequence[float],
    runs: Sequence[tuple[float, float]],
    close: float = 0.0,
    lefts: Sequence[float] = (),
) -> list[int] | None:
    """The header cell each column starts under, when each starts under one of its own: at or
    right of the cell's left edge (and, for a column of left-aligned cells, lefts, left of its
    words' end: left-aligned text starting further right, a percentage beside a bar under
    'Share done', is a column the header leaves unnamed), no two columns under one cell, the
    first under the first. Figures right-aligned (or centred) under left-aligned headers start where their
    widths put them, right of the header, so the next column's header sits left of them and
    joins the column before, and a column of centred words may leave no river at all: the
    header cells' left edges are the columns' edges then.

    close: centred words of different widths ('Blue', 'Not started') may leave two rivers a
    few characters apart under one header cell; starts within close of each other under one
    cell are that one column, when every header cell has a column under it."""
    heads = [x0 for x0, _ in runs]
    if len(heads) < 3 or len(starts) < 2:
        return None
    bounds = [*heads[1:], float("inf")]
    under = []
    for s in starts:
        cell = [
            k for k, (h, nxt) in enumerate(zip(heads, bounds, strict=True)) if h - TOL <= s < nxt
        ]
        if not cell or (s in lefts and s > runs[cell[-1]][1] + TOL):
            return None
        under.append(cell[-1])  # a start just short of a cell's edge is under that cell
    if under[0] != 0:
        return None
    if len(heads) >= len(starts):
        return under if all(a < b for a, b in zip(under, under[1:], strict=False)) else None
    shared = [
        (a, b) for a, b, ua, ub in zip(starts, starts[1:], under, under[1:], strict=False) if ua == ub
    ]  # fmt: skip
    fits = (
        sorted(set(under)) == list(range(len(heads)))
        and all(a <= b for a, b in zip(under, under[1:], strict=False))
        and all(b - a <= close for a, b in shared)
    )
    return under if fits else None


def _col_of(x0: float, starts: Sequence[float]) -> int:
    return max(bisect.bisect_right(starts, x0 + TOL) - 1, 0)


def stream_table(
    lines: Sequence[Line],
    page: int,
    columns: Sequence[float] | None = None,
    row_gap: float = 1.5,
    rules: Sequence[float] = (),
    right: float | None = None,
) -> Table | None:
    """An unruled table from lines: columns from rivers (or given), rows split by extra spacing.

    row_gap: a new row starts where the baseline pitch exceeds row_gap x the font size, or where
    the first column starts text again after being empty (a ref or number opening a row). A text
    row whose words run across a column boundary is a merged cell spanning those columns.
    right: the table's right edge when a column right of all text holds only fills (RAG).
    rules: heights of horizontal rules across the table (a table ruled with horizontal lines
    only, or shaded bands). When rules separate its text rows, they alone say where a row ends:
    everything between two rules is one row, however its lines are spaced.
    """
    starts = list(columns) if columns else stream_columns(lines)
    if len(starts) < 2:
        return None
    trows = text_rows(lines)
    if not trows:
        return None
    nc = len(starts)
    firsts = [any(_col_of(w.x0, starts) == 0 for _, w in tr.words) for tr in trows]
    page_pitch, uniform = _line_pitch(trows)
    centres = [_column_centres(tr, starts) for tr in trows]
    line_pitch = _column_pitch(trows, centres) or page_pitch
    # every line opens the key column at one even pitch: one line per row (a glossary, a
    # scorecard of short rows); no wrapped cell shows what a line break inside a row looks like
    # (the header row above them may stand apart, with its first cell empty); a short key (a
    # code) opening every line below the header says the same whatever the pitch
    body_uniform = _line_pitch(trows[1:])[1]
    keyed = len(trows) >= 4 and all(firsts[1:]) and _short_keys(trows[1:], starts)
    # a header whose first cell is blank (over a column of codes) opens no key column itself,
    # but is told by its type: bold over a plain body
    blank_key = not firsts[0] and _bold_over_plain(trows[:1], trows[1:])
    one_line_rows = len(trows) >= 3 and (
        (uniform and (all(firsts) or blank_key and all(firsts[1:])))
        or (len(trows) >= 4 and body_uniform and all(firsts[1:]))
        or keyed
    )
    # a header of two tiers (a group's label over its columns' own, '2024/25 | 2025/26', the
    # cells beside merged down over both) prints a line with the key column empty under the
    # header's first; the body lines under it still open the key column at one pitch
    tiers = 1 if one_line_rows else _header_tiers(trows, firsts)
    if tiers > 1:  # the body's lines each a row where they stand at one pitch, line to line
        body = trows[tiers:]
        pitches = [b.top - a.top for a, b in zip(body, body[1:], strict=False)]
        even = bool(pitches) and max(pitches) <= 1.15 * min(pitches)
        one_line_rows = len(body) >= 3 and all(firsts[tiers:]) and even
    between = _rules_between(trows, rules, starts)
    cuts = _cut_edges(trows, starts, max(3, int(0.15 * len(trows))))
    groups: list[list[TextRow]] = []
    refilled: set[int] = set()  # rows opened by a line filling their record's columns again
    prev: TextRow | None = None
    prev_first = False
    all_jumps = _jumps(trows, centres, row_gap, line_pitch)
    below = _jumps(trows[::-1], centres[::-1], row_gap, line_pitch)[::-1]
    align = _alignment(all_jumps, below)
    top_aligned = align == "top"
    upper = _upper_tiers(trows, firsts, rules, starts)
    wraps: set[int] = set()  # lines of a bottom-aligned table's header read as its labels' wraps
    for k, (tr, first) in enumerate(zip(trows, firsts, strict=True)):
        new = prev is None
        if 0 < k <= upper:  # a bottom-aligned header's lower lines, under its upper tiers
            new = False
        elif 0 < k <= tiers and tiers > 1:  # a lower tier of the header is the header row's
            new = k == tiers  # and the body opens under it
        elif prev is not None and align == "bottom":
            # cells set at the bottom of their rows end a row together: a row ends after a
            # line below which every column it holds text in jumps (or most, beside a cell
            # merged down); the key column's text sits at the bottom and opens nothing
            ends = below[k - 1]
            downs = sum(ends.values())
            beside = downs >= 4 and downs >= 3 * (len(ends) - downs)
            new = (bool(ends) and downs == len(ends)) or beside or one_line_rows
            # the header's wrapped labels ('Traffic' over 'light'): a line holding nothing but
            # the rest of header cells running on at the line pitch is the header's still,
            # not a body row opened beside a cell merged down; the body opens under them
            runs = {c for c, d in ends.items() if not d}
            header_wrap = len(groups) == 1 and not one_line_rows and (downs > 0 or k - 1 in wraps)
            if header_wrap and centres[k] and set(centres[k]) <= runs:
                new = False
                wraps.add(k)
            elif k - 1 in wraps:
                new = True
        elif prev is not None:
            # the space above this line in each column it has text in: a row break leaves the
            # padding above every one of them, while a cell merged down beside the rows (or a
            # cell centred in its row) sets lines between theirs, at its own pitch
            jumps = all_jumps[k]
            ups = sum(jumps.values())
            # the first column starting text again (a ref or number opening a row); a first
            # column merged down runs on at its line pitch and opens nothing
            opens = (first and not prev_first and jumps.get(0, True)) or _outline_node(tr, starts)
            # top-aligned cells open a row together: most columns start at once beside a cell
            # merged down whose lines run on (bottom-aligned cells start apart, end together)
            beside = top_aligned and ups >= 4 and ups >= 3 * (len(jumps) - ups)
            if (jumps and ups == len(jumps)) or opens or beside or one_line_rows:
                new = not _centred_inside(
                    trows,
                    k,
                    groups[-1],
                    centres,
                    line_pitch,
                    len(groups) == 1 or one_line_rows,
                    _lone_numbers(groups[-1], starts),
                )
            elif _fills_again(trows[k - 1], tr, starts):
                new = True
            elif _fills_again(groups[-1][0], tr, starts):
                # the record's first line filled again, under a line where its wrapped cell ran
                # on alone ('family' under 'Average days ... an adoptive'): the next record, its
                # first column its own (no cell merged down from the record above, however
                # evenly a fixed-width listing spaces its lines)
                new = True
                refilled.add(len(groups))
        if new:
            groups.append([tr])
        else:
            groups[-1].append(tr)
        prev, prev_first = tr, first
    heads = {id(groups[i][0]) for i in refilled}
    began: dict[int, set[int]] = {}
    if align is None:  # cells set in the middle of their rows: a merged cell bridges a break
        groups, began = _split_rekeyed(groups, trows, all_jumps, starts)
    refilled = {i for i, g in enumerate(groups) if id(g[0]) in heads}
    if between is not None:
        groups, refilled = _ruled_groups(groups, between, starts), set()
    # a row parted from the one above where a column began a cell again: that cell is its own
    opened = {(i, c) for i, g in enumerate(groups) for c in began.get(id(g[0]), ())}
    rows: list[list[Cell | None]] = []
    x_hi = max(w.x1 for tr in trows for _, w in tr.words)
    x_hi = max(x_hi, right or x_hi)
    edges = [*starts, x_hi + TOL]
    # each group's runs read once: _spans and _run_on both ask for them, and the columns they own
    found = [_runs(g, starts, cuts) for g in groups]
    spans = [_spans(g, starts, cuts, runs) for g, runs in zip(groups, found, strict=True)]
    run_on = [_run_on(g, starts, cuts, runs) for g, runs in zip(groups, found, strict=True)]
    by_row = {id(tr): c for tr, c in zip(trows, centres, strict=True)}
    down = _merged_down(groups, spans, by_row, nc, line_pitch)
    down = {rc: r for rc, r in down.items() if rc[1] != 0 or rc[0] not in refilled}
    down = {rc: r for rc, r in down.items() if rc not in opened}
    owned: list[list[list[tuple[Line, Word]]]] = [[[] for _ in range(nc)] for _ in groups]
    for r, g in enumerate(groups):
        for tr in g:
            for ln, w in tr.words:
                c = run_on[r].get(id(w), _col_of(w.x0, starts))
                c = spans[r].get(c, c)
                owned[down.get((r, c), r)][c].append((ln, w))
    for r, g in enumerate(groups):
        top, bottom = min(t.top for t in g), max(t.bottom for t in g)
        cells: list[Cell | None] = [None] * nc
        span_of = spans[r]
        for c in range(nc):
            if (c in span_of and span_of[c] != c) or (r, c) in down:
                continue
            end = max((k for k, v in span_of.items() if v == c), default=c)
            last = max((k[0] for k, v in down.items() if v == r and k[1] == c), default=r)
            low = max(bottom, max(t.bottom for t in groups[last]))
            cell = Cell(text="", bbox=(edges[c], top, edges[end + 1], low))
            if owned[r][c]:
                _fill(cell, owned[r][c])
            cells[c] = cell
        rows.append(cells)
    bbox = (starts[0], trows[0].top, x_hi, trows[-1].bottom)
    return Table(page=page, bbox=bbox, rows=rows, ruled=False)


_TIERS = 3  # the most lines a tiered header is read over (a group over its columns, a wrap)


def _header_tiers(trows: Sequence[TextRow], firsts: Sequence[bool]) -> int:
    """The lines of a tiered header over a body of one-line rows, or 1 where there is none.

    A header whose group cell ('Goals by year') stands over columns of their own ('2024/25',
    '2025/26') prints those columns' labels on a line under the header's first, the key column
    empty there (its cell merged down over both tiers). The header's lines are one row, and
    the body opens under them; where every line of the body opens the key column at one pitch,
    each is a row of its own. Read as a header whose second line leaves the key column empty,
    the body's lines ran together into one row (their pitch the only line spacing the table
    shows), or into the header's (a page's piece of one row). The header is told by its type:
    each of its lines set bold, the body's plain.

    A lower tier names columns: two labels or more on one of its lines. A header line of one
    piece under the first (a long label's last letters wrapped alone: 'Confidenc' over 'e') is
    a wrap, no tier: read as one, a page's piece of one wrapped row under the repeated header
    was cut into a row a line."""
    k = 1
    while k < min(len(trows), _TIERS) and not firsts[k]:
        k += 1
    body = trows[k:]
    if k == 1 or not body or not firsts[k]:
        return 1
    if all(len(segments(tr)) < 2 for tr in trows[1:k]):
        return 1  # wrapped labels, no columns of a lower tier
    return k if _bold_over_plain(trows[:k], body) else 1


def _bold_over_plain(head: Sequence[TextRow], body: Sequence[TextRow]) -> bool:
    """Every word of the header's lines set bold, none of the body's."""
    return all(ln.bold for tr in head for ln, _ in tr.words) and not any(
        ln.bold for tr in body for ln, _ in tr.words
    )


# the collapse and expand boxes a spreadsheet prints before an outline's group rows (a pivot
# table's '⊟ Recommendation 2: ...'): such a line opens a row of its own, however close it sits
# to the row above (a subtotal row set at the line pitch)
_OUTLINE_GLYPHS = frozenset("\u229f\u229e")


def _outline_node(tr: TextRow, starts: Sequence[float]) -> bool:
    """A line whose first word, in the first column, is an outline's collapse or expand box."""
    if not tr.words:
        return False
    w = tr.words[0][1]
    return _col_of(w.x0, starts) == 0 and w.text[:1] in _OUTLINE_GLYPHS


def _fills_again(above: TextRow, tr: TextRow, starts: Sequence[float]) -> bool:
    """A monospace line that starts the first column again and has text in every column the line
    above has text in (two or more) opens a row: a fixed-width report's wrapped cell continues
    in its own column only, so a line filling the same columns again is the next record (a
    listing of one line a row, with no blank line between)."""
    if tr.pitch is None:
        return False
    cols = {_col_of(w.x0, starts) for _, w in tr.words}
    prev = {_col_of(w.x0, starts) for _, w in above.words}
    return 0 in cols and len(prev) >= 2 and prev <= cols


def _centred_inside(
    trows: Sequence[TextRow],
    k: int,
    group: Sequence[TextRow],
    centres: Sequence[dict[int, float]],
    line_pitch: float | None,
    strict: bool = False,
    lone: frozenset[int] = frozenset(),
) -> bool:
    """Text row k sits inside the row being read, its cells centred beside taller ones.

    Vertically centred cells set a shorter cell's lines between the lines of the row's taller
    cells: its columns have space above them (the previous row's text), yet every cell the row
    holds so far runs on past it at the single line pitch. A new row's first line never sits
    between two lines of the cells of the row above; a cell merged down beside the rows runs on
    alone, while the row's other cells have ended. strict (the header row, or a table of
    one-line rows, where the lines' pitch is the rows'): line k shares no column with the row.
    lone: columns holding a number alone (_lone_numbers), merged down and centred over several
    rows, the row opened beside it: such a number ends where it starts and says nothing of
    whether the row runs on, so long as another of the row's cells does.
    """
    if line_pitch is None or k + 1 >= len(trows) or not group:
        return False
    last = {c: y for tr in group for c, y in centres[trows.index(tr)].items()}
    if not last or set(centres[k]) <= set(last):
        return False  # no shorter cell starts here: lines at one pitch, one row after another
    # a pitch well over a line's height is the rows' own (no cell wraps): it shows no cell
    # running on past a line
    font = max(tr.font_size for tr in (*group, trows[k]))
    strict = strict or line_pitch > 1.5 * font
    if strict and set(centres[k]) & set(last):
        return False  # a tiered header's label over its columns; rows of one line each
    reach = 1.25 * line_pitch
    ran = 0
    ended = 0
    for c, y in last.items():
        nxt = next((cols[c] for cols in centres[k:] if c in cols), None)
        if nxt is None or nxt - y > reach:
            if c in lone:
                continue
            if c in centres[k]:
                return False  # the column begins a cell again on line k: a new row's
            ended += 1
            continue
        ran += 1
    # a shorter cell of the row (a merged owner set in the middle of its rows) may end above
    # line k while the row's other cells run on past it: line k is the row's still, so long as
    # it begins no ended cell again and most of the row's cells run on (a cell merged down
    # beside the rows runs on alone, the others ended)
    return ran > 0 and ended <= ran


_LONE_CHARS = 3  # a number alone in its cell ('2', '12.'), at the most this long


def _lone_numbers(group: Sequence[TextRow], starts: Sequence[float]) -> frozenset[int]:
    """The columns of a row read so far as one line whose text is one short token (a
    recommendation's number merged down over its actions and set in their middle)."""
    if len(group) != 1:
        return frozenset()
    texts: dict[int, list[str]] = {}
    for _, w in group[0].words:
        texts.setdefault(_col_of(w.x0, starts), []).append(w.text)
    return frozenset(
        c
        for c, ws in texts.items()
        if len(ws) == 1 and len(ws[0]) <= _LONE_CHARS and len(texts) > 1
    )


_KEY_CHARS = 6  # a row's key ('1.3', '5c', '12.4'), at the most this long


def _key_columns(groups: Sequence[Sequence[TextRow]], starts: Sequence[float]) -> set[int]:
    """Columns that key the table's rows: under the header, every line holding text there
    holds one short token with a digit ('1.3', '5c'), in two rows or more (a page's piece
    may hold only two)."""
    seen: dict[int, int] = {}
    bad: set[int] = set()
    for g in groups[1:]:
        for c in {c for tr in g for c in _line_cols(tr, starts)}:
            seen[c] = seen.get(c, 0) + 1
        for tr in g:
            for c, ws in _line_cols(tr, starts).items():
                if not _key_token(ws):
                    bad.add(c)
    return {c for c, n in seen.items() if n >= 2 and c not in bad}


def _key_token(words: Sequence[str]) -> bool:
    """A line's words in one column are a row's key: one short token with a digit ('1.3')."""
    return len(words) == 1 and len(words[0]) <= _KEY_CHARS and any(c.isdigit() for c in words[0])


def _line_cols(tr: TextRow, starts: Sequence[float]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for _, w in tr.words:
        out.setdefault(_col_of(w.x0, starts), []).append(w.text)
    return out


def _split_rekeyed(
    groups: list[list[TextRow]],
    trows: Sequence[TextRow],
    jumps: Sequence[dict[int, bool]],
    starts: Sequence[float],
) -> tuple[list[list[TextRow]], dict[int, set[int]]]:
    """Rows read with the first lines of the row under them. A cell merged down over two rows
    and set in their middle runs on at the line pitch across the row break, so the lower row's
    first line did not open a row (not every column it holds jumps). Such a line begins a cell
    again in a column the row already holds text in (the space of a row break above it): the
    next row's. It opens that row where the rows read so hold a key column's token twice (the
    second key after it: '1.3', then '1.4'), or where the row read under them holds the next
    key and the column's cell runs on into it at the line pitch (the rest of the next action).
    A column's cell never begins twice in one row unless its text is parted by a paragraph's
    space; neither such part holds a key of its own, nor runs on into the next row. The merged
    cell's lines below are read back into the first row's cell (_merged_down), but not the
    cell that began again. Returns the groups, and for each row opened so (by the id of its
    first line) the columns that began a cell again there."""
    keys = _key_columns(groups, starts)
    began: dict[int, set[int]] = {}
    if not keys:
        return groups, began
    index = {id(tr): k for k, tr in enumerate(trows)}
    out = [list(g) for g in groups]
    r = 0
    while r < len(out):
        cut = _second_row(out[r], keys, index, jumps, starts)
        if cut is not None:
            tail = out[r][cut:]
            cols = {d for d, up in jumps[index[id(tail[0])]].items() if up}
            if _keyed(tail, keys, starts):
                out[r : r + 1] = [out[r][:cut], tail]
                began[id(tail[0])] = cols
            elif r + 1 < len(out) and _runs_into(tail, out[r + 1], keys, index, jumps, starts):
                out[r : r + 2] = [out[r][:cut], tail + out[r + 1]]
                began[id(tail[0])] = cols
        r += 1
    return out, began


def _keyed(g: Sequence[TextRow], keys: set[int], starts: Sequence[float]) -> bool:
    return any(c in keys for tr in g for c in _line_cols(tr, starts))


def _second_row(
    g: Sequence[TextRow],
    keys: set[int],
    index: dict[int, int],
    jumps: Sequence[dict[int, bool]],
    starts: Sequence[float],
) -> int | None:
    """The first line of g, under its key, beginning a cell again in a column (other than the
    key's) that holds text above it in g: the space of a row break above it there."""
    cols = [_line_cols(tr, starts) for tr in g]
    keyed = next((i for i, cs in enumerate(cols) if keys & set(cs)), None)
    if keyed is None:
        return None
    for i in range(keyed + 1, len(g)):
        for d, up in jumps[index[id(g[i])]].items():
            if up and d not in keys and any(d in cols[j] for j in range(i)):
                return i
    return None


def _runs_into(
    tail: Sequence[TextRow],
    nxt: Sequence[TextRow],
    keys: set[int],
    index: dict[int, int],
    jumps: Sequence[dict[int, bool]],
    starts: Sequence[float],
) -> bool:
    """The row under holds a key, and a column the tail opens runs on into it at the line
    pitch (no jump above its first line there)."""
    if not _keyed(nxt, keys, starts):
        return False
    opened = set(_line_cols(tail[0], starts)) - keys
    for c in opened:
        first = next((tr for tr in nxt if c in _line_cols(tr, starts)), None)
        if first is not None and not jumps[index[id(first)]].get(c, True):
            return True
    return False


def _merged_down(
    groups: Sequence[Sequence[TextRow]],
    spans: Sequence[dict[int, int]],
    by_row: dict[int, dict[int, float]],
    nc: int,
    line_pitch: float | None,
) -> dict[tuple[int, int], int]:
    """(row, column) -> the row above whose cell runs on into it: a cell merged down.

    With no horizontal rules a cell merged down beside several rows (a recommendation beside
    its actions) shows only by its text: its lines run on at the single line spacing across the
    row break, where every other column's text jumps by the padding between rows. Such a column's
    text belongs to the row where it starts, and the rows below hold nothing of their own there.
    """
    if line_pitch is None or len(groups) < 2:
        return {}
    centres: list[list[list[float]]] = []
    for g in groups:
        per: list[list[float]] = [[] for _ in range(nc)]
        for tr in g:
            for c, y in by_row[id(tr)].items():
                per[c].append(y)
        centres.append(per)
    out: dict[tuple[int, int], int] = {}
    for r in range(len(groups) - 1):
        if spans[r] or spans[r + 1]:
            continue  # a heading row across columns: no cell runs through it
        a, b = centres[r], centres[r + 1]
        jumps = {c: b[c][0] - a[c][-1] for c in range(nc) if a[c] and b[c]}
        font = max(tr.font_size for tr in (*groups[r], *groups[r + 1]))
        for c, jump in jumps.items():
            others = [j for k, j in jumps.items() if k != c]
            if not others or jump > 1.2 * line_pitch or min(others) < jump + 0.15 * font:
                continue
            out[(r + 1, c)] = out.get((r, c), r)
    return out


def _ruled_groups(
    groups: list[list[TextRow]], rules: Sequence[float], starts: Sequence[float]
) -> list[list[TextRow]]:
    """Rows cut at the rules and joined up to the next rule, when rules are the row lines.

    Rules are the row lines when they separate most rows. Then a rule always ends a row (rows
    set close together, beside a cell merged down, are told apart by it), and a row with its
    first cell empty between the same two rules as the row above goes on with it (the rest of
    an action, a second progress line). Rules that only frame a few shaded bands (section
    rows) leave the rows as spacing found them.
    """

    def ruled(above: Sequence[TextRow], b: TextRow) -> bool:
        if not rules:
            return False
        low = _low_above(above, b, starts)  # (the same for every rule: found once)
        return any(_rule_between(above, b, y, starts, low) for y in rules)

    split: list[list[TextRow]] = []
    for g in groups:
        cur = [g[0]]
        for tr in g[1:]:
            if ruled(cur, tr):
                split.append(cur)
                cur = [tr]
            else:
                cur.append(tr)
        split.append(cur)
    flags = [ruled(a, b[0]) for a, b in zip(split, split[1:], strict=False)]
    # a banner across the table (a shaded band round a recommendation) is ruled above and
    # below by its band's edges whatever the rows do: only the breaks between rows of cells
    # say whether rules are the row lines
    across = [bool(_spans(g, starts)) for g in split]
    between = [f for f, a, b in zip(flags, across, across[1:], strict=False) if not a and not b]
    # nor does a line across the table set under a row with no rule between (a note of the row,
    # 'Evidence: ...', printed inside the row's rules, the rule dropped over it): every row with
    # such a note would count one unruled break against the rules that part the rows
    counted = [f for f, b in zip(flags, across[1:], strict=False) if f or not b]
    if (
        not counted
        or sum(counted) < 0.5 * len(counted)
        or (between and sum(between) < 0.5 * len(between))
        or _header_rule_only(split, flags, starts)
    ):
        return groups
    out: list[list[TextRow]] = [split[0]]
    opened_by_rule = False  # the row out[-1] opened under a rule
    for k, (g, is_ruled) in enumerate(zip(split[1:], flags, strict=True)):
        opens = any(_col_of(w.x0, starts) == 0 for _, w in g[0].words)
        if is_ruled or (
            opens
            and not _header_wrap(split, flags, k)
            and not (opened_by_rule and _key_set_lower(out[-1], g[0], starts))
        ):
            out.append(g)
            opened_by_rule = is_ruled
        else:
            out[-1] = [*out[-1], *g]
    return out


def _key_set_lower(row: Sequence[TextRow], line: TextRow, starts: Sequence[float]) -> bool:
    """The line opening the key column goes on with the row above it, opened under a rule
    with its key column empty: the key is set lower in its row than the row's first line (centred
    down the row, as a wrapped action's cell sets it beside its second line). The row is no
    banner across the table, and the line stands one wrapped line's pitch under its last line."""
    if any(_col_of(w.x0, starts) == 0 for tr in row for _, w in tr.words) or _spans(row, starts):
        return False
    size = line.font_size
    return size > 0 and 0 < (line.top - row[-1].top) / size <= _WRAP_PITCH[1]


def _header_wrap(split: Sequence[Sequence[TextRow]], flags: Sequence[bool], k: int) -> bool:
    """Whether split[k + 1], under the header's first line with no rule between, is the
    header's wrapped line ('Inspection' / 'ref' in a narrow first column), not a row that opens
    its first column: it and every line above it are set as the header is (every word bold, the
    same size), no rule parts them, it stands one line below the line above, a rule below it
    closes the header off from the body, and the body is not bold (a table set bold throughout
    shows no header by its type). Body rows of one line each at one pitch make every line a row
    of its own before the rules are read, the header's second line too; the rules are the row
    lines, and nothing between two of them is a row of its own."""
    if any(flags[: k + 1]) or not any(flags[k + 1 :]):
        return False
    head = [tr for g in split[: k + 2] for tr in g]
    size = head[0].font_size
    if size <= 0 or any(
        not ln.bold or abs(ln.font_size - size) >= 0.5 for tr in head for ln, _ in tr.words
    ):
        return False
    above, line = split[k][-1], split[k + 1][0]
    pitch = (line.top - above.top) / size
    body_plain = any(not ln.bold for g in split[k + 2 :] for tr in g for ln, _ in tr.words)
    return body_plain and _WRAP_PITCH[0] <= pitch <= _WRAP_PITCH[1]


_UPPER_TIERS = 3  # upper lines of a bottom-aligned header, at most ('Date / we / will be / there')


def _upper_tiers(
    trows: Sequence[TextRow],
    firsts: Sequence[bool],
    rules: Sequence[float],
    starts: Sequence[float],
) -> int:
    """How many of the table's first lines are the upper tiers of a header set bottom-aligned:
    its wrapped cells' upper lines alone, the key column empty, over the header's full line that
    opens the key column (0: none). Read by spacing, the full line opened a row of its own and
    the header was cut in two (neither part naming the columns). Told by the stacking: each line
    one wrapped line's pitch over the next in the same size, every cell of it over a word of the
    next and inside one column, and a rule under the full line closes the header off from the
    body. A cell across a column's start ('Goal' centred over '2024/25 | 2025/26') is a group's
    head over its columns, not one cell's wrapped line: the tiered header reads that."""
    k = 0
    while k < min(len(trows) - 2, _UPPER_TIERS) and not firsts[k]:
        upper, line = trows[k], trows[k + 1]
        size = line.font_size
        if size <= 0 or abs(upper.font_size - size) >= 0.5:
            return 0
        if not 0 < (line.top - upper.top) / size <= _WRAP_PITCH[1]:
            return 0
        below = [w for _, w in line.words]
        cells = {id(ln): ln for ln, _ in upper.words}.values()
        if not all(any(min(c.bbox[2], b.x1) > max(c.x0, b.x0) for b in below) for c in cells):
            return 0
        spans = {id(ln): ln for ln, _ in line.words}.values()
        if any(
            c.x0 + TOL < s < c.bbox[2] - TOL and not _wrapped_over(c, spans)
            for c in cells
            for s in starts
        ):
            return 0  # a group's head across its columns
        k += 1
    if k == 0 or not firsts[k] or k + 1 >= len(trows):
        return 0
    above = trows[: k + 1]
    low = _low_above(above, trows[k + 1], starts) if rules else 0.0
    ruled = any(_rule_between(above, trows[k + 1], y, starts, low) for y in rules)
    return k if ruled else 0


def _wrapped_over(cell: Line, spans: Iterable[Line]) -> bool:
    """A cell's upper line set over its own lower line, left-aligned or centred on it ('Well on
    the' centred over 'way' in a narrow column of centred marks, whose start lies under the
    words): one cell's wrap, though it crosses the column's start. A group's head ('Goal' centred
    over '2024/25 | 2025/26') lines up with no one line under it."""
    mid = (cell.x0 + cell.bbox[2]) / 2
    return any(
        min(cell.bbox[2], b.bbox[2]) > max(cell.x0, b.x0)
        and (abs(cell.x0 - b.x0) <= TOL or abs(mid - (b.x0 + b.bbox[2]) / 2) <= TOL)
        for b in spans
    )


def _header_rule_only(
    split: Sequence[Sequence[TextRow]], flags: Sequence[bool], starts: Sequence[float]
) -> bool:
    """Only the header row is ruled off, and two rows that each hold a key meet with no rule
    between them: the rule is the header's edge, not a row line. A boxed table of two rows
    under a shaded header has as many ruled breaks as unruled ones. A key is text in the first
    column, or a token of a key's shape ('5c', '2.1') alone on its lines in a column where the
    other row holds one too (the first column may be a finding merged down over the rows,
    blank in a page's piece)."""
    if len(flags) < 2 or not flags[0] or any(flags[1:]):
        return False
    keyed = [_keys_held(g, starts) for g in split]
    return any(a & b for a, b in zip(keyed[1:], keyed[2:], strict=False))


def _keys_held(g: Sequence[TextRow], starts: Sequence[float]) -> set[int]:
    """The columns a row holds a key in: the first column's text, or a column whose every line
    in the row holds one short token with a digit ('5c', '2.1')."""
    out: set[int] = set()
    bad: set[int] = set()
    for tr in g:
        for c, ws in _line_cols(tr, starts).items():
            if c == 0:
                out.add(0)
            elif _key_token(ws):
                out.add(c)
            else:
                bad.add(c)
    return out - (bad - {0})


def _rules_between(
    trows: Sequence[TextRow], rules: Sequence[float], starts: Sequence[float]
) -> list[float] | None:
    """The rules that close text rows (between two, or just under the last), when at least two
    do: the rows are ruled."""
    if not trows:
        return None
    last = trows[-1]
    # each row's text above, and its low edge, found once, not again for every rule (a rule
    # between reads no more than the four text rows above it: _rule_between)
    aboves = [trows[max(k - 4, 0) : k] for k in range(len(trows))]
    lows: dict[int, float] = {}

    def between(k: int, b: TextRow, y: float) -> bool:
        if k not in lows:
            lows[k] = _low_above(aboves[k], b, starts)
        return _rule_between(aboves[k], b, y, starts, lows[k])

    inner = [
        y
        for y in rules
        if any(between(k, b, y) for k, b in enumerate(trows) if k)
        or last.bottom - 1.0 <= y <= last.bottom + 1.5 * last.font_size
    ]
    return inner if len(inner) >= 2 else None


def _rule_between(
    above: Sequence[TextRow],
    b: TextRow,
    y: float,
    starts: Sequence[float],
    low: float | None = None,
) -> bool:
    """Whether the rule at height y lies between the text above and line b.

    A row's rule stops short of a cell merged down beside the rows (a recommendation beside its
    actions), whose lines run on across it: the text rows on either side of the rule then hold
    that column's lines too, below the rule above it and above it below. When the only text
    the rule passes through is one column's, the rule parts the rows in every other column.
    low: _low_above(above, b, starts), where the caller has it (it is the same for every y).
    Only the last four rows of above are read (and the last's bottom)."""
    if low is None:
        low = _low_above(above, b, starts)
    if low - 1.0 <= y <= b.top + 1.0:
        return True
    if len(starts) < 3:
        return False  # (before the words the rule crosses are looked for: no answer needs them)
    near = [*above[-4:], b]
    cross = {
        _col_of(w.x0, starts)
        for tr in near
        for _, w in tr.words
        if w.top + 1.0 < y < w.bottom - 1.0
    }
    if len(cross) != 1:
        return False
    rest = [w for _, w in b.words if _col_of(w.x0, starts) not in cross]
    if not rest:
        return False
    top = min(w.top for w in rest)
    return _low_above(above, b, starts, skip=cross) - 1.0 <= y <= top + 1.0


def _low_above(
    above: Sequence[TextRow], b: TextRow, starts: Sequence[float], skip: Set[int] = frozenset()
) -> float:
    """The bottom of the text above line b in the columns b holds text in (but those skipped).

    A rule stops at a first column merged down, whose lines may run on beside it, level with
    the rule: only the columns of the next line show whether a rule lies between."""
    cols = {_col_of(w.x0, starts) for _, w in b.words} - skip
    for tr in reversed(above[-4:]):
        lows = [w.bottom for _, w in tr.words if _col_of(w.x0, starts) in cols]
        if lows:
            return max(lows)
    return above[-1].bottom


def horizontal_rules(page: Page, x0: float, x1: float) -> list[float]:
    """Heights of the page's horizontal rules that run across most of [x0, x1], or from a
    column merged down to the right edge (the rules under a merged first column stop at it).
    A rule drawn in pieces, one per cell, counts as one; a line striking words through is none."""
    strikes, _ = struck_through(page)
    hs, _ = _split_rulings([r for r in page.rulings if id(r) not in strikes])
    width = x1 - x0
    by_y: dict[float, list[tuple[float, float]]] = {}
    centres = _cluster([(h.top + h.bottom) / 2 for h in hs])
    for h in hs:
        y = min(centres, key=lambda c: abs(c - (h.top + h.bottom) / 2))
        by_y.setdefault(y, []).append((h.x0, h.x1))
    out = []
    for y, spans in by_y.items():
        for a, b in _merge_intervals(spans):
            cover = min(b, x1) - max(a, x0)
            if cover >= 0.8 * width or (cover >= 0.55 * width and b >= x1 - 12.0):
                out.append(y)
                break
    return sorted(out)


def _centre(tr: TextRow) -> float:
    return (tr.top + tr.bottom) / 2


def _line_pitch(trows: Sequence[TextRow]) -> tuple[float | None, bool]:
    """The pitch of two lines of one wrapped cell, and whether every pitch is about that.

    Cell padding adds space between rows but not between the lines inside a cell, so the
    smallest centre-to-centre pitch is the single line spacing; a pitch clearly above it opens
    a new row (HTML tables print rows only a third of a line apart, under the fixed 1.5 x font
    threshold). Pitches under 0.7 x the font are sub- or superscripts, not lines.
    """
    pitches = [
        _centre(b) - _centre(a)
        for a, b in zip(trows, trows[1:], strict=False)
        if _centre(b) - _centre(a) >= 0.7 * max(a.font_size, b.font_size, 4.0)
    ]
    if not pitches:
        return None, False
    low = min(pitches)
    return low, max(pitches) <= 1.15 * low


def _jumps(
    trows: Sequence[TextRow],
    centres: Sequence[dict[int, float]],
    row_gap: float,
    line_pitch: float | None,
) -> list[dict[int, bool]]:
    """For each text row, each of its columns: whether the space above its line there is more
    than a line break inside a cell (a column with no line above counts as no jump)."""
    last_in: dict[int, float] = {}
    out: list[dict[int, bool]] = []
    prev_font = 0.0
    for tr, cols in zip(trows, centres, strict=True):
        font = max(tr.font_size, prev_font)
        gap = min(row_gap * font, 1.25 * line_pitch) if line_pitch else row_gap * font
        out.append({c: abs(y - last_in[c]) > gap for c, y in cols.items() if c in last_in})
        last_in.update(cols)
        prev_font = tr.font_size
    return out


def _alignment(above: Sequence[dict[int, bool]], below: Sequence[dict[int, bool]]) -> str | None:
    """'top' or 'bottom' where the cells sit in their rows, None when the lines do not say.

    A clear row start is a line with a jump above it in every column it holds text in, a clear
    row end one with a jump below it in every column. Lines that are both (one-line rows,
    banners) say nothing. Top-aligned cells start together: the clear starts hold most of the
    table's columns, the clear ends only the tallest cells; bottom-aligned cells the reverse.
    A line with no line under it in any column it holds (the last row's one-line cells: a
    page's piece of a table centred in its rows ends on its last key) says nothing of its end,
    so it is no clear start either (read so, two centred rows read as top-set); nor, the same
    way up, a line with no line above it.
    """
    used = {c for j in above for c in j} | {c for j in below for c in j}
    if not used:
        return None

    def clear(j: dict[int, bool]) -> bool:
        return bool(j) and all(j.values())

    def most(sizes: list[int]) -> bool:
        return bool(sizes) and sorted(sizes)[len(sizes) // 2] >= 0.5 * len(used)

    inner = range(1, len(above) - 1)
    starts = [len(above[k]) for k in inner if clear(above[k]) and below[k] and not clear(below[k])]
    ends = [len(below[k]) for k in inner if clear(below[k]) and above[k] and not clear(above[k])]
    if most(starts) and not most(ends):
        return "top"
    if most(ends) and not most(starts):
        return "bottom"
    return None


def _short_keys(trows: Sequence[TextRow], starts: Sequence[float]) -> bool:
    """Every line's first-column text is one or two words (a code, a number), not prose."""
    return all(sum(1 for _, w in tr.words if _col_of(w.x0, starts) == 0) <= 2 for tr in trows)


def _column_centres(tr: TextRow, starts: Sequence[float]) -> dict[int, float]:
    """Each column's line in a text row by the middle of its own words: a text row gathers
    lines of several columns whose heights differ by a point or two."""
    found: dict[int, list[float]] = {}
    for _, w in tr.words:
        found.setdefault(_col_of(w.x0, starts), []).append((w.top + w.bottom) / 2)
    return {c: sum(ys) / len(ys) for c, ys in found.items()}


def _column_pitch(trows: Sequence[TextRow], centres: Sequence[dict[int, float]]) -> float | None:
    """The single line spacing, read inside columns: the smallest pitch between two lines of
    one column. Read across the page it can be a fraction of a line: a cell merged down, or
    one centred in its row, sets its lines between the other columns' lines.

    Read where the lines are set in the body's size or larger (_body_font), where any are: a
    header set smaller than the body (labels in small capitals, wrapped onto two lines) gives
    the table's smallest pitch, and against it every wrapped line of the body read as a new
    row ('Designated' / 'Nurse' two owners). Lines larger than the body (a band's heading) are
    read as before: their wider leading never sets the smallest pitch."""
    body = _body_font(trows)
    last: dict[int, tuple[float, float]] = {}
    pitches: list[tuple[float, bool]] = []
    for tr, cols in zip(trows, centres, strict=True):
        for c, y in cols.items():
            if c in last:
                pitch = y - last[c][0]
                if pitch >= 0.7 * (size := max(tr.font_size, last[c][1], 4.0)):
                    pitches.append((pitch, size >= body - _FONT_TOL))
            last[c] = (y, tr.font_size)
    if not pitches:
        return None
    in_body = [p for p, ok in pitches if ok]
    return min(in_body or [p for p, _ in pitches])


_FONT_TOL = 0.25  # points: two lines' font sizes this close are one size


def _body_font(trows: Sequence[TextRow]) -> float:
    """The font size most of the table's words are set in (its body's)."""
    sizes: Counter[float] = Counter()
    for tr in trows:
        sizes[round(tr.font_size, 1)] += len(tr.words)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _spans(
    group: Sequence[TextRow],
    starts: Sequence[float],
    cuts: Sequence[float] = (),
    runs: Sequence[tuple[int, int, TextRow, float, float]] | None = None,
) -> dict[int, int]:
    """Columns covered by a run of words that crosses a column boundary: col -> owning col.

    Runs are words at ordinary word spacing; a run that starts in one column and ends in a later
    one is a merged cell (a section heading across the table). A run cut at an edge that cells
    run up to (cuts) is two cells, not one merged. runs: the group's _runs, where read already.
    """
    out: dict[int, int] = {}
    runs = _runs(group, starts, cuts) if runs is None else runs
    owned = _own_columns(runs)
    for a, b, _, _, _ in runs:
        if any(c in owned for c in range(a + 1, b + 1)):
            continue  # a line run on past its column beside cells of their own: no merged cell
        owner = out.get(a, a)
        for c in range(a + 1, b + 1):
            out.setdefault(c, owner)
    return out


def _runs(
    group: Sequence[TextRow], starts: Sequence[float], cuts: Sequence[float] = ()
) -> list[tuple[int, int, TextRow, float, float]]:
    """Each run of words of the group: the columns it starts and ends in, its line, its extent.
    A run over an edge is cut where a word past the edge opens a cell (_cell_openings)."""
    found: list[tuple[int, int, TextRow, float, float]] = []
    edges: list[list[float]] = []
    for tr in group:
        here = list(cuts)
        if len(segments(tr, cuts)) >= 3:  # a row of cells, not a heading across the table:
            # a cell's text filling it up to the next column, whose word starts on the edge
            # (_straddles, the row's word pairs and gap read once for all the edges)
            pairs, gap = _word_pairs(tr), _row_gap(tr)
            here += [e for e in starts[1:] if e not in cuts and _straddled(pairs, gap, e, 1.0)]
        edges.append(here)
        found += _row_runs(tr, starts, here)
    if all(a == b for a, b, _, _, _ in found):
        return found
    lefts = _cell_lefts(found)
    out: list[tuple[int, int, TextRow, float, float]] = []
    for tr, here in zip(group, edges, strict=True):
        runs = [r for r in found if r[2] is tr]
        extra = [x - 0.5 for r in runs if r[1] > r[0] for x in _cell_openings(r, starts, lefts)]
        out += _row_runs(tr, starts, here + extra) if extra else runs
    return out


def _row_runs(
    tr: TextRow, starts: Sequence[float], cuts: Sequence[float]
) -> list[tuple[int, int, TextRow, float, float]]:
    """The runs of one line (segments cut at cuts), with the columns each starts and ends in."""
    found = []
    for x0, x1 in segments(tr, cuts):
        a, b = _col_of(x0, starts), _col_of(x1 - 1.0, starts)
        while b > a and x1 < starts[b] + 0.5:
            b -= 1  # a run ending short of an edge (right-aligned against it) is not over it
        found.append((a, b, tr, x0, x1))
    return found


_ALIGNED = 0.6  # points: a word starting this near a cell's other lines starts where they do


def _cell_lefts(runs: Sequence[tuple[int, int, TextRow, float, float]]) -> dict[int, list[float]]:
    """Where the group's runs that stay in one column start, by column: the left edge of each
    cell's own lines (a wrapped owner's 'Inspector, Public' / 'Protection')."""
    out: dict[int, list[float]] = defaultdict(list)
    for a, b, _, x0, _ in runs:
        if a == b and a > 0:
            out[a].append(x0)
    return out


def _cell_openings(
    run: tuple[int, int, TextRow, float, float],
    starts: Sequence[float],
    lefts: Mapping[int, Sequence[float]],
) -> list[float]:
    """Where a run over a column edge holds two cells: a word past the edge that starts where
    the cell's other lines in the row start, after a gap wider than the run's word spaces.

    A CSS grid's cells stand one column gap apart (2 mm), within the widest gap read as a word
    space at a large font size, so a cell's first line and the next cell's read as one run; a
    side bearing (a 'D' set in from a 'C') may start it past the reach an edge is read in
    (_straddled). A line run on past its column (a report's update wrapped wider) spaces its
    words evenly and lands on another cell's left edge only by chance: the wider gap and the
    alignment together say a cell opens there. Not in a monospace line, where every word stands
    on the character grid the cells' edges stand on too."""
    a, b, tr, x0, x1 = run
    if tr.pitch is not None:
        return []
    ws = [w for _, w in tr.words if x0 - 0.5 <= w.x0 and w.x1 <= x1 + 0.5]
    gaps = [q.x0 - p.x1 for p, q in zip(ws, ws[1:], strict=False)]
    out = []
    for k, w in enumerate(ws[1:]):
        c = _col_of(w.x0, starts)
        if c <= a or c > b or ws[k].x1 >= starts[c]:
            continue
        others = [g for j, g in enumerate(gaps) if j != k]
        spaced = len(others) >= 2 and gaps[k] > 1.5 * statistics.median(others)
        if spaced and any(abs(w.x0 - x) <= _ALIGNED for x in lefts.get(c, ())):
            out.append(w.x0)
    return out


def _own_columns(runs: Sequence[tuple[int, int, TextRow, float, float]]) -> set[int]:
    """Columns where a run of the group starts (a cell's own text there), of its _runs."""
    return {a for a, _, _, _, _ in runs}


def _run_on(
    group: Sequence[TextRow],
    starts: Sequence[float],
    cuts: Sequence[float] = (),
    runs: Sequence[tuple[int, int, TextRow, float, float]] | None = None,
) -> dict[int, int]:
    """Words of a line run on past its column's edge into columns with cells of their own in the
    row (a fixed-width report's 'UPDATE:' line under the action, wrapped wider than it):
    id(word) -> the column the line starts in, where its words belong."""
    runs = _runs(group, starts, cuts) if runs is None else runs
    owned = _own_columns(runs)
    out: dict[int, int] = {}
    for a, b, tr, x0, x1 in runs:
        if b > a and any(c in owned for c in range(a + 1, b + 1)):
            out.update({id(w): a for _, w in tr.words if x0 - 0.5 <= w.x0 and w.x1 <= x1 + 0.5})
    return out


# --------------------------------------------------------------------------- broken words


def mend_broken_words(table: Table, known: Mapping[str, int]) -> None:
    """Words a narrow cell broke with no hyphen put back together ('Leadershi' / 'p').

    A word too long for its cell is cut where the line is full: the line ends at the column's
    right limit (within a character) with a letter, and the next line opens with the rest in
    lower case. A line that wraps between words can end as close to the limit, so the two
    pieces are joined only when the document prints the joined word whole elsewhere, or when
    the stub is one letter that is no word ('Commissionin' / 'g Manager'); 'Head' / 'of
    Service' stays two words, and so does 'signed' / 'by' (a stub that is a word of its own
    can never be told from a wrap). A date cut in its last digits ('31/08/202' / '6') is
    joined too. known: the document's words and their counts.
    """
    n = max((len(r) for r in table.rows), default=0)
    for j in range(n):
        cells = [r[j] for r in table.rows if j < len(r) and r[j] is not None]
        ends = [ln.bbox[2] for c in cells for ln in c.lines if ln.words]  # type: ignore[union-attr]
        if not ends:
            continue
        limit = max(ends)
        for cell in cells:
            assert cell is not None
            if len(cell.lines) >= 2 and _mend_cell(cell, limit, known):
                cell.text = join_text(ln.text for ln in cell.lines)
    _mend_header_tails(table.rows, known)


def _mend_header_tails(rows: Sequence[Sequence[Cell | None]], known: Mapping[str, int]) -> None:
    """A header word a narrow column broke mid-word, its tail printed over the first row under
    it ('Referenc' / 'e' over the ref '1' of a spreadsheet's row too short for the wrapped
    header): the tail joined to the header again, and out of the cell, where it read as that
    row's text ('e 1'). The header row is bold throughout; the tail opens the cell under the
    header cell set as the header is (bold, its size) and is a cut by _broken's rule. The grid
    reader mends one-letter tails (known empty) before the plan reader sorts header bands
    from tables; mend_broken_words the rest, by the document's words."""
    for above, below in zip(rows, rows[1:], strict=False):
        heads = [ln for c in above if c is not None for ln in c.lines]
        if not heads or not all(ln.bold for ln in heads):
            continue
        for j, head in enumerate(above):
            cell = below[j] if j < len(below) else None
            if head is None or cell is None or head is cell or not head.lines or not cell.lines:
                continue
            if (tail := _mend_tail(head, cell, known)) is not None:
                _unstyle_run_on(below, *tail)


def _unstyle_run_on(row: Sequence[Cell | None], source: Line, x0: float) -> None:
    """The row's lines cut from the page's line that the header's tail opened, set as not
    bold: the reader takes a line's weight from its first character, the header's tail, not
    from the row's own text it runs on with (a header word's tail printed level with the
    first row is one line of the page with it). Left bold, the row read as a second header."""
    for c in row:
        for ln in c.lines if c is not None else ():
            if ln.page == source.page and ln.index == source.index and ln.x0 >= x0:
                ln.bold = False


def _mend_tail(head: Cell, cell: Cell, known: Mapping[str, int]) -> tuple[Line, float] | None:
    """Move the broken-off tail of head's last word from the top of cell back onto it; the
    line the tail opened and the tail's left edge where the line ran on past it (else None)."""
    last = max(head.lines, key=lambda ln: ln.top)
    first = min(cell.lines, key=lambda ln: (ln.top, ln.x0))
    if not last.words or not first.words or not first.bold:
        return None
    if abs(first.font_size - last.font_size) >= 0.5 or first.top <= last.top:
        return None
    word, tail = last.words[-1], min(first.words, key=lambda w: w.x0)
    if not _broken(word.text, tail.text, known):
        return None
    joined = Word(word.text + tail.text, word.x0, word.top, word.x1, word.bottom)
    head.lines = [_with_words(ln, [*ln.words[:-1], joined]) if ln is last else ln
                  for ln in head.lines]  # fmt: skip
    rest = [w for w in first.words if w is not tail]
    cell.lines = [ln for ln in (_with_words(x, rest) if x is first else x for x in cell.lines)
                  if ln.words]  # fmt: skip
    head.text = join_text(ln.text for ln in head.lines)
    cell.text = join_text(ln.text for ln in cell.lines)
    return (first, tail.x0) if rest and first.x0 >= tail.x0 - 0.5 else None


def _mend_cell(cell: Cell, limit: float, known: Mapping[str, int]) -> bool:
    lines = list(cell.lines)
    changed = False
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if not a.words or not b.words:
            continue
        head, tail = a.words[-1], b.words[0]
        # a one-letter stub is a cut wherever the line ends: a cell's padding may keep a long
        # word off the column's furthest line end
        near = limit - a.bbox[2] <= 0.5 * max(a.font_size, 4.0) or _stub(tail.text)
        if not near or not _broken(head.text, tail.text, known):
            continue
        joined = Word(head.text + tail.text, head.x0, head.top, head.x1, head.bottom)
        lines[i] = _with_words(a, [*a.words[:-1], joined])
        rest = b.words[1:]
        lines[i + 1] = _with_words(b, rest) if rest else _with_words(b, [])
        changed = True
    if changed:
        cell.lines = [ln for ln in lines if ln.words]
    return changed


def _broken(head: str, tail: str, known: Mapping[str, int]) -> bool:
    """Whether a line ending in head and the next opening with tail are one word cut."""
    if _DATE_PIECE.match(head) and tail.isdigit() and len(tail) <= 3:
        return True
    if not ((head[-1:].isalpha() or head[-1:] in "'’") and tail[:1].islower()):
        return False
    if _stub(tail):
        return True  # one letter that is no word ('Commissionin' / 'g Manager'): only a cut
    return known.get(_word_key(head + tail), 0) > 0


_STUB = re.compile(r"^[a-z][.,;:]?$")
_ONE_LETTER_WORDS = frozenset({"a", "i", "o"})


def _stub(tail: str) -> bool:
    """One lower-case letter that is no word of its own: the end of a word cut by the line."""
    return bool(_STUB.match(tail)) and _word_key(tail) not in _ONE_LETTER_WORDS


_DATE_PIECE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{1,3}$")


def _with_words(src: Line, words: list[Word]) -> Line:
    if not words:
        return Line(text="", bbox=src.bbox, font_size=src.font_size, bold=src.bold,
                    page=src.page, index=src.index, words=[])  # fmt: skip
    return _sub_line(src, words)


def _word_key(text: str) -> str:
    return text.lower().strip(".,;:()'’\"")


def document_words(lines: Sequence[Line]) -> Counter[str]:
    """The document's words, lower-cased and without edge punctuation, with how often each is
    printed."""
    return Counter(_word_key(w) for ln in lines for w in ln.text.split())


# --------------------------------------------------------------------------- continuation


def same_columns(a: Table, b: Table, tol: float = 3.0) -> bool:
    """Two tables share their column grid (a table continued on the next page)."""
    ea, eb = column_edges(a), column_edges(b)
    return len(ea) == len(eb) and all(abs(x - y) <= tol for x, y in zip(ea, eb, strict=True))


def column_edges(t: Table) -> list[float]:
    """Left x of each column, from the cells that are not merged across columns."""
    n = max((len(r) for r in t.rows), default=0)
    edges: list[float | None] = [None] * n
    for row in t.rows:
        for j, cell in enumerate(row):
            if cell is not None and edges[j] is None:
                edges[j] = cell.bbox[0]
    return [e for e in edges if e is not None]


def row_texts(row: Sequence[Cell | None]) -> list[str]:
    return [text_key(c.text) if c is not None else "" for c in row]


def merge_continuations(tables: Sequence[Table], header_rows: int = 1) -> list[list[Table]]:
    """Group consecutive tables that are one table broken over pages.

    A table continues the previous one when it starts a later page with the same columns; a
    repeated header row (same texts as the first table's header) is dropped from the piece.
    Returns groups in order; the caller joins their rows (see join_rows).
    """
    groups: list[list[Table]] = []
    for t in tables:
        if groups:
            last = groups[-1][-1]
            if t.page == last.page + 1 and same_columns(last, t):
                if (
                    t.rows
                    and groups[-1][0].rows
                    and row_texts(t.rows[0]) == row_texts(groups[-1][0].rows[0])
                ):
                    t.rows = t.rows[header_rows:]
                groups[-1].append(t)
                continue
        groups.append([t])
    return groups


def owner_grid(t: Table) -> list[list[Cell | None]]:
    """Every grid slot's cell: a slot covered by a merged cell gets the cell that covers it.

    The grid is read back from the cells themselves (row tops, column left edges), so it works
    for lattice and stream tables alike.
    """
    n = max((len(r) for r in t.rows), default=0)
    lefts: list[float | None] = [None] * n
    for row in t.rows:
        for j, c in enumerate(row):
            if c is not None and (lefts[j] is None or c.bbox[0] < lefts[j]):  # type: ignore[operator]
                lefts[j] = c.bbox[0]
    tops = [min((c.bbox[1] for c in row if c is not None), default=None) for row in t.rows]
    out: list[list[Cell | None]] = []
    for r, row in enumerate(t.rows):
        slots: list[Cell | None] = []
        for j in range(n):
            c = row[j] if j < len(row) else None
            if c is None and lefts[j] is not None and tops[r] is not None:
                x, y = lefts[j] + 1.0, tops[r] + 1.0  # type: ignore[operator]
                c = next(
                    (
                        t.rows[rr][jj]
                        for rr in range(r, -1, -1)
                        for jj in range(min(j, len(t.rows[rr]) - 1), -1, -1)
                        if t.rows[rr][jj] is not None
                        and _strictly_inside(x, y, t.rows[rr][jj].bbox)  # type: ignore[union-attr]
                    ),
                    None,
                )
            slots.append(c)
        out.append(slots)
    return out


def _strictly_inside(x: float, y: float, b: BBox) -> bool:
    return b[0] <= x < b[2] and b[1] <= y < b[3]


# --------------------------------------------------------------------------- parallel lists

_TIGHT = 1.15  # an item's gap is this much over the line pitch, and over any gap inside an item


def split_parallel_lists(t: Table, item_start: re.Pattern[str]) -> Table:
    """A row whose cells hold parallel lists, read as one row per item.

    Plans print one row per recommendation with its actions as a list in one cell and their
    owners, dates and ratings as lists in the cells beside it: item k of each list belongs
    together, though the lists' lines do not line up (items wrap differently). The evidence is
    the shape: one cell opens two or more items with a number or bullet (item_start), and at
    least one other cell of the row falls into as many items, by its own numbers or bullets,
    a line per item, or the wider gaps list spacing leaves between items. Cells that do not
    (the recommendation, an owner for all) stay whole over the row's items: merged down."""
    rows: list[list[Cell | None]] = []
    for row in t.rows:
        rows += _split_row(row, item_start) or [row]
    if len(rows) == len(t.rows):
        return t
    return Table(page=t.page, bbox=t.bbox, rows=rows, ruled=t.ruled)


def _split_row(row: list[Cell | None], item_start: re.Pattern[str]) -> list[list[Cell | None]]:
    """The row's items as rows, or [] when its cells hold no parallel lists."""
    anchor = next(
        (c for c in row if c is not None and len(_starts(c.lines, item_start)) >= 2), None
    )
    if anchor is None:
        return []
    n = len(_starts(anchor.lines, item_start))
    pitch = _line_pitch_within(anchor, _starts(anchor.lines, item_start))
    pieces = [None if c is None else _items(c, n, item_start, pitch) for c in row]
    if sum(1 for p in pieces if p is not None) < 3:  # the numbered list and two beside it
        return []
    out: list[list[Cell | None]] = [[] for _ in range(n)]
    for cell, items in zip(row, pieces, strict=True):
        for k in range(n):
            if items is not None:
                out[k].append(_item_cell(cell, items[k]))  # type: ignore[arg-type]
            else:
                out[k].append(cell if k == 0 else None)
    return out


def _line_top(ln: Line) -> float:
    """The line's cap height: its highest word (a line's box runs from its first glyph to its
    last, so 'practice' tops lower than 'Completed' though both sit on one pitch)."""
    words = ln.words
    return min(w.top for w in words) if words else ln.top


def _starts(lines: Sequence[Line], item_start: re.Pattern[str]) -> list[int]:
    """Indexes of the lines that open an item with a number or a bullet, when the cell opens
    with one and all open alike ('1.1', '1.2'). A sub-list's 'a)' under '1.1', or bullets
    after a lead-in ('... targeting carers for:' then '• teenagers'), are one item's parts."""
    found = [i for i, ln in enumerate(lines) if item_start.match(ln.text.strip())]
    shapes = {_label_shape(lines[i].text) for i in found}
    return found if len(shapes) == 1 and found[0] == 0 else []


def _label_shape(text: str) -> str:
    """An item label's form: digits as 9, letters as a ('2.1' and '3.4' alike, 'a)' not)."""
    label = text.split()[0]
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", label)))


def _line_pitch_within(cell: Cell, starts: Sequence[int]) -> float | None:
    """The pitch of lines inside one item of the list (a wrapped item), if any item wraps."""
    tops = [_line_top(ln) for ln in cell.lines]
    inside = [b - a for i, (a, b) in enumerate(zip(tops, tops[1:], strict=False))
              if i + 1 not in starts]  # fmt: skip
    return min(inside) if inside else None


def _items(
    cell: Cell, n: int, item_start: re.Pattern[str], pitch: float | None
) -> list[list[Line]] | None:
    """The cell's lines as n items, when they clearly fall into n; else None. pitch: the line
    pitch inside a wrapped item of the numbered list: lines a line per item stand further apart
    (list spacing), a text wrapped over n lines does not."""
    lines = cell.lines
    if len(lines) < n:
        return None
    starts = _starts(lines, item_start)
    if len(starts) >= 2:
        if len(starts) != n:
            return None
        cuts = [0, *starts[1:], len(lines)]
        return [list(lines[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    if len(lines) == n:
        tops = [_line_top(ln) for ln in lines]
        gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
        spaced = min(gaps) >= _TIGHT * pitch if pitch is not None else not _wrapped(cell)
        return [[ln] for ln in lines] if spaced else None
    return _gap_items(lines, n)


def _wrapped(cell: Cell) -> bool:
    """A line that fills the cell and runs on in lower case on the next: one text wrapped over
    lines, not a line per item."""
    x0, _, x1, _ = cell.bbox
    for a, b in zip(cell.lines, cell.lines[1:], strict=False):
        full = a.bbox[2] > x1 - 0.3 * (x1 - x0)
        if full and b.text.strip()[:1].islower() and not a.text.rstrip().endswith((".", ";")):
            return True
    return False


def _gap_items(lines: Sequence[Line], n: int) -> list[list[Line]] | None:
    """Lines cut into n items at the n - 1 widest gaps, when those stand clear of the rest."""
    tops = [_line_top(ln) for ln in lines]
    pitches = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    order = sorted(range(len(pitches)), key=lambda i: -pitches[i])
    chosen, rest = order[: n - 1], order[n - 1 :]
    if not chosen:
        return None
    low = min(pitches[i] for i in chosen)
    if rest and low < _TIGHT * max(pitches[i] for i in rest):
        return None
    if low < _TIGHT * min(pitches):
        return None
    cuts = [0, *sorted(i + 1 for i in chosen), len(lines)]
    return [list(lines[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]


def _item_cell(cell: Cell, lines: list[Line]) -> Cell:
    """One item of a list cell, boxed as its lines across the cell's width."""
    top = min(ln.bbox[1] for ln in lines)
    bottom = max(ln.bbox[3] for ln in lines)
    box = (cell.bbox[0], top - 0.5, cell.bbox[2], bottom + 0.5)
    return Cell(text=join_text(ln.text for ln in lines), bbox=box, lines=list(lines))


# --------------------------------------------------------------------------- tiered headers


def flatten_tiered_header(t: Table, is_period: Callable[[str], bool] = lambda _: False) -> Table:
    """A header of two tiers read as one row: each column's own label.

    A group header over one or more columns ('Accountability & timing' over 'Lead' | 'Date',
    'Monitoring' over 'Rating') and the tier under it that names each; the header's other
    cells are merged down over both tiers. The shape says it: the second row's slots are
    either covered from the cell above (merged down) or short labels under a header cell, with
    at least one of each. Each column takes its lowest label. A header with periods in either
    tier ('RAG by quarter' over 'Q1' .. 'Q4', '2025' over 'Jan' .. 'Dec') is left as printed:
    each tier says what the other's periods are, and their readers take both."""
    if not t.ruled or len(t.rows) < 3 or len(t.rows[0]) != len(t.rows[1]):
        return t
    top, sub = t.rows[0], t.rows[1]
    if top[0] is None:
        return t
    down = [j for j, c in enumerate(sub) if c is None]
    labels = [j for j, c in enumerate(sub) if c is not None]
    if not down or not labels:
        return t
    if any(top[j] is None or top[j].bbox[3] <= _row_bottom(sub) - 1 for j in down):  # type: ignore[union-attr]
        return t  # a slot covered from the left, not from above
    if any(not 0 < len(sub[j].text.split()) <= 6 for j in labels):  # type: ignore[union-attr]
        return t
    tiers = [sub[j].text for j in labels] + [c.text for c in top if c is not None]  # type: ignore[union-attr]
    if any(is_period(text) for text in tiers):
        return t
    header = [sub[j] if sub[j] is not None else top[j] for j in range(len(top))]
    return Table(page=t.page, bbox=t.bbox, rows=[header, *t.rows[2:]], ruled=t.ruled)


def _row_bottom(row: Sequence[Cell | None]) -> float:
    return max(c.bbox[3] for c in row if c is not None)


# --------------------------------------------------------------------------- side-by-side halves

_HALF_GAP = 2  # blank columns at most between two copies of a header printed side by side
_HEADER_SCAN = 3  # the header row is among a table's first rows (a title row may sit above it)


def repeated_header(slots: Sequence[str | None], max_gap: int = _HALF_GAP) -> list[range] | None:
    """The column ranges of a header row printed two or more times side by side, else None.

    A long table is often printed in halves beside each other to fit one sheet: the same header
    twice in one row, a narrow blank gap between the copies. The evidence is the row alone: its
    named cells are two or more copies of one sequence of distinct labels (whatever the words,
    however many columns), the copies a few blank columns apart at most and nothing after the
    last. slots: each column's header text, '' for a blank cell, None for a slot a cell merged
    from its left covers (the copies must match in their merges too).
    """
    keys = [None if s is None else text_key(s) for s in slots]
    start = next((i for i, k in enumerate(keys) if k), None)
    if start is None:
        return None
    for k in range(2, (len(keys) - start) // 2 + 1):
        seg = keys[start : start + k]
        named = [x for x in seg if x]
        if not seg[-1] or len(named) < 2 or len(set(named)) < len(named):
            continue  # a copy ends on a label; a header names each column once
        copies = [range(start, start + k)]
        at = start + k
        while (nxt := next((i for i in range(at, len(keys)) if keys[i] != ""), None)) is not None:
            if nxt - at > max_gap or keys[nxt : nxt + k] != seg:
                break
            copies.append(range(nxt, nxt + k))
            at = nxt + k
        if len(copies) >= 2 and all(x == "" for x in keys[at:]):
            return copies
    return None


def header_copies(rows: Sequence[Sequence[str | None]]) -> list[range] | None:
    """repeated_header over a table's first rows (slots as repeated_header takes them, every
    row's), where no row holds text outside the copies: halves leave their gap and margins
    empty, while a tracker's repeated period columns ('Q1 .. Q4' under two years) sit beside
    the action's own columns."""
    for slots in rows[:_HEADER_SCAN]:
        copies = repeated_header(slots)
        if copies is None:
            continue
        inside = {c for cols in copies for c in cols}
        outside = [
            c
            for row in rows
            for c, text in enumerate(row)
            if c not in inside and text and text.strip()
        ]
        return None if outside else copies
    return None


_BAND_LABELS = 3  # labels in a band's header at the least: a plan's action | owner | due ...


def band_copies(rows: Sequence[Sequence[str | None]]) -> list[range] | None:
    """The column ranges of bands of one grid each (a recommendation's band of four columns)
    printed side by side a gap apart, whose rulings met across the gap and made one table.

    The evidence is one of the first rows: every label it names is one of two or more copies
    of a run of distinct labels (three at the least) in adjacent columns, the copies apart by
    a gap the row leaves blank. Unlike halves (header_copies), text may sit between the copies
    in other rows: a neighbouring band whose rows do not line up is cut into the table there,
    and is no row of these bands (its lines, in no band, are warned where they hold refs)."""
    for slots in rows[:_HEADER_SCAN]:
        keys = [text_key(s) if s else "" for s in slots]
        named = [i for i, k in enumerate(keys) if k]
        for k in range(_BAND_LABELS, len(named) // 2 + 1):
            if len(named) % k:
                continue
            seg = [keys[i] for i in named[:k]]
            if len(set(seg)) < k:
                continue
            runs = [named[j : j + k] for j in range(0, len(named), k)]
            if any([keys[i] for i in run] != seg or run[-1] - run[0] != k - 1 for run in runs):
                continue
            if any(b[0] - a[-1] < 2 for a, b in zip(runs, runs[1:], strict=False)):
                continue  # copies touching: repeated period columns, no bands a gap apart
            return [range(run[0], run[-1] + 1) for run in runs]
    return None


def split_side_by_side(t: Table) -> list[Table]:
    """A table printed as side-by-side copies under one repeated header, as one table per copy,
    left to right: the right copy's rows go on from the left's (read after it). Rows a copy
    leaves blank (a short last copy) are dropped; a table with no repeated header is itself."""
    slots = [[None if c is None else c.text for c in row] for row in t.rows]
    halves = header_copies(slots)
    copies = halves or band_copies(slots)
    if copies is None:
        return [t]
    # a neighbouring band's row cut into the grid between the copies is a piece of its own
    between = [] if halves else rows_between_bands(t, copies)
    pieces: list[Table] = []
    for cols in copies:
        parts = [row[cols.start : cols.stop] for row in t.rows]
        rows = [p for p in parts if any(c is not None and c.text.strip() for c in p)]
        cells = [c for row in rows for c in row if c is not None]
        if len(rows) < 2:
            continue  # a copy holding only its header: nothing printed there
        box = (
            min(c.bbox[0] for c in cells),
            min(c.bbox[1] for c in cells),
            max(c.bbox[2] for c in cells),
            max(c.bbox[3] for c in cells),
        )
        pieces.append(Table(t.page, box, rows, t.ruled))
    return [*pieces, *between] if pieces else [t]
