"""A plan in sections (workstreams), each section's head naming the recommendations it answers
('Ofsted recommendation 3. ...', 'Ofsted recommendation 4. ...') over its cards: the second
section's list opens at 3, not 1, and is still read, so the actions numbered D3.x and D4.x
link to recommendations 3 and 4."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

FONT = 10.0
RECS = {
    "1": "Improve the regularity and quality of management oversight for social workers",
    "2": "Improve the timeliness of education, health and care plans for children in care",
    "3": "Improve the timeliness and consistency of decisions at the front door",
    "4": "Reduce delay in achieving permanence for children in care, including adoption",
}
SECTIONS = [
    ("Workstream 1: Voice of the child", ["1", "2"]),
    ("Workstream 2: Leadership and governance", ["3", "4"]),
]
OWNERS = ["Ruth Kowalczyk", "Leon Fairweather", "Claire Whitby"]


def _pdf(tight: bool = False) -> bytes:
    """tight: the head's recommendation lines set as one paragraph (no space between)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, "Improvement programme: workstream charters")
    y -= 30
    k = 0
    for title, recs in SECTIONS:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, y, title)
        y -= 18
        c.setFont("Helvetica", FONT)
        c.drawString(60, y, "Chair: Esperanza Whitlow. Members: Ngozi Penrose, Torquil Makinde.")
        y -= 22  # the word processor's space after each paragraph
        c.drawString(60, y, "This workstream addresses:")
        y -= 22
        c.setFont("Helvetica-Oblique", FONT)
        for n in recs:
            c.drawString(72, y, f"Ofsted recommendation {n}. {RECS[n]}")
            y -= 13 if tight else 22
        y -= 9 if tight else 0
        y -= 6
        c.setFont("Helvetica-Bold", FONT)
        c.drawString(60, y, "Deliverables")
        y -= 18
        for n in recs:
            for m in (1, 2):
                c.setFont("Helvetica-Bold", FONT)
                c.drawString(60, y, f"D{n}.{m} Deliver part {m} of the work on recommendation {n}")
                y -= 14
                c.setFont("Helvetica", FONT)
                owner = OWNERS[k % len(OWNERS)]
                c.drawString(60, y, f"Delivery lead: {owner}")
                c.drawString(250, y, f"Checkpoint: Dec-2{6 + m}")
                c.drawString(360, y, "Confidence: High")
                k += 1
                y -= 20
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_section_head_listing_recommendations_from_three_is_read() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "sections.pdf"))
    got = {r.number: r.text for r in result.recommendations}
    assert got == RECS


def test_each_action_links_to_the_recommendation_its_section_answers() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "sections.pdf"))
    number = {r.id: r.number for r in result.recommendations}
    got = {a.ref: [number[x] for x in a.recommendations] for a in result.actions}
    want = {f"D{n}.{m}": [n] for _, recs in SECTIONS for n in recs for m in (1, 2)}
    assert got == want


def test_a_head_listing_three_and_four_in_one_paragraph_is_a_list_not_one_heading() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(tight=True), "sections.pdf"))
    got = {r.number: r.text for r in result.recommendations}
    assert got == RECS
