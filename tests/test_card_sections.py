"""A phone app's list of action cards, then a 'MEASURES' heading and measure cells under it: the
heading ends the last card, and the measures ('Start: x · Now: y · Goal: z') are KPI rows, not
actions (card_sections)."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

CARDS = [
    ("#101", "Publish a revised supervision standard", "Grace Adebayo", "Wed 24 Jun 2026", "Done"),
    ("#102", "Audit twelve supervision records each month", "Tom Ellery", "Wed 14 Oct 2026", "Late"),
    ("#103", "Train foster carers in understanding trauma", "Claire Whitby", "Tue 31 Mar 2026",
     "Done"),
    ("#104", "Hold exit interviews with every leaver", "David Osei", "Mon 5 Apr 2027", "Late"),
]  # fmt: skip
MEASURES = [
    ("Average caseload per social worker", "22", "19", "16"),
    ("Return home interviews offered within 72 hours", "70.8%", "35.8%", "92%"),
    ("Care leavers in education, employment or training", "30%", "56%", "65%"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(283, 800))  # a phone-width page
    y = 770.0
    c.setFont("Helvetica-Bold", 9)
    c.drawString(17, y, "REC 1")
    c.setFont("Helvetica", 10)
    c.drawString(17, y - 10, "Improve management oversight of social work practice")
    y -= 34
    for ref, title, owner, due, status in CARDS:
        c.setFont("Helvetica", 8.7)
        c.drawString(17, y, ref)
        c.setFont("Helvetica-Bold", 8.7)
        c.drawRightString(261, y, status)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(17, y - 9, title)
        c.setFont("Helvetica", 9)
        c.drawString(17, y - 20, f"Owner: {owner} · Due: {due}")
        y -= 46
    c.setFont("Helvetica-Bold", 9)
    c.drawString(17, y, "MEASURES")
    y -= 18
    for name, start, now, goal in MEASURES:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(17, y, name)
        c.setFont("Helvetica", 9)
        c.drawString(17, y - 9, f"Start: {start} · Now: {now} · Goal: {goal}")
        y -= 28
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_heading_ends_the_cards_and_the_measures_are_kpis() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "app.pdf"))
    got = [(a.owner, a.due_raw) for a in result.actions]
    assert got == [(owner, due) for _, _, owner, due, _ in CARDS]  # no measure is an action
    assert not any("MEASURES" in (a.due_raw or "") for a in result.actions)
    kpis = {
        k.indicator: tuple(q.raw if q else None for q in (k.baseline, k.latest, k.target))
        for k in result.kpis
    }
    assert kpis == {name: (start, now, goal) for name, start, now, goal in MEASURES}
