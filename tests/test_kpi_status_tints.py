"""A KPI scorecard's status column whose words no vocabulary reads ('Holding', 'Wobbling'),
each printed on a pale tint: the tints, read together as a column (rag.tint_rags), give each
KPI's colour, pale green and pale blue included."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [
    ("Children seen alone at every statutory visit", "61%", "74%", "90%", "Holding", "#E2EFDA"),
    ("Care leavers in education, employment or training", "48%", "50%", "65%", "Wobbling",
     "#FFF2CC"),
    ("Re-referrals within 12 months", "24%", "29%", "18%", "Falling away", "#F4CCCC"),
    ("Return interviews offered within 72 hours", "70%", "95%", "95%", "Reached", "#DDEBF7"),
]  # fmt: skip


def test_a_kpi_status_column_of_pale_tints_gives_the_colours() -> None:
    body = getSampleStyleSheet()["BodyText"]
    head = ["Indicator", "Baseline", "Latest", "Target", "RAG"]
    cells = [[Paragraph(f"<b>{x}</b>", body) for x in head]]
    cells += [[Paragraph(x, body) for x in r[:5]] for r in ROWS]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    style += [("BACKGROUND", (4, i), (4, i), colors.HexColor(r[5])) for i, r in enumerate(ROWS, 1)]
    table = Table(cells, colWidths=[300, 80, 80, 80, 100])
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Performance scorecard 2025-26", body), table])
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "scorecard.pdf"))
    assert [k.rag for k in plan.kpis] == ["green", "amber", "red", "blue"]
