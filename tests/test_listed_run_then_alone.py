"""Recommendations listed with their labels, the first ones run together into one paragraph (no
gap between items) and the last set apart, over a table whose refs number them: the last item
is the end of the list, not a heading over the table, so every item is listed and each action
answers the one its ref numbers (fixer C, round 10, from B's reading of a holdout9 exception
report). Plans typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

ITEMS = [
    "Improve the quality of supervision so that it is regular and reflective",
    "Make sure that plans for children in need are specific and reviewed on time",
    "Strengthen the response to children who go missing from home or care",
    "Increase the number of in-house foster carers for older children",
]
ACTIONS = [
    ("1.1", "Audit twelve supervision records each month", "Head of Quality", "Mar 2026"),
    ("2.1", "Review every child in need plan every three months", "Service Manager", "Jun 2026"),
    ("3.1", "Offer every child a return home interview in three days", "Missing Lead", "Apr 2026"),
    ("4.1", "Run a recruitment campaign for foster carers of teenagers", "Head of Fostering",
     "Sep 2026"),
]  # fmt: skip


def _plan() -> PlanExtraction:
    run = "<br/>".join(f"Key priority {n}: {t}" for n, t in enumerate(ITEMS[:3], start=1))
    story: list[object] = [
        Paragraph("<b>Our improvement priorities</b>", BODY),
        Paragraph(run, BODY),
        Spacer(1, 8),
        Paragraph(f"Key priority 4: {ITEMS[3]}", BODY),
        Spacer(1, 14),
    ]
    head = ["No.", "Action", "Lead", "Deadline"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[r[0], Paragraph(r[1], BODY), Paragraph(r[2], BODY), r[3]] for r in ACTIONS]
    table = Table(cells, colWidths=[40, 360, 150, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "priorities.pdf"))


def test_every_item_is_listed_and_each_action_answers_its_own() -> None:
    plan = _plan()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), t) for n, t in enumerate(ITEMS, start=1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[i] for i in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["2"],
        ["3"],
        ["4"],
    ]
