"""An unruled table whose header row is the last line of a page, all its rows on the next: the
header alone tells nothing, but read with the rows the next page opens with it is a table of
measures (plan_columns._over_page), and those rows are its rows, not a paragraph."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLUMNS = (40.0, 300.0, 400.0, 490.0)
HEADER = ("Measure we watch", "Starting point", "Most recent", "Goal")
ROWS = [
    ("Agency social workers as a share of the workforce", "37%", "45%", "42.8%"),
    ("Assessments completed within 45 working days", "36.8%", "66%", "65%"),
    ("Re-referrals within 12 months", "63%", "63.1%", "49%"),
]


def _row(c: canvas.Canvas, y: float, cells: tuple[str, ...], font: str) -> None:
    c.setFont(font, 10)
    for x, text in zip(COLUMNS, cells, strict=True):
        c.drawString(x, y, text)


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 790, "Our improvement journey")
    c.setFont("Helvetica", 10)
    y = 760.0
    for k in range(40):
        c.drawString(40, y, f"Paragraph line {k + 1} about how the service has changed this year.")
        y -= 16
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 90, "Numbers we keep an eye on")
    _row(c, 66, HEADER, "Helvetica-Bold")
    c.showPage()
    y = 800.0
    for row in ROWS:
        _row(c, y, row, "Helvetica")
        y -= 18
    c.setFont("Helvetica", 8)
    c.drawString(40, y - 20, "Page owner: Improvement Team.")
    c.showPage()
    c.save()
    return buf.getvalue()


def _raw(q: object) -> str | None:
    return getattr(q, "raw", None)


def test_a_header_alone_at_the_foot_heads_the_next_pages_rows() -> None:
    doc = parse_pdf_bytes(_plan(), "measures.pdf")
    assert len(doc.pages) == 2
    kpis = extract_plan(doc).kpis
    got = [(k.indicator, _raw(k.baseline), _raw(k.latest), _raw(k.target)) for k in kpis]
    assert got == [(name, base, now, goal) for name, base, now, goal in ROWS]
