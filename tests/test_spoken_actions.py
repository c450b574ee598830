"""A plan read out at a scrutiny committee and published as its verbatim record: no action
table, only speakers' turns ('[18:25] THE DIRECTOR (Ngozi Penrose): ...'). Each action is a
sentence naming its ref by a label, quoting its text, then its fields in clauses opened by a
verb phrase ('It is owned by ...', 'it is to be completed by ...', 'It is rated ...'); each
recommendation is said as 'Recommendation 2. The inspectors said: "..."'.

What is read: every action with its ref, text, owner, due date (the end of a month read as its
last day), status said in words mid-sentence, progress after 'Where we are:', and its link to
the recommendation; the councillors' questions, the chair's dates and the speakers' names stay
out.
"""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.spoken_actions import read_said, turns
from plantrace.pipeline.reader import parse_pdf_bytes

DIRECTOR = "[18:{:02d}] THE DIRECTOR (Ngozi Penrose): "
TURNS = [
    "[18:22] THE CHAIR (Cllr Henrike Dunmore): We move to item 6, the improvement plan. I will"
    " ask the Director to take us through it, and we will return to it on the 25th June 2027.",
    DIRECTOR + "Recommendation 1. The inspectors said: “Improve the quality of pathway plans"
    " for care leavers” Our actions against that are these.",
    DIRECTOR + "Item 1.1: “Offer every care leaver a review with a personal adviser each year”"
    " It is owned by Workforce Development Lead, and it is to be completed by 30th June 2027."
    " It is rated complete.",
    DIRECTOR + "Action 1.2: “Set up a care leavers' hub with drop-in advice on housing, money"
    " and health” It sits with Service Manager, Care Leavers, and it is due by the end of"
    " September 2027. Our assessment is at some risk. Where we are: two sites viewed.",
    "[18:31] COUNCILLOR MARJORIE FETTIPLACE: What does that mean for families in my ward?",
    "[18:32] THE DIRECTOR (Ngozi Penrose): A fair challenge. The Board looked at that on the"
    " 4th April 2027, and I will ask Esperanza Whitlow to circulate the note.",
    DIRECTOR + "Recommendation 2. The inspectors said: “Improve the timeliness of decisions at"
    " the front door” Our actions against that are these.",
    DIRECTOR + "Action point 2.1: “Audit repeat referrals each quarter” It is led by Head of"
    " Early Help, and it should be done by 14th July 2027. We are reporting it as on track.",
]


def _pdf(turns: list[str] = TURNS) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, 800, "Children and Young People Scrutiny Committee: verbatim record")
    c.setFont("Helvetica", 9.5)
    y = 775.0
    for n, turn in enumerate(turns):
        text = turn.format(23 + n) if "{" in turn else turn
        lines = textwrap.wrap(text, 105)
        for i, line in enumerate(lines):
            c.drawString(50 if i == 0 else 70, y, line)
            y -= 13
        y -= 6
    c.save()
    return buf.getvalue()


def test_sentence_saying_an_action_is_read_clause_by_clause() -> None:
    read = read_said(
        "Item 3.2: “Audit twelve records” It is owned by Service Manager, Fostering, and it is"
        " to be completed by 26th January 2027. It is rated behind schedule."
    )
    assert read == (
        "3.2",
        "Audit twelve records",
        {
            "owner": "Service Manager, Fostering",
            "due": "26th January 2027",
            "rag": "behind schedule",
        },
    )
    assert read_said("We will review this on the 4th April 2027.") is None


