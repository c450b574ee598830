"""A cell merged down over several rows of an unruled table, its text set in the middle or at
the bottom of the rows it covers: each of those rows' value.

Word prints a cell merged down over the actions that share it (one owner for three actions)
as one text, placed as the table's cells are placed in their rows: at the top (read where
its lines run on, pipeline.tables), in the middle or at the bottom. With no rules between the
rows, only that placement says which rows the text covers:

- in the middle: the text's middle is the middle of the rows it covers, the rows around it
  whose cell is blank (the text may sit between two rows, read as a row of its own holding
  nothing else);
- at the bottom: the text ends with the last row it covers, the rows above it whose cell is
  blank, up to the previous row that has one.

How the table places its cells is read from its own rows: a one-line reference beside an
action of several lines sits at the action's top, middle or bottom. A merged cell cut by a page
break prints its text in its first page's part: the blank rows a page opens with, going on with
the group (the references' leading number) of the page before's last rows, are that cell's, not
the next text's below them. A text centred on rows a page opens with, from its top, is theirs,
though they go on with the page before's group (a cell of their own). A merged cell cut by the
page may print its text at the top of its first part (not where the table sets its cells): a
text level with its row's top, over the group's blank rows down to the page's end and the
group's blank rows the next page opens with, is all those rows' where nothing else covers them.
The printer may set a merged cell at its first row's top on one page too: a text level with
its row's top and centred on no rows covers its group's blank rows under it that no centred
text took.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from plantrace.extractors.plan_columns import PlanTable, Row
from plantrace.pipeline.document import Cell
from plantrace.pipeline.normalise.owners import ends_open

_LEAD = re.compile(r"\d+")
STRAY_CHARS = 3  # a number alone in its cell ('3', '12.'), at the most this long
SHARED_ROLES = ("owner",)  # the columns whose cells a plan merges over the actions sharing them
PLACED_VOTES = 2  # rows that show where the table sets its cells, at the least
CENTRE_SLACK = 0.6  # line heights: the text's middle this close to the rows' middle
PITCH = 1.6  # line heights: a text's next line lies this close under the line above it
SPACE_EM = 0.2  # font sizes: the narrowest space between two words of a line
LEFT_SLACK = 3.0  # points: lines of one left-set column start this close to its left edge


def spread_merged_cells(table: PlanTable) -> None:
    """Each merged cell's text given to the blank rows it covers (in place): in an unruled
    table whose cells sit in the middle or at the bottom of their rows."""
    if not table.pieces or any(t.ruled for t in table.pieces):
        return
    placed = placement(table)
    if placed not in ("middle", "bottom"):
        return
    for role in SHARED_ROLES:
        for col in table.cols(role):
            _spread(table, col, placed)


def placement(table: PlanTable) -> str | None:
    """'top', 'middle' or 'bottom': where a one-line reference sits beside an action of several
    lines in most such rows; None where too few rows say, or they disagree."""
    ref_c, ac = table.col("ref"), table.col("action")
    if ref_c is None or ac is None:
        return None
    votes: Counter[str] = Counter()
    for row in table.rows:
        ref, act = _cell(row, ref_c), _cell(row, ac)
        if ref is None or act is None or len(ref.lines) != 1 or len(act.lines) < 2:
            continue
        line = ref.lines[0]
        top, bottom = min(x.top for x in act.lines), max(x.bottom for x in act.lines)
        gaps = {
            "top": abs(line.top - top),
            "middle": abs((line.top + line.bottom) / 2 - (top + bottom) / 2),
            "bottom": abs(line.bottom - bottom),
        }
        votes[min(gaps, key=lambda k: gaps[k])] += 1
    if not votes:
        return None
    best, n = votes.most_common(1)[0]
    return best if n >= PLACED_VOTES and 2 * n > sum(votes.values()) else None


def _cell(row: Row, col: int) -> Cell | None:
    return row.cells[col] if col < len(row.cells) else None


def _text(row: Row, col: int) -> str:
    return " ".join(row.text(col).split())


def _group(table: PlanTable, row: Row) -> str | None:
    """The group a row's reference names by its leading number ('2' of '2b', '2.3')."""
    for c in table.cols("ref"):
        m = _LEAD.match(_text(row, c))
        if m:
            return m.group(0)
    return None


