"""Table building from constructed pages: lattice grids with merged cells, unruled (stream)
tables, and tables that break over a page with and without a repeated header row.

Pages are built from Word/Line/Ruling objects directly (tests/pages.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.document import Cell, Line, Page, ParsedDocument, Ruling, Table, Word
from plantrace.pipeline.layout import clean_pages, join_text
from plantrace.pipeline.tables import (
    _spilt_column,
    drawn_column_rules,
    lattice_tables,
    lines_outside,
    owner_grid,
    stream_columns,
    stream_table,
    upright_rulings,
)
from tests.pages import (
    FONT,
    LEADING,
    PageBuilder,
    ruled_action_page,
    texts,
    unruled_page,
    words_at,
)

# --------------------------------------------------------------------------- lattice


def test_lattice_grid_with_merged_cell() -> None:
    page = ruled_action_page()
    [table] = lattice_tables(page)
    assert table.ruled and table.bbox == (50.0, 100.0, 540.0, 200.0)
    assert texts(table) == [
        ["Action", "Who", "Date", "Governance"],
        ["1.1 Agree a protocol for strategy discussions with the police: a) attendance of health",
         "Head of Service, Safeguarding", "31 July 2016", "Improvement Board"],
        ["1.2 Introduce a recording template", "Principal Social Worker", "Sept 16", None],
    ]  # fmt: skip
    merged = table.rows[1][3]
    assert merged is not None and merged.bbox == (430.0, 120.0, 540.0, 200.0)
    assert owner_grid(table)[2][3] is merged  # the covered slot resolves to the merged cell


def test_lattice_merged_theme_cell_and_spanning_row() -> None:
    b = PageBuilder()
    xs, ys = [40.0, 140.0, 300.0, 420.0], [50.0, 70.0, 100.0, 130.0, 150.0]
    for x, h in zip(xs, ["Theme", "Actions", "Lead"], strict=False):
        b.text(x + 4, 54, h)
    b.text(44, 74, "Stable homes")
    b.text(144, 74, "Recruit carers")
    b.text(304, 74, "Head of Fostering")
    b.text(144, 104, "Review allowances")
    b.text(304, 104, "Head of Finance")
    b.text(44, 134, "Note: figures are provisional")
    # theme cell spans rows 1-2 (no ruling at y index 2 in column 0); last row spans all columns
    b.grid(xs, ys, skip_h=[(2, 0)], skip_v=[(3, 1), (3, 2)])
    [table] = lattice_tables(b.build())
    assert texts(table) == [
        ["Theme", "Actions", "Lead"],
        ["Stable homes", "Recruit carers", "Head of Fostering"],
        [None, "Review allowances", "Head of Finance"],
        ["Note: figures are provisional", None, None],
    ]
    assert owner_grid(table)[2][0] is table.rows[1][0]
    assert owner_grid(table)[3][2] is table.rows[3][0]


def test_lines_outside_tables_keep_page_text() -> None:
    b = PageBuilder()
    b.text(50, 60, "1. Work with partners to ensure that children are seen")
    page = ruled_action_page()
    page.lines = b.build().lines + page.lines
    out = lines_outside(page, lattice_tables(page))
    assert [ln.text for ln in out] == ["1. Work with partners to ensure that children are seen"]


# --------------------------------------------------------------------------- stream


def test_stream_columns_from_whitespace_rivers() -> None:
    page = unruled_page()
    # an edge sits just left of where the column's text starts
    assert stream_columns(page.lines) == [44.5, 89.5, 239.5, 319.5, 379.5]


def test_stream_table_cells_and_spanning_section_row() -> None:
    page = unruled_page()
    table = stream_table(page.lines, page=1)
    assert table is not None and not table.ruled
    assert texts(table) == [
        ["Ref", "Action", "Lead officer", "Timescale", "RAG"],
        # the heading runs over Lead officer and Timescale but stops short of RAG
        ["1", "Priority 1 - Management oversight of casework and supervision in teams",
         None, None, ""],
        ["1.1", "Relaunch the supervision policy with a new template", "Principal Social Worker",
         "Sept 24", "G"],
        ["1.2", "Complete the reflective supervision programme for all managers",
         "Workforce Lead", "Mar 25", "A"],
        ["1.3", "Create two team manager posts", "Head of Service", "Q4 2024/25", "R"],
    ]  # fmt: skip


# --------------------------------------------------------------------------- continuation


def _doc(*pages: Page) -> ParsedDocument:
    return ParsedDocument(path="constructed.pdf", sha256="0" * 64, pages=list(pages))


def test_ruled_table_continues_with_repeated_header() -> None:
    doc = _doc(ruled_action_page(1), ruled_action_page(2))
    [el] = [e for e in read_layout(doc) if e.table is not None]
    t = el.table
    assert t is not None and t.kind == "action" and len(t.pieces) == 2
    assert t.roles == ["action", "owner", "due", "governance"]
    assert [r.text(0)[:3] for r in t.rows] == ["1.1", "1.2", "1.1", "1.2"]
    assert [r.page for r in t.rows] == [1, 1, 2, 2]


def test_ruled_table_continues_without_header() -> None:
    doc = _doc(ruled_action_page(1), ruled_action_page(2, header=False))
    [el] = [e for e in read_layout(doc) if e.table is not None]
    t = el.table
    assert t is not None and len(t.rows) == 4 and [r.page for r in t.rows] == [1, 1, 2, 2]
    assert t.rows[3].text(3) == "Improvement Board"  # merged governance on the second page


def test_unruled_table_continues_without_header() -> None:
    doc = _doc(unruled_page(1), unruled_page(2, header=False, first_ref="2.1"))
    [el] = [e for e in read_layout(doc) if e.table is not None]
    t = el.table
    assert t is not None and t.kind == "action"
    assert t.roles == ["ref", "action", "owner", "due", "rag"]
    assert [(r.page, r.text(0), r.section) for r in t.rows] == [
        (1, "1", True), (1, "1.1", False), (1, "1.2", False), (1, "1.3", False),
        (2, "1", True), (2, "2.1", False), (2, "1.2", False), (2, "1.3", False),
    ]  # fmt: skip
    assert t.rows[5].text(2) == "Principal Social Worker"


def test_repeated_header_cleaned_as_running_line_is_read_inside_the_rulings() -> None:
    """Page cleaning moves a header row repeated in the top margin of every page to
    header_footer; inside a ruled table it is content and the cells keep it."""
    b = PageBuilder(2)
    xs = [50.0, 200.0, 300.0]
    b.text(54, 44, "Action")
    b.text(204, 44, "Lead officer")
    b.text(54, 64, "Audit strategy discussions")
    b.text(204, 64, "Principal Social Worker")
    b.grid(xs, [40.0, 60.0, 80.0])
    page = b.build()
    page.header_footer = [ln for ln in page.lines if ln.top == 44]
    page.lines = [ln for ln in page.lines if ln.top != 44]
    [table] = lattice_tables(page)
    assert texts(table)[0] == ["Action", "Lead officer"]


def test_cell_words_run_together_from_two_heights_are_two_lines() -> None:
    """pdfium can run a hyphen-wrapped word's halves ('multi-' / 'agency') into one text line;
    in the cell they are two visual lines, joined back as one word."""
    b = PageBuilder()
    b.text(54, 44, "Action", "a multi-")
    b.grid([50.0, 200.0], [40.0, 80.0])
    page = b.build()
    [action, wrapped] = page.lines
    extra = Word("agency", 54.0, 44 + 2 * LEADING, 78.0, 44 + 2 * LEADING + FONT)
    wrapped.words = [*wrapped.words, extra]  # one pdfium line, words at two heights
    [table] = lattice_tables(page)
    assert texts(table) == [["Action a multi-agency"]]


# --------------------------------------------------------------------------- page margins


def _margin_line(text: str, x: float, top: float, page: int) -> Line:
    words = words_at(text, x, top)
    return Line(text, (x, top, words[-1].x1, top + FONT), FONT, False, page, 0, words)


def test_number_in_a_row_of_cells_in_the_margin_is_content() -> None:
    """A table row the page break leaves in the bottom margin ends a date cell with '2028';
    the page number below it stands alone and goes."""
    pages = []
    for n, (who, year, board) in enumerate(
        [("(Director of", "2028", "Children's"), ("(Head of", "2027", "Corporate")], start=1
    ):
        lines = [
            _margin_line("Body text of the plan", 50, 300, n),
            _margin_line(who, 300, 790, n),
            _margin_line(year, 420, 790, n),
            _margin_line(board, 150, 790, n),
            _margin_line(str(n), 290, 820, n),
        ]
        pages.append(Page(number=n, width=595.0, height=842.0, lines=lines))
    clean_pages(pages)
    assert [ln.text for ln in pages[0].lines] == [
        "Body text of the plan", "(Director of", "2028", "Children's",
    ]  # fmt: skip
    assert [ln.text for ln in pages[1].header_footer] == ["2"]


def test_code_broken_at_its_hyphen_is_closed_up() -> None:
    assert join_text(["WO-", "04"]) == "WO-04"
    assert join_text(["multi-", "agency"]) == "multi-agency"
    assert join_text(["Agreed by the board -", "2026"]) == "Agreed by the board - 2026"


# --------------------------------------------------------------------------- round 17 (fixer I)


def test_pieces_of_one_word_on_lines_of_their_own_are_one_word() -> None:
    """Chromium's print of a table with turned headers: the reader put the two glyphs of the
    ref '11' on two lines of their own (gap 1 pt at 12 pt); in the cell they are one word, not
    '1 1'. Words a space apart, and a mark before a word, keep their space."""
    b = PageBuilder()
    b.grid([40.0, 60.0, 300.0], [140.0, 160.0])
    page = b.build()
    pieces = [
        ("1", (45.53, 143.97, 48.70, 150.0)),
        ("1", (49.70, 143.97, 52.87, 150.0)),
        ("Track", (65.49, 143.66, 85.98, 150.0)),
        ("attendance", (88.55, 143.66, 126.35, 150.0)),
    ]
    page.lines = [
        Line(text, box, 12.0, False, 1, i, [Word(text, *box)])
        for i, (text, box) in enumerate(pieces)
    ]
    [table] = lattice_tables(page)
    assert texts(table) == [["11", "Track attendance"]]


def test_header_overflow_into_the_first_row_is_the_headers() -> None:
    """A spreadsheet header wrapped in a row too short: 'addressed' prints across the rule
    into the first data row, over its 'R1'. It is the header's; the next rows are untouched."""
    b = PageBuilder()
    b.grid([40.0, 120.0], [100.0, 112.4, 130.0, 150.0])
    page = b.build()
    pieces = [
        ("Recommendation", (42.0, 101.3, 100.0, 107.2), True),
        ("addressed", (42.0, 111.8, 90.0, 116.2), True),
        ("R1", (42.0, 115.1, 52.0, 120.7), False),
        ("R2", (42.0, 133.0, 52.0, 139.0), False),
    ]
    page.lines = [
        Line(text, box, 6.0, bold, 1, i, [Word(text, *box)])
        for i, (text, box, bold) in enumerate(pieces)
    ]
    [table] = lattice_tables(page)
    assert texts(table) == [["Recommendation addressed"], ["R1"], ["R2"]]


