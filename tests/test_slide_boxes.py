"""A slide deck printed to PDF: one slide per recommendation (its label and text in a filled
title bar), each action a text box with rounded corners, its fields set along a strip at the
box's foot at fixed places, so that a long value runs up to or over the next field's label,
and its status a coloured chip with a word at the strip's right end.

The boxes are closed from their straight sides (the corners are curves, no rulings), the strip's
fields are parted at their labels whatever the gap between them, and the chip is the status.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.document import Ruling
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import round_corners_closed

SLIDE = (842.0, 474.0)  # 16:9 in points
RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
CHIPS = {"On track": "#4caf50", "Delayed": "#ffb300", "Off track": "#e53935"}
# ref, action, due as printed, owner as printed, chip word; due read, RAG read
ACTIONS = [
    ("1.1", "Introduce a single assessment framework across all locality teams",
     "Q3 2025/26", "Jo Bright (Head of Assessment)", "On track",
     "2025-12-31", "green"),
    ("1.2", "Audit twelve assessments a month and report to the practice quality group",
     "March 2026", "Sam Okafor (Principal Social Worker)", "Delayed", "2026-03-31", "amber"),
    ("1.3", "Publish guidance on chronologies with worked examples",
     "31/10/2025", "Lee Hart (Quality Lead)", "Off track", "2025-10-31", "red"),
    ("2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "Jan 2026", "Ana Ruiz (Head of Children in Care)", "On track",
     "2026-01-31", "green"),
    ("2.2", "Train all team managers in reflective supervision",
     "June 2026", "Tom Reyes (Workforce Lead)", "Delayed", "2026-06-30",
     "amber"),
]  # fmt: skip


def _box(c: canvas.Canvas, x: float, top: float, action: tuple[str, ...]) -> None:
    """One action's box: ref and text at its head, the strip at its foot (the due first, the
    owner at a fixed place after it, the chip at the right end)."""
    ref, text, due, owner, chip = action[:5]
    w, h = 380.0, 150.0
    y = top - h
    c.setStrokeColor(HexColor("#7f8c99"))
    c.setFillColor(HexColor("#f6f8fa"))
    c.roundRect(x, y, w, h, 10, stroke=1, fill=1)
    c.setFillColor(HexColor("#e6ebef"))
    c.rect(x + 0.5, y + 0.5, w - 1, 22, stroke=0, fill=1)
    c.setFillColor(HexColor("#1f3b57"))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x + 10, top - 20, ref)
    c.setFont("Helvetica", 11)
    head, tail = _wrap(text)
    c.drawString(x + 38, top - 20, head)
    if tail:
        c.drawString(x + 38, top - 34, tail)
    c.setFont("Helvetica", 8)
    label = "Taget date" if ref == "2.2" else "Target date"  # a typo on one slide
    c.drawString(x + 8, y + 8, f"{label}: {due}")
    c.drawString(x + 92, y + 8, f"Responsible officer: {owner}")  # a long due runs up to it
    c.setFillColor(HexColor(CHIPS[chip]))
    c.roundRect(x + w - 62, y + 4, 56, 14, 7, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(x + w - 34, y + 8, chip)


def _wrap(text: str, width: int = 58) -> tuple[str, str]:
    """The text's first line (up to `width` characters, at a space) and the rest."""
    if len(text) <= width:
        return text, ""
    cut = text.rindex(" ", 0, width)
    return text[:cut], text[cut + 1 :]


def _deck() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=SLIDE, invariant=1)
    width, height = SLIDE
    for number, rec in RECS.items():
        c.setFillColor(HexColor("#243b53"))
        c.rect(0, height - 56, width, 56, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(28, height - 34, f"Recommendation {number} \u2013 {rec}"[:95])
        boxes = [a for a in ACTIONS if a[0].startswith(f"{number}.")]
        for k, action in enumerate(boxes):
            x = 28 + (k % 2) * 400
            top = height - 76 - (k // 2) * 170
            _box(c, x, top, action)
        c.setFillColor(HexColor("#555555"))
        c.setFont("Helvetica", 8)
        c.drawString(28, 14, "Children's Services Improvement Board")
        c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "deck.pdf"))


def test_slide_boxes_with_a_field_strip_and_a_chip() -> None:
    """Every box is an action under the recommendation in its slide's title bar; the owner that
    runs over the due's place, the due and the chip's status are each read whole, and the due
    whose label one slide misspells too."""
    plan = _read(_deck())
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [(ref, text, owner, due, rag) for ref, text, _, owner, _, due, rag in ACTIONS]
    recs = {r.id: r for r in plan.recommendations}
    assert [[recs[r].number for r in a.recommendations] for a in plan.actions] == [
        [a[0][0]] for a in ACTIONS
    ]


def test_rounded_box_closed_but_not_a_lone_corner() -> None:
    """Four sides stopping short of each corner by one radius make a box; a side near another
    box's corner (a chip's edge) is left alone, and so is a pill round a word."""
    hs = [Ruling(18, 100, 282, 100), Ruling(18, 200, 282, 200), Ruling(240, 206, 280, 206)]
    vs = [Ruling(10, 108, 10, 192), Ruling(290, 108, 290, 192)]
    hs2, vs2 = round_corners_closed(hs, vs)
    assert hs2[:2] == [Ruling(10, 100, 290, 100), Ruling(10, 200, 290, 200)]
    assert vs2 == [Ruling(10, 100, 10, 200), Ruling(290, 100, 290, 200)]
    assert hs2[2] == hs[2]
    pill_h = [Ruling(405, 300, 455, 300), Ruling(405, 314, 455, 314)]
    pill_v = [Ruling(400, 305, 400, 309), Ruling(460, 305, 460, 309)]
    assert round_corners_closed(pill_h, pill_v) == (pill_h, pill_v)  # a chip round a word
