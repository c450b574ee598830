"""Numbered action lists whose items close with an unlabelled who and when, then a status.

A plan set out as lists under each recommendation: one hanging-indented paragraph per action,
its number ('2.3'), the action, then in brackets at its end the lead's initials and the month
('(TE, Mar 2027)'), or the lead and date after a dash ('– Head of Service, March 2026'), then
after a dash a status in a few coloured words ('– some concern'); a key to the initials at the
end. No field is labelled: the shape of the item's close says who, when and how it is going.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_commitments import inline_fields
from plantrace.extractors.plan_prose import (
    FIELD_LABELS,
    clauses,
    closing_who_when,
    has_prose_actions,
    read_fields,
)
from plantrace.pipeline.layout import join_text
from plantrace.pipeline.normalise.owners import normalise_owner, split_owner_due
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Make sure that children's wishes and feelings are sought and visibly influence plans",
    "2": "Ensure that strategy discussions involve police, health and children's social care",
}
# ref, action, who and when as printed, owner read, due read, status (colour), RAG read
ITEMS = [
    ("1.1", "Ensure independent reviewing officers meet each child before their review",
     "(SP, Dec 2026)", "SP", "2026-12-31", "some concern", "#e69500", "amber"),
    ("1.2", "Expand the children in care council and set up a younger members' group",
     "(OT, Jan 2027)", "OT", "2027-01-31", "going well", "#2e9e44", "green"),
    ("2.1", "Run a multi-agency audit of thirty strategy discussions and share the learning with"
     " the safeguarding partnership and every team manager in the service",
     "(DO, Jan 2026)", "DO", "2026-01-31", "stuck", "#d62828", "red"),
    ("2.2", "Agree a joint protocol with the police on attendance at strategy discussions",
     "– Head of Safeguarding, June 2026", "Head of Safeguarding", "2026-06-30", "finished",
     "#1f6fd1", "blue"),
    ("2.3", "Revise the strategy discussion template so the decision is recorded",
     "(CW, Aug 2026)", "CW", "2026-08-31", "not yet begun", "#888888", None),
]  # fmt: skip
KEY = [("SP", "Sian Pritchard, Head of Service"), ("OT", "Owen Tremayne, Head of Early Help"),
       ("DO", "David Osei, Head of Quality Assurance"), ("CW", "Claire Whitby, Virtual School")]  # fmt: skip


def _list_pdf(mark: str = "ref") -> bytes:
    """The plan: a title, an introduction saying what the brackets hold, per recommendation a
    bold heading and the recommendation in italics, the numbered items (hanging indent), the
    status bold in its colour after an en dash; the key to initials last. mark: what opens an
    item, its two-level ref ('ref'), a bullet, or its number in the recommendation's list
    ('1.', '(a)')."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13)  # fmt: skip
    item = ParagraphStyle("item", parent=body, leftIndent=20, bulletIndent=0, spaceBefore=5)
    heading = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                             spaceBefore=8)  # fmt: skip
    story: list[object] = [
        Paragraph("Fenmarsh Council: Children's Services Improvement Plan", styles["Title"]),
        Paragraph("Under each recommendation we list the actions we will take. The initials in"
                  " brackets are those of the officer who leads the action (see the key at the"
                  " end), followed by the month it will be done.", body),
    ]  # fmt: skip
    for number, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {number}", heading))
        story.append(Paragraph(f"<i>{rec}</i>", body))
        for ref, text, who, _, _, status, colour, _ in ITEMS:
            if ref.startswith(number):
                line = f'{text} {who} – <b><font color="{colour}">{status}</font></b>'
                k = int(ref.split(".")[1])
                bullet = {
                    "ref": ref,
                    "bullet": "•",
                    "number": f"{k}.",
                    "letter": f"({'abc'[k - 1]})",
                }
                story.append(Paragraph(line, item, bulletText=bullet[mark]))
    story.append(Paragraph("Key to initials", heading))
    story += [Paragraph(f"{k} – {name}", body) for k, name in KEY]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="Improvement plan").build(story)
    return buf.getvalue()


