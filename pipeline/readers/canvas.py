"""Lay stated content (paragraphs, tables of cells) out on a virtual page.

Word and Excel files say what is a table, a row, a cell and a merge, but not where it lands on a
printed page. The extractors read geometry (a cell's box, a line's top, a row's box), so the
backends place what the file states on a page of their own: columns as wide as the file makes
them, rows as tall as their cells' lines, merged cells as boxes over the slots they cover. The
geometry is invented, the structure is not: tables come out as stated grids (Page.tables), and
no extractor has to infer them from rulings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrace.pipeline.document import BBox, Cell, Line, Locator, Page, Ruling, Table, Word
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.tables import header_copies

MARGIN = 36.0  # points around the content
BODY_SIZE = 10.0
PAD = 2.0  # inside a cell, around its lines
GAP = 6.0  # between paragraphs and tables
MIN_WIDTH = 595.0  # A4 portrait: a narrow sheet still gets a page of ordinary width
SWATCH_GAP = 2.0  # between a key's swatch and the name it keys
# a space between paragraphs of this share of the type size or more sets them apart in print:
# a print's lines at Word's usual spacing are about 1.4 sizes apart, so the space lifts their
# pitch over layout.LEADING (1.6); 1 pt after 10.5 pt lines runs on (a pitch of 1.4 sizes
# printed), 3 pt after 10 pt lines stands apart (1.63 printed)
APART = 0.2
WRAP_CHAR = 0.45  # a character's average width in a body face, in type sizes (wrapped)


@dataclass(slots=True)
class Text:
    """One line of source text with its look: a paragraph, or one paragraph of a cell."""

    text: str
    size: float = BODY_SIZE
    bold: bool = False
    # tab stops in points from the line's start, when the source lays tabs out (Word does: a
    # label, a tab, its value is a wide gap in the print); None: a tab is a space
    tabs: tuple[float, ...] | None = None
    default_tab: float = 36.0
    # those of the tab stops the text after them ends at (Word's right and decimal stops: a
    # 'Lead <dot leader> Jane Smith' line prints its value flush to the stop, far from its label)
    right_tabs: tuple[float, ...] = ()
    # those of the tab stops that state a leader (Word's dots to a right tab: 'Lead ......
    # Jane Smith'): the print fills the tab's gap with it, one word from the label's last to
    # the value's first, as the PDF reader reads it (plan_prose.leader_field reads the field)
    leader_tabs: tuple[float, ...] = ()
    before: float = 0.0  # space above a paragraph (Word's 'spacing before'), in points
    after: float = 0.0  # space below it (Word's 'spacing after'), in points
    # the highlight behind each of the text's words ('#rrggbb', None: none), one per word of
    # text.split(), where the source marks runs of its text so (Word's highlighter); None: none
    marks: tuple[str | None, ...] | None = None
    # the colour each word is printed in where its run states one, as marks (None: none stated)
    inks: tuple[str | None, ...] | None = None


@dataclass(slots=True)
class SourceCell:
    """A cell as the file states it: its lines, its span over the grid, its fill."""

    lines: list[Text]
    row: int  # 0-based grid slot of its top-left corner
    col: int
    rowspan: int = 1
    colspan: int = 1
    fill: str | None = None
    locator: Locator | None = None
    # the width in points of the border the file draws on each side (left, right, top, bottom;
    # 0: none), where the source states borders per cell (Excel); None: not stated
    borders: tuple[float, float, float, float] | None = None


@dataclass(slots=True)
class SourceTable:
    """A table as the file states it: cells over a grid of n_rows x len(widths) slots."""

    widths: list[float]  # column widths in points (relative: scaled to the page)
    n_rows: int
    cells: list[SourceCell] = field(default_factory=list)


class Canvas:
    """One virtual page, filled top to bottom; its lines are numbered in reading order."""

    def __init__(self, number: int, width: float = MIN_WIDTH, landscape: bool = False) -> None:
        self.number = number
        self.width = max(width, MIN_WIDTH)
        self.landscape = landscape
        self.y = MARGIN
        self.lines: list[Line] = []
        self.tables: list[Table] = []
        self.locators: list[tuple[int, BBox, Locator]] = []  # every cell and paragraph line
        # coloured boxes drawn outside any table (a key's swatch beside the name it keys):
        # Page.fills, as the PDF reader finds them in a print
        self.fills: list[tuple[BBox, str]] = []
        # the cell borders a source states (Excel), drawn as a print draws them: Page.rulings,
        # as the PDF reader finds them, each run of a border down or across its cells one ruling
        self.edges: dict[tuple[bool, float, float], list[tuple[float, float]]] = {}
        # where the last paragraph ended: the least top of a paragraph the file sets apart
        # from it (the last's space after, or the next's space before, APART of the type size
        # or more), and whether the last stated such space after. In print such space adds to
        # the lines' pitch, which the layout rule reads as a paragraph's end (layout._breaks:
        # a pitch over LEADING sizes, a gap over 0.9 of a line's glyph-tight height); a canvas
        # line is a whole size tall, so the gap must be a line's height to read as the print
        # reads: otherwise 'Recommendation 1 ...' and 'Recommendation 3 ...', 3 pt apart, ran
        # into one block (one recommendation) read directly and two read from the print
        self._apart: tuple[float, bool] | None = None

    def paragraph(self, text: Text, locator: Locator | None = None, wrap: bool = False) -> None:
        """wrap: the paragraph runs on over as many lines as its words need at the page's
        width, as a word processor prints it (a sheet's text spills over its row instead)."""
        if self.lines:  # no space above the first line of the page, as Word does
            self.y += text.before
            if self._apart is not None and (self._apart[1] or text.before >= APART * text.size):
                self.y = max(self.y, self._apart[0])
        parts = text_lines(text)
        if wrap:
            parts = [w for part in parts for w in wrapped(part, self.width - 2 * MARGIN)]
        last: Line | None = None
        for part in parts:
            last = self._line(part, MARGIN, self.width - MARGIN, locator)
            self.y = last.bottom + 0.3 * text.size
        self.y += GAP / 2 + text.after
        apart = text.after >= APART * text.size
        self._apart = (last.bottom + text.size, apart) if last is not None else None

    def swatch(self, line: Line, colour: str) -> None:
        """A filled box just left of the line, as tall as it: a colour key's swatch (an empty
        filled cell beside the name it keys), where a print shows it."""
        size = line.bottom - line.top
        box = (line.x0 - SWATCH_GAP - size, line.top, line.x0 - SWATCH_GAP, line.bottom)
        self.fills.append((box, colour))

    def table(self, source: SourceTable) -> list[Table]:
        """Place a stated table: its cells become Cells at their grid slots, covered slots None.

        A table the file lays out as halves side by side under one repeated header (a long list
        fitted to one sheet) is placed as its halves one under the other, left first: the page
        reads the right half's rows after the left's, as the list runs.
        """
        return [self._place(piece) for piece in side_by_side(source)]

    def _place(self, source: SourceTable) -> Table:
        xs = self._column_edges(source.widths)
        heights = _row_heights(source)
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] + h)
        rows: list[list[Cell | None]] = [[None] * (len(xs) - 1) for _ in range(source.n_rows)]
        owned = [[False] * (len(xs) - 1) for _ in range(source.n_rows)]
        for sc in sorted(source.cells, key=lambda c: (c.row, c.col)):
            r1, c1 = sc.row + sc.rowspan, sc.col + sc.colspan
            bbox = (xs[sc.col], ys[sc.row], xs[c1], ys[r1])
            lines = []
            y = bbox[1] + PAD
            for text in sc.lines:
                for part in text_lines(text):
                    self.y = y
                    ln = self._line(part, bbox[0] + PAD, bbox[2] - PAD)
                    lines.append(ln)
                    y = ln.bottom + 0.2 * text.size
            if sc.locator is not None:
                self.locators.append((self.number, bbox, sc.locator))
            if sc.borders is not None:
                self._borders(bbox, sc.borders)
            if sc.fill is not None:  # drawn under the cell, as a print paints it (a chip's tint)
                self.fills.append((bbox, sc.fill))
            rows[sc.row][sc.col] = Cell(
                join_text(ln.text for ln in lines), bbox, lines, fill=sc.fill
            )
            for r in range(sc.row, r1):
                for c in range(sc.col, c1):
                    owned[r][c] = True
        for r, row in enumerate(rows):  # a slot the file leaves out (gridBefore/After): empty
            for c in range(len(row)):
                if not owned[r][c]:
                    row[c] = Cell("", (xs[c], ys[r], xs[c + 1], ys[r + 1]))
        table = Table(self.number, (xs[0], ys[0], xs[-1], ys[-1]), rows, ruled=True)
        self.tables.append(table)
        self.y = ys[-1] + GAP
        self._apart = None  # a table stands between: no paragraph above to be set apart from
        return table

    def page(self) -> Page:
        height = max(self.y + MARGIN, 842.0)
        page = Page(
            self.number, self.width, height, list(self.lines), landscape=self.landscape,
            tables=list(self.tables),
        )  # fmt: skip
        page.fills = list(self.fills)
        if self.edges:
            page.rulings = self._rulings()
        return page

    def _borders(self, bbox: BBox, widths: tuple[float, float, float, float]) -> None:
        """A cell's borders as edges: (vertical, position, width) -> spans along it."""
        x0, top, x1, bottom = bbox
        for vertical, at, width, span in (
            (True, x0, widths[0], (top, bottom)),
            (True, x1, widths[1], (top, bottom)),
            (False, top, widths[2], (x0, x1)),
            (False, bottom, widths[3], (x0, x1)),
        ):
            if width > 0:
                self.edges.setdefault((vertical, round(at, 2), width), []).append(span)

    def _rulings(self) -> list[Ruling]:
        """The edges as rulings, as wide as their border: spans that meet are one ruling, and
        where two cells draw the one edge (a right border and its neighbour's left) in two
        widths, the wider is drawn, as a spreadsheet prints it."""
        widest: dict[tuple[bool, float], list[tuple[float, float, float]]] = {}
        for (vertical, at, width), spans in self.edges.items():
            widest.setdefault((vertical, at), []).extend((a, b, width) for a, b in spans)
        out: list[Ruling] = []
        for (vertical, at), along in widest.items():
            runs: list[list[float]] = []
            for a, b, width in sorted(along, key=lambda s: (s[0], -s[2])):
                last = runs[-1] if runs else None
                if last is not None and a <= last[1] + 0.01 and width == last[2]:
                    last[1] = max(last[1], b)
                elif last is not None and b <= last[1] + 0.01:
                    continue  # a narrower border under a wider one drawn over the same span
                else:
                    runs.append([max(a, last[1]) if last is not None else a, b, width])
            for a, b, width in runs:
                half = width / 2
                out.append(
                    Ruling(at - half, a, at + half, b)
                    if vertical
                    else Ruling(a, at - half, b, at + half)
                )
        return out

    def _column_edges(self, widths: list[float]) -> list[float]:
        """Edges of the columns: as wide as stated, shrunk to the page when wider than it."""
        widths = [w if w > 0 else 1.0 for w in widths] or [1.0]
        room = self.width - 2 * MARGIN
        scale = room / sum(widths) if sum(widths) > room else 1.0
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w * scale)
        return xs

    def _line(self, text: Text, x0: float, x1: float, locator: Locator | None = None) -> Line:
        """One line at the cursor, its words spread over at most x0..x1 in proportion to length;
        a tab (where the source lays tabs out) moves the next word to the next tab stop."""
        pieces = text.text.split("\t") if text.tabs is not None else [text.text]
        runs = [" ".join(p.split()) for p in pieces]
        clean = " ".join(r for r in runs if r)
        room = max(x1 - x0, 1.0)
        char = min(0.5 * text.size, room / max(len(clean), 1))
        top, bottom = self.y, self.y + text.size
        words: list[Word] = []
        led: list[int] = []  # words a leader joins to the word before them
        x = x0
        for k, run in enumerate(runs):
            if k and words:  # a tab: the next stop past the text so far, if the rest still fits
                rest = len(" ".join(r for r in runs[k:] if r)) * char
                at = _next_stop(x - x0, text.tabs or (), text.default_tab)
                stop = x0 + at
                if at in text.leader_tabs and run:
                    led.append(len(words))
                if at in text.right_tabs:  # the rest ends at the stop (or the line's end)
                    x = max(min(stop, x1) - rest, x + char)
                else:
                    x = stop if stop + rest <= x1 else x + char
            elif k:
                x = x0 + _next_stop(x - x0, text.tabs or (), text.default_tab)
            if not run:
                continue
            if words and x == words[-1].x1:
                x += char  # the space between two runs
            pos = 0
            for token in run.split(" "):
                start = run.index(token, pos)
                pos = start + len(token)
                words.append(Word(token, x + start * char, top, x + pos * char, bottom))
            x += len(run) * char
        if text.marks is not None and len(text.marks) == len(words):
            self._highlights(words, text.marks)
        right = words[-1].x1 if words else x0
        bbox = (x0, top, max(right, x0), bottom)
        inks = text.inks if text.inks is not None and len(text.inks) == len(words) else None
        if inks:  # each word's own ink, as the PDF reader gives a printed word's (Word.colour)
            for word, ink in zip(words, inks, strict=True):
                word.colour = ink or _AUTO
        if led:
            words = _leader_joined(words, led, text.size)
            clean = " ".join(w.text for w in words)
        line = Line(
            clean, bbox, text.size, text.bold, self.number, len(self.lines), words=words,
            colour=(inks[0] or _AUTO) if inks else None, end_colour=(inks[-1] or _AUTO) if inks else None,
        )  # fmt: skip
        self.lines.append(line)
        if locator is not None:
            self.locators.append((self.number, bbox, locator))
        return line

    def _highlights(self, words: list[Word], marks: tuple[str | None, ...]) -> None:
        """A box behind each run of words highlighted in one colour, as a print draws a
        highlighter's colour behind its text (Page.fills): the status a plan gives an action
        by the colour its text is marked in reads the same from the file and from its print."""
        k = 0
        while k < len(words):
            colour, end = marks[k], k + 1
            while end < len(words) and marks[end] == colour:
                end += 1
            if colour is not None:
                first, last = words[k], words[end - 1]
                self.fills.append(((first.x0, first.top, last.x1, last.bottom), colour))
            k = end


