"""A list printed as a table of rows parted by rules, with no header row: read as a table.

A plan may print its recommendations as a table whose rows are parted by horizontal rules
alone (a rule under each row, or over each, or between them), no header row and no upright
rules: a label cell ('Recommendation 1'), the recommendation's text, and cells of its own
beside them (a reference, 'see Appendix E'). The unruled-table pass starts from a header row
and finds none, so its lines stay paragraphs: read line by line, a cell level with the text's
first line is read between that line and the text's wrap, and a narrow label cell broken in
a word ('Recommendatio' / 'n 1') names no recommendation.

The evidence, no plan's wording:

- the rows: two rules or more of one width, one over the other; every band between two of them
  is a row, and so is the band right above the first (right under the last) where its lines
  stand as close to the rule, and to each other, as a row's lines between rules do;
- the columns: where the rows' lines start, shared by the rows, no line running over the
  next column's start (a paragraph across the rules is prose, no table);
- the list: every row states a recommendation (plan_recommendations.listed_in_raw), so the
  table is read only where it is the list, and its rows are left to the plan's lists.

Pure: builds tables from the page's lines and rulings; no I/O.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence

from plantrace.pipeline.document import BBox, Cell, Line, Page, Ruling, Table, lines_bbox
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import mend_broken_words, struck_through

MIN_RULES = 2  # rules of one width, one over the other: rows parted by rules
MIN_ROWS = 2  # rows of a list
MIN_COLUMNS = 2  # a label and its text at the least
MIN_WIDTH = 72.0  # points: a rule across a table, not an underline under a word
THIN = 2.0  # points: a rule's height at most
EDGE = 3.0  # points: rules whose ends lie this close are of one table
START = 4.0  # points: lines starting this close start one column
LEVEL = 2.0  # points: lines whose tops lie this close are one line of the row
SLACK = 0.5  # font sizes: more room than the rows show, for a row above or below the rules


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
        t = _table(page, left, ys, x0, x1)
        if t is None:
            continue
        mend_broken_words(t, known)
        if not is_list(t):
            continue
        held = {id(ln) for row in t.rows for c in row if c is not None for ln in c.lines}
        # a mended cell holds new lines: its source lines are the ones inside its box
        held |= {id(ln) for ln in left if _inside(ln, t.bbox)}
        found.append(t)
        left = [ln for ln in left if id(ln) not in held]
    return found, left


def _rule_stacks(page: Page) -> list[tuple[list[float], float, float]]:
    """(heights, left, right) of each stack of MIN_RULES thin horizontal rules or more that
    share their ends: a rule drawn in pieces, or twice, counts once."""
    strikes, _ = struck_through(page)
    rules = [r for r in page.rulings if id(r) not in strikes and _thin_across(r)]
    stacks: list[tuple[list[float], float, float]] = []
    for r in sorted(rules, key=lambda r: r.top):
        y = (r.top + r.bottom) / 2
        for ys, x0, x1 in stacks:
            if abs(x0 - r.x0) <= EDGE and abs(x1 - r.x1) <= EDGE:
                if y - ys[-1] > THIN:
                    ys.append(y)
                break
        else:
            stacks.append(([y], r.x0, r.x1))
    return [s for s in stacks if len(s[0]) >= MIN_RULES]


def _thin_across(r: Ruling) -> bool:
    return r.bottom - r.top <= THIN and r.x1 - r.x0 >= MIN_WIDTH


def _table(page: Page, lines: list[Line], ys: list[float], x0: float, x1: float) -> Table | None:
    """The table of the rows the rules part, or None where the lines do not stand in columns
    shared by the rows."""
    inside = [ln for ln in lines if ln.x0 >= x0 - EDGE and ln.bbox[2] <= x1 + EDGE]
    ruled = [(a, b, _band(inside, a, b)) for a, b in zip(ys, ys[1:], strict=False)]
    ruled = [r for r in ruled if r[2]]
    bands = [band for _, _, band in ruled]
    if not bands:
        return None
    starts = _starts(bands)
    if len(starts) < MIN_COLUMNS or any(_straddles(b, starts) for b in bands):
        return None
    font = statistics.median(ln.font_size for b in bands for ln in b)
    gap = max(_gaps(b) for b in bands) + SLACK * font
    under = max(b - max(ln.bottom for ln in band) for _, b, band in ruled) + SLACK * font
    over = max(min(ln.top for ln in band) - a for a, _, band in ruled) + SLACK * font
    above = _beyond(inside, ys[0], starts, (under, gap), up=True)
    below = _beyond(inside, ys[-1], starts, (over, gap), up=False)
    rows = [b for b in [above, *bands, below] if b and _filled(b, starts) >= MIN_COLUMNS]
    if len(rows) < MIN_ROWS or any(_filled(b, starts) < MIN_COLUMNS for b in bands):
        return None
    cells = [_cells(b, starts) for b in rows]
    box = lines_bbox([ln for b in rows for ln in b])
    return Table(page=page.number, bbox=(x0, box[1], x1, box[3]), rows=cells, ruled=False)


def _band(lines: Sequence[Line], top: float, bottom: float) -> list[Line]:
    return [ln for ln in lines if top < (ln.top + ln.bottom) / 2 < bottom]


def _starts(bands: Sequence[Sequence[Line]]) -> list[float]:
    """The columns' left edges: where lines start in most of the rows (in the one row there
    is, where there is one)."""
    clusters: list[list[tuple[float, int]]] = []
    for k, band in enumerate(bands):
        for ln in band:
            near = next((c for c in clusters if abs(c[0][0] - ln.x0) <= START), None)
            if near is None:
                clusters.append([(ln.x0, k)])
            else:
                near.append((ln.x0, k))
    need = max(1, (len(bands) + 1) // 2)
    starts = [min(x for x, _ in c) for c in clusters if len({k for _, k in c}) >= need]
    return sorted(starts)


def _col(ln: Line, starts: Sequence[float]) -> int:
    return max((j for j, s in enumerate(starts) if ln.x0 >= s - START), default=0)


def _straddles(band: Sequence[Line], starts: Sequence[float]) -> bool:
    """A line running over the next column's start: text across the columns, no cell."""
    for ln in band:
        j = _col(ln, starts)
        if j + 1 < len(starts) and ln.bbox[2] > starts[j + 1] - 1.0:
            return True
    return False


