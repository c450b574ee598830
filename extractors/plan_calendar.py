"""A planner's month calendar: each action an entry in the cell of the day it is due.

A planner or scheduling tool prints its tasks as a month view: a heading naming the month
('March 2027'), a row of weekday names, then a grid of seven columns whose cells open with the
day's number (days of the months either side left blank). Nothing in such a print says 'due':
the day cell an entry stands in is its date, the month heading above the grid its month and
year. The entries inside the cells are the plan's records, each a box of its own (a tinted chip):
its text opening with the action's ref, a line naming who holds it (often after an avatar of
their initials), and a small pill holding its status label, whose fill is the status's colour.
Boxes with no ref in a day cell are the calendar's events (a board meeting, a bank holiday): no
actions.

Planners group tasks into colour-coded categories ('buckets', 'labels'), keyed by a legend of
colour squares each followed by '<label> 2 · <text>': when those texts are the recommendations,
an entry's colour is the recommendation it answers (the first part of its ref says it too, and
stands in where no colour matches). A table of 'ref | note' rows printed after the calendar
gives the entries' progress notes.

The grid is read into one action table (record_table), so its columns go through the same
roles as any printed table's; the legend into a recommendations table.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from plantrace.extractors.plan_columns import (
    RECOMMENDATION_TABLE,
    Element,
    PlanTable,
    Row,
)
from plantrace.extractors.record_tables import record_table
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page, ParsedDocument, Word
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import MONTHS
from plantrace.pipeline.normalise.rag import fill_rgb, normalise_rag, rag_from_fill

WEEK = 7  # a month grid's columns: one per weekday
MIN_DAYS = 7  # days a grid numbers at least (a month split over pages prints part of one)
SLACK = 3.0  # points: a box inside a cell, give or take its padding
WORD_GAP = 0.2  # word heights: closer words are one token ('2' '.2' printed as two runs)
# a legend square: a small filled square (points), its side within a line height or two
SQUARE = (4.0, 16.0)
COLOUR_NEAR = 60  # summed RGB distance within which two fills are the same colour
MAX_OWNER_WORDS = 6
MARGIN_REACH = 60.0  # points: a month heading page cleaning took stands this close over its grid
_MONTH_YEAR = re.compile(
    r"^\s*(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>(?:19|20)\d\d)\s*$",
)
_DAY = re.compile(r"^\s*(\d{1,2})\s*$")
# an entry's ref opening its text: '2.1', '2.1.3', 'A2.1'
_REF = re.compile(r"^\s*(?P<ref>[A-Z]?\d{1,2}(?:\.\d{1,2}){1,2})\s+(?P<text>\S.*)$")
# a legend entry: '<label> 2 · <text>' (the label a word or two: 'Bucket', 'Category', 'Goal')
_LEGEND = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s*(?P<num>\d{1,2})\s*[·:–—|-]\s*(?P<text>\S.*)$"
)
_INITIALS = re.compile(r"^[A-Z]{1,3}$")
MIN_LEGEND_WORDS = 4  # a recommendation is a sentence, not a category name
ROLES: list[str | None] = ["ref", "rec", "action", "owner", "due", "rag", "progress"]
LABELS = [
    "Entry ref", "Entry colour", "Entry text", "Entry assignee", DAY_LABEL := "Calendar day",
    "Entry label", "Notes",
]  # fmt: skip
EVIDENCE = "calendar: an entry in a month grid's day cell, due that day"


@dataclass(slots=True)
class _Entry:
    """One record read from a day cell."""

    ref: str
    text: list[Line]
    owner: list[Line]
    status: str
    status_lines: list[Line]
    due: str
    due_lines: list[Line]
    colours: list[str]
    page: int
    rec: str = ""
    progress: str = ""
    progress_lines: list[Line] = field(default_factory=list)


def adopt_calendar(
    elements: list[Element], doc: ParsedDocument
) -> tuple[list[Element], list[ExtractionWarning]]:
    """Month grids of day cells read into one action table of their entries, the legend of
    coloured categories into a recommendations table; elements as they were where no grid of
    days under a month heading is found."""
    grids: list[tuple[int, str, int]] = []  # element, 'March 2027', first day
    last: tuple[str, int] | None = None  # the month and last day of the grid before
    said: list[ExtractionWarning] = []
    for i, el in enumerate(elements):
        days = _grid_days(el, doc)
        if days is None:
            continue
        first, end = days
        month = _month_above(elements, i) or _month_in_margin(el, doc)
        if month is None and last is not None and first == last[1] + 1:
            month = last[0]  # a month's grid run on over a page break
        if month is None:
            said.append(_no_month_said(el, first, end))
            continue
        grids.append((i, month, first))
        last = (month, end)
    if not grids:
        return elements, said
    entries: list[_Entry] = []
    inside: set[int] = set()  # elements standing inside a grid: its entries read as boxes
    for i, month, _first in grids:
        raw = elements[i].raw
        assert raw is not None
        page = doc.pages[raw.page - 1]
        read, unread, boxes = _grid_entries(elements[i], page, month)
        entries += read
        if unread:
            said.append(_unread_said(unread, month, raw.page))
        if boxes:
            said.append(_boxes_said(boxes, month, raw.page))
        inside |= {
            k for k, el in enumerate(elements)
            if k != i and el.page == raw.page and _element_box(el) is not None
            and _within(_element_box(el) or raw.bbox, raw.bbox)
        }  # fmt: skip
    if not entries:
        return elements, said
    legend = _legend(doc, elements[grids[0][0]].page)
    _link(entries, legend)
    notes, unmatched = _notes(elements, grids[-1][0], entries)
    if unmatched:
        said.append(_unmatched_said(unmatched, elements[grids[-1][0]].page))
    entries = _plan_order(entries)
    table = _entry_table(entries)
    if table is None:
        return elements, said
    legend_lines = [ln for _n, _t, _c, lines in legend for ln in lines]
    out: list[Element] = []
    grid_at = {g[0] for g in grids}
    placed = False
    for k, el in enumerate(elements):
        if k in inside or k in notes:
            continue
        if k in grid_at:
            if not placed:
                if legend:
                    out.append(_legend_element(legend, doc.sha256))
                out.append(Element(table.page, table.top, table=table))
                placed = True
            continue
        if legend_lines and el.table is None and el.raw is None and el.lines:
            kept = [ln for ln in el.lines if not _overlaps_any(ln.bbox, legend_lines)]
            if not kept:
                continue
            if len(kept) < len(el.lines):
                el = Element(el.page, kept[0].top, lines=kept)
        out.append(el)
    return out, said


def calendar_months(actions: list[Action], tables: Sequence[PlanTable | None]) -> list[Action]:
    """The due date's raw text as printed for the actions read from a calendar: the month
    heading above the grid ('March 2027'); the day is the cell the entry stands in, and the due
    date was read from both. tables: each action's table (None where not known)."""
    out: list[Action] = []
    for a, t in zip(actions, tables, strict=True):
        if t is not None and DAY_LABEL in t.labels and a.due_raw:
            m = re.match(r"^\s*\d{1,2}\s+(.+)$", a.due_raw)
            if m is not None:
                a = a.model_copy(update={"due_raw": m.group(1)})
        out.append(a)
    return out