def test_each_action_said_is_read_with_its_fields_and_link() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "record.pdf"))
    recs = {r.number: r for r in result.recommendations}
    assert set(recs) == {"1", "2"}
    assert recs["2"].text == "Improve the timeliness of decisions at the front door"
    got = {
        a.ref: (a.owner, a.due_date.isoformat() if a.due_date else None, a.rag, a.recommendations)
        for a in result.actions
    }
    assert got == {
        "1.1": ("Workforce Development Lead", "2027-06-30", "blue", [recs["1"].id]),
        "1.2": ("Service Manager, Care Leavers", "2027-09-30", "amber", [recs["1"].id]),
        "2.1": ("Head of Early Help", "2027-07-14", "green", [recs["2"].id]),
    }
    texts = {a.ref: a.text for a in result.actions}
    assert (
        texts["1.2"]
        == "Set up a care leavers' hub with drop-in advice on housing, money and health"
    )
    progress = {a.ref: a.progress for a in result.actions}
    assert progress["1.2"] == "two sites viewed"
    owners = {a.owner for a in result.actions}
    assert not owners & {"Ngozi Penrose", "Esperanza Whitlow", "Henrike Dunmore"}


def test_behind_schedule_is_red_beside_a_milder_risk_step_in_any_amber_wording() -> None:
    """The record's scale runs on track / at some risk / behind schedule, with no word red by
    itself: behind schedule is its worst step (red), though 'at some risk' is in no list of
    the milder steps; 'not yet started' is a state (no colour)."""
    more = [
        DIRECTOR + "Item 2.2: “Review the threshold guidance with partners” It is owned by Head"
        " of MASH, and it is to be completed by 1st June 2027. It is rated behind schedule.",
        DIRECTOR + "Item 2.3: “Train call handlers on consent” It is owned by Head of MASH, and"
        " it is to be completed by the end of June 2027. It is rated not yet started.",
    ]
    result = extract_plan(parse_pdf_bytes(_pdf([*TURNS, *more]), "record.pdf"))
    rags = {a.ref: a.rag for a in result.actions}
    assert rags == {"1.1": "blue", "1.2": "amber", "2.1": "green", "2.2": "red", "2.3": None}


def test_a_turn_split_into_two_paragraphs_is_read_whole() -> None:
    """A turn whose wrapped line opens a paragraph of its own (a date or a quote carried over,
    set a line lower) is still the speaker's turn: its due date, status and recommendation
    text are read whole."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9.5)
    paragraphs = [
        [
            "[18:20] THE DIRECTOR (Ngozi Penrose): Recommendation 1. The inspectors said:",
            "“Improve the quality of pathway plans for care leavers and the",
        ],
        ["support given to them” Our actions against that are these."],
        [
            "[18:22] THE DIRECTOR (Ngozi Penrose): Item 1.1: “Audit repeat referrals each",
            "quarter” It is led by Head of Early Help, and it is to be completed by the end of",
        ],
        ["April 2027. Our assessment is on track. Where we are: scoping meeting held"],
        [
            "[18:24] THE DIRECTOR (Ngozi Penrose): Item 1.2: “Train call handlers” It is led by",
            "Head of MASH, and it is due by 30th June 2027. Our assessment is complete.",
        ],
    ]
    y = 780.0
    for para in paragraphs:
        for line in para:
            c.drawString(50, y, line)
            y -= 13
        y -= 22  # a paragraph's gap
    c.save()
    result = extract_plan(parse_pdf_bytes(buf.getvalue(), "record.pdf"))
    (rec,) = result.recommendations
    assert rec.text == (
        "Improve the quality of pathway plans for care leavers and the support given to them"
    )
    got = {
        a.ref: (a.due_date.isoformat() if a.due_date else None, a.rag, a.progress)
        for a in result.actions
    }
    assert got == {
        "1.1": ("2027-04-30", "green", "scoping meeting held"),
        "1.2": ("2027-06-30", "blue", None),
    }


def test_a_record_is_cut_into_turns_at_each_speaker() -> None:
    doc = parse_pdf_bytes(_pdf(), "record.pdf")
    lines = [ln for p in doc.pages for ln in p.lines]
    said = [t for t in turns(lines) if t[0].text.startswith("[")]
    assert len(said) == len(TURNS)
