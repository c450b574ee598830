"""Recommendations listed as labelled items with a hanging indent ('Rec 2 Improve ...', only the
label bold, the text wrapping at an indent under it), over tables of actions whose 'Rec no.'
column cites them: a wrapped item is one item, not an item and a stray paragraph, so the list
reads whole and each action answers the recommendation its row cites. A plan typeset with
reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=40, firstLineIndent=-40)

RECS = [
    "Increase the range of suitable accommodation for care leavers and improve the quality of"
    " pathway plans written with them",
    "Improve the regularity and quality of management oversight and reflective supervision for"
    " social workers in the assessment teams",
    "Improve the timeliness and consistency of decisions at the front door so that children"
    " receive the right help at the right time",
]
ACTIONS = [
    ("Rec 1", "Commission fifteen supported lodgings places for young people", "Aug-27"),
    ("Rec 3", "Audit repeat referrals each quarter to learn why help did not last", "Apr-28"),
    ("Rec 2", "Publish a revised supervision standard with a four-weekly minimum", "Dec-27"),
]


def _plan() -> PlanExtraction:
    story: list[object] = [Paragraph("<b>The inspection recommendations</b>", BODY)]
    for n, text in enumerate(RECS, start=1):
        story.append(Paragraph(f"<b>Rec {n}</b>&nbsp;&nbsp;{text}", ITEM))
    story += [Spacer(1, 14), Paragraph("<b>Lead: Principal Social Worker</b>", BODY)]
    cells: list[list[object]] = [["Rec no.", "Improvement activity", "Deadline"]]
    cells += [[rec, Paragraph(text, BODY), due] for rec, text, due in ACTIONS]
    table = Table(cells, colWidths=[60, 320, 70])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "by-lead.pdf"))


def test_wrapped_items_are_listed_whole_and_cited_by_the_actions() -> None:
    plan = _plan()
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (str(n), t) for n, t in enumerate(RECS, start=1)
    ]
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [[numbers[i] for i in a.recommendations] for a in plan.actions] == [["1"], ["3"], ["2"]]
