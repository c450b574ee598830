"""Rows of printed options, one highlighted: a status given by which option is filled.

A web page or slide may print an action's status as the whole set of statuses side by side
(a stepper of arrow-shaped steps, a row of chips or pills), every label printed in every block,
and show the current one by filling it in a strong colour while the others stay pale tints or
plain outlines. Read as text, the line says every status at once: 'Not begun Delayed Some
slippage On schedule Delivered'; and the row of filled boxes reads as a table of its own,
cutting the action's block off from the status under it.

The evidence is the row's shape and its colours: three or more short items on one line (a
few words each, no figures), set apart by gaps far wider than a space, the same items in the
same order printed at least twice in the plan (a set of options, not a line of prose), half of
them at least read as statuses (a row of a table's headings printed in every block is no set
of statuses), and exactly one item standing on a strong fill (dark enough to print white text
on) where every other stands on a pale tint or on no fill. That item is the value: the line is
read as its words alone, where they are printed, and the row's other boxes and their edges
are dropped from the page, the chosen box's fill kept (its colour may be the plan's own key for
the word: plan_chip_key). A row whose options each stand in a box of their own but none, or
several, filled strong is left as printed and said (plan_status_unread): the status was
printed but which one holds is not known.

Where the block is drawn in a box the card readers take the chosen option in as the box's
status chip. Where it is not, the option stands alone under the block's fields, a paragraph of
its own: attach_options makes it the status of the action read just above it (the block it
closes), and says so where no action stands above it to take it.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page, ParsedDocument, Word, words_bbox
from plantrace.pipeline.normalise.rag import is_status_state, lightness, normalise_rag

MIN_OPTIONS = 3  # two boxes may be a yes/no pair; a set of statuses offers three or more
OPTION_WORDS = 4  # an option is a short status ('Some slippage'), not a sentence
OPTION_GAP = 1.5  # font sizes: a gap this wide between words parts two options
STRONG = 0.7  # lightness under which a fill is strong (white text can be printed on it)
PALE = 0.82  # lightness over which a fill is a pale tint (an option not chosen)
MIN_ROWS = 2  # the same options printed this many times at least: a plan's set of options
EDGE = 2.0  # points: the boxes of one row share their top and bottom within this
UNDER = 3.0  # font sizes: an option row this close under a block's last line closes the block
OPTION_LABEL = "Status (option filled)"  # the status column made for the chosen options
Chosen = frozenset[tuple[int, int, str]]  # (page, line index, text) of each chosen option read


@dataclass(slots=True)
class _Row:
    line: Line
    options: list[list[Word]]
    fills: list[tuple[BBox, str] | None]  # the fill under each option

    def labels(self) -> tuple[str, ...]:
        return tuple(" ".join(w.text for w in o).lower() for o in self.options)


def read_option_rows(
    doc: ParsedDocument,
) -> tuple[ParsedDocument | None, Chosen, list[ExtractionWarning]]:
    """The document with each row of options read as its highlighted option alone (None when
    no page prints such rows), the lines that now hold a chosen option, and a warning for each
    page whose rows of options have no single option highlighted."""
    if doc.format != "pdf":
        return None, frozenset(), []
    rows = {page.number: _rows(page) for page in doc.pages}
    counts = Counter(r.labels() for found in rows.values() for r in found)
    sets = {labels for labels, n in counts.items() if n >= MIN_ROWS and _statuses(labels)}
    if not sets:
        return None, frozenset(), []
    pages: list[Page] = []
    said: list[ExtractionWarning] = []
    chosen_lines: set[tuple[int, int, str]] = set()
    for page in doc.pages:
        mine = [r for r in rows[page.number] if r.labels() in sets]
        chosen = [(r, _chosen(r)) for r in mine]
        unread = sum(1 for r, k in chosen if k is None and _boxed(r))
        if unread:
            said.append(_unread(unread, page.number))
        done = [(r, k) for r, k in chosen if k is not None]
        if done:
            new = _with_rows(page, done)
            pages.append(new)
            made = {r.line.index for r, _ in done}
            chosen_lines.update(_key(ln) for ln in new.lines if ln.index in made)
        else:
            pages.append(page)
    read = replace(doc, pages=pages) if chosen_lines else None
    return read, frozenset(chosen_lines), said


def _key(line: Line) -> tuple[int, int, str]:
    return (line.page, line.index, " ".join(line.text.split()))


def _rows(page: Page) -> list[_Row]:
    """The page's lines that read as a row of options, each option with the fill under it."""
    out: list[_Row] = []
    lines = [
        ln
        for ln in page.lines
        if len(ln.text.split()) >= MIN_OPTIONS and not any(map(str.isdigit, ln.text))
    ]
    if not lines:
        return out
    _ = page.rulings  # the fills are read with the rulings
    fills = page.fills
    for ln in lines:
        # a box filled behind some of the line's words, before its word boxes are read (they
        # cost more than the text: most pages never need them)
        if not any(_behind(f[0], ln.bbox) for f in fills):
            continue
        options = _options(ln)
        if options is not None:
            out.append(_Row(ln, options, [_fill_under(o, fills) for o in options]))
    return out


def _behind(box: BBox, line: BBox) -> bool:
    """The box lies behind part of the line: across its middle, within its extent."""
    y = (line[1] + line[3]) / 2
    return box[1] <= y <= box[3] and box[0] < line[2] and box[2] > line[0]


def _options(line: Line) -> list[list[Word]] | None:
    """The line's words cut at gaps much wider than a space, where that makes three or more
    short items; else None."""
    words = line.words
    if not words:
        return None
    gap = OPTION_GAP * max(line.font_size, 1.0)
    parts: list[list[Word]] = [[words[0]]]
    for w in words[1:]:
        if w.x0 - parts[-1][-1].x1 >= gap:
            parts.append([])
        parts[-1].append(w)
    if len(parts) < MIN_OPTIONS or any(len(p) > OPTION_WORDS for p in parts):
        return None
    return parts


