"""A status given only by the highlighter: each action's text marked in its status colour,
decoded by a key whose words are marked in the same colours.

A plan kept as a working copy in a word processor may carry no status word and no status
column at all: the author runs a highlighter over each action's text (bright green on track,
yellow slipping, red off track, turquoise complete) and says once what the colours mean in a key
whose words carry the same highlights ('Key: on track  some slippage  off track  complete'). A
print draws each highlight as a filled box behind the words, one line high, no wider than them
(Page.fills); the Word reader draws the same boxes from the runs' highlights (readers.docx), so
the file and its print read alike.

Evidence, not template words:
- the key: highlights behind a short phrase (a few words) that the status vocabulary reads
  (rag.normalise_rag; a state with no colour, 'not started', reads as none), two colours or
  more, each colour meaning one status wherever it keys one;
- an action's highlight: the colour behind most of the highlighted words of its text, among
  highlights that hug the words (line-high, no wider than the words under them), not the
  shading of its whole cell. Read only where the action's row has no status of its own.
An action highlighted in a colour the key does not name is left unrated and said
(`highlight_unkeyed`); actions highlighted in two colours or more with no key printed are
said too (`highlight_key_missing`): neither is read by hue, as a highlight may be emphasis.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Cell, Line, Page
from plantrace.pipeline.normalise.rag import (
    NO_COLOUR,
    fill_key,
    is_status_state,
    keyed_fill,
    normalise_rag,
)

KEY_LABEL = "RAG (highlight)"  # the label of a status column made from the highlights
KEY_WORDS = 4  # a key's phrase is a short status ('some slippage'), not an action
KEY_ENTRIES = 2  # a key names two colours at least
LINE_HIGH = 1.8  # font sizes: a highlight is at most this tall (a taller fill is a panel)
HUG = 1.5  # font sizes: a highlight reaches at most this far past the words under it
RATED_ROWS = 2  # highlighted action rows, at the least, before an unkeyed colour is said


def read_highlights(
    elements: Sequence[Element], pages: Sequence[Page]
) -> tuple[dict[str, str], list[ExtractionWarning]]:
    """Each action row with no status of its own takes the status its text's highlight keys:
    the row's status cell is filled with the highlight's colour (a status column made where
    the table has none), read through the key as a shaded status cell is (plan_actions.cell_rag,
    with the key, returned, in the plan's rag key). Says the highlights it cannot decode.
    Cheap where nothing is highlighted: only the pages of unrated action rows are looked at
    (their drawing read), and the key is looked for only once an action is highlighted."""
    by_number = {p.number: p for p in pages}
    tables = [
        el.table
        for el in elements
        if el.table is not None
        and el.table.kind == ACTION_TABLE
        and el.table.col("action") is not None
    ]
    marked: list[tuple[PlanTable, list[tuple[Row, str]]]] = []
    for t in tables:
        rows = [(row, _row_highlight(t, row, by_number)) for row in t.rows if not row.section]
        coloured = [(row, c) for row, c in rows if c is not None]
        if coloured:
            marked.append((t, coloured))
    if not marked:
        return {}, []
    key = highlight_key(pages)
    said: list[ExtractionWarning] = []
    for t, coloured in marked:
        if not key:
            if len(coloured) >= RATED_ROWS and len({c for _, c in coloured}) >= KEY_ENTRIES:
                said.append(_no_key(t, coloured))
            continue
        keyed = [(row, c) for row, c in coloured if keyed_fill(c, key) is not None]
        unkeyed = [(row, c) for row, c in coloured if keyed_fill(c, key) is None]
        if keyed:
            col = status_column(t)
            for row, colour in keyed:
                _paint(t, row, col, colour)
        if unkeyed:
            said.append(_unkeyed(t, unkeyed))
    return key, said


def highlight_key(pages: Sequence[Page]) -> dict[str, str]:
    """The plan's key of highlight colours: '#rrggbb' -> the colour its phrase means
    (NO_COLOUR for a state with none), in the form rag.keyed_fill reads; {} where no key of
    two colours or more is printed, or a colour keys two different statuses."""
    found: dict[str, set[str]] = {}
    for page in pages:
        for ln in page.lines:
            for colour, words in _highlights(ln, page):
                phrase = " ".join(words).strip(" .:;,")
                if not phrase or len(phrase.split()) > KEY_WORDS:
                    continue
                meaning = normalise_rag(phrase)
                if meaning is None and is_status_state(phrase):
                    meaning = NO_COLOUR
                if meaning is not None:
                    found.setdefault(colour.lower(), set()).add(meaning)
    key = {c: next(iter(m)) for c, m in found.items() if len(m) == 1}
    return fill_key(key) if len(key) >= KEY_ENTRIES else {}


def _highlights(ln: Line, page: Page) -> list[tuple[str, list[str]]]:
    """The highlights behind the line's words, left to right: (colour, the words under it).
    A highlight is a filled box about as tall as the line, behind the middles of the words
    under it, hugging them (not a cell's or a band's shading)."""
    _ = page.rulings  # the fills are read with the rulings
    if not page.fills:
        return []
    size = max(ln.font_size, 1.0)
    out: list[tuple[float, str, list[str]]] = []
    for box, colour in page.fills:
        if box[3] - box[1] > LINE_HIGH * size or box[3] < ln.bbox[1] or box[1] > ln.bbox[3]:
            continue
        if box[2] < ln.bbox[0] or box[0] > ln.bbox[2]:
            continue
        under = [  # by each word's middle: a line the reader joined to its wrap has two rows
            w
            for w in ln.words
            if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]
        ]
        if not under:
            continue
        if under[0].x0 - box[0] > HUG * size or box[2] - under[-1].x1 > HUG * size:
            continue
        out.append((box[0], colour, [w.text for w in under]))
    return [(c, words) for _, c, words in sorted(out, key=lambda t: t[0])]


def _row_highlight(t: PlanTable, row: Row, pages: dict[int, Page]) -> str | None:
    """The colour the row's action text is highlighted in (the colour behind most of its
    highlighted words), where the row has no status of its own; else None."""
    col = t.col("action")
    cell = row.cells[col] if col is not None and col < len(row.cells) else None
    page = pages.get(row.page)
    if cell is None or page is None or _rated(t, row):
        return None
    counts: dict[str, int] = {}
    for ln in _lines_in(cell.bbox, page):
        for colour, words in _highlights(ln, page):
            if _says_status(words):
                continue  # a status pill in the row: it says its status in words, no marking
            counts[colour.lower()] = counts.get(colour.lower(), 0) + sum(len(w) for w in words)
    return max(counts, key=counts.__getitem__) if counts else None


def _says_status(words: Sequence[str]) -> bool:
    """Whether the words under a fill are a status phrase alone ('Partially met', 'Achieved'):
    a tinted pill or tag that states the status, not a highlighter run over an action's text
    (the key's entries read so too, yet stand outside the actions' cells)."""
    phrase = " ".join(words).strip(" .:;,")
    if not phrase or len(phrase.split()) > KEY_WORDS:
        return False
    return normalise_rag(phrase) is not None or is_status_state(phrase)


def _rated(t: PlanTable, row: Row) -> bool:
    """The row says a status of its own: a word or a fill in a status column."""
    for col in t.cols("rag"):
        cell = row.cells[col] if col < len(row.cells) else None
        if cell is not None and (cell.fill or cell.text.strip()):
            return True
    return False


def _lines_in(box: BBox, page: Page) -> list[Line]:
    """The page's lines standing inside the box (a cell's, or the paragraph a made cell spans)."""
    return [
        ln
        for ln in page.lines
        if box[1] - 1 <= (ln.bbox[1] + ln.bbox[3]) / 2 <= box[3] + 1
        and ln.bbox[0] >= box[0] - 2
        and ln.bbox[2] <= box[2] + 2
    ]


def status_column(t: PlanTable, label: str = KEY_LABEL) -> int:
    """The table's status column, made (and every row padded to it) where it has none; label:
    the made column's header, naming what its statuses were read from."""
    col = t.col("rag")
    if col is not None:
        return col
    col = len(t.roles)
    t.roles.append("rag")
    t.labels.append(label)
    for row in t.rows:
        row.pad(col)
    return col