# the colour of a word whose run states none, in a line where another's does: Word's 'auto',
# black on a white page, as a print reads it
_AUTO = "#000000"


LEADER_DOT = 0.25  # a leader dot's width, in type sizes


def _leader_joined(words: list[Word], led: list[int], size: float) -> list[Word]:
    """The words with each leader drawn: the word before a leader tab, its dots across the
    gap, and the word after it are one word, as the print's text has no space in them
    ('manager.......Assistant'); the joined word keeps the first one's ink, as a PDF reader
    gives a word its first glyph's."""
    out: list[Word] = []
    for k, word in enumerate(words):
        if k in led and out:
            prev = out[-1]
            dots = "." * max(1, round((word.x0 - prev.x1) / (LEADER_DOT * size)))
            joined = Word(prev.text + dots + word.text, prev.x0, prev.top, word.x1, word.bottom)
            joined.colour = prev.colour
            out[-1] = joined
        else:
            out.append(word)
    return out


def text_lines(text: Text) -> list[Text]:
    """The source text's lines (a line break in it starts another), each with its own words'
    highlights; blank lines left out."""
    marks = list(text.marks) if text.marks is not None else None
    inks = list(text.inks) if text.inks is not None else None
    out: list[Text] = []
    for part in text.text.splitlines():
        n = len(part.split())
        own = tuple(marks[:n]) if marks is not None else None
        marks = marks[n:] if marks is not None else None
        ink = tuple(inks[:n]) if inks is not None else None
        inks = inks[n:] if inks is not None else None
        if part.strip():
            out.append(
                Text(
                    part,
                    text.size,
                    text.bold,
                    text.tabs,
                    text.default_tab,
                    right_tabs=text.right_tabs,
                    leader_tabs=text.leader_tabs,
                    marks=own,
                    inks=ink,
                )  # fmt: skip
            )
    return out


