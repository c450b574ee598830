"""A spreadsheet printed with its print headings, and its cell comments printed at the end.

A tracker printed straight from a spreadsheet program with 'print headings' on carries a first
row of column letters (A B C ...) and a first column of row numbers over and beside its grid;
neither is plan data, and a header row read under the letters is no header at all. The grid is
read with them stripped, its blank rows parting it into the tables it holds (a title row over
the header, a measures block under the actions).

Cell comments printed 'at end of sheet' (`Cell: E12` / `Comment: <author>:` / the text) are tied
to the grid only by the cell address: row 12 is the grid row whose printed row number is 12,
and column E's header says what the comment is. A comment on a status cell is the action's
progress update (an update column is added to the table); a comment on the header row is a
note on the column; comments on any other cell (a due date's revision note) are not read, and
said (sheet_comments_unread).

A workbook read directly states the same grid: its tables with each cell's row and column (the
reader's locators) and its comments by cell (ParsedDocument.notes). The same rules read it: a
group row is one cell across, a comment on a status cell is its row's update, on the header row
a column note, elsewhere said unread.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, replace
from importlib import resources

from plantrace.extractors.lead_grid import record_ref
from plantrace.extractors.plan_columns import header_role
from plantrace.extractors.plan_recommendations import heading
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import (
    BBox,
    Cell,
    CellNote,
    Line,
    Page,
    ParsedDocument,
    Table,
    Word,
)
from plantrace.pipeline.tables import lattice_tables

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/sheet_headings.json").read_text("utf-8")
)
_ALT = "|".join(re.escape(w) for w in _DATA["cell_labels"])
_CELL = re.compile(rf"^(?:{_ALT})\s*:\s*(?P<col>[A-Z]{{1,3}})(?P<row>\d{{1,6}})\s*$")
_COMMENT = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in _DATA['comment_labels'])})\s*:\s*(?P<rest>.*)$"
)
_UPDATE_HEADER: str = _DATA["update_header"]
_AUTHOR_WORDS = 5  # an author's name closing in ':' is a few words, the comment's first line
_FEWEST_ROWS = 2  # row numbers down the first column: at least this many, rising (a page of
# a continued sheet prints its print-title row and one row more)
_UPDATE_WIDTH = 60.0  # points: the width given to the added update column, right of the grid
_LEVEL = 3.0  # points: letters whose middles fall in one band of this height are one row


@dataclass(slots=True)
class _Comment:
    col: str
    row: int
    text: str
    page: int


def column_letters(n: int) -> str:
    """A spreadsheet's name for the 0-based column n: 0 -> 'A', 26 -> 'AA'."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _text(c: Cell | None) -> str:
    return c.text.strip() if c is not None else ""


def print_headings(t: Table) -> tuple[list[str], list[int | None]] | None:
    """The column letters over the grid and the row numbers down it, when the table's first
    row is consecutive column letters over an empty corner and its first column rising whole
    numbers (None: a row with no number printed); None when the grid has no print headings."""
    if len(t.rows) < _FEWEST_ROWS + 1 or len(t.rows[0]) < 3:
        return None
    top = [_text(c) for c in t.rows[0]]
    if top[0] or not top[1]:
        return None
    first = top[1]
    letters = [column_letters(i) for i in range(702)]
    if first not in letters:
        return None
    start = letters.index(first)
    if top[1:] != letters[start : start + len(top) - 1]:
        return None
    numbers: list[int | None] = []
    for r in t.rows[1:]:
        cell = _text(r[0])
        if cell and not cell.isdigit():
            return None
        numbers.append(int(cell) if cell else None)
    given = [n for n in numbers if n is not None]
    if len(given) < _FEWEST_ROWS or any(b <= a for a, b in zip(given, given[1:], strict=False)):
        return None
    return top[1:], numbers


def _lettered(text: str) -> bool:
    """A line of consecutive column letters ('A B C D E'), three or more."""
    words = text.split()
    return (
        len(words) >= 3
        and all(w.isalpha() and w.isupper() and len(w) <= 2 for w in words)
        and [column_letters(_number(w)) for w in words]
        == [column_letters(_number(words[0]) + i) for i in range(len(words))]
    )