def test_numbered_items_closing_with_who_when_and_a_status() -> None:
    plan = extract_plan(parse_pdf_bytes(_list_pdf(), "plan.pdf"))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, text, owner, due, rag) for ref, text, _, owner, due, _, _, rag in ITEMS
    ]
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[r] for r in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["1"],
        ["2"],
        ["2"],
        ["2"],
    ]
    assert "plan_no_actions" not in {w.code for w in plan.warnings}


@pytest.mark.parametrize("mark", ["bullet", "number", "letter"])
def test_list_items_closing_with_who_when_and_a_status(mark: str) -> None:
    """The same items opened by a bullet or by their number in a one-level list: read as
    commitments (no ref of their own), the bold status wrapped to a line of its own under the
    item's hanging indent still the item's."""
    plan = extract_plan(parse_pdf_bytes(_list_pdf(mark), "plan.pdf"))
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (None, text, owner, due, rag) for _, text, _, owner, due, _, _, rag in ITEMS
    ]
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[r] for r in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["1"],
        ["2"],
        ["2"],
        ["2"],
    ]


@pytest.mark.parametrize(
    ("body", "text", "fields"),
    [
        ("Ensure officers meet each child (SP, Dec 2026) – some concern", "Ensure officers meet"
         " each child", {"owner": "SP", "due": "Dec 2026", "rag": "some concern"}),
        # a status word no vocabulary holds, right after the bracket: kept for the normaliser
        ("Ensure officers meet each child (SP, Dec 2026) – wobbly", "Ensure officers meet each"
         " child", {"owner": "SP", "due": "Dec 2026", "rag": "wobbly"}),
        # the status after a dot, or a full stop right after the bracket
        ("Ensure officers meet each child (SP, Dec 2026) · On track", "Ensure officers meet"
         " each child", {"owner": "SP", "due": "Dec 2026", "rag": "On track"}),
        # a labelled clause after a bar is no status of this shape
        ("Train carers; Owner: Designated Nurse | Complete by: 2025/26 | On track? Embedded",
         "Train carers", {"owner": "Designated Nurse", "due": "2025/26", "rag": "Embedded"}),
        ("Ensure officers meet each child (SP, Dec 2026). Going well.", "Ensure officers meet"
         " each child", {"owner": "SP", "due": "Dec 2026", "rag": "Going well"}),
        ("Agree a protocol – Head of Safeguarding, June 2026", "Agree a protocol",
         {"owner": "Head of Safeguarding", "due": "June 2026"}),
        ("Agree a protocol (Head of Service by March 2026).", "Agree a protocol",
         {"owner": "Head of Service", "due": "March 2026"}),
        # labelled fields in the bracket, a status after it
        ("Revise the template (SRO: DCS; timing: Q3 2025/26) – On track", "Revise the template",
         {"owner": "DCS", "due": "Q3 2025/26", "rag": "On track"}),
        # a bracket the owner holds, inside the dashed clause; a date in a bracket after him
        ("Agree a protocol – Head of Service (Fostering) by March 2026", "Agree a protocol",
         {"owner": "Head of Service (Fostering)", "due": "March 2026"}),
        ("Agree a protocol – Head of Service (May 2026)", "Agree a protocol",
         {"owner": "Head of Service", "due": "May 2026"}),
        # no who and when: a date range, labelled fields strung with dashes, a citation
        ("Give a summary at review TE – Group Manager Mar 2026 - Oct 2026", "Give a summary at"
         " review TE – Group Manager Mar 2026 - Oct 2026", {}),
        ("Train managers Owner - Martin Hale Target date - Spring 2026", "Train managers Owner -"
         " Martin Hale Target date - Spring 2026", {}),
        ("Practice was found to be inconsistent (Ofsted, 2025).", "Practice was found to be"
         " inconsistent (Ofsted, 2025).", {}),
    ],
)  # fmt: skip
def test_closing_who_when(body: str, text: str, fields: dict[str, str]) -> None:
    found = read_fields(body)
    assert found.text == text
    assert found.fields == fields


def test_a_dash_after_labelled_fields_ending_elsewhere_is_no_status() -> None:
    """Words after a dash are the status only where they read as one or follow right on the
    who and when: a heading run on after a note ('Improvement priority 3 – Strengthen the
    response to') is not."""
    found = read_fields(
        "Audit twelve records. DCS will lead this; landing: end of 2025. Where we are now:"
        " Work started Improvement priority 3 – Strengthen the response to"
    )
    assert found.fields == {"owner": "DCS", "due": "end of 2025"}


