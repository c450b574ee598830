"""Action fields given in a margin note: numbered action paragraphs with no table, each with a note
of small grey type in the left or right margin (owner, due date, status, one a line) whose first
line is level with the paragraph's first line, and an update line under the paragraph.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_margin_notes import read_margin_notes
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Raise the quality of assessments and plans for children in need",
    "2": "Strengthen the response to children who go missing from home or care",
}
# ref, text (one or two printed lines), owner, due, due read, status, RAG read, update
ACTIONS = [
    ("1.1", ["Include identity and cultural needs prompts in the assessment form"],
     "Fatima Rahman", "02/05/2027", "2027-05-02", "Amber", "amber", "Work started"),
    ("1.2", ["Introduce a practice standard that every assessment includes the child's own",
             "words and a chronology"],
     "Bethan Lloyd", "30/11/2026", "2026-11-30", "Complete", "blue", "Draft agreed by partners"),
    ("2.1", ["Map the places where missing children are found and share the analysis"],
     "Sian Pritchard", "31/12/2026", "2026-12-31", "Not yet started", None, "Scoping to begin"),
    ("2.2", ["Hold a monthly missing children panel chaired by the head of safeguarding"],
     "Tom Ellery", "31/08/2027", "2027-08-31", "Red", "red", "No lead in post"),
]  # fmt: skip


def _plan(side: str, stray: bool = False, overleaf: bool = False, labels: bool = False) -> bytes:
    """Paragraphs in 9.5pt, notes in 7.5pt grey, set flush left in the right margin or flush
    right in the left margin; the body column moves right of a left margin."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    left = 162.0 if side.startswith("left") else 46.0
    y = 780.0
    c.setFont("Times-Bold", 16)
    c.drawString(46, y, "Council: Ofsted Improvement Plan")
    y -= 24
    c.setFont("Times-Roman", 9.5)
    c.drawString(46, y, "Each action is numbered by the recommendation it answers; the note beside")
    y -= 12
    c.drawString(46, y, "it gives the officer who leads it, the date it is due and its RAG rating.")
    for number, rec in RECS.items():
        y -= 26
        c.setFont("Times-Bold", 11.5)
        c.drawString(46, y, f"Recommendation {number}")
        y -= 14
        c.setFont("Times-Italic", 9.5)
        c.drawString(46, y, rec)
        for ref, text, owner, due, _, status, _, update in ACTIONS:
            if not ref.startswith(f"{number}."):
                continue
            y -= 24
            top = y
            c.setFont("Times-Bold", 9.5)
            c.drawString(left, y, ref)
            c.setFont("Times-Roman", 9.5)
            c.drawString(left + 16, y, text[0])
            for more in text[1:]:
                y -= 13
                c.drawString(left, y, more)
            y -= 12
            c.setFont("Times-Italic", 8.5)
            c.drawString(left, y, f"Update this period: {update}")
            c.setFillColorRGB(0.44, 0.44, 0.44)
            shown = [owner, due, status]
            if labels:  # a note that names its fields
                heads = ("Lead", "Due", "RAG")
                shown = [f"{head}: {value}" for head, value in zip(heads, shown, strict=True)]
            for k, field in enumerate(shown):
                c.setFont("Times-Bold" if k == 2 else "Times-Roman", 7.5)
                at = top - 9 * k
                if side == "right":
                    c.drawString(448, at, field)
                elif side == "left":
                    c.drawRightString(148, at, field)
                elif side == "right, flush right":
                    c.drawRightString(550, at, field)
                else:  # left, flush left
                    c.drawString(40, at, field)
            c.setFillColorRGB(0, 0, 0)
    if overleaf:  # the last action alone at the head of the next page, its note beside it
        c.showPage()
        c.setFont("Times-Bold", 9.5)
        c.drawString(left, 800, "2.3")
        c.setFont("Times-Roman", 9.5)
        c.drawString(left + 16, 800, "Commission an independent return home interview service")
        c.setFont("Times-Roman", 7.5)
        c.setFillColorRGB(0.44, 0.44, 0.44)
        for k, field in enumerate(["Grace Adebayo", "31/01/2027", "Green"]):
            if side == "right":
                c.drawString(448, 801 - 9 * k, field)
            else:
                c.drawRightString(148, 801 - 9 * k, field)
    if stray:  # a note with no paragraph level with it (its action not read)
        c.setFont("Times-Roman", 7.5)
        for k, field in enumerate(["Grace Adebayo", "31/01/2027", "Green"]):
            c.drawString(448, 200 - 9 * k, field)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("side", ["right", "left", "right, flush right", "left, flush left"])
def test_a_margin_note_gives_the_fields_of_the_paragraph_level_with_it(side: str) -> None:
    doc = parse_pdf_bytes(_plan(side), f"margin-{side}.pdf")
    plan = extract_plan(doc)
    got = [
        (a.ref, a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in plan.actions
    ]
    assert got == [
        (ref, " ".join(text), owner, due_read, rag)
        for ref, text, owner, _, due_read, _, rag, _ in ACTIONS
    ]
    assert [a.progress for a in plan.actions] == [update for *_, update in ACTIONS]
    assert [r.text for r in plan.recommendations] == list(RECS.values())


def test_a_page_without_a_margin_of_notes_is_left_as_it_is() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Times-Roman", 9.5)
    for k in range(8):
        c.drawString(46, 780 - 14 * k, f"{k + 1}.1 A numbered paragraph of body text, line {k}")
    c.setFont("Times-Roman", 7.5)
    c.drawString(448, 600, "Source: annual survey")
    c.drawString(448, 591, "Figures rounded")
    c.save()
    assert read_margin_notes(parse_pdf_bytes(buf.getvalue(), "plain.pdf")) == (None, [])


def test_a_note_no_paragraph_is_level_with_is_said() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan("right", stray=True), "stray.pdf"))
    assert [a.owner for a in plan.actions] == [owner for _, _, owner, *_ in ACTIONS]
    said = [w for w in plan.warnings if w.code == "plan_notes_unpaired"]
    assert len(said) == 1 and said[0].page == 1 and said[0].message.startswith("1 note(s)")


@pytest.mark.parametrize("side", ["right", "left"])
def test_a_page_with_one_note_is_read_in_the_margin_the_other_pages_set(side: str) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(side, overleaf=True), f"overleaf-{side}.pdf"))
    last = plan.actions[-1]
    assert len(plan.actions) == len(ACTIONS) + 1
    assert (last.ref, last.owner, last.due_raw, last.rag) == (
        "2.3",
        "Grace Adebayo",
        "31/01/2027",
        "green",
    )


def test_a_margin_note_that_names_its_fields_is_read_as_well() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan("right", labels=True), "labelled.pdf"))
    got = [(a.ref, a.owner, a.due_raw, a.rag) for a in plan.actions]
    assert got == [(ref, owner, due, rag) for ref, _, owner, due, _, _, rag, _ in ACTIONS]
