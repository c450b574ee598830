"""A status pill at a list cell's right edge, level with the cell's first line.

Why: a phone app's list cell prints its ref ('#101') or its title at the left and, at the
cell's right edge on that same first line, a coloured pill with the status ('On track',
'Late'). Printed to PDF the pill comes after the cell's text in reading order, so read by the
line stream it sits under the cell's last field, higher up the page than that field, and was
given to the next cell (or to none). Its position says whose it is: a status phrase alone
(card_grid.chip_text), on the page of a card's first line, level with it and set a gap right
of its end, is that card's chip. Level means the pill's middle within the line's height: a
line of another box further right whose top only grazes the first line's foot (the last word
of a sentence wrapped in a box beside the list, 'met') is no pill of the card.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from plantrace.extractors.card_grid import chip_text
from plantrace.pipeline.document import Line

_GAP = 1.0  # the pill starts at least this many line heights right of the first line's end


def edge_chip(
    first: Line,
    lines: Sequence[Line],
    used: Collection[int],
    is_chip: Callable[[Line], bool] | None = None,
) -> Line | None:
    """The status pill level with a card's first line `first` at its right, among the lines
    no card took (ids in `used` are taken), else None. is_chip: what a pill may print (else a
    status phrase, chip_text)."""
    h = max(first.bottom - first.top, 1.0)
    for ln in lines:
        if (
            id(ln) not in used
            and ln.page == first.page
            and first.top <= (ln.top + ln.bottom) / 2 <= first.bottom
            and ln.x0 - first.bbox[2] >= _GAP * h
            and (is_chip(ln) if is_chip is not None else chip_text(ln.text))
        ):
            return ln
    return None
