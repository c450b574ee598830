"""Bands of ruled columns side by side (a recommendation's Step | Lead | Date | Rating each, a
blank gap column between) whose rows line up only now and then: where the middle band's row
sits level with its neighbours' rows, the rulings of all three meet and make one grid, headed by
the outer bands' header copies. The middle band's row, between the copies, is a row of its own
band (its header in a grid above): it is given back as a piece in the band's columns, not lost.
"""

from __future__ import annotations

from plantrace.pipeline.document import Cell, Table
from plantrace.pipeline.tables import split_side_by_side

# column edges: band 1 (4 columns), a gap, band 2 (4), a gap, band 3 (4)
EDGES = [54, 226, 310, 368, 406, 416, 588, 672, 730, 768, 778, 950, 1034, 1092, 1130]
ROW_TOPS = [106, 122, 140, 158, 176, 194, 212]


def _cell(text: str, col: int, row: int, span: int = 1) -> Cell:
    top = ROW_TOPS[row]
    return Cell(text, (EDGES[col], top, EDGES[col + span], top + 16))


def _row(r: int, texts: dict[int, str], span: dict[int, int] | None = None) -> list[Cell | None]:
    out: list[Cell | None] = [None] * 14
    for col, text in texts.items():
        out[col] = _cell(text, col, r, (span or {}).get(col, 1))
    return out


def _grid() -> Table:
    head = {0: "Step", 1: "Lead", 2: "Date", 3: "Rating"}
    rows = [
        _row(0, {0: "Recommendation 1: Improve supervision", 10: "Recommendation 3: Stability"},
             {0: 4, 10: 4}),
        _row(1, {**head, **{10 + k: v for k, v in head.items()}}),
        _row(2, {0: "1.1 Train all team managers", 1: "Amira Choudhury", 2: "2025-05-31",
                 3: "Pending", 10: "3.1 Train foster carers", 11: "Joseph Mensah",
                 12: "2025-12-23", 13: "Failing"}),
        _row(3, {0: "Latest: Scoping to begin next quarter", 10: "Latest: Delayed"},
             {0: 4, 10: 4}),
        _row(4, {0: "1.2 Publish a revised standard", 1: "Joseph Mensah", 2: "2025-06-23",
                 3: "Pending", 10: "3.2 Report health assessments", 11: "Helen Markham",
                 12: "2025-07-31", 13: "Secure"}),
        # the middle band's row level with band 1's: its rulings joined the grid here
        _row(5, {0: "1.3 Add a timeliness measure", 1: "Joseph Mensah", 2: "2026-01-27",
                 3: "Pending", 5: "2.3 Step down cases to early help", 6: "Joseph Mensah",
                 7: "2025-04-28", 8: "Secure"}),
    ]  # fmt: skip
    return Table(page=1, bbox=(54.0, 106.0, 1130.0, 228.0), rows=rows, ruled=True)


def _texts(t: Table) -> list[list[str]]:
    return [[c.text if c is not None else "" for c in row] for row in t.rows]


def test_middle_band_row_between_copies_is_kept_in_its_band_columns() -> None:
    pieces = split_side_by_side(_grid())
    assert len(pieces) == 3
    band1, band3, middle = pieces
    assert _texts(band1)[-1] == ["1.3 Add a timeliness measure", "Joseph Mensah", "2026-01-27",
                                 "Pending"]  # fmt: skip
    assert _texts(band3)[1] == ["Step", "Lead", "Date", "Rating"]
    assert _texts(middle) == [
        ["2.3 Step down cases to early help", "Joseph Mensah", "2025-04-28", "Secure"]
    ]
    assert middle.bbox == (416, 194, 768, 210)  # the band's own columns, for stitching


def test_a_single_note_between_copies_is_no_band_row() -> None:
    t = _grid()
    t.rows = t.rows[:5]  # no middle band's row: only band 1's and 3's
    t.rows[3][4] = _cell("Latest: Delayed", 4, 3, 6)  # a merged note reaching into the gap
    assert len(split_side_by_side(t)) == 2
