"""A row whose action cell says there is no action is no action (fixer C, round 10): a tracker
answering recommendations row by row gives one it will not act on a row saying why ('None
required – ...', 'No further action: ...'), with no lead and no date. The recommendation stays
listed; the row adds no action. A sentence that only starts with such words ('No child waits
...') is an action. Plans typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = getSampleStyleSheet()["BodyText"]

ROWS = [
    ("1", "Improve the timeliness of initial health assessments", "1.1",
     "Agree a weekly slot with the designated doctor", "Designated Nurse", "Mar 2026", "Green"),
    ("", "", "1.2", "No child waits longer than twenty days for an appointment",
     "Health Lead", "Jun 2026", "Amber"),
    ("2", "Publish the sufficiency strategy", "2.1",
     "None required – the strategy was published in May and is on the website", "", "", ""),
    ("3", "Audit return home interviews", "3.1",
     "Audit twenty return interviews with the missing coordinator", "Missing Coordinator",
     "Sep 2026", "Red"),
    ("", "", "3.2", "No further action: covered by the quarterly audit programme", "", "", ""),
]  # fmt: skip


def _tracker() -> bytes:
    head = ["Rec", "Recommendation", "Ref", "Our response", "Lead", "By when", "RAG"]
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in head]]
    cells += [[Paragraph(c, BODY) for c in row] for row in ROWS]
    table = Table(cells, colWidths=[35, 170, 35, 250, 110, 60, 50])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([Paragraph("Response to the review: tracker", BODY), table])
    return buf.getvalue()


def _plan() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_tracker(), "tracker.pdf"))


def test_rows_saying_no_action_are_no_actions() -> None:
    plan = _plan()
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "3.1"]
    assert plan.actions[1].text == "No child waits longer than twenty days for an appointment"
    assert [a.owner for a in plan.actions] == [
        "Designated Nurse",
        "Health Lead",
        "Missing Coordinator",
    ]


def test_the_recommendation_not_acted_on_stays_listed() -> None:
    plan = _plan()
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert [a.recommendations for a in plan.actions] == [["r1"], ["r1"], ["r3"]]