# ---- the grid ------------------------------------------------------------------------------


def _grid_days(el: Element, doc: ParsedDocument) -> tuple[int, int] | None:
    """The first and last day a grid numbers, when it is a month grid: cells opening with day
    numbers that run on one by one across rows of seven columns."""
    cells = _day_cells(el)
    if cells is None:
        return None
    return cells[0][0], cells[-1][0]


def _day_cells(el: Element) -> list[tuple[int, BBox]] | None:
    """A month grid's day cells in order, each with its box: from its left edge to the next
    column's, from its top to the next row's. The boxes are read from the day cells alone, so
    boxes drawn inside cells (an entry's chip, a status pill), which the table finder may take
    for more columns and rows, change nothing."""
    raw = el.raw
    if raw is None or not raw.rows:
        return None
    found = [
        (d, c.bbox) for row in raw.rows for c in row
        if c is not None and (d := _day_of(c)) is not None
    ]  # fmt: skip
    if len(found) < MIN_DAYS:
        return None
    lefts = _clusters([b[0] for _d, b in found])
    tops = _clusters([b[1] for _d, b in found])
    if len(lefts) != WEEK:
        return None

    def at(b: BBox) -> tuple[int, int]:
        return (
            min(range(len(tops)), key=lambda k: abs(tops[k] - b[1])),
            min(range(WEEK), key=lambda k: abs(lefts[k] - b[0])),
        )

    found.sort(key=lambda db: at(db[1]))
    slots = [at(b) for _d, b in found]
    if len(set(slots)) < len(slots):
        return None
    days = [d for d, _b in found]
    flat = [r * WEEK + k for r, k in slots]
    if any(b != a + 1 for a, b in zip(days, days[1:], strict=False)) or days[-1] > 31:
        return None
    if any(b != a + 1 for a, b in zip(flat, flat[1:], strict=False)):
        return None  # a gap inside the month: no grid of its days
    right, bottom = raw.bbox[2], raw.bbox[3]
    out: list[tuple[int, BBox]] = []
    for d, (r, k) in zip(days, slots, strict=True):
        x1 = lefts[k + 1] if k + 1 < WEEK else right
        y1 = tops[r + 1] if r + 1 < len(tops) else bottom
        out.append((d, (lefts[k], tops[r], x1, y1)))
    return out


