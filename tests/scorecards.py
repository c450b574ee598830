"""One-table KPI scorecards built with ReportLab, and the three figures read from each row.

Shared by the tests of which figure column is the baseline, the latest and the target: each
test prints the same kind of table under different headers and column orders."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

Figures = tuple[str | None, str | None, str | None]


def scorecard_pdf(
    title: str, head: list[str], rows: list[list[str]], widths: list[int], ruling: str
) -> bytes:
    """A landscape page: a title line, then a bold header row over the rows, ruled by `ruling`
    ('GRID' for a full grid, 'LINEBELOW' for horizontal rules only)."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    cells = [[Paragraph(f"<b>{x}</b>", body) for x in head]]
    cells += [[Paragraph(x, body) for x in r] for r in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([(ruling, (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([Paragraph(title, body), table])
    return buf.getvalue()


def grid_pdf(title: str, rows: list[list[str]], widths: list[int]) -> bytes:
    """A landscape page: a title line, then a full grid whose first row is a bold header on
    grey; an empty string is an empty cell."""
    body = getSampleStyleSheet()["BodyText"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    head = [Paragraph(f"<b>{x}</b>", body) for x in rows[0]]
    cells = [[Paragraph(x, body) if x else "" for x in r] for r in rows[1:]]
    table = Table([head, *cells], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))  # fmt: skip
    doc.build([Paragraph(title, body), table])
    return buf.getvalue()


def kpi_figures(pdf: bytes, name: str) -> list[Figures]:
    """Each KPI row's (baseline, latest, target) as printed, None where not read."""
    plan = extract_plan(parse_pdf_bytes(pdf, name))
    return [
        (
            k.baseline.raw if k.baseline is not None else None,
            k.latest.raw if k.latest is not None else None,
            k.target.raw if k.target is not None else None,
        )
        for k in plan.kpis
    ]