def _action(row: Row, table: PlanTable) -> bool:
    """A row of an action: not a heading row, and text in its action (or reference) column."""
    if row.section:
        return False
    return any(_text(row, c) for c in [*table.cols("action"), *table.cols("ref")])


def _spread(table: PlanTable, col: int, placed: str) -> None:
    """Each text of the column given to the blank rows its placement says it covers."""
    rows = table.rows
    if placed == "middle":
        _join_parted_lines(table, col)
    carried = _carried(table, col)
    for i, row in enumerate(rows):
        value = _text(row, col)
        if not value:
            continue
        cell = _cell(row, col)
        if cell is None or not cell.lines or _merged_here(row, col):
            continue
        shared = _shared(table, col, i)
        above = _blank_run(table, col, i, -1)
        below = _blank_run(table, col, shared[-1] if shared else i, 1)
        # the rows above up to the rest of a cell merged down from the page before (not this one's)
        own = above[: next((n for n, k in enumerate(above) if k in carried), len(above))]
        if placed == "bottom":
            covered = own if _action(row, table) or not below else []
        else:
            covered = _centred_span(table, cell, i, own, below, shared)
            if not covered and len(own) < len(above):
                wide = _centred_span(table, cell, i, above, below, shared)
                if above[-1] in wide:
                    covered = wide  # centred on rows from the page's top: a cell of its own
        for k in covered:
            _give(rows[k], col, value)
    for k, text in carried.items():
        if text is not None and placed == "bottom":
            _give(rows[k], col, text)
    if placed == "middle":
        for k, text in _carried_whole(table, col, carried).items():
            _give(rows[k], col, text)
        for k, text in _cut_cells(table, col).items():
            if text:
                _give(rows[k], col, text)
            else:
                rows[k].cells[col] = None  # the cell's rest, now read with its first part
    for k, text in _cut_at_top(table, col, carried).items():
        if not _text(rows[k], col):
            _give(rows[k], col, text)
    if placed == "middle":
        for k, text in _set_at_top(table, col).items():
            _give(rows[k], col, text)
    for k, text in _joined_over_break(table, col).items():
        _give(rows[k], col, text)


def _carried_whole(table: PlanTable, col: int, carried: dict[int, str | None]) -> dict[int, str]:
    """In a table centring its cells: the carried rows of a group that holds no text of its own
    in the column anywhere on the page the break carries it to (its rows there all blank up to
    the group's end), with the blank rows before the break under the group's text. A cell
    merged over the group and cut by the page prints its text in its first page's part (at the
    part's top, not in the middle of the rows it covers): nothing else covers those rows."""
    rows = table.rows
    out: dict[int, str] = {}
    for k in sorted(carried):
        text = carried[k]
        if text is None or (k - 1 in carried and carried[k - 1] is not None):
            continue  # no text known, or not the first row of its run
        group = _group(table, rows[k])
        run = [k]
        j = k + 1
        while j in carried:
            run.append(j)
            j += 1
        whole = True
        while j < len(rows) and rows[j].page == rows[k].page:
            row = rows[j]
            if _action(row, table) and _group(table, row) != group:
                break  # the next group
            if _text(row, col):
                whole = False  # text of the column on the page, set among the group's rows
                break
            if not _action(row, table):
                if _stray(table, row, col):
                    j += 1
                    continue
                break  # a heading row ends the group
            whole = False  # a row of the group the run stopped at: its own text, or none known
            break
        if not whole:
            continue
        out.update(dict.fromkeys(run, text))
        i = k - 1  # the blank rows before the break, up to the group's text
        while i >= 0 and rows[i].page == rows[k - 1].page and not _text(rows[i], col):
            if _action(rows[i], table) and _group(table, rows[i]) == group:
                out[i] = text
            elif not _stray(table, rows[i], col):
                break
            i -= 1
    return out


