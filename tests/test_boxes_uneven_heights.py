"""Callout boxes in a row, of rounded corners, sharing their foot but not their top (a box of
a one-line action is shorter than one whose action wraps): their lines do not stand level, and
read as loose lines they interleaved across the row, so that an action took the next box's
update as an action of its own and lost its own (holdout55 rl-callout-infographic 2-004, 2-008).
A box of four short lines is some 48 points tall, its straight sides 37 (its corners rounded by
2 mm): measured by its straight sides alone it was too short to be closed as a box
(pipeline/tables.py round_corners_closed, _BOX_SIDE, now measured corner to corner), and its
lines were not read together as one card."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import round_corners_closed

# (number, action, owner, due, status word, its ink, update or None)
Box = tuple[str, str, str, str, str, str, str | None]
BOXES: list[Box] = [
    ("9", "Use questionnaire scores to trigger a referral for emotional support to the team",
     "Joseph Mensah", "1 Feb. 2026", "Off track", "#C62828", None),
    ("11", "Train foster carers in understanding trauma",
     "Claire Whitby", "11 May. 2025", "On track", "#2E7D32", "Scoping to begin next quarter"),
    ("13", "Review every child in need plan at least every three months in a multi-agency meeting",
     "Fatima Rahman", "10 Jan. 2026", "Delayed", "#EF8F00", "Work started with partners"),
]  # fmt: skip
# the row under the band: the boxes share their top, not their foot
BELOW: list[Box] = [
    ("10", "Commission a therapeutic service for children in care with a waiting time of under "
     "six weeks", "Claire Whitby", "5 Feb. 2026", "Off track", "#C62828", "Delayed by turnover"),
    ("12", "Report health assessment timeliness monthly to the board",
     "Grace Adebayo", "3 May. 2025", "Delayed", "#EF8F00", "Revised plan agreed"),
    ("14", "Introduce a practice standard that every assessment includes the child's own words",
     "Joseph Mensah", "24 Aug. 2025", "On track", "#2E7D32", None),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = Canvas(buf, pagesize=(w, h), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(12 * mm, h - 20 * mm, "Our improvement journey at a glance")
    colw = (w - 24 * mm) / 3
    foot = h - 60 * mm  # the boxes share their foot; their tops stand as high as they need
    c.setFillColor(colors.HexColor("#7B6FB5"))
    c.rect(12 * mm, foot - 20 * mm, w - 24 * mm, 10 * mm, stroke=0, fill=1)
    for k, box in enumerate(BOXES):
        _box(c, box, 12 * mm + k * colw + 2 * mm, colw - 4 * mm, foot, 0.0)
    for k, box in enumerate(BELOW):
        _box(c, box, 12 * mm + k * colw + 2 * mm, colw - 4 * mm, None, foot - 30 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


def _box(c: Canvas, box: Box, x: float, bw: float, foot: float | None, top: float) -> None:
    """One callout box, its corners rounded by 2 mm: standing on foot (the row over the band,
    the boxes' feet level) or, where foot is None, hung from top (under it, their tops level)."""
    num, act, owner, due, status, ink, update = box
    text = ParagraphStyle("a", fontName="Helvetica", fontSize=7.8, leading=9.3)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=7, leading=8.4)
    note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=7, leading=8.4)
    parts = [
        Paragraph(f"<b>{num}</b> {act}", text),
        Paragraph(f"Lead: <b>{owner}</b><br/>Due: {due} · Status: "
                  f"<font color='{ink}'><b>{status}</b></font>", small),
    ]  # fmt: skip
    if update:
        parts.append(Paragraph(f"Update: {update}", note))
    heights = [p.wrap(bw - 4 * mm, 80 * mm)[1] for p in parts]
    bh = sum(heights) + 1.2 * mm * len(parts) + 1.5 * mm
    bottom = foot if foot is not None else top - bh
    c.setStrokeColor(colors.HexColor("#555555"))
    c.setFillColor(colors.white)
    c.roundRect(x, bottom, bw, bh, 2 * mm, stroke=1, fill=1)
    y = bottom + bh - 1.5 * mm
    for p, ph in zip(parts, heights, strict=True):
        p.drawOn(c, x + 2 * mm, y - ph)
        y -= ph + 1.2 * mm


def test_boxes_of_uneven_heights_are_read_each_as_an_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "callouts.pdf"))
    got = {a.ref: (a.text, a.owner, a.due_raw, a.rag, a.progress) for a in plan.actions}
    rags = ("red", "green", "amber", "red", "amber", "green")
    assert got == {
        b[0]: (b[1], b[2], b[3], rag, b[6]) for b, rag in zip(BOXES + BELOW, rags, strict=True)
    }


def test_a_short_box_of_rounded_corners_is_closed() -> None:
    """A box 48 points tall, its corners rounded by 5.7: its sides' straight parts are 37
    points long, the box corner to corner 48; it is closed (its sides carried to its corners)."""
    hs = [Ruling(44.0, 107.0, 282.0, 107.0), Ruling(44.0, 155.0, 282.0, 155.0)]
    vs = [Ruling(38.3, 112.7, 38.3, 149.3), Ruling(287.7, 112.7, 287.7, 149.3)]
    hs2, vs2 = round_corners_closed(hs, vs)
    assert [(r.x0, r.x1) for r in hs2] == [(38.3, 287.7), (38.3, 287.7)]
    assert [(r.top, r.bottom) for r in vs2] == [(107.0, 155.0), (107.0, 155.0)]


def test_a_word_in_a_pill_is_no_box() -> None:
    """A chip round a word (14 points tall, its corners rounded by 5): its sides are no box's."""
    hs = [Ruling(105.0, 200.0, 150.0, 200.0), Ruling(105.0, 214.0, 150.0, 214.0)]
    vs = [Ruling(100.0, 205.0, 100.0, 209.0), Ruling(155.0, 205.0, 155.0, 209.0)]
    assert round_corners_closed(hs, vs) == (hs, vs)
