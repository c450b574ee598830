"""A status told by the type of the action's text and by small marks drawn beside it, decoded
by a printed key of samples: no status word anywhere.

A plan may print no status column and no status word: each action's text is STRUCK THROUGH
when done, set in another ink (grey, italic) when not begun, plain otherwise, and a small shape
is drawn beside an action that slips or is off course (a hollow ring, a filled triangle: CSS
borders or paths, no glyph). A key says once what each look means, each entry a sample of the
look followed by its status ('plain type: on course', '<ring> beside it: slipping', 'struck
through: fulfilled', 'grey italics: not yet begun').

Evidence, not template words:
- the key: runs of a line that end their sample with a colon and go on with a short phrase the
  status vocabulary reads (rag.normalise_rag; a state with no colour, 'not yet begun', reads
  as none); each run's sample is struck through (a drawn line through its words), or set in an
  ink other than its phrase's, or has a small shape drawn just left of it (its colour), or is
  none of these (plain). Three entries at least, one of them not plain, and no look keying two
  statuses;
- an action's look: a shape drawn in its row (outside its words) in a colour the key gives a
  shape; else its text struck through whole; else its text in an ink the key gives a sample;
  else plain. Its status is the key's for that look. Read only where the row has no status of
  its own.

The words of an action struck through are its text: the table reader leaves struck words out of
cells (a revision's deleted value, pipeline.tables.struck_through), but a key that gives the
strike a status says the text stands, struck off as done. keep_struck_text, called as the layout
is read (plan_columns.read_layout), has the table reader keep them where such a key is printed
(a table whose every action is struck was otherwise no action table at all); a cell still left
empty is given back its struck words here.

Every status so read is said (`status_scale_inferred`): the plan printed no status word, and
the statuses rest on the key's reading of the type and the marks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from plantrace.extractors.highlight_status import status_column
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row, run_gap
from plantrace.extractors.stacked_head import word_runs
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page, Word
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag
from plantrace.pipeline.tables import drawn_strikes, keep_struck_words

KEY_LABEL = "RAG (type)"  # the label of a status column made from the type and marks
KEY_WORDS = 4  # a key's phrase is a short status ('not yet begun'), not an action
KEY_ENTRIES = 3  # a key of looks names three at least
MARK_REACH = 2.5  # font sizes: a key's shape stands at most this far left of its sample
MARK_SIZE = 2.0  # font sizes: a mark is no wider or taller than this (a badge, not a panel)
STRUCK_SHARE = 0.8  # of an action's words, the share struck through for the text to be struck

Look = tuple[str, str]  # ('mark' | 'ink' | 'struck' | 'plain', colour or '')


def read_typeset_status(
    elements: Sequence[Element], pages: Sequence[Page]
) -> list[ExtractionWarning]:
    """Each action row with no status of its own takes the status the key gives its look: its
    status cell (a status column made where the table has none) holds the key's phrase, read
    as a status word is. Struck-off action text is put back in its cell. Cheap where no key
    of looks is printed: the key is looked for first, on lines holding a colon."""
    key = type_key(pages)
    if not key:
        return []
    by_number = {p.number: p for p in pages}
    read: list[tuple[PlanTable, Row, str]] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or t.col("action") is None:
            continue
        _sentences_no_status(t)
        for row, phrase in _looks(t, key, by_number):
            col = status_column(t, KEY_LABEL)
            row.pad(col)
            at = t.col("action")
            cell = row.cells[at] if at is not None else None
            box = cell.bbox if cell is not None else row.bbox
            row.cells[col] = Cell(phrase, box, [])
            read.append((t, row, phrase))
    return [_said(read)] if read else []


def keep_struck_text(pages: Sequence[Page]) -> None:
    """Where the plan's key gives the strike a status, the words struck through on its pages
    are text (an action struck off as done), not a revision's deleted value: the table reader
    keeps them in their cells (pipeline.tables.keep_struck_words)."""
    if ("struck", "") not in type_key(pages):
        return
    for page in pages:
        keep_struck_words(page)


def type_key(pages: Sequence[Page]) -> dict[Look, str]:
    """The plan's key of looks: look -> the status phrase it means; {} where none is printed."""
    found: dict[Look, set[str]] = {}
    for page in pages:
        if not any(":" in ln.text for ln in page.lines):
            continue
        for ln in page.lines:
            if not _keyed_text(ln.text):
                continue
            for look, phrase in _entries(ln, page):
                found.setdefault(look, set()).add(phrase)
    key = {look: next(iter(p)) for look, p in found.items() if len(p) == 1}
    if len(key) < KEY_ENTRIES or all(kind == "plain" for kind, _ in key):
        return {}
    return key


