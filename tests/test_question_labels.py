"""Field labels phrased as questions are read by what they ask (extractors/question_labels.py)."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.question_labels import answered_question, question_role
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes


def test_question_labels_read_by_what_they_ask() -> None:
    assert question_role("Who is leading this?") == "owner"
    assert question_role("Who will make sure it happens?") == "owner"
    assert question_role("By when?") == "due"
    assert question_role("When will this be finished?") == "due"
    assert question_role("Are we on track?") == "rag"
    assert question_role("How is it going?") == "rag"
    assert question_role("What has happened so far?") == "progress"
    assert question_role("Any news?") == "progress"


def test_questions_asking_no_field_name_none() -> None:
    assert question_role("What did Ofsted say about the front door?") is None
    assert question_role("What are we doing about it?") is None
    assert question_role("Lead officer") is None


def test_some_delays_is_amber() -> None:
    assert normalise_rag("Some delays") == "amber"


# --- a plan printed as questions and answers (ReportLab, flowing text) -----------------------


# ref, action, owner, due as printed, status, update (None: no update line)
ACTIONS = [
    ("1.1", "Set up a daily virtual strategy meeting slot for partners", "Bethan Lloyd",
     "February 2028", "Going well", "First cohort completed; second cohort booked"),
    ("1.2", "Escalate strategy discussions held without a health representative", "David Osei",
     "August 2027", "Some delays", "Recruitment under way; two posts filled"),
    ("1.3", "Revise the strategy discussion template so decisions are recorded", "Helen Markham",
     "December 2027", "Finished", None),
]  # fmt: skip


def _qa_pdf() -> bytes:
    """A Q&A plan: a general question (a distractor), the recommendation's question and its
    quoted answer, then each action in bold with its fields under bold questions, indented."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 790.0

    def put(text: str, x: float = 57, bold: bool = False, value: str = "") -> None:
        nonlocal y
        font = "Helvetica-Bold" if bold else "Helvetica"
        c.setFont(font, 10)
        c.drawString(x, y, text)
        if value:
            c.setFont("Helvetica", 10)
            c.drawString(x + c.stringWidth(text, font, 10) + 3, y, value)
        y -= 15.5

    put("Q1. Why has Ofsted asked us to improve?", bold=True)
    put("Ofsted inspected our services and found that some things need to get better.")
    put("Q2. What did Ofsted say about multi-agency strategy discussions?", bold=True)
    put("Ofsted's recommendation 1 was: \u201cEnsure that strategy discussions involve police,")
    put("health and children's social care\u201d")
    put("Q3. What are we doing about it?", bold=True)
    for ref, text, owner, due, status, update in ACTIONS:
        put(f"{ref} {text}", x=74, bold=True)
        put("Who is responsible?", x=91, bold=True, value=owner)
        put("When will this be finished?", x=91, bold=True, value=due)
        put("How are we doing?", x=91, bold=True, value=status)
        if update:
            put("What have we done?", x=91, bold=True, value=update)
    put("Q4. How can I get involved?", bold=True)
    put("Tell your manager, who collects ideas every week.")
    c.save()
    return buf.getvalue()


def test_answered_question_is_a_field_not_a_heading() -> None:
    assert answered_question("Who is responsible? Helen Markham")
    assert not answered_question("What are we doing about it?")
    assert not answered_question("What did Ofsted say? Plenty")


def test_qa_plan_actions_read_under_bold_question_labels() -> None:
    result = extract_plan(parse_pdf_bytes(_qa_pdf(), "faq.pdf"))
    by_ref = {a.ref: a for a in result.actions}
    assert sorted(by_ref) == ["1.1", "1.2", "1.3"]  # the general Q&As are no actions
    for ref, text, owner, _due, _status, update in ACTIONS:
        action = by_ref[ref]
        assert action.text == text
        assert action.owner == owner
        if update:
            assert action.progress == update  # the whole update, over its ';'
    assert by_ref["1.1"].due_date is not None and by_ref["1.1"].due_date.isoformat() == "2028-02-29"
    assert by_ref["1.2"].rag == "amber"
    assert by_ref["1.1"].rag == "green"