def wrapped(text: Text, room: float) -> list[Text]:
    """The text's line as a print wraps it at `room` points: a paragraph longer than the column
    is several lines, so a field label or a status word inside its prose stands mid-line, as in
    the PDF, and never opens a 'line' the card and strip readers take for a field. A character
    is taken as WRAP_CHAR of the type size, a body face's average: a line that only just fits
    stays one line (squeezed by _line, as before) rather than wrap where the print may not.
    The first line keeps the tabs."""
    char = WRAP_CHAR * text.size
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text.text)]
    if not spans or (spans[-1][1] - spans[0][0]) * char <= room:
        return [text]
    out: list[Text] = []
    first = 0  # index of the first word of the line being filled
    for k in range(1, len(spans) + 1):
        if k < len(spans) and (spans[k][1] - spans[first][0]) * char <= room:
            continue
        piece = text.text[spans[first][0] : spans[k - 1][1]]
        marks = text.marks[first:k] if text.marks is not None else None
        inks = text.inks[first:k] if text.inks is not None else None
        tabs = text.tabs if not out else None
        out.append(
            Text(
                piece,
                text.size,
                text.bold,
                tabs,
                text.default_tab,
                right_tabs=text.right_tabs if not out else (),
                leader_tabs=text.leader_tabs if not out else (),
                marks=marks,
                inks=inks,
            )  # fmt: skip
        )
        first = k
    return out


