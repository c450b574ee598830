"""A plan on a page printed from a sheet: each recommendation a band of four ruled columns
(action | lead | date | rating) side by side, a blank gap column between, a merged head cell
naming the recommendation over a sub-header row, and its actions down the band. The bands'
rows do not line up (the first band has a merged unruled progress row under each action, the second the same rows
left blank, the third taller rows and none), and
one band has a blank unruled sheet row between two of its actions.

What is read: every action of every band once, with its lead, date, rating and the
recommendation whose band it sits in; the blank row keeps its band one grid (no action lost
after it, no sub-header read as an action)."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEAD = ("Step", "Lead", "Date", "Rating")
WIDTHS = (172.0, 84.0, 58.0, 50.0)
GAP = 10.0  # a narrow unruled gap column
FILL = {"On track": "#c6efce", "Delayed": "#ffeb9c", "Off track": "#ffc7ce", "Complete": "#bdd7ee"}
RAG = {"On track": "green", "Delayed": "amber", "Off track": "red", "Complete": "blue"}
# recommendation, [(action, lead, date, rating, progress or None)], blank row after action i
BANDS = [
    ("Recommendation 1: Improve the quality of supervision",
     [("1.1 Train all team managers in reflective supervision", "Amira Choudhury",
       "2025-05-31", "On track", "Latest: Scoping to begin next quarter"),
      ("1.2 Publish a revised supervision standard", "Joseph Mensah", "2025-06-23",
       "Delayed", "Latest: Waiting on the new case system"),
      ("1.3 Add a supervision timeliness measure", "Tom Ellery", "2026-01-27",
       "Off track", "Latest: First report due in March")], None),
    ("Recommendation 2: Strengthen the front door",
     [("2.1 Complete all contacts within one working day", "Martin Hale", "2025-03-13",
       "Complete", None),
      ("2.2 Audit repeat referrals each quarter", "Fatima Rahman", "2025-09-30",
       "On track", None),
      ("2.3 Publish a threshold guide for partners", "Bethan Lloyd", "2025-11-28",
       "Delayed", None)], None),
    ("Recommendation 3: Ensure stability for children in care",
     [("3.1 Train foster carers in trauma and attachment", "Joseph Mensah", "2025-12-23",
       "Off track", None),
      ("3.2 Report health assessment timeliness monthly", "Helen Markham", "2025-07-31",
       "On track", None),
      ("3.3 Recruit ten more foster families locally", "David Osei", "2026-02-27",
       "Delayed", None)], 1),
]  # fmt: skip


def _cell(c: canvas.Canvas, x: float, y: float, w: float, h: float, fill: str | None) -> None:
    c.setStrokeColor(black)
    c.setLineWidth(0.5)
    if fill:
        c.setFillColor(HexColor(fill))
    c.rect(x, y - h, w, h, stroke=1, fill=1 if fill else 0)


def _text(c: canvas.Canvas, x: float, y: float, text: str, font: str = "Helvetica") -> None:
    c.setFillColor(black)
    c.setFont(font, 7)
    c.drawString(x + 3, y - 11, text)


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(1191, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(36, 800, "Children's Services Improvement Plan on a page")
    x0 = 36.0
    for n_band, (rec, actions, blank_after) in enumerate(BANDS):
        tall = 24.0 if n_band == 2 else 18.0  # the third band's rows line up with no other's
        width = sum(WIDTHS)
        y = 770.0
        c.setFillColor(HexColor("#1f3864"))
        c.rect(x0, y - 18, width, 18, stroke=0, fill=1)  # the merged head: filled, unruled
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 3, y - 12, rec)
        y -= 18
        x = x0
        for label, w in zip(HEAD, WIDTHS, strict=True):
            _cell(c, x, y, w, 16, "#d9e1f2")
            _text(c, x, y, label, "Helvetica-Bold")
            x += w
        y -= 16
        for i, (text, lead, date, rating, progress) in enumerate(actions):
            x = x0
            for value, w in zip((text, lead, date, rating), WIDTHS, strict=True):
                _cell(c, x, y, w, tall, FILL[rating] if value == rating else None)
                _text(c, x, y, value)
                x += w
            y -= tall
            if n_band != 2:  # the sheet's progress row: merged, unruled, blank where no update
                if progress:
                    _text(c, x0, y + 3, progress, "Helvetica-Oblique")
                y -= 11
            if blank_after == i:
                y -= tall  # a blank sheet row: no borders, no text
        x0 += width + GAP
    c.save()
    return buf.getvalue()


def test_every_band_action_is_read_with_its_fields_and_recommendation() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "bands.pdf"))
    want = {
        text.split(" ", 1)[1]: (lead, date, RAG[rating], [f"r{n}"])
        for n, (_, actions, _) in enumerate(BANDS, start=1)
        for text, lead, date, rating, _ in actions
    }
    got = {
        a.text: (
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            a.rag,
            a.recommendations,
        )
        for a in result.actions
    }
    assert got == want
    assert len(result.actions) == 9


def _one_grid(blank: float) -> bytes:
    """One band alone on the page, a blank unruled sheet row `blank` points tall after its
    second action (nothing beside it)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(36, 560, "Improvement plan")
    rec, actions, _ = BANDS[0]
    x0, y = 36.0, 530.0
    c.setFillColor(HexColor("#1f3864"))
    c.rect(x0, y - 18, sum(WIDTHS), 18, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0 + 3, y - 12, rec)
    y -= 18
    x = x0
    for label, w in zip(HEAD, WIDTHS, strict=True):
        _cell(c, x, y, w, 16, "#d9e1f2")
        _text(c, x, y, label, "Helvetica-Bold")
        x += w
    y -= 16
    for i, (text, lead, date, rating, _) in enumerate(actions):
        x = x0
        for value, w in zip((text, lead, date, rating), WIDTHS, strict=True):
            _cell(c, x, y, w, 18, FILL[rating] if value == rating else None)
            _text(c, x, y, value)
            x += w
        y -= 18
        if i == 1:
            y -= blank
    c.save()
    return buf.getvalue()


def test_a_blank_sheet_row_no_taller_than_a_row_keeps_the_grid_one() -> None:
    """The piece after the blank row has no header of its own: read as a grid apart, its
    action would be lost or read under no columns."""
    result = extract_plan(parse_pdf_bytes(_one_grid(18.0), "blank_row.pdf"))
    got = {a.text: (a.owner, a.rag, a.recommendations) for a in result.actions}
    assert got == {
        text.split(" ", 1)[1]: (lead, RAG[rating], ["r1"])
        for text, lead, _, rating, _ in BANDS[0][1]
    }
