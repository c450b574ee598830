"""A plan as it comes back from a fax machine or a scanner: the whole page drawn turned a degree
or so about its centre (one angle a page), a gridded table `Ref | Action | Lead | Due | Rating`
with a grey header row and a spanning recommendation row, a stamp set at its own steeper angle.

What is read: the page is set straight before its lines and rulings are read, so each row's
cells keep their words (no owner glued to an action's line, no row split across lines), the
status 'Satisfactory' is green, 'Not due' no colour, and each action answers the recommendation
row above it. An upright page, and a page whose only slanted text is a watermark, are left as
drawn.
"""

from __future__ import annotations

import io
import math

import pypdfium2 as pdfium
from reportlab.lib.colors import HexColor, red
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.skewed_pages import page_skew

REC = "Improve the quality and timeliness of assessments for children in need"
# ref, action, lead, due as printed, due iso, status, colour
ROWS = [
    ("1.1", "Introduce a practice standard for every assessment", "Head of Service",
     "31/3/2027", "2027-03-31", "Satisfactory", "green"),
    ("1.2", "Audit twenty assessments each month and report themes", "Principal Social Worker",
     "end of June 2027", "2027-06-30", "Some concern", "amber"),
    ("1.3", "Train every team manager in reflective supervision", "Workforce Lead",
     "30/9/2027", "2027-09-30", "Not due", None),
    ("1.4", "Publish a quarterly report on assessment timeliness", "Performance Manager",
     "end of March 2027", "2027-03-31", "Significant concern", "red"),
]  # fmt: skip
COLS = [40, 80, 300, 420, 490, 560]


def _table_page(c: canvas.Canvas, angle: float, stamp: bool) -> None:
    """One plan page drawn turned `angle` degrees about the page's centre."""
    c.saveState()
    c.translate(297.5, 421)
    c.rotate(angle)
    c.translate(-297.5, -421)
    c.setFont("Helvetica", 8)
    c.drawString(40, 815, "12/10/2026 14:02 FROM: CSC 01632 960000 TO: 0300 123 0000 P.002/002")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 780, "Children's Services: Improvement Plan progress update")
    c.setFont("Helvetica", 9)
    c.drawString(40, 762, "Position as at 01/10/2026")
    top, h = 740, 30
    y = top
    c.setFillColor(HexColor("#cccccc"))
    c.rect(COLS[0], y - 18, COLS[-1] - COLS[0], 18, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(COLS, ["Ref", "Action", "Lead", "Due", "Rating"], strict=False):
        c.drawString(x + 3, y - 12, head)
    edges = [y]
    y -= 18
    edges.append(y)
    c.setFillColor(HexColor("#e6e6e6"))
    c.rect(COLS[0], y - 18, COLS[-1] - COLS[0], 18, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.drawString(COLS[0] + 3, y - 12, f"Recommendation 1: {REC}")
    y -= 18
    edges.append(y)
    c.setFont("Helvetica", 8)
    for ref, action, lead, due, _, status, _ in ROWS:
        words = action.split()
        half = len(words) // 2
        cells = [[ref], [" ".join(words[:half]), " ".join(words[half:])], [lead], [due], [status]]
        for x, lines in zip(COLS, cells, strict=False):
            for k, text in enumerate(lines):
                c.drawString(x + 3, y - 11 - 10 * k, text)
        y -= h
        edges.append(y)
    c.setLineWidth(0.6)
    for e in edges:
        c.line(COLS[0], e, COLS[-1], e)
    for i, x in enumerate(COLS):
        if i in (0, len(COLS) - 1):
            c.line(x, top, x, y)
        else:  # the recommendation row spans the columns
            c.line(x, top, x, top - 18)
            c.line(x, top - 36, x, y)
    c.restoreState()
    if stamp:
        c.saveState()
        c.translate(450, 790)
        c.rotate(12)
        c.setFillColor(red)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(0, 0, "RECEIVED 13 OCT 2026")
        c.restoreState()


def _pdf(angle: float, stamp: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    _table_page(c, angle, stamp)
    c.showPage()
    c.save()
    return buf.getvalue()


def _skew(data: bytes) -> float:
    pdf = pdfium.PdfDocument(data)
    try:
        tp = pdf[0].get_textpage()
        try:
            return math.degrees(page_skew(tp))
        finally:
            tp.close()
    finally:
        pdf.close()


def test_skew_is_measured_from_the_glyphs_either_way() -> None:
    assert abs(abs(_skew(_pdf(1.1))) - 1.1) < 0.05
    assert abs(abs(_skew(_pdf(-0.6))) - 0.6) < 0.05
    assert _skew(_pdf(1.1)) * _skew(_pdf(-0.6)) < 0  # the two turns read opposite ways


def test_an_upright_page_is_left_as_drawn() -> None:
    assert _skew(_pdf(0.0)) == 0.0


def test_a_slanted_watermark_does_not_set_the_page_straight() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    for k in range(30):
        c.drawString(40, 800 - 20 * k, f"Line {k} of an ordinary upright paragraph of text")
    c.saveState()
    c.translate(150, 300)
    c.rotate(1.0)
    c.setFont("Helvetica", 40)
    c.drawString(0, 0, "DRAFT")
    c.restoreState()
    c.showPage()
    c.save()
    assert _skew(buf.getvalue()) == 0.0


def test_a_skewed_page_reads_level_lines() -> None:
    doc = parse_pdf_bytes(_pdf(1.2), "fax.pdf")
    texts = [ln.text for ln in doc.pages[0].lines]
    assert f"Recommendation 1: {REC}" in texts
    # a level row: its top line's cells are one line each, not a drifting mix of rows
    for ln in doc.pages[0].lines:
        if ln.text.startswith("Recommendation 1"):
            assert ln.bbox[3] - ln.bbox[1] < 14  # one type size tall, not slanted across rows


def test_a_skewed_plan_reads_every_action_whole() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(-1.0), "fax.pdf"))
    by_ref = {a.ref: a for a in result.actions}
    assert sorted(by_ref) == [r[0] for r in ROWS]
    for ref, action, lead, due_raw, due, status, colour in ROWS:
        got = by_ref[ref]
        assert got.text == action
        assert got.owner == lead
        assert got.due_raw == due_raw
        assert str(got.due_date) == due
        assert got.rag == colour, status
        assert got.recommendations == [result.recommendations[0].id]
    assert [(r.number, r.text) for r in result.recommendations] == [("1", REC)]
