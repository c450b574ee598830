"""A landscape action table bound into a portrait pack, printed a quarter turn round (its text
running bottom to top, or top to bottom), with the pack's page number left upright: the reader
turns the page upright first (pipeline/readers/turned_pages.py), so the table's rows and
columns are read as printed and provenance stays on the real page."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLUMNS = (30.0, 80.0, 420.0, 600.0, 690.0, 790.0)  # cell edges across the landscape page
HEADER = ("Ref", "Action to be taken", "Lead", "Due date", "Status")
ROWS = [
    ("1.1", "Hold a weekly multi-agency exploitation meeting", "Head of Safeguarding",
     "30/06/2027", "Complete"),
    ("1.2", "Launch a single screening tool for all partner agencies", "Principal Social Worker",
     "30/11/2027", "Amber"),
    ("2.1", "Reduce team manager spans of control to seven social workers", "Head of Service",
     "31/03/2027", "Red"),
]  # fmt: skip
ROW_HEIGHT = 22.0


def _table(c: canvas.Canvas) -> None:
    """The landscape table in its own frame (842 wide, 595 high), top at y 520."""
    c.setFont("Helvetica-Bold", 14)
    c.drawString(COLUMNS[0], 550, "Appendix A: Improvement plan - action tracker")
    rows = [HEADER, *ROWS]
    top = 520.0
    bottom = top - ROW_HEIGHT * len(rows)
    for k in range(len(rows) + 1):
        c.line(COLUMNS[0], top - k * ROW_HEIGHT, COLUMNS[-1], top - k * ROW_HEIGHT)
    for x in COLUMNS:
        c.line(x, top, x, bottom)
    for k, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
        y = top - k * ROW_HEIGHT - 14
        for x, text in zip(COLUMNS, row, strict=False):
            c.drawString(x + 4, y, text)


def _pack(clockwise: bool) -> bytes:
    """An upright covering page, then the table turned a quarter turn on a portrait page."""
    width, height = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 780, "Improvement plan: progress report")
    c.setFont("Helvetica", 10)
    c.drawString(50, 750, "The action plan is attached as Appendix A.")
    c.drawString(280, 30, "Page 1")
    c.showPage()
    c.saveState()
    if clockwise:  # text runs top to bottom
        c.translate(0, height)
        c.rotate(-90)
    else:  # text runs bottom to top, the table's top at the page's left edge
        c.translate(width, 0)
        c.rotate(90)
    _table(c)
    c.restoreState()
    c.setFont("Helvetica", 9)
    c.drawString(280, 30, "Page 2")  # the pack's page number stays upright
    c.showPage()
    c.save()
    return buf.getvalue()


def _shown_upright(data: bytes, rotate: int) -> bytes:
    """The pack with its turned page given a /Rotate that shows it upright in a viewer (as
    when a reader turned the page and saved the file): the glyphs are still drawn turned."""
    pdf = pdfium.PdfDocument(data)
    try:
        pdf[1].set_rotation(rotate)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdf.close()


@pytest.mark.parametrize(("clockwise", "rotate"), [(False, 0), (True, 0), (False, 90), (True, 270)])
def test_a_table_printed_a_quarter_turn_round_is_read_as_the_landscape_page(
    clockwise: bool, rotate: int
) -> None:
    data = _pack(clockwise)
    if rotate:
        data = _shown_upright(data, rotate)
    doc = parse_pdf_bytes(data, "turned.pdf")
    turned = doc.pages[1]
    assert turned.number == 2 and turned.landscape
    assert turned.width > turned.height
    texts = [line.text for line in turned.lines]
    assert "Appendix A: Improvement plan - action tracker" in texts
    assert any(t.startswith("1.2 Launch a single screening tool") for t in texts)
    assert not doc.pages[0].landscape  # the upright cover is left as it is

    plan = extract_plan(doc)  # 'Complete' is read as blue (done), as on an upright page
    got = [(a.ref, a.text, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [
        ("1.1", "Hold a weekly multi-agency exploitation meeting", "Head of Safeguarding",
         "30/06/2027", "blue"),
        ("1.2", "Launch a single screening tool for all partner agencies",
         "Principal Social Worker", "30/11/2027", "amber"),
        ("2.1", "Reduce team manager spans of control to seven social workers",
         "Head of Service", "31/03/2027", "red"),
    ]  # fmt: skip
    assert all(a.provenance.page == 2 for a in plan.actions)
    doc.close()
