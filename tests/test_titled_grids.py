"""A log of improvement cycles (Plan-Do-Study-Act), printed by ReportLab: per aim a heading
'Improvement aim 2' over the recommendation, then per change idea a small ruled table of its
own: a dark title row 'Change idea 2.1' across both columns, then four shaded quadrants PLAN |
DO over STUDY | ACT. PLAN holds a question label over the action's text, then the owner and
due lines; DO the update; STUDY a reviewer's finding (a person and a date that are no owner and
no due date); ACT the Adopt / Adapt decision and the status line.

What is read: one action per table (the table is one record, not a table of rows), its text
without the quadrant's name or its question label, its owner and due date from the PLAN
quadrant's lines (not the reviewer, not the review's date), its status from the ACT quadrant's
status line (not the decision), and its link to the aim it sits under.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=16)
WHITE = ParagraphStyle("white", parent=BOLD, textColor=colors.white)

# aim, its recommendation, then (ref, action, owner, due as printed, update, reviewer, status)
AIMS = [
    ("1", "Improve the timeliness of initial health assessments for children coming into care",
     [("1.1", "Agree a health assessment pathway with the designated nurse", "Ruth Kowalczyk",
       "30/06/2026", "Pathway drafted and shared with health partners", "Karen Whitlow",
       "Progressing well"),
      ("1.2", "Report health assessment timeliness monthly to the corporate parenting board",
       "Head of Service", "31/03/2027", "Delayed while the new dashboard is built",
       "Ian Barraclough", "Some concerns"),
      # no colour: the ACT quadrant's peach shading behind the words is no status pill
      ("1.3", "Hold a permanence planning meeting for every child by their second review",
       "Grace Adebayo", "31/03/2027", "Not yet run - this cycle has not started.",
       "Karen Whitlow", "Not yet tested")]),
    ("2", "Make sure that children's wishes and feelings visibly influence the plans made for them",
     [("2.1", "Expand the children in care council and set up a younger members' group",
       "Amira Choudhury", "28/02/2027", "Recruitment stalled over the summer", "Nadine Osborne",
       "Not progressing"),
      ("2.2", "Provide direct work resources and tools to every social work team", "Bethan Lloyd",
       "31/08/2026", "All teams have the toolkit", "Karen Whitlow", "Change embedded")]),
]  # fmt: skip
RAG = {"Progressing well": "green", "Some concerns": "amber", "Not progressing": "red",
       "Change embedded": "blue", "Not yet tested": None}  # fmt: skip
DUE = {"30/06/2026": "2026-06-30", "31/03/2027": "2027-03-31", "28/02/2027": "2027-02-28",
       "31/08/2026": "2026-08-31"}  # fmt: skip
QUADRANTS = ("#deeaf6", "#e2efda", "#fff2cc", "#fce4d6")  # PLAN, DO, STUDY, ACT


def _cell(*lines: tuple[str, ParagraphStyle]) -> list[Paragraph]:
    return [Paragraph(text, style) for text, style in lines]


def _record(ref: str, action: str, owner: str, due: str, update: str, reviewer: str,
            status: str) -> Table:  # fmt: skip
    plan = _cell(("PLAN", BOLD), ("What are we testing?", BOLD), (action, BODY),
                 (f"Test lead: {owner}", BOLD), (f"By when: {due}", BOLD))  # fmt: skip
    do = _cell(("DO", BOLD), ("What happened?", BOLD), (update, BODY))
    study = _cell(("STUDY", BOLD), ("What did the data show?", BOLD),
                  (f"Reviewed by {reviewer} on 20/03/2026: 7 of 8 audited records met the "
                   "standard.", BODY))  # fmt: skip
    act = _cell(("ACT", BOLD), ("Decision: Adapt", BOLD), (f"How it is going: {status}", BOLD))
    table = Table([[_cell((f"Change idea {ref}", WHITE)), ""], [plan, do], [study, act]],
                  colWidths=[240, 240])  # fmt: skip
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#44546a")),
        ("BACKGROUND", (0, 1), (0, 1), colors.HexColor(QUADRANTS[0])),
        ("BACKGROUND", (1, 1), (1, 1), colors.HexColor(QUADRANTS[1])),
        ("BACKGROUND", (0, 2), (0, 2), colors.HexColor(QUADRANTS[2])),
        ("BACKGROUND", (1, 2), (1, 2), colors.HexColor(QUADRANTS[3])),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def _pdf() -> bytes:
    buf = io.BytesIO()
    story: list = [Paragraph("Northbrook Children's Services: PDSA Cycle Log", HEAD),
                   Paragraph("Each improvement aim below is one of the recommendations Ofsted "
                             "made; each change idea is tested in Plan-Do-Study-Act cycles.", BODY),
                   Spacer(1, 8)]  # fmt: skip
    for number, rec, records in AIMS:
        story += [Paragraph(f"Improvement aim {number}", HEAD), Paragraph(f"<i>{rec}</i>", BODY),
                  Spacer(1, 6)]  # fmt: skip
        for record in records:
            story += [KeepTogether(_record(*record)), Spacer(1, 10)]  # a record kept whole
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def _plan() -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(_pdf(), "pdsa.pdf"))


def test_each_titled_quadrant_table_is_one_action_read_from_its_cells() -> None:
    plan = _plan()
    expected = [record for _, _, records in AIMS for record in records]
    assert [a.text for a in plan.actions] == [r[1] for r in expected]
    for action, (_, _, owner, due, _, _, status) in zip(plan.actions, expected, strict=True):
        assert action.owner == owner  # the PLAN quadrant's line, never the STUDY reviewer
        assert action.due_raw == due
        assert action.due_date is not None and action.due_date.isoformat() == DUE[due]
        assert action.rag == RAG[status]  # the status line, not the Adapt decision


def test_actions_link_to_the_aim_they_sit_under() -> None:
    plan = _plan()
    numbers = {r.id: r.number for r in plan.recommendations}
    assert [r.number for r in plan.recommendations] == ["1", "2"]
    assert [[numbers[x] for x in a.recommendations] for a in plan.actions] == [
        ["1"],
        ["1"],
        ["1"],
        ["2"],
        ["2"],
    ]
