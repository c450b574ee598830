"""A plan grouped by lead officer whose tables already come in the recommendations' order
(round 51): no action has to move, yet one recommendation's actions stand under two leads, and
the plan's own order among those is printed nowhere (each lead's table gives only the order of
its own). The plan says so (plan_actions_regrouped) as it does where actions were moved; a plan
whose every recommendation has one lead has its order fixed by the page and says nothing.
Typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

SHARED = [
    ("Head of Virtual School", [
        ("Rec 1", "Publish a revised supervision standard", "Jan-27", "Achieved"),
        ("Rec 2", "Offer tuition to every child in care behind in reading", "Jun-27",
         "On course"),
    ]),
    ("Service Manager, Fostering", [
        ("Rec 2", "Train foster carers in understanding trauma", "Mar-27", "Slipping"),
        ("Rec 3", "Recruit twenty new foster carer households", "Aug-26", "Off course"),
    ]),
]  # fmt: skip
# the same, but recommendation 2 led by one lead only: the page fixes the whole order
ONE_LEAD_EACH = [SHARED[0], (SHARED[1][0], SHARED[1][1][1:])]


def _plan(leads: list[tuple[str, list[tuple[str, str, str, str]]]]) -> bytes:
    story: list[object] = [Paragraph("<b>Actions by lead officer</b>", STYLES["Heading2"])]
    for lead, rows in leads:
        story += [Paragraph(f"<b>Lead: {lead}</b>", STYLES["Heading3"]), Spacer(1, 4)]
        head = ["Rec no.", "Action", "Due", "Status"]
        cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
        cells += [[r[0], Paragraph(r[1], BODY), r[2], r[3]] for r in rows]
        table = Table(cells, colWidths=[50, 290, 60, 90])
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#000000")]))
        story += [table, Spacer(1, 10)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def test_order_among_two_leads_said_though_nothing_moved() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(SHARED), "shared.pdf"))
    assert [(a.text.split()[0], a.owner) for a in plan.actions] == [
        ("Publish", "Head of Virtual School"),
        ("Offer", "Head of Virtual School"),
        ("Train", "Service Manager, Fostering"),
        ("Recruit", "Service Manager, Fostering"),
    ]
    said = [w for w in plan.warnings if w.code == "plan_actions_regrouped"]
    assert len(said) == 1 and "4 actions" in said[0].message


def test_order_fixed_by_the_page_says_nothing() -> None:
    plan = extract_plan(parse_pdf_bytes(_plan(ONE_LEAD_EACH), "one-lead.pdf"))
    assert [a.text.split()[0] for a in plan.actions] == ["Publish", "Offer", "Recruit"]
    assert "plan_actions_regrouped" not in {w.code for w in plan.warnings}