def _fill_under(
    words: Sequence[Word], fills: Sequence[tuple[BBox, str]]
) -> tuple[BBox, str] | None:
    """The smallest fill under the middle of the words."""
    x = (words[0].x0 + words[-1].x1) / 2
    y = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
    under = [f for f in fills if f[0][0] <= x <= f[0][2] and f[0][1] <= y <= f[0][3]]
    return min(under, key=lambda f: (f[0][2] - f[0][0]) * (f[0][3] - f[0][1])) if under else None


def _statuses(labels: Sequence[str]) -> bool:
    """Half the options at least read as a status (a colour word or a progress state): a row
    of a table's headings printed in every block is no set of statuses."""
    read = sum(1 for x in labels if normalise_rag(x) is not None or is_status_state(x))
    return 2 * read >= len(labels)


def _boxed(row: _Row) -> bool:
    """Every option stands on a box of its own: the row is drawn as options to highlight."""
    boxes = [f for f in row.fills if f is not None]
    return len(boxes) == len(row.options) and len({id(f) for f in boxes}) == len(boxes)


def _chosen(row: _Row) -> int | None:
    """The one option on a strong fill where every other is on a pale tint or none."""
    strong: list[int] = []
    for k, f in enumerate(row.fills):
        light = lightness(f[1]) if f is not None else 1.0
        if light is None:
            return None
        if light < STRONG:
            strong.append(k)
        elif light <= PALE:
            return None  # a mid tone: neither chosen nor plainly not
    return strong[0] if len(strong) == 1 else None


def _with_rows(page: Page, done: Sequence[tuple[_Row, int]]) -> Page:
    """The page with each row's line read as its chosen option, the row's other boxes and the
    edges drawn inside the row dropped."""
    new = copy.copy(page)
    swap: dict[int, Line] = {}
    drop: list[BBox] = []
    keep: set[int] = set()
    for row, k in done:
        words = row.options[k]
        ln = row.line
        swap[id(ln)] = Line(
            " ".join(w.text for w in words),
            words_bbox(list(words)),
            ln.font_size,
            True,
            ln.page,
            ln.index,
            words=list(words),
            colour=ln.colour,
        )
        chosen = row.fills[k]
        assert chosen is not None
        keep.add(id(chosen))
        boxes = [f[0] for f in row.fills if f is not None]
        top = min(b[1] for b in boxes)
        bottom = max(b[3] for b in boxes)
        drop.append((min(b[0] for b in boxes), top, max(b[2] for b in boxes), bottom))
    new.lines = [swap.get(id(ln), ln) for ln in page.lines]
    new.fills = [f for f in page.fills if id(f) in keep or not any(_inside(f[0], b) for b in drop)]
    new.rulings = [
        r for r in page.rulings if not any(_inside((r.x0, r.top, r.x1, r.bottom), b) for b in drop)
    ]
    new.struck_memo = None
    return new


def _inside(a: BBox, b: BBox) -> bool:
    """a lies within the row's band b: its top and bottom within the band's, give or take the
    slack, and across no further than an arrow's point beyond its ends."""
    reach = b[3] - b[1]
    return (
        a[1] >= b[1] - EDGE
        and a[3] <= b[3] + EDGE
        and a[0] >= b[0] - reach
        and a[2] <= b[2] + reach
    )


def _unread(count: int, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_status_unread",
        message=(
            f"{count} row(s) of printed options (every status printed side by side, one meant to"
            " be highlighted) show no single option filled apart from the rest: their actions'"
            " status was not read; check the page"
        ),
        page=page,
    )


def attach_options(
    elements: list[Element], chosen: Chosen
) -> tuple[list[Element], list[ExtractionWarning]]:
    """The elements with each chosen option that stands as a paragraph of its own made the
    status of the action read just above it (the last row of the action table before it, on
    its page, with no status of its own, the option close under it); a warning for the pages
    where a chosen option stands under no action."""
    if not chosen:
        return elements, []
    out: list[Element] = []
    stray: Counter[int] = Counter()
    for el in elements:
        first = el.lines[0] if el.table is None and el.raw is None and el.lines else None
        if first is None or _key(first) not in chosen:
            out.append(el)
            continue
        if _attach(out[-1] if out else None, first):
            if len(el.lines) > 1:
                out.append(Element(el.page, el.lines[1].top, lines=el.lines[1:]))
        else:
            stray[first.page] += 1
            out.append(el)
    return out, [_stray(n, page) for page, n in sorted(stray.items())]


def _attach(above: Element | None, line: Line) -> bool:
    """Make the option the status of the last action of the table above, where it closes it."""
    t = above.table if above is not None else None
    if t is None or t.kind != ACTION_TABLE or not t.rows:
        return False
    row = t.rows[-1]
    if row.page != line.page or any(row.text(c).strip() for c in t.cols("rag")):
        return False
    gap = line.top - row.bbox[3]
    if not -1.0 <= gap <= UNDER * max(line.font_size, 1.0):
        return False
    col = t.col("rag")
    if col is None:
        col = len(t.roles)
        t.roles.append("rag")
        t.labels.append(OPTION_LABEL)
        for r in t.rows:
            r.pad(col)
    row.pad(col)
    row.cells[col] = Cell(line.text, line.bbox, [line])
    return True


def _stray(count: int, page: int) -> ExtractionWarning:
    return ExtractionWarning(
        code="plan_status_unread",
        message=(
            f"{count} highlighted option(s) of a printed row of statuses stand under no action"
            " read: their status was not given to an action; check the page"
        ),
        page=page,
    )
