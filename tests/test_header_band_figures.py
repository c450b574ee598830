"""A shaded header band (a ruled one-row grid) over an unruled table, whose labels open with a
number ('6 months %', '12 months %'): the labels are no row of values. A row of values is told by
cells that are each one whole figure ('34', '45%'), not by cells that open with a number
(plan_columns._header_band)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

HEADER = ["Measure", "6 months %", "12 months %", "Target %"]
ROWS = [
    ["Supervision held within four weeks", "39%", "56%", "67%"],
    ["Re-referrals within 12 months", "24%", "21%", "18%"],
    ["Assessments completed within 45 working days", "63%", "71%", "85%"],
]
WIDTHS = [300, 120, 120, 120]


def test_a_band_of_labels_opening_with_numbers_heads_its_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    c = Canvas(str(path), pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 540, "Measures of success")
    band = Table([HEADER], colWidths=WIDTHS, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "white"), ("BACKGROUND", (0, 0), (-1, -1), "#1f3864"),
        ("TEXTCOLOR", (0, 0), (-1, -1), "white"), ("FONTNAME", (0, 0), (-1, -1), "Helvetica-Bold"),
    ]))  # fmt: skip
    _, h = band.wrapOn(c, sum(WIDTHS), 400)
    band.drawOn(c, 40, 520 - h)
    body = Table(ROWS, colWidths=WIDTHS, style=TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9)]))
    _, hb = body.wrapOn(c, sum(WIDTHS), 400)
    body.drawOn(c, 40, 520 - h - 4 - hb)
    c.save()
    kpis = extract_plan(parse_pdf(path)).kpis
    assert [k.indicator for k in kpis] == [r[0] for r in ROWS]
    assert [k.target.raw if k.target else None for k in kpis] == ["67%", "18%", "85%"]
