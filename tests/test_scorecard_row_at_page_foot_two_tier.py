"""A scorecard BEGUN at the foot of a page under a two-tier head ('Goal' over '2025/26 |
2026/27', the other labels spanning both tiers), its first row the page's last line, the rest
on the next page under the head repeated. The piece's head was read as one row of labels over
the one row, too little alone to tell what it lists (the next page's table, a ruled box, is no
run of rows it goes on with), and the row was lost (warned kpi_table_unread):

- the one row's cells beside its figures hold a word the head names a trend ('Worsening'):
  one row under labels naming figures is a scorecard all the same (figure_headers.
  one_row_measures), its trend column no figure's;
- 'Year-start actual' names a start by its words, but its one cell is a figure ('342'), never
  a date: its cell decides (column_roles), so the row's baseline is read from it.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from plantrace.extractors.column_roles import read_roles
from plantrace.pipeline.extract import extract_file

WIDTHS = [194, 66, 61, 62, 61, 60]
TOP = ["Scorecard line", "Year-start actual", "Most recent", "Goal", "", "Trajectory"]
LOW = ["", "", "", "2025/26", "2026/27", ""]
ROWS = [
    ["Number of approved foster carer households", "342", "146", "328", "406", "Worsening"],
    ["Assessments completed within 45 working days", "49%", "88.3%", "10%", "9%", "Improving"],
    ["Children in care with an up-to-date health assessment", "16%", "78.4%", "79%", "55%",
     "Level"],
    ["Care leavers in suitable accommodation", "51%", "35%", "37.2%", "23%", "Worsening"],
]  # fmt: skip
FILLER = (
    "1.{n} Introduce a practice standard for every assessment. Lead: Martin Hale. Due: May 2027."
)


def _head_style() -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, 1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e4e4e4")),
        ("SPAN", (3, 0), (4, 0)),
        *[("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2, 5)],
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]


def _plan(path: Path) -> Path:
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=7, leading=8, alignment=1)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9)
    top = [Paragraph(t, head) if t else "" for t in TOP]
    low = [Paragraph(t, head) if t else "" for t in LOW]
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y, n = 780.0, 1
    while y > 150:
        c.drawString(50, y, FILLER.format(n=n))
        y, n = y - 16, n + 1
    c.setFont("Helvetica-Bold", 12)
    c.drawString(46, 112, "How we will know it is working")
    # the head and the first row at the page's foot: the row's box is cut by the page's end
    first = [[Paragraph(ROWS[0][0], cell), *ROWS[0][1:]]]
    style = [*_head_style(), ("LINEBEFORE", (0, 2), (0, 2), 0.5, colors.black),
             ("LINEAFTER", (-1, 2), (-1, 2), 0.5, colors.black)]  # fmt: skip
    t = Table([top, low, *first], colWidths=WIDTHS, style=TableStyle(style))
    _, h = t.wrapOn(c, sum(WIDTHS), 400)
    t.drawOn(c, 46, 100 - h)
    c.showPage()
    rest = [[Paragraph(r[0], cell), *r[1:]] for r in ROWS[1:]]
    style = [*_head_style(), ("GRID", (0, 2), (-1, -1), 0.5, colors.black)]
    t = Table([top, low, *rest], colWidths=WIDTHS, style=TableStyle(style))
    _, h = t.wrapOn(c, sum(WIDTHS), 400)
    t.drawOn(c, 46, 800 - h)
    c.save()
    return path


def test_first_row_under_a_two_tier_head_at_the_page_foot(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "scorecard.pdf"))
    kpis = result.kpis
    assert [k.indicator for k in kpis] == [r[0] for r in ROWS]
    assert [k.baseline.raw if k.baseline else None for k in kpis] == [r[1] for r in ROWS]
    assert [k.latest.raw if k.latest else None for k in kpis] == [r[2] for r in ROWS]
    assert [k.target.raw if k.target else None for k in kpis] == [r[4] for r in ROWS]
    assert not [w for w in result.warnings if w.code == "kpi_table_unread"]


def test_a_due_cut_by_the_page_keeps_its_header() -> None:
    """A one-row piece of an action table at a page's foot whose due was cut by the page
    ('30th' over 'November 2025' on the next): a figure alone overrules a start header (the
    scorecard's 'Year-start actual' over '342'), never a due header (0.6.75's fall, found by
    scoring every set: holdout26-s2's logic model lost a table's dues)."""
    reading = read_roles(
        "action",
        ["ref", "action", "owner", "due"],
        ["Item", "What we will do", "Lead officer", "Target date"],
        [
            ["3.1"],
            ["Reduce team manager spans of control to seven"],
            ["Head of Safeguarding"],
            ["30th"],
        ],
    )
    assert [c.role for c in reading.columns] == ["ref", "action", "owner", "due"]
