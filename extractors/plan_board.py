"""A board of cards: columns side by side, each headed by a status, a card per action (issue 11).

Kanban boards and 'status swimlane' exports print no status on a card: the column a card
stands in is its status, and its heading says it ('In progress (3)': the state and a count).
Each column is read as one boxed region (a one-cell table holding the heading and every
card); its cards carry no labels either, so their fields are read from what each line is:

- a top line of short tokens that each hold a digit ('#107 REC-2', 'A07 R2'): the card's
  reference, then the recommendation it answers;
- a bottom line ending in a date: who owns the card (the name, its avatar's initials before it
  left off) and the date;
- what stands between: the action.

A board is two or more such columns standing side by side on a page whose headings are all
statuses (the RAG normaliser's colours or progress states); anything else is left as it was.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence

from plantrace.extractors.card_grid import CHIP_GAP, part
from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import (
    Element,
    PlanTable,
    header_role,
)
from plantrace.extractors.record_tables import record_table
from plantrace.pipeline.document import BBox, Cell, Line, ParsedDocument
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.dates import MONTHS
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag, rag_from_fill

MIN_COLUMNS = 2  # status columns side by side that make a board
MAX_HEADING_WORDS = 4
MAX_TAG_TOKENS = 4
MAX_OWNER_WORDS = 6
BAR_REACH = 3.0  # heading heights below a heading where its column's bar may stand
BAR_HEIGHT = 2.0  # heading heights: a bar is a strip (a taller fill is the column or a card)
# white space taller than this many (median) line heights runs between two cards; the space
# between a card's text and its owner line (a padded row of its own) stays under it
CARD_GAP = 2.0
TOP_SLACK = 12.0  # points: the tops of a board's columns stand level, give or take this
# the column's count after its status: 'In progress (3)', 'At risk · 2', 'Overdue – 1', 'Done 4'
_COUNT = re.compile(r"[\s(\[·•|:–—-]*\d+\s*[)\]]?\s*$")
_INITIALS = re.compile(r"^[A-Z]{1,3}$")
# a page's filled rectangles and their colours, by page number (read on demand: a page's
# vector objects are read with its rulings)
Fills = Callable[[int], Sequence[tuple[BBox, str]]]
ROLES: list[str | None] = ["ref", "rec", "action", "owner", "due", "rag"]
LABELS = ["Card ref", "Card tag", "Card text", "Card owner", "Card date", "Board column"]
EVIDENCE = "board column: the status is the heading of the column the card stands in"


def adopt_board(elements: list[Element], fills: Fills | None = None) -> list[Element]:
    """Status columns side by side, read into one action table of their cards: columns drawn
    as boxes (one-cell tables), else headings standing level with the cards' lines under them."""
    fills = fills or _no_fills
    return _unboxed(_boxed(elements, fills), fills)


def _no_fills(page: int) -> Sequence[tuple[BBox, str]]:
    return ()


def page_fills(doc: ParsedDocument) -> Fills:
    """The document's filled rectangles page by page, read when a board asks for them."""

    def fills(page: int) -> Sequence[tuple[BBox, str]]:
        if not 1 <= page <= len(doc.pages):
            return ()
        p = doc.pages[page - 1]
        _ = p.rulings  # fills are read with the rulings
        return p.fills

    return fills


