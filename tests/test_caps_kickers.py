"""A category in capitals over each fix of a cause-and-effect chart ('PROCESS', 'CAPACITY' at a
bone's end, just above the fix's ref and text). Where two fixes stand side by side below the
spine, their categories read as the first line of their titles: 'PROCESS 1.2 Expand ...'. The
ref of such a fix went unread (it fell out of the plan's order, unlinked) or stayed in the text
with the category, and the status dot before the title was missed (the title read from the
category's line).

What is read now: a text opening with words in capitals and then a ref in parts, in a plan
whose actions carry such refs, gives that ref and the text after it (caps_kickers); the dot is
looked for along the whole title's height (title_marks), so each fix keeps its status.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

B, R, IT = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"
# the page as the chart prints it, bone by bone: (x, top, font, size, text)
RUNS = [
    (39.7, 30.6, B, 15.0, "Why things went wrong and how we are fixing them"),
    (39.7, 53.2, R, 8.0, "Root-cause workshop held on 6 August 2026; 44 staff attended."),
    (107.2, 154.7, B, 9.0, "1.1"),
    (122.2, 154.7, R, 9.0, "Provide direct work resources and tools to every social"),
    (107.2, 165.5, R, 9.0, "work team"),
    (107.2, 177.3, R, 7.0, "Bone owner: David Osei \u00b7 Mend by: September 11th, 2027 \u00b7 Stability:"),
    (322.8, 177.3, B, 7.0, "Closed"),
    (107.2, 185.7, B, 7.0, "out"),
    (107.2, 195.6, IT, 7.0, "What we found: Audit shows improvement in most records"),
    (112.9, 209.9, B, 7.0, "CAPACITY"),
    (226.0, 261.8, IT, 6.5, "Cause: case notes entered up to 19 days"),
    (226.0, 269.6, IT, 6.5, "late (raised by Serena"),
    (226.0, 277.4, IT, 6.5, "Delacroix-Hurst, 6 November 2026)"),
    (389.3, 163.1, B, 9.0, "1.3"),
    (404.3, 163.1, R, 9.0, "Record children's views in their own words at every"),
    (389.3, 173.9, R, 9.0, "review meeting"),
    (389.3, 185.7, R, 7.0, "Bone owner: Joseph Mensah \u00b7 Mend by: April 15th, 2027 \u00b7 Stability:"),
    (599.8, 185.7, B, 7.0, "Firm"),
    (389.3, 195.6, IT, 7.0, "What we found: recruitment campaign launched and interviews booked"),
    (395.0, 209.9, B, 7.0, "PEOPLE"),
    (508.0, 261.8, IT, 6.5, "Cause: 13 agency staff covering"),
    (508.0, 269.6, IT, 6.5, "permanent posts (raised by Evelyn"),
    (508.0, 277.4, IT, 6.5, "Sutton, 19 December 2026)"),
    (141.1, 432.4, B, 7.0, "PROCESS"),
    (135.4, 449.7, B, 9.0, "1.2"),
    (150.5, 449.7, R, 9.0, "Expand the children in care council and set up a younger"),
    (135.4, 460.5, R, 9.0, "members' group"),
    (135.4, 472.4, R, 7.0, "Bone owner: Leon Fairweather \u00b7 Mend by: June 16th, 2027 \u00b7 Stability:"),
    (352.2, 472.4, B, 7.0, "Firm"),
    (135.4, 482.3, IT, 7.0, "What we found: recruitment campaign launched and interviews booked"),
    (254.2, 359.9, IT, 6.5, "Cause: 17 agency staff covering"),
    (254.2, 367.7, IT, 6.5, "permanent posts (raised by Cllr"),
    (254.2, 375.5, IT, 6.5, "Margaret Fenwick, 13 September"),
    (254.2, 383.3, IT, 6.5, "2026)"),
    (423.2, 432.4, B, 7.0, "CAPACITY"),
    (417.5, 449.7, B, 9.0, "1.4"),
    (432.5, 449.7, R, 9.0, "Ensure independent reviewing officers meet each child"),
    (417.5, 460.5, R, 9.0, "before their review"),
    (417.5, 472.4, R, 7.0, "Bone owner: David Osei \u00b7 Mend by: June 6th, 2027 \u00b7 Stability:"),
    (610.1, 472.4, B, 7.0, "Shaky"),
    (417.5, 482.3, IT, 7.0, "What we found: Recruitment under way; two posts filled"),
    (536.2, 363.8, IT, 6.5, "Cause: 14 managers new in post this"),
    (536.2, 371.6, IT, 6.5, "year (raised by Philippa Ravensworth, 18"),
    (536.2, 379.4, IT, 6.5, "September 2026)"),
    (629.3, 303.9, B, 8.5, "Recommendation 1:"),
    (712.9, 303.9, R, 8.5, "Make sure that"),
    (629.3, 314.4, R, 8.5, "children's wishes and feelings are sought,"),
    (629.3, 324.9, R, 8.5, "recorded and visibly influence the plans"),
    (629.3, 335.4, R, 8.5, "made for them"),
    (39.7, 566.7, R, 7.5, "Council - cause and effect analysis"),
]  # fmt: skip
# each fix's status dot: centre x, top, fill (blue: closed out, green: firm, amber: shaky)
DOTS = [(100.1, 154.5, (0.08, 0.4, 0.75)), (382.2, 162.9, (0.18, 0.49, 0.2)),
        (128.4, 449.6, (0.18, 0.49, 0.2)), (410.4, 449.6, (0.88, 0.63, 0.0))]  # fmt: skip
WANT = [
    ("1.1", "Provide direct work resources and tools to every social work team", "blue"),
    ("1.2", "Expand the children in care council and set up a younger members' group", "green"),
    ("1.3", "Record children's views in their own words at every review meeting", "green"),
    ("1.4", "Ensure independent reviewing officers meet each child before their review", "amber"),
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setFillColorRGB(0.15, 0.2, 0.22)
    c.roundRect(620.8, h - 290.8 - 64.7, 187.1, 64.7, 6, stroke=0, fill=1)
    c.setStrokeColorRGB(0.15, 0.2, 0.22)
    c.setLineWidth(3)
    c.line(39.7, h - 323.1, 620.8, h - 323.1)
    for x, top, colour in DOTS:
        c.setFillColorRGB(*colour)
        c.circle(x, h - top - 3.95, 3.95, stroke=1, fill=1)
    for x, top, font, size, text in RUNS:
        c.setFillColorRGB(*((1, 1, 1) if top > 300 and x > 620 else (0, 0, 0)))
        c.setFont(font, size)
        c.drawString(x, h - top - 0.718 * size, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_category_over_the_title_leaves_the_ref_and_the_status() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "kickers.pdf"))
    assert [(a.ref, a.text, a.rag) for a in result.actions] == WANT
