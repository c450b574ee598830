"""Actions drawn inside a lead's box are owned by the box's head; a recommendation tag before
an action's ref ('R2 2.1 ...') is its link, the ref in parts its ref.

An intranet page of 'who leads what' printed to PDF: one framed box per lead, its head the
lead's name and a count, inside it the actions that lead owns, each opening with the tag of the
recommendation it answers. Drawn with reportlab and read by the whole pipeline.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("R1", "Improve the quality of management oversight and supervision of social workers"),
    ("R2", "Ensure that health assessments for children in care are completed on time"),
]
LEADS = [
    ("Helen Markham", [
        ("R1", "1.1", "Add a supervision timeliness measure to the weekly dashboard", "March 2026", "Progressing"),
        ("R2", "2.2", "Commission a therapeutic service for children in care", "June 2026", "Stalled"),
    ]),
    ("Head of Quality Assurance", [
        ("R1", "1.2", "Audit twelve supervision records each month", "October 2025", "Done"),
        ("R2", "2.1", "Train foster carers in understanding trauma and attachment", "July 2026", "At risk"),
    ]),
]  # fmt: skip


def _page(boxed: bool = True) -> PlanExtraction:
    buf = io.BytesIO()
    width, height = landscape(A3)
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, height - 40, "Who is leading our improvement")
    y = height - 80
    for tag, text in RECS:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, tag)
        c.setFont("Helvetica", 9)
        c.drawString(60, y, text)
        y -= 16
    for n, (lead, actions) in enumerate(LEADS):
        left, top = 40 + n * 560, height - 160
        bottom = top - 40 - 50 * len(actions)
        if boxed:
            c.roundRect(left, bottom, 520, top - bottom, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(left + 8, top - 16, lead)
        c.setFont("Helvetica", 8)
        c.drawString(left + 8, top - 28, f"{len(actions)} actions")
        y = top - 50
        for tag, ref, text, due, status in actions:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(left + 8, y, tag)
            c.drawString(left + 30, y, ref)
            c.setFont("Helvetica", 9)
            c.drawString(left + 52, y, text)
            c.drawString(left + 8, y - 12, f"By: {due}")
            c.drawString(left + 150, y - 12, status)
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(left + 8, y - 24, "Latest: Work started; scoping meeting held")
            y -= 50
    c.showPage()
    c.save()
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "leads.pdf"))


def test_each_action_is_owned_by_the_head_of_its_box() -> None:
    plan = _page()
    got = {a.ref: (a.owner, a.text) for a in plan.actions}
    assert got == {ref: (lead, text) for lead, acts in LEADS for _, ref, text, _, _ in acts}
    assert "plan_owners_unread" not in {w.code for w in plan.warnings}
    # listed by lead, not in the plan's order: read in the refs' order
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "2.1", "2.2"]


def test_the_tag_before_the_ref_links_the_recommendation() -> None:
    plan = _page()
    numbers = {r.id: r.number for r in plan.recommendations}
    links = {a.ref: [numbers.get(i) for i in a.recommendations] for a in plan.actions}
    assert links == {"1.1": ["1"], "2.2": ["2"], "1.2": ["1"], "2.1": ["2"]}


def test_heads_with_no_box_drawn_own_nothing() -> None:
    plan = _page(boxed=False)
    assert len(plan.actions) == 4
    assert all(a.owner is None for a in plan.actions)
