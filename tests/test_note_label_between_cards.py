"""A cause-and-effect chart whose notes print a label like the cards' fields ('Cause: ...' by
each bone, one a bone, so as often as the cards), set apart from the cards: a fix above the
spine and one below it, each a bold ref and its text over a strip of fields ('Bone owner: ..
· Fix date: .. · Hold: ..'), the recommendation's box between them.

The card reader found the notes' label to be the one opening the cards (it stands furthest
from the line above it), so the fields under the lower fix's title ran on in the second note's
card, its title was read as the note's wrap, and the fix was lost (said only as labelled lines
outside every card). Now a bold line led by a ref between two field lines is a card's title:
the field under it opens that card (plan_cards._titled_between), and both fixes are read.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

B, R, IT = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"
# (x, top, font, size, text) in the order the chart draws them: the head lines, the fix above
# the spine (title, fields, category, cause), the recommendation's box, the fix below
RUNS = [
    (39.8, 30.0, B, 15.0, "Why things went wrong and how we are fixing them"),
    (39.8, 54.2, R, 8.0, "Root-cause workshop held on 27 February 2025; 25 staff attended."),
    (203.3, 184.7, B, 9.0, "4.1"),
    (218.0, 184.7, R, 9.0, "Hold exit interviews with every leaver and report the themes"),
    (203.2, 196.6, R, 7.0,
     "Bone owner: Claire Whitby \u00b7 Fix date: September 16th, 2025 \u00b7 Hold: Closed out"),
    (208.9, 210.6, B, 7.0, "PROCESS"),
    (384.4, 266.4, IT, 6.5, "Cause: caseloads above 14 per worker in two teams (raised by Ambrose"),
    (383.9, 274.3, IT, 6.5, "Kettleborough, 22 June 2025)"),
    (629.5, 310.2, B, 8.5, "Recommendation 4: Build a stable, permanent"),
    (629.6, 322.5, R, 8.5, "and skilled social work workforce and reduce"),
    (629.3, 331.1, R, 8.5, "reliance on agency staff"),
    (440.8, 372.4, IT, 6.5,
     "Cause: case notes entered up to 3 days late (raised by Philippa Ravenscroft, 19 June 2025)"),
    (265.6, 433.1, B, 7.0, "CAPACITY"),
    (259.7, 450.7, B, 9.0, "4.2"),
    (274.4, 450.7, R, 9.0, "Offer a protected caseload and a structured programme to new staff"),
    (259.7, 462.5, R, 7.0,
     "Bone owner: Bethan Lloyd \u00b7 Fix date: July 19th, 2025 \u00b7 Hold: Closed out"),
    (39.7, 566.7, R, 7.5, "Council - cause and effect analysis"),
]  # fmt: skip
WANT = [
    ("4.1", "Hold exit interviews with every leaver and report the themes", "Claire Whitby",
     "September 16th, 2025"),
    ("4.2", "Offer a protected caseload and a structured programme to new staff", "Bethan Lloyd",
     "July 19th, 2025"),
]  # fmt: skip


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFillColorRGB(0.15, 0.2, 0.22)
    c.roundRect(620.8, h - 290.8 - 64.7, 187.1, 64.7, 6, stroke=0, fill=1)
    c.setStrokeColorRGB(0.15, 0.2, 0.22)
    c.setLineWidth(3)
    c.line(39.7, h - 323.1, 620.8, h - 323.1)
    for x, top, font, size, text in RUNS:
        white = 300 < top < 340 and x > 620
        c.setFillColorRGB(*((1, 1, 1) if white else (0, 0, 0)))
        c.setFont(font, size)
        c.drawString(x, h - top - 0.683 * size, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_fix_under_a_note_labelled_like_a_field_is_read() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "fishbone.pdf"))
    got = [(a.ref, a.text, a.owner, a.due_raw) for a in result.actions]
    assert got == WANT
    assert [a.rag for a in result.actions] == ["blue", "blue"]  # 'Closed out'