def _letters_printed(page: Page) -> bool:
    """Whether the page prints a row of column letters: as one line ('A B C D E'), or as
    words a line reader set apart or joined to other text where the columns are wide apart (a
    KPIs sheet of four wide columns), the letters level with one another reading A, B, C ...
    from left to right."""
    if any(_lettered(ln.text) for ln in page.lines):
        return True
    rows: dict[int, list[Word]] = {}
    for ln in page.lines:
        for w in ln.words or []:
            if 1 <= len(w.text) <= 2 and w.text.isalpha() and w.text.isupper():
                rows.setdefault(round((w.top + w.bottom) / 2 / _LEVEL), []).append(w)
    return any(
        _lettered(" ".join(w.text for w in sorted(row, key=lambda w: w.x0)))
        for row in rows.values()
    )


def _number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _box(cells: list[Cell]) -> BBox:
    return (
        min(c.bbox[0] for c in cells),
        min(c.bbox[1] for c in cells),
        max(c.bbox[2] for c in cells),
        max(c.bbox[3] for c in cells),
    )


def _parts(t: Table, numbers: list[int | None]) -> list[tuple[Table, list[int | None]]]:
    """The grid without its headings, parted at blank rows; a part's leading rows of one cell
    (a title, 'Performance measures') are text over it, not rows of it."""
    parts: list[tuple[Table, list[int | None]]] = []
    run: list[tuple[list[Cell | None], int | None]] = []
    for r, n in [*zip([r[1:] for r in t.rows[1:]], numbers, strict=True), ([], None)]:
        if any(_text(c) for c in r):
            run.append((_banner(r), n))
            continue
        while run and sum(1 for c in run[0][0] if _text(c)) <= 1:
            run.pop(0)
        if len(run) >= 2:
            rows = [x[0] for x in run]
            cells = [c for row in rows for c in row if c is not None]
            parts.append((Table(t.page, _box(cells), rows, t.ruled), [x[1] for x in run]))
        run = []
    return parts


@dataclass(slots=True)
class _Open:
    """Where the sheet stood at the foot of the last page printed: the header row (grid cells,
    row number first) and sheet row number of the part it was in (None: none begun), the last
    sheet row printed, and whether a blank row closed that part."""

    header: list[Cell | None] | None
    head: int | None
    last: int
    closed: bool


def _foot(grid: Table, numbers: list[int | None], open_: _Open | None) -> _Open | None:
    """Where the sheet stands after this grid, its rows read as _parts reads them: a blank row
    closes a part, the first row of two cells or more after it heads the next one."""
    state = open_
    fresh = True  # after a blank row (or at the grid's top, where a title may stand)
    for row, n in zip(grid.rows[1:], numbers, strict=True):
        if n is None:
            continue
        filled = sum(1 for c in row[1:] if _text(c))
        last = max(n, state.last) if state is not None else n
        if not filled:
            state = (
                _Open(None, None, last, True)
                if state is None
                else replace(state, last=last, closed=True)
            )
            fresh = True
        elif fresh and filled >= 2 and (state is None or state.closed):
            state, fresh = _Open(row, n, last, False), False
        else:
            fresh = fresh and filled < 2
            state = _Open(row, n, last, False) if state is None else replace(state, last=last)
    return state


