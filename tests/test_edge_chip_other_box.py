"""A status word that ends a sentence in another box is no card's pill.

Bands of two boxes drawn by reportlab: at the left the actions as cards (bold ref and text,
'Lead: ... | Deadline: ...', 'Status: ...'), at the right a dark box stating the recommendation
('Recommendation 1' over its sentence). The first recommendation's sentence wraps so that its
last word, 'met', stands alone on a line whose top grazes the foot of the second card's first
line. edge_chips reads a status phrase level with a card's first line, at its right, as that
card's pill; 'met' is a status phrase, and any vertical overlap counted as level, so the word
was taken out of the recommendation's box, which then read as no box (recommendation 2 was
lost and its actions linked to 1). Level now means the pill's middle within the line's height.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

W, H = landscape(A4)
# number, [(ref, text, owner, due, status)], the recommendation's lines
BANDS = [
    ("1", [("1.1", "Agree a timeliness pathway for initial health assessments", "Head of Health",
            "31 Dec 2026", "On track"),
           ("1.2", "Commission a therapeutic service for children in care", "Service Manager",
            "31 Aug 2026", "Delayed"),
           ("1.3", "Train foster carers in understanding trauma and attachment",
            "Head of Fostering", "30 Jun 2026", "Completed")],
     ["Ensure that initial and review", "health assessments for children",
      "in care are completed on time", "and that their emotional health", "needs are", "met"]),
    ("2", [("2.1", "Hold exit interviews with every leaver and report the themes",
            "Head of Workforce", "30 Sep 2026", "On track"),
           ("2.2", "Offer a protected caseload to newly qualified social workers",
            "Head of Workforce", "31 Mar 2027", "Delayed")],
     ["Build a stable, permanent and", "skilled social work workforce",
      "and reduce reliance on agency", "staff"]),
]  # fmt: skip
GRAZED = 1  # the card whose first line the last word of recommendation 1 grazes


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 40, "Improvement plan: what we will do and why")
    top = H - 70
    for number, cards, rec in BANDS:
        height = 52 * len(cards) + 10
        c.roundRect(40, top - height, 360, height, 6)
        y = top - 16
        firsts = []
        for ref, text, owner, due, status in cards:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, ref)
            c.setFont("Helvetica", 9)
            c.drawString(70, y, text)
            firsts.append(y)
            c.setFont("Helvetica", 8)
            c.drawString(50, y - 13, f"Lead: {owner} | Deadline: {due}")
            c.drawString(50, y - 25, f"Status: {status}")
            y -= 52
        c.setFillColorRGB(0.12, 0.3, 0.37)
        c.setStrokeColorRGB(0.7, 0.75, 0.8)
        c.roundRect(600, top - height, 200, height, 6, fill=1, stroke=1)
        c.setFillColorRGB(1, 1, 1)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(610, top - 10, f"Recommendation {number}")
        c.setFont("Helvetica", 8)
        # the last line's top a point above the foot of the grazed card's first line
        last = firsts[GRAZED] - 4.0 if number == "1" else top - 22 - 10 * (len(rec) - 1)
        for i, line in enumerate(rec):
            c.drawString(610, last + 10 * (len(rec) - 1 - i), line)
        c.setFillColorRGB(0, 0, 0)
        top -= height + 30
    c.showPage()
    c.save()
    return buf.getvalue()


def test_last_word_of_a_box_beside_is_no_pill() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "bands.pdf"))
    recs = {r.id: r for r in plan.recommendations}
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert plan.recommendations[0].text.endswith("needs are met")
    got = {a.ref: a for a in plan.actions}
    rag = {"On track": "green", "Delayed": "amber", "Completed": "blue"}
    for number, cards, _ in BANDS:
        for ref, text, owner, _due, status in cards:
            assert got[ref].text == text, ref
            assert got[ref].owner == owner, ref
            assert got[ref].rag == rag[status], ref
            assert [recs[x].number for x in got[ref].recommendations] == [number], ref
