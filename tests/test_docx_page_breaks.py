"""A Word plan read directly is laid out on the pages its file states, as its print is.

Word has no pages until it prints, and the reader set the whole body on one page. A plan
exported a task a page (a task list saved from a mail client: each page the owner's name, then
'Subject: 1.1 ...', 'Due Date: ...', 'Categories: Recommendation 1') read as one long page:
the name repeated over each task ran into the fields, an extra action was read from the first
page's list of recommendations and from the last page's heading, and no action was linked.
The print breaks the pages where the file says (a page break, a paragraph set to start a page,
a section that starts a new page), and the PDF reader takes the name off as a running line;
read directly, it now does both. A title row of one cell across a table (a PDSA cycle's
'Test 1.1' over its four quadrants) stays the table's first row, as printed: taken out as a
caption, the quadrants read as a table of labels and every cycle's text opened with 'PLAN'.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.docx import parse_docx_bytes

RECS = [
    "Improve the timeliness of decisions at the front door so that children get help early",
    "Improve the quality of plans for children in care and the support of the virtual school",
]
TASKS = [
    ("1.1", "Apply consistent thresholds through weekly clinics", "31/07/2026", "Head of MASH", 1),
    ("1.2", "Publish a revised threshold document with schools", "22/11/2025", "Lead Nurse", 1),
    ("2.1", "Reduce the time taken to issue care plans", "08/02/2026", "Virtual School Head", 2),
]  # fmt: skip


def _name(doc: Document) -> None:
    run = doc.add_paragraph().add_run("Cordelia Nwachukwu")
    run.bold, run.font.size = True, Pt(14)


def _field(doc: Document, label: str, value: str) -> None:
    p = doc.add_paragraph()
    p.add_run(f"{label}: ").bold = True
    p.add_run(value)


def _task_list(path: Path) -> None:
    """A task a page, each page under the owner's name, as a mail client prints a folder."""
    doc = Document()
    _name(doc)
    _field(doc, "Subject", "Ofsted recommendations (category list)")
    doc.add_paragraph("Each task in this folder is filed under the recommendation it answers:")
    for n, rec in enumerate(RECS, start=1):
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {n}: ").bold = True
        p.add_run(rec)
    for ref, text, due, owner, rec in TASKS:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _name(doc)
        _field(doc, "Subject", f"{ref} {text}")
        _field(doc, "Due Date", due)
        _field(doc, "Status", "In Progress")
        _field(doc, "Owner", owner)
        _field(doc, "Categories", f"Recommendation {rec}; Ofsted improvement")
    doc.save(str(path))


def test_a_task_a_page_is_read_page_by_page(tmp_path: Path) -> None:
    path = tmp_path / "tasks.docx"
    _task_list(path)
    doc = parse_docx_bytes(path.read_bytes(), str(path), "x")
    assert len(doc.pages) == 4  # the list of recommendations, then a page a task
    assert [ln.text for ln in doc.pages[1].lines][:1] == ["Subject: 1.1 " + TASKS[0][1]]
    assert all(
        [ln.text for ln in page.header_footer] == ["Cordelia Nwachukwu"] for page in doc.pages
    )  # the name over every page is a running line, as the PDF reader takes it
    result = extract_file(path).to_contract()
    assert [(a["ref"], a["owner"], a["due_date"], a["recommendations"])
            for a in result["actions"]] == [
        ("1.1", "Head of MASH", "2026-07-31", ["r1"]),
        ("1.2", "Lead Nurse", "2025-11-22", ["r1"]),
        ("2.1", "Virtual School Head", "2026-02-08", ["r2"]),
    ]  # fmt: skip


def test_stated_breaks_turn_the_page_and_nothing_else_does(tmp_path: Path) -> None:
    """A break inside a paragraph parts its text over two pages; a paragraph set to start a
    page, and a section starting a new page, start one; a continuous section and a break at
    the top of a page (nothing set on it yet) do not; a long body with no break is one page."""
    doc = Document()
    p = doc.add_paragraph("Before the break")
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("after the break")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # a second in a row: no empty page
    doc.add_paragraph("Words after two breaks in a row")
    heading = doc.add_paragraph("A heading set to open a page")
    heading.paragraph_format.page_break_before = True
    doc.add_section(WD_SECTION_START.CONTINUOUS)
    doc.add_paragraph("A continuous section runs on")
    doc.add_section(WD_SECTION_START.NEW_PAGE)
    doc.add_paragraph("A new page section")
    for k in range(80):
        doc.add_paragraph(f"Line {k} of a long page with no break in it")
    path = tmp_path / "breaks.docx"
    doc.save(str(path))
    pages = parse_docx_bytes(path.read_bytes(), str(path), "x").pages
    assert [[ln.text for ln in page.lines][:2] for page in pages] == [
        ["Before the break"],
        ["after the break"],
        ["Words after two breaks in a row"],
        ["A heading set to open a page", "A continuous section runs on"],
        ["A new page section", "Line 0 of a long page with no break in it"],
    ]
    assert len(pages[4].lines) == 81


