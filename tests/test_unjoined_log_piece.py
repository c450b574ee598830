"""A change log's piece on a later page that no table took in is said, never dropped silently.

A system's record history (`Changed | Changed by | Record | Field | Old value | New value`)
runs over pages; its later pages hold the records' latest changes (a status moving on, a date
moved). Where a piece stays as printed (its columns did not line up with the open log's, its
width differed), those changes are not read: `log_piece_unjoined` names its page.
"""

from __future__ import annotations

from plantrace.extractors.log_pieces import UNJOINED, unjoined_log_pieces
from plantrace.extractors.plan_columns import Element
from plantrace.pipeline.document import Cell, Table

HEADER = ["Changed", "Changed by", "Record", "Field", "Old value", "New value"]


def _table(page: int, rows: list[list[str]]) -> Table:
    cells = [
        [Cell(text, (40.0 + 90 * j, 80.0 + 18 * r, 120.0 + 90 * j, 92.0 + 18 * r))
         for j, text in enumerate(row)]
        for r, row in enumerate(rows)
    ]  # fmt: skip
    return Table(page, (40.0, 80.0, 580.0, 92.0 + 18 * len(rows)), list(cells), False)


def _first_page() -> Table:
    rows = [HEADER]
    for k, ref in enumerate(["IP/1/01", "IP/1/02", "IP/2/01"]):
        rows += [
            [f"0{k + 1}/02/2026 09:1{k}", "Karen Whitlow", ref, "Action", "", f"Do thing {ref}"],
            [f"0{k + 1}/02/2026 10:1{k}", "Gareth Pym", ref, "Lead officer", "", "Tom Ellery"],
            [f"0{k + 1}/02/2026 11:1{k}", "Lucy Ferreira", ref, "Target date", "", "MAR-2026"],
            [f"0{k + 1}/02/2026 12:1{k}", "Gareth Pym", ref, "Status", "", "Not opened"],
        ]
    return _table(1, rows)


def _status_page(page: int) -> Table:
    rows = [HEADER]
    for k, ref in enumerate(["IP/1/01", "IP/1/02", "IP/2/01", "IP/1/01"]):
        rows.append([f"1{k}/03/2026 09:00", "Lucy Ferreira", ref, "Status", "Not opened",
                     "Progressing"])  # fmt: skip
    return _table(page, rows)


def test_later_piece_of_status_moves_left_unjoined_is_said() -> None:
    # page 1 read (here: left as printed too, a log none of whose pieces were joined)
    elements = [Element(1, 80.0, raw=_first_page()), Element(2, 80.0, raw=_status_page(2))]
    warnings = unjoined_log_pieces(elements)
    assert [w.code for w in warnings] == [UNJOINED, UNJOINED]
    assert [w.page for w in warnings] == [1, 2]
    assert "4 row(s)" in warnings[1].message and "page 2" in warnings[1].message


def test_piece_of_one_field_alone_needs_the_header_printed_before() -> None:
    # a table of status moves alone on its own page, its header printed nowhere before: one
    # field named is too little to call it a log's piece
    assert unjoined_log_pieces([Element(2, 80.0, raw=_status_page(2))]) == []


def test_no_warning_for_tables_that_are_no_log() -> None:
    scores = _table(1, [["Indicator", "Baseline", "Latest", "Target"],
                        ["Visits in time", "71%", "80%", "90%"],
                        ["Plans reviewed", "60%", "72%", "95%"],
                        ["Supervision in time", "55%", "70%", "90%"]])  # fmt: skip
    dated = _table(2, [["Week 1", "Week 2", "Week 3", "Week 4"], ["a", "b", "c", "d"]])
    assert unjoined_log_pieces([Element(1, 80.0, raw=scores), Element(2, 80.0, raw=dated)]) == []