def _clusters(values: Sequence[float]) -> list[float]:
    """Values within a few points of each other as one: the edges of a grid's columns or rows."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= SLACK:
            continue
        out.append(v)
    return out


def _day_of(cell: Cell | None) -> int | None:
    """The day number a cell opens with: its top line alone, a number 1..31."""
    if cell is None or not cell.lines:
        return None
    top = min(cell.lines, key=lambda ln: (ln.top, ln.x0))
    m = _DAY.match(top.text)
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return None
    return int(m.group(1))


def _month_above(elements: Sequence[Element], i: int) -> str | None:
    """The month heading over a grid: the last 'Month YYYY' line of the few paragraphs before
    it (the weekday names stand between)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        el = elements[k]
        if el.table is not None or el.raw is not None:
            return None
        for ln in reversed(el.lines):
            m = _MONTH_YEAR.match(ln.text)
            if m is not None and m.group("month").lower() in MONTHS:
                return f"{m.group('month')} {m.group('year')}"
    return None


def _month_in_margin(el: Element, doc: ParsedDocument) -> str | None:
    """The month heading over a grid at the top of a page, where page cleaning took it for a
    running header (a 'Month YYYY' line at the top of several pages): the nearest one above
    the grid, close over it."""
    raw = el.raw
    if raw is None or not 1 <= raw.page <= len(doc.pages):
        return None
    top = raw.bbox[1]
    above = [
        ln for ln in doc.pages[raw.page - 1].header_footer
        if ln.bottom <= top + SLACK and top - ln.bottom <= MARGIN_REACH
        and (m := _MONTH_YEAR.match(ln.text)) is not None and m.group("month").lower() in MONTHS
    ]  # fmt: skip
    if not above:
        return None
    m = _MONTH_YEAR.match(max(above, key=lambda ln: ln.bottom).text)
    return f"{m.group('month')} {m.group('year')}" if m is not None else None


def _grid_entries(el: Element, page: Page, month: str) -> tuple[list[_Entry], list[str], list[str]]:
    """The entries of a grid's day cells, the refs of entries whose text was read but not
    who holds them (kept: said in a warning), and the first lines of boxes with no ref read
    that carry a task's other signs, a holder or a status pill (not read: said)."""
    entries: list[_Entry] = []
    unread: list[str] = []
    boxes_unread: list[str] = []
    boxes = _boxes(page)
    for day, box in _day_cells(el) or []:
        lines = _relined(_words_in(page, box), page.number)
        if lines and _DAY.match(lines[0].text):
            lines = lines[1:]
        for group, colours in _chips(lines, box, boxes):
            entry = _entry(group, colours, page, f"{day} {month}")
            if entry is None:
                if _task_signs(group, colours, page):
                    boxes_unread.append(group[0].text.strip())
                continue
            if not entry.owner:
                unread.append(entry.ref)
            entries.append(entry)
    return entries, unread, boxes_unread


