"""A plan written as a multi-level numbered list: '2.' the recommendation, '2.1' an action whose
lead and due date sit at a right tab stop at the end of its last line ('Tom Ellery | 30 June
2027'), '2.1.1' the action's position ('RAG: Amber. Work started').

The PDF is drawn with reportlab's canvas, as a word processor prints the list: the number at
its indent, the text at the hanging indent, the fields right-aligned at the margin in italics.
Where the text fills the line the fields follow it closely, run onto the next line or stand
on a line of their own; where a word processor runs them on with no space, the text's last word
and the owner's first are glued ('doctorFatima').
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_tab_fields import tab_fields
from plantrace.pipeline.reader import parse_pdf_bytes

_RIGHT = 538.0
_NUMBER_X, _TEXT_X, _SUB_X, _SUB_TEXT_X = 86.0, 119.0, 120.0, 159.0

RECS = [
    ("1", "Ensure that health assessments for children in care are completed on time"),
    ("2", "Reduce delay in achieving permanence for children in care"),
]
# ref, lines of the action (None: the fields at the right of the line before), the fields as
# printed, the position line under it
ACTIONS = [
    ("1.1", ["Train foster carers in understanding trauma and attachment"],
     "Martin Hale | 30 September 2026", "RAG: Red. First cohort completed; second cohort booked"),
    ("1.2", ["Agree a timeliness pathway for initial health assessments with the", "designated"
     " doctor"], "Head of Health | 28 February 2027", "RAG: Green."),
    ("2.1", ["Run a multi-agency audit of thirty strategy discussions and share the learning",
     "with the safeguarding partnership and the local authority designated officer team"],
     "Tom Ellery | 30 June 2027", "RAG: Not yet started. Audit planned for the spring"),
    ("2.2", ["Recruit twenty additional foster carers through a targeted local campaign"],
     "Owen Tremayne | 31 October 2026", "RAG: Complete."),
]  # fmt: skip
EXPECTED = [
    ("1.1", "Train foster carers in understanding trauma and attachment", "Martin Hale",
     "2026-09-30", "red", "First cohort completed; second cohort booked", ["1"]),
    ("1.2", "Agree a timeliness pathway for initial health assessments with the designated"
     " doctor", "Head of Health", "2027-02-28", "green", None, ["1"]),
    ("2.1", "Run a multi-agency audit of thirty strategy discussions and share the learning with"
     " the safeguarding partnership and the local authority designated officer team",
     "Tom Ellery", "2027-06-30", None, "Audit planned for the spring", ["2"]),
    ("2.2", "Recruit twenty additional foster carers through a targeted local campaign",
     "Owen Tremayne", "2026-10-31", "blue", None, ["2"]),
]  # fmt: skip


def _list_pdf(lost_year: bool = False, numbered: bool = True) -> bytes:
    """The list plan: a title, a column-title line, the recommendations and their actions.
    1.1 and 2.2 have a wide gap before their fields; 1.2's fields follow its last line closely
    and wrap their date to the next line; 2.1's stand on a line of their own."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    c.setFont("Helvetica-Bold", 14)
    c.drawString(57, y, "Ashbourne Council - Improving Children's Services: Action Plan")
    y -= 30
    c.setFont("Times-Bold", 10)
    c.drawString(57, y, "Actions")
    c.drawRightString(_RIGHT, y, "Accountable lead | Due")
    actions = iter(ACTIONS)
    for number, rec in RECS:
        y -= 24
        c.setFont("Times-Bold", 11)
        c.drawString(57, y, f"{number}.")
        c.drawString(86, y, rec)
        for ref, lines, fields, position in actions:
            y -= 18
            c.setFont("Times-Roman", 10)
            c.drawString(_NUMBER_X, y, ref)
            for k, text in enumerate(lines):
                if k:
                    y -= 13
                c.drawString(_TEXT_X, y, text)
            c.setFont("Times-Italic", 10)
            end = _TEXT_X + c.stringWidth(lines[-1], "Times-Roman", 10)
            if ref == "1.2":  # the fields run on after the text and wrap their date
                owner, _, due = fields.partition(" | ")
                c.drawString(end + 3, y, f"{owner} | {due.split()[0]}")
                y -= 13
                c.drawString(_TEXT_X, y, " ".join(due.split()[1:]))
            elif ref == "2.1":  # the text fills the line: the fields on a line of their own
                y -= 13
                c.drawRightString(_RIGHT, y, fields)
            elif lost_year and ref == "2.2":  # the date's year lost (a page break ate it)
                c.drawRightString(_RIGHT, y, fields.rsplit(" ", 1)[0])
            else:
                c.drawRightString(_RIGHT, y, fields)
            y -= 15
            c.setFont("Times-Roman", 9)
            if numbered:
                c.drawString(_SUB_X, y, f"{ref}.1")
                c.drawString(_SUB_TEXT_X, y, position)
            else:  # the position on a line of its own under the action, in a smaller type
                c.drawString(_TEXT_X, y, position)
            if ref.endswith(".2"):
                break
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("numbered", [True, False])
def test_a_numbered_list_with_fields_at_a_right_tab(numbered: bool) -> None:
    """The position under each action read as its status and note, whether it has a number of
    its own one level down ('1.1.1 RAG: Red. ...') or is a line under the action in a smaller
    type."""
    plan = extract_plan(parse_pdf_bytes(_list_pdf(numbered=numbered), "list.pdf"))
    numbers = {r.id: r.number for r in plan.recommendations}
    got = [
        (
            a.ref, a.text, a.owner, str(a.due_date), a.rag, a.progress,
            [numbers[r] for r in a.recommendations],
        )
        for a in plan.actions
    ]  # fmt: skip
    assert got == EXPECTED
    assert not [w for w in plan.warnings if w.code == "plan_no_actions"]


