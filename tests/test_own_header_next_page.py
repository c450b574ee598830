"""Slides printed from a presentation, 16:9, no running footer: an unruled action table ends
its slide at the foot, and the next slide opens (under its title, set in a band) with a KPI
table of its own, its header row drawn as shaded cells. Every row pdfium gives as one line
starts at the same margin as the action table's first column.

What is read: the KPI table under its own header ('At inspection' the baseline, 'Last
reported' the latest, 'Level sought' the target), not more rows of the action table left open
at the slide before's foot (its figures spread over the action table's columns, baselines
read as targets); the actions are the first slide's only.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfgen import canvas

from plantrace.extractors.own_header import opens_own_table
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = 960, 540
ACTION_COLS = [52, 110, 520, 690, 810]
ACTION_HEAD = ["Ref", "Action", "Lead", "Due", "Status"]
ACTIONS = [
    ("1.1", "Audit every open child protection plan", "Head of Service", "Jun 2026", "On track"),
    ("1.2", "Hold a monthly missing children panel", "Service Manager", "Aug 2026", "Delayed"),
    ("1.3", "Recruit two more independent reviewing officers", "HR Lead", "Sep 2026",
     "Complete"),
]  # fmt: skip
KPI_COLS = [52, 517, 652, 787]
KPI_HEAD = ["What we track", "At inspection", "Last reported", "Level sought"]
KPIS = [
    ("Supervision held within four weeks", "63%", "53.9%", "73%"),
    ("Agency social workers as a share of the workforce", "92.3%", "87%", "31.3%"),
    ("Return home interviews offered within 72 hours", "73%", "62.2%", "54%"),
    ("Number of approved foster carer households", "100", "478", "432"),
    ("Assessments completed within 45 working days", "36%", "29.4%", "65%"),
]


def _row(c: canvas.Canvas, y: float, xs: list[int], texts: tuple[str, ...] | list[str]) -> None:
    for x, t in zip(xs, texts, strict=True):
        c.drawString(x, y, t)


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(45, H - 45, "Priority 1: Help and protection")
    c.setFont("Helvetica-Bold", 14)
    _row(c, H - 90, ACTION_COLS, ACTION_HEAD)
    c.setFont("Helvetica", 14)
    y = H - 118
    for row in ACTIONS:
        _row(c, y, ACTION_COLS, row)
        y -= 28
    c.showPage()
    c.setFillColor(HexColor("#1f3864"))
    c.rect(0, H - 53.25, W, 53.25, stroke=0, fill=1)  # the slide's title band
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(45, H - 40, "How we will know we are improving")
    edges = [45, 510.75, 645.75, 780, 915]
    c.setFillColor(HexColor("#dbe5f1"))
    for a, b in zip(edges, edges[1:], strict=False):
        c.rect(a, H - 100.5, b - a, 27, stroke=0, fill=1)  # the header row's shaded cells
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 14)
    _row(c, H - 92, KPI_COLS, KPI_HEAD)
    c.setFont("Helvetica", 14)
    y = H - 120
    for kpi in KPIS:
        _row(c, y, KPI_COLS, kpi)
        y -= 28
    c.showPage()
    c.save()
    return buf.getvalue()


def test_next_slides_own_kpi_table_is_read_under_its_header() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "slides.pdf"))
    kpis = plan.kpis
    assert [k.indicator for k in kpis] == [k[0] for k in KPIS]
    assert [k.baseline.raw if k.baseline else None for k in kpis] == [k[1] for k in KPIS]
    assert [k.latest.raw if k.latest else None for k in kpis] == [k[2] for k in KPIS]
    assert [k.target.raw if k.target else None for k in kpis] == [k[3] for k in KPIS]
    assert [a.text for a in plan.actions] == [a[1] for a in ACTIONS]


def test_header_repeated_over_a_tables_next_piece_is_no_new_table() -> None:
    doc = parse_pdf_bytes(_pdf(), "slides.pdf")
    kpi_head = [ln for ln in doc.pages[1].lines if ln.text.startswith("What we track")]
    body = [ln for ln in doc.pages[1].lines if ln.top >= kpi_head[0].top]
    assert opens_own_table(body, ACTION_HEAD)
    # the same header over the open table's next piece, or no labels known: carried on
    assert not opens_own_table(body, KPI_HEAD)
    assert not opens_own_table(body, [])
