"""A card's status chip read from its lines takes the colour drawn behind or before its words
(pipeline/marks.paint_chips): a pill under a word no vocabulary reads, or a dot right before it;
a word the vocabulary reads, a grey pill and a page with no drawing change nothing."""

from __future__ import annotations

from plantrace.pipeline.document import Cell, Line, Page
from plantrace.pipeline.marks import paint_chips


def _cell(text: str, x0: float, top: float) -> Cell:
    box = (x0, top, x0 + 6.0 * len(text), top + 9.0)
    line = Line(text, box, 9.0, False, 1, 0)
    line.words = []
    return Cell(text, box, [line])


def _page() -> Page:
    page = Page(1, 595.0, 842.0, lines=[], rulings=[])
    page.fills = [
        ((96.0, 98.0, 150.0, 112.0), "#2e8b57"),  # a green pill under 'Humming'
        ((96.0, 198.0, 150.0, 212.0), "#b0b0b0"),  # a grey pill under 'Parked up'
        ((96.0, 298.0, 150.0, 312.0), "#c0392b"),  # a red pill under 'On track'
    ]
    page.glyph_fills = [((88.0, 401.0, 95.0, 408.0), "#e67e22")]  # an amber dot before 'Choppy'
    return page


def test_chip_takes_the_colour_behind_or_before_its_words() -> None:
    cells = [
        _cell("Humming", 100.0, 100.0),
        _cell("Parked up", 100.0, 200.0),
        _cell("On track", 100.0, 300.0),
        _cell("Choppy", 100.0, 400.0),
    ]
    paint_chips(cells, _page())
    assert [c.fill for c in cells] == ["#2e8b57", None, None, "#e67e22"]


def test_page_without_drawing_changes_nothing() -> None:
    cell = _cell("Humming", 100.0, 100.0)
    paint_chips([cell], Page(1, 595.0, 842.0, lines=[], rulings=[]))
    assert cell.fill is None


def test_tall_shape_holding_only_the_status_gives_its_colour() -> None:
    """A status tile or a status cell shaded whole, taller than a pill: its colour is the
    status's where the shape holds no other line; a panel shaded behind the card's other lines
    (a decision, a note) is no status's shape, whatever its height."""
    tile = _cell("Sound", 110.0, 115.0)
    panel = _cell("Sound", 110.0, 315.0)
    other = Line("Decision: adapt the audit tool", (110.0, 330.0, 290.0, 339.0), 9.0, False, 1, 1)
    other.words = []
    page = Page(1, 595.0, 842.0, lines=[*tile.lines, *panel.lines, other], rulings=[])
    page.fills = [
        ((100.0, 100.0, 150.0, 140.0), "#ff0000"),  # a 40 pt status tile holding 'Sound' alone
        ((100.0, 300.0, 300.0, 360.0), "#f4b183"),  # a peach panel behind 'Sound' and a decision
    ]
    paint_chips([tile, panel], page)
    assert [tile.fill, panel.fill] == ["#ff0000", None]
