"""A plan on a page printed by ReportLab: a column per recommendation, its label and text in a
coloured head box (no border), the actions as notes (boxes drawn with a border and a tint)
stacked under it, a few points apart, of uneven heights, so that the page's rows interleave the
columns. Each note prints its ref and text, two labelled fields, and its status as a coloured
dot before a word no vocabulary holds.

What is read: the notes column by column, each under the recommendation of its head (a head
of one line or of three); every note whole (a note between two others is no banner row); the
status word set apart under the fields as the status, not as part of the date above it; its
colour from the dot (the tints are pale, and one is grey for a status of no colour).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Make sure that children in care have their health needs assessed and met without delay",
    "2": "Improve the help given to care leavers to find and keep suitable homes",
}
DOTS = {"Sailing": "#1e8449", "Choppy": "#e67e22", "Aground": "#c0392b", "Moored": "#95a5a6"}
TINTS = {"Sailing": "#e9f7ef", "Choppy": "#fdf2e9", "Aground": "#fdedec", "Moored": "#f4f6f6"}
# ref, text, owner, due as printed, status word; due read, RAG read
NOTES = [
    ("1.1", "Agree a health assessment pathway with the designated nurse and the looked after "
     "children's health team", "Amira Hussain", "Jan 2026", "Sailing", "2026-01-31", "green"),
    ("1.2", "Report assessment timeliness to the corporate parenting panel every month",
     "Gareth Price", "30/04/2026", "Aground", "2026-04-30", "red"),
    ("1.3", "Commission a therapy service for children in care with a six week wait at most "
     "and an outreach offer for children placed out of the area", "Amira Hussain",
     "Summer 2026", "Choppy", "2026-08-31", "amber"),
    ("2.1", "Open a drop-in hub for care leavers with housing and benefits advice",
     "Nia Roberts", "March 2026", "Moored", "2026-03-31", None),
    ("2.2", "Commission twelve supported lodgings places for young people leaving care",
     "Owen Blake", "31/07/2026", "Sailing", "2026-07-31", "green"),
]  # fmt: skip
COLUMN_WIDTH = 360.0


def _note(c: canvas.Canvas, x: float, top: float, note: tuple[str | None, ...]) -> float:
    """One note under its column's head; returns its bottom."""
    ref, text, owner, due, word = (str(v) for v in note[:5])
    body = _lines(f"{ref}  {text}", 80)
    height = 14 + 11 * len(body) + 12 * 2 + 14
    c.setFillColor(HexColor(TINTS[word]))
    c.setStrokeColor(HexColor("#b3b6b7"))
    c.rect(x, top - height, COLUMN_WIDTH, height, stroke=1, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 8.5)
    y = top - 13
    for line in body:
        c.drawString(x + 8, y, line)
        y -= 11
    c.setFont("Helvetica", 7.5)
    for field in (f"Lead officer: {owner}", f"Deadline: {due}"):
        c.drawString(x + 8, y, field)
        y -= 12
    c.setFillColor(HexColor(DOTS[word]))
    c.circle(x + 12, y + 3, 3.5, stroke=0, fill=1)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 20, y, word)
    return top - height


def _lines(text: str, width: int) -> list[str]:
    out: list[str] = []
    while len(text) > width:
        cut = text.rindex(" ", 0, width)
        out.append(text[:cut])
        text = text[cut + 1 :]
    return [*out, text]


def _poster() -> bytes:
    buf = io.BytesIO()
    page_w, page_h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(page_w, page_h), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, page_h - 40, "Our children's services plan at a glance")
    for k, (number, rec) in enumerate(RECS.items()):
        x = 36 + k * (COLUMN_WIDTH + 30)
        head = _lines(f"Finding {number} \u2013 {rec}", 70 if k == 0 else 200)
        height = 10 + 12 * len(head)
        top = page_h - 60
        c.setFillColor(HexColor(("#1a5276", "#6c3483")[k]))
        c.rect(x, top - height, COLUMN_WIDTH, height, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 9)
        for n, line in enumerate(head):
            c.drawString(x + 6, top - 14 - 12 * n, line)
        y = top - height - 9
        for note in NOTES:
            if str(note[0]).startswith(f"{number}."):
                y = _note(c, x, y, note) - 8
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(pdf: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(pdf, "poster.pdf"))


def test_notes_stacked_under_column_heads() -> None:
    """Each note is an action of the recommendation heading its column, in column order; its
    fields read whole (the status word is no part of the deadline) and its status is the
    colour of its dot."""
    plan = _read(_poster())
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    got = [(a.ref, a.text, a.owner, a.due_raw, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        (ref, text, owner, due, due_date, rag) for ref, text, owner, due, _, due_date, rag in NOTES
    ]
    recs = {r.id: r.number for r in plan.recommendations}
    assert [[recs[r] for r in a.recommendations] for a in plan.actions] == [
        [str(n[0])[0]] for n in NOTES
    ]
