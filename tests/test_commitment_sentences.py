"""Actions written as commitment sentences: the date and the owner woven into the sentence.

A plan with no table for its actions: per recommendation a heading, the recommendation in
italics, a bold lead-in, then one hanging-indented numbered paragraph per action that OPENS
with who and when ('2.1<tab>By 31 March 2027, the Head of Service, Fostering will: <text>'),
closes with its status as a bracketed word in bold in its RAG colour ('[At risk]'), and in
some cases has an italic update under it ('Board update: <note>'). The opening clause gives the
due date (as printed, bar 'By' and the article) and the owner (bar the article 'the' a post
takes in a sentence); the text is what the sentence says they will do.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_prose import opening_who_when, read_fields
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the quality of supervision so that social workers reflect on children's plans",
    "2": "Strengthen the response to children at risk of exploitation outside the home",
}
# ref (decimal, letter), opening who-and-when as printed, text, owner read, due_raw read,
# due date, status word, its colour, RAG read, update
ACTIONS = [
    ("1.1", "1a", "By 30 April 2027, the Principal Social Worker will:",
     "Publish a supervision standard and audit twenty supervision records each quarter",
     "Principal Social Worker", "30 April 2027", "2027-04-30", "On track", "#2e7d32", "green",
     "Standard drafted; consultation with team managers under way"),
    ("1.2", "1b", "By the end of June 2027, Priya Natarajan will:",
     "Train every team manager in reflective supervision and record attendance",
     "Priya Natarajan", "end of June 2027", "2027-06-30", "At risk", "#c77700", "amber", None),
    ("2.1", "2a", "By 15 January 2027, the Head of Service, Adolescent Support will:",
     "Set up a weekly multi-agency meeting on children missing from education",
     "Head of Service, Adolescent Support", "15 January 2027", "2027-01-15", "Off track",
     "#c62828", "red", "Chair not yet appointed; escalated to the board"),
    ("2.2", "2b", "By the end of September 2027, the Exploitation Lead will:",
     "Map the places where children are found and share the analysis with the police",
     "Exploitation Lead", "end of September 2027", "2027-09-30", "Complete", "#1565c0", "blue",
     None),
]  # fmt: skip


def _ref(action: tuple[object, ...], numbered: str) -> str:
    return str(action[0] if numbered == "decimal" else action[1])


def _sentence(action: tuple[str, ...], order: str) -> str:
    """The action's sentence: who and when opening it ('By <date>, <owner> will: <text>'), or
    the owner first and the date after the text ('The <post> will <text> by <date>')."""
    _, _, lead, text, owner, due, *_ = action
    if order == "when-first":
        return f"{lead} {text}"
    post = ", the " in lead
    date = f"the {due}" if due.startswith("end of") else due
    return f"{'The ' if post else ''}{owner} will {text[0].lower()}{text[1:]} by {date}"


def _plan_pdf(numbered: str, order: str = "when-first") -> bytes:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Times-Roman", fontSize=10.5,
                          leading=13.5)  # fmt: skip
    item = ParagraphStyle("item", parent=body, leftIndent=26, bulletIndent=0, spaceBefore=4,
                          bulletFontName="Times-Bold")  # fmt: skip
    note = ParagraphStyle("note", parent=body, leftIndent=26, fontName="Times-Italic",
                          fontSize=9, leading=11)  # fmt: skip
    heading = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=13,
                             textColor="#2f5597", spaceBefore=10)  # fmt: skip
    story: list[object] = [
        Paragraph("How we will respond to the inspection of children's services", styles["Title"]),
        Paragraph("Each commitment below says what will be done, by whom and by when. The word in"
                  " brackets after it is where it stood at the last board meeting.", body),
    ]  # fmt: skip
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}", heading))
        story.append(Paragraph(f"<i>{rec}</i>", body))
        story.append(Paragraph("<b>We will:</b>", body))
        for action in ACTIONS:
            _, _, lead, text, _, _, _, status, colour, _, update = action
            if not str(action[0]).startswith(number):
                continue
            line = f'{_sentence(action, order)} <b><font color="{colour}">[{status}]</font></b>'
            story.append(Paragraph(line, item, bulletText=_ref(action, numbered)))
            if update:
                story.append(Paragraph(f"Board update: {update}", note))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build(story)
    return buf.getvalue()


def _expected(numbered: str) -> list[tuple[object, ...]]:
    return [(_ref(a, numbered), a[3], a[4], a[5], a[6], a[9], a[10], [a[0][0]]) for a in ACTIONS]


def test_commitment_sentences_owner_first_in_a_pdf() -> None:
    """'The <post> will <text> by <date> [status]': the owner before the verb, the date after
    the text's last 'by'."""
    plan = extract_plan(parse_pdf_bytes(_plan_pdf("decimal", "owner-first"), "plan.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    expected = [(*x[:1], f"{x[1][0].lower()}{x[1][1:]}", *x[2:]) for x in _expected("decimal")]
    assert _read(plan.actions, numbers) == expected


def _read(actions: list, numbers: dict[str, str]) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [
        (a.ref, a.text, a.owner, a.due_raw, str(a.due_date), a.rag, a.progress,
         [numbers[r] for r in a.recommendations])
        for a in actions
    ]  # fmt: skip


@pytest.mark.parametrize("numbered", ["decimal", "letter"])
def test_commitment_sentences_in_a_pdf(numbered: str) -> None:
    plan = extract_plan(parse_pdf_bytes(_plan_pdf(numbered), "plan.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _read(plan.actions, numbers) == _expected(numbered)
    codes = {w.code for w in plan.warnings}
    assert not codes & {"plan_no_actions", "plan_owners_unread", "plan_due_dates_unread"}


def test_commitment_sentences_read_from_the_docx(tmp_path: Path) -> None:
    """The same plan as a Word file: the number, a tab, the sentence, the status word in bold
    in its colour; the update an italic paragraph of its own."""
    d = docx.Document()
    d.add_heading("How we will respond to the inspection of children's services", 0)
    d.add_paragraph("Each commitment below says what will be done, by whom and by when.")
    for number, rec in RECS.items():
        d.add_heading(f"Recommendation {number}", 1)
        d.add_paragraph().add_run(rec).italic = True
        d.add_paragraph().add_run("We will:").bold = True
        for action in ACTIONS:
            ref, letter, lead, text, _, _, _, status, colour, _, update = action
            if not ref.startswith(number):
                continue
            para = d.add_paragraph()
            para.paragraph_format.left_indent = Pt(26)
            para.paragraph_format.first_line_indent = Pt(-26)
            para.add_run(f"{letter}\t").bold = True
            para.add_run(f"{lead} {text} ")
            run = para.add_run(f"[{status}]")
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())
            if update:
                note = d.add_paragraph()
                note.paragraph_format.left_indent = Pt(26)
                note.add_run(f"Board update: {update}").italic = True
    d.save(str(tmp_path / "plan.docx"))
    result = extract_file(tmp_path / "plan.docx")
    numbers = {r.id: r.number for r in result.recommendations}
    assert _read(result.actions, numbers) == _expected("letter")


@pytest.mark.parametrize(
    ("body", "text", "owner", "due"),
    [
        ("By 31 March 2027, the Head of Service, Fostering will: Recruit ten new foster carers",
         "Recruit ten new foster carers", "Head of Service, Fostering", "31 March 2027"),
        ("By the end of May 2026, Tom Ellery will review every plan", "review every plan",
         "Tom Ellery", "end of May 2026"),
        ("By March 2026, Will Jones will: audit the front door [On track]",
         "audit the front door", "Will Jones", "March 2026"),
        # the other order: the owner, printed as a name or a post, then the date after 'by'
        ("The Head of Service, Fostering will recruit ten carers by the end of June 2027.",
         "recruit ten carers", "Head of Service, Fostering", "end of June 2027"),
        ("DCS will publish the standard by 31/03/2027", "publish the standard", "DCS",
         "31/03/2027"),
        ("Tom Ellery will check plans by sampling and report by June 2026",
         "check plans by sampling and report", "Tom Ellery", "June 2026"),
        # no one named before the verb, or no deadline after 'by'
        ("We will publish the plan by March 2026", None, None, None),
        ("The Council will agree the budget by May 2026", None, None, None),
        ("Partners will be told by letter", None, None, None),
        # no date in the clause before 'will': the action's own words, no owner read
        ("The service will improve the timeliness of assessments by March 2026", None, None, None),
        ("We will: publish the plan (DCS, May 2026)", None, None, None),
        # a sentence before the verb: the clause that opens the text names no one
        ("Review the plan. By March 2026 the board will report", None, None, None),
    ],
)  # fmt: skip
def test_opening_who_and_when(
    body: str, text: str | None, owner: str | None, due: str | None
) -> None:
    opening = opening_who_when(body)
    if owner is None:
        assert opening is None
        return
    assert opening is not None
    assert (opening.owner, opening.due) == (owner, due)
    found = read_fields(body)
    assert (found.text, found.fields["owner"], found.fields["due"]) == (text, owner, due)


def test_commitment_sentences_as_bullets_in_a_pdf() -> None:
    """The same sentences as a bulleted list under each lead-in (no numbers): read as
    commitments, who and when from the sentence, the status from its closing brackets, the
    update line under an item its note."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10)
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=6)
    note = ParagraphStyle("note", parent=item, fontName="Helvetica-Oblique", fontSize=9)
    story: list[object] = [Paragraph("Our response to the inspection", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"<b>Recommendation {number}</b>", body))
        story.append(Paragraph(f"<i>{rec}</i>", body))
        story.append(Paragraph("<b>We will:</b>", body))
        for action in ACTIONS:
            _, _, lead, text, _, _, _, status, colour, _, update = action
            if action[0].startswith(number):
                line = f'{lead} {text} <b><font color="{colour}">[{status}]</font></b>'
                story.append(Paragraph(line, item, bulletText="•"))
                if update:
                    story.append(Paragraph(f"Board update: {update}", note))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    assert _read(plan.actions, numbers) == [(None, *x[1:]) for x in _expected("decimal")]