def _task_signs(lines: list[Line], colours: list[str], page: Page) -> bool:
    """Whether a box with no ref read carries an action's other signs: a line of an avatar's
    initials and a name, or a status pill under its text (a task whose ref is printed in a
    form not understood, not an event)."""
    if len(lines) < 2:
        return False
    if any(_avatar_name(lines, k) is not None for k in range(1, len(lines))):
        return True
    return _pill_colour(lines[-1], page, colours) is not None


def _boxes(page: Page) -> list[tuple[BBox, str]]:
    """The page's filled shapes: rectangles and rounded boxes (chips are drawn as either)."""
    _ = page.rulings  # fills are read with the rulings
    return [*page.fills, *page.tiles]


def _chips(
    lines: list[Line], cell: BBox, boxes: Sequence[tuple[BBox, str]]
) -> list[tuple[list[Line], list[str]]]:
    """A cell's lines parted into its entries: the lines each filled box across most of the
    cell holds (with the box's colours), then the lines no box holds, parted where a line
    opens with a ref."""
    width = cell[2] - cell[0]
    wide = [
        (b, c) for b, c in boxes
        if _within(b, cell) and b[2] - b[0] >= 0.6 * width
    ]  # fmt: skip
    groups: dict[tuple[float, float], tuple[list[Line], list[str]]] = {}
    loose: list[Line] = []
    for ln in lines:
        cy = (ln.top + ln.bottom) / 2
        holding = [(b, c) for b, c in wide if b[1] <= cy <= b[3]]
        if not holding:
            loose.append(ln)
            continue
        top = min(b[1] for b, _c in holding)
        key = (round(top), round(max(b[3] for b, _c in holding)))
        group = groups.setdefault(key, ([], []))
        group[0].append(ln)
        for _b, c in holding:
            if c not in group[1]:
                group[1].append(c)
    out = [groups[k] for k in sorted(groups)]
    run: list[Line] = []
    for ln in loose:
        if _REF.match(ln.text) and run:
            out.append((run, []))
            run = []
        run.append(ln)
    if run:
        out.append((run, []))
    return out


def _entry(lines: list[Line], colours: list[str], page: Page, due: str) -> _Entry | None:
    """An entry's fields: text from its ref line to the line naming who holds it (an avatar's
    initials before the name), then the status pill. None for a box with no ref: an event."""
    if not lines or (m := _REF.match(lines[0].text)) is None:
        return None
    last = lines[-1]
    pill = _pill_colour(last, page, colours) if len(lines) > 1 else None
    status_at = len(lines) - 1 if pill is not None or normalise_rag(last.text) else None
    stop = status_at if status_at is not None else len(lines)
    held = next(
        (found for k in range(1, stop) if (found := _avatar_name(lines, k)) is not None), None
    )
    if held is not None and held[1] == stop:
        status_at = None  # the last line was the name, its avatar's fill under it
    end = held[0] if held is not None else stop
    text_lines = lines[:end]
    first = text_lines[0]
    text_lines[0] = _line(m.group("text"), first)
    owner: list[Line] = []
    if held is not None:
        # the name runs on to the status pill: a long post wraps under its avatar
        more = [ln.text for ln in lines[held[1] + 1 : stop]]
        owner = [_line(join_text([held[2], *more]), lines[held[0]])]
    status, status_lines = "", []
    if status_at is not None:
        word = last.text.strip()
        colour = rag_from_fill(pill) if pill else None
        status = word if normalise_rag(word) or colour is None else f"{word} ({colour})"
        status_lines = [last]
    return _Entry(
        ref=m.group("ref"),
        text=text_lines,
        owner=owner,
        status=status,
        status_lines=status_lines,
        due=due,
        due_lines=[lines[0]],
        colours=colours,
        page=page.number,
    )


def _avatar_name(lines: Sequence[Line], k: int) -> tuple[int, int, str] | None:
    """Who holds an entry, where line k opens with an avatar's initials: the name after them
    ('PN Priya Nandakumar', 'SM Service Manager, Front Door'), or a name wrapped round the
    avatar (its first line above it: 'Assistant Director, Children's' / 'AD Social Care').
    The first and last line of the name, and the name; None where the initials name none."""
    words = lines[k].text.split()
    if not words or not _INITIALS.match(words[0]):
        return None
    token, rest = words[0], words[1:]
    below = lines[k + 1].text.split() if k + 1 < len(lines) and not rest else []
    tries = [(k, k, rest), (k - 1, k, [*lines[k - 1].text.split(), *rest])]
    if below:
        tries.append((k - 1, k + 1, [*lines[k - 1].text.split(), *below]))
    for start, end, name in tries:
        if start >= 1 and 0 < len(name) <= MAX_OWNER_WORDS and _initials_of(token, name):
            return start, end, " ".join(name)
    return None


