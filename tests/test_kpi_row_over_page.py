"""A plan's ruled scorecard broken over a page with no header repeated, its LAST ROW ALONE at the
top of the next page ('Number of approved foster carer households | 34 | 282 | 326'): a one-row
ruled grid there. A one-row grid is often a shaded header band over an unruled table, but a row
holding figures is a row of values, no header: it continues the table above it (the row was
dropped before).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

HEADER = ["Measure", "Baseline", "Latest", "Target"]
ROWS = [
    ["Supervision held within four weeks", "39%", "56%", "67%"],
    ["Re-referrals within 12 months", "24%", "21%", "18%"],
    ["Number of approved foster carer households", "34", "282", "326"],
]
WIDTHS = [300, 140, 140, 140]
STYLE = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 9)])


def _table(c: Canvas, rows: list[list[str]], top: float) -> None:
    t = Table(rows, colWidths=WIDTHS, style=STYLE)
    _, h = t.wrapOn(c, sum(WIDTHS), 400)
    t.drawOn(c, 40, top - h)


def test_last_row_alone_on_the_next_page_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    c = Canvas(str(path), pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 540, "Measures of success")
    _table(c, [HEADER, *ROWS[:2]], 110)  # the table's first rows at the page's foot
    c.showPage()
    _table(c, ROWS[2:], 560)  # its last row alone at the top of the next
    c.save()
    kpis = extract_plan(parse_pdf(path)).kpis
    assert [k.indicator for k in kpis] == [r[0] for r in ROWS]
    assert [k.target.raw if k.target else None for k in kpis] == ["67%", "18%", "326"]