def _written_action_cells(table: PlanTable, col: int) -> Iterator[tuple[int, str, Cell, str]]:
    """The action rows whose cell in the column holds text, in a finding group: the rows whose
    text may be a merged cell's set at its top (row index, text, cell, group)."""
    for i, row in enumerate(table.rows):
        value, cell, group = _text(row, col), _cell(row, col), _group(table, row)
        if value and cell is not None and cell.lines and group is not None and _action(row, table):
            yield i, value, cell, group


def _cut_at_top(table: PlanTable, col: int, carried: dict[int, str | None]) -> dict[int, str]:
    """A cell merged over a group and cut by the page, its text set at the top of its first
    page's part (a cell split over pages is not centred or set at the bottom of its rows as the
    table's others are): the text lies level with its row's top, the group's rows under it are
    blank down to the page's end, and the group goes on at the next page's top with rows blank
    in the column. Row -> the text, for the blank rows under it and those carried on the next
    page (the rows no other text of the column covers keep it)."""
    rows = table.rows
    out: dict[int, str] = {}
    for i, value, cell, group in _written_action_cells(table, col):
        row = rows[i]
        below = _blank_run(table, col, i, 1)
        if not below or any(_group(table, rows[k]) != group for k in below):
            continue
        j = below[-1] + 1
        while j < len(rows) and rows[j].page == row.page and _stray(table, rows[j], col):
            j += 1
        if j >= len(rows) or rows[j].page == row.page or j not in carried:
            continue  # the blank rows do not run to the page's end, or the group ends there
        size = max(ln.bottom - ln.top for ln in cell.lines)
        if abs(min(ln.top for ln in cell.lines) - _row_box(row)[0]) > CENTRE_SLACK * size:
            continue  # not at the row's top
        run = list(below)
        while j in carried:
            run.append(j)
            j += 1
        out.update(dict.fromkeys(run, value))
    return out


def _set_at_top(table: PlanTable, col: int) -> dict[int, str]:
    """In a table centring its cells, a merged cell whose text the printer set at its top (Word
    and LibreOffice may place a cell merged down at its first row's top whatever the table's
    setting): the text lies level with its action row's top and is not centred on that row, and
    the rows under it, of its group, are still blank (no other text of the column is centred on
    them). Row -> the text, for those blank rows, up to the next row with a text of its own."""
    rows = table.rows
    out: dict[int, str] = {}
    for i, value, cell, group in _written_action_cells(table, col):
        row = rows[i]
        size = max(ln.bottom - ln.top for ln in cell.lines)
        top, bottom = _row_box(row)
        text_top = min(ln.top for ln in cell.lines)
        text_middle = (text_top + max(ln.bottom for ln in cell.lines)) / 2
        if abs(text_top - top) > CENTRE_SLACK * size:
            continue  # not at the row's top
        if abs((top + bottom) / 2 - text_middle) <= CENTRE_SLACK * size:
            continue  # centred on its own row too (a one-line row): its placement says nothing
        for k in _blank_run(table, col, i, 1):
            if _group(table, rows[k]) != group:
                break  # the next group's rows: a cell of theirs
            out[k] = value
    return out