def test_closing_who_when_as_a_sign_of_a_plan() -> None:
    lines = [f"{ref} {text} {who} – {status}" for ref, text, who, _, _, status, _, _ in ITEMS]
    assert has_prose_actions(lines)
    assert not has_prose_actions(["2.1 Background to the inspection (Ofsted, 2025)", "2.2 Scope"])


def test_owner_and_due_labels_shared_with_the_owner_normaliser() -> None:
    """The prose reader's owner and due labels are the owner normaliser's (one list): 'By:' on
    a line of its own under the action is its due; 'Held' / 'by:' is one label wrapped."""
    assert {"by", "held by", "sro", "timing"} <= FIELD_LABELS.keys()
    found = read_fields(join_text(clauses(["Audit twelve records", "Lead: Head of Service",
                                           "By: March 2027"])))  # fmt: skip
    assert (found.text, found.fields) == (
        "Audit twelve records",
        {"owner": "Head of Service", "due": "March 2027"},
    )
    wrapped = clauses(["Agree a protocol with the police (Held", "by: TE; timing: Jan 2027)"])
    assert read_fields(join_text(wrapped)).fields == {"owner": "TE", "due": "Jan 2027"}
    assert split_owner_due("SRO: DCS; timing: March 2027") == ("DCS", "March 2027")


@pytest.mark.parametrize(
    ("cell", "owner"),
    [("Lead: Head of Service By", "Head of Service"), ("Lead: Head of Service Deadline",
     "Head of Service"), ("Owner: Jane Smith Timing", "Jane Smith"),
     ("Head of Service Deadline", "Head of Service Deadline")],
)  # fmt: skip
def test_a_date_label_wrapped_off_a_labelled_owner(cell: str, owner: str) -> None:
    """A one-word date label left at the end of a labelled owner, its colon and date wrapped
    to the next line, is no part of the owner: any one-word due label of the shared list."""
    assert normalise_owner(cell) == owner


def test_an_update_line_under_a_bullet_closing_with_its_status() -> None:
    """A line in the council's own words under a bullet that closes with who, when and a
    status ('Where things stand: ...') is that bullet's update: the item has closed."""
    styles = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=styles["BodyText"], fontName="Helvetica", fontSize=10)
    item = ParagraphStyle("i", parent=body, leftIndent=18, bulletIndent=6)
    story: list[object] = [Paragraph("Improvement plan", styles["Title"])]
    for number, rec in RECS.items():
        story.append(Paragraph(f"<b>Recommendation {number}</b>", body))
        story.append(Paragraph(f"<i>{rec}</i>", body))
        for ref, text, who, _, _, status, _, _ in ITEMS[:3]:
            if ref.startswith(number):
                story.append(Paragraph(f"{text} {who} – {status}", item, bulletText="•"))
                story.append(Paragraph(f"Where things stand: update on {ref}", item))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    plan = extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))
    assert [(a.owner, a.rag, a.progress) for a in plan.actions] == [
        ("SP", "amber", "update on 1.1"), ("OT", "green", "update on 1.2"),
        ("DO", "red", "update on 2.1"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "owner", "due"),
    [("Audit the plans – Head of Service by March 2026", "Head of Service", "March 2026"),
     ("Audit the plans – Head of Service (Fostering) by the end of May 2026",
      "Head of Service (Fostering)", "the end of May 2026"),
     ("Audit the plans – Jane Smith, Team Manager, April 2026", "Jane Smith, Team Manager",
      "April 2026")],
)  # fmt: skip
def test_one_reader_of_a_dashed_who_and_when(body: str, owner: str, due: str) -> None:
    """A bullet's dashed who and when (plan_commitments) is read by the prose reader's one
    reader of it (closing_who_when): the two read the same owner and date."""
    found, status = inline_fields(body)
    assert (found, status) == (("Audit the plans", owner, due), None)
    closing = closing_who_when(body)
    assert closing is not None and (closing.owner, closing.due) == (owner, due)
