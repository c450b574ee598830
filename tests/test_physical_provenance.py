"""Provenance names the physical page and a box on it, also for a sheet read in parts.

A folded leaflet's landscape sheet is read as its three panels and a sheet printed two-up as
its two halves (layout.sheet_parts), each a page of its own, renumbered in reading order and in
its own coordinates. The extraction result must still point at the PDF's page and at the place
on it where the item is printed: a crop of that region shows the item. Checked against the word
boxes pdfplumber reads from the physical page.

The leaflet: two A4 landscape sheets with the printer's fold marks at the thirds; the first
holds an introduction panel and the first recommendation's actions on its second and third
panels, the second the next recommendation's actions on all three panels. Each action is a
card: '1.1 text', 'Led by: name', 'Target: date'. The booklet: two US Letter landscape sheets,
two pages a sheet, each half with its running head and 'Page n' at its foot; the plan table
starts on the first sheet's right half and runs on over the second sheet's halves.
"""

from __future__ import annotations

import io

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from plantrace.models.provenance import Provenance
from plantrace.models.results import ExtractionResult, ExtractionWarning, Status
from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.extract import extract_document
from plantrace.pipeline.layout import sheet_parts
from plantrace.pipeline.physical_pages import to_physical
from plantrace.pipeline.reader import parse_pdf_bytes

A4 = (841.89, 595.28)
PANEL = A4[0] / 3
TEAL = HexColor("#00695c")
# sheet (0-based) -> panel (0-based) -> (recommendation or None, [(ref, text, owner, due)])
LEAFLET = {
    (0, 1): (("1", "Improve the timeliness of initial child protection conferences"), [
        ("1.1", "Convene every conference within fifteen working days", "Marta Kowalczyk",
         "31 March 2027"),
        ("1.2", "Report conference timeliness to the safeguarding partnership", "Idris Pemberton",
         "30 June 2027"),
    ]),
    (0, 2): (None, [
        ("1.3", "Train chairs in writing plans that families understand", "Marta Kowalczyk",
         "31 July 2027"),
    ]),
    (1, 0): (("2", "Strengthen management oversight of casework in the assessment teams"), [
        ("2.1", "Hold monthly supervision recorded on every child's file", "Ruth Adeyemi",
         "30 April 2027"),
    ]),
    (1, 1): (None, [
        ("2.2", "Audit thirty assessments each quarter with practitioners", "Idris Pemberton",
         "31 August 2027"),
    ]),
    (1, 2): (None, [
        ("2.3", "Publish a practice standard for management decisions", "Ruth Adeyemi",
         "31 October 2027"),
    ]),
}  # fmt: skip


def _fold_marks(c: canvas.Canvas) -> None:
    c.setStrokeColor(HexColor("#999999"))
    c.setLineWidth(0.8)
    for x in (PANEL, 2 * PANEL):
        c.line(x, A4[1], x, A4[1] - 14)
        c.line(x, 0, x, 14)


def _leaflet_panel(
    c: canvas.Canvas, panel: int, rec: tuple[str, str] | None, actions: list
) -> None:
    x, y = panel * PANEL + 20, 555.0
    if rec is not None:
        c.setFillColor(TEAL)
        c.rect(x, y - 5, PANEL - 40, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 6, y, f"Inspectors asked for ({rec[0]})")
        y -= 18
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 8.2)
        c.drawString(x, y, rec[1][:60])
        y -= 10
        if rec[1][60:]:
            c.drawString(x, y, rec[1][60:].strip())
            y -= 10
        y -= 4
    for ref, text, owner, due in actions:
        c.setFillColor(HexColor("#222222"))
        c.setFont("Helvetica-Bold", 8.8)
        c.drawString(x, y, ref)
        c.setFont("Helvetica", 8.8)
        c.drawString(x + 15, y, text)
        y -= 12
        for label, value in (("Led by:", owner), ("Target:", due)):
            c.setFont("Helvetica-Bold", 7.9)
            c.drawString(x, y, label)
            c.setFont("Helvetica", 7.9)
            c.drawString(x + c.stringWidth(label, "Helvetica-Bold", 7.9) + 3, y, value)
            y -= 10
        y -= 18


def _leaflet() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for sheet in (0, 1):
        if sheet == 0:
            c.setFillColor(TEAL)
            c.setFont("Helvetica-Bold", 18)
            c.drawString(20, 520, "Our improvement plan")
            c.setFillColor(HexColor("#222222"))
            c.setFont("Helvetica", 8)
            c.drawString(20, 496, "Inspectors visited Harwick Children's Services in")
            c.drawString(20, 485, "February 2026. This leaflet sets out what we will do.")
        for panel in range(3):
            if (sheet, panel) in LEAFLET:
                rec, actions = LEAFLET[(sheet, panel)]
                _leaflet_panel(c, panel, rec, actions)
        _fold_marks(c)
        c.showPage()
    c.save()
    return buf.getvalue()


