"""Columns that only drawn marks make (pipeline.mark_columns), on pages built the way a browser
prints a plan table whose status is an icon per row: a green disc, an orange triangle, a red
square, a blue disc with a tick, centred under a short header word ('RAG') whose column holds
no word, so the text alone runs the header into the column before it ('Deadline RAG').

What is read: the icons, whatever their shapes and widths, stack into one column that starts at
the header cell over it; a lone icon under a header cell of its own is a column too; a group's
header over several columns of marks ('Quarterly rating' over Q1 .. Q3) heads none of them;
marks under a header that already starts a column open no second one; a filled cell that starts
left of its padded header word starts the column itself.
"""

from __future__ import annotations

from plantrace.pipeline.document import BBox, Line, Page
from plantrace.pipeline.mark_columns import header_cells, mark_columns
from tests.pages import FONT, words_at

HEAD_TOP, ROW_TOPS = 100.0, [120.0, 145.0, 170.0, 195.0]


def _line(text: str, x: float, top: float, index: int) -> Line:
    words = words_at(text, x, top)
    bbox = (words[0].x0, top, words[-1].x1, top + FONT)
    return Line(text, bbox, FONT, False, 1, index, words=words)


def _page(header: list[tuple[str, float]], fills: list[BBox], glyphs: list[BBox]) -> Page:
    """A page with the header cells' words on one line, each at its x, and the marks drawn."""
    page = Page(1, 595.0, 842.0, rulings=[])
    words = [w for text, x in header for w in words_at(text, x, HEAD_TOP)]
    page.lines = [
        Line(" ".join(w.text for w in words), (words[0].x0, HEAD_TOP, words[-1].x1,
             HEAD_TOP + FONT), FONT, True, 1, 0, words=words)
    ]  # fmt: skip
    page.fills = [(b, "#d4351c") for b in fills]
    page.glyph_fills = [(b, "#00703c") for b in glyphs]
    return page


def _icon(x_centre: float, top: float, width: float) -> BBox:
    return (x_centre - width / 2, top, x_centre + width / 2, top + width)


HEADER = [("Ref", 40.0), ("Action", 70.0), ("Lead", 250.0), ("Deadline", 340.0), ("RAG", 400.0),
          ("Position", 440.0)]  # fmt: skip
STARTS = [40.0, 70.0, 250.0, 340.0, 440.0]  # the text runs 'Deadline RAG' into one column


def test_icons_of_mixed_shapes_make_a_column_at_their_header() -> None:
    # a triangle (8.3 wide, drawn as a filled box) and discs (7.5, drawn as paths) under 'RAG'
    centre = 400.0 + 3 * 4.0 / 2
    fills = [_icon(centre, ROW_TOPS[0], 8.3), _icon(centre, ROW_TOPS[2], 8.3)]
    glyphs = [_icon(centre, ROW_TOPS[1], 7.5), _icon(centre, ROW_TOPS[3], 7.5)]
    page = _page(HEADER, fills, glyphs)
    starts, right = mark_columns(page, STARTS, HEAD_TOP, 210.0, 480.0, header_cells(page.lines))
    assert starts == [40.0, 70.0, 250.0, 340.0, 400.0, 440.0]
    assert right is None


def test_one_icon_under_a_header_of_its_own_is_a_column() -> None:
    page = _page(HEADER, [_icon(406.0, ROW_TOPS[1], 8.3)], [])
    starts, _ = mark_columns(page, STARTS, HEAD_TOP, 210.0, 480.0, header_cells(page.lines))
    assert 400.0 in starts
    # without a header cell over it, one mark says nothing
    starts, _ = mark_columns(page, STARTS, HEAD_TOP, 210.0, 480.0, [])
    assert starts == STARTS


def test_icons_under_a_column_already_found_open_none() -> None:
    starts_with_rag = [40.0, 70.0, 250.0, 340.0, 400.0, 440.0]
    glyphs = [_icon(406.0, top, 7.5) for top in ROW_TOPS]
    page = _page(HEADER, [], glyphs)
    got, _ = mark_columns(page, starts_with_rag, HEAD_TOP, 210.0, 480.0, header_cells(page.lines))
    assert got == starts_with_rag


def test_a_group_header_over_columns_of_marks_heads_none_of_them() -> None:
    # 'Quarterly rating' over three columns of filled cells, 24 points wide each
    header = [("Ref", 40.0), ("Action", 70.0), ("Quarterly rating", 300.0), ("Update", 400.0)]
    fills = [(x, top, x + 24.0, top + 20.0) for x in (302.0, 326.0, 350.0) for top in ROW_TOPS]
    page = _page(header, fills, [])
    starts = [40.0, 70.0, 300.0, 400.0]
    got, _ = mark_columns(page, starts, HEAD_TOP, 215.0, 480.0, header_cells(page.lines))
    assert got == [40.0, 70.0, 300.0, 326.0, 350.0, 400.0]


def test_a_filled_cell_left_of_its_header_word_starts_the_column() -> None:
    # status cells filled edge to edge right of all text, the header word padded inside them
    header = [("Ref", 40.0), ("Action", 70.0), ("BRAG", 508.0)]
    fills = [(504.0, top, 550.0, top + 20.0) for top in ROW_TOPS]
    page = _page(header, fills, [])
    got, right = mark_columns(page, [40.0, 70.0], HEAD_TOP, 215.0, 300.0, header_cells(page.lines))
    assert got == [40.0, 70.0, 504.0]
    assert right == 550.0


def test_header_cells_part_at_wide_gaps_only() -> None:
    page = _page([("What we will do", 70.0), ("Deadline", 340.0), ("RAG", 400.0)], [], [])
    cells = header_cells(page.lines)
    assert [round(a) for a, _ in cells] == [70, 340, 400]