def _retitled(
    grid: Table, numbers: list[int | None], open_: _Open | None
) -> tuple[Table, list[int | None]]:
    """A continued page's repeated print-title row heads the rows below it only where they go on
    with the part it titles. Where the rows go on with a later part begun on the page before (a
    measures block under its own header row), that part's header heads them, set on the title's
    cells; where the page before closed its part with a blank row, the rows below start parts
    of their own ('Performance measures' over its header) and the title is dropped. The sheet's
    row numbers say which. Without this a measures block read as actions under the action
    table's repeated header."""
    if open_ is None or len(numbers) < 2 or numbers[0] is None or numbers[0] >= open_.last:
        return grid, numbers  # not a repeated title
    title = grid.rows[1]
    below = next((n for n in numbers[1:] if n is not None), None)
    if open_.head == numbers[0] and not open_.closed:
        return grid, numbers  # the rows go on with the part the title heads
    header = open_.header
    if (
        not open_.closed
        and header is not None
        and below == open_.last + 1
        and len(header) == len(title)
    ):
        row: list[Cell | None] = [title[0]]
        for c, h in zip(title[1:], header[1:], strict=True):
            if c is None:
                row.append(None)
                continue
            text = _text(h)
            like = next((ln for x in (c, h) if x is not None for ln in x.lines), None)
            lines = []
            if text and like is not None:
                box = c.bbox
                lines = [
                    Line(text, box, like.font_size, like.bold, grid.page, like.index, words=[])
                ]
            row.append(Cell(text, c.bbox, lines, c.fill))
        return replace(grid, rows=[grid.rows[0], row, *grid.rows[2:]]), numbers
    return replace(grid, rows=[grid.rows[0], *grid.rows[2:]]), numbers[1:]


def _banner(row: list[Cell | None]) -> list[Cell | None]:
    """A row of a recommendation's label and its text, the cells right of them empty, as one
    cell across the row: a spreadsheet's group row, whose cells are never merged."""
    filled = [i for i, c in enumerate(row) if _text(c)]
    if len(row) < 3 or len(filled) != 2 or filled[1] != filled[0] + 1 or filled[1] == len(row) - 1:
        return row
    if _item_beside_heading(_text(row[filled[0]]), _text(row[filled[1]])):
        return row
    cells = [c for c in row if c is not None]
    text = " ".join(_text(row[i]) for i in filled)
    if heading(text) is None:
        return row
    lines = [ln for i in filled for ln in row[i].lines]  # type: ignore[union-attr]
    fill = next((c.fill for c in cells if c.fill), None)
    return [Cell(text, _box(cells), lines, fill), *[None] * (len(row) - 1)]


def _item_beside_heading(first: str, second: str) -> bool:
    """Whether two cells are a whole recommendation (its label and its sentence in the one
    cell: 'Rec 5 / Improve the ...') and an item opening with its own ref ('5-1  Reduce ...'):
    a grid's row whose one filled period or lead cell sits beside the recommendation, not a
    group row's label and text (there the label cell holds the label alone)."""
    return heading(first) is not None and record_ref(second) is not None


def _comments(pages: list[Page]) -> tuple[list[_Comment], dict[int, set[int]]]:
    """The comments printed as 'Cell: E12' / 'Comment: author:' / text, and the ids of the
    lines they were printed on, per page."""
    found: list[_Comment] = []
    used: dict[int, set[int]] = {}
    for page in pages:
        lines = sorted(page.lines, key=lambda ln: (round(ln.bbox[1]), ln.bbox[0]))
        cur: _Comment | None = None
        author_due = False
        for ln in lines:
            text = ln.text.strip()
            m = _CELL.match(text)
            if m:
                cur = _Comment(m["col"], int(m["row"]), "", page.number)
                found.append(cur)
                author_due = False
            elif cur is None:
                continue
            elif (c := _COMMENT.match(text)) is not None and not cur.text and not author_due:
                author_due = True
                rest = c["rest"].strip()
                if rest:
                    author_due = False
                    if not _author(rest):
                        cur.text = rest
            elif author_due and _author(text):
                author_due = False
            else:
                author_due = False
                cur.text = f"{cur.text} {text}".strip()
            used.setdefault(page.number, set()).add(id(ln))
    return found, used


def _author(text: str) -> bool:
    return text.endswith(":") and len(text.split()) <= _AUTHOR_WORDS


def _in_headings(ln: Line, t: Table) -> bool:
    x = (ln.bbox[0] + ln.bbox[2]) / 2
    y = (ln.bbox[1] + ln.bbox[3]) / 2
    head = t.rows[0][0]
    if head is None:
        return False
    inside = t.bbox[0] <= x <= t.bbox[2] and t.bbox[1] <= y <= t.bbox[3]
    return inside and (x <= head.bbox[2] or y <= head.bbox[3])


