"""A run-in strip of fields whose gaps a word processor set by spaces ('Delivery lead: X
Checkpoint: Oct-26     Delivery confidence: Low'): the gaps vary with the values' widths, so
one may reach a tab's width and the next fall just short. Every recurring label still opens a
field of its own: the due keeps no status, and the status is read."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FONT = 10.0
ACTIONS = [
    ("D1.1", "Train foster carers in understanding trauma", "Tom Ellery", "Aug-27", "Medium"),
    ("D1.2", "Review every care leaver's pathway plan", "Claire Whitby", "Jul-26", "High"),
    ("D1.3", "Agree a joint housing protocol with districts", "Grace Adebayo", "Oct-26", "Low"),
    ("D1.4", "Hold monthly practice workshops on analysis", "Helen Markham", "Jun-27", "Low"),
]
UPDATES = {"D1.2": "Audit shows improvement in most records"}
EXPECT_RAG = {"Medium": "amber", "High": "green", "Low": "red"}


def _strip(c: canvas.Canvas, y: float, owner: str, due: str, status: str, narrow: bool) -> None:
    """The strip, each field after the last at a gap: a tab's width, or just under it."""
    fields = [f"Delivery lead: {owner}", f"Checkpoint: {due}", f"Delivery confidence: {status}"]
    x = 60.0
    for k, text in enumerate(fields):
        c.drawString(x, y, text)
        wide = 2.6 * FONT  # over the tab threshold whatever the measured line height
        gap = 0.9 * FONT if narrow and k == 1 else wide
        x += c.stringWidth(text, "Helvetica", FONT) + gap


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, "Improvement programme: workstream charters")
    y -= 30
    c.setFont("Helvetica-Bold", FONT)
    c.drawString(60, y, "Deliverables")
    y -= 22
    for k, (ref, text, owner, due, status) in enumerate(ACTIONS):
        c.setFont("Helvetica-Bold", FONT)
        c.drawString(60, y, f"{ref}   {text}")
        y -= 15
        c.setFont("Helvetica", FONT)
        _strip(c, y, owner, due, status, narrow=k % 2 == 0)
        y -= 15
        if ref in UPDATES:
            c.drawString(60, y, f"Since last board: {UPDATES[ref]}")
            y -= 15
        y -= 9
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_strip_with_a_gap_just_under_a_tab_still_splits_at_its_labels() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "strip.pdf"))
    got = {a.ref: (a.owner, a.due_raw, a.rag) for a in result.actions}
    want = {ref: (owner, due, EXPECT_RAG[st]) for ref, _, owner, due, st in ACTIONS}
    assert got == want


def test_what_changed_since_the_last_board_is_progress_not_governance() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "strip.pdf"))
    got = {a.ref: (a.progress, a.governance) for a in result.actions}
    assert got["D1.2"] == (UPDATES["D1.2"], None)
    assert got["D1.1"] == (None, None)