def _initials_of(token: str, name: Sequence[str]) -> bool:
    """Whether an avatar's initials stand for the name: its first words' first letters ('SM'
    Service Manager, 'HO' Head of ...), or a person's first and last names' ('MS' Mary Jane
    Smith)."""
    letters = [w[0].upper() for w in name if w[:1].isalpha()]
    if not letters:
        return False
    if "".join(letters[: len(token)]) == token:
        return True
    return len(token) == 2 and token == letters[0] + letters[-1]


def _pill_colour(line: Line, page: Page, chip: Sequence[str]) -> str | None:
    """The fill of a small box behind a line's words (a status pill), not the entry's own."""
    cx = (line.x0 + line.bbox[2]) / 2
    cy = (line.top + line.bottom) / 2
    width = line.bbox[2] - line.x0
    under = [
        (b, c) for b, c in page.fills
        if b[0] <= cx <= b[2] and b[1] <= cy <= b[3] and c not in chip
        and b[2] - b[0] <= 3 * width + 20
    ]  # fmt: skip
    if not under:
        return None
    return min(under, key=lambda bc: (bc[0][2] - bc[0][0]) * (bc[0][3] - bc[0][1]))[1]


# ---- words regrouped into lines --------------------------------------------------------------


def _words_in(page: Page, box: BBox) -> list[tuple[Word, Line]]:
    """The words whose centres stand in the box, each with the line the reader put it in."""
    out: list[tuple[Word, Line]] = []
    for ln in page.lines:
        if not _overlaps(ln.bbox, box):
            continue
        words = ln.words or [Word(ln.text, *ln.bbox)]
        for w in words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                out.append((w, ln))
    return out


def _relined(words: list[tuple[Word, Line]], page: int) -> list[Line]:
    """Words regrouped into lines by where they stand: the reader may have cut a line at a
    bold run ('2' apart from '.2 Track ...') or joined a box's line with its neighbour's."""
    if not words:
        return []
    height = statistics.median(w.bottom - w.top for w, _ in words) or 1.0
    rows: list[list[tuple[Word, Line]]] = []
    for w, ln in sorted(words, key=lambda wl: ((wl[0].top + wl[0].bottom) / 2, wl[0].x0)):
        cy = (w.top + w.bottom) / 2
        if rows:
            prev = rows[-1]
            pcy = statistics.mean((p.top + p.bottom) / 2 for p, _ in prev)
            if abs(cy - pcy) <= 0.5 * height:
                prev.append((w, ln))
                continue
        rows.append([(w, ln)])
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda wl: wl[0].x0)
        text = row[0][0].text
        for (a, _), (b, _) in zip(row, row[1:], strict=False):
            text += ("" if b.x0 - a.x1 < WORD_GAP * height else " ") + b.text
        ws = [w for w, _ in row]
        src = max((ln for _, ln in row), key=lambda ln: len(ln.text))
        box = (min(w.x0 for w in ws), min(w.top for w in ws),
               max(w.x1 for w in ws), max(w.bottom for w in ws))  # fmt: skip
        line = Line(text, box, src.font_size, src.bold, page, src.index, words=ws)
        line.colour = src.colour
        out.append(line)
    return out


def _line(text: str, like: Line) -> Line:
    line = Line(text, like.bbox, like.font_size, like.bold, like.page, like.index)
    line.words = []
    return line


# ---- the legend of coloured categories -------------------------------------------------------


Legend = list[tuple[str, str, str, list[Line]]]  # number, text, colour, its lines