def _status_columns(parts: list[tuple[Table, list[int | None]]], letters: list[str]) -> set[str]:
    return {
        letters[i]
        for t, _ in parts
        for row in t.rows[:1]
        for i, c in enumerate(row)
        if i < len(letters) and header_role(_text(c)) == "rag"
    }


def _add_updates(
    t: Table, numbers: list[int | None], updates: dict[int, _Comment], template: Line | None
) -> Table:
    """The table with an update column right of it: the header over it, each row's update from
    the comment on its status cell."""
    x0, x1 = t.bbox[2], t.bbox[2] + _UPDATE_WIDTH
    rows: list[list[Cell | None]] = []
    for k, (row, n) in enumerate(zip(t.rows, numbers, strict=True)):
        cells = [c for c in row if c is not None]
        top, bottom = min(c.bbox[1] for c in cells), max(c.bbox[3] for c in cells)
        text = _UPDATE_HEADER if k == 0 else (updates[n].text if n in updates else "")
        box: BBox = (x0, top, x1, bottom)
        lines = []
        if text and template is not None:
            lines = [Line(text, box, template.font_size, False, t.page, template.index, words=[])]
        rows.append([*row, Cell(text, box, lines)])
    return Table(t.page, (t.bbox[0], t.bbox[1], x1, t.bbox[3]), rows, t.ruled)


def read_sheet_headings(
    doc: ParsedDocument,
) -> tuple[ParsedDocument | None, list[ExtractionWarning]]:
    """The document with each grid printed with its print headings stated as its tables, the
    headings stripped and the comments on its status cells added as an update column (None
    where no grid has print headings), and warnings for the comments not read."""
    if doc.format == "xlsx":
        return _read_stated(doc)
    if doc.format != "pdf":
        return None, []
    headed: dict[int, list[tuple[Table, list[str], list[int | None], list[Table]]]] = {}
    for page in doc.pages:
        if page.tables is not None or not _letters_printed(page):
            continue  # a row of column letters printed: only such pages are looked at
        found = lattice_tables(page)
        for t in found:
            if (h := print_headings(t)) is not None:
                headed.setdefault(page.number, []).append((t, *h, found))
    if not headed:
        return None, []
    comments, used = _comments(doc.pages)
    every = [p for grids in headed.values() for g in grids for p in _parts(g[0], g[2])]
    letters = max((g[1] for grids in headed.values() for g in grids), key=len)
    status = _status_columns(every, letters)
    on_status = {c.row: c for c in comments if c.col in status and c.text}
    header_rows = {ns[0] for t, ns in every if ns and any(header_role(_text(c)) for c in t.rows[0])}
    unread = [c for c in comments if c.row not in header_rows and not (c.col in status and c.text)]
    template = next(
        (ln for p in doc.pages for ln in p.lines if id(ln) in used.get(p.number, ())), None
    )
    pages: list[Page] = []
    open_: _Open | None = None  # the part of the sheet the last page printed ended in
    for page in doc.pages:
        grids = headed.get(page.number)
        gone = used.get(page.number, set())
        if grids is None and not gone:
            pages.append(page)
            continue
        new = copy.copy(page)
        if grids is not None:
            tables: list[Table] = []
            others = [t for t in grids[0][3] if not any(t is g[0] for g in grids)]
            for t, _, numbers, _ in grids:
                grid, numbers = _retitled(t, numbers, open_)
                open_ = _foot(grid, numbers, open_)
                for part, ns in _parts(grid, numbers):
                    heads_status = any(
                        header_role(_text(c)) == "rag" for c in part.rows[0] if c is not None
                    )
                    tables.append(
                        _add_updates(part, ns, on_status, template)
                        if heads_status and on_status
                        else part
                    )
            new.tables = sorted([*tables, *others], key=lambda t: (t.bbox[1], t.bbox[0]))
            new.lines = [ln for ln in page.lines if not any(_in_headings(ln, g[0]) for g in grids)]
        new.lines = [ln for ln in new.lines if id(ln) not in gone]
        pages.append(new)
    return replace(doc, pages=pages), _unread_said(unread, "printed at the end of the sheet")