def _keyed_text(text: str) -> bool:
    """The line's text holds a colon followed by a status phrase (read on the text alone, before
    any word box is loaded)."""
    parts = text.split(":")
    for rest in parts[1:]:
        words = rest.split()
        for n in range(min(KEY_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[:n]).strip(" .;,")
            if normalise_rag(phrase) is not None or is_status_state(phrase):
                return True
    return False


def _entries(ln: Line, page: Page) -> list[tuple[Look, str]]:
    """The key entries of a line: its runs (parted by a gap wider than a word space) of a
    sample, a colon and a status phrase."""
    size = max(ln.font_size, 1.0)
    out: list[tuple[Look, str]] = []
    for run in word_runs(ln.words, run_gap(size)):
        cut = next((i for i, w in enumerate(run) if w.text.endswith(":")), None)
        if cut is None or cut + 1 >= len(run):
            continue
        sample, rest = run[: cut + 1], run[cut + 1 :]
        phrase = " ".join(w.text for w in rest).strip(" .;,")
        if len(phrase.split()) > KEY_WORDS:
            continue
        if normalise_rag(phrase) is None and not is_status_state(phrase):
            continue
        out.append((_sample_look(sample, rest, page, size), phrase))
    return out


def _sample_look(sample: list[Word], rest: list[Word], page: Page, size: float) -> Look:
    mark = _mark_left_of(sample[0], page, size)
    if mark is not None:
        return ("mark", mark)
    _, struck = drawn_strikes(page)
    words = [w for w in sample if w.text.strip(":")]
    if words and all(id(w) in struck for w in words):
        return ("struck", "")
    ink = _ink(words)
    if ink is not None and ink != _ink(rest):
        return ("ink", ink)
    return ("plain", "")


def _marks(page: Page) -> list[tuple[BBox, str]]:
    _ = page.rulings  # the shapes are read with the rulings
    return [*page.outlines, *page.glyph_fills]


def _mark_left_of(w: Word, page: Page, size: float) -> str | None:
    """The colour of a small shape drawn just left of the word, on its line; None if none."""
    mid = (w.top + w.bottom) / 2
    for box, colour in _marks(page):
        small = box[2] - box[0] <= MARK_SIZE * size and box[3] - box[1] <= MARK_SIZE * size
        if small and box[1] - 2 <= mid <= box[3] + 2 and 0 <= w.x0 - box[2] <= MARK_REACH * size:
            return colour.lower()
    return None


def _ink(words: Sequence[Word]) -> str | None:
    """The ink most of the words' letters are printed in; None where none is known."""
    counts: Counter[str] = Counter()
    for w in words:
        if w.colour:
            counts[w.colour.lower()] += len(w.text)
    return counts.most_common(1)[0][0] if counts else None


def _looks(t: PlanTable, key: dict[Look, str], pages: dict[int, Page]) -> list[tuple[Row, str]]:
    """The key's phrase for each unrated data row's look."""
    at = t.col("action")
    assert at is not None
    data = [r for r in t.rows if not r.section]
    out: list[tuple[Row, str]] = []
    struck: dict[int, frozenset[int]] = {}  # the words struck through, by page
    for i, row in enumerate(data):
        page = pages.get(row.page)
        if page is None or _rated(t, row):
            continue
        band = _band(data, i)
        look = _look(t, row, at, band, page, key, struck)
        if look in key:
            out.append((row, key[look]))
    return out


def _band(rows: Sequence[Row], i: int) -> tuple[float, float]:
    """The row's height on its page: from its top to the next row's top (same page)."""
    row = rows[i]
    top, bottom = row.bbox[1], row.bbox[3]
    if i + 1 < len(rows) and rows[i + 1].page == row.page:
        bottom = max(bottom, rows[i + 1].bbox[1] - 1.0)
    return top - 1.0, bottom


def _look(
    t: PlanTable,
    row: Row,
    at: int,
    band: tuple[float, float],
    page: Page,
    key: dict[Look, str],
    struck_by_page: dict[int, frozenset[int]],
) -> Look:
    x0, x1 = _column_span(t, at, row.page)
    size = max((ln.font_size for c in row.cells if c is not None for ln in c.lines), default=9.0)
    inked = {colour for kind, colour in key if kind == "mark"}
    for box, colour in _marks(page):
        small = box[2] - box[0] <= MARK_SIZE * size and box[3] - box[1] <= MARK_SIZE * size
        mid = (box[1] + box[3]) / 2
        if small and band[0] <= mid <= band[1] and colour.lower() in inked:
            return ("mark", colour.lower())
    if page.number not in struck_by_page:
        struck_by_page[page.number] = drawn_strikes(page)[1]
    struck = struck_by_page[page.number]
    words = [
        w
        for ln in page.lines
        for w in ln.words
        if band[0] <= (w.top + w.bottom) / 2 <= band[1] and x0 - 2 <= w.x0 and w.x1 <= x1 + 2
    ]
    crossed = [w for w in words if id(w) in struck]
    if ("struck", "") in key and words and len(crossed) >= STRUCK_SHARE * len(words):
        _restore(row, at, crossed, band)
        return ("struck", "")
    cell = row.cells[at]
    ink = _ink([w for ln in cell.lines for w in ln.words]) if cell is not None else None
    if ink is not None and ("ink", ink) in key:
        return ("ink", ink)
    return ("plain", "")


def _column_span(t: PlanTable, at: int, page: int) -> tuple[float, float]:
    """The action column's left and right on the page: its cells' widest reach there."""
    boxes = [
        c.bbox
        for r in t.rows
        if r.page == page and at < len(r.cells)
        for c in [r.cells[at]]
        if c is not None and c.text.strip()
    ]
    if not boxes:
        return 0.0, 0.0
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


def _restore(row: Row, at: int, words: list[Word], band: tuple[float, float]) -> None:
    """The action cell given back the words struck through in it (left out as deleted)."""
    cell = row.cells[at]
    if cell is not None and cell.text.strip():
        return
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        if lines and lines[-1][0].top <= mid <= lines[-1][0].bottom:
            lines[-1].append(w)
        else:
            lines.append([w])
    made = [
        Line(
            " ".join(w.text for w in sorted(ws, key=lambda w: w.x0)),
            (
                min(w.x0 for w in ws),
                min(w.top for w in ws),
                max(w.x1 for w in ws),
                max(w.bottom for w in ws),
            ),
            9.0,
            False,
            row.page,
            0,
            words=sorted(ws, key=lambda w: w.x0),
        )  # fmt: skip
        for ws in lines
    ]
    text = " ".join(ln.text for ln in made)
    box = (min(ln.bbox[0] for ln in made), band[0], max(ln.bbox[2] for ln in made), band[1])
    row.cells[at] = Cell(text, box, made)


def _sentences_no_status(t: PlanTable) -> None:
    """A column read as the status whose cells are mostly sentences (more words than a status
    phrase: 'Delayed because of staff turnover; revised plan agreed') is the update, where the
    key says the status is told by the look: its header named no status, its cells were taken
    for one by a status word among their words. It becomes the progress column (where the
    table has none; else no column of the plan's)."""
    for col in t.cols("rag"):
        texts = [r.text(col).strip() for r in t.rows if not r.section and r.text(col).strip()]
        long = sum(1 for x in texts if len(x.split()) > KEY_WORDS)
        if texts and 2 * long >= len(texts):
            t.roles[col] = None if "progress" in t.roles else "progress"


def _rated(t: PlanTable, row: Row) -> bool:
    """The row says a status of its own: a word or a fill in a status column."""
    for col in t.cols("rag"):
        cell = row.cells[col] if col < len(row.cells) else None
        if cell is not None and (cell.fill or cell.text.strip()):
            return True
    return False

    col = len(t.roles)
    t.roles.append("rag")
    t.labels.append(KEY_LABEL)
    for row in t.rows:
        row.pad(col)
    return col


def _said(read: Sequence[tuple[PlanTable, Row, str]]) -> ExtractionWarning:
    counts = Counter(phrase for _, _, phrase in read)
    looks = ", ".join(f"{phrase!r} {n}" for phrase, n in counts.most_common())
    return ExtractionWarning(
        code="status_scale_inferred",
        message=f"{len(read)} action(s) print no status word: their statuses were read from the"
        f" look of their text (struck through, its ink) and the marks drawn beside them,"
        f" through the plan's key of looks ({looks}); check them against the key",
        page=read[0][1].page,
    )
