"""Blocks of field lines under a numbered heading, printed by ReportLab: an audit follow-up
plan prints each agreed action as 'Agreed action: ...', 'Lead officer: ...', 'Target date:
...', 'Status: ...' under a small heading. Where the heading is the action's ref ('Action ref
3.1', 'Ref 3.1', 'ID 3.1', 'Action no. 3.1': a label a ref column's header prints) the number
is the action's ref; where it is a heading numbered under another label ('Finding 3.1',
'Section 3.1', 'Phase 3.1', 'Finding no. 3.1') it names what the action sits under, and the
action has no ref of its own (plan_cards._bare_card).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ACTIONS = [
    ("Agree a joint protocol with the police on strategy discussions", "Head of Safeguarding",
     "31/03/2027", "On track"),
    ("Audit thirty care plans and share the learning with managers", "Principal Social Worker",
     "30/06/2027", "At risk"),
    ("Recruit twelve foster carers through a regional campaign", "Head of Fostering",
     "30/09/2027", "On track"),
]  # fmt: skip


def _read(label: str) -> PlanExtraction:
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Eastmoor Council: Audit follow-up plan", styles["Title"])]
    for n, (action, officer, due, status) in enumerate(ACTIONS, 1):
        story.append(Paragraph(f"{label} 3.{n}", styles["h3"]))
        for name, value in (("Agreed action", action), ("Lead officer", officer),
                            ("Target date", due), ("Status", status)):  # fmt: skip
            story.append(Paragraph(f"<b>{name}:</b> {value}", styles["BodyText"]))
        story.append(Spacer(1, 10))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "follow-up.pdf"))


@pytest.mark.parametrize("label", ["Action ref", "Ref", "ID", "Action no."])
def test_a_ref_heading_is_the_actions_ref(label: str) -> None:
    plan = _read(label)
    got = [(a.ref, a.text, a.owner, str(a.due_date)) for a in plan.actions]
    assert got == [
        ("3.1", ACTIONS[0][0], "Head of Safeguarding", "2027-03-31"),
        ("3.2", ACTIONS[1][0], "Principal Social Worker", "2027-06-30"),
        ("3.3", ACTIONS[2][0], "Head of Fostering", "2027-09-30"),
    ]


@pytest.mark.parametrize("label", ["Finding", "Section", "Phase", "Finding no."])
def test_a_numbered_section_heading_is_no_ref(label: str) -> None:
    plan = _read(label)
    got = [(a.ref, a.text, a.owner, str(a.due_date)) for a in plan.actions]
    assert got == [
        (None, ACTIONS[0][0], "Head of Safeguarding", "2027-03-31"),
        (None, ACTIONS[1][0], "Principal Social Worker", "2027-06-30"),
        (None, ACTIONS[2][0], "Head of Fostering", "2027-09-30"),
    ]
