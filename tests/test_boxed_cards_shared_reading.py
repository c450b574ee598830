"""A dashboard of cards two abreast (ReportLab): each card under a filled band printing its code
and status ('C01 Plain sailing 2', white on a dark bar), its title in bold, then 'At the helm:',
'Berth by:' and an update under a label of the plan's own words ('Logbook: ...'), in grey italic,
with a review stamp under it. Page 1 holds six cards; page 2 two, and only the right one has an
update there.

Each band is a drawn box, so each card is read as a table of its own, the boxes of a page
sharing one reading of their columns. Page 2's two cards print 'Logbook' once, too few to tell
the label by its values: the plan's other run (page 1) places it as the progress, and the right
card's update is its progress (it was lost, silently: the second box kept its label's column as
'other' where the first, holding no update, took the progress).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# code, status, title, owner, due, update (None: the card prints none)
CARDS = [
    ("C01", "Safely docked", "Reduce the time taken to issue care plans", "Joseph Mensah",
     "2025-W19", "Completed and embedded in practice"),
    ("C02", "Plain sailing", "Use questionnaire scores to trigger a referral", "Bethan Lloyd",
     "2025-W25", "First cohort completed; second cohort booked"),
    ("C03", "Plain sailing", "Develop safety plans for places of concern", "Tom Ellery",
     "2025-W28", "Monthly reports now in place"),
    ("C04", "Choppy water", "Map the places where missing children are found", "Tom Ellery",
     "2025-W33", "Draft agreed by partners; sign-off due at the board"),
    ("C05", "Still in harbour", "Commission a therapeutic service for children", "Priya Nandakumar",
     "2025-W52", "Scoping to begin next quarter"),
    ("C06", "Plain sailing", "Offer tuition to every child behind in reading", "Claire Whitby",
     "2026-W02", "Recruitment campaign launched and interviews booked"),
    ("C07", "Plain sailing", "Appoint two specialist exploitation social workers", "Bethan Lloyd",
     "2026-W21", None),
    ("C08", "Choppy water", "Record the findings of every return home interview", "Bethan Lloyd",
     "2026-W21", "Delayed because of staff turnover; revised plan agreed"),
]  # fmt: skip
GREY = Color(0.33, 0.33, 0.33)
BAND = Color(0.1, 0.25, 0.45)


def _card(c: canvas.Canvas, x: float, top: float, card: tuple[str | None, ...], rec: int) -> None:
    code, status, title, owner, due, update = card
    c.setStrokeColor(Color(0.8, 0.8, 0.8))
    c.setFillColor(white)
    c.roundRect(x, top - 105, 249, 105, 6, stroke=1, fill=1)  # the card
    c.setFillColor(BAND)
    c.rect(x + 1, top - 18, 247, 18, stroke=0, fill=1)  # its band
    c.setFillColor(white)
    c.circle(x + 232, top - 9, 10, stroke=0, fill=1)  # the badge: its recommendation
    c.setFillColor(BAND)
    c.setFont("Times-Bold", 8.5)
    c.drawString(x + 229, top - 12, str(rec))
    c.setFillColor(white)
    c.drawString(x + 7, top - 12, f"{code}   {status}")
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Times-Bold", 8.6)
    c.drawString(x + 7, top - 34, str(title))
    c.setFont("Times-Roman", 7.6)
    c.drawString(x + 7, top - 50, f"At the helm: {owner}")
    c.drawString(x + 7, top - 63, f"Berth by: {due}")
    c.setFillColor(GREY)
    c.setFont("Times-Italic", 7.2)
    y = top - 76
    if update is not None:
        c.drawString(x + 7, y, f"Logbook: {update}")
        y -= 13
    c.drawString(x + 7, y, "Reviewed 8 Jun 2025 by Clemency Voss")
    c.setFillColor(Color(0, 0, 0))


def _plan() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pages = [CARDS[:6], CARDS[6:]]
    for number, cards in enumerate(pages, start=1):
        if number == 1:
            c.setFont("Times-Bold", 11)
            c.drawString(40, 800, "Improvement plan dashboard: the cards")
        for k, card in enumerate(cards):
            _card(c, 41 + 266 * (k % 2), 780 - 120 * (k // 2), card, 1 + k % 3)
        c.setFont("Times-Roman", 7.5)
        c.drawString(40, 28, f"Thornwick Council - improvement plan dashboard Page {number}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_page_whose_second_box_alone_prints_the_update_keeps_it() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(), "dashboard.pdf"))
    got = {a.ref: (a.owner, a.due_raw, a.progress) for a in plan.actions}
    assert got == {card[0]: (card[3], card[4], card[5]) for card in CARDS}
