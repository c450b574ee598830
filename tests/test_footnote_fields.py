"""Action fields given only in foot notes: a committee paper numbers each action under its
section ('2.1.1 <action>') and ends it in a superscript mark; the owner, due date and status are
in the note that mark points to, in small type at the foot of the page.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_footnotes import resolve_footnotes, unpaired_notes
from plantrace.pipeline.reader import parse_pdf_bytes

LEFT = 63.0
RECS = {
    "1": "Reduce delay in achieving permanence for children in care",
    "2": "Make sure that children's wishes and feelings are sought and recorded",
}
# ref as printed, text, owner, due as printed, due read, status, RAG read
ACTIONS = [
    ("2.1.1", "Recruit twenty additional foster carers through a targeted campaign",
     "Head of Safeguarding", "31 August 2026", "2026-08-31", "completed", "blue"),
    ("2.1.2", "Hold a permanence planning meeting for every child by their second review",
     "Designated Nurse", "31 May 2027", "2027-05-31", "off track", "red"),
    ("2.2.1", "Expand the children in care council and set up a younger members' group",
     "Head of Quality Assurance", "30 September 2027", "2027-09-30", "at risk", "amber"),
]  # fmt: skip


def _marked(c: canvas.Canvas, y: float, text: str, mark: str) -> None:
    """A body line ending in a superscript mark glued to its last word."""
    c.setFont("Helvetica", 10.5)
    c.drawString(LEFT, y, text)
    c.setFont("Helvetica", 6.4)
    c.drawString(LEFT + stringWidth(text, "Helvetica", 10.5), y + 4, mark)


def _paper() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, y, "Council: Report to Children's Scrutiny Committee")
    y -= 28
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(LEFT, y, "1. Purpose of the report")
    y -= 20
    c.setFont("Helvetica", 10.5)
    c.drawString(
        LEFT, y, "1.1 To update the Committee on the action plan agreed after the inspection."
    )
    y -= 28
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(LEFT, y, "2. Progress against the recommendations")
    mark = 0
    for number, rec in RECS.items():
        y -= 26
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(LEFT, y, f"Recommendation {number}")
        y -= 18
        c.setFont("Helvetica-Oblique", 10.5)
        c.drawString(LEFT + 17, y, rec)
        for ref, text, *_ in ACTIONS:
            if ref.split(".")[1] != number:
                continue
            y -= 22
            mark += 1
            _marked(c, y, f"{ref} {text}", str(mark))
    c.line(LEFT, 150, LEFT + 150, 150)
    y = 138.0
    for k, (_, _, owner, due, _, status, _) in enumerate(ACTIONS, start=1):
        c.setFont("Helvetica", 6.4)
        c.drawString(LEFT, y + 3, str(k))
        c.setFont("Helvetica", 8)
        c.drawString(LEFT + 6, y, f"Lead: {owner}; Deadline: {due}; RAG: {status}.")
        y -= 10
    c.drawString(280, 30, "Page 1")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_footnote_fields_are_read_with_their_actions() -> None:
    doc = parse_pdf_bytes(_paper(), "paper.pdf")
    plan = extract_plan(doc)
    got = [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [
        (ref[2:], text, owner, due_date, rag) for ref, text, owner, _, due_date, _, rag in ACTIONS
    ]
    # the section's number is taken off ('2.1.1' is recommendation 1's first action)
    assert [a.recommendations for a in plan.actions] == [["r1"], ["r1"], ["r2"]]
    assert [r.number for r in plan.recommendations] == ["1", "2"]


def test_notes_that_do_not_pair_with_marks_are_left_as_printed() -> None:
    """A page with more notes than marked lines (a marked line lost) is not guessed: it warns."""
    doc = parse_pdf_bytes(_paper(), "paper.pdf")
    page = doc.pages[0]
    marked = [ln for ln in page.lines if ln.text.startswith("2.1.2")]
    page.lines.remove(marked[0])
    assert resolve_footnotes(doc) is None
    warned = unpaired_notes(doc)
    assert [(w.code, w.page) for w in warned] == [("plan_notes_unpaired", 1)]
    assert "3 note(s)" in warned[0].message and "2 line(s)" in warned[0].message
