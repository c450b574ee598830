"""A cause-and-effect chart's notes read as actions. Each bone carries a small italic note, its
cause and who raised it ('Cause: only 14 of 14 partners attend reliably (raised by Jo Bloggs,
19 January 2026)'), wrapped where the drawing has room; two notes level with each other read as
one line, and the wrap of one ('(raised by ...)') came out as a card of its own, its only field
the other note: an action with no ref, no owner, no date, no status.

What is read now: such pieces (opening mid-sentence or with a bracket, no ref where the plan's
actions have one, no field an action is read by) are left out of the actions, and the plan
says so (plan_actions_doubtful names them); every real fix keeps its fields.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

B, R, IT = "Times-Bold", "Times-Roman", "Times-Italic"
# the page as the chart prints it: (x, top, font, size, text), fixes 1 and 3 above the spine
# and 2 below, each cause on its bone in small italics, wrapped
RUNS = [
    (39.7, 30.8, B, 15.0, "Why things went wrong and how we are fixing them"),
    (39.7, 53.3, R, 8.0, "Root-cause workshop held on 9 October 2025; 37 staff attended."),
    (107.2, 163.1, B, 9.0, "1.1"),
    (120.7, 163.1, R, 9.0, "Record the findings of every return home interview in a"),
    (389.3, 163.1, B, 9.0, "1.3"),
    (402.8, 163.1, R, 9.0, "Hold a monthly missing children panel chaired by the head of"),
    (107.2, 173.9, R, 9.0, "structured form that feeds the exploitation risk assessment"),
    (389.3, 173.9, R, 9.0, "safeguarding"),
    (107.2, 185.8, R, 7.0, "Bone owner: Head of Early Help \u00b7 Fix date: June 2nd, 2026 \u00b7 Hold:"),
    (296.8, 185.8, B, 7.0, "Unstarted"),
    (389.3, 185.8, R, 7.0,
     "Bone owner: Head of Virtual School \u00b7 Fix date: November 2nd, 2025 \u00b7 Hold:"),
    (606.1, 185.8, B, 7.0, "Shaky"),
    (107.2, 195.7, IT, 7.0, "Trace: Waiting on the new case management system"),
    (389.3, 195.7, IT, 7.0, "Trace: Work started; scoping meeting held with partners"),
    (112.9, 210.0, B, 7.0, "CAPACITY"),
    (395.0, 210.0, B, 7.0, "PRACTICE"),
    (226.0, 261.8, IT, 6.5, "Cause: only 14 of 14 partners attend reliably"),
    (508.0, 261.8, IT, 6.5, "Cause: 16 managers new in post this year"),
    (226.0, 269.6, IT, 6.5, "(raised by Philippa Ravensworth, 19 January"),
    (508.0, 269.6, IT, 6.5, "(raised by Evelyn Sutton, 20 January"),
    (226.0, 277.4, IT, 6.5, "2026)"),
    (508.0, 277.4, IT, 6.5, "2026)"),
    (629.3, 304.0, B, 8.5, "Recommendation 1:"),
    (704.4, 304.0, R, 8.5, "Strengthen the response to"),
    (629.3, 314.5, R, 8.5, "children who go missing from home or care, so"),
    (629.3, 325.0, R, 8.5, "that return home interviews are offered promptly"),
    (629.3, 335.5, R, 8.5, "and used to reduce risk"),
    (254.2, 363.9, IT, 6.5, "Cause: case notes entered up to 20 days late"),
    (254.2, 371.7, IT, 6.5, "(raised by Montague Ashby, 28"),
    (254.2, 379.5, IT, 6.5, "January 2026)"),
    (141.1, 432.5, B, 7.0, "PRACTICE"),
    (135.4, 449.8, B, 9.0, "1.2"),
    (148.9, 449.8, R, 9.0, "Commission an independent return home interview service that"),
    (135.4, 460.6, R, 9.0, "offers every child a conversation within seventy-two hours"),
    (135.4, 472.5, R, 7.0, "Bone owner: Head of Early Help \u00b7 Fix date: June 21st, 2026 \u00b7 Hold:"),
    (326.2, 472.5, B, 7.0, "Shaky"),
    (135.4, 482.4, IT, 7.0, "Trace: Work started; scoping meeting held with partners"),
    (39.7, 566.7, R, 7.5, "Council - cause and effect analysis"),
]  # fmt: skip
DOTS = [(100.2, 162.9, (0.62, 0.62, 0.62)), (382.2, 162.9, (0.88, 0.63, 0.0)),
        (128.4, 449.6, (0.88, 0.63, 0.0))]  # fmt: skip
WANT = [
    ("1.1", "Head of Early Help", "June 2nd, 2026"),
    ("1.2", "Head of Early Help", "June 21st, 2026"),
    ("1.3", "Head of Virtual School", "November 2nd, 2025"),
]


def _bone(run: tuple[float, float, str, float, str]) -> tuple[int, float]:
    """The drawing's order: the page's head lines, then each bone (its fix, category and cause)
    left above, right above, left below, then the head box."""
    x, top = run[0], run[1]
    if top < 100 or top > 550:
        return 0, top
    if x >= 620:
        return 4, top
    if top > 300:
        return 3, top
    return (1 if x < 380 else 2), top


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFillColorRGB(0.15, 0.2, 0.22)
    c.roundRect(620.8, h - 290.8 - 64.7, 187.1, 64.7, 6, stroke=0, fill=1)
    c.setStrokeColorRGB(0.15, 0.2, 0.22)
    c.setLineWidth(3)
    c.line(39.7, h - 323.1, 620.8, h - 323.1)
    c.setLineWidth(1.6)
    for x0, y0, x1, y1 in ((141.3, 221.1, 265.4, 323.1), (423.3, 221.1, 547.4, 323.1),
                           (169.5, 425.1, 293.6, 323.1)):  # fmt: skip
        c.line(x0, h - y0, x1, h - y1)
    for x, top, colour in DOTS:
        c.setFillColorRGB(*colour)
        c.circle(x, h - top - 3.9, 3.9, stroke=1, fill=1)
    # drawn bone by bone, as the chart is made: each fix's lines together, then the next's
    for x, top, font, size, text in sorted(RUNS, key=_bone):
        white = top > 300 and x > 620
        c.setFillColorRGB(*((1, 1, 1) if white else (0, 0, 0)))
        c.setFont(font, size)
        c.drawString(x, h - top - 0.683 * size, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_notes_wrap_is_no_action_and_is_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "causes.pdf"))
    got = [(a.ref, a.owner, a.due_raw) for a in result.actions]
    assert got == WANT
    # no note is an action: since plan_cards._titled_between a fix's bold numbered title opens
    # its card, so the notes' wraps no longer come out as cards here; where one still does,
    # without_stray_notes leaves it out and says so (plan_actions_doubtful)
    assert not any("(raised by" in (a.text or "") for a in result.actions)
    said = [w.message for w in result.warnings if w.code == "plan_actions_doubtful"]
    assert all("left out" in m for m in said if "(raised by" in m)
