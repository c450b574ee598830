"""A comic-strip plan: each action a panel whose lead promises the date in a speech bubble.

A storyboard draws each action as a panel: the action in a caption box, then a speech bubble
in which its lead promises when it will be done, in the first person and a sentence of the
lead's own words ('"We will have this in place by the 3rd of March 2027."'), the lead's name in
a tag under it; a few panels have a second bubble in which someone else asks about another
date, with a tag of their own. The promise is the action's due date and no part of its text;
the question and its tag are no part of the lead's name. Drawn with reportlab and read by the
whole pipeline."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STRIPS = [
    ("Recommendation 1: Improve the quality of supervision of social workers", [
        ("1.1", ["Audit twelve supervision records", "each month and report themes"],
         ["We will have this in place by", "the 3rd of March 2027."], "Helen Markham", None),
        ("1.2", ["Add a supervision timeliness", "measure to the weekly dashboard"],
         ["I'll get it done by 30 June", "2026."], "Owen Tremayne",
         (["Could the panel see it by the", "2nd of May 2026?"], "Cllr Rita Obi")),
        ("1.3", ["Train team managers in", "reflective supervision"],
         ["My team will deliver it by", "the end of September 2026."], "Ruth Kowalczyk", None),
    ]),
    ("Recommendation 2: Ensure health assessments for children in care are on time", [
        ("2.1", ["Commission a therapeutic service", "for children in care"],
         ["You can count on me for the", "14th of January 2027."], "Martin Hale",
         (["Is that before the review on", "the 9th of August 2026?"], "Aisha Banerjee")),
        ("2.2", ["Agree a pathway for initial", "health assessments"],
         ["We promise it by 31 October", "2026."], "Claire Whitby", None),
    ]),
]  # fmt: skip

WANT = {
    "1.1": ("Audit twelve supervision records each month and report themes", "Helen Markham",
            date(2027, 3, 3)),
    "1.2": ("Add a supervision timeliness measure to the weekly dashboard", "Owen Tremayne",
            date(2026, 6, 30)),
    "1.3": ("Train team managers in reflective supervision", "Ruth Kowalczyk",
            date(2026, 9, 30)),
    "2.1": ("Commission a therapeutic service for children in care", "Martin Hale",
            date(2027, 1, 14)),
    "2.2": ("Agree a pathway for initial health assessments", "Claire Whitby",
            date(2026, 10, 31)),
}  # fmt: skip

# each panel's status stamp, printed under the last tag (the asker's where a question is asked)
STATUS = {"1.1": "On track", "1.2": "Delayed", "1.3": "Off track", "2.1": "Off track",
          "2.2": "Complete"}  # fmt: skip
RAG = {"1.1": "green", "1.2": "amber", "1.3": "red", "2.1": "red", "2.2": "blue"}


def _bubble(c: canvas.Canvas, x: float, y: float, lines: list[str], fill: str) -> float:
    c.setFillColorRGB(*((1, 1, 1) if fill == "white" else (0.92, 0.94, 0.95)))
    h = 12 * len(lines) + 8
    c.roundRect(x, y - h, 150, h, 8, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Oblique", 8.5)
    for i, text in enumerate(lines):
        quoted = ("\u201c" if i == 0 else "") + text + ("\u201d" if i == len(lines) - 1 else "")
        c.drawString(x + 8, y - 13 - 12 * i, quoted)
    return y - h


def _storyboard(strips: list = STRIPS, tight: bool = False) -> bytes:
    """tight: the status stamp set just under the panel's last tag, not at the panel's foot."""
    buf = io.BytesIO()
    width, height = landscape(A4)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, height - 40, "Our improvement storyboard")
    top = height - 70
    for head, panels in strips:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, top, head)
        ptop = top - 12
        for n, (ref, caption, said, lead, asked) in enumerate(panels):
            x = 36 + n * 200
            c.rect(x, ptop - 200, 185, 200, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 8, ptop - 16, f"Panel {ref}")
            c.setFont("Helvetica", 9)
            for i, text in enumerate(caption):
                c.drawString(x + 8, ptop - 34 - 12 * i, text)
            y = _bubble(c, x + 25, ptop - 62, said, "white")
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 27, y - 11, f"Lead: {lead}")
            if asked is not None:
                y = _bubble(c, x + 10, y - 20, asked[0], "grey")
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x + 12, y - 11, f"Asked by: {asked[1]}")
            c.setFont("Helvetica-Bold", 8)
            foot = (y - 11 - (24 if asked is not None else 18)) if tight else ptop - 190
            c.drawString(x + 8, foot, f"Status: {STATUS[ref]}")
        top = ptop - 225
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_promise_is_the_due_date_and_the_question_no_owner() -> None:
    plan = extract_plan(parse_pdf_bytes(_storyboard(), "storyboard.pdf"))
    got = {a.ref: (a.text, a.owner, a.due_date) for a in plan.actions}
    assert got == WANT


def test_the_stamp_under_an_askers_tag_is_the_panels_status() -> None:
    """One question asked on the page: its tag is no label that recurs, so it is read with its
    question; the status stamp under it is the panel's own (it was taken for the tag's line and
    lost: 1.2 read unrated). The stamps sit just under the last tag, one field pitch down
    (the asker's tag further from the stamp than that pitch allows for a field); the second
    strip's question is left out."""
    strips = [STRIPS[0], (STRIPS[1][0], [(*p[:4], None) for p in STRIPS[1][1]])]
    plan = extract_plan(parse_pdf_bytes(_storyboard(strips, tight=True), "storyboard.pdf"))
    got = {a.ref: (a.text, a.owner, a.due_date, a.rag) for a in plan.actions}
    assert got == {ref: (*want, RAG[ref]) for ref, want in WANT.items()}
