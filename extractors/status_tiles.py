"""Status given apart from the actions, in a summary of numbered tiles.

A highlight report may print its actions' status only in a grid of tiles at its start (a
dashboard 'at a glance'): each tile a filled shape in the status colour holding an action's
number ('2.1') and, mostly, its status word under it ('On track'); the register of actions
further on has no status column. A tile whose number is an action's ref gives that action its
status: the word in the tile (through the plan's key, as a status cell's word is read), else
the tile's fill through the plan's printed key of colours. An action with no tile keeps no
status (no guess); a tile grid read whose numbers join no action unrated is said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import BBox, Page, Word
from plantrace.pipeline.normalise.rag import NO_COLOUR, hueless_fill, keyed_fill, normalise_rag

BADGE_HEIGHT = 24.0  # points: a filled shape no taller is a badge or a one-line cell (reader)
MIN_TILES = 3  # numbered tiles a page prints, at the least, before they are a summary's grid
# an action's number as a tile prints it: '2.1', '2.1a', 'A3', '12'
REF_SHAPE = re.compile(r"^[A-Z]{0,3}\d{1,3}(?:[.-]\d{1,3}){0,2}[a-z]?$")


def _words_in(box: BBox, words: Sequence[Word]) -> list[Word]:
    """The words whose middles lie inside the box, in reading order."""
    inside = [
        w
        for w in words
        if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]
    ]
    return sorted(inside, key=lambda w: (round(w.top), w.x0))


class _Bands:
    """The page's lines by their tops: the words of the lines that reach into a box, found
    without reading every line's words for every shape (a page of shaded cells)."""

    def __init__(self, page: Page) -> None:
        self.lines = sorted(page.lines, key=lambda ln: ln.top)
        self.tops = [ln.top for ln in self.lines]
        self.tallest = max((ln.bottom - ln.top for ln in self.lines), default=0.0)

    def words(self, box: BBox) -> list[Word]:
        lo = bisect.bisect_left(self.tops, box[1] - self.tallest)
        hi = bisect.bisect_right(self.tops, box[3])
        return [w for ln in self.lines[lo:hi] if ln.bottom >= box[1] for w in ln.words]


def read_tiles(page: Page, rag_key: Mapping[str, str] | None) -> list[tuple[str, str | None, int]]:
    """(number, colour or None, page) of each tile on the page: a filled shape holding a number
    alone first, then at most a status's few words; the colour its words say, else its fill's
    through the key. Fills of rectangles count where they hold a status word too (a square
    tile) and are taller than a badge (a tile holds its number over its word); a shaded cell
    holding a number alone is a table's, not a tile."""
    return [(n, c, p) for n, c, p, _ in _filled_tiles(page, rag_key)]


def _filled_tiles(
    page: Page, rag_key: Mapping[str, str] | None
) -> list[tuple[str, str | None, int, str | None]]:
    """read_tiles's tiles, each with its fill as drawn."""
    _ = page.rulings  # the fills and tiles are read with the rulings
    shapes = [(b, c, True) for b, c in page.tiles] + [
        (b, c, False) for b, c in page.fills if b[3] - b[1] > BADGE_HEIGHT
    ]
    if not shapes:
        return []
    bands = _Bands(page)
    out: list[tuple[str, str | None, int, str | None]] = []
    for box, fill, rounded in shapes:
        inside = _words_in(box, bands.words(box))
        if not inside or not REF_SHAPE.match(inside[0].text):
            continue
        rest = " ".join(w.text for w in inside[1:])
        if len(rest.split()) > 4:
            continue  # a sentence: a card or a box of text, no tile
        said = normalise_rag(rest, rag_key) if rest else None
        if rest and said is None:
            continue
        if said is None and not rounded:
            continue
        # the key's nearest colour (a print's profile shifts a fill a few units); a tile in the
        # key's colour for no status ('Not started' in grey) is read, and gives no status; so
        # is a grey (or white) tile where no key names its fill: it shows no status, so the
        # tiles do not leave its action's status unread
        colour = said or keyed_fill(fill, rag_key) or (NO_COLOUR if hueless_fill(fill) else None)
        out.append((inside[0].text, colour, page.number, fill))
    return out


def _ref_badges(
    tiles: Sequence[tuple[str, str | None, int, str | None]], rated: Mapping[str, object]
) -> bool:
    """Whether a page's numbered shapes are badges printing refs, not status tiles: those of
    actions read with a status of their own, in two statuses or more, all share one fill (a
    card's round badge holding its ref '2a', every badge one colour). A status tile's fill is
    its status; one fill for actions in several statuses is none."""
    fills = {f for n, _, _, f in tiles if n in rated}
    return len({rated[n] for n, _, _, _ in tiles if n in rated}) >= 2 and len(fills) == 1