def _join_parted_lines(table: PlanTable, col: int) -> None:
    """A merged cell's lines parted between two rows by another column's number centred on its
    rows (the recommendation's '3' printed level with the cell's middle line opens a row of
    its own holding nothing else): the row under an action's row holds no action, only such
    numbers and the column's lines that go on at the line pitch right under the action row's
    own lines of the column. Those lines are the action row's cell's (in place), so the cell's
    middle, and the rows it covers, are read from all its lines."""
    rows = table.rows
    for i in range(1, len(rows)):
        row, above = rows[i], rows[i - 1]
        if row.page != above.page or _action(row, table) or not _action(above, table):
            continue
        low, high = _cell(row, col), _cell(above, col)
        if low is None or high is None or not low.lines or not high.lines:
            continue
        others = [c for c in range(len(row.cells)) if c != col and _text(row, c)]
        if not others or not all(c in table.cols("rec") or _short(_text(row, c)) for c in others):
            continue
        last = max(high.lines, key=lambda ln: ln.bottom)
        first = min(low.lines, key=lambda ln: ln.top)
        size = last.bottom - last.top
        if not 0 <= first.top - last.bottom <= (PITCH - 1) * size:
            continue  # not the next line of one text
        if first.bbox[0] > last.bbox[2] or last.bbox[0] > first.bbox[2]:
            continue  # not under it
        box = (
            min(high.bbox[0], low.bbox[0]),
            min(high.bbox[1], low.bbox[1]),
            max(high.bbox[2], low.bbox[2]),
            max(high.bbox[3], low.bbox[3]),
        )
        text = f"{_text(above, col)} {_text(row, col)}"
        above.cells[col] = Cell(
            text=text, bbox=box, lines=[*high.lines, *low.lines], fill=high.fill
        )
        row.cells[col] = None


def _cut_cells(table: PlanTable, col: int) -> dict[int, str]:
    """In a table centring its cells: a cell merged over a group and cut by the page, its lines
    split between the two pages' parts, each part's lines centred on that part ('AC (Head of
    Business' level with the page's last row, 'Intelligence)' in the middle of the group's rows
    the next page opens with). A row the page cuts (its last lines on the next page) cuts every
    cell merged over it: the next page's part runs from the top of that row's lines there down
    to a row of the group; where the first text of the column on that page is centred on such a
    part, the group's rows blank up to it, it is the cell's rest. Where the page falls between
    two rows, the cell's text on the page before ending on a joining word or mark ('Quality &':
    normalise.owners.ends_open) says it was cut there too: its next part runs from the next
    page's top. Row -> the cell's whole text, for the rows it covers on both pages; '' for
    a row of its own that held the rest (no action's: its text is read with the first part)."""
    rows = table.rows
    out: dict[int, str] = {}
    for k in range(1, len(rows)):
        if rows[k].page == rows[k - 1].page:
            continue
        j = k  # the page's first action (the cell's rest may be a row of its own above it)
        while j < len(rows) and rows[j].page == rows[k].page and not _action(rows[j], table):
            j += 1
        if j >= len(rows) or rows[j].page != rows[k].page:
            continue
        group = _group(table, rows[j])
        if group is None or group != _group(table, rows[k - 1]):
            continue
        first = _first_part(table, col, k - 1, group)
        if first is None:
            continue
        page = rows[k].page
        blank, rest = _to_text(table, col, k, group)
        if rest is None:
            continue
        cell = _cell(rows[rest], col)
        if cell is None or not cell.lines:
            continue
        after = _blank_run(table, col, rest, 1)
        after = [j for j in after if _group(table, rows[j]) == group]
        own = [rest] if _action(rows[rest], table) else []
        top = min(
            (
                ln.top
                for r in rows[first[0][0] : k]
                for c in r.cells
                if c is not None
                for ln in c.lines
                if ln.page == page
            ),
            default=None,
        )
        if top is None:
            if not ends_open(first[1]) and not _first_runs_on(table, col, first, cell):
                continue  # the row above goes on with no line here: the cell may end with the page
            # the page falls between rows, but the text there ends on a joining word or mark
            # ('Quality &'): an owner never ends so, the cell goes on at the next page's top
            top = _row_box(rows[k])[0]
        middle = (min(ln.top for ln in cell.lines) + max(ln.bottom for ln in cell.lines)) / 2
        size = max(ln.bottom - ln.top for ln in cell.lines)
        best: list[int] = []
        for b in range(len(after) + 1):
            span = [*blank, *own, *after[:b]]
            if not [j for j in span if _action(rows[j], table)]:
                continue
            bottom = max(_row_box(rows[j])[1] for j in span)
            if abs((top + bottom) / 2 - middle) <= CENTRE_SLACK * size:
                best = span
        if not best:
            continue
        whole = f"{first[1]} {_text(rows[rest], col)}"
        out.update(dict.fromkeys([*first[0], *best], whole))
        if not own:
            out[rest] = ""
    return out


