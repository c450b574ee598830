"""Recommendations laid out side by side in two columns of boxes, each a recommendation
heading its actions (1 and 2 on the first row, 3 and 4 on the next; a web page's grid of
pyramids alike). The reader takes such a page a column at a time, or box by box as it finds
them, so the recommendations came out of their numbers' order (2, 1, 3, 4 here; 1, 3, 2, 4
for a grid read column-wise) while the actions, numbered in parts ('2.1'), were put in their
refs' order: the plan read with its recommendations out of its own order, silently. Now where
the refs number the actions in sections, the actions run through the sections in order and
every action's link names the recommendation its section does, the recommendations follow
them into their numbers' order (ref_order.recs_follow_refs); a link that names another
section, or actions that step back, leave the order read.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.ref_order import recs_follow_refs
from plantrace.models.inspection import Recommendation
from plantrace.models.plan import Action
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.factories import PLAN_SHA, prov

RECS = [
    ("1", "Ensure that strategy discussions involve police, health and children's social care",
     [("1.1", "Agree a joint protocol with the police on attendance at strategy discussions",
       "Designated Nurse", "31/10/2026"),
      ("1.2", "Run a multi-agency audit of thirty strategy discussions", "Head of Quality",
       "30/11/2026")]),
    ("2", "Raise the quality of assessments and plans for children in need",
     [("2.1", "Hold monthly practice workshops on writing analysis in assessments",
       "Claire Whitby", "28/02/2027"),
      ("2.2", "Include identity and cultural needs prompts in the assessment form",
       "Owen Tremayne", "31/03/2027"),
      ("2.3", "Review every child in need plan at least every three months",
       "Head of Children in Need", "30/04/2027")]),
    ("3", "Ensure that health assessments for children in care are completed on time",
     [("3.1", "Agree a timeliness pathway for initial health assessments", "Designated Doctor",
       "31/05/2027"),
      ("3.2", "Use questionnaire scores to trigger a referral for emotional support",
       "Head of Health", "30/06/2027")]),
    ("4", "Improve the regularity and quality of management oversight and supervision",
     [("4.1", "Reduce team manager spans of control to no more than seven social workers",
       "Priya Nandakumar", "31/07/2027"),
      ("4.2", "Audit twelve supervision records each month and report the themes",
       "Workforce Development Lead", "31/08/2027")]),
]  # fmt: skip


def _pdf() -> bytes:
    """Two columns of boxes: 1 and 3 down the left, 2 and 4 down the right."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, 555, "Our improvement plan")
    tops = {"1": (40, 520), "2": (440, 520), "3": (40, 300), "4": (440, 300)}
    for number, text, actions in RECS:
        x, y = tops[number]
        c.setFillColorRGB(0.22, 0.28, 0.31)
        c.rect(x, y - 30, 360, 40, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 6, y - 4, f"Recommendation {number}")
        c.setFont("Helvetica", 8)
        c.drawString(x + 6, y - 18, text)
        c.setFillColorRGB(0, 0, 0)
        y -= 52
        for ref, act, owner, due in actions:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, y, ref)
            c.setFont("Helvetica", 8)
            c.drawString(x + 22, y, act)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, y - 11, f"Lead: {owner} \u00b7 Due: {due}")
            y -= 34
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def plan():  # type: ignore[no-untyped-def]
    return extract_plan(parse_pdf_bytes(_pdf(), "grid.pdf"))


def test_recommendations_in_their_numbers_order(plan) -> None:  # type: ignore[no-untyped-def]
    assert [(r.number, r.text) for r in plan.recommendations] == [(n, t) for n, t, _ in RECS]
    number_of = {r.id: r.number for r in plan.recommendations}
    want = [(ref, owner, number) for number, _, acts in RECS for ref, _, owner, _ in acts]
    got = [(a.ref, a.owner, *[number_of[x] for x in a.recommendations]) for a in plan.actions]
    assert got == want


def _rec(i: int, number: str) -> Recommendation:
    return Recommendation(
        id=f"r{i}", number=number, text=f"Recommendation text {number}", provenance=prov(PLAN_SHA)
    )


def _act(i: int, ref: str, rec: str) -> Action:
    return Action(
        id=f"a{i}", ref=ref, text=f"Action {ref}", recommendations=[rec], provenance=prov(PLAN_SHA)
    )


def test_a_link_to_another_section_leaves_the_order() -> None:
    recs = [_rec(1, "1"), _rec(2, "3"), _rec(3, "2")]
    follows = [_act(1, "1.1", "r1"), _act(2, "2.1", "r3"), _act(3, "3.1", "r2")]
    assert recs_follow_refs(recs, follows)
    crossed = [_act(1, "1.1", "r1"), _act(2, "2.1", "r2"), _act(3, "3.1", "r3")]
    assert not recs_follow_refs(recs, crossed)
    back = [_act(1, "1.1", "r1"), _act(2, "3.1", "r2"), _act(3, "2.1", "r3")]
    assert not recs_follow_refs(recs, back)
