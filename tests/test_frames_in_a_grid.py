"""Frames among thousands of rules: a programme chart printed with a week grid (a rule per week
and per row) around two framed boxes. The frame finders look up only the uprights standing at
each edge, so a grid of many rules is read in good time, and they find the same frames: the
two boxes drawn, not the grid's cells (too small, or sharing their rules)."""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.form_records import _frames
from plantrace.extractors.node_fields import outer_frames
from plantrace.pipeline.reader import parse_pdf_bytes


def _chart() -> bytes:
    buf = io.BytesIO()
    width, height = landscape(A3)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, height - 40, "Improvement programme: delivery timeline 2025-26")
    c.setLineWidth(0.3)
    left, top, weeks, rows = 300, height - 80, 52, 40
    for w in range(weeks + 1):  # a rule per week down the chart
        c.line(left + 15 * w, top, left + 15 * w, top - 12 * rows)
    for r in range(rows + 1):  # a rule under each row across it
        c.line(40, top - 12 * r, left + 15 * weeks, top - 12 * r)
    c.setLineWidth(1)
    for n, (title, lead) in enumerate([("Front door", "Helen Markham"),
                                       ("Workforce", "Ruth Kowalczyk")]):  # fmt: skip
        x, y = 60 + 300 * n, 150
        c.rect(x, y, 240, 90, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 8, y + 72, title)
        c.setFont("Helvetica", 9)
        c.drawString(x + 8, y + 56, f"Lead: {lead}")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_drawn_boxes_are_found_among_a_grid_of_rules() -> None:
    page = parse_pdf_bytes(_chart(), "timeline.pdf").pages[0]
    assert len(page.rulings) > 90
    start = time.perf_counter()
    frames = outer_frames(page.rulings)
    fields = _frames(page.rulings)
    took = time.perf_counter() - start
    # the grid's cells share their rules (and are under a node's size): only the two boxes
    assert [(round(b[0]), round(b[1]), round(b[2]), round(b[3])) for b in sorted(frames)] == [
        (59, 601, 301, 693), (359, 601, 601, 693),
    ]  # fmt: skip
    assert [(round(b[0]), round(b[2])) for b in sorted(fields)] == [(59, 301), (359, 601)]
    assert took < 5.0
