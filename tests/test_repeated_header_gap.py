"""A scorecard carried over a page, its header row repeated at the top of the next page with
space under it (a word processor's repeated header row with spacing after it) before the rows
carried on. The repeat is the open table's own header, kept as the next piece's, and the piece
was cut at the gap under it: the rows below were lost without a word (seed2-measure
docx-noborder-merged). The gap under the open table's own repeated header is the header's
(plan_columns._stream_tables, repeated_head.kept_head), up to a few lines' height.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

X = [50, 110, 330, 410, 490]  # code, measure, baseline, target, rating
HEAD = ["Code", "Measure", "Baseline", "Target", "Rating"]
ROWS = [
    ("HS1.0", "Homes with a completed damp and mould survey", "28%", "75%", "On track"),
    ("HS1.1", "Complaints answered within ten working days", "56.2%", "83%", "Complete"),
    ("HS2.0", "Repairs fixed at the first visit", "82%", "57.1%", "Slipped"),
    ("RE3", "Tenants satisfied with the repairs service", "39.5%", "24%", "On track"),
    ("RE4", "Void homes relet within four weeks", "61%", "70%", "Complete"),
]


def _row(c: canvas.Canvas, cells: tuple[str, ...] | list[str], y: float, font: str) -> None:
    c.setFont(font, 8.5)
    for x, text in zip(X, cells, strict=True):
        c.drawString(x, y, text)


def _plan(cut: int = 3, gap: float = 42.0) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Housing improvement plan")
    c.setFont("Helvetica", 9)
    y = 770
    for k in range(50):  # the plan's text fills the page down to the scorecard
        c.drawString(50, y, f"Paragraph line {k + 1} of the plan's account of its progress so far.")
        y -= 13
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y - 6, "How we will measure progress")
    y -= 28
    _row(c, HEAD, y, "Helvetica-Bold")
    for row in ROWS[:cut]:
        y -= 21
        _row(c, row, y, "Helvetica")
    c.showPage()
    y = 790
    _row(c, HEAD, y, "Helvetica-Bold")  # repeated, with space under it
    y -= gap
    for row in ROWS[cut:]:
        _row(c, row, y, "Helvetica")
        y -= 21
    c.showPage()
    c.save()
    return buf.getvalue()


def test_rows_under_a_repeated_header_with_space_after_it() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "plan.pdf"))
    got = [
        (k.code, k.indicator, k.baseline.raw if k.baseline else None,
         k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [(code, ind, base, aim) for code, ind, base, aim, _ in ROWS]
