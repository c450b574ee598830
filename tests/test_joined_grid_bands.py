"""Bands of columns side by side (a recommendation's action | owner | due | status each, a
blank gap column between) whose rulings met across the gap read as one table: band_copies finds
the bands from their repeated header, even where a neighbouring band's misaligned rows put text
between them; halves and a tracker's repeated period columns are left to their own rules."""

from plantrace.pipeline.tables import band_copies, header_copies

BANDS = [
    ["Recommendation 1: Improve supervision", None, None, None, "", None, None, None, None, None,
     "Recommendation 3: Ensure stability", None, None, None],
    ["Step", "Lead", "Date", "Rating", None, None, None, None, None, None,
     "Step", "Lead", "Date", "Rating"],
    ["1.1 Train all team managers", "Amira Choudhury", "2025-05-31", "Pending", None, None, None,
     None, None, None, "3.1 Train foster carers", "Joseph Mensah", "2025-12-23", "Failing"],
    ["Latest: Scoping", None, None, None, "Latest: Delayed", None, None, None, None, None,
     "Latest: Delayed", None, None, None],
]  # fmt: skip


def test_bands_found_though_text_lies_between() -> None:
    assert header_copies(BANDS) is None  # text between the copies: no halves
    assert band_copies(BANDS) == [range(0, 4), range(10, 14)]


def test_touching_period_columns_are_no_bands() -> None:
    tracker = [["Q1", "Q2", "Q3", "Q1", "Q2", "Q3"], ["x", "", "", "", "x", ""]]
    assert band_copies(tracker) is None


def test_header_with_own_columns_is_no_bands() -> None:
    rows = [["Action", "Owner", "Q1", "Q2", "Q3", "", "Q1", "Q2", "Q3"]]
    assert band_copies(rows) is None