def _next_stop(at: float, stops: tuple[float, ...], default: float) -> float:
    """Where a tab at `at` points from the line's start goes: the first set stop past it, else
    the next multiple of the default stop (Word's 0.5 inch unless the document says)."""
    for stop in sorted(stops):
        if stop > at:
            return stop
    step = default if default > 0 else 36.0
    return (int(at // step) + 1) * step


def side_by_side(source: SourceTable) -> list[SourceTable]:
    """The copies of a table stated as halves side by side (pipeline.tables.header_copies reads
    the repeated header), each a table of its own; a table with no repeated header is itself."""
    slots: list[list[str | None]] = [[""] * len(source.widths) for _ in range(source.n_rows)]
    for sc in source.cells:
        for r in range(sc.row, min(sc.row + sc.rowspan, source.n_rows)):
            for c in range(sc.col, min(sc.col + sc.colspan, len(source.widths))):
                slots[r][c] = None  # covered by the cell (its own slot is set below)
        if sc.row < source.n_rows and sc.col < len(source.widths):
            slots[sc.row][sc.col] = " ".join(t.text for t in sc.lines)
    copies = header_copies(slots)
    if copies is None:
        return [source]
    pieces = [column_piece(source, cols) for cols in copies]
    return [p for p in pieces if p.n_rows >= 2] or [source]


def column_piece(source: SourceTable, cols: range) -> SourceTable:
    """The cells that start in columns cols, over the rows where they hold text (a short copy's
    blank rows left out), spans cut to the piece."""
    inside = [sc for sc in source.cells if sc.col in cols]
    held = sorted({sc.row for sc in inside if any(t.text.strip() for t in sc.lines)})
    at = {r: i for i, r in enumerate(held)}
    cells = [
        SourceCell(
            sc.lines,
            at[sc.row],
            sc.col - cols.start,
            max(sum(1 for r in held if sc.row <= r < sc.row + sc.rowspan), 1),
            min(sc.colspan, cols.stop - sc.col),
            sc.fill,
            sc.locator,
            sc.borders,
        )
        for sc in inside
        if sc.row in at
    ]
    return SourceTable(source.widths[cols.start : cols.stop], len(held), cells)


def _row_heights(source: SourceTable) -> list[float]:
    """Each row as tall as its tallest cell; a cell merged down shares its height out."""

    def need(sc: SourceCell) -> float:
        n = sum(len([p for p in t.text.splitlines() if p.strip()]) for t in sc.lines)
        size = max((t.size for t in sc.lines), default=BODY_SIZE)
        return 2 * PAD + max(n, 1) * 1.2 * size

    heights = [2 * PAD + 1.2 * BODY_SIZE] * source.n_rows
    for sc in source.cells:
        if sc.rowspan == 1:
            heights[sc.row] = max(heights[sc.row], need(sc))
    for sc in source.cells:
        if sc.rowspan > 1:
            span = range(sc.row, min(sc.row + sc.rowspan, source.n_rows))
            short = need(sc) - sum(heights[r] for r in span)
            if short > 0:
                heights[span[-1]] += short
    return heights