def test_a_style_that_opens_a_page_turns_it(tmp_path: Path) -> None:
    doc = Document()
    ppr = doc.styles["Heading 1"].element.get_or_add_pPr()
    ppr.append(OxmlElement("w:pageBreakBefore"))
    doc.add_paragraph("Foreword")
    doc.add_heading("Recommendation 1", level=1)
    doc.add_paragraph("Its actions")
    path = tmp_path / "styled.docx"
    doc.save(str(path))
    pages = parse_docx_bytes(path.read_bytes(), str(path), "x").pages
    assert [[ln.text for ln in page.lines] for page in pages] == [
        ["Foreword"],
        ["Recommendation 1", "Its actions"],
    ]


_QUADRANT_FILLS = ("DEEAF6", "E2EFDA", "FFF2CC", "FCE4D6")
CYCLES = [
    ("1.1", "Expand the children in care council and set up a younger members' group",
     "Amira Choudhury", "28/02/2027", "Progressing well", "Not yet decided"),
    ("1.2", "Provide direct work resources and tools to every social work team",
     "Ruth Kowalczyk", "31/08/2026", "Not progressing", "Adapt"),
    ("2.1", "Recruit twenty additional foster carers through a targeted local campaign",
     "Bethan Lloyd", "31/12/2025", "Some concerns", "Adopt"),
]  # fmt: skip


def _shade(cell: object, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]  # noqa: SLF001


def _lines(cell: object, lines: list[tuple[str, str]]) -> None:
    """(bold label, plain value) paragraphs in a cell; a value '' is a label line alone."""
    first = True
    for label, value in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        first = False
        if label:
            p.add_run(label).bold = True
        if value:
            p.add_run(value)


def _pdsa(path: Path) -> None:
    """A PDSA log: each cycle a table, its title row one cell across over four quadrants."""
    doc = Document()
    doc.add_heading("PDSA cycle log", level=1)
    doc.add_heading("Improvement aim 1", level=2)
    doc.add_paragraph("Increase the range of support for children in care and their carers")
    for ref, text, lead, due, status, decision in CYCLES:
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        title = t.cell(0, 0).merge(t.cell(0, 1))
        title.paragraphs[0].add_run(f"Test {ref}").bold = True
        _shade(title, "44546A")
        title.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        plan, do, study, act = t.cell(1, 0), t.cell(1, 1), t.cell(2, 0), t.cell(2, 1)
        for cell, fill in zip((plan, do, study, act), _QUADRANT_FILLS, strict=True):
            _shade(cell, fill)
        _lines(plan, [("PLAN", ""), ("Our change idea", ""), ("", text),
                      ("Led by: ", lead), ("Cycle ends: ", due)])  # fmt: skip
        _lines(do, [("DO", ""), ("Cycle findings", ""), ("", "No update recorded.")])
        _lines(study, [("STUDY", ""), ("What did the data show?", ""), ("", "To follow.")])
        _lines(act, [("ACT", ""), ("Decision: ", decision), ("Cycle status: ", status)])
        doc.add_paragraph()
    doc.save(str(path))


def test_a_title_row_across_a_card_table_stays_its_first_row(tmp_path: Path) -> None:
    path = tmp_path / "pdsa.docx"
    _pdsa(path)
    doc = parse_docx_bytes(path.read_bytes(), str(path), "x")
    tables = doc.pages[0].tables or []
    assert [len(t.rows) for t in tables] == [3, 3, 3]
    assert tables[0].rows[0][0] is not None and tables[0].rows[0][0].text == "Test 1.1"
    actions = extract_file(path).to_contract()["actions"]
    assert [(a["text"], a["owner"], a["due_date"], a["rag"]) for a in actions] == [
        (CYCLES[0][1], "Amira Choudhury", "2027-02-28", "green"),
        (CYCLES[1][1], "Ruth Kowalczyk", "2026-08-31", "red"),
        (CYCLES[2][1], "Bethan Lloyd", "2025-12-31", "amber"),
    ]


