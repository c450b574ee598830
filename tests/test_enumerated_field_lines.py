"""A plan drafted as legal clauses: the annex to a statutory direction. Page 1 is the direction
(recitals 'WHEREAS on <date> ...' and a signature block: no actions); then per recommendation a
bold heading, its text in quotes, 'The Council shall:', and per action a hanging clause '2.1
<text>' with its fields as numbered sub-paragraphs: '(a) Officer responsible: ...', '(b) Date
for compliance: the 15th day of March 2026', '(c) Commissioner's assessment: Some concerns',
'(d) Position statement: ...'.

What is read: every clause an action, its text whole; the enumerator is no part of a label;
labels no vocabulary holds are read by their value's type (a status word, a date, a sentence
that is the note); the legal date form is the day it names.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.enumerated_fields import field_line, value_role
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.normalise.dates import parse_due
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text, owner, due as printed, due iso, status as printed, colour, note or None
CLAUSES = [
    ("1.1", "Complete all contacts within twenty-four hours and record the reasons",
     "Head of Safeguarding", "the 15th day of March 2026", "2026-03-15", "On course", "green",
     None),
    ("1.2", "Publish a revised threshold document with partners and schools",
     "Service Manager, Front Door", "end of July 2025", "2025-07-31", "Discharged", "blue",
     "Published and circulated to every school"),
    ("2.1", "Train foster carers in understanding trauma and attachment",
     "Head of Fostering", "end of May 2026", "2026-05-31", "Some concerns", "amber", None),
    ("2.2", "Report health assessment timeliness monthly to the corporate parenting board",
     "Designated Nurse", "the 1st day of June 2026", "2026-06-01", "Not on course", "red",
     "No lead in post since the restructure"),
]  # fmt: skip
RECS = {
    "1": "Improve the timeliness of decisions at the front door",
    "2": "Ensure that health assessments for children in care are completed on time",
}


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 790, "DIRECTION")
    c.setFont("Helvetica", 10)
    y = 760
    # recitals numbered '(1)', '(2)' with a hanging indent: each reads as a 'number | sentence'
    # row, numbered as the recommendations are
    for number, lines in [
        ("(1)", ["WHEREAS on 15 December 2024 the Secretary of State was satisfied that",
                 "the Council was failing to perform to an adequate standard;"]),
        ("(2)", ["AND WHEREAS Jane Smith was appointed as Commissioner to review the",
                 "Council's progress and to report to the Secretary of State;"]),
    ]:  # fmt: skip
        c.drawString(60, y, number)
        for line in lines:
            c.drawString(95, y, line)
            y -= 14
    for line in [
        "Signed by authority of the Secretary of State",
        "Leonie Tranter",
        "Deputy Director, Children's Social Care Improvement",
        "15 December 2024",
    ]:
        c.drawString(60, y, line)
        y -= 14
    c.showPage()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 790, "ANNEX A: IMPROVEMENT ACTIONS REQUIRED UNDER THE DIRECTION")
    y = 760
    for number, rec in RECS.items():
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"Recommendation {number}")
        y -= 14
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(60, y, f"\u201c{rec}\u201d")
        y -= 18
        c.setFont("Helvetica", 10)
        c.drawString(60, y, "The Council shall:")
        y -= 16
        for ref, text, owner, due, _, status, _, note in CLAUSES:
            if not ref.startswith(f"{number}."):
                continue
            c.drawString(60, y, ref)
            c.drawString(95, y, text)
            y -= 13
            subs = [
                f"(a) Officer responsible: {owner}",
                f"(b) Date for compliance: {due}",
                f"(c) Commissioner's assessment: {status}",
            ]
            if note:
                subs.append(f"(d) Position statement: {note}")
            for sub in subs:
                c.drawString(95, y, sub)
                y -= 13
            y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def test_each_clause_is_an_action_with_its_numbered_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "direction.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    want = {ref: (text, owner, iso, colour) for ref, text, owner, _, iso, _, colour, _ in CLAUSES}
    assert got == want
    notes = {a.ref: a.progress for a in result.actions}
    assert notes == {ref: note for ref, *_, note in CLAUSES}


def test_recitals_and_signature_block_are_no_actions() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "direction.pdf"))
    texts = " ".join(a.text for a in result.actions)
    assert "WHEREAS" not in texts and "Leonie Tranter" not in texts
    assert {a.owner for a in result.actions} == {owner for _, _, owner, *_ in CLAUSES}


def test_enumerator_is_no_part_of_a_label_and_own_labels_are_typed_by_value() -> None:
    def known(text: str) -> bool:
        return text.lower().startswith("officer responsible:")

    assert field_line("(a) Officer responsible: Head of Service", known) == (
        "Officer responsible: Head of Service"
    )
    assert field_line("(b) Date for compliance: end of March 2026", known) == (
        "Due: end of March 2026"
    )
    assert field_line("(iii) Compliance position: Some concerns", known) == "Status: Some concerns"
    assert field_line("(d) Council's account: Two posts filled", known) == (
        "Note: Two posts filled"
    )
    # an enumerated line of ordinary text, no label: left as printed
    assert field_line("(a) the Council shall report monthly", known) == (
        "(a) the Council shall report monthly"
    )
    assert value_role("Not yet due") == "rag"
    assert value_role("the 15th day of March 2026") == "due"
    assert value_role("Two posts filled since the restructure") is None


def test_legal_dates_and_statuses_in_the_one_normalisers() -> None:
    assert str(parse_due("the 15th day of March 2026")) == "2026-03-15"
    assert str(parse_due("15th of March 2026")) == "2026-03-15"
    assert str(parse_due("end of March 2026")) == "2026-03-31"
    assert normalise_rag("Not on course") == "red"
    assert normalise_rag("On course") == "green"
    assert normalise_rag("Discharged") == "blue"
    assert normalise_rag("Not yet due") is None


def test_heading_over_quoted_text_is_the_recommendation_not_the_recitals() -> None:
    """'Recommendation 1' in bold, its text quoted on the next line: recommendation 1 with the
    quoted words; the recitals numbered (1), (2) before them state no recommendation."""
    result = extract_plan(parse_pdf_bytes(_pdf(), "direction.pdf"))
    assert {r.number: r.text for r in result.recommendations} == RECS
