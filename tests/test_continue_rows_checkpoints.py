"""A table's next piece opening with a checkpoint under the last action of the page before
(no ref, no owner, its text set further in): a row of its own, not the rest of the action cut
by the page break (plan_columns.continue_rows with plan_subrows.starts_sub_row). The rest of a
cut row, set like the row, is still joined to it."""

from __future__ import annotations

from plantrace.extractors.plan_columns import PlanTable, Row, continue_rows
from plantrace.pipeline.document import Cell, Line

LEFTS = [40.0, 70.0, 330.0, 430.0]  # the cells' left edges: ref, action, owner, due


def _cell(col: int, text: str, top: float, indent: float = 3.0) -> Cell | None:
    if not text:
        return None
    x0 = LEFTS[col] + indent
    line = Line(text, (x0, top, x0 + 5.0 * len(text), top + 9.0), 9.0, False, 1, 0)
    right = LEFTS[col + 1] if col + 1 < len(LEFTS) else 520.0
    return Cell(text, (LEFTS[col], top - 2.0, right, top + 11.0), [line])


def _row(texts: list[str], top: float, indent: float = 3.0, page: int = 1) -> Row:
    return Row([_cell(i, t, top, indent if i == 1 else 3.0) for i, t in enumerate(texts)], page)


def _table() -> PlanTable:
    rows = [_row(["13", "Publish the revised threshold document", "Head of Service", "31/10/2026"],
                 700.0)]  # fmt: skip
    return PlanTable("action", ["ref", "action", "owner", "due"],
                     ["No.", "Action", "Lead", "Due"], rows, 1, 100.0)  # fmt: skip


def test_a_checkpoint_opening_the_page_is_a_row_of_its_own() -> None:
    table = _table()
    checkpoint = _row(["", "a) Checkpoint: staff briefings held", "", "31/07/2026"], 60.0,
                      indent=14.0, page=2)  # fmt: skip
    assert continue_rows(table, [checkpoint]) == [checkpoint]
    assert table.rows[-1].text(3) == "31/10/2026"


def test_the_rest_of_a_cut_row_is_joined_to_it() -> None:
    table = _table()
    rest = _row(["", "with partners and schools", "", ""], 60.0, page=2)
    assert continue_rows(table, [rest]) == []
    assert (
        table.rows[-1].text(1) == "Publish the revised threshold document with partners and schools"
    )
