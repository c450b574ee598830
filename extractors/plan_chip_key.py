"""The key a card plan's status chips give their words: the tint each word is printed on.

An action card's inline metadata line ('Lead: ... · Due: ... · Status: Behind schedule') often
prints its status as a pill on a tint. Where every status word stands on one tint wherever it
recurs, and the tints are of two status hues or more, the tints are the plan's own key for its
words: 'Behind schedule' on pale red is red in this plan, though the word alone reads amber (a
plan printing it on pale amber means amber). The same rule the line-end tags follow
(plan_tags.tag_key), for the card reader's status cells, whose cells come from lines and never
see the page's drawing.
"""

from __future__ import annotations

from collections.abc import Sequence

from plantrace.extractors.plan_cards import is_card_table
from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.extractors.plan_tags import tag_key
from plantrace.pipeline.document import Cell, Page

MIN_CHIPS = 2  # status chips a plan prints, at the least, before their tints key its words


PILL_LINES = 3.0  # a pill is at most this many font sizes tall; taller is a panel


def _fill_under(cell: Cell, page: Page) -> str | None:
    """The smallest filled shape under the middle of the cell's words, no taller than a pill
    behind them: a box tinted round a whole card or a panel of cards is no chip's tint. Measured
    in the words' font size (a glyph box is about half of it: a pill stands well clear)."""
    x, y = (cell.bbox[0] + cell.bbox[2]) / 2, (cell.bbox[1] + cell.bbox[3]) / 2
    _ = page.rulings  # the fills are read with the rulings
    size = max((ln.font_size for ln in cell.lines), default=cell.bbox[3] - cell.bbox[1])
    tall = PILL_LINES * max(size, 1.0)
    under = [
        ((b[2] - b[0]) * (b[3] - b[1]), colour)
        for b, colour in page.fills
        if b[0] <= x <= b[2] and b[1] <= y <= b[3] and b[3] - b[1] <= tall
    ]
    return min(under)[1] if under else None


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
        if rc is None:
            continue
        for row in t.rows:
            cell = row.cells[rc] if rc < len(row.cells) else None
            page = by_page.get(row.page)
            if cell is None or page is None or not cell.text.strip() or cell.fill is not None:
                continue
            chips.append(Cell(text=cell.text, bbox=cell.bbox, fill=_fill_under(cell, page)))
    if len(chips) < MIN_CHIPS:
        return {}
    return _one_tint_a_colour(tag_key(chips), chips)


def _one_tint_a_colour(key: dict[str, str], chips: Sequence[Cell]) -> dict[str, str]:
    """The key without the words whose colour another tint also reads as: two tints read as
    one colour (peach 'Escalated' and yellow 'Needs attention', both amber by hue) say the plan
    tells the two apart, so the hue is not what the plan means by them and the words' own
    meaning stands."""
    fill_of = {" ".join(c.text.lower().split()): c.fill for c in chips}
    tints: dict[str, set[str | None]] = {}
    for phrase, colour in key.items():
        tints.setdefault(colour, set()).add(fill_of.get(phrase))
    return {p: c for p, c in key.items() if len(tints[c]) == 1}