def _first_runs_on(table: PlanTable, col: int, first: tuple[list[int], str], rest: Cell) -> bool:
    """The first part's text (the cell of the rows first covers) runs on into rest (_run_on)."""
    cells = [c for k in first[0] if (c := _cell(table.rows[k], col)) is not None and c.lines]
    return bool(cells) and _run_on(table, col, cells[-1], rest)


def _run_on(table: PlanTable, col: int, before: Cell, after: Cell) -> bool:
    """after's text carries on before's: the text wrapped at the joint (_wraps_into), and the
    joint itself reads as the inside of a text: the second part opens in lower case, or the
    words either side of the joint stand together in another cell of the column (one text,
    wrapped or not: 'Care' | 'Leavers' where another reads 'Team Manager, Care Leavers & DCS').
    A wrap alone is weak where a text of its own ends with a full line: almost no word fits after it."""
    if not _wraps_into(table, col, before, after):
        return False
    head, tail = before.text.split(), after.text.split()
    if not head or not tail:
        return False
    if tail[0][:1].islower():
        return True
    joint = f"{head[-1]} {tail[0]}".casefold()
    return any(
        joint in " ".join(c.text.split()).casefold()
        for r in table.rows
        if (c := _cell(r, col)) is not None and c is not before and c is not after
    )


def _wraps_into(table: PlanTable, col: int, before: Cell, after: Cell) -> bool:
    """A left-set column's text broke where one cell's last line ends and another's first
    line begins: the first word of after's first line would not have fitted at the end of
    before's last line, within the column's widest line (the text wrapped there, so after's
    lines carry on before's paragraph; a text of its own would have left room or ended
    short). The column must wrap somewhere (a cell of two lines or more), so that its widest
    line says how wide its cells are, and both lines must start at its left edge."""
    lines = [ln for r in table.rows if (c := _cell(r, col)) is not None for ln in c.lines]
    if (
        not before.lines
        or not after.lines
        or not any(len(c.lines) > 1 for r in table.rows if (c := _cell(r, col)) is not None)
    ):
        return False
    left, right = min(ln.x0 for ln in lines), max(ln.bbox[2] for ln in lines)
    last = max(before.lines, key=lambda ln: (ln.page, ln.bottom))
    nxt = min(after.lines, key=lambda ln: (ln.page, ln.top))
    if max(last.x0, nxt.x0) - left > LEFT_SLACK or not nxt.words:
        return False
    word = nxt.words[0]
    return last.bbox[2] + SPACE_EM * last.font_size + (word.x1 - word.x0) > right


def _joined_over_break(table: PlanTable, col: int) -> dict[int, str]:
    """A cell merged over a group's rows and cut by the page, its text parted between the
    pages: the last text of the column on one page and the first on the next, one group's
    rows between them blank in the column, where the first ends on a joining word or mark
    (normalise.owners.ends_open) or its last line wrapped into the second (_wraps_into: its
    rest would not have fitted there). Each placement reads the parts as two texts, each
    given to rows of its own; they are one, so every row of the group that holds either part,
    next to the break, holds the whole (row -> whole text)."""
    rows = table.rows
    texts = [(i, c) for i, r in enumerate(rows) if (c := _cell(r, col)) is not None and c.lines]
    out: dict[int, str] = {}
    for (a, before), (b, after) in zip(texts, texts[1:], strict=False):
        if min(ln.page for ln in after.lines) <= max(ln.page for ln in before.lines):
            continue  # not parted by the page
        group = _group(table, rows[a])
        between = [j for j in range(a, b + 1) if _action(rows[j], table)]
        if group is None or any(_group(table, rows[j]) != group for j in between):
            continue
        first, rest = _text(rows[a], col), _text(rows[b], col)
        if not (ends_open(first) or _run_on(table, col, before, after)):
            continue
        whole = f"{first} {rest}"
        for j in _holding(table, col, a, -1, first, group) + _holding(
            table, col, b, 1, rest, group
        ):
            out[j] = whole
    return out