def _legend(doc: ParsedDocument, last_page: int) -> Legend:
    """'<label> 2 · <text>' after a small coloured square, on the pages up to the first grid:
    two or more, numbered apart, each text a sentence."""
    found: Legend = []
    for page in doc.pages[:last_page]:
        _ = page.rulings
        squares = [
            (b, c) for b, c in [*page.glyph_fills, *page.fills]
            if SQUARE[0] <= b[2] - b[0] <= SQUARE[1] and SQUARE[0] <= b[3] - b[1] <= SQUARE[1]
            and abs((b[2] - b[0]) - (b[3] - b[1])) <= 2.0 and fill_rgb(c) is not None
        ]  # fmt: skip
        for b, colour in squares:
            entry = _legend_entry(page, b, [s for s, _ in squares if s != b])
            if entry is None:
                continue
            number, text, lines = entry
            if any(f[0] == number for f in found):
                continue
            found.append((number, text, colour, lines))
    if len(found) < 2:
        return []
    return sorted(found, key=lambda f: int(f[0]))


def _legend_entry(
    page: Page, square: BBox, others: Sequence[BBox]
) -> tuple[str, str, list[Line]] | None:
    """The text after a legend square: from its line down, up to the next square below it or
    a gap, and left of the next square to its right."""
    side = square[3] - square[1]
    right = min(
        (
            o[0]
            for o in others
            if o[0] > square[2] and o[1] < square[3] + side and o[3] > square[1] - side
        ),
        default=page.width,
    )
    below = min(
        (o[1] for o in others if o[1] > square[3] and abs(o[0] - square[0]) <= side),
        default=page.height,
    )
    box = (square[2], square[1] - side, right - 1.0, below - 1.0)
    lines = _relined(_words_in(page, box), page.number)
    cy = (square[1] + square[3]) / 2
    start = next((k for k, ln in enumerate(lines) if ln.top - 2.0 <= cy <= ln.bottom + 2.0), None)
    if start is None:
        return None
    kept = [lines[start]]
    for ln in lines[start + 1 :]:
        if ln.top - kept[-1].bottom > 0.8 * (kept[-1].bottom - kept[-1].top) + 2.0:
            break
        kept.append(ln)
    m = _LEGEND.match(join_text(ln.text for ln in kept))
    if m is None or len(m.group("text").split()) < MIN_LEGEND_WORDS:
        return None
    return m.group("num"), " ".join(m.group("text").split()), kept


def _legend_element(legend: Legend, sha256: str) -> Element:
    """The legend as a two-column recommendations table: number | text."""
    rows = []
    for number, text, _colour, lines in legend:
        box = (min(ln.x0 for ln in lines), min(ln.top for ln in lines),
               max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines))  # fmt: skip
        rows.append(
            Row(
                cells=[
                    Cell(number, box, [_line(number, lines[0])]),
                    Cell(text, box, [_line(text, lines[0])]),
                ],
                page=lines[0].page,
                merged_above=[False, False],
            )
        )
    first = legend[0][3][0]
    return Element(
        first.page,
        first.top,
        table=PlanTable(
            RECOMMENDATION_TABLE, ["rec", "recommendation_text"], ["Key", "Category"], rows,
            first.page, first.top,
        ),
    )  # fmt: skip


def _link(entries: list[_Entry], legend: Legend) -> None:
    """Each entry's recommendation: the legend entry its colour matches, else the one its
    ref's first number names."""
    numbers = {n for n, _t, _c, _l in legend}
    for e in entries:
        matched = {n for n, _t, c, _l in legend for mine in e.colours if _same_colour(c, mine)}
        if len(matched) == 1:
            e.rec = matched.pop()
            continue
        head = re.match(r"[A-Z]?(\d+)", e.ref)
        if head is not None and (not numbers or head.group(1) in numbers):
            e.rec = head.group(1)


def _same_colour(a: str, b: str) -> bool:
    ra, rb = fill_rgb(a), fill_rgb(b)
    if ra is None or rb is None:
        return False
    return sum(abs(x - y) for x, y in zip(ra, rb, strict=True)) <= COLOUR_NEAR


# ---- notes printed after the calendar --------------------------------------------------------