def test_only_the_same_words_over_each_page_are_running(tmp_path: Path) -> None:
    """A heading opening each page with its own number, and a table whose header row opens
    each page, are content; the same paragraph over every page is a running line."""
    doc = Document()
    for n in (1, 2, 3):
        if n > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph("Draft for the Improvement Board")
        doc.add_paragraph(f"What must improve ({n})")
    for n in (1, 2, 3):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_table(rows=2, cols=3)
        for cell, text in zip(t.rows[0].cells, ("Ref", "Action", "Owner"), strict=True):
            cell.text = text
        for cell, text in zip(
            t.rows[1].cells, (f"{n}.1", "Audit files", "Jane Smith"), strict=True
        ):
            cell.text = text
    path = tmp_path / "headings.docx"
    doc.save(str(path))
    pages = parse_docx_bytes(path.read_bytes(), str(path), "x").pages
    assert [[ln.text for ln in page.header_footer] for page in pages] == [
        ["Draft for the Improvement Board"]
    ] * 3 + [[]] * 3
    assert [page.lines[0].text for page in pages] == [
        "What must improve (1)", "What must improve (2)", "What must improve (3)",
        "Ref", "Ref", "Ref",
    ]  # fmt: skip


CARDS = [
    ("C01", "Hold a monthly missing children panel", "Claire Whitby", "Stuck fast", "C62828"),
    ("C02", "Audit fifty case files each month", "Tom Ellery", "Good to go", "2E7D32"),
    ("C03", "Publish a revised threshold document", "Ruth Ade", "Not picked up", None),
    ("C04", "Train every social worker in chronology writing", "Sam Patel", "Needs a push",
     "E0A000"),
    ("C05", "Set a supervision standard for every team", "Omar Hale", "Done and dusted",
     "1565C0"),
    ("C06", "Map where missing children are found", "Jane Smith", "Good to go", "2E7D32"),
]  # fmt: skip


def _index_cards(path: Path) -> None:
    """Index cards, a card a table: its front (ref, text) beside its reverse, whose status is
    said by the ink of its words alone; one card's status left in the text's own colour."""
    doc = Document()
    doc.add_heading("Improvement plan card index", level=1)
    doc.add_paragraph("Each card's tab colour says how its action stands.")
    for ref, text, keeper, status, ink in CARDS:
        t = doc.add_table(rows=1, cols=2)
        front, back = t.cell(0, 0), t.cell(0, 1)
        run = front.paragraphs[0].add_run(f"Card {ref}")
        run.bold, run.font.size = True, Pt(14)
        front.add_paragraph(text)
        back.paragraphs[0].add_run(f"Reverse of {ref}").font.size = Pt(8)
        for label, value in (("Keeper: ", keeper), ("Expires: ", "EOM Dec 2026")):
            p = back.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(value)
        p = back.add_paragraph()
        p.add_run("Tab colour: ").bold = True
        word = p.add_run(status)
        word.bold = True
        if ink is not None:
            word.font.color.rgb = RGBColor.from_string(ink)
        doc.add_paragraph()
    doc.save(str(path))


def test_a_word_with_no_stated_colour_prints_black(tmp_path: Path) -> None:
    """Word's 'auto' colour prints black: every word of a Word file read directly has an ink,
    as every printed word has, so the statuses told by ink read as from the print."""
    path = tmp_path / "cards.docx"
    _index_cards(path)
    doc = parse_docx_bytes(path.read_bytes(), str(path), "x")
    plain = next(ln for ln in doc.pages[0].lines if ln.text.startswith("Each card"))
    assert (plain.colour, {w.colour for w in plain.words}) == ("#000000", {"#000000"})
    actions = extract_file(path).to_contract()["actions"]
    assert [(a["ref"], a["owner"], a["rag"]) for a in actions] == [
        ("C01", "Claire Whitby", "red"),
        ("C02", "Tom Ellery", "green"),
        ("C03", "Ruth Ade", None),
        ("C04", "Sam Patel", "amber"),
        ("C05", "Omar Hale", "blue"),
        ("C06", "Jane Smith", "green"),
    ]
