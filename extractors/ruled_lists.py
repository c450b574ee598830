"""A list printed as a table of rows parted by rules, with no header row: read as a table.

A plan may print its recommendations as a table whose rows are parted by horizontal rules
alone (a rule under each row, or over each, or between them), no header row and no upright
rules: a label cell ('Recommendation 1'), the recommendation's text, and cells of its own
beside them (a reference, 'see Appendix E'). The unruled-table pass starts from a header row
and finds none (or takes the first row's first line, 'Recommendation | Improve the ... |
see', for one), so its lines stay paragraphs: read line by line, a cell level with the text's
first line is read between that line and the text's wrap, and a narrow label cell broken in
a word ('Recommendatio' / 'n 1') names no recommendation. So this reads before that pass.

The evidence, no plan's wording:

- the rows: two rules or more of one width (a rule drawn in pieces, one per cell, joined),
  one over the other; every band between two of them
  is a row, and so is the band right above the first (right under the last) where its lines
  stand as close to the rule, and to each other, as a row's lines between rules do;
- the columns: where the rows' lines start (or a line's words after a gutter: the reader
  joins cells level with each other into one line), shared by the rows, no word running over
  a column's start (a paragraph across the rules is prose, no table);
- the list: every row states a recommendation (plan_recommendations.listed_in_raw), so the
  table is read only where it is the list, and its rows are left to the plan's lists.

Pure: builds tables from the page's lines and rulings; no I/O.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Mapping, Sequence

from plantrace.pipeline.document import BBox, Cell, Line, Page, Ruling, Table, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import line_within, mend_broken_words, struck_through

MIN_RULES = 2  # rules of one width, one over the other: rows parted by rules
MIN_ROWS = 2  # rows of a list
MIN_COLUMNS = 2  # a label and its text at the least
MIN_WIDTH = 72.0  # points: a rule across a table, not an underline under a word
THIN = 2.0  # points: a rule's height at most
EDGE = 3.0  # points: rules whose ends lie this close are of one table
START = 4.0  # points: lines starting this close start one column
LEVEL = 2.0  # points: lines whose tops lie this close are one line of the row
SLACK = 0.5  # font sizes: more room than the rows show, for a row above or below the rules
GUTTER = 1.0  # font sizes: a gap this wide inside a line parts two cells


def ruled_lists(
    page: Page,
    lines: list[Line],
    known: Mapping[str, int],
    is_list: Callable[[Table], bool],
) -> tuple[list[Table], list[Line]]:
    """The tables of rows parted by rules that is_list takes for a list (every row an item),
    and the lines left. known: the document's words (a word broken in a narrow cell is mended
    before is_list reads the rows)."""
    found: list[Table] = []
    left = list(lines)
    for ys, x0, x1 in _rule_stacks(page):
        inside = [ln for ln in left if ln.x0 >= x0 - EDGE and ln.bbox[2] <= x1 + EDGE]
        for run in _runs(inside, ys):
            t = _table(page, inside, run, x0, x1)
            if t is None:
                continue
            mend_broken_words(t, known)
            if not is_list(t):
                continue
            found.append(t)
            left = [ln for ln in left if not _inside(ln, t.bbox)]
    return found, left


def _rule_stacks(page: Page) -> list[tuple[list[float], float, float]]:
    """(heights, left, right) of each stack of MIN_RULES thin horizontal rules or more that
    share their ends: a rule drawn in pieces (a browser draws each cell's border), or twice,
    counts once."""
    strikes, _ = struck_through(page)
    stacks: list[tuple[list[float], float, float]] = []
    for y, x0, x1 in _whole_rules([r for r in page.rulings if id(r) not in strikes]):
        for ys, a, b in stacks:
            if abs(a - x0) <= EDGE and abs(b - x1) <= EDGE:
                if y - ys[-1] > THIN:
                    ys.append(y)
                break
        else:
            stacks.append(([y], x0, x1))
    return [s for s in stacks if len(s[0]) >= MIN_RULES]


def _whole_rules(rulings: Sequence[Ruling]) -> list[tuple[float, float, float]]:
    """(height, left, right) of each rule, top to bottom: the thin horizontal pieces at one
    height that touch end to end joined, those MIN_WIDTH long or more kept."""
    thin = sorted(
        (r for r in rulings if r.bottom - r.top <= THIN and r.x1 > r.x0),
        key=lambda r: ((r.top + r.bottom) / 2, r.x0),
    )
    rows: list[list[Ruling]] = []
    for r in thin:
        if (
            rows
            and abs((r.top + r.bottom) / 2 - (rows[-1][0].top + rows[-1][0].bottom) / 2) <= THIN
        ):
            rows[-1].append(r)
        else:
            rows.append([r])
    out: list[tuple[float, float, float]] = []
    for row in rows:
        y = statistics.median((r.top + r.bottom) / 2 for r in row)
        spans: list[list[float]] = []
        for r in sorted(row, key=lambda r: r.x0):
            if spans and r.x0 <= spans[-1][1] + EDGE:
                spans[-1][1] = max(spans[-1][1], r.x1)
            else:
                spans.append([r.x0, r.x1])
        out += [(y, a, b) for a, b in spans if b - a >= MIN_WIDTH]
    return out


Run = tuple[float, list[float], float]  # the rule before the rows, theirs, the rule after


def _runs(lines: Sequence[Line], ys: list[float]) -> list[Run]:
    """Each run of bands between the rules that stand in shared columns: two tables ruled
    alike on one page (the recommendations and the measures) share a stack of rules, and the
    band between them holds headings and paragraphs in one column, or lines across the
    columns."""
    out: list[Run] = []
    run: list[int] = []
    prev: list[float] = []
    edges = [-math.inf, *ys, math.inf]

    def close() -> None:
        out.append((edges[run[0]], ys[run[0] : run[-1] + 2], edges[run[-1] + 3]))
        run.clear()

    for k, (a, b) in enumerate(zip(ys, ys[1:], strict=False)):
        band = _band(lines, a, b)
        starts = _starts([band]) if band else []
        columned = len(starts) >= MIN_COLUMNS and _pieces(band, starts) is not None
        if run and (not columned or _shared(prev, starts) < MIN_COLUMNS):
            close()
        if columned:
            run.append(k)
            prev = starts
    if run:
        close()
    return out


def _shared(a: Sequence[float], b: Sequence[float]) -> int:
    return sum(1 for x in a if any(abs(x - y) <= START for y in b))


def _table(page: Page, lines: list[Line], run: Run, x0: float, x1: float) -> Table | None:
    """The table of the rows the rules part, and of the row right above (under) them, or None
    where the lines do not stand in columns shared by the rows."""
    before, ys, after = run
    starts = _starts([_band(lines, a, b) for a, b in zip(ys, ys[1:], strict=False)])
    if len(starts) < MIN_COLUMNS:
        return None
    ruled: list[tuple[float, float, list[Line]]] = []
    for a, b in zip(ys, ys[1:], strict=False):
        band = _pieces(_band(lines, a, b), starts)
        if band is None or _filled(band, starts) < MIN_COLUMNS:
            return None
        ruled.append((a, b, band))
    bands = [band for _, _, band in ruled]
    font = statistics.median(ln.font_size for b in bands for ln in b)
    gap = max(_gaps(b) for b in bands) + SLACK * font
    under = max(b - max(ln.bottom for ln in band) for _, b, band in ruled) + SLACK * font
    over = max(min(ln.top for ln in band) - a for a, _, band in ruled) + SLACK * font
    above = _beyond(_band(lines, before, ys[0]), ys[0], starts, (under, gap), up=True)
    below = _beyond(_band(lines, ys[-1], after), ys[-1], starts, (over, gap), up=False)
    rows = [b for b in [above, *bands, below] if b and _filled(b, starts) >= MIN_COLUMNS]
    if len(rows) < MIN_ROWS:
        return None
    cells = [_cells(b, starts) for b in rows]
    box = lines_bbox([ln for b in rows for ln in b])
    return Table(page=page.number, bbox=(x0, box[1], x1, box[3]), rows=cells, ruled=False)


def _band(lines: Sequence[Line], top: float, bottom: float) -> list[Line]:
    return [ln for ln in lines if top < (ln.top + ln.bottom) / 2 < bottom]


def _opens(ln: Line) -> list[float]:
    """Where a line's cells start: its own start, and a word's after a gutter (cells level
    with each other joined into one line by the reader)."""
    gutter = GUTTER * max(ln.font_size, 4.0)
    words = sorted(ln.words, key=lambda w: w.x0)
    return [ln.x0, *(b.x0 for a, b in zip(words, words[1:], strict=False) if b.x0 - a.x1 >= gutter)]


def _starts(bands: Sequence[Sequence[Line]]) -> list[float]:
    """The columns' left edges: where cells start in most of the rows (in the one row there
    is, where there is one)."""
    clusters: list[list[tuple[float, int]]] = []
    for k, band in enumerate(bands):
        for x in (x for ln in band for x in _opens(ln)):
            near = next((c for c in clusters if abs(c[0][0] - x) <= START), None)
            if near is None:
                clusters.append([(x, k)])
            else:
                near.append((x, k))
    need = max(1, (len(bands) + 1) // 2)
    return sorted(min(x for x, _ in c) for c in clusters if len({k for _, k in c}) >= need)


def _col(x: float, starts: Sequence[float]) -> int:
    return max((j for j, s in enumerate(starts) if x >= s - START), default=0)


def _pieces(band: Sequence[Line], starts: Sequence[float]) -> list[Line] | None:
    """The band's lines cut at the columns' starts, each piece in one column; None where a
    word runs over a start (text across the columns, no cell)."""
    out: list[Line] = []
    for ln in band:
        inner = [s for s in starts[1:] if ln.x0 < s - START < ln.bbox[2]]
        if any(w.x0 < s - START and w.x1 > s - 1.0 for s in inner for w in ln.words):
            return None
        edges = [-math.inf, *inner, math.inf]
        parts = [
            line_within(ln, a - START, b - START) for a, b in zip(edges, edges[1:], strict=False)
        ]
        out += [p for p in parts if p is not None and p.words]
    return sorted(out, key=lambda ln: (ln.top, ln.x0))


def _filled(band: Sequence[Line], starts: Sequence[float]) -> int:
    return len({_col(ln.x0, starts) for ln in band})


def _beyond(
    lines: Sequence[Line], rule: float, starts: list[float], room: tuple[float, float], up: bool
) -> list[Line]:
    """The row right above the first rule (up) or right under the last: lines as close to the
    rule as the rows' lines stand to theirs, each as close to the next as a row's lines are
    (room: those two distances), none across the columns. Empty where there is none."""
    pad, gap = room
    side = sorted(lines, key=lambda ln: -ln.bottom if up else ln.top)
    row: list[Line] = []
    edge = rule
    for ln in side:
        apart = (edge - ln.bottom) if up else (ln.top - edge)
        if apart > (gap if row else pad) and not _level(ln, row):
            break
        pieces = _pieces([ln], starts)
        if pieces is None:
            break
        row += pieces
        edge = min(edge, ln.top) if up else max(edge, ln.bottom)
    return sorted(row, key=lambda ln: (ln.top, ln.x0))


def _level(ln: Line, row: Sequence[Line]) -> bool:
    return any(abs(ln.top - o.top) <= LEVEL for o in row)


def _gaps(band: Sequence[Line]) -> float:
    """The widest gap between one line of a row and the next one in its column."""
    widest = 0.0
    order = sorted(band, key=lambda ln: ln.top)
    for i, ln in enumerate(order):
        nxt = next((o for o in order[i + 1 :] if o.top > ln.bottom - LEVEL and _over(ln, o)), None)
        if nxt is not None:
            widest = max(widest, nxt.top - ln.bottom)
    return widest


def _over(a: Line, b: Line) -> bool:
    return min(a.bbox[2], b.bbox[2]) > max(a.x0, b.x0)


def _cells(band: Sequence[Line], starts: Sequence[float]) -> list[Cell | None]:
    cols: list[list[Line]] = [[] for _ in starts]
    for ln in band:
        cols[_col(ln.x0, starts)].append(ln)
    return [
        Cell(text=join_text(ln.text for ln in c), bbox=lines_bbox(c), lines=c) if c else None
        for c in cols
    ]


def _inside(ln: Line, box: BBox) -> bool:
    x, y = (ln.x0 + ln.bbox[2]) / 2, (ln.top + ln.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
