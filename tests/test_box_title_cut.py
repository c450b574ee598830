"""Cards drawn free on a page, side by side (a cause-and-effect chart's fixes at the ends of
its bones): the left fix's two-line title ('1.1 Commission ... with a' / 'waiting time of
under six weeks') stands a little further apart than its fields, and the right fix's title
opens level with that gap. The box grid cut the left title's numbered first line into a box
of its own, so the card read its wrap alone as its title: an action of no ref ('waiting time
of under six weeks', said as doubtful) and the fix 1.1 missed.

Now a box's title takes the line above the box whose sentence its first line carries on
(plan_cards._box_title with _runs_on: lower case, the same edge, a line's spacing down).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

B, R, IT = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"
# (x, top, font, size, text): two fixes above the spine, one below, the recommendation's box
RUNS = [
    (39.8, 30.0, B, 15.0, "Why things went wrong and how we are fixing them"),
    (39.8, 54.2, R, 8.0, "Root-cause workshop held on 24 February 2026; 21 staff attended."),
    (107.8, 147.2, B, 9.0, "1.1"),
    (122.5, 147.2, R, 9.0, "Commission a therapeutic service for children in care with a"),
    (107.4, 160.1, R, 9.0, "waiting time of under six weeks"),
    (107.3, 169.9, R, 7.0,
     "Mended by: Workforce Development Lead \u00b7 Fix date: May 7th, 2026 \u00b7 Grip: Giving"),
    (107.4, 179.7, B, 7.0, "way"),
    (107.7, 188.2, IT, 7.0, "What we found: No lead in post since the restructure; escalated to"),
    (107.2, 196.4, IT, 7.0, "the board"),
    (389.9, 166.4, B, 9.0, "1.3"),
    (404.6, 166.4, R, 9.0, "Train foster carers in understanding trauma and attachment"),
    (389.4, 178.2, R, 7.0,
     "Mended by: Service Manager, Care Leavers \u00b7 Fix date: April 6th, 2027 \u00b7 Grip: Closed"),
    (389.5, 186.9, B, 7.0, "out"),
    (389.8, 196.6, IT, 7.0, "What we found: Completed and embedded in practice"),
    (113.0, 210.6, B, 7.0, "PARTNERS"),
    (395.2, 210.6, B, 7.0, "SYSTEMS"),
    (629.5, 304.8, B, 8.5, "Recommendation 1: Ensure that health"),
    (629.3, 317.2, R, 8.5, "assessments for children in care are"),
    (629.5, 325.8, R, 8.5, "completed on time"),
    (141.5, 433.1, B, 7.0, "CAPACITY"),
    (136.0, 450.7, B, 9.0, "1.2"),
    (150.7, 450.7, R, 9.0, "Agree a timeliness pathway for initial health assessments with"),
    (135.6, 462.5, R, 9.0, "the designated doctor"),
    (135.5, 473.3, R, 7.0,
     "Mended by: Head of Safeguarding \u00b7 Fix date: April 24th, 2027 \u00b7 Grip: Firm"),
    (135.9, 483.1, IT, 7.0, "What we found: First cohort completed; second cohort booked"),
    (39.7, 566.7, R, 7.5, "Council - cause and effect analysis"),
]  # fmt: skip
WANT = [
    ("1.1", "Commission a therapeutic service for children in care with a waiting time of "
     "under six weeks", "Workforce Development Lead", "May 7th, 2026"),
    ("1.2", "Agree a timeliness pathway for initial health assessments with the designated "
     "doctor", "Head of Safeguarding", "April 24th, 2027"),
    ("1.3", "Train foster carers in understanding trauma and attachment",
     "Service Manager, Care Leavers", "April 6th, 2027"),
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


def test_a_title_cut_from_its_box_keeps_its_first_line() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "fishbone.pdf"))
    got = sorted((a.ref or "", a.text, a.owner, a.due_raw) for a in result.actions)
    assert got == WANT
