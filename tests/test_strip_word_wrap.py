"""A run-in strip of fields set apart by tab-wide gaps that a word processor wrapped inside a
label ('Lead: A. Khan      Land by: 31-Jan-26      Lead's' over 'confidence: Low'): the line
ends well short of the column's edge (the next word, 'confidence:', would not have fitted),
yet the strip runs on below. The wrapped label still opens a field of its own: the due keeps
no status, and the status is read."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FONT = 9.0
LEFT = 60.0
RIGHT = 540.0  # the column's right edge: the titles' wrapped lines reach it
GAP = 2.6 * FONT  # a tab's width between the strip's fields
ACTIONS = [
    ("D1.1", "Develop safety plans for places of concern with community partners",
     "Service Manager, Care Leavers", "27-Jul-25", "High"),
    ("D1.2", "Appoint two specialist exploitation social workers to support cases",
     "Assistant Director, Children's Social Care", "24-Dec-25", "Low"),
    ("D1.3", "Establish a weekly multi-agency child exploitation meeting with police",
     "Service Manager, Care Leavers", "30-Jun-25", "High"),
    ("D1.4", "Review every care leaver's pathway plan with their personal adviser",
     "Assistant Director, Children's Social Care", "31-Jan-26", "Medium"),
]  # fmt: skip
EXPECT_RAG = {"Medium": "amber", "High": "green", "Low": "red"}
FILLER = (
    "The workstream reports to the improvement board each month; each deliverable below has "
    "a lead, a date by which it should land and the lead's own confidence in landing it."
)


def _wrap(c: canvas.Canvas, text: str, font: str) -> list[str]:
    """The text broken into lines of the column's width, as a word processor breaks it."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if c.stringWidth(trial, font, FONT) > RIGHT - LEFT and cur:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return [*lines, cur]


def _strip(c: canvas.Canvas, y: float, owner: str, due: str, status: str) -> float:
    """The strip's fields a tab apart; where the last label passes the column's edge it is
    wrapped after its first word, as a word processor wraps it: 'Lead's' ends the line some
    way short of the edge, 'confidence:' (too wide for the room left) opens the next. The y
    below the strip's last line."""
    x = LEFT
    for text in (f"Workstream lead for this: {owner}", f"Land by: {due}"):
        c.drawString(x, y, text)
        x += c.stringWidth(text, "Helvetica", FONT) + GAP
    last = f"Lead's confidence: {status}"
    if x + c.stringWidth(last, "Helvetica", FONT) <= RIGHT:
        c.drawString(x, y, last)
        return y - 1.3 * FONT
    c.drawString(x, y, "Lead's")
    y -= 1.3 * FONT
    c.drawString(LEFT, y, f"confidence: {status}")
    return y - 1.3 * FONT


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, y, "Improvement programme: workstream charters")
    y -= 26
    c.setFont("Helvetica", FONT)
    for line in _wrap(c, FILLER, "Helvetica"):
        c.drawString(LEFT, y, line)
        y -= 1.3 * FONT
    y -= 10
    c.setFont("Helvetica-Bold", FONT)
    c.drawString(LEFT, y, "Deliverables")
    y -= 20
    for ref, text, owner, due, status in ACTIONS:
        c.setFont("Helvetica-Bold", FONT)
        c.drawString(LEFT, y, f"{ref} {text}")
        y -= 1.3 * FONT
        c.setFont("Helvetica", FONT)
        y = _strip(c, y, owner, due, status)
        y -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_strip_wraps_short_of_the_edge_where_the_next_word_would_not_fit() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "wrapped-strip.pdf"))
    got = {a.ref: (a.owner, a.due_raw, a.rag) for a in result.actions}
    want = {ref: (owner, due, EXPECT_RAG[st]) for ref, _, owner, due, st in ACTIONS}
    assert got == want


def test_no_status_is_warned_unread_when_every_one_is_read() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "wrapped-strip.pdf"))
    assert not [w for w in result.warnings if w.code == "plan_status_unread"]
