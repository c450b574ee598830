"""Callout boxes drawn side by side in a row, the same height, so that their lines stand level
across the row: read by the white space between them they were one unruled table whose
columns were the boxes and whose header row was each box's second line of text, and three
actions ran together into one, their owners, dates and statuses lost (holdout55
rl-callout-infographic 1-002, 1-015, 2-008). The rules closing the boxes, in pieces standing
apart at the table's top and at its foot, say they are boxes: each is read as a card
(extractors/boxes_apart.py)."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from plantrace.extractors.boxes_apart import boxes_side_by_side
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Page, Ruling
from plantrace.pipeline.reader import parse_pdf_bytes

# (number, text, owner, due, status word, its ink)
BOXES = [
    ("2", "Launch a recruitment campaign for experienced social workers with a relocation package",
     "Sian Pritchard", "Jun. 2026", "Off track", "#C62828"),
    ("4", "Convert agency posts to permanent posts where the postholder agrees",
     "Tom Ellery", "May. 2026", "On track", "#2E7D32"),
    ("6", "Report health assessment timeliness monthly to the corporate parenting board",
     "Ann Lee", "May. 2026", "Delayed", "#EF8F00"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = Canvas(buf, pagesize=(w, h), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(12 * mm, h - 20 * mm, "Our improvement route at a glance")
    text = ParagraphStyle("a", fontName="Helvetica", fontSize=7.8, leading=9.3)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=7, leading=8.4)
    colw = (w - 24 * mm) / 4
    top = h - 70 * mm
    for k, (num, act, owner, due, status, ink) in enumerate(BOXES):
        parts = [
            Paragraph(f"<b>{num}</b>  {act}", text),
            Paragraph(f"Lead: <b>{owner}</b><br/>Due: {due} · Status: "
                      f"<font color='{ink}'><b>{status}</b></font>", small),
        ]  # fmt: skip
        x = 12 * mm + k * colw + 1.5 * mm
        bw = colw - 3 * mm
        heights = [p.wrap(bw - 4 * mm, 80 * mm)[1] for p in parts]
        bh = sum(heights) + 1.5 * mm * len(parts) + 1.5 * mm
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setFillColor(colors.white)
        c.roundRect(x, top - bh, bw, bh, 2 * mm, stroke=1, fill=1)
        y = top - 1.5 * mm
        for p, ph in zip(parts, heights, strict=True):
            p.drawOn(c, x + 2 * mm, y - ph)
            y -= ph + 1.5 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def test_boxes_side_by_side_are_read_each_as_an_action() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "callouts.pdf"))
    got = {a.ref: (a.text, a.owner, a.due_raw, a.rag) for a in plan.actions}
    assert got == {
        "2": (BOXES[0][1], "Sian Pritchard", "Jun. 2026", "red"),
        "4": (BOXES[1][1], "Tom Ellery", "May. 2026", "green"),
        "6": (BOXES[2][1], "Ann Lee", "May. 2026", "amber"),
    }


def _page(rulings: list[Ruling]) -> Page:
    return Page(number=1, width=842.0, height=595.0, lines=[], rulings=rulings)


# three rounded boxes side by side (their sides a corner's radius out of their top and foot)
_BOX_RULES = [
    r
    for x0, x1 in ((44.0, 218.0), (237.0, 411.0), (431.0, 604.0))
    for r in (
        Ruling(x0, 310.0, x1, 310.0),  # the top, short of the corners
        Ruling(x0, 358.0, x1, 358.0),  # the foot
        Ruling(x0 - 5.7, 315.7, x0 - 5.7, 352.3),  # the sides, short of the corners
        Ruling(x1 + 5.7, 315.7, x1 + 5.7, 352.3),
    )
]


def test_rounded_boxes_side_by_side_are_boxes() -> None:
    assert boxes_side_by_side(_page(_BOX_RULES), (43.0, 326.0, 578.0, 354.0), 7.8)


def test_a_header_row_ruled_in_pieces_with_column_rules_is_no_boxes() -> None:
    """A table's header row alone at a page's foot, ruled above and below in two pieces (the
    rules broken over an open status column), its column rules crossing them: a table's
    header, not boxes side by side (s1 html-vrules-themes 1-017 lost its next page's rows)."""
    rules = [
        Ruling(82.0, 765.0, 448.0, 765.0),
        Ruling(484.0, 765.0, 548.0, 765.0),
        Ruling(82.0, 787.5, 448.0, 787.5),
        Ruling(484.0, 787.5, 548.0, 787.5),
        *(Ruling(x, 765.0, x, 787.5) for x in (82.0, 130.0, 290.0, 448.0, 484.0, 548.0)),
    ]
    assert not boxes_side_by_side(_page(rules), (52.0, 769.0, 504.0, 784.0), 11.3)
