"""A council news article telling its plan: under each recommendation's heading the quoted
recommendation and 'In response we agreed 2 actions.[2][3]'; the actions are numbered notes at
the end, set in two columns among source notes (the inspection report), each '<n>. Action A01:
<text>. Accountable officer: X. Timescale: Apr. 2027. Status: Progressing. Update: ...'.

What is read: every action note (not the source notes) with its owner, date, status and update;
each action linked to the recommendation whose paragraph cites its note number; a note a
paragraph cites that is no action is no warning, an action note nothing cites is said.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.cited_notes import read_note
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Improve the timeliness of decisions at the front door", "[2][3]"),
    ("2", "Increase the range of suitable accommodation for care leavers", "[5][6]"),
]
LEFT = [
    [
        "1. Ofsted, inspection of local authority children's services, report",
        "published 22 November 2026.",
    ],
    [
        "2. Action A01: Apply consistent thresholds through weekly clinics.",
        "Accountable officer: Ruth Kowalczyk. Timescale: Apr. 2027.",
        "Status: Progressing. Update: clinics running",
    ],
    [
        "3. Action A02: Publish a revised threshold document with partners.",
        "Lead officer: Fatima Rahman. Due: 14 March, 2027. Rating:",
        "Some concern.",
    ],
]
RIGHT = [
    ["4. Improvement board minutes, meeting of 21 April 2026."],
    ["5. Action A03: Set up a care leavers' hub with drop-in advice.",
     "Responsible: Head of Virtual School. Completion expected:",
     "Oct. 2027. Assessed as: Serious concern."],
    ["6. Action A04: Commission fifteen supported lodgings places.",
     "Accountable officer: Tom Ellery. Timescale: Nov. 2026. Status:",
     "Concluded. Latest: first cohort placed"],
    ["7. Action A05: Review the housing protocol each year.",
     "Accountable officer: Tom Ellery. Timescale: Dec. 2027. Status:",
     "Progressing."],
]  # fmt: skip


def _pdf(recs: list[tuple[str, str, str]] = RECS, right: list[list[str]] = RIGHT) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 8)
    c.drawString(50, 805, "Home > Children and families > News")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 780, "How we are responding to Ofsted")
    c.setFont("Helvetica", 9)
    c.drawString(50, 760, "By Jo Bloggs, communications team. Published 3 March 2027.")
    y = 730.0
    for number, text, marks in recs:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"Recommendation {number}")
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(75, y - 20, text)
        c.setFont("Helvetica", 10)
        c.drawString(50, y - 42, f"In response we agreed 2 actions.{marks} Each is listed below.")
        y -= 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, "Notes")
    for x, notes in ((58, LEFT), (310, right)):
        at = y - 25
        c.setFont("Helvetica", 8)
        for note in notes:
            for k, line in enumerate(note):
                c.drawString(x if k == 0 else x + 8, at, line)
                at -= 11
            at -= 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_note_naming_a_record_with_labelled_fields_is_an_action() -> None:
    read = read_note(
        "7. Action A06: Agree a housing protocol. Accountable officer: Ruth Kowalczyk. "
        "Timescale: Sep. 2027. Status: Not commenced."
    )
    assert read == (
        7,
        "A06",
        "Agree a housing protocol",
        {"owner": "Ruth Kowalczyk", "due": "Sep. 2027", "rag": "Not commenced"},
    )
    assert read_note("8. Department for Education, improvement notice issued 11 May 2026.") is None


def test_action_notes_are_read_with_their_fields_and_cited_recommendation() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "article.pdf"))
    by_ref = {a.ref: a for a in result.actions}
    assert list(by_ref) == ["A01", "A02", "A03", "A04", "A05"]
    assert [r.number for r in result.recommendations] == ["1", "2"]
    assert result.recommendations[0].text == RECS[0][1]
    rec_of = {r.id: r.number for r in result.recommendations}
    assert {ref: [rec_of[i] for i in a.recommendations] for ref, a in by_ref.items()} == {
        "A01": ["1"],
        "A02": ["1"],
        "A03": ["2"],
        "A04": ["2"],
        "A05": [],
    }
    a01, a02, a03, a04 = (by_ref[r] for r in ("A01", "A02", "A03", "A04"))
    assert (a01.owner, a01.due_raw, a01.progress) == (
        "Ruth Kowalczyk",
        "Apr. 2027",
        "clinics running",
    )
    assert (a02.owner, str(a02.due_date), a02.rag) == ("Fatima Rahman", "2027-03-14", "amber")
    assert (a03.owner, str(a03.due_date), a03.rag) == (
        "Head of Virtual School",
        "2027-10-31",
        "red",
    )
    assert (a04.rag, a04.progress) == ("blue", "first cohort placed")
    assert a01.rag == "green"  # 'Progressing' beside 'Some concern' and 'Serious concern'
    codes = [w.code for w in result.warnings]
    assert "plan_cited_notes_uncited" in codes  # A05: cited by no paragraph
    assert "plan_cited_notes_unread" not in codes
    assert not any("Ofsted, inspection" in a.text for a in result.actions)


def test_a_cited_note_not_read_as_an_action_is_said() -> None:
    recs = [*RECS[:1], (RECS[1][0], RECS[1][1], "[5][6][8]")]
    right = [*RIGHT, ["8. Action A06: Audit the pathway plans of every care leaver."]]
    result = extract_plan(parse_pdf_bytes(_pdf(recs, right), "article.pdf"))
    assert [a.ref for a in result.actions] == ["A01", "A02", "A03", "A04", "A05"]
    said = [w for w in result.warnings if w.code == "plan_cited_notes_unread"]
    assert len(said) == 1 and "8" in said[0].message
