"""Update lines under numbered action paragraphs, labelled in a council's own words.

A report to a committee or a board sets each action out as a numbered paragraph ending in who
and when, then a line of update under it: a note and a rating, each after a label of the
council's own ('Latest from the team: ... | Confidence: Minor slippage'). No vocabulary holds
such labels; the line is the action's update by where it is (right under the paragraph, not
left of it) and by its shape (labelled clauses), and its status is the clause whose value the
RAG normaliser reads, a colour before a bare progress state.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_prose import read_update
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Make sure that children in care have up-to-date health assessments",
    "2": "Improve the stability of placements for children in care",
}
# ref, text, owner, due, update line as printed (None: no line), RAG read, progress read
ACTIONS = [
    ("1.1", "Agree a pathway for initial health assessments with the designated doctor",
     "Designated Nurse", "March 2026",
     "Latest from the team: Two workshops held with health partners | Confidence: Minor slippage",
     "amber", "Two workshops held with health partners"),
    ("1.2", "Report health assessment timeliness every month to the corporate parenting panel",
     "Head of Children in Care", "June 2026",
     "Headline: Not started. Direction of travel: On track", "green", "Not started"),
    ("2.1", "Recruit twelve more foster carers for older children and sibling groups",
     "Fostering Service Manager", "December 2026", None, None, None),
    ("2.2", "Hold a stability meeting for every child whose placement is at risk",
     "Head of Children in Care", "September 2026",
     "Direction of travel: Off track", "red", None),
]  # fmt: skip
EXPECTED = [(ref, text, owner, rag, progress) for ref, text, owner, _, _, rag, progress in ACTIONS]


def _pdf(lines: dict[str, str] | None = None) -> bytes:
    """A board paper: a heading per priority, numbered paragraphs ending in a bracket naming
    who and when, each with an update line in italics under it, indented further; lines: an
    action's update line printed so, in place of its own."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=styles["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13, spaceBefore=8)  # fmt: skip
    update = ParagraphStyle("u", parent=body, fontName="Helvetica-Oblique", leftIndent=18,
                            spaceBefore=2)  # fmt: skip
    story: list[object] = [
        Paragraph("Eastmere Borough Council: Improvement Board, 12 March 2026", styles["Title"]),
        Paragraph("This paper sets out where each of the agreed actions has got to.", body),
    ]
    for number, rec in RECS.items():
        story.append(Paragraph(f"Area for improvement {number}: {rec}", styles["Heading3"]))
        for ref, text, owner, due, line, _, _ in ACTIONS:
            if ref.startswith(number):
                story.append(Paragraph(f"{ref} {text} (lead: {owner}, by {due}).", body))
                line = (lines or {}).get(ref, line)
                if line:
                    story.append(Paragraph(line, update))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def test_update_lines_in_the_councils_own_words() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "board.pdf"))
    got = [(a.ref, a.text, a.owner, a.rag, a.progress) for a in plan.actions]
    assert got == EXPECTED
    assert [str(a.due_date) for a in plan.actions] == [
        "2026-03-31", "2026-06-30", "2026-12-31", "2026-09-30"
    ]  # fmt: skip


def test_a_note_label_left_blank() -> None:
    """An action's note label printed with nothing after it (the paper's template, the update
    not yet written): no progress is read (not the label itself: the whole of a note opening
    with no update label is the progress only under a fields line of its own); the update
    lines of the other actions still give their status, clause by clause."""
    plan = extract_plan(parse_pdf_bytes(_pdf({"2.1": "Progress update:"}), "board.pdf"))
    got = [(a.ref, a.text, a.owner, a.rag, a.progress) for a in plan.actions]
    assert got == EXPECTED


def test_update_lines_read_from_the_docx(tmp_path: Path) -> None:
    """The same paper in Word, read from its own file: each update line's clauses parted by a
    tab, as a council sets a rating off from the note."""
    d = docx.Document()
    d.add_heading("Eastmere Borough Council: Improvement Board", 0)
    for number, rec in RECS.items():
        d.add_paragraph().add_run(f"Area for improvement {number}: {rec}").bold = True
        for ref, text, owner, due, line, _, _ in ACTIONS:
            if ref.startswith(number):
                d.add_paragraph(f"{ref} {text} (lead: {owner}, by {due}).")
                if line:
                    d.add_paragraph(line.replace(" | ", "\t")).runs[0].italic = True
    d.save(str(tmp_path / "board.docx"))
    result = extract_file(tmp_path / "board.docx")
    got = [(a.ref, a.text, a.owner, a.rag, a.progress) for a in result.actions]
    assert got == EXPECTED


def test_read_update_clause_by_clause() -> None:
    # a status label the vocabulary knows wins over a clause that only reads as one
    assert read_update("Rating: Amber. Commentary: On track for the summer") == {
        "rag": "Amber", "progress": "On track for the summer"
    }  # fmt: skip
    # a sentence that uses a status word is a note, not the status
    assert read_update("Where we are: Delayed because the post was vacant for three months") == {
        "progress": "Delayed because the post was vacant for three months"
    }


def test_update_lines_under_commitment_bullets() -> None:
    """Bullets ending in who and when, each with an update line of its own labels under it:
    the line is the bullet's update, not more of its text (which would hide its who and when)."""
    base = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=base["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13, spaceBefore=6)  # fmt: skip
    bullet = ParagraphStyle("l", parent=body, leftIndent=18, bulletIndent=6)
    update = ParagraphStyle("u", parent=bullet, fontName="Helvetica-Oblique", spaceBefore=1)
    story: list[object] = [Paragraph("Report to Cabinet: our improvement plan", base["Title"])]
    items = {
        "1": [("Introduce a single assessment framework", "Head of Early Help, March 2026",
               "Where things stand: Two pilots done | Confidence: Minor slippage"),
              ("Audit twelve assessments every month", "Principal Social Worker, June 2026",
               "Confidence: On track")],
        "2": [("Publish a revised supervision standard", "Service Manager, Assessment, October 2026",
               "Where things stand: Draft agreed. Confidence: Off track")],
    }  # fmt: skip
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}: {rec}", base["Heading2"]))
        story.append(Paragraph("We will:", body))
        for text, who_when, line in items[number]:
            story.append(Paragraph(f"{text} ({who_when})", bullet, bulletText="•"))
            story.append(Paragraph(line, update))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "cabinet.pdf"))
    assert [(a.text, a.owner, str(a.due_date), a.rag, a.progress) for a in plan.actions] == [
        ("Introduce a single assessment framework", "Head of Early Help", "2026-03-31", "amber",
         "Two pilots done"),
        ("Audit twelve assessments every month", "Principal Social Worker", "2026-06-30", "green",
         None),
        ("Publish a revised supervision standard", "Service Manager, Assessment", "2026-10-31",
         "red", "Draft agreed"),
    ]  # fmt: skip