LETTER = (792.0, 612.0)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
# (sheet, half) -> rows (ref, action, owner, due); the header only on the first table half
BOOKLET = {
    (0, 1): [
        ("P1", "Agree a threshold document with every partner agency", "Nadia Osei", "31 Mar 2026"),
        ("P2", "Introduce a daily multi-agency triage meeting", "Colm Ridley", "30 Jun 2026"),
    ],
    (1, 0): [
        ("P3", "Recruit four permanent practice managers", "Elspeth Varga", "30 Sep 2026"),
        ("P4", "Reduce caseloads in the referral team to eighteen", "Colm Ridley", "31 Dec 2026"),
    ],
    (1, 1): [
        ("P5", "Publish a quarterly performance digest for members", "Nadia Osei", "31 Jan 2027"),
    ],
}  # fmt: skip


def _booklet() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    half = LETTER[0] / 2
    number = 0
    for sheet in (0, 1):
        for side in (0, 1):
            number += 1
            x = side * half
            c.setFont("Helvetica", 7)
            c.drawString(x + 30, LETTER[1] - 24, "Brackley Borough Council - Improvement Plan")
            c.drawCentredString(x + half / 2, 20, f"Page {number}")
            if (sheet, side) == (0, 0):
                c.setFont("Helvetica-Bold", 16)
                c.drawString(30, 400, "Brackley Borough Council")
                c.drawString(30, 380, "Children's Services Improvement Plan")
                continue
            rows = BOOKLET[(sheet, side)]
            data = [[Paragraph(h, HEAD) for h in ("No.", "Action", "Lead", "By when")]]
            data = data if (sheet, side) == (0, 1) else []
            data += [[Paragraph(v, CELL) for v in row] for row in rows]
            table = Table(data, colWidths=[30, 150, 80, 66])
            table.setStyle(
                TableStyle(
                    [
                        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            _, h = table.wrapOn(c, half - 60, LETTER[1])
            table.drawOn(c, x + 30, LETTER[1] - 72 - h)
        c.showPage()
    c.save()
    return buf.getvalue()


def _words(pdf: bytes) -> list[list[dict]]:
    """The words of each physical page as pdfplumber reads them (top-left origin)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_words(x_tolerance=1) for page in doc.pages]


def _inside(word: dict, box: tuple[float, float, float, float], slack: float = 1.5) -> bool:
    return (
        word["x0"] >= box[0] - slack
        and word["x1"] <= box[2] + slack
        and word["top"] >= box[1] - slack
        and word["bottom"] <= box[3] + slack
    )


def _check_on_sheet(pdf: bytes, result: ExtractionResult, where: dict[str, int]) -> None:
    """Every action's provenance names the physical page its ref is printed on, and its box
    lies on that page round the ref and the first word of its text, as printed there."""
    words = _words(pdf)
    assert {a.ref for a in result.actions} == set(where)
    for a in result.actions:
        assert a.ref is not None
        prov = a.provenance
        assert prov.page == where[a.ref] + 1, a.ref
        assert prov.bbox is not None
        on_page = words[prov.page - 1]
        first = a.text.split()[0]
        ref = [w for w in on_page if w["text"] == a.ref]
        assert len(ref) == 1, a.ref  # each ref is printed once
        word = min(
            (w for w in on_page if w["text"] == first and abs(w["top"] - ref[0]["top"]) < 2),
            key=lambda w: w["x0"],
        )
        assert _inside(ref[0], prov.bbox), (a.ref, prov.bbox, ref[0])
        assert _inside(word, prov.bbox), (a.ref, prov.bbox, word)


def test_a_folded_leaflets_actions_point_at_the_sheet_and_their_panel_on_it() -> None:
    pdf = _leaflet()
    doc = parse_pdf_bytes(pdf, "leaflet.pdf")
    assert len(doc.pages) == 6  # read as its panels
    result = extract_document(doc)
    where = {ref: sheet for (sheet, _), (_, acts) in LEAFLET.items() for ref, *_ in acts}
    _check_on_sheet(pdf, result, where)
    panels = {ref: panel for (_, panel), (_, acts) in LEAFLET.items() for ref, *_ in acts}
    for a in result.actions:
        assert a.ref is not None and a.provenance.bbox is not None
        assert a.provenance.locator == f"panel {panels[a.ref] + 1} of 3"
        assert a.provenance.line_span is None  # a panel's line indices are not the sheet's
        assert panels[a.ref] * PANEL <= a.provenance.bbox[0] < (panels[a.ref] + 1) * PANEL
    # the bands' recommendations too: the first on the first sheet's middle panel
    got = [(r.number, r.provenance.page, r.provenance.locator) for r in result.recommendations]
    assert got == [("1", 1, "panel 2 of 3"), ("2", 2, "panel 1 of 3")]
    assert result.pages == 2


def test_a_two_up_booklets_actions_point_at_the_sheet_and_their_half_on_it() -> None:
    pdf = _booklet()
    doc = parse_pdf_bytes(pdf, "booklet.pdf")
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert [p.physical for p in doc.pages] == [1, 1, 2, 2]
    result = extract_document(doc)
    assert [a.ref for a in result.actions] == ["P1", "P2", "P3", "P4", "P5"]
    where = {ref: sheet for (sheet, _), rows in BOOKLET.items() for ref, *_ in rows}
    _check_on_sheet(pdf, result, where)
    halves = {ref: side for (_, side), rows in BOOKLET.items() for ref, *_ in rows}
    for a in result.actions:
        assert a.ref is not None
        assert a.provenance.locator == ("left half", "right half")[halves[a.ref]]
    assert result.pages == 2


def _line(text: str, x0: float, top: float, page: int, index: int) -> Line:
    return Line(text, (x0, top, x0 + 60, top + 10), 10, False, page, index)


def test_a_part_of_a_part_lies_on_the_first_sheet() -> None:
    """A sheet cut twice (a half cut again): the offsets add up, the names join."""
    sheet = Page(1, 1200, 600, lines=[_line("left", 10, 50, 1, 0), _line("far", 1000, 50, 1, 1)])
    right = sheet_parts(sheet, [600], names=("left half", "right half"))[1]
    panel = sheet_parts(right, [200, 400])[2]
    assert panel.physical == 1 and panel.sheet is not None
    assert panel.sheet.dx == 1000 and panel.sheet.where == "right half, panel 3 of 3"
    assert [ln.x0 for ln in panel.lines] == [0]


def _prov(
    page: int, bbox: tuple[float, float, float, float] | None, span: tuple[int, int] | None
) -> Provenance:
    return Provenance(
        sha256="0" * 64, page=page, bbox=bbox, line_span=span, extractor="t", extractor_version="0"
    )


def test_mapping_keeps_uncut_pages_and_takes_a_span_box_where_no_box_is() -> None:
    """An uncut page after cut ones keeps its box and span, its page back to the file's; an item
    of a cut page with a span and no box gets the span's box, on the sheet."""
    from plantrace.models.inspection import Recommendation

    sheet = Page(1, 800, 600, lines=[_line("a", 20, 50, 1, 0), _line("b", 420, 50, 1, 1)])
    parts = sheet_parts(sheet, [400])
    last = Page(2, 600, 800, lines=[_line("c", 20, 50, 2, 0)])
    pages = [*parts, last]
    for number, page in enumerate(pages, 1):
        page.number = number
        for i, ln in enumerate(page.lines):
            ln.page, ln.index = number, i
    doc = ParsedDocument(path="x.pdf", sha256="0" * 64, pages=pages)
    result = ExtractionResult(
        file="x.pdf",
        sha256="0" * 64,
        status=Status.ok,
        extractor_version="0",
        pages=3,
        partial_pages=[2, 3],
        warnings=[ExtractionWarning(code="w", message="m", page=3)],
        recommendations=[
            Recommendation(id="r1", text="on the right part", provenance=_prov(2, None, (0, 0))),
            Recommendation(
                id="r2", text="on the last page", provenance=_prov(3, (20, 50, 80, 60), (0, 0))
            ),
        ],
    )
    to_physical(result, doc)
    right, after = (r.provenance for r in result.recommendations)
    assert (right.page, right.bbox, right.line_span, right.locator) == (
        1, (420, 50, 480, 60), None, "panel 2 of 2",
    )  # fmt: skip
    assert (after.page, after.bbox, after.line_span, after.locator) == (
        2,
        (20, 50, 80, 60),
        (0, 0),
        None,
    )
    assert result.pages == 2 and result.partial_pages == [1, 2] and result.warnings[0].page == 2


def test_a_document_with_no_cut_sheet_is_left_as_it_is() -> None:
    """Word, Excel and most PDFs: nothing cut, nothing changed (the very objects kept)."""
    page = Page(1, 600, 800, lines=[_line("a", 20, 50, 1, 0)])
    doc = ParsedDocument(path="x.docx", sha256="0" * 64, pages=[page], format="docx")
    prov = _prov(1, (20, 50, 80, 60), (0, 0)).model_copy(update={"locator": "table 1 row 2"})
    from plantrace.models.plan import Action

    action = Action(id="a1", text="do it", provenance=prov)
    result = ExtractionResult(
        file="x.docx", sha256="0" * 64, status=Status.ok, extractor_version="0", pages=1,
        actions=[action],
    )  # fmt: skip
    to_physical(result, doc)
    assert result.actions[0] is action and result.pages == 1