def _filled(band: Sequence[Line], starts: Sequence[float]) -> int:
    return len({_col(ln, starts) for ln in band})


def _beyond(
    lines: Sequence[Line], rule: float, starts: list[float], room: tuple[float, float], up: bool
) -> list[Line]:
    """The row right above the first rule (up) or right under the last: lines as close to the
    rule as the rows' lines stand to theirs, each as close to the next as a row's lines are
    (room: those two distances), none across the columns. Empty where there is none."""
    pad, gap = room
    side = [ln for ln in lines if ((ln.bottom <= rule) if up else (ln.top >= rule))]
    side.sort(key=lambda ln: -ln.bottom if up else ln.top)
    row: list[Line] = []
    edge = rule
    for ln in side:
        apart = (edge - ln.bottom) if up else (ln.top - edge)
        if apart > (gap if row else pad) and not _level(ln, row):
            break
        if _straddles([ln], starts):
            break
        row.append(ln)
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
    for ln in sorted(band, key=lambda ln: (ln.top, ln.x0)):
        cols[_col(ln, starts)].append(ln)
    return [
        Cell(text=join_text(ln.text for ln in c), bbox=lines_bbox(c), lines=c) if c else None
        for c in cols
    ]


def _inside(ln: Line, box: BBox) -> bool:
    x, y = (ln.x0 + ln.bbox[2]) / 2, (ln.top + ln.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