def numbered_marks(page: Page) -> list[tuple[str, BBox]]:
    """(number, box) of each filled shape on the page holding a number alone (a tile, a disc,
    a badge of any size): the smallest such shape for each number, a shape drawn round it (a
    chart's region holding that one mark) being no mark of its own."""
    _ = page.rulings  # the fills and tiles are read with the rulings
    shapes = [b for b, _ in (*page.tiles, *page.fills, *page.glyph_fills)]
    if not shapes:
        return []
    bands = _Bands(page)
    best: dict[str, BBox] = {}
    for box in shapes:
        inside = _words_in(box, bands.words(box))
        if len(inside) != 1 or not REF_SHAPE.match(inside[0].text):
            continue
        number = inside[0].text
        area = (box[2] - box[0]) * (box[3] - box[1])
        had = best.get(number)
        if had is None or area < (had[2] - had[0]) * (had[3] - had[1]):
            best[number] = box
    return list(best.items())


def _numbers_actions(tiles: Sequence[tuple[str, str | None, int]], refs: set[str]) -> bool:
    """Whether a page's tiles are a grid of actions' numbers: MIN_TILES of them, at the least,
    print distinct actions' refs in the refs' own form ('2.1'); and they are no dashboard of
    counts, whose tiles print bare numbers, one tile to each status ('12' over 'On track':
    twelve actions on track, not action 12)."""
    numbers = {n for n, _, _ in tiles}
    if len(numbers & refs) < MIN_TILES:
        return False
    colours = [c for _, c, _ in tiles]
    counts = (
        all(n.isdigit() for n in numbers)
        and None not in colours
        and len(set(colours)) == len(colours)
    )
    return not counts


def join_status_tiles(
    pages: Sequence[Page], actions: list[Action], rag_key: Mapping[str, str] | None
) -> tuple[list[Action], list[ExtractionWarning]]:
    """The actions with the status of the tile their ref numbers, where they have none of their
    own; and a warning where a grid of tiles was read and joins no action (or a tile's colour
    is in no key). A page's tiles are read as a grid when it prints MIN_TILES of them that
    number actions (_numbers_actions); a page of tiles that number none is said."""
    unrated = {a.ref for a in actions if a.ref and a.rag is None}
    if not unrated:
        return actions, []
    refs = {a.ref for a in actions if a.ref}
    tiles: list[tuple[str, str | None, int]] = []
    unread: list[tuple[str, str | None, int]] = []  # grids of tiles numbering no actions
    rated = {a.ref: a.rag for a in actions if a.ref and a.rag is not None}
    for page in pages:
        filled = _filled_tiles(page, rag_key)
        if len(filled) < MIN_TILES or _ref_badges(filled, rated):
            continue  # a tile or two: no summary's grid; or badges printing the cards' refs
        on_page = [(n, c, p) for n, c, p, _ in filled]
        (tiles if _numbers_actions(on_page, refs) else unread).extend(on_page)
    if not tiles and not unread:
        return actions, []
    found: dict[str, str | None] = {}
    colours: dict[str, set[str]] = {}
    for number, colour, _ in tiles:
        found.setdefault(number, colour)
        if colour is not None:
            colours.setdefault(number, set()).add(colour)
    # one number in two colours (a previous period's grid beside the current one): which is
    # now is not said; the action is left unrated, and that is said
    torn = [n for n, cs in colours.items() if len(cs) > 1 and n in unrated]
    joined = {
        n: c
        for n, c in found.items()
        if n in unrated and c not in (None, NO_COLOUR) and n not in torn
    }
    warnings: list[ExtractionWarning] = []
    if torn:
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"the tiles of {len(torn)} actions ({', '.join(torn[:4])}) are printed"
            " twice in different colours (a previous period's grid?): left unrated",
            page=tiles[0][2],
        ))  # fmt: skip
    # unrated actions whose tile is grey (no status: 'not started'): the tiles agree with the
    # register, so no status of theirs was left unread
    greyed = [n for n, c in found.items() if n in unrated and c == NO_COLOUR]
    if not joined and not greyed:
        if torn:
            return actions, warnings
        said = tiles or unread
        numbers = list(dict.fromkeys(n for n, _, _ in said))
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"{len(said)} numbered tiles were read (status by tile:"
            f" {', '.join(numbers[:4])}), but none gives a status to an unrated action:"
            " RAG coverage is unknown (not unrated); check it with `plantrace tables`",
            page=said[0][2],
        ))  # fmt: skip
        return actions, warnings
    blank = [n for n, c in found.items() if n in unrated and c is None]
    if blank:
        warnings.append(ExtractionWarning(
            code="plan_status_unread",
            message=f"the tiles of {len(blank)} actions ({', '.join(blank[:4])}) hold no status"
            " word and a colour no printed key names: left unrated",
            page=tiles[0][2],
        ))  # fmt: skip
    out = [
        a.model_copy(update={"rag": joined[a.ref]}) if a.rag is None and a.ref in joined else a
        for a in actions
    ]
    return out, warnings
