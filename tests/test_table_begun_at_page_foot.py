"""A scorecard BEGUN at the foot of a page: its header row and its first row are the page's last
lines, its other rows open the next page (under its header repeated or not). Alone, a header and
one row are too few to tell what a table lists, so the piece was read as no table and its row
lost (warned kpi_table_unread):

- ruled: 'Outcome | Now (start) | Latest | To' over one row names no plan columns by itself;
  the next page's grid, in the same columns, with no header, read apart as 'no header of plan
  columns'. The piece is now read with the rows the next page goes on with.
- unruled: the header line and the row under it, two lines at one pitch, were read as one row of
  two-line cells ('Scorecard line Number of approved ...'); the header is now a row of its own
  where the next page opens with rows in the same columns (here under the header repeated in a
  shaded band).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

FILLER = [
    "1.1 Introduce a practice standard for every assessment. Lead: Martin Hale. Due: May 2027.",
    "1.2 Review every child in need plan every three months. Lead: Tom Ellery. Due: Aug 2027.",
]


def _filler(c: Canvas, bottom: float) -> None:
    c.setFont("Helvetica", 10)
    y = 780.0
    while y > bottom:
        c.drawString(60, y, FILLER[int(y) % 2])
        y -= 16


def test_ruled_table_begun_at_the_foot_goes_on_over_the_page(tmp_path: Path) -> None:
    widths = [150, 100, 100, 100]
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    )
    first = [["Outcome", "Now (start)", "Latest", "To"],
             ["Number of approved foster carer households", "82", "199", "155"]]  # fmt: skip
    rest = [
        ["Assessments completed within 45 working days", "38.4%", "85.3%", "79%"],
        ["Children in care with an up-to-date health assessment", "60%", "45.3%", "83.5%"],
        ["Care leavers in suitable accommodation", "91%", "75%", "69%"],
    ]
    wrapped = [[Paragraph(r[0], cell), *r[1:]] for r in first[1:]]
    path = tmp_path / "plan.pdf"
    c = Canvas(str(path), pagesize=A4)
    _filler(c, 130)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 112, "Programme success measures")
    t = Table([first[0], *wrapped], colWidths=widths, style=style)
    _, h = t.wrapOn(c, sum(widths), 400)
    t.drawOn(c, 57, 100 - h)
    c.showPage()
    t = Table([[Paragraph(r[0], cell), *r[1:]] for r in rest], colWidths=widths, style=style)
    _, h = t.wrapOn(c, sum(widths), 400)
    t.drawOn(c, 57, 790 - h)
    c.save()
    kpis = extract_plan(parse_pdf(path)).kpis
    assert [k.indicator for k in kpis] == [r[0] for r in [*first[1:], *rest]]
    assert [k.baseline.raw if k.baseline else None for k in kpis] == ["82", "38.4%", "60%", "91%"]
    assert [k.target.raw if k.target else None for k in kpis] == ["155", "79%", "83.5%", "69%"]


HEAD = ["Scorecard line", "Position at start", "Current", "Goal", "Direction of travel"]
XS = [50, 302, 382, 427, 463]
ROWS = [
    ["Number of approved foster carer households", "345", "372", "108", "Improving"],
    ["Initial child protection conferences within 15 working days", "54.3%", "18%", "68%", "Level"],
    ["Return home interviews offered within 72 hours", "48%", "72%", "51.9%", "Worsening"],
    ["Personal education plans reviewed within the term", "82%", "87.5%", "75.5%", "Worsening"],
]


def _line(c: Canvas, cells: list[str], y: float, bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
    for x, text in zip(XS, cells, strict=True):
        c.drawString(x, y, text)


def test_unruled_header_and_row_at_the_foot_part(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    c = Canvas(str(path), pagesize=A4)
    _filler(c, 110)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(46, 85, "Scorecard")
    _line(c, HEAD, 65, bold=True)
    _line(c, ROWS[0], 50)  # the page ends: the rest on the next
    c.showPage()
    c.setFillColorRGB(0.85, 0.88, 0.95)
    c.rect(46, 786, 504, 15, stroke=0, fill=1)  # the header repeated in a shaded band
    c.setFillColorRGB(0, 0, 0)
    _line(c, HEAD, 790, bold=True)
    for i, row in enumerate(ROWS[1:]):
        _line(c, row, 775 - 15 * i)
    c.save()
    kpis = extract_plan(parse_pdf(path)).kpis
    assert [k.indicator for k in kpis] == [r[0] for r in ROWS]
    assert [k.baseline.raw if k.baseline else None for k in kpis] == [r[1] for r in ROWS]
    assert [k.target.raw if k.target else None for k in kpis] == [r[3] for r in ROWS]
