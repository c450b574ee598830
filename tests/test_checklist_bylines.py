"""A checklist of actions as an intranet page prints it: an empty ballot box before each item,
written apart from the item's line (after its byline, in the producer's order), and under the
item one byline of fields parted by signs, the due printed with no colon and the status last
with no label ('Holder: Claire Whitby · due August 2026 · Off the rails').

What is read: every item an action with its ref and text (the box is no item of its own, and
no title), its owner and due from the byline, and its status word (no vocabulary holds it) as
the action's status: a line of a status alone is no label over the next item.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# ref and text, owner, due, status word
ITEMS = [
    ("2a", "Recruit twenty additional foster carers through a local campaign", "Claire Whitby",
     "August 2026", "Off the rails"),
    ("2b", "Strengthen support to special guardians with a dedicated worker", "Sian Pritchard",
     "October 2026", "Looking good"),
    ("2c", "Track the timeliness of care proceedings weekly through the panel", "Priya Nandakumar",
     "March 2026", "Slipping a bit"),
    ("2d", "Hold a permanence planning meeting for every child by the review", "Owen Tremayne",
     "March 2027", "Off the rails"),
    ("2e", "Agree a joint protocol with the police on strategy discussions", "Martin Hale",
     "April 2027", "Slipping a bit"),
]  # fmt: skip


def _checklist() -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(35, 790, "Focus 2")
    c.setFont("Helvetica", 10)
    c.drawString(35, 772, "Reduce delay in achieving permanence for children in care.")
    y = 740.0
    for ref, text, owner, due, status in ITEMS:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(55, y, ref)
        c.setFont("Helvetica", 11)
        c.drawString(55 + c.stringWidth(ref + " ", "Helvetica-Bold", 11), y, text)
        c.setFont("Helvetica", 8)
        c.drawString(55, y - 13, f"Holder: {owner} · due {due} ·")
        c.drawString(55 + c.stringWidth(f"Holder: {owner} · due {due} ·   ", "Helvetica", 8),
                     y - 13, status)  # fmt: skip
        c.setFont("DejaVuSans", 11)
        c.drawString(35, y, "\u2610")  # the box, written after its item
        y -= 32
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "checklist.pdf"))


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_checklist_items_with_bylines() -> None:
    plan = _read(_checklist())
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in plan.actions]
    assert got == [(ref, text, owner, due) for ref, text, owner, due, _ in ITEMS]


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
def test_byline_status_is_the_actions_status() -> None:
    """'Slipping a bit' reads as amber; the other words no vocabulary holds (their colour is
    the dot a page draws before them, not drawn here) leave the status unread."""
    plan = _read(_checklist())
    assert [a.rag for a in plan.actions] == [None, None, "amber", None, "amber"]
