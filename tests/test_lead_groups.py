"""A plan grouped by lead officer (fixer I, round 16): a bold 'Lead: <post>' heading above each
lead's own table of actions (Rec, action, due, status), no refs. The plan is the
recommendations' actions; the grouping by lead is a view of it, so the actions are read in the
order of the recommendations they answer (stable within one), each with its heading's owner.
A plan grouped so whose actions name no recommendation stays in the order printed. Typeset
with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_actions import Draft, in_recommendation_order
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

LEADS = [
    ("Head of Virtual School", [
        ("Rec 2", "Offer tuition to every child in care behind in reading", "Jun-27",
         "On course"),
        ("Rec 1", "Publish a revised supervision standard", "Jan-27",
         "Achieved"),
    ]),
    ("Service Manager, Fostering", [
        ("Rec 1", "Train all team managers in reflective supervision", "Mar-27",
         "Slipping"),
        ("Rec 3", "Recruit twenty new foster carer households", "Aug-26",
         "Off course"),
    ]),
]  # fmt: skip


def _plan() -> bytes:
    story: list[object] = [Paragraph("<b>Actions by lead officer</b>", STYLES["Heading2"])]
    for lead, rows in LEADS:
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


def test_actions_grouped_by_lead_read_in_recommendation_order() -> None:
    got = extract_plan(parse_pdf_bytes(_plan(), "by-lead.pdf")).actions
    assert [(a.text.split()[0], a.owner) for a in got] == [
        ("Publish", "Head of Virtual School"),
        ("Train", "Service Manager, Fostering"),
        ("Offer", "Head of Virtual School"),
        ("Recruit", "Service Manager, Fostering"),
    ]


def _draft(text: str, owner: str | None, rec: str | None) -> Draft:
    return Draft(None, None, text, owner, None, None, None, None, None, rec, None)  # type: ignore[arg-type]


def test_order_kept_without_recommendations_or_lead_groups() -> None:
    no_recs = [_draft("b", "X", None), _draft("a", "Y", "Rec 1")]
    assert in_recommendation_order(no_recs) == no_recs
    # one owner's actions in two runs: not grouped by lead
    mixed = [_draft("b", "X", "2"), _draft("a", "Y", "1"), _draft("c", "X", "1")]
    assert in_recommendation_order(mixed) == mixed
    grouped = [_draft("b", "X", "2"), _draft("a", "Y", "1")]
    assert [d.text for d in in_recommendation_order(grouped)] == ["a", "b"]
