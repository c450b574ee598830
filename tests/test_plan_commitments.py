"""Commitments in running text: bullets ending in who and when, and action lines of minutes
('<ref>: <who> to <do> by <when>.'), read as actions where a plan has no action table.

The PDFs are built with reportlab's platypus in layouts of their own (a trailing dash clause,
round bullets, an action log numbered 'AP-n', a status line labelled 'Delivery status:'), not
those of any generated family.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_commitments import inline_fields
from plantrace.models.grades import DocumentKind
from plantrace.pipeline.classify import classify
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
}
# rec, action text, owner, due as printed, due read, status line, RAG read
BULLETS = [
    ("1", "Introduce a single assessment framework across all locality teams", "Head of Early Help",
     "March 2026", "2026-03-31", "Delivery status: On track", "green"),
    ("1", "Audit twelve assessments every month and report the findings to the quality group",
     "Principal Social Worker", "Q2 2025/26", "2025-09-30", None, None),
    ("2", "Publish a revised supervision standard with a four-weekly minimum",
     "Service Manager, Assessment", "31/10/2025", "2025-10-31", "Delivery status: Delayed",
     "amber"),
]  # fmt: skip
LOG = [
    ("AP-1", "1", "Head of Early Help", "review the threshold guidance with partner agencies",
     "by 30 June 2026", "2026-06-30"),
    ("AP-2", "1", "Team Manager, Duty", "audit repeat referrals each quarter",
     "by September 2026", "2026-09-30"),
    ("7", "2", "PSW", "run reflective supervision workshops for all team managers",
     "by the end of Q3 2026/27", "2026-12-31"),
]  # fmt: skip


def _recs(plan: PlanExtraction) -> list[list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [[numbers[r] for r in a.recommendations] for a in plan.actions]


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=base["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13)  # fmt: skip
    bullet = ParagraphStyle("l", parent=body, leftIndent=18, bulletIndent=6)
    heading = ParagraphStyle("h", parent=base["Heading2"], fontSize=13, leading=16)
    return body, bullet, heading


def _build(story: list[Paragraph | Spacer]) -> PlanExtraction:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def _bullet_plan() -> PlanExtraction:
    body, bullet, heading = _styles()
    story: list[Paragraph | Spacer] = [Paragraph("Improvement plan update", heading)]
    for rec, text in RECS.items():
        story.append(Paragraph(f"Priority {rec}: {text}", heading))
        story.append(Paragraph("The service has agreed the following steps.", body))
        story.append(Paragraph("Our commitments:", body))
        for r, action, owner, due, _, status, _ in BULLETS:
            if r != rec:
                continue
            story.append(Paragraph(f"{action} – {owner} by {due}", bullet, bulletText="•"))
            if status:
                sub = ParagraphStyle("s", parent=bullet, leftIndent=36, bulletIndent=24)
                story.append(Paragraph(f"{status}.", sub, bulletText="◦"))
        story.append(Spacer(1, 8))
    return _build(story)


def _log_plan() -> PlanExtraction:
    body, _, heading = _styles()
    story: list[Paragraph | Spacer] = [Paragraph("Partnership board: notes of meeting", heading)]
    for rec, text in RECS.items():
        story.append(Paragraph(f"5.{rec} Development point {rec} – {text}", heading))
        story.append(Paragraph("Members discussed progress and agreed the following.", body))
        for ref, r, owner, action, due, _ in LOG:
            if r == rec:  # a bare number under a label of two words: 'Action point 7:'
                label = f"Action point {ref}" if ref.isdigit() else ref
                story.append(Paragraph(f"{label}: {owner} to {action} {due}.", body))
    return _build(story)


def test_bullets_ending_in_who_and_when_are_actions() -> None:
    plan = _bullet_plan()
    got = [(a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]
    assert got == [(t, o, d, rag) for _, t, o, _, d, _, rag in BULLETS]
    assert _recs(plan) == [[r] for r, *_ in BULLETS]


def test_action_lines_of_minutes_are_actions() -> None:
    plan = _log_plan()
    got = [(a.ref, a.owner, a.text, str(a.due_date)) for a in plan.actions]
    assert got == [(ref, o, t, d) for ref, _, o, t, _, d in LOG]
    # the heading's own section number ('5.2') is no recommendation's: its label's number is
    assert [(r.number, r.text) for r in plan.recommendations] == list(RECS.items())
    assert _recs(plan) == [[r] for _, r, *_ in LOG]


def test_a_bullet_list_without_owners_or_dates_stays_text() -> None:
    body, bullet, heading = _styles()
    story: list[Paragraph | Spacer] = [Paragraph("Annual report", heading)]
    for text in ("Recruited twelve foster carers", "Opened a family hub (in Northgate)"):
        story.append(Paragraph(text, bullet, bulletText="•"))
    assert _build(story).actions == []


def test_notes_of_a_meeting_with_action_lines_are_classed_as_a_plan() -> None:
    body, _, heading = _styles()
    story: list[Paragraph | Spacer] = [
        Paragraph("Partnership board: notes of meeting", heading),
        Paragraph("Present: the chair, the director and the heads of service.", body),
    ]
    for ref, _, owner, action, due, _ in LOG:
        story.append(Paragraph(f"{ref}: {owner} to {action} {due}.", body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    doc = parse_pdf_bytes(buf.getvalue(), "notes.pdf")
    assert classify(doc) == DocumentKind.improvement_plan


def test_a_bullets_inline_fields_in_each_printed_form() -> None:
    # the one reader of who, when and status printed after a bullet's text (plan_bullet_cells
    # reads a cell's bullets with it): a dash clause, a bracket then a status, dashed fields
    assert inline_fields("Audit plans – Head of Service by March 2026") == (
        ("Audit plans", "Head of Service", "March 2026"),
        None,
    )
    assert inline_fields("Report to the board (Lead: Director; 2027-03-31) Complete") == (
        ("Report to the board", "Lead: Director", "2027-03-31"),
        "Complete",
    )
    assert inline_fields("Introduce audits – Head of Assessment – 30.06.2026 – On track") == (
        ("Introduce audits", "Head of Assessment", "30.06.2026"),
        "On track",
    )
    assert inline_fields("Introduce audits across the service") == (None, None)