def _boxed(elements: list[Element], fills: Fills) -> list[Element]:
    """Runs of boxed status columns, each run read as one table."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        run = _column_run(elements, i)
        table = None
        if len(run) >= MIN_COLUMNS:
            table, unread = _board_table([_column_lines(elements[k]) or [] for k in run], fills)
        if table is None:
            out.append(elements[i])
            i += 1
            continue
        out += [Element(table.page, table.top, table=table), *unread]
        i = run[-1] + 1
    return out


def _unboxed(elements: list[Element], fills: Fills) -> list[Element]:
    """Status headings level on one line of the page, the lines below them read into columns
    by where they stand (the headings' left edges part the columns): the lines of a board drawn
    with no box the reader found, which reading order interleaves card by card."""
    for i, el in enumerate(elements):
        heads = _heading_band(el)
        if heads is None:
            continue
        edges = [h.x0 - TOP_SLACK for h in heads[1:]]
        above = [ln for ln in el.lines if ln.top < heads[0].top - TOP_SLACK]
        taken = [ln for ln in el.lines if ln not in above and not _heading_parts(ln)]
        end = i + 1
        # a board longer than the page runs on at the top of the next, in the same columns
        while end < len(elements) and _in_columns(elements[end], el.page, edges):
            taken += _element_lines(elements[end])
            end += 1
        if any(_column_of(ln, edges) is None for ln in taken):
            continue
        columns = [[h] for h in heads]
        for ln in sorted(taken, key=lambda ln: (ln.page, ln.top, ln.x0)):
            columns[_column_of(ln, edges) or 0].append(ln)
        table, unread = _board_table(columns, fills)
        if table is None:
            continue
        head = [Element(el.page, above[0].top, lines=above)] if above else []
        board = Element(table.page, table.top, table=table)
        return [*elements[:i], *head, board, *unread, *_unboxed(elements[end:], fills)]
    return elements


def _heading_band(el: Element) -> list[Line] | None:
    """A paragraph's status headings standing level side by side (two or more), left to right."""
    if el.table is not None or el.raw is not None:
        return None
    heads = [h for ln in el.lines for h in _heading_parts(ln)]
    if len(heads) < MIN_COLUMNS:
        return None
    band = [h for h in heads if abs(h.top - heads[0].top) <= TOP_SLACK]
    band.sort(key=lambda h: h.x0)
    if len(band) < MIN_COLUMNS or any(
        a.bbox[2] > b.x0 for a, b in zip(band, band[1:], strict=False)
    ):
        return None
    return band


def _heading_parts(line: Line) -> list[Line]:
    """A line's status headings: the line itself, or the runs of words a wide gap parts when
    the text reader joined neighbouring headings into one line ('Overdue (0)   Complete (6)':
    short headings of empty columns stand close enough to be read as one line)."""
    if status_heading(line.text) is not None:
        return [line]
    words = line.words
    if len(words) < 2:
        return []
    h = max(line.bottom - line.top, 1.0)
    cuts = [0, *(k for k in range(1, len(words)) if words[k].x0 - words[k - 1].x1 >= CHIP_GAP * h)]
    runs = [words[a:b] for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]
    parts = [part(line, run) for run in runs]
    if len(parts) < 2 or any(status_heading(p.text) is None for p in parts):
        return []
    return parts


def _element_lines(el: Element) -> list[Line]:
    if el.raw is not None:
        return [ln for row in el.raw.rows for c in row if c is not None for ln in c.lines]
    return list(el.lines)


def _in_columns(el: Element, page: int, edges: Sequence[float]) -> bool:
    """A paragraph, or a box of one cell with text, on the page or the next whose every line
    stands in one column."""
    if el.page not in (page, page + 1) or el.table is not None:
        return False
    if el.raw is not None and sum(bool(c and c.lines) for row in el.raw.rows for c in row) != 1:
        return False
    lines = _element_lines(el)
    return bool(lines) and all(_column_of(ln, edges) is not None for ln in lines)


def _column_of(line: Line, edges: Sequence[float]) -> int | None:
    """The column a line stands in, None for a line across a column edge."""
    k = sum(1 for e in edges if line.x0 >= e)
    if k < len(edges) and line.bbox[2] > edges[k]:
        return None
    return k


def _column_run(elements: Sequence[Element], i: int) -> list[int]:
    """Indices of consecutive status columns from i, level on one page."""
    run: list[int] = []
    top: Line | None = None
    for k in range(i, len(elements)):
        el = elements[k]
        lines = _column_lines(el)
        if lines is None:
            break
        top = top or lines[0]
        if el.page != top.page or abs(lines[0].top - top.top) > TOP_SLACK:
            break
        run.append(k)
    return run


def _column_lines(el: Element) -> list[Line] | None:
    """A one-cell table whose first line is a status heading: its lines, else None."""
    raw = el.raw
    if raw is None or len(raw.rows) != 1:
        return None
    cells = [c for c in raw.rows[0] if c is not None]
    if len(cells) != 1 or not cells[0].lines:  # an empty column is its heading alone
        return None
    lines = sorted(cells[0].lines, key=lambda ln: (ln.top, ln.x0))
    return lines if status_heading(lines[0].text) is not None else None


def status_heading(text: str) -> str | None:
    """The status a column heading names ('At risk (5)' -> 'At risk'), else None."""
    words = _COUNT.sub("", text).strip()
    if not words or len(words.split()) > MAX_HEADING_WORDS or any(ch.isdigit() for ch in words):
        return None  # a figure left in it: two headings read as one line ('At risk (0) Overdue')
    if normalise_rag(words) is None and not is_status_state(words):
        return None
    return words


def _board_table(
    columns: Sequence[Sequence[Line]], fills: Fills
) -> tuple[PlanTable | None, list[Element]]:
    """The cards of the columns (each its heading line, then its cards' lines, top down), and
    each block of lines no card could be read from, as a paragraph: kept, not dropped, so that
    the plan's checks of text left unread still see it (a card whose who and when are not
    there, a note under a column)."""
    rows: list[list[tuple[str, list[Line]]]] = []
    unread: list[Element] = []
    if any(not lines for lines in columns):
        return None, []
    bars = _bar_colours([lines[0] for lines in columns], fills)
    for lines, bar in zip(columns, bars, strict=True):
        head = lines[0]
        status = status_heading(head.text) or ""
        if bar is not None and normalise_rag(status) is None:
            status = f"{status} ({bar})"  # a state with no colour of its own: its bar's colour
        for block in _blocks(lines[1:]):
            card = _card(block)
            if card is not None:
                rows.append([*card, (status, [head])])
            else:
                unread.append(Element(block[0].page, block[0].top, lines=list(block)))
    if len(rows) < MIN_COLUMNS:
        return None, []
    rows = _plan_order(rows)
    top = columns[0][0]
    table = record_table(
        [[field[0] for field in r] for r in rows],
        lambda i, j: _cell(*rows[i][j]),
        ROLES,
        LABELS,
        EVIDENCE,
        top.page,
        top.top,
    )
    if table is None:
        return None, []
    table.steps = [status_heading(lines[0].text) or "" for lines in columns]  # empty ones too
    unread.sort(key=lambda el: (el.page, el.top))
    return table, unread


def _bar_colours(heads: Sequence[Line], fills: Fills) -> list[str | None]:
    """The colour of each column's bar (a filled strip under or behind its heading), when the
    columns' bars differ from each other: then they are the board's own key of statuses, as a
    legend is ('In progress' over a green bar is on track); one colour for all is the theme's.
    A grey, white or black bar is no colour."""
    found: list[str | None] = []
    for head in heads:
        h = max(head.bottom - head.top, 1.0)
        near = [
            (box, colour) for box, colour in fills(head.page)
            if box[0] < head.bbox[2] and box[2] > head.x0
            and head.top - h <= box[1] <= head.bottom + BAR_REACH * h
            and box[3] - box[1] <= BAR_HEIGHT * h
        ]  # fmt: skip
        near.sort(key=lambda bc: abs(bc[0][1] - head.bottom))
        found.append(near[0][1] if near else None)
    if len({c for c in found if c is not None}) < MIN_COLUMNS:
        return [None] * len(heads)
    return [rag_from_fill(c) if c is not None else None for c in found]


def _plan_order(rows: list[list[tuple[str, list[Line]]]]) -> list[list[tuple[str, list[Line]]]]:
    """The cards in the order of their refs when every card has one ('#101', '#102', ...): a
    board sorts its cards by status, the plan's own order is its numbering; else as printed."""
    keys = [_ref_key(r[0][0]) for r in rows]
    if any(not k for k in keys) or len(set(keys)) < len(keys):
        return rows
    return [r for _, r in sorted(zip(keys, rows, strict=True), key=lambda kr: kr[0])]


def _ref_key(ref: str) -> tuple[int, ...]:
    """A ref's numbers ('#107' -> (107,), 'A1.2' -> (1, 2)); empty for a ref with none."""
    return tuple(int(n) for n in re.findall(r"\d+", ref))


def _blocks(lines: Sequence[Line]) -> list[list[Line]]:
    """The column's lines cut into cards where a band of white space runs between them."""
    if not lines:
        return []
    unit = statistics.median(ln.bottom - ln.top for ln in lines)
    out: list[list[Line]] = [[lines[0]]]
    for prev, ln in zip(lines, lines[1:], strict=False):
        if ln.page != prev.page or (
            ln.top - prev.bottom > CARD_GAP * unit and owner_date(ln.text) is None
        ):
            out.append([ln])  # an owner line alone is its card's last line, whatever the gap
        else:
            out[-1].append(ln)
    return out


def _card(block: Sequence[Line]) -> list[tuple[str, list[Line]]] | None:
    """A card's (ref, tag, text, owner, date) values with their lines, read from what each
    line is; None for a block with no action text between its tag line and its owner line."""
    body = list(block)
    ref: tuple[str, list[Line]] = ("", [])
    tag: tuple[str, list[Line]] = ("", [])
    if body and _tag_line(body[0].text):
        words = body[0].text.split()
        ref = (words[0], [body[0]])
        tag = (" ".join(words[1:]), [body[0]])
        body = body[1:]
    owner: tuple[str, list[Line]] = ("", [])
    due: tuple[str, list[Line]] = ("", [])
    if len(body) >= 2:
        split = owner_date(body[-1].text) or _avatar_owner(body[-1].text)
        if split is not None:
            owner = (split[0], [body[-1]])
            due = (split[1], [body[-1]])
            body = body[:-1]
        if not owner[0] and len(body) >= 2 and _person(body[-1].text):
            owner = (_named(body[-1].text.split()), [body[-1]])  # a name on its own line
            body = body[:-1]
    if not body or not (owner[0] or due[0]):
        return None
    return [ref, tag, (join_text(ln.text for ln in body), body), owner, due]


def _tag_line(text: str) -> bool:
    """A line of a few short tokens, each holding a digit: a card's reference and tag."""
    words = text.split()
    return 1 <= len(words) <= MAX_TAG_TOKENS and all(
        any(ch.isdigit() for ch in w) and len(w) <= 12 for w in words
    )


def owner_date(text: str) -> tuple[str, str] | None:
    """'PN Priya Nandakumar 31.10.2025' -> ('Priya Nandakumar', '31.10.2025'): the date the
    line ends with, and the name before it without its avatar's initials."""
    words = text.split()
    for n in (3, 2, 1):
        tail = words[-n:]
        if len(words) < n or not all(_date_word(w) for w in tail):
            continue
        date = " ".join(tail)
        if cell_type(date) == CellType.date and len(words) - n <= MAX_OWNER_WORDS:
            return _named(words[:-n]), date  # a name's few words: no sentence ending in a year
    return None


def _avatar_owner(text: str) -> tuple[str, str] | None:
    """'PN Priya Nandakumar TBC' -> ('Priya Nandakumar', 'TBC'): an avatar's initials, then the
    name they are the initials of (a word per letter), then whatever the card says for when,
    a date or not ('TBC', 'Q3', nothing): the owner line is known by its avatar, so a date the
    reader cannot read is kept as printed (and warned of) rather than the card dropped."""
    words = text.split()
    if not words or not _INITIALS.match(words[0]):
        return None
    n = len(words[0])
    name = words[1 : 1 + n]
    if len(name) < n or n < 2 or not all(w[:1].isupper() for w in name):
        return None
    if not _initials_of(words[0], name):
        return None
    return " ".join(name), " ".join(words[1 + n :])


def _named(words: Sequence[str]) -> str:
    """The name in an owner's words: an avatar's initials before it, a label ('Due:') left off."""
    name = list(words)
    if len(name) >= 2 and _INITIALS.match(name[0]) and _initials_of(name[0], name[1:]):
        name = name[1:]
    text = " ".join(name)
    return "" if header_role(text.rstrip(":")) in ("due", "owner") else text


def _date_word(word: str) -> bool:
    """A word a date is made of: one with a digit, or a month's name ('30 Jun 2027')."""
    return any(ch.isdigit() for ch in word) or word.lower().rstrip(".,") in MONTHS


def _person(text: str) -> bool:
    """A short line naming a person or a post alone (an owner printed under the action)."""
    return len(text.split()) <= MAX_OWNER_WORDS and cell_type(text) == CellType.person


def _initials_of(mark: str, name: Sequence[str]) -> bool:
    """The avatar's letters are the initials of the name's words (first and last at least)."""
    letters = [w[0].upper() for w in name if w[:1].isalpha()]
    return bool(letters) and mark[0] == letters[0] and mark[-1] == letters[-1]


def _cell(text: str, lines: list[Line]) -> Cell | None:
    if not text or not lines:
        return None
    box = (
        min(ln.x0 for ln in lines), min(ln.top for ln in lines),
        max(ln.bbox[2] for ln in lines), max(ln.bottom for ln in lines),
    )  # fmt: skip
    line = Line(text, box, lines[0].font_size, lines[0].bold, lines[0].page, lines[0].index)
    line.words = []
    return Cell(text, box, [line])
