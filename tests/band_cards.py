"""Action cards drawn with ReportLab two to a row, for the tests of the readers of their shapes:
each card a rounded box opened by a filled head band (its ref and status word in white on the
status colour, or on one colour for all), a round badge in its top right corner holding only
the number of the recommendation it answers, then the action in bold, labelled lines for the
lead and the due date, and a small grey italic note under them ('Checked <date> by <person>').
A first page lists the recommendations, each beside a badge of its number."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

FILLS = {
    "green": "#388E3C",
    "amber": "#F9A825",
    "red": "#D32F2F",
    "blue": "#1976D2",
    None: "#8D8D8D",
}


@dataclass
class BandCard:
    ref: str
    text: str
    lead: str
    due: str
    status: str
    rag: str | None  # the band's colour
    rec: str  # the badge's number
    checked: str = "Checked 3 Aug 2026 by Rosalind Achebe-Fry"
    update: str | None = None  # 'Log: <update>', in the note's small grey type over it


def band_cards_pdf(
    recs: dict[str, str],
    cards: list[BandCard],
    labels: tuple[str, str] = ("Lead", "Due"),
    band: bool = True,
    badge: bool = True,
    one_fill: str | None = None,
    donut: bool = False,
) -> bytes:
    """A page of the recommendations, then the cards two to a row. band: the cards open with a
    head band (else the ref and status stand in a plain black line); badge: each card has its
    recommendation's badge; one_fill: every band in this colour (decoration, no status); donut:
    the first page opens with a donut of the statuses, the number of cards in its hole, and a
    legend beside it ('<status> <count> (<share>%)')."""
    buf = io.BytesIO()
    W, H = A4
    margin = 14 * mm
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.5)
    act = ParagraphStyle("a", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6)
    small = ParagraphStyle("s", fontName="Helvetica", fontSize=7.6, leading=9.2)
    note = ParagraphStyle(
        "n", fontName="Helvetica-Oblique", fontSize=7.2, leading=8.8,
        textColor=colors.HexColor("#555555"),
    )  # fmt: skip
    c = Canvas(buf, pagesize=(W, H), invariant=1)
    top = H - 20 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(margin, top, "Improvement plan: the cards")
    top -= 10 * mm
    if donut:
        top = _donut(c, cards, margin, top)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(margin, top, "The recommendations")
    top -= 4 * mm
    for num, text in recs.items():
        rp = Paragraph(f"<b>Recommendation {num}</b>  {text}", body)
        _, rh = rp.wrap(W - 2 * margin - 10 * mm, 40 * mm)
        c.setFillColor(colors.HexColor("#0D47A1"))
        c.circle(margin + 3 * mm, top - 3.2 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(margin + 3 * mm, top - 4.3 * mm, num)
        rp.drawOn(c, margin + 9 * mm, top - rh - 0.5 * mm)
        top -= max(rh, 7 * mm) + 2.5 * mm
    c.showPage()
    colw = (W - 2 * margin - 6 * mm) / 2

    def parts(card: BandCard) -> tuple[list[Paragraph], float]:
        ps = [
            Paragraph(card.text, act),
            Paragraph(f"{labels[0]}: <b>{card.lead}</b>", small),
            Paragraph(f"{labels[1]}: <b>{card.due}</b>", small),
            *([Paragraph(f"Log: {card.update}", note)] if card.update else []),
            Paragraph(card.checked, note),
        ]
        return ps, sum(p.wrap(colw - 8 * mm, 100 * mm)[1] + 1.4 * mm for p in ps) + 10 * mm

    top = H - 16 * mm
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(colors.black)
    c.drawString(margin, top, "Actions, in the order they fall due")
    top -= 5 * mm
    for k in range(0, len(cards), 2):
        row = [(card, *parts(card)) for card in cards[k : k + 2]]
        rh = max(r[2] for r in row)
        for j, (card, ps, _) in enumerate(row):
            x = margin + j * (colw + 6 * mm)
            c.setStrokeColor(colors.HexColor("#9E9E9E"))
            c.setFillColor(colors.white)
            c.setLineWidth(0.6)
            c.roundRect(x, top - rh, colw, rh, 2 * mm, stroke=1, fill=1)
            if band:
                c.setFillColor(colors.HexColor(one_fill or FILLS[card.rag]))
                c.rect(x + 0.3 * mm, top - 6.5 * mm, colw - 0.6 * mm, 6.2 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
            else:
                c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 3 * mm, top - 4.6 * mm, f"{card.ref}   {card.status}")
            if badge:
                c.setFillColor(colors.white)
                c.setStrokeColor(colors.HexColor("#0D47A1"))
                c.setLineWidth(1.2)
                c.circle(x + colw - 6 * mm, top - 3.3 * mm, 3.6 * mm, stroke=1, fill=1)
                c.setFillColor(colors.HexColor("#0D47A1"))
                c.setFont("Helvetica-Bold", 9)
                c.drawCentredString(x + colw - 6 * mm, top - 4.5 * mm, card.rec)
            yy = top - 9 * mm
            for p in ps:
                _, ph = p.wrap(colw - 8 * mm, 100 * mm)
                p.drawOn(c, x + 3 * mm, yy - ph)
                yy -= ph + 1.4 * mm
        top -= rh + 5 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


def _donut(c: Canvas, cards: list[BandCard], margin: float, top: float) -> float:
    """A donut of the cards' statuses, their number in its hole, a legend beside it; returns
    the height under it."""
    statuses = list(dict.fromkeys((card.status, card.rag) for card in cards))
    n = len(cards)
    cx, cy, rad = margin + 30 * mm, top - 30 * mm, 24 * mm
    angle = 90.0
    for status, rag in statuses:
        share = sum(1 for card in cards if card.status == status) / n * 360
        c.setFillColor(colors.HexColor(FILLS[rag]))
        c.setStrokeColor(colors.white)
        c.wedge(cx - rad, cy - rad, cx + rad, cy + rad, angle, share, stroke=1, fill=1)
        angle += share
    c.setFillColor(colors.white)
    c.circle(cx, cy, rad * 0.55, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(cx, cy - 2 * mm, str(n))
    lx = cx + rad + 12 * mm
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(lx, cy + 20 * mm, "Where the cards stand")
    for k, (status, rag) in enumerate(statuses):
        count = sum(1 for card in cards if card.status == status)
        yy = cy + 12 * mm - k * 7 * mm
        c.setFillColor(colors.HexColor(FILLS[rag]))
        c.rect(lx, yy - 1 * mm, 4 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(lx + 6 * mm, yy, f"{status}  {count}  ({round(100 * count / n)}%)")
    return cy - rad - 10 * mm