def _notes(
    elements: Sequence[Element], after: int, entries: list[_Entry]
) -> tuple[set[int], list[str]]:
    """Tables of two columns after the last grid whose first cells are the entries' refs: each
    row the progress note of that entry. The elements read, and the refs of rows with a note
    that name no entry (not read: said)."""
    by_ref = {e.ref: e for e in entries}
    read: set[int] = set()
    unmatched: list[str] = []
    for k in range(after + 1, len(elements)):
        raw = elements[k].raw
        if raw is None or max(len(r) for r in raw.rows) != 2:
            continue
        rows = [(r[0], r[1]) for r in raw.rows if len(r) == 2 and r[0] is not None]
        refs = [" ".join(c.text.split()) for c, _ in rows]
        if not rows or sum(ref in by_ref for ref in refs) < max(1, len(rows) // 2 + 1):
            continue
        for (_c, note), ref in zip(rows, refs, strict=True):
            if note is None or not note.text.strip():
                continue
            if ref in by_ref:
                by_ref[ref].progress = " ".join(note.text.split())
                by_ref[ref].progress_lines = list(note.lines)
            elif ref:
                unmatched.append(ref)
        read.add(k)
    return read, unmatched


# ---- the entries as a table ------------------------------------------------------------------


def _plan_order(entries: list[_Entry]) -> list[_Entry]:
    """The entries in the order of their refs: a calendar sorts them by date, the plan's own
    order is its numbering."""
    keys = [tuple(int(n) for n in re.findall(r"\d+", e.ref)) for e in entries]
    if len(set(keys)) < len(keys):
        return entries
    return [e for _, e in sorted(zip(keys, entries, strict=True), key=lambda ke: ke[0])]


def _entry_table(entries: list[_Entry]) -> PlanTable | None:
    texts = [
        [e.ref, e.rec, join_text(ln.text for ln in e.text),
         " ".join(ln.text for ln in e.owner), e.due, e.status, e.progress]
        for e in entries
    ]  # fmt: skip

    def cell(i: int, j: int) -> Cell | None:
        e = entries[i]
        text = texts[i][j]
        lines = [e.text[:1], e.text[:1], e.text, e.owner, e.due_lines, e.status_lines,
                 e.progress_lines][j]  # fmt: skip
        if not text or not lines:
            return None
        box = (min(ln.x0 for ln in lines), min(ln.top for ln in lines),
               max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines))  # fmt: skip
        if j in (2, 3, 6):
            return Cell(text, box, list(lines))
        return Cell(text, box, [_line(text, lines[0])])

    first = entries[0]
    table = record_table(texts, cell, ROLES, LABELS, EVIDENCE, first.page, first.text[0].top)
    if table is None:
        return None
    for row, e in zip(table.rows, entries, strict=True):
        row.page = e.page
    return table


# ---- geometry and warnings -------------------------------------------------------------------


def _element_box(el: Element) -> BBox | None:
    if el.raw is not None:
        return el.raw.bbox
    return None


def _within(a: BBox, b: BBox) -> bool:
    return (
        a[0] >= b[0] - SLACK and a[1] >= b[1] - SLACK
        and a[2] <= b[2] + SLACK and a[3] <= b[3] + SLACK
    )  # fmt: skip


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _overlaps_any(box: BBox, lines: Sequence[Line]) -> bool:
    return any(_overlaps(box, ln.bbox) for ln in lines)


def _unread_said(refs: list[str], month: str, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_calendar_entries_unread",
        message=(
            f"{len(refs)} entr{'y' if len(refs) == 1 else 'ies'} of the {month} calendar "
            f"({', '.join(refs[:5])}) name no one who holds them (no line of initials and a "
            "name): read with no owner; check the print"
        ),
        page=page,
    )


def _boxes_said(firsts: list[str], month: str, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_calendar_boxes_unread",
        message=(
            f"{len(firsts)} box(es) in the {month} calendar's day cells carry a holder or a "
            f"status but open with no ref read as one (e.g. '{firsts[0][:60]}'): not read as "
            "actions; check the print"
        ),
        page=page,
    )


def _no_month_said(el: Element, first: int, end: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_calendar_month_missing",
        message=(
            f"a month grid of days {first}-{end} has no 'Month YYYY' heading over it: its "
            "entries were not read; check the print"
        ),
        page=el.page,
    )


def _unmatched_said(refs: list[str], page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_calendar_notes_unmatched",
        message=(
            f"{len(refs)} row(s) of the notes after the calendar name refs that match no entry "
            f"({', '.join(refs[:5])}): their notes were not read; check the print"
        ),
        page=page,
    )
