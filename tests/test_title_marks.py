"""A cause-and-effect chart drawn on the canvas, a page per recommendation: the recommendation in
a box at the right end of a spine, each fix at the end of a bone above or below it, led by a
coloured dot (its status), its ref and text, then one small line of fields parted by middle dots
whose status label and words no vocabulary holds ('Hold: Shaky'), and an italic note.

The card reader read each fix as a card, but its status twice unread: the words are the plan's
own and the dot, drawn before the title, was nobody's; the plan passed as unrated. What is read
now: the dots' colours, in two status hues or more, are the cards' statuses; the label whose
words follow them is the status column (a grey dot, 'Unstarted', says no colour), and no
warning names its words unread.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLOURS = {  # the dot's fill for each of the plan's own status words
    "Firm": (0.18, 0.49, 0.2),
    "Shaky": (0.88, 0.63, 0.0),
    "Giving way": (0.78, 0.16, 0.16),
    "Closed out": (0.08, 0.4, 0.75),
    "Unstarted": (0.62, 0.62, 0.62),
}
RAG = {
    "Firm": "green",
    "Shaky": "amber",
    "Giving way": "red",
    "Closed out": "blue",
    "Unstarted": None,
}

# recommendation, [(ref, text, owner, due, status)]
RECS = [
    ("Improve the timeliness of decisions at the front door so that children get help quickly",
     [("1.1", "Record the findings of every return home interview in a structured form",
       "Head of Early Help", "June 2nd, 2026", "Unstarted"),
      ("1.2", "Commission an independent return home interview service for every child",
       "Head of Early Help", "June 21st, 2026", "Shaky"),
      ("1.3", "Hold a monthly missing children panel chaired by the head of safeguarding",
       "Head of Virtual School", "November 2nd, 2025", "Firm"),
      ("1.4", "Publish a revised threshold document with partners and schools",
       "Service Manager, Front Door", "March 14th, 2027", "Giving way")]),
    ("Strengthen management oversight of casework and the quality of supervision",
     [("2.1", "Agree a joint protocol with the police on attendance at strategy discussions",
       "Head of Safeguarding", "October 31st, 2026", "Closed out"),
      ("2.2", "Run a multi-agency audit of thirty strategy discussions and share the learning",
       "Principal Social Worker", "April 30th, 2026", "Shaky"),
      ("2.3", "Train every team manager in reflective supervision",
       "Head of Workforce", "January 15th, 2027", "Firm")]),
]  # fmt: skip


def _card(c: canvas.Canvas, x: float, y: float, action: tuple[str, ...]) -> None:
    ref, text, owner, due, status = action
    c.setFillColorRGB(*COLOURS[status])
    c.setStrokeColorRGB(0.27, 0.35, 0.39)
    c.circle(x - 7, y + 3, 3.9, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(x, y, ref)
    c.setFont("Helvetica", 9)
    lines, line = [], ""
    for word in text.split():  # wrapped to the bone's end: the fix beside it starts at +280
        if c.stringWidth(f"{ref}  {line} {word}", "Helvetica", 9) > 250:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    c.drawString(x + 16, y, lines[0])
    for k, ln in enumerate(lines[1:], start=1):
        c.drawString(x, y - 11 * k, ln)
    y -= 11 * (len(lines) - 1)
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.drawString(x, y - 11, f"Bone owner: {owner} \u00b7 Fix date: {due} \u00b7 Hold: {status}")
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(x, y - 21, "Trace: work has begun with partners")


def _pdf() -> bytes:
    buf = io.BytesIO()
    w, h = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(w, h))
    for n, (rec, actions) in enumerate(RECS, start=1):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, h - 50, "Why things went wrong and how we are fixing them")
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(40, h - 66, "Root-cause workshop held on 9 October 2025; 37 staff attended.")
        c.setFillColorRGB(0.15, 0.2, 0.22)
        c.roundRect(620, h / 2 - 32, 190, 64, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8.5)
        words, line, lines = rec.split(), "", []
        for word in [f"Recommendation {n}:", *words]:
            if c.stringWidth(f"{line} {word}", "Helvetica-Bold", 8.5) > 175:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        for k, ln in enumerate(lines):
            c.drawString(628, h / 2 + 18 - 11 * k, ln)
        c.setStrokeColorRGB(0.15, 0.2, 0.22)
        c.setLineWidth(3)
        c.line(40, h / 2, 620, h / 2)
        c.setLineWidth(1.6)
        # fixes 1 and 3 above the spine, 2 and 4 below: read row by row, 1, 3, 2, 4
        spots = [(110, h / 2 + 150), (110, h / 2 - 130), (390, h / 2 + 150), (390, h / 2 - 130)]
        for action, (x, y) in zip(actions, spots, strict=False):
            c.setStrokeColorRGB(0.15, 0.2, 0.22)
            c.line(x + 40, y + (-30 if y > h / 2 else 30), x + 160, h / 2)
            c.setFont("Helvetica-Bold", 7)
            c.setFillColorRGB(0.47, 0.56, 0.61)
            c.drawString(x + 5, y + (-62 if y > h / 2 else 40), "PROCESS")
            _card(c, x, y, action)
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(40, 30, f"Council - cause and effect analysis   {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_each_fix_is_rated_by_the_dot_before_its_title() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "fishbone.pdf"))
    got = {a.ref: (a.owner, a.due_raw, a.rag) for a in result.actions if a.ref}
    want = {
        ref: (owner, due, RAG[status]) for _, acts in RECS for ref, _, owner, due, status in acts
    }
    assert got == want
    codes = {w.code for w in result.warnings}
    assert "plan_status_unread" not in codes  # the words are read by their dots
    assert not [w for w in result.warnings if "'Hold'" in w.message]  # the label was placed