def _holding(table: PlanTable, col: int, i: int, step: int, text: str, group: str) -> list[int]:
    """Row i and the action rows of the group next to it (step -1: above, 1: below) given the
    same text in the column by the reading so far, up to a row holding another."""
    rows = table.rows
    out = [i]
    k = i + step
    while 0 <= k < len(rows) and _text(rows[k], col) == text:
        if _action(rows[k], table):
            if _group(table, rows[k]) != group:
                break
            out.append(k)
        k += step
    return out


def _first_part(table: PlanTable, col: int, last: int, group: str) -> tuple[list[int], str] | None:
    """The rows of the group at the foot of row last's page that its nearest text of the
    column above covers (that text's row, the blank rows under it and those above it given its
    text), and the text; None where the group holds none there."""
    rows = table.rows
    i = last
    while i >= 0 and rows[i].page == rows[last].page and not _text(rows[i], col):
        if _action(rows[i], table) and _group(table, rows[i]) != group:
            return None
        i -= 1
    if i < 0 or rows[i].page != rows[last].page:
        return None
    if _action(rows[i], table) and _group(table, rows[i]) != group:
        return None
    text = _text(rows[i], col)
    covered = [j for j in range(i, last + 1) if _action(rows[j], table)]
    j = i - 1
    while j >= 0 and rows[j].page == rows[i].page and _text(rows[j], col) == text:
        covered.insert(0, j)
        j -= 1
    return (covered, text) if covered else None


def _to_text(table: PlanTable, col: int, k: int, group: str) -> tuple[list[int], int | None]:
    """From row k, the first of its page: the group's rows blank in the column, and the row
    holding the column's first text on the page (None where the group ends first)."""
    rows = table.rows
    blank: list[int] = []
    j = k
    while j < len(rows) and rows[j].page == rows[k].page:
        row = rows[j]
        if _action(row, table) and _group(table, row) != group:
            return blank, None
        if _text(row, col):
            return blank, j
        if _action(row, table):
            blank.append(j)
        elif not _stray(table, row, col):
            return blank, None
        j += 1
    return blank, None


def _carried(table: PlanTable, col: int) -> dict[int, str | None]:
    """Blank cells at the top of a page under a cell merged down over the page break, the rows
    going on with the group of the page before's last row (the same leading number of their
    references: '2b' after '2a'): the merged cell's text is printed in its first page's part,
    and the rows it covers on the next page are left blank. Row -> the text of the group's
    nearest row above that has one, for a cell set at the bottom of its rows; None (no text
    known: a centred cell split over the page sets its text anywhere) otherwise. These rows are
    not covered by a text below them: a new group opening the page starts cells of its own."""
    out: dict[int, str | None] = {}
    rows = table.rows
    for k in range(1, len(rows)):
        if rows[k].page == rows[k - 1].page or not _action(rows[k], table):
            continue
        group = _group(table, rows[k])
        if group is None or group != _group(table, rows[k - 1]):
            continue
        value = _group_text(table, col, k - 1, group)
        j = k
        while j < len(rows) and rows[j].page == rows[k].page and _action(rows[j], table):
            if _text(rows[j], col) or _group(table, rows[j]) != group:
                break
            out[j] = value
            j += 1
    return out


def _group_text(table: PlanTable, col: int, k: int, group: str) -> str | None:
    """The text of the nearest row at or above row k, of the group, with one in the column."""
    while k >= 0 and _group(table, table.rows[k]) == group:
        if value := _text(table.rows[k], col):
            return value
        k -= 1
    return None


