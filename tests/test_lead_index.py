"""A register of actions in recommendation order with no owner in it, and an index of leads.

Each action is a hanging paragraph '1.1  <text> — Deadline: Oct. 2026. Position: Achieved.'
(labelled fields after a spaced dash, parted by full stops, an abbreviated month closed by a
full stop); the lead of each action is given only at the back, in an index ('Lead officers
index': a person and the refs they lead), followed by an index of partners consulted of the
same form whose people are never owners.
"""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_prose import read_fields
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "Build a stable, permanent and skilled social work workforce for the service", [
        ("1.1", "Launch a recruitment campaign for experienced social workers", "Oct. 2026",
         "Achieved", "2026-10-31", "blue"),
        ("1.2", "Convert agency posts to permanent posts where the postholder agrees",
         "14.03.2027", "Drifting", "2027-03-14", "amber"),
    ]),
    ("2", "Raise the quality of assessments and plans for children in need", [
        ("2.1", "Review every child in need plan at least every three months", "May. 2027",
         "Stalled", "2027-05-31", "red"),
        ("2.2", "Quality assure a sample of assessments every month through audit",
         "Jun. 2026", "On course", "2026-06-30", "green"),
    ]),
]  # fmt: skip
LEADS = [("Martin Hale", "1.1, 2.1"), ("Principal Social Worker", "1.2, 2.2")]
PARTNERS = [("Cordelia Nwachukwu", "1.1, 2.2"), ("Ptolemy Harcourt", "2.1")]


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "Children's Services Improvement Plan: register of actions")
    c.setFont("Helvetica", 9)
    c.drawString(50, 784, "Version 4.1, approved by the Improvement Board. Prepared by Ann Lee.")
    y = 760.0
    for num, text, actions in RECS:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, f"Recommendation {num}")
        y -= 16
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(50, y, text)
        y -= 18
        c.setFont("Helvetica", 10)
        for ref, act, due, status, _, _ in actions:
            c.drawString(50, y, ref)
            c.drawString(80, y, f"{act} — Deadline: {due}.")
            y -= 13
            c.drawString(80, y, f"Position: {status}.")
            y -= 18
    c.drawString(50, 40, "improvement plan register page 1")
    c.showPage()
    y = 800.0
    for heading, rows in (
        ("Lead officers index", LEADS),
        ("Index of partners consulted", PARTNERS),
    ):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, y, heading)
        y -= 18
        c.setFont("Helvetica", 10)
        for name, refs in rows:
            c.drawString(50, y, name)
            c.drawString(260, y, refs)
            y -= 14
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def test_labelled_fields_after_a_dash_are_read() -> None:
    found = read_fields("Convert agency posts — Complete by: Oct. 2026. Standing: Drifting.")
    assert found.fields == {"due": "Oct. 2026", "rag": "Drifting"}
    assert found.text == "Convert agency posts"


def test_register_actions_take_their_owner_from_the_index_of_leads() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "register.pdf"))
    owners = {r: name for name, refs in LEADS for r in refs.split(", ")}
    want = {
        ref: (act, owners[ref], iso, rag)
        for _, _, acts in RECS
        for ref, act, _, _, iso, rag in acts
    }
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    assert got == want
    partners = {name for name, _ in PARTNERS}
    assert not {a.owner for a in result.actions} & partners
