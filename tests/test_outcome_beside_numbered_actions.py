"""An outcome merged down beside the numbered actions that serve it, under headers no vocabulary
holds ('Outcome sought', 'What will happen'): the numbered items ('1.1 ...', '1.2 ...'), one per
row, are the actions; the merged prose left of them says what they are for. Read left to right
alone, the outcome would be taken for the only action and the real actions left unread."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import ACTION_TABLE, read_roles
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLE = getSampleStyleSheet()["BodyText"]
OUTCOME = "Children and young people with SEND have their needs identified early and accurately"
ITEMS = [
    "1.1 Hold monthly practice workshops on writing analysis in assessments",
    "1.2 Review every child in need plan at least every three months",
    "1.3 Include identity and cultural needs prompts in the assessment template",
]
LEADS = [
    "Head of Quality Assurance",
    "Detective Inspector, Public Protection",
    "Head of Early Help",
]


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    header = ["Outcome sought", "What will happen", "Lead", "Evidence of impact"]
    evidence = ["Audits show oversight recorded", "Timeliness at the national average",
                "Staff survey shows improved confidence"]  # fmt: skip
    data = [[Paragraph(f"<b>{x}</b>", STYLE) for x in header]]
    for i, (item, lead, ev) in enumerate(zip(ITEMS, LEADS, evidence, strict=True)):
        first = Paragraph(OUTCOME, STYLE) if i == 0 else ""
        data.append([first, Paragraph(item, STYLE), Paragraph(lead, STYLE), Paragraph(ev, STYLE)])
    t = Table(data, colWidths=[180, 260, 160, 160])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 1), (0, 3))]))
    doc.build([Paragraph("Improvement plan 2026-27", STYLE), t])
    return buf.getvalue()


def test_numbered_items_right_of_a_merged_outcome_are_the_actions() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "plan.pdf"))
    got = [(a.ref, a.text, a.owner) for a in plan.actions]
    assert got == [
        ("1.1", "Hold monthly practice workshops on writing analysis in assessments", LEADS[0]),
        ("1.2", "Review every child in need plan at least every three months", LEADS[1]),
        ("1.3", "Include identity and cultural needs prompts in the assessment template", LEADS[2]),
    ]


def test_merged_prose_without_numbered_items_beside_it_stays_the_action() -> None:
    """Unnumbered sentences to the right (notes on each row) leave the first prose the action."""
    notes = ["Workshops booked for the spring term", "Reviews tracked weekly", "Template drafted"]
    reading = read_roles(
        ACTION_TABLE,
        [None, None],
        ["Outcome sought", "What will happen"],
        [[OUTCOME, "", ""], notes],
    )
    assert reading.columns[0].role == "action"