def _paint(t: PlanTable, row: Row, col: int, colour: str) -> None:
    """The row's status cell filled with the highlight's colour, boxed by the action cell
    (where the colour is read from)."""
    row.pad(col)
    at = t.col("action")
    action = row.cells[at] if at is not None and at < len(row.cells) else None
    box = action.bbox if action is not None else (0.0, 0.0, 0.0, 0.0)
    row.cells[col] = Cell("", box, [], fill=colour)


def _refs(t: PlanTable, rows: Sequence[tuple[Row, str]]) -> str:
    col = t.col("ref")
    refs = [row.text(col).strip() or "?" for row, _ in rows] if col is not None else []
    return ", ".join(refs[:8]) + (" ..." if len(refs) > 8 else "") if refs else "no refs"


def _unkeyed(t: PlanTable, rows: Sequence[tuple[Row, str]]) -> ExtractionWarning:
    colours = ", ".join(sorted({c for _, c in rows}))
    return ExtractionWarning(
        code="highlight_unkeyed",
        message=f"{len(rows)} action(s) ({_refs(t, rows)}) are highlighted in a colour the"
        f" printed key does not name ({colours}): their status is left unread; check the key",
        page=rows[0][0].page,
    )


def _no_key(t: PlanTable, rows: Sequence[tuple[Row, str]]) -> ExtractionWarning:
    colours = ", ".join(sorted({c for _, c in rows}))
    return ExtractionWarning(
        code="highlight_key_missing",
        message=f"{len(rows)} action(s) ({_refs(t, rows)}) have their text highlighted in"
        f" {len({c for _, c in rows})} colours ({colours}) but no printed key says what the"
        " colours mean: their status is left unread (RAG coverage unknown, not unrated)",
        page=rows[0][0].page,
    )
