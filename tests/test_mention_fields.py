"""A wiki's meeting-notes page printed to PDF: a byline and an attendee list of @mentions, then
'Action items' as task lists under 'Recommendation N: <text>' headings. Each action is one line
with no field labels: its ref and text, then chips: an @mention owner, a date lozenge ('Mar 31,
2027') and a status lozenge ('AT RISK'), the chips in a smaller type; a long line wraps its
chips onto the next line ('... @Leon Fairweather Jan 25,' over '2027 AT RISK').

What is read: each action whole, its owner from the @mention, its due date from the lozenge,
its status from the closing words, its link to the recommendation heading over it; the byline's
and the attendees' @mentions are nobody's owner.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.mention_fields import mention_fields
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Ensure that health assessments for children in care are completed on time"),
    ("2", "Raise the quality of assessments and plans for children in need"),
]
# ref, text, owner, due as printed, due iso, status as printed, rag, whether the chips wrap
ACTIONS = [
    ("1.1", "Report health assessment timeliness monthly to the corporate parenting board",
     "Leon Fairweather", "Jan 25, 2027", "2027-01-25", "AT RISK", "amber", True),
    ("1.2", "Agree a timeliness pathway with the designated doctor",
     "Fatima Rahman", "Mar 24, 2027", "2027-03-24", "COMPLETE", "blue", False),
    ("2.1", "Quality assure a sample of assessments every month through the audit programme",
     "Sian Pritchard", "Oct 12, 2026", "2026-10-12", "OFF TRACK", "red", True),
    ("2.2", "Hold monthly practice workshops on analysis",
     "Martin Hale", "Jul 31, 2027", "2027-07-31", "ON TRACK", "green", False),
]  # fmt: skip
ATTENDEES = ["Wilhelmina Crouch", "Piers Montgomery-Hale", "Desmond Aluko"]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 780, "20 January 2027 Improvement Board meeting notes")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, 762, "Created by @Barnaby Quist , last updated 20 January 2027")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 735, "Attendees")
    y = 715.0
    c.setFont("Helvetica", 10)
    for name in ATTENDEES:
        c.drawString(73, y, f"@{name}")
        y -= 11
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y - 14, "Action items")
    y -= 42
    for number, rec in RECS:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(40, y, f"Recommendation {number}: {rec}")
        y -= 18
        for ref, text, owner, due, _, status, _, wraps in ACTIONS:
            if not ref.startswith(f"{number}."):
                continue
            c.setFont("Helvetica", 10)
            month, rest = due.split(" ", 1)
            if wraps:  # the chips run past the margin: the year and status wrap, smaller
                c.drawString(56, y, f"{ref} {text} @{owner} {month} {rest.split()[0]}")
                c.setFont("Helvetica", 8.5)
                c.drawString(46, y - 12, f"{rest.split()[1]} {status}")
            else:
                c.drawString(56, y, f"{ref} {text} @{owner} {due}")
                c.setFont("Helvetica", 8.5)
                c.drawString(46, y - 12, status)
            y -= 26
        y -= 8
    c.save()
    return buf.getvalue()


def test_task_list_actions_are_read_with_their_chips() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "notes.pdf"))
    got = {
        a.text: (a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    want = {text: (owner, iso, rag) for _, text, owner, _, iso, _, rag, _ in ACTIONS}
    assert len(result.actions) == len(ACTIONS)
    assert got == want  # a status alone on the wrap line is the action's, too
    assert [a.ref for a in result.actions] == [ref for ref, *_ in ACTIONS]


def test_byline_and_attendee_mentions_are_no_owners() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "notes.pdf"))
    owners = {a.owner for a in result.actions}
    assert owners.isdisjoint({"Barnaby Quist", *ATTENDEES})


def test_each_action_answers_the_recommendation_heading_over_it() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "notes.pdf"))
    assert [(r.number, r.text) for r in result.recommendations] == RECS
    links = {a.text: a.recommendations for a in result.actions}
    assert links == {text: [f"r{ref[0]}"] for ref, text, *_ in ACTIONS}


def test_mention_fields_reads_the_closing_chips_only() -> None:
    fields = mention_fields("2.2 Hold workshops for @Team leads @Martin Hale Jul 31, 2027 ON TRACK")
    assert fields is not None
    assert (fields.text, fields.owner, fields.due, fields.rag) == (
        "2.2 Hold workshops for @Team leads",
        "Martin Hale",
        "Jul 31, 2027",
        "ON TRACK",
    )
    assert mention_fields("Created by @Barnaby Quist , last updated 20 January 2027") is None
    assert mention_fields("@Desmond Aluko") is None
