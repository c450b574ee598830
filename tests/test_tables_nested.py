"""A table nested in a cell of another (Word's table in a table): the inner table is read as a
table of its own even where its sides end on the outer table's border (an outer row continued
at the top of a page, with no padding above the inner table), the outer cell keeps none of the
inner table's words, and the inner table's headerless piece on the next page continues it.

Pages are built from Word/Line/Ruling objects directly (tests/pages.py).
"""

from __future__ import annotations

from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.document import Page, ParsedDocument
from plantrace.pipeline.tables import lattice_tables
from tests.pages import PageBuilder, texts

OUTER = [40.0, 150.0, 540.0]
INNER = [156.0, 186.0, 330.0, 430.0, 534.0]


def _inner_rows(b: PageBuilder, top: float, refs: list[str]) -> list[float]:
    ys = [top]
    for ref in refs:
        y = ys[-1]
        b.text(INNER[0] + 4, y + 4, ref)
        b.text(INNER[1] + 4, y + 4, f"Action {ref} to agree a protocol")
        b.text(INNER[2] + 4, y + 4, "Head of Service")
        b.text(INNER[3] + 4, y + 4, "31/03/2027")
        ys.append(y + 40)
    return ys


def _first_page() -> Page:
    b = PageBuilder(1)
    b.text(44, 64, "Linked to")
    b.text(154, 64, "Actions")
    b.text(44, 94, "Recommendation 1")
    b.grid(OUTER, [60.0, 80.0, 842.0 - 40.0])
    for x, h in zip(INNER, ["Ref", "Action", "Lead", "Due date"], strict=False):
        b.text(x + 4, 704, h)
    ys = [700.0, 720.0, *_inner_rows(b, 720.0, ["1.1"])[1:]]
    b.grid(INNER, ys)
    return b.build()


def _continued_page() -> Page:
    """The outer row goes on at the page's top; the inner table's sides end on its border."""
    b = PageBuilder(2)
    b.text(44, 54, "with partners")
    ys = _inner_rows(b, 50.8, ["1.2", "1.3"])
    b.grid(INNER, ys)
    b.grid(OUTER, [50.0, 300.0])
    return b.build()


def test_inner_table_touching_the_outer_border_is_a_table_of_its_own() -> None:
    outer, inner = lattice_tables(_continued_page())
    assert len(outer.rows[0]) == 2 and len(inner.rows[0]) == 4
    assert texts(outer) == [["with partners", ""]]  # the inner table's words are not its cell's
    assert [row[0].text for row in inner.rows if row[0] is not None] == ["1.2", "1.3"]


def test_headerless_inner_piece_continues_the_inner_table_not_its_container() -> None:
    doc = ParsedDocument(
        path="constructed.pdf", sha256="0" * 64, pages=[_first_page(), _continued_page()]
    )
    [t] = [e.table for e in read_layout(doc) if e.table is not None]
    assert t.kind == "action" and t.roles == ["ref", "action", "owner", "due"]
    assert [r.text(0) for r in t.rows] == ["1.1", "1.2", "1.3"]
    assert [r.page for r in t.rows] == [1, 2, 2]
    assert t.rows[2].text(3) == "31/03/2027"


def _second_rec_page() -> Page:
    """Recommendation 2's outer row: its text beside an inner table whose header row is left
    alone at the page's foot (its rows all went to the next page)."""
    b = PageBuilder(1)
    b.text(44, 64, "Linked to")
    b.text(154, 64, "Actions")
    b.styled(44, 94, "Recommendation 1")
    b.text(44, 110, "Improve the help")
    for x, h in zip(INNER, ["Ref", "Action", "Lead", "Due date"], strict=False):
        b.text(x + 4, 94, h)
    b.grid(INNER, [90.0, 110.0, *_inner_rows(b, 110.0, ["1.1"])[1:]])
    b.styled(44, 704, "Recommendation 2")
    b.text(44, 720, "Strengthen the", "front door", "and its decisions")
    for x, h in zip(INNER, ["Ref", "Action", "Lead", "Due date"], strict=False):
        b.text(x + 4, 704, h)
    b.grid(INNER, [700.0, 720.0])
    b.grid(OUTER, [60.0, 80.0, 690.0, 842.0 - 40.0])
    return b.build()


def _second_rec_rows() -> Page:
    b = PageBuilder(2)
    b.text(44, 54, "at the weekend")
    b.grid(INNER, _inner_rows(b, 50.8, ["2.1", "2.2"]))
    b.grid(OUTER, [50.0, 300.0])
    return b.build()


def test_holding_cells_text_stands_over_the_tables_its_row_holds() -> None:
    doc = ParsedDocument(
        path="constructed.pdf", sha256="0" * 64, pages=[_second_rec_page(), _second_rec_rows()]
    )
    order = [
        e.table.rows[0].text(0) if e.table is not None and e.table.rows else e.text
        for e in read_layout(doc)
        if e.table is not None or "Recommendation" in e.text
    ]
    assert order == ["Recommendation 1", "1.1", "Recommendation 2", "2.1"]
    tables = [e.table for e in read_layout(doc) if e.table is not None]
    assert [[r.text(0) for r in t.rows] for t in tables] == [["1.1"], ["2.1", "2.2"]]


def _new_row_at_top() -> Page:
    """The next page opens with a new outer row: a bold label beside its own inner table."""
    b = PageBuilder(2)
    b.styled(44, 54, "Recommendation 2")
    for x, h in zip(INNER, ["Ref", "Action", "Lead", "Due date"], strict=False):
        b.text(x + 4, 78, h)
    b.grid(INNER, [74.0, 94.0, *_inner_rows(b, 94.0, ["2.1"])[1:]])
    b.grid(OUTER, [50.0, 300.0])
    return b.build()


def test_bold_label_at_the_top_opens_a_new_table_not_the_previous_pages() -> None:
    doc = ParsedDocument(
        path="constructed.pdf", sha256="0" * 64, pages=[_first_page(), _new_row_at_top()]
    )
    tables = [e.table for e in read_layout(doc) if e.table is not None]
    assert [[r.text(0) for r in t.rows] for t in tables] == [["1.1"], ["2.1"]]
