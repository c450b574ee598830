"""Header shapes read from the cells and the table: a caption row over the header, a 'target'
column of dates, a ref column whose numbers recur. Words differ from any generated family's."""

from __future__ import annotations

from plantrace.extractors.plan_columns import (
    _dated_targets,
    _recurring_refs,
    _under_caption_row,
    read_layout,
)
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.tables import lattice_tables
from tests.pages import PageBuilder

XS = [40.0, 80.0, 260.0, 380.0, 470.0, 540.0]


def _captioned() -> PageBuilder:
    b = PageBuilder()
    ys = [50.0, 66.0, 82.0, 98.0, 114.0]
    for x, cap in zip(XS[1:], ["Purpose", "Means", "Scope", "Check"], strict=False):
        b.text(x + 4, 54, cap)  # a key of what the columns are for, naming none of them
    for x, h in zip(XS, ["No.", "Task", "Owner", "Deadline", "RAG"], strict=False):
        b.styled(x + 4, 70, h)
    b.text(44, 86, "1")
    b.text(84, 86, "Hold a panel each week on edge of care cases")
    b.text(264, 86, "Head of Early Help")
    b.text(384, 86, "June 2026")
    b.text(474, 86, "Green")
    b.text(44, 102, "2")
    b.text(84, 102, "Publish a guide for schools on family meetings")
    b.text(264, 102, "Team Manager")
    b.text(384, 102, "Sept 2026")
    b.text(474, 102, "Amber")
    b.grid(XS, ys)
    return b


def test_a_caption_row_over_a_styled_header_is_no_header() -> None:
    page = _captioned().build()
    [table] = lattice_tables(page)
    under = _under_caption_row(table)
    assert [c.text for c in under.rows[0] if c is not None] == [
        "No.", "Task", "Owner", "Deadline", "RAG",
    ]  # fmt: skip
    [el] = [e for e in read_layout(ParsedDocument("x.pdf", "0" * 64, [page])) if e.table]
    assert el.table is not None and len(el.table.rows) == 2
    assert el.table.roles[:2] == ["ref", "action"]


def test_a_target_column_of_dates_is_the_due_date() -> None:
    roles = _dated_targets(
        ["action", "owner", "target"],
        [["Hold a panel", "Publish a guide"], ["Head of Early Help", "Team Manager"],
         ["June 2026", "end of spring term 2027"]],
    )  # fmt: skip
    assert roles == ["action", "owner", "due"]
    figures = _dated_targets(["indicator", "target"], [["Visits on time"], ["85%"]])
    assert figures == ["indicator", "target"]


def test_a_ref_column_whose_numbers_recur_names_the_recommendations() -> None:
    roles = _recurring_refs(
        ["ref", "action", "ref"],
        [["A", "B", "C"], ["Hold a panel", "Publish a guide", "Train staff"],
         ["Area 1", "Area 1", "Area 2"]],
    )  # fmt: skip
    assert roles == ["ref", "action", "rec"]
    own = _recurring_refs(["ref", "action"], [["1", "2", "3"], ["a", "b", "c"]])
    assert own == ["ref", "action"]


def test_a_column_of_findings_by_number_names_the_recommendations() -> None:
    from plantrace.extractors.column_roles import ACTION_TABLE, read_roles

    roles = read_roles(
        ACTION_TABLE,
        ["action", None, "owner"],
        ["Task", "Source", "Owner"],
        [["Hold a panel weekly for edge of care cases", "Publish a guide for schools",
          "Train staff in family network meetings"],
         ["Finding 2", "Finding 2", "Finding 3"], ["Head of Early Help", "DSL", "IRO"]],
    )  # fmt: skip
    assert roles.roles[1] == "rec"
