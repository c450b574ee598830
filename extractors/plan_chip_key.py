"""The key a card plan's status chips give their words: the tint each word is printed on.

An action card's inline metadata line ('Lead: ... · Due: ... · Status: Behind schedule') often
prints its status as a pill on a tint. Where every status word stands on one tint wherever it
recurs, and the tints are of two status hues or more, the tints are the plan's own key for its
words: 'Behind schedule' on pale red is red in this plan, though the word alone reads amber (a
plan printing it on pale amber means amber). The same rule the line-end tags follow
(plan_tags.tag_key), for the card reader's status cells, whose cells come from lines and never
see the page's drawing. A pill drawn as its coloured outline alone (a web page's bordered
span) says its colour as a tint does (the reader keeps such outlines with the fills), and a
chip printed after its label keeps the box of its whole line: it is looked for under the
words' middle, then under their end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from plantrace.extractors.column_roles import ColumnRole
from plantrace.extractors.plan_cards import is_card_table
from plantrace.extractors.plan_columns import ACTION_TABLE, Element, PlanTable, header_role
from plantrace.extractors.plan_tags import tag_key
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Cell, Page
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.normalise.text_keys import text_key

MIN_CHIPS = 2  # status chips a plan prints, at the least, before their tints key its words


PILL_LINES = 3.0  # a pill is at most this many font sizes tall; taller is a panel


def _fill_under(cell: Cell, page: Page) -> str | None:
    """The smallest filled shape under the middle of the cell's words, no taller than a pill
    behind them: a box tinted round a whole card or a panel of cards is no chip's tint. Measured
    in the words' font size (a glyph box is about half of it: a pill stands well clear). A chip
    wrapped over two lines is looked for at the end of its top line and the start of its last."""
    y = (cell.bbox[1] + cell.bbox[3]) / 2
    _ = page.rulings  # the fills are read with the rulings
    size = max((ln.font_size for ln in cell.lines), default=cell.bbox[3] - cell.bbox[1])
    tall = PILL_LINES * max(size, 1.0)
    # the middle of the words, else their end: a chip printed after its label on one line
    # ('Status: [Behind]') keeps the box of the whole line, the label's words in its middle
    end = _END_IN * max(size, 1.0)
    points = [((cell.bbox[0] + cell.bbox[2]) / 2, y), (cell.bbox[2] - end, y)]
    if cell.bbox[3] - cell.bbox[1] > _WRAPPED * max(size, 1.0):
        # a chip wrapped over two lines ('Status: [Capstone' / 'set]'): its first piece ends the
        # top line, its last opens the bottom one, and the middle of the words falls between
        half = max(size, 1.0) / 2
        points += [
            (cell.bbox[2] - end, cell.bbox[1] + half),
            (cell.bbox[0] + end, cell.bbox[3] - half),
        ]
    for x, y in points:
        under = [
            ((b[2] - b[0]) * (b[3] - b[1]), colour)
            for b, colour in (*page.fills, *page.outlines)
            if b[0] <= x <= b[2] and b[1] <= y <= b[3] and b[3] - b[1] <= tall
        ]
        if under:
            return min(under)[1]
    return None


_END_IN = 0.5  # font sizes in from the end of a cell's words: a point inside its last glyph
_WRAPPED = 1.0  # font sizes: a cell's words taller than this stand on two lines (one: ~0.6)


# roles a header may give a column of words a plan paints as its statuses: a trend's or a
# direction's ('Trajectory', 'Direction'), whose words ('Rising', 'Falling') say no colour alone
_PAINTED_ROLES = frozenset({"trend", "direction"})


def adopt_chip_columns(elements: Sequence[Element], pages: Sequence[Page]) -> None:
    """The card tables with no status column whose one trend or direction column prints its
    words as chips whose tints (or coloured outlines) follow the words, across the plan's
    tables, in two status hues or more: that column made each one's status column, as the
    paint says its words are the actions' statuses. A trend's words alone ('Rising',
    'Levelling') say no colour (up may be good or bad), so the header keeps its role unless
    the plan paints them so (symbol_status reads a column of arrows by a printed key alike).
    A card with no trend column either may print its statuses under a label no header
    vocabulary knows ('Mortar: [Cracking]'): its one unplaced label whose every value is a chip
    is judged alike (else its values stay unread, and plan_warnings says so)."""
    by_page = {p.number: p for p in pages}
    candidates: list[tuple[PlanTable, list[int]]] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or not is_card_table(t) or t.col("rag") is not None:
            continue
        found = [i for i, role in enumerate(t.roles) if role in _PAINTED_ROLES]
        if not found:  # a label no header vocabulary knows ('Mortar:'), its words on chips
            found = _unplaced_chip_columns(t, by_page)
        candidates.append((t, found))
    one_tint = _one_tint_labels(candidates, by_page)
    columns: list[tuple[PlanTable, int]] = []
    chips: list[Cell] = []
    for t, found in candidates:
        if len(found) > 1:  # a band under a label's words (one tint whatever they say) is no chip
            found = [col for col in found if _label(t, col) not in one_tint]
        if len(found) == 1:
            columns.append((t, found[0]))
            chips += _chips(t, found[0], by_page)
    # the plan's cards are judged together: a page's table of two cards may print one status
    if len(chips) >= MIN_CHIPS and tag_key(chips):
        for t, col in columns:
            _adopt(t, col)


def _label(t: PlanTable, col: int) -> str:
    return text_key(t.labels[col]) if col < len(t.labels) else ""


def _one_tint_labels(
    candidates: Sequence[tuple[PlanTable, list[int]]], by_page: dict[int, Page]
) -> set[str]:
    """The candidate labels whose different words all stand on one tint, over the plan's cards
    ('Foundations: Reliable data' and 'Foundations: Stable workforce', each on the card's
    closing band): a status chip's tint follows its word, so one tint under words that differ
    is a band or a label's styling, not a scale, and the label is no status column. Judged
    only between two candidates of a card (a card prints one status); a label whose words
    are all one ('On track' on every card) says nothing so and is kept."""
    words: dict[str, set[str]] = {}
    tints: dict[str, set[str | None]] = {}
    for t, found in candidates:
        if len(found) < 2:
            continue
        for col in found:
            for chip in _chips(t, col, by_page):
                words.setdefault(_label(t, col), set()).add(text_key(chip.text))
                tints.setdefault(_label(t, col), set()).add(chip.fill)
    return {label for label, said in words.items() if len(said) > 1 and len(tints[label]) == 1}


def _unplaced_chip_columns(t: PlanTable, by_page: dict[int, Page]) -> list[int]:
    """The card labels no role was found for whose every value with words is a chip (a tint
    under it): such a column, the card's one, is a status column printed under a label no
    vocabulary knows, and it is judged by its tints as a trend column is. A column of plain
    words (no tint under any) is no candidate; two such columns leave the card as it is."""
    if t.reading is None:
        return []
    found = []
    for c in [*t.reading.unplaced, *_person_like(t)]:
        col = c.index
        cells = [r.cells[col] if col < len(r.cells) else None for r in t.rows]
        words = [cell for cell in cells if cell is not None and cell.text.strip()]
        chips = _chips(t, col, by_page)
        if words and len(chips) == len(words) and all(ch.fill is not None for ch in chips):
            found.append(col)
    return found


# roles a column's cells alone may give words in capitals ('PLOT TWIST', 'HAPPY ENDING' read
# as two people's names): a second person's, beside the owner's
_PERSON_ROLES = frozenset({"sponsor"})


def _person_like(t: PlanTable) -> list[ColumnRole]:
    """The card labels no header vocabulary names whose role came from their cells alone as a
    second person's: words in capitals on a chip look like a name ('CLIFFHANGER'), and a
    status printed so under a label no vocabulary knows was read as a sponsor; its chips'
    tints judge it as they judge an unplaced label's."""
    if t.reading is None:
        return []
    return [
        c
        for c in t.reading.columns
        if c.role in _PERSON_ROLES and header_role(c.label) is None and t.col("owner") is not None
    ]