def test_fields_at_the_end_of_the_text_without_a_gap() -> None:
    """Read from the text alone (a Word file laid out with no gap, a line break inside the
    fields): the owner is the run of capitalised words before the date."""
    body = "Hold a permanence planning meeting for every child by their second review Leon Fairweather | 30 June 2026"  # noqa: E501
    found = tab_fields(body, ())
    assert found is not None
    assert (found.owner, found.due, body[: found.start].strip()) == (
        "Leon Fairweather", "30 June 2026",
        "Hold a permanence planning meeting for every child by their second review",
    )  # fmt: skip
    glued = tab_fields(
        "Agree a pathway with the designated doctorFatima Rahman | 28 February 2027", ()
    )
    assert glued is not None and (glued.owner, glued.due) == ("Fatima Rahman", "28 February 2027")


def test_text_closing_with_no_owner_and_date_has_no_tab_fields() -> None:
    assert tab_fields("Review the Corporate Parenting Board terms of reference", ()) is None
    assert tab_fields("Report to the Board | quarterly from April", ()) is None


def test_fields_at_a_tab_left_in_the_text_are_warned_of() -> None:
    """An action whose fields at the tab read as no owner and date ('Owen Tremayne | 31
    October', its year lost) keeps them in its text, and the plan says so."""
    plan = extract_plan(parse_pdf_bytes(_list_pdf(lost_year=True), "list.pdf"))
    last = plan.actions[-1]
    assert (last.ref, last.owner, last.due_date) == ("2.2", None, None)
    doubtful = [w for w in plan.warnings if w.code == "plan_actions_doubtful"]
    assert len(doubtful) == 1 and "owner and a date parted by a bar" in doubtful[0].message
    plain = extract_plan(parse_pdf_bytes(_list_pdf(), "list.pdf"))
    assert not [w for w in plain.warnings if w.code == "plan_actions_doubtful"]


def _dates_pdf() -> bytes:
    """A list whose right tab holds the due date alone (column title 'Actions ... Due')."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    c.setFont("Times-Bold", 10)
    c.drawString(57, y, "Actions")
    c.drawRightString(_RIGHT, y, "Due")
    for number, rec in RECS:
        y -= 24
        c.setFont("Times-Bold", 11)
        c.drawString(57, y, f"{number}.")
        c.drawString(86, y, rec)
        for ref, lines, fields, position in ACTIONS:
            if not ref.startswith(f"{number}."):
                continue
            y -= 18
            c.setFont("Times-Roman", 10)
            c.drawString(_NUMBER_X, y, ref)
            c.drawString(_TEXT_X, y, lines[0])
            c.setFont("Times-Italic", 10)
            c.drawRightString(_RIGHT, y, fields.split(" | ")[1])
            y -= 15
            c.setFont("Times-Roman", 9)
            c.drawString(_SUB_X, y, f"{ref}.1")
            c.drawString(_SUB_TEXT_X, y, position)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_due_date_alone_at_the_right_tab() -> None:
    plan = extract_plan(parse_pdf_bytes(_dates_pdf(), "dates.pdf"))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, lines[0], None, due, rag)
        for (ref, lines, *_), (_, _, _, due, rag, *_) in zip(ACTIONS, EXPECTED, strict=True)
    ]


def _comma_pdf() -> bytes:
    """A list with no position lines, whose tab holds '<owner>, <month year>': the gap is the
    only sign of the fields. Each action's text is its first six words."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for number, rec in RECS:
        y -= 24
        c.setFont("Times-Bold", 11)
        c.drawString(57, y, f"{number}.")
        c.drawString(86, y, rec)
        for ref, lines, fields, _ in ACTIONS:
            if not ref.startswith(f"{number}."):
                continue
            y -= 18
            c.setFont("Times-Roman", 10)
            c.drawString(_NUMBER_X, y, ref)
            c.drawString(_TEXT_X, y, " ".join(lines[0].split()[:6]))
            c.setFont("Times-Italic", 10)
            owner, _, due = fields.partition(" | ")
            c.drawRightString(_RIGHT, y, f"{owner}, {due.split(' ', 1)[1]}")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_owner_and_date_at_the_tab_with_no_bar_and_no_position() -> None:
    plan = extract_plan(parse_pdf_bytes(_comma_pdf(), "comma.pdf"))
    assert [(a.ref, a.text, a.owner, str(a.due_date)) for a in plan.actions] == [
        (ref, " ".join(lines[0].split()[:6]), owner, due)
        for (ref, lines, *_), (_, _, owner, due, *_) in zip(ACTIONS, EXPECTED, strict=True)
    ]
