"""A scorecard whose code column has a blank header cell ('' | Description | Starting point |
Ambition | Rating), cut by a page's foot after its first row. A table of one row has no
rivers: its columns are its header's cells, and the codes left of the first of them ran into
the description ('EW1.0 Care leavers in ...'); the rows carried on the next page start left
of the piece's first column, so they were no rows of it, and were lost (seed2-measure
docx-noborder-merged, KPI rows 0.920). The rows' words standing wholly left of the header's
first cell are a column of their own (plan_columns._unnamed_key_edge), and so are the runs
past the header's right end where the last column's header is blank too (a rating: s1
docx-noborder-merged, its status read into the target on the next page's rows).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

X = [50, 110, 330, 410, 490]  # code, description, baseline, target, rating
HEAD = ["", "Description", "Starting point", "Ambition 2026/27", "Rating"]
ROWS = [
    ("HS1.0", "Homes with a completed damp and mould survey", "28%", "75%", "On track"),
    ("HS1.1", "Complaints answered within ten working days", "56.2%", "83%", "Complete"),
    ("HS2.0", "Repairs fixed at the first visit", "82%", "57.1%", "Slipped"),
    ("RE3", "Tenants satisfied with the repairs service", "39.5%", "24%", "On track"),
]


def _row(c: canvas.Canvas, cells: tuple[str, ...] | list[str], y: float, font: str) -> None:
    c.setFont(font, 8.5)
    for x, text in zip(X, cells, strict=True):
        c.drawString(x, y, text)


def _plan(cut: int, head: list[str] = HEAD) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Housing improvement plan")
    c.setFont("Helvetica", 9)
    y = 770
    for k in range(52):  # the plan's text fills the page down to the scorecard
        c.drawString(50, y, f"Paragraph line {k + 1} of the plan's account of its progress so far.")
        y -= 13
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y - 6, "Key performance indicators")
    y -= 28
    _row(c, head, y, "Helvetica-Bold")
    for row in ROWS[:cut]:
        y -= 21
        _row(c, row, y, "Helvetica")
    c.showPage()
    y = 800
    for row in ROWS[cut:]:
        _row(c, row, y, "Helvetica")
        y -= 21
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("head", [HEAD, [*HEAD[:4], ""]])
def test_codes_under_a_blank_header_cell_are_a_column(head: list[str]) -> None:
    # the second: the rating column's header is blank too, its words past the header's end
    plan = extract_plan(parse_pdf_bytes(_plan(1, head), "plan.pdf"))
    got = [
        (k.code, k.indicator, k.baseline.raw if k.baseline else None,
         k.target.raw if k.target else None)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [(code, ind, base, aim) for code, ind, base, aim, _ in ROWS]
    assert [k.rag for k in plan.kpis] == ["green", "blue", "amber", "green"]


@pytest.mark.parametrize("head", [HEAD, [*HEAD[:4], ""]])
def test_codes_under_a_header_row_alone_at_the_foot(head: list[str]) -> None:
    # the header row alone at the page's foot, every row on the next page: the rows' codes
    # stand left of the header's first named cell, a column the header row alone did not show
    # (s1 rl-hrules-themes: the scorecard's four rows lost, and nothing said so); so the
    # ratings past its right end where the last header cell is blank too (s1 html-cards)
    plan = extract_plan(parse_pdf_bytes(_plan(0, head), "plan.pdf"))
    got = [
        (k.code, k.indicator, k.baseline.raw if k.baseline else None,
         k.target.raw if k.target else None, k.rag)
        for k in plan.kpis
    ]  # fmt: skip
    assert got == [
        ("HS1.0", ROWS[0][1], "28%", "75%", "green"),
        ("HS1.1", ROWS[1][1], "56.2%", "83%", "blue"),
        ("HS2.0", ROWS[2][1], "82%", "57.1%", "amber"),
        ("RE3", ROWS[3][1], "39.5%", "24%", "green"),
    ]


def test_a_header_row_read_with_no_row_is_said() -> None:
    # the header row alone at the foot and the page after it holding no row of it: no KPI to
    # read, and a warning says the scorecard's header was read with nothing under it
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 120, "Key performance indicators")
    _row(c, HEAD, 92, "Helvetica-Bold")
    c.showPage()
    c.setFont("Helvetica", 9)
    c.drawString(50, 800, "The measures will be agreed with the improvement board in the spring.")
    c.showPage()
    c.save()
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert plan.kpis == []
    said = [w for w in plan.warnings if w.code == "kpi_table_unread"]
    assert len(said) == 1 and "Description | Starting point" in said[0].message