def _blank_run(table: PlanTable, col: int, i: int, step: int) -> list[int]:
    """The action rows next to row i (above: step -1, nearest first) whose cell in the column is
    blank, up to a row that has one, a heading row or another page."""
    out: list[int] = []
    k = i + step
    page = table.rows[i].page
    while 0 <= k < len(table.rows):
        row = table.rows[k]
        if row.page != page or row.section or _text(row, col):
            break
        if not _action(row, table):
            if not _stray(table, row, col):
                break
            k += step  # another column's centred text between the rows: passed over
            continue
        out.append(k)
        k += step
    return out


def _merged_here(row: Row, col: int) -> bool:
    """The row's cell in the column is the row above's, merged down over both (pipeline.tables
    read its lines running on across the row break)."""
    return col < len(row.merged_above) and row.merged_above[col]


def _shared(table: PlanTable, col: int, i: int) -> list[int]:
    """The rows under row i whose cell in the column is row i's own, merged down over them."""
    cell = _cell(table.rows[i], col)
    out: list[int] = []
    k = i + 1
    while k < len(table.rows) and _merged_here(table.rows[k], col):
        if _cell(table.rows[k], col) is not cell:
            break
        out.append(k)
        k += 1
    return out


def _short(text: str) -> bool:
    """One short token: a number or code, not a heading's words."""
    return len(text) <= STRAY_CHARS and not any(ch.isspace() for ch in text)


def _stray(table: PlanTable, row: Row, col: int) -> bool:
    """A row holding nothing but another merged column's number set in the middle of its rows
    (the recommendation number beside the actions answering it, a short token: not a heading's
    words): read as a row of its own between two action rows, it is no row of the table and
    does not end a blank run."""
    filled = [c for c in range(len(row.cells)) if _text(row, c)]
    return (
        bool(filled)
        and col not in filled
        and all(c in table.cols("rec") or _short(_text(row, c)) for c in filled)
    )


def _centred_span(
    table: PlanTable,
    cell: Cell,
    i: int,
    above: Sequence[int],
    below: Sequence[int],
    shared: Sequence[int] = (),
) -> list[int]:
    """The blank rows around row i whose middle is the text's middle, the most of them; the
    text's own row is among them where it is an action's, and so are the rows the table
    reader already gave the cell as merged over them (shared)."""
    top = min(ln.top for ln in cell.lines)
    bottom = max(ln.bottom for ln in cell.lines)
    middle = (top + bottom) / 2
    size = max((ln.bottom - ln.top for ln in cell.lines), default=0.0)
    own = [i, *shared] if _action(table.rows[i], table) else list(shared)
    best: list[int] = []
    for a in range(len(above) + 1):
        for b in range(len(below) + 1):
            span = sorted([*above[:a], *own, *below[:b]])
            if not span or len(span) - len(own) <= len(best) - len(own):
                continue
            lo = min(_row_box(table.rows[k])[0] for k in span)
            hi = max(_row_box(table.rows[k])[1] for k in span)
            if abs((lo + hi) / 2 - middle) <= CENTRE_SLACK * size:
                best = span
    return [k for k in best if k != i]


def _row_box(row: Row) -> tuple[float, float]:
    """The top and bottom of the row's printed text."""
    lines = [ln for c in row.cells if c is not None for ln in c.lines if ln.page == row.page]
    if not lines:
        box = row.bbox
        return box[1], box[3]
    return min(ln.top for ln in lines), max(ln.bottom for ln in lines)


def _give(row: Row, col: int, value: str) -> None:
    """The merged cell's text as the row's own in the column (the row's blank cell keeps its
    place)."""
    while len(row.cells) <= col:
        row.cells.append(None)
    blank = row.cells[col]
    box = blank.bbox if blank is not None else row.bbox
    row.cells[col] = Cell(text=value, bbox=box)
