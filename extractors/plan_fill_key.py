"""A field given only by colour: a key of coloured swatches, each beside a name, and action rows
whose cells are filled in those colours.

A tracker may say who leads each action by colour alone: the action's row (its reference and
text) is filled with the lead's colour, and a key printed on the page names each colour ('■
Grace Adebayo', a filled swatch and the name beside it). No column holds the lead; without the
key the rows' tints are only shading.

Evidence, not words:
- the key: short lines of a name or a post (half of them at least read as a person; no figure,
  no status word: a status key is read by pipeline.marks) each with an empty filled box (a swatch) ending just left of its first word,
  level with it; two colours or more, each naming one entry;
- the rows: the fills of an action table's identifying cells (reference, action text) that the
  key names, in most of the rows with an action, two rows at least. Such a table with no owner
  column of its own gets one ('Owner (colour key)'), each row's cell the name its colour keys.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, Row
from plantrace.pipeline.document import BBox, Cell, Line, Page
from plantrace.pipeline.normalise.rag import fill_rgb, is_status_state, normalise_rag

KEY_LABEL = "Owner (colour key)"  # the label of the owner column made from a colour key
KEY_ENTRIES = 2  # a key names two colours at least
KEY_WORDS = 6  # a key's entry is a name or a post, not a sentence
SWATCH_GAP = 2.0  # font sizes: a swatch ends this close left of its entry's first word
SWATCH_WIDTH = 12.0  # font sizes: a swatch wider than this is a band, not a swatch
SWATCH_HEIGHT = 3.0  # line heights: a swatch taller than this is a panel
COLOUR_NEAR = 8  # per channel: two fills this close are one colour (a print's rounding)
KEYED_ROWS = 2  # rows whose colour the key names, at the least, to read the key into a table
_FIGURE = re.compile(r"\d")


def adopt_fill_key(elements: Sequence[Element], pages: Sequence[Page]) -> None:
    """Each action table with no owner column whose rows' fills a page's colour key names gets
    an owner column, each row's owner the name its colour keys (in place). The key is looked
    for only when some action table names no owner: on every other plan (most of them) no page
    is scanned for swatches."""
    ownerless = [
        el.table
        for el in elements
        if el.table is not None and el.table.kind == ACTION_TABLE and not _owned(el.table)
    ]
    if not ownerless:
        return
    key: dict[str, str] = {}
    for page in pages:
        for colour, name in colour_key(page).items():
            key.setdefault(colour, name)
    if len(key) < KEY_ENTRIES or not _people(list(key.values())):
        return
    for t in ownerless:
        names = [_keyed(t, row, key) for row in t.rows]
        acted = [n for n, row in zip(names, t.rows, strict=True) if _acted(t, row)]
        keyed = [n for n in acted if n is not None]
        if len(keyed) < KEYED_ROWS or 2 * len(keyed) < len(acted):
            continue
        _add_owners(t, names)


def colour_key(page: Page) -> dict[str, str]:
    """The page's key of colours to names: colour ('#rrggbb') -> the name beside its swatch;
    {} where the page prints no such key (fewer than two colours, or one colour twice)."""
    _ = page.rulings  # the fills are read with the rulings
    if len(page.fills) < KEY_ENTRIES:
        return {}  # no swatches to name colours: no line need be read
    found: dict[str, list[str]] = {}
    for ln in page.lines:
        if not _entry(ln.text):
            continue
        colour = _swatch(ln, page)
        if colour is not None:
            found.setdefault(colour, []).append(" ".join(ln.text.split()))
    key = {c: names[0] for c, names in found.items() if len(names) == 1}
    return key if len(key) >= KEY_ENTRIES else {}


def _people(names: Sequence[str]) -> bool:
    """Half the key's entries at least read as a person (a name or a post): a key of who leads,
    not of what the tints mean ('Secure', 'Fragile': words no status vocabulary holds)."""
    return 2 * sum(1 for n in names if cell_type(n) is CellType.person) >= len(names)


def _entry(text: str) -> bool:
    """A key's entry: a few words, no figure, no status word (a status key is not a lead's)."""
    clean = " ".join(text.split())
    if not clean or len(clean.split()) > KEY_WORDS or _FIGURE.search(clean):
        return False
    return normalise_rag(clean) is None and not is_status_state(clean)


def _swatch(ln: Line, page: Page) -> str | None:
    """The colour of the empty filled box ending just left of the line's first word, level
    with it; None where there is none (or two of different colours)."""
    size = ln.font_size or (ln.bbox[3] - ln.bbox[1])
    height = ln.bbox[3] - ln.bbox[1]
    mid = (ln.bbox[1] + ln.bbox[3]) / 2
    colours = {
        colour.lower()
        for box, colour in page.fills
        if ln.bbox[0] - SWATCH_GAP * size <= box[2] <= ln.bbox[0] + 1.0
        and box[1] <= mid <= box[3]
        and box[2] - box[0] <= SWATCH_WIDTH * size
        and box[3] - box[1] <= SWATCH_HEIGHT * max(height, size)
        and not _holds_text(box, page)
    }
    return colours.pop() if len(colours) == 1 else None


def _holds_text(box: BBox, page: Page) -> bool:
    """Whether a word of the page is printed inside the box (a cell, not a swatch)."""
    for ln in page.lines:
        for w in ln.words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                return True
    return False


def _owned(t: PlanTable) -> bool:
    """Whether the table has an owner column with a name in it."""
    return any(row.text(c).strip() for c in t.cols("owner") for row in t.rows)


def _acted(t: PlanTable, row: Row) -> bool:
    return not row.section and bool(row.text(t.col("action")).strip())


def _keyed(t: PlanTable, row: Row, key: dict[str, str]) -> str | None:
    """The name the key gives the fill of the row's identifying cells (reference, action)."""
    if not _acted(t, row):
        return None
    for col in [*t.cols("action"), *t.cols("ref")]:
        cell = row.cells[col] if col < len(row.cells) else None
        if cell is not None and cell.fill is not None:
            name = _named(cell.fill, key)
            if name is not None:
                return name
    return None


def _named(fill: str, key: dict[str, str]) -> str | None:
    """The key's name for a fill: the same colour, to a print's rounding."""
    rgb = fill_rgb(fill)
    if rgb is None:
        return None
    for colour, name in key.items():
        other = fill_rgb(colour)
        if other is not None and all(
            abs(a - b) <= COLOUR_NEAR for a, b in zip(rgb, other, strict=True)
        ):
            return name
    return None


def _add_owners(t: PlanTable, names: Sequence[str | None]) -> None:
    """An owner column made for the table, each row's cell the name its colour keys, placed
    over the row's action cell (the colour it is read from)."""
    col = len(t.roles)
    t.roles.append("owner")
    t.labels.append(KEY_LABEL)
    at = t.col("action")
    for row, name in zip(t.rows, names, strict=True):
        row.pad(col)
        if name is None:
            continue
        home = row.cells[at] if at is not None and at < len(row.cells) else None
        box = home.bbox if home is not None else row.bbox
        row.cells[col] = Cell(text=name, bbox=box)
