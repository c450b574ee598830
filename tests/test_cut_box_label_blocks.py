"""A box opening a page is let go as the frame of the unruled table left open on the page before
(cut_box_rows) when its lines are that table's rows. Since 69c61152 a line starting at one of
the table's column edges counts as a row's once one line spans two columns (cells set in the
middle of their rows put a row's lines at several heights). A form's action block (labels over
its fields: `Action block 6`, one line naming four fields, then `Owner`, `Action`, each alone at
the block's left) passed that test too, every lone line at the first column's edge: the block
was let go as rows of the table above and the plan's listed recommendations were lost
(holdout60 rl-fillable-form, seed 2: three plans lost every recommendation). Lone lines count
now only where some start at another edge than the first column's (the box's left).
"""

from __future__ import annotations

from plantrace.extractors.cut_box_rows import frames_carried_rows
from plantrace.pipeline.document import Cell, Line, Page, Table, Word

STARTS = [45.4, 124.7, 226.8, 351.5]  # the open table's column edges on the page before


def _line(parts: list[tuple[str, float]], top: float) -> Line:
    words = []
    for text, x in parts:
        for k, w in enumerate(text.split()):
            x0 = x + 24.0 * k
            words.append(Word(w, x0, top, x0 + 20.0, top + 7.0))
    text = " ".join(t for t, _ in parts)
    return Line(text, (words[0].x0, top, words[-1].x1, top + 7.0), 7.4, False, 2, 0, words=words)


def _box(lines: list[Line]) -> tuple[Table, Page]:
    bbox = (39.0, 43.0, 556.0, 160.0)
    table = Table(page=2, bbox=bbox, rows=[[Cell("", bbox, lines=lines)]], ruled=True)
    return table, Page(number=2, width=595.0, height=842.0, lines=lines, rulings=[])


def test_a_block_of_labels_at_one_edge_is_no_rows_carried() -> None:
    lines = [
        _line([("Action block 6", 45.4)], 50.0),
        _line([("Orbit", 45.9), ("Answers", 125.2), ("Dawn by", 227.3), ("Cloud cover", 352.0)], 62.0),
        _line([("Navigator of the stars", 45.4)], 90.0),
        _line([("Sky task", 45.9)], 118.0),
        _line([("Star chart note", 45.9)], 146.0),
    ]  # fmt: skip
    table, page = _box(lines)
    assert not frames_carried_rows(table, page, 1, STARTS)


def test_rows_whose_cells_sit_at_several_heights_are_carried() -> None:
    lines = [
        _line([("Give every care leaver a written summary", 124.7)], 50.0),
        _line([("3.1", 45.4), ("of their entitlements", 124.7), ("Leaving Care", 226.8)], 60.0),
        _line([("at their review", 124.7)], 70.0),
        _line([("Offer every care leaver a review", 124.7)], 84.0),
        _line([("3.2", 45.4), ("with a personal adviser", 124.7), ("Personal Advisers", 226.8)], 94.0),
    ]  # fmt: skip
    table, page = _box(lines)
    assert frames_carried_rows(table, page, 1, STARTS)


def test_a_row_whose_first_cell_wraps_under_it_is_carried() -> None:
    """A measure's name over two lines under its figures' row ('... within 45 working' / 'days'):
    the lone line sits a line's pitch under the row, the first cell wrapping on, not a label
    standing apart (0.6.86's first build lost such a row: holdout16 docx-dot-leaders KPI rows)."""
    lines = [
        _line([("Assessments completed within 45 working", 45.4), ("44%", 124.7), ("42%", 226.8),
               ("89%", 351.5)], 50.0),
        _line([("days", 45.4)], 59.0),
    ]  # fmt: skip
    table, page = _box(lines)
    assert frames_carried_rows(table, page, 1, STARTS)