def tint_read_words(key: Mapping[str, str]) -> ExtractionWarning | None:
    """A warning where chips' tints gave words the status vocabulary does not know their colour
    ('Plot twist' on amber): their scale is the plan's paint, inferred, not its words."""
    unknown = sorted(w for w in key if normalise_rag(w) is None)
    if not unknown:
        return None
    shown = ", ".join(f"'{w}' {key[w]}" for w in unknown[:6])
    return ExtractionWarning(
        code="status_scale_inferred",
        message=(
            f"{len(unknown)} status word(s) no vocabulary knows were read by the colour of the "
            f"chip or stamp they are printed on ({shown}): the plan's scale is inferred from "
            "its paint, not stated; check its key"
        ),
    )


def _adopt(t: PlanTable, col: int) -> None:
    t.take_role(
        col,
        "rag",
        0.85,
        "its words are chips whose tints follow them in two status hues or more, and the"
        " table has no other status column",
        source="chip tints",
    )


def _chips(t: PlanTable, col: int, by_page: dict[int, Page]) -> list[Cell]:
    """The column's cells with words, each with the tint of the chip under it (None: none)."""
    chips: list[Cell] = []
    for row in t.rows:
        cell = row.cells[col] if col < len(row.cells) else None
        page = by_page.get(row.page)
        if cell is None or page is None or not cell.text.strip() or cell.fill is not None:
            continue
        chips.append(Cell(text=cell.text, bbox=cell.bbox, fill=_fill_under(cell, page)))
    return chips


def chip_key(elements: Sequence[Element], pages: Sequence[Page]) -> dict[str, str]:
    """Phrase -> colour for the status chips of the plan's card tables, where their tints say
    what the words mean ({} where they do not, or where the cells have fills of their own)."""
    by_page = {p.number: p for p in pages}
    chips: list[Cell] = []
    for el in elements:
        t = el.table
        if t is None or t.kind != ACTION_TABLE or not is_card_table(t):
            continue
        rc = t.col("rag")
        if rc is not None:
            chips += _chips(t, rc, by_page)
    if len(chips) < MIN_CHIPS:
        return {}
    return _one_tint_a_colour(tag_key(chips), chips)


def _one_tint_a_colour(key: dict[str, str], chips: Sequence[Cell]) -> dict[str, str]:
    """The key without the words whose colour another tint also reads as: two tints read as
    one colour (peach 'Escalated' and yellow 'Needs attention', both amber by hue) say the plan
    tells the two apart, so the hue is not what the plan means by them and the words' own
    meaning stands."""
    fill_of = {text_key(c.text): c.fill for c in chips}
    tints: dict[str, set[str | None]] = {}
    for phrase, colour in key.items():
        tints.setdefault(colour, set()).add(fill_of.get(phrase))
    return {p: c for p, c in key.items() if len(tints[c]) == 1}
