"""A header row whose wrapped cells stand at several heights: its cells, read down each column.

Why: a browser sets a table's cells in the middle of their row (vertical-align: middle, the
default for a th). Where some header cells wrap ('Figure this / round', 'End-state / figure')
and others do not ('Metric name'), the one-line cells print at the middle of the row and the
wrapped ones above and below them: no line of the header holds all its cells. Read line by
line, the top line ('Figure this   End-state') named two columns of four and the middle one
('Metric name   First reading') two others; neither read as a row of column headers, the table
under them was never read, and its measures were lost (kpi_table_unread said so).

The evidence is the type and the stacking, never the words:
- the row: lines all bold, of one size, each starting within a line's gap below the one
  above (lines of a middle-aligned row overlap in height), none bold of that size just above
  the first (the stack is read from its top line only, as the table is read from there);
- its cells: the runs of words (parted by a cell's gap) whose x-spans overlap, read top to
  bottom as one cell's text; a run across two cells' spans is no header (a banner, a
  paragraph); two runs of one line under one run, or a cell's next line a line's space below
  its last (no wrap: a line between them left empty), are a header of two tiers (a group's
  label over its columns: pipeline.tables reads those); two cells at least must come of it;
- set in the middle: every cell's lines centred on the head's middle (a cell whose lines
  stand at the head's foot alone is a lower tier: 'Start | End' under 'Dates').

Whether the cells name a table's columns is the caller's to judge (plan_columns._header_like),
and only where no line of the head does so alone: a head whose fullest line names its columns
is read from that line, its wrapped cells' upper lines as tiers, as before.
Pure: reads lines in reading order; no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.pipeline.document import Line, Word

ROW_TOL = 2.0  # points: lines of one row start this close in height
STACK_GAP = 0.5  # font sizes: a wrapped cell's next line starts within this of the row's foot
SIZE_TOL = 0.5  # points: lines of one header are set in one size
CENTRE_TOL = 0.35  # font sizes: a cell's lines centred this close on the head's middle


def word_runs(words: Sequence[Word], gap: float) -> list[list[Word]]:
    """The words in x order, parted into runs where the space between two is wider than `gap`
    (a run's extent: its first word's x0 to its last's x1). The one splitter of a line into
    runs: plan_columns.gap_runs is its texts."""
    runs: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if runs and w.x0 - runs[-1][-1].x1 <= gap:
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def _next_line(x: Line, end: float, last: float, size: float) -> bool:
    """Line x is a cell's next line, its last line ending at `end` and starting at `last`:
    within a line's gap below that line's foot, or within a line's pitch of its top. A line's
    foot is its glyphs' (a line of no descender, 'Where we want to', ends higher than one with
    'g' or 'p'), so the gap alone can pass a line's gap where the pitch is a wrap's."""
    return x.top - end <= STACK_GAP * size or x.top - last <= (1 + STACK_GAP) * size


def stacked_head(order: Sequence[Line], i: int, gap: float) -> tuple[list[str], list[Line]] | None:
    """The cells of a bold header row opening at line i whose cells stand at several heights,
    each read down its column, and the head's lines; None where the line opens no such row (not
    bold, one height only, a bold line of its size stacked just above it, a run across two
    cells, a lower tier, a cell not centred)."""
    ln = order[i]
    size = ln.font_size

    def _kin(x: Line) -> bool:
        return x.bold and abs(x.font_size - size) <= SIZE_TOL and bool(x.text.strip())

    row = [x for x in order if abs(x.top - ln.top) <= ROW_TOL]
    if not all(_kin(x) for x in row):
        return None
    top = min(x.top for x in row)
    if any(
        _kin(x) and x.top < top - ROW_TOL and top - x.top <= (1 + STACK_GAP) * size for x in order
    ):
        return None  # a line of the same head above: the head opens there
    stack = list(row)
    bottom = max(x.bottom for x in row)
    for x in sorted(order, key=lambda x: x.top):
        if x.top <= top + ROW_TOL or any(x is y for y in stack):
            continue
        if x.top - bottom > STACK_GAP * size:
            break
        if not _kin(x):
            break  # the rows under the head open in plain type
        stack.append(x)
        bottom = max(bottom, x.bottom)
    heights = {round(x.top / ROW_TOL) for x in stack}
    if len(heights) < 2:
        return None
    spans: list[tuple[float, float]] = []  # each cell's x-span, with its lines' texts
    texts: list[list[str]] = []
    owners: list[set[int]] = []  # the lines each cell's texts come from
    ends: list[float] = []  # the foot of each cell's last line so far
    tops: list[float] = []  # the top of each cell's first line
    lasts: list[float] = []  # the top of each cell's last line so far
    for n, x in enumerate(sorted(stack, key=lambda x: (x.top, x.x0))):
        for run in word_runs(x.words, gap):
            x0, x1, text = run[0].x0, run[-1].x1, " ".join(w.text for w in run)
            hit = [k for k, (a, b) in enumerate(spans) if x0 < b and x1 > a]
            if len(hit) > 1:
                return None  # a run across two cells: a banner or a paragraph, no header
            if hit and (
                n in owners[hit[0]] or not _next_line(x, ends[hit[0]], lasts[hit[0]], size)
            ):
                # two runs of a line under one, or a line a line's space below the cell's
                # last: a group's label over its columns (a header of two tiers), no wrap
                return None
            if hit:
                a, b = spans[hit[0]]
                spans[hit[0]] = (min(a, x0), max(b, x1))
                texts[hit[0]].append(text)
                owners[hit[0]].add(n)
                ends[hit[0]] = max(ends[hit[0]], x.bottom)
                lasts[hit[0]] = x.top
            else:
                spans.append((x0, x1))
                texts.append([text])
                owners.append({n})
                ends.append(x.bottom)
                tops.append(x.top)
                lasts.append(x.top)
    if len(spans) < 2:
        return None
    # set in the middle of the row: every cell's lines centred on the head's ('Start' alone
    # under 'Dates' sits at its foot: a lower tier)
    middle = (top + bottom) / 2
    if any(abs((a + b) / 2 - middle) > CENTRE_TOL * size for a, b in zip(tops, ends, strict=True)):
        return None
    cells = [" ".join(texts[k]) for k in sorted(range(len(spans)), key=lambda k: spans[k][0])]
    return cells, stack
