"""Coloured marks on a page, and the key that says what each colour means.

A plan may print a task's status only as a coloured mark with no word: a dot glyph ('●' set in
green) or a small filled shape (a circle an HTML page draws with CSS, a square, a diamond), and
explain the colours once in a key ('● On course  ● Needs attention  ● Off track', each mark in
its colour). Nothing here knows any template's colours or words:

- is_mark: a small filled shape, of a size and squareness a status mark has, that the PDF reader
  keeps with the glyph marks (Page.glyph_fills: box and '#rrggbb') rather than reading it as
  table rulings;
- paint_marks: a table cell that holds a mark and no word takes the mark's colour as its fill,
  read as a wordless shaded status cell is (plan_actions.cell_rag);
- mark_key: the key, read from where the marks stand beside short status words on a line:
  the mark's colour -> the colour the word means (rag.normalise_rag), so a cell's colour reads
  as the plan's key says (rag.rag_from_fill with the key), whatever colours the plan chose; a
  colour the key names no status for ('Not started' in grey) reads as none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from plantrace.pipeline.document import BBox, Cell, Line, Page, ParsedDocument, Table, Word
from plantrace.pipeline.fill_scale import paint_balls
from plantrace.pipeline.normalise.rag import (
    NO_COLOUR,
    fill_key,
    is_status_state,
    normalise_rag,
    rag_from_fill,
    strip_marks,
    tint_rags,
)
from plantrace.pipeline.normalise.text_keys import text_key

MARK_MIN = 3.0  # points: smaller is a speck, a dotted rule's dot
MARK_MAX = 24.0  # points: larger is a picture, a logo, a badge with words in it
MARK_SQUARENESS = 1.6  # a dot, circle, square or diamond is about as wide as high
SWATCH_RATIO = 3.0  # a key's swatch may be a short bar up to this many times as wide as high
KEY_WORDS = 4  # a key's entry is a short status ('Needs attention'), not a sentence
KEY_ENTRIES = 2  # a key explains two colours or more
KEY_LINE = 400  # characters: a key line is short; a longer line is prose
KEY_GAP = 6.0  # font sizes: a mark further left of a line's first word labels nothing on it
KEY_ROW = 3  # a key of words no vocabulary holds shows three marks or more side by side
KEY_GAP_WORDS = 1.5  # font sizes: a gap this wide between words may hold a drawn mark
# so may a narrower gap (a small status dot) that is this many times the line's narrowest word
# space, and at least KEY_GAP_LEAST font sizes (_spaced_entries)
KEY_GAP_SPACES = 3.0
KEY_GAP_LEAST = 0.8


def is_mark(box: BBox) -> bool:
    """A box the size and shape of a status mark: a few points either way, about square."""
    w, h = box[2] - box[0], box[3] - box[1]
    if not (MARK_MIN <= w <= MARK_MAX and MARK_MIN <= h <= MARK_MAX):
        return False
    return max(w, h) <= MARK_SQUARENESS * min(w, h)


def paint_marks(table: Table, page: Page) -> None:
    """A cell holding one colour of drawn mark and no text is filled with that colour: a status
    printed only as a coloured circle or square reads as a status cell shaded in that colour.
    So is a cell whose mark stands before a short word no vocabulary reads as a status ('●
    Secure', the dot drawn): the word is kept, and its colour is read where the word is not
    (plan_actions.cell_rag), as tables._paint_glyphs does for a glyph dot. A cell with marks of
    two colours says no one status and is left alone; a cell of glyphs ('●', in any colour,
    white included) is text, read by tables._paint_glyphs. A cell holding a circle drawn partly
    filled reads as the character printing that share (fill_scale.paint_balls)."""
    paint_balls(table, page)
    if not page.glyph_fills:
        return
    for row in table.rows:
        for cell in row:
            if cell is None or cell.fill is not None:
                continue
            text = " ".join(cell.text.split())
            if text and not _unread_word(text):
                continue
            inside = [(b, c) for b, c in page.glyph_fills if centre_in(b, cell.bbox)]
            if not inside or not all(_leads(b, cell, text) for b, _ in inside):
                continue  # no mark, or one amid the words (a bullet, an icon in prose)
            colours = {c for _, c in inside}
            if len(colours) == 1:
                cell.fill = colours.pop()


BOX_LINES = 3  # a card's box holds its text, its fields and its status: three lines or more


def paint_box_mark(table: Table, page: Page) -> None:
    """A box drawn round a card (a one-cell table of several lines) whose own fill says no
    status takes the colour of the one status mark it prints before a short line ('● Wobbling'
    under the card's fields): a sticky note whose status is a coloured dot, read as a card
    whose box is shaded in that colour (plan_cards reads a box's colour as the card's status
    where its words say none). A box with marks of two colours, a mark amid prose (a bullet
    before a sentence) or a mark before a long line is left alone."""
    if not page.glyph_fills or len(table.rows) != 1 or len(table.rows[0]) != 1:
        return
    cell = table.rows[0][0]
    if cell is None or len(cell.lines) < BOX_LINES:
        return
    if cell.fill is not None and rag_from_fill(cell.fill) is not None:
        return  # the box's own tint already says a status
    marks = [(b, c) for b, c in page.glyph_fills if centre_in(b, cell.bbox)]
    colours = {c for _, c in marks}
    if len(colours) != 1 or not all(_leads_short_line(b, cell.lines) for b, _ in marks):
        return
    colour = colours.pop()
    if rag_from_fill(colour) is not None:
        cell.fill = colour


def _leads_short_line(mark: BBox, lines: Sequence[Line]) -> bool:
    """The mark stands right before a line of a few words (a status), on its height."""
    return any(
        len(ln.text.split()) <= KEY_WORDS and _leads(mark, Cell(ln.text, ln.bbox, [ln]), ln.text)
        for ln in lines
    )


def paint_chips(cells: Sequence[Cell], page: Page) -> None:
    """Each status cell read from a card (a chip: a few words no vocabulary reads, its box the
    words' own) with no fill takes the colour of the smallest filled shape under its words' middle
    that says a status by hue (a pill drawn behind the word) or of the mark right before them;
    a page that draws no such shape changes nothing. For the card reader, whose cells come
    from lines and never see the page's drawing."""
    _ = page.rulings  # the fills and marks are read with the rulings
    if not page.fills and not page.glyph_fills:
        return
    for cell in cells:
        text = " ".join(cell.text.split())
        if cell.fill is not None or not text or not _unread_word(text):
            continue
        x, y = (cell.bbox[0] + cell.bbox[2]) / 2, (cell.bbox[1] + cell.bbox[3]) / 2
        under = _pill_under(page, x, y, cell)
        marks = [c for b, c in page.glyph_fills if _leads(b, cell, text) and _near(b, cell)]
        if under is not None:
            cell.fill = under
        elif len(set(marks)) == 1 and rag_from_fill(marks[0]) is not None:
            cell.fill = marks[0]


CHIP_REACH = 3.0  # font sizes: a pill hugs its word; a taller shape shades a cell or a panel


def _pill_under(page: Page, x: float, y: float, cell: Cell) -> str | None:
    """The colour of the smallest shape under the point that says a status by hue and is the
    status's own, else None: a pill hugging the words (at most CHIP_REACH font sizes tall), or
    a larger shape (a status cell shaded whole, a status tile) that holds no line of the page
    but the status's. A quadrant or panel shaded behind a card's lines (a PDSA log's ACT
    quadrant in peach) holds other lines besides the status: it is no status's shape."""
    size = max((ln.font_size for ln in cell.lines), default=8.0)
    under = [
        ((b[2] - b[0]) * (b[3] - b[1]), b, colour)
        for b, colour in page.fills
        if b[0] <= x <= b[2] and b[1] <= y <= b[3] and rag_from_fill(colour) is not None
    ]
    if not under:
        return None
    _, box, colour = min(under)
    if box[3] - box[1] <= CHIP_REACH * size:
        return colour
    return None if _holds_other_lines(page, box, cell) else colour


def _holds_other_lines(page: Page, box: BBox, cell: Cell) -> bool:
    """A line of the page other than the cell's own (its middle outside the cell's words)
    stands with its middle inside the box."""
    x0, y0, x1, y1 = cell.bbox
    for ln in page.lines:
        if not ln.text.strip():
            continue
        mx, my = (ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2
        if not (box[0] <= mx <= box[2] and box[1] <= my <= box[3]):
            continue
        if not (x0 - 1.0 <= mx <= x1 + 1.0 and y0 - 1.0 <= my <= y1 + 1.0):
            return True
    return False


def _near(mark: BBox, cell: Cell) -> bool:
    """A mark within a few font sizes left of the cell's words."""
    size = max((ln.font_size for ln in cell.lines), default=8.0)
    return 0 <= cell.bbox[0] - mark[2] <= KEY_GAP * size


def _unread_word(text: str) -> bool:
    """A short word or two, no glyph among them, that no vocabulary reads as a status or state."""
    return (
        strip_marks(text) == text
        and len(text.split()) <= KEY_WORDS
        and normalise_rag(text) is None
        and not is_status_state(text)
    )


def _leads(box: BBox, cell: Cell, text: str) -> bool:
    """The mark stands before the cell's text (or the cell has none)."""
    if not text or not cell.lines:
        return not text
    first = cell.lines[0]
    mid = (box[1] + box[3]) / 2
    return box[2] <= first.bbox[0] + 1.0 and first.bbox[1] - 2.0 <= mid <= first.bbox[3] + 2.0


def mark_key(doc: ParsedDocument) -> dict[str, str]:
    """The plan's key of coloured marks: '#rrggbb' -> the colour its word means, or NO_COLOUR
    for a state with no colour. Read from every page (a key printed once, on the first page,
    explains the tables of the pages after it); {} where no page pairs two marks of different
    colours with status words. A colour paired with two different statuses is left out."""
    entries: list[tuple[str, str]] = []
    phrases: list[tuple[str, str]] = []
    for page in doc.pages:
        entries += page_key_entries(page)
        phrases += page_key_phrases(page)
    return {**phrase_key(phrases), **key_from_entries(entries)}


def key_from_entries(entries: Sequence[tuple[str, str]]) -> dict[str, str]:
    """'#rrggbb' -> colour from (mark colour, status) pairs, when they pair two colours or more."""
    seen: dict[str, set[str]] = {}
    for colour, status in entries:
        seen.setdefault(colour.lower(), set()).add(status)
    key = {colour: next(iter(s)) for colour, s in seen.items() if len(s) == 1}
    return fill_key(key) if len(key) >= KEY_ENTRIES else {}


def page_key_entries(page: Page) -> list[tuple[str, str]]:
    """(mark colour, status) for each mark on the page that labels a short status word: the
    words after it on its height, up to the next mark (words_after)."""
    lines = key_lines(page)
    if not any(_names_a_status(line.text) for line in lines):
        return []  # no key here: its paths (and marks) are not read for it
    _ = page.rulings  # the marks are read with the rulings
    marks = page.glyph_fills
    if len(marks) < KEY_ENTRIES:
        return []
    out: list[tuple[str, str]] = []
    rowed: list[tuple[str, str]] = []  # entries of marks beside other marks on their height
    for box, colour in marks:
        status = _status(words_after(box, lines, marks))
        if status is None:
            continue
        out.append((colour, status))
        mid = (box[1] + box[3]) / 2
        if sum(1 for b, _ in marks if b[1] - 1.0 <= mid <= b[3] + 1.0) >= KEY_ENTRIES:
            rowed.append((colour, status))
    # a key line holds several marks side by side; a lone mark before words is a table row's
    # icon and its note ('Not yet started'), which must not outvote the key's colour
    return rowed if len({c for c, _ in rowed}) >= KEY_ENTRIES else out


def page_key_phrases(page: Page) -> list[tuple[str, str]]:
    """(phrase, colour) from a key line whose words no vocabulary holds ('● Full steam  ●
    Wobbling  ● Derailed', each dot in its colour): three marks or more of different colours
    on one height, each before a short phrase, two status hues or more among them. The plan
    coins its own words and says what they mean by the colours: each phrase means the colour
    its mark shows (tint_rags over the row: pale swatches of two status hues or more read by
    their hues; a grey mark's phrase is left to read as no colour). Words a vocabulary reads
    are left to page_key_entries; the key may stand in the page's foot (key_lines)."""
    lines = key_lines(page)
    if not any(_spaced_entries(line) for line in lines):
        return []  # no line of short phrases set apart: no key, and the paths are not read
    _ = page.rulings  # the marks are read with the rulings
    marks = [*page.glyph_fills, *_swatches(page)]
    out: list[tuple[str, str]] = []
    for row in _mark_rows(marks):
        entries: list[tuple[str, str]] = []
        for box, colour in row:
            words = _up_to_symbol(words_after(box, lines, marks))
            text = strip_marks(" ".join(w.text for w in words)).strip(" :;,.-–=")
            if text and len(text.split()) <= KEY_WORDS:
                entries.append((text, colour))
        # a row of swatches in tints of two status hues or more is a scale of tints: each
        # pale tint read by its hue (a key of pale swatches edged in their ink)
        hues = tint_rags([colour for _, colour in entries])
        if len(entries) < KEY_ROW or len({h for h in hues if h is not None}) < KEY_ENTRIES:
            continue
        out += [
            (_phrase(text), hue) for (text, _), hue in zip(entries, hues, strict=True)
            if hue is not None and not _reads_in_part(text)
        ]  # fmt: skip
    return out


def _swatches(page: Page) -> list[tuple[BBox, str]]:
    """Filled rectangles of a key's swatch size that are no marks: a mark's height, wider
    than a mark is square up to SWATCH_RATIO times its height (a short bar of colour, edged in
    its ink, before each phrase of a key). Their row is a key only where page_key_phrases
    finds it one (KEY_ROW swatches of different colours on one height, each before a short
    phrase, two status hues or more among them): a table's shaded cells hold their words."""
    out: list[tuple[BBox, str]] = []
    for box, colour in page.fills:
        w, h = box[2] - box[0], box[3] - box[1]
        if MARK_MIN <= h <= MARK_MAX and MARK_SQUARENESS * h < w <= SWATCH_RATIO * h:
            out.append((box, colour))
    return out


def key_lines(page: Page) -> list[Line]:
    """The lines a key may stand on: the page's, and its running head and foot. Why: a key
    printed at the foot of every page, at one place (a comb of cards per page, each page keyed
    alike), recurs as a running footer does and is set aside with the footers; its words are
    still the plan's key."""
    return [*page.lines, *page.header_footer]


def _reads_in_part(text: str) -> bool:
    """Words a vocabulary reads, whole or in part: an opening or an ending that is a status or
    a state ('Implemented Awaiting start': two entries run together where an unfilled mark
    stood between them), left to the vocabulary and to page_key_entries."""
    parts = text.split()
    pieces = [" ".join(parts[:n]) for n in range(1, len(parts) + 1)]
    pieces += [" ".join(parts[n:]) for n in range(1, len(parts))]
    return any(normalise_rag(p) is not None or is_status_state(p) for p in pieces)


def phrase_key(phrases: Sequence[tuple[str, str]]) -> dict[str, str]:
    """phrase -> colour from (phrase, colour) pairs, a phrase keyed two colours left out."""
    seen: dict[str, set[str]] = {}
    for phrase, colour in phrases:
        seen.setdefault(phrase, set()).add(colour)
    return {phrase: next(iter(c)) for phrase, c in seen.items() if len(c) == 1}


def _mark_rows(marks: Sequence[tuple[BBox, str]]) -> list[list[tuple[BBox, str]]]:
    """Marks side by side on one height, each of its own colour (a key's row of swatches):
    rows of KEY_ROW marks or more, left to right."""
    rows: list[list[tuple[BBox, str]]] = []
    for box, colour in sorted(marks, key=lambda m: ((m[0][1] + m[0][3]) / 2, m[0][0])):
        mid = (box[1] + box[3]) / 2
        if rows and abs((rows[-1][0][0][1] + rows[-1][0][0][3]) / 2 - mid) <= 2.0:
            rows[-1].append((box, colour))
        else:
            rows.append([(box, colour)])
    return [
        sorted(r, key=lambda m: m[0][0]) for r in rows
        if len(r) >= KEY_ROW and len({c.lower() for _, c in r}) == len(r)
    ]  # fmt: skip


def _spaced_entries(line: Line) -> bool:
    """A line holding KEY_ROW short phrases or more, each set apart from the next by a wide gap
    (where a drawn mark stands): the words of a key whose marks are no glyphs. A small dot
    before each phrase ('● Progressing ● At risk ● Stalled', each dot in its colour, a few
    points wide) leaves a gap narrower than KEY_GAP_WORDS font sizes; it still parts the
    phrases where it is KEY_GAP_SPACES times the line's narrowest word space ('At risk',
    'Not yet due' keep theirs). Such a line had not been read as a key at all (the paths not
    read for it): its phrases were no status, so every action rated by its dot alone was
    left unrated where no other line of the page happened to be spaced."""
    words = line.words
    size = max(line.font_size, 4.0)
    spaces = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    narrowest = min((g for g in spaces if g > 0), default=0.0)
    gap = min(KEY_GAP_WORDS * size, max(KEY_GAP_LEAST * size, KEY_GAP_SPACES * narrowest))
    runs: list[int] = [1] if words else []
    for a, b in zip(words, words[1:], strict=False):
        if b.x0 - a.x1 > gap:
            runs.append(1)
        else:
            runs[-1] += 1
    return sum(1 for n in runs if n <= KEY_WORDS) >= KEY_ROW


def _phrase(text: str) -> str:
    """text_key less closing full stops: a mark's word may end a sentence ('Done.')."""
    return text_key(text).rstrip(".")


def words_after(box: BBox, lines: Sequence[Line], marks: Sequence[tuple[BBox, str]]) -> list[Word]:
    """The words a mark labels: those of the nearest line on the mark's height that runs on to
    its right, from the mark (a glyph run into its word, '●On', included) to the next mark on
    that height or the line's end. The line may hold the mark ('Key: ● On course ● Off track')
    or start a little to its right (a legend table's swatch cell beside its word cell), no more
    than KEY_GAP font sizes away."""
    mid = (box[1] + box[3]) / 2
    band = [ln for ln in lines if ln.bbox[1] - 1.0 <= mid <= ln.bbox[3] + 1.0]
    near = [
        (max(0.0, ln.bbox[0] - box[2]), ln) for ln in band
        if ln.bbox[2] > box[2] and ln.bbox[0] - box[2] <= KEY_GAP * max(ln.font_size, 4.0)
    ]  # fmt: skip
    if not near:
        return []
    line = min(near, key=lambda d: d[0])[1]
    nexts = [b[0] for b, _ in marks if b[0] > box[2] and b[1] - 1.0 <= mid <= b[3] + 1.0]
    end = min(nexts, default=line.bbox[2]) + 1.0
    words = [
        w for w in line.words
        if w.x0 >= box[0] - 1.0 and w.x1 <= end and strip_marks(w.text).strip()
    ]  # fmt: skip
    return _up_to_gap(words, line.font_size)


def _up_to_gap(words: list[Word], size: float) -> list[Word]:
    """The words up to the first gap wider than KEY_GAP_WORDS font sizes: a wide gap may hold
    a mark drawn as no filled shape (an open circle), which starts the next entry."""
    out = words[:1]
    for a, b in zip(words, words[1:], strict=False):
        if b.x0 - a.x1 > KEY_GAP_WORDS * max(size, 4.0):
            break
        out.append(b)
    return out


def _names_a_status(text: str) -> bool:
    """A line that holds a status word or phrase somewhere ('Key: On course  Needs attention'):
    a page with none prints no key, and its paths need not be read for one."""
    return len(text) <= KEY_LINE and normalise_rag(text) is not None


def _status(words: Iterable[Word]) -> str | None:
    """The colour a key entry's words mean, NO_COLOUR for a state; None for no status."""
    text = strip_marks(" ".join(w.text for w in _up_to_symbol(words))).strip(" :;,.-–=")
    if not text or len(text.split()) > KEY_WORDS:
        return None
    colour = normalise_rag(text)
    if colour is not None:
        return colour if _whole_status(text) else None
    return NO_COLOUR if is_status_state(text) else None


def _up_to_symbol(words: Iterable[Word]) -> list[Word]:
    """The words up to the next symbol-only word: an unfilled mark ('○ Awaiting start', no
    colour of its own, so no mark among glyph_fills) still ends the entry before it."""
    out: list[Word] = []
    for w in words:
        if not strip_marks(w.text).strip():
            if out:
                break
            continue
        out.append(w)
    return out


def _whole_status(text: str) -> bool:
    """Whether the words are a status as a whole ('Needs attention', 'Minor slippage'), not a
    note opening with one ('Delayed because of staff', a status cell's dot and the row's note
    printed on its height): the shortest opening that already reads as the status may leave one
    word over, no more."""
    parts = text.split()
    colour = normalise_rag(text)
    for n in range(1, len(parts) + 1):
        if normalise_rag(" ".join(parts[:n])) == colour:
            return len(parts) - n <= 1
    return True


def centre_in(mark: BBox, cell: BBox, slack_x: float = 0.0, slack_y: float = 0.0) -> bool:
    """The drawn shape's centre lies in the cell, widened by the slack on each side (a
    progress bar may stand a little above or below a cell cut to its one line of text)."""
    cx, cy = (mark[0] + mark[2]) / 2, (mark[1] + mark[3]) / 2
    return (
        cell[0] - slack_x <= cx <= cell[2] + slack_x
        and cell[1] - slack_y <= cy <= cell[3] + slack_y
    )


def key_row(lines: Sequence[Line], page: Page) -> bool:
    """Whether these lines (a table row's) are a key line of marks: on their height, marks of
    KEY_ENTRIES colours or more each label a status word (page_key_entries' reading), and every
    other word of the lines, run by run between wide gaps (where a mark drawn as no filled
    shape stands: an open circle before 'Not started'), reads whole as a status or a state. A
    key printed under a table's last row is read into the table as one more row: a legend, no
    action. The words are the test: a row of a table with its own status icon and a note that
    opens with a status word holds other words too."""
    words = [w for ln in lines for w in ln.words if strip_marks(w.text).strip()]
    if not words or not _names_a_status(" ".join(w.text for w in words)):
        return False  # cheapest sign first: no status word, no key (and no drawing read)
    _ = page.rulings  # the marks are read with the rulings
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    marks = [
        m for m in page.glyph_fills if top - 1.0 <= (m[0][1] + m[0][3]) / 2 <= bottom + 1.0
    ]  # fmt: skip
    if len({c.lower() for _, c in marks}) < KEY_ENTRIES:
        return False
    keyed: set[tuple[float, float]] = set()  # by place: a line's words may be built anew
    colours: set[str] = set()
    for box, colour in marks:
        after = _up_to_symbol(words_after(box, lines, marks))
        if _status(after) is None:
            continue
        keyed.update((round(w.x0, 1), round(w.top, 1)) for w in after)
        colours.add(colour.lower())
    if len(colours) < KEY_ENTRIES:
        return False
    for ln in lines:  # line by line, left to right: a word's top varies with its letters
        rest = [w for w in ln.words if (round(w.x0, 1), round(w.top, 1)) not in keyed]
        rest = sorted((w for w in rest if strip_marks(w.text).strip()), key=lambda w: w.x0)
        while rest:
            run = _up_to_gap(rest, ln.font_size)
            if _status(run) is None:
                return False
            rest = rest[len(run) :]
    return True