def _unread_said(unread: list[_Comment], where: str) -> list[ExtractionWarning]:
    if not unread:
        return []
    cells = ", ".join(f"{c.col}{c.row}" for c in unread[:6])
    return [
        ExtractionWarning(
            code="sheet_comments_unread",
            message=f"{len(unread)} cell comment(s) {where} stand on"
            f" cells that are not status cells (e.g. {cells}): not read as updates; check"
            " none of them changes an action (a revised date)",
            page=unread[0].page,
        )
    ]


def _read_stated(doc: ParsedDocument) -> tuple[ParsedDocument | None, list[ExtractionWarning]]:
    """A workbook read directly: its stated tables with group rows as one cell across and the
    comments on status cells as an update column (the rules read_sheet_headings applies to a
    print), the sheet row and column of each table row and column from the reader's locators."""
    where = {(page, box): loc for page, box, loc in doc.locators}
    found: list[tuple[Page, Table, list[int | None], list[int | None]]] = []
    for page in doc.pages:
        for t in page.tables or []:
            numbers: list[int | None] = []
            cols: list[int | None] = [None] * max((len(r) for r in t.rows), default=0)
            for row in t.rows:
                n: int | None = None
                for i, c in enumerate(row):
                    loc = where.get((page.number, c.bbox)) if c is not None else None
                    if loc is None or loc.cols is None:
                        continue
                    n = loc.rows[0] if n is None else n
                    if loc.cols[0] == loc.cols[1] and cols[i] is None:
                        cols[i] = loc.cols[0]
                numbers.append(n)
            found.append((page, t, numbers, cols))
    if not found:
        return None, []

    def letter(col: int | None) -> str:
        return column_letters(col - 1) if col is not None else ""

    comments = [
        _Comment(column_letters(n.col - 1), n.row, n.text, n.page) for n in _notes(doc.notes)
    ]
    status = {
        (page.number, letter(cols[i]))
        for page, t, _, cols in found
        for i, c in enumerate(t.rows[0] if t.rows else [])
        if i < len(cols) and cols[i] is not None and header_role(_text(c)) == "rag"
    }
    on_status = {
        (c.page, c.row): c for c in comments if (c.page, c.col) in status and c.text
    }  # fmt: skip
    header_rows = {
        (page.number, ns[0])
        for page, t, ns, _ in found
        if ns and any(header_role(_text(c)) for c in t.rows[0])
    }
    unread = [
        c
        for c in comments
        if (c.page, c.row) not in header_rows and not ((c.page, c.col) in status and c.text)
    ]
    changed = False
    tables: dict[int, list[Table]] = {}
    for page, t, ns, _ in found:
        # a group row's cells are never merged: a row whose text is merged across is already
        # stated as the one cell it is (a block of recommendations keyed beside their text)
        rows = [_banner(r) if all(c is not None for c in r) else r for r in t.rows]
        new = t if all(a is b for a, b in zip(rows, t.rows, strict=True)) else replace(t, rows=rows)
        heads_status = any(
            header_role(_text(c)) == "rag" for c in (new.rows[0] if new.rows else []) if c
        )
        mine = {
            n: on_status[(page.number, n)]
            for n in ns
            if n is not None and (page.number, n) in on_status
        }
        if heads_status and mine:
            template = next((ln for row in new.rows for c in row if c for ln in c.lines), None)
            new = _add_updates(new, ns, mine, template)  # type: ignore[arg-type]
        changed |= new is not t
        tables.setdefault(page.number, []).append(new)
    if not changed:
        return None, _unread_said(unread, "kept on the sheet")
    pages = []
    for page in doc.pages:
        if page.number in tables:
            page = copy.copy(page)
            page.tables = tables[page.number]
        pages.append(page)
    return replace(doc, pages=pages), _unread_said(unread, "kept on the sheet")


def _notes(notes: list[CellNote]) -> list[CellNote]:
    return sorted(notes, key=lambda n: (n.page, n.row, n.col))
