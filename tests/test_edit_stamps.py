"""A page's edit stamp against a card's owner and due line of the same shape.

A wiki prints under each record's heading a grey stamp naming the PERSON who last saved the
page and the DAY they did ('Last updated by Priya Shah on 12 Mar 2026'): it names neither the
action's owner nor its due date and is no part of its text, so the card reader looks past it.
A line naming a post ('Head of Service') or a body ('the board') where the editor stands, a
month or quarter where the day stands ('March 2027', 'Q4 2026'), or going on after its date, is
no stamp: it is the card's own line (who does the work and by when) and is read as one, never
silently dropped (extractors/edit_stamps.py; posts from pipeline/normalise/data/owners.json).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.edit_stamps import is_edit_stamp
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Last edited by Sam Okafor on Apr 18, 2026", True),
        ("Updated by J. Patel, 3 May 2026", True),
        ("Last modified by Priya Shah at 14/03/2026 09:12", True),
        ("Edited by Sam Okafor on 18th April 2026", True),
        ("Saved by Jane Smith on 2026-04-18", True),
        # a post or a body where the editor stands: the action's owner
        ("Updated by Head of Service, 12 March 2027", False),
        ("Revised by Head of Commissioning on 31/03/2027", False),
        ("Amended by Service Manager, 31 March 2027", False),
        ("Updated by the board, 3 May 2026", False),
        # a month or a quarter where the day stands: when the work is due
        ("Updated by Jane Smith, March 2027", False),
        ("Published by Jane Smith, Q4 2026", False),
        ("Updated by Jane Smith, end of March 2027", False),
        # the line goes on after its date: a sentence
        ("Last updated by Jane Smith on 12/03/2026 - see progress note", False),
    ],
)
def test_a_stamp_names_a_person_and_a_day_and_ends_there(text: str, stamp: bool) -> None:
    assert is_edit_stamp(text) is stamp


ACTIONS = [
    ("ACT-11", "Agree a joint protocol with the police on strategy discussions",
     "Head of Safeguarding", "31/03/2027", "On track"),
    ("ACT-12", "Audit thirty care plans and share the learning with managers",
     "Principal Social Worker", "30/06/2027", "At risk"),
    ("ACT-13", "Recruit twelve foster carers through a regional campaign", "Head of Fostering",
     "30/09/2027", "On track"),
]  # fmt: skip


def _read(under_title: str) -> PlanExtraction:
    styles = getSampleStyleSheet()
    grey = ParagraphStyle("stamp", parent=styles["BodyText"], fontSize=7.6,
                          textColor="#6b778c")  # fmt: skip
    story: list[object] = [Paragraph("Eastmoor Council: improvement plan", styles["Title"])]
    for ref, action, owner, due, status in ACTIONS:
        story += [Paragraph(f"{ref} {action}", styles["h3"]), Paragraph(under_title, grey)]
        for name, value in (("Owner", owner), ("Due date", due), ("Status", status)):
            story.append(Paragraph(f"<b>{name}:</b> {value}", styles["BodyText"]))
        story.append(Spacer(1, 10))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_a_stamp_under_the_title_is_passed_over() -> None:
    plan = _read("Last updated by Priya Shah on 12 Mar 2026")
    got = [(a.ref, a.text, a.owner, str(a.due_date)) for a in plan.actions]
    assert got == [(r, t, o, f"{d[6:]}-{d[3:5]}-{d[:2]}") for r, t, o, d, _ in ACTIONS]


def test_a_post_and_a_month_under_the_title_is_no_stamp() -> None:
    # the card's own line, read as the card reader reads any line under its heading (its
    # text), never dropped unseen as a stamp
    line = "Updated by Head of Service, March 2027"
    plan = _read(line)
    got = [(a.text, a.owner, str(a.due_date)) for a in plan.actions]
    assert got == [(line, o, f"{d[6:]}-{d[3:5]}-{d[:2]}") for _, _, o, d, _ in ACTIONS]
