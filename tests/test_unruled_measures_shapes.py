"""An unruled measures table cut by a page break with its header and one row at the page's
foot and the rest at the top of the next page, no header repeated: the piece is too short for
its cells to tell what it lists, so it is read with the next page's rows
(plan_columns._over_page)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

X = [40, 330, 430, 510]
MEASURES = [
    ("Children seen within timescales on their child protection plan", "62%", "71%", "90%"),
    ("Return home interviews offered within 72 hours", "55%", "38%", "92%"),
    ("Assessments completed within 45 working days", "70%", "13.3%", "33%"),
    ("Care leavers in suitable accommodation", "31%", "88%", "48.7%"),
    ("Care leavers in education, employment or training", "73.6%", "72%", "71.4%"),
]
PROSE = (
    "The board reviews every workstream each month and agrees what changes next. Each lead "
    "reports what has been done and what is still to do."
)


def _row(c: canvas.Canvas, y: float, cells: tuple[str, ...], bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
    for x, text in zip(X, cells, strict=True):
        c.drawString(x, y, text)
    c.setLineWidth(0.4)
    c.line(X[0] - 4, y - 6, 570, y - 6)


def _split_over_pages() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0
    c.setFont("Helvetica", 10)
    while y > 150:  # a page of prose, then the table at its foot
        c.drawString(50, y, PROSE[: 90 if int(y) % 2 else 80])
        y -= 14
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 110, "How we will measure success")
    _row(c, 85, ("What we watch", "Where we began", "Where we are", "Where we aim"), bold=True)
    _row(c, 66, MEASURES[0])
    c.showPage()
    y = 800.0
    for measure in MEASURES[1:]:
        _row(c, y, measure)
        y -= 19
    c.showPage()
    c.save()
    return buf.getvalue()


def _figures(data: bytes) -> list[tuple[str, str | None, str | None, str | None]]:
    plan = extract_plan(parse_pdf_bytes(data, "measures.pdf"))
    return [
        (k.indicator, *(v.raw if v is not None else None for v in (k.baseline, k.latest, k.target)))
        for k in plan.kpis
    ]


def test_a_table_cut_by_the_page_break_is_read_whole() -> None:
    assert _figures(_split_over_pages()) == MEASURES
