"""A staff briefing, one page per recommendation, drawn as numbered titled boxes: '1 Background',
'2 What Ofsted said' (the recommendation's text), '3 Why it matters', '4 Who is leading this'
(a sponsor: prose) and '5 What we are doing' (per action a bold '2a <text>' line, then
'Lead: <owner>  When: <due>  RAG: <status>'). The page's recommendation number is printed on
its title line ('... - Recommendation 2').

What is read: each page's recommendation from the box titled as quoting the inspection, with the
number the page states (not the box's panel number, not '4 Who is leading this'); the page's
actions linked to it; the first action's text without the action box's title. A page that states
no number is numbered by its box's place, with a warning.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the regularity and quality of management oversight for social workers",
     [("1a", "Add a supervision timeliness measure to the weekly dashboard", "Grace Adebayo",
       "3rd May 2026", "2026-05-03", "Done"),
      ("1b", "Publish a revised supervision standard with a recording template", "Martin Hale",
       "26th September 2026", "2026-09-26", "Red: behind")]),
    ("2", "Ensure that strategy discussions involve police, health and social care",
     [("2a", "Escalate any strategy discussion held without police to the service manager",
       "Fatima Rahman", "30th June 2026", "2026-06-30", "Green: on course"),
      ("2b", "Revise the strategy discussion template so the decision is recorded",
       "Tom Ellery", "31st March 2027", "2027-03-31", "Amber: watch")]),
]  # fmt: skip

W, H = landscape(A4)


def _box(
    c: canvas.Canvas, x: float, y: float, w: float, h: float, title: str, lines: list[str]
) -> None:
    """A rounded box with its numbered title and its text lines; y: the box's top."""
    c.setStrokeColor(HexColor("#1b7f86"))
    c.roundRect(x, y - h, w, h, 8, stroke=1, fill=0)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x + 14, y - 18, title)
    c.setFont("Helvetica", 10)
    for k, text in enumerate(lines):
        c.drawString(x + 10, y - 40 - 12 * k, text)


def _pdf(numbered: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    for number, rec, actions in RECS:
        c.setFont("Helvetica-Bold", 11)
        title = "7 minute briefing: our improvement plan"
        c.drawString(30, H - 40, f"{title} - Recommendation {number}" if numbered else title)
        top = H - 70
        words = rec.split()
        half = len(words) // 2
        _box(c, 28, top, 255, 150, "1 Background",
             ["Ofsted inspected our services for children in June 2025.",
              "They made 2 recommendations."])  # fmt: skip
        _box(c, 294, top, 255, 150, "2 What Ofsted said",
             [" ".join(words[:half]), " ".join(words[half:])])  # fmt: skip
        _box(c, 560, top, 255, 150, "3 Why it matters",
             ["Inspectors will look at this first when they come back."])  # fmt: skip
        _box(c, 560, top - 160, 255, 140, "4 Who is leading this",
             ["Senior sponsor: Perpetua Saltmarsh. Progress is reported",
              "to the Children's Leadership Team every month."])  # fmt: skip
        if numbered:  # under the emblem between the boxes
            c.setFont("Helvetica-Bold", 10)
            c.drawString(380, top - 260, f"Recommendation {number}")
        y0 = top - 320
        c.roundRect(294, y0 - 170, 521, 170, 8, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(308, y0 - 18, "5 What we are doing")
        y = y0 - 40
        for ref, text, owner, due, _iso, status in actions:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(303, y, f"{ref} {text}")
            y -= 14
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(303, y, "Lead:")
            c.setFont("Helvetica", 8.5)
            c.drawString(330, y, owner)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(430, y, "When:")
            c.setFont("Helvetica", 8.5)
            c.drawString(460, y, due)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(580, y, "RAG:")
            c.setFont("Helvetica", 8.5)
            c.drawString(605, y, status)
            y -= 22
        c.showPage()
    c.save()
    return buf.getvalue()


def test_each_page_box_quoting_the_inspection_is_its_recommendation() -> None:
    out = extract_plan(parse_pdf_bytes(_pdf(), "briefing.pdf"))
    recs = {r.number: r for r in out.recommendations}
    assert set(recs) == {"1", "2"}
    assert [recs[n].text for n, _, _ in RECS] == [rec for _, rec, _ in RECS]
    by_text = {a.text: a for a in out.actions}
    for number, _rec, actions in RECS:
        for ref, text, owner, _due, iso, _status in actions:
            a = by_text[text]  # the first action without '5 What we are doing' before it
            assert a.ref == ref
            assert a.owner == owner
            assert str(a.due_date) == iso
            assert a.recommendations == [recs[number].id]
    assert not [w for w in out.warnings if w.code == "plan_said_box_unnumbered"]


def test_a_page_stating_no_number_is_numbered_by_place_with_a_warning() -> None:
    out = extract_plan(parse_pdf_bytes(_pdf(numbered=False), "briefing.pdf"))
    assert [(r.number, r.text) for r in out.recommendations] == [(n, t) for n, t, _ in RECS]
    said = [w for w in out.warnings if w.code == "plan_said_box_unnumbered"]
    assert [w.page for w in said] == [1, 2]