def test_a_bold_rule_drawn_in_touching_strokes_is_still_a_rule() -> None:
    """A column rule drawn as three 0.8 pt strokes side by side (a bold rule printed as offset
    strokes) is a rule; a data bar's 0.2 pt slices, wider together than a line, are not."""
    box = (50.0, 100.0, 450.0, 300.0)
    frame = [Ruling(50, 100, 450, 100.5), Ruling(50, 300, 450, 300.5)]
    bold = [Ruling(200.0 + 0.8 * i, 100, 200.8 + 0.8 * i, 300) for i in range(3)]
    bar = [Ruling(300.0 + 0.2 * i, 100, 300.2 + 0.2 * i, 300) for i in range(60)]
    page = Page(number=1, width=595.0, height=842.0, lines=[], rulings=[*frame, *bold, *bar])
    uprights = upright_rulings(page)
    assert {id(r) for r in bold} <= {id(r) for r in uprights}
    assert not {id(r) for r in bar} & {id(r) for r in uprights}
    assert drawn_column_rules(uprights, box) == 1


class _CountedLines(list[Line]):
    """A page's lines that count the passes made over them."""

    passes = 0

    def __iter__(self) -> Iterator[Line]:
        self.passes += 1
        return super().__iter__()


def _key_grid(run_on: Sequence[bool]) -> tuple[Table, Page]:
    """A framed key column 'R1', 'R2', ... whose text runs on past the frame's right rule on
    the rows marked, on the key's own line (a spreadsheet's merged text with no border)."""
    b = PageBuilder()
    rows: list[list[Cell | None]] = []
    for i, on in enumerate(run_on):
        top = 100.0 + 20.0 * i
        b.text(
            54, top + 4, f"R{i + 1}" + (" Improve the timeliness of health checks" if on else "")
        )
        rows.append([Cell(f"R{i + 1}", (50.0, top, 64.0, top + 20.0))])
    b.text(54, 400, "A paragraph under the table, wider than the key column")
    page = b.build()
    page.lines = _CountedLines(page.lines)
    return Table(page=1, bbox=(50.0, 100.0, 64.0, 100.0 + 20.0 * len(run_on)), rows=rows,
                 ruled=True), page  # fmt: skip


def test_text_run_on_from_every_row_of_a_grid_is_a_column_read_in_one_pass() -> None:
    table, page = _key_grid([True] * 6)
    _spilt_column(table, page)
    assert [c.text if c else None for c in table.rows[0]] == [
        "R1", "Improve the timeliness of health checks"
    ]  # fmt: skip
    assert len(table.rows[5]) == 2
    assert isinstance(page.lines, _CountedLines) and page.lines.passes == 1


def test_a_grid_whose_first_row_runs_on_nowhere_stops_there() -> None:
    table, page = _key_grid([False] + [True] * 5)
    _spilt_column(table, page)
    assert all(len(r) == 1 for r in table.rows)
    assert isinstance(page.lines, _CountedLines) and page.lines.passes == 1
