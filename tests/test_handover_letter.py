"""A plan handed over in a letter: no action table. Each recommendation is a sentence ('On
recommendation 2, the inspectors asked us to "..."'), each action a hanging paragraph opening
with its bold ref and no label ('2(a) <action>. <owner> has this one; it is promised for <due>,
and I would call it <status>. The latest I have: <update>'), the owner said BEFORE the phrase
that names it. The letter's opening and closing paragraphs name other people and dates.

What is read: every action with its ref, first-sentence text, owner, due date (the close of a
month read as its last day, an ordinal day), status in plain words and its update, linked to
its recommendation; the same from the PDF (wrapped lines at a hanging indent) as from the Word
document; the letter's people and dates stay out.
"""

from __future__ import annotations

import io
import textwrap

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.spoken_actions import read_said
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.readers.docx import parse_docx_bytes

OPENING = (
    "As promised, here is where I am leaving the improvement plan. The Improvement Board next"
    " meets on 8 August 2026 and the next monitoring visit is expected around 1 October 2026."
    " Saoirse Adeyemi in the PMO keeps the master copy."
)
RECS = [
    (
        "On recommendation 1, the inspectors asked us to “Make sure that children's wishes and"
        " feelings are sought and recorded” There are these pieces of work:",
        [
            (
                "1(a)",
                "Record children's views in their own words at every review meeting. Ruth"
                " Kowalczyk has this one; the Board expects it by the close of April 2027, and I"
                " would describe it as wobbling. The latest I have: Delayed by staff turnover;"
                " revised plan agreed",
            ),
            (
                "1(b)",
                "Invite young inspectors to review services twice a year. Leon Fairweather is"
                " the person to ask; it is promised for the 15th of November 2026, and my honest"
                " view is that it is not begun.",
            ),
        ],
    ),
    (
        "On recommendation 2, the inspectors asked us to “Improve the multi-agency response to"
        " children at risk of exploitation” There are these pieces of work:",
        [
            (
                "2(a)",
                "Appoint two specialist exploitation social workers. Priya Nandakumar holds"
                " this; we committed to the close of June 2026, and I would call it finished.",
            ),
            (
                "2(b)",
                "Map the places where missing children are found. Tom Ellery has this one; the"
                " Board expects it by the close of March 2027, and I would call it stuck.",
            ),
        ],
    ),
]
CLOSING = (
    "Tobias Greenhalgh has been generous with his time and will brief you on 3 September 2026."
    " My PA, Yetunde Marchetti, has set up our handover call."
)
EXPECTED = {
    "1(a)": ("Ruth Kowalczyk", "2027-04-30", "amber", "1"),
    "1(b)": ("Leon Fairweather", "2026-11-15", None, "1"),
    "2(a)": ("Priya Nandakumar", "2026-06-30", "blue", "2"),
    "2(b)": ("Tom Ellery", "2027-03-31", "red", "2"),
}


def _pdf() -> bytes:
    """The letter as a word processor prints it: hanging paragraphs, the ref in bold."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 790.0

    def para(text: str, x: float = 72, width: int = 92) -> None:
        nonlocal y
        for line in textwrap.wrap(text, width):
            c.drawString(x, y, line)
            y -= 14
        y -= 8

    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "Redhaven Council")
    y -= 30
    c.setFont("Helvetica", 10)
    para("16 July 2026")
    para("Dear Desmond,")
    para(OPENING)
    for rec, actions in RECS:
        para(rec)
        for ref, text in actions:
            lines = textwrap.wrap(text, 84)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, ref)
            c.setFont("Helvetica", 10)
            c.drawString(105, y, lines[0])
            y -= 14
            for line in lines[1:]:
                c.drawString(105, y, line)
                y -= 14
            y -= 8
    para(CLOSING)
    para("With very best wishes,")
    para("Wilhelmina Osei, Interim Director of Children's Services")
    c.save()
    return buf.getvalue()


def _docx() -> bytes:
    """The same letter as its Word document: each action a paragraph, ref bold then a tab."""
    d = docx.Document()
    for text in ("Redhaven Council", "16 July 2026", "Dear Desmond,", OPENING):
        d.add_paragraph(text)
    for rec, actions in RECS:
        d.add_paragraph(rec)
        for ref, text in actions:
            p = d.add_paragraph()
            p.add_run(ref).bold = True
            p.add_run("\t" + text)
    for text in (CLOSING, "With very best wishes,", "Wilhelmina Osei"):
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _read(result: PlanExtraction) -> dict[str, tuple[str | None, str | None, str | None, str]]:
    numbers = {r.id: r.number for r in result.recommendations}
    return {
        a.ref: (
            a.owner,
            a.due_date.isoformat() if a.due_date else None,
            a.rag,
            ",".join(numbers[r] for r in a.recommendations),
        )
        for a in result.actions
    }


def test_owner_said_before_its_phrase_is_read() -> None:
    read = read_said(
        "3(c) Audit twelve records. Claire Whitby is the person to ask; it is promised for the"
        " close of December 2026, and my honest view is that it is not begun. Where it stands:"
        " scoping done"
    )
    assert read == (
        "3(c)",
        "Audit twelve records",
        {
            "owner": "Claire Whitby",
            "due": "the close of December 2026",
            "rag": "not begun",
            "progress": "scoping done",
        },
    )
    assert read_said("2. We met on the 4th April 2027. It was a good meeting.") is None


def test_letter_pdf_actions_read_with_fields_and_links() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "letter.pdf"))
    recs = {r.number: r.text for r in result.recommendations}
    assert recs == {
        "1": "Make sure that children's wishes and feelings are sought and recorded",
        "2": "Improve the multi-agency response to children at risk of exploitation",
    }
    assert _read(result) == EXPECTED
    texts = {a.ref: a.text for a in result.actions}
    assert texts["1(a)"] == "Record children's views in their own words at every review meeting"
    progress = {a.ref: a.progress for a in result.actions}
    assert progress["1(a)"] == "Delayed by staff turnover; revised plan agreed"
    owners = {a.owner for a in result.actions}
    assert not owners & {"Saoirse Adeyemi", "Tobias Greenhalgh", "Yetunde Marchetti"}


def test_letter_docx_reads_as_its_pdf() -> None:
    from_docx = extract_plan(parse_docx_bytes(_docx(), "letter.docx", "0"))
    assert _read(from_docx) == EXPECTED
    from_pdf = extract_plan(parse_pdf_bytes(_pdf(), "letter.pdf"))
    assert {a.ref: a.text for a in from_docx.actions} == {a.ref: a.text for a in from_pdf.actions}
