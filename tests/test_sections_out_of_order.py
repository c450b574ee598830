"""A plan printed in sections out of their numbers' order, each section's own refs in order:
workstreams, each answering recommendations dealt out among them, so the page gives 'D2.1',
'D2.2', then 'D3.1', then 'D1.1', 'D1.2'. The refs number the plan; the sections' order is the
layout's. The actions are given in the refs' order and the recommendations in their numbers'.

A plan stepping back inside one section ('1.5' before '1.4': sorted by another column), or
with a gap in a section's numbers (a report naming some actions), keeps its printed order
(tests/test_abbreviation_key asserts the first on a whole plan).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan_actions import sections_out_of_order
from plantrace.pipeline.extract import extract_file

# workstream -> (recommendations it answers, rows: ref, action, lead officer, due)
WORKSTREAMS = {
    "Workstream 1: Workforce": (
        {"2": "Increase the range of accommodation for care leavers"},
        [
            ("D2.1", "Rewrite the pathway plan with care leavers", "Service Manager", "30/09/27"),
            ("D2.2", "Offer every care leaver a review with a personal adviser",
             "Head of Safeguarding", "26/12/26"),
        ],
    ),
    "Workstream 2: Safety": (
        {"3": "Strengthen the response to children missing from home"},
        [("D3.1", "Hold a monthly missing children panel", "Designated Nurse", "30/11/27")],
    ),
    "Workstream 3: Practice": (
        {"1": "Improve the quality of assessments for children in need"},
        [
            ("D1.1", "Quality assure a sample of assessments every month",
             "Head of Safeguarding", "31/12/27"),
            ("D1.2", "Introduce a practice standard for chronologies", "Designated Nurse",
             "30/06/27"),
        ],
    ),
}  # fmt: skip
HEADER = ["Ref", "Deliverable", "Lead officer", "Target date"]


def _plan(path: Path) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=colors.HexColor("#2F5496"), spaceBefore=10)  # fmt: skip
    story: list[object] = [Paragraph("Eastmere Children's Services: workstream plan", head)]
    for heading, (recs, rows) in WORKSTREAMS.items():
        story += [Paragraph(heading, head)]
        story += [Paragraph(f"<i>Recommendation {n}: {text}</i>", cell) for n, text in recs.items()]
        story.append(Spacer(1, 4))
        data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADER]]
        data += [[Paragraph(v, cell) for v in row] for row in rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        story.append(Table(data, colWidths=[45, 360, 170, 80], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40).build(story)  # fmt: skip
    return path


def test_sections_out_of_order_read_in_their_refs_order(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf"))
    assert [(a.ref, a.owner) for a in result.actions] == [
        ("D1.1", "Head of Safeguarding"),
        ("D1.2", "Designated Nurse"),
        ("D2.1", "Service Manager"),
        ("D2.2", "Head of Safeguarding"),
        ("D3.1", "Designated Nurse"),
    ]
    assert [r.number for r in result.recommendations] == ["1", "2", "3"]
    assert result.recommendations[0].text.startswith("Improve the quality of assessments")
    ids = {r.id: r.number for r in result.recommendations}
    assert [[ids[x] for x in a.recommendations] for a in result.actions] == [
        ["1"],
        ["1"],
        ["2"],
        ["2"],
        ["3"],
    ]


def test_only_whole_sections_give_an_order() -> None:
    moved = sections_out_of_order(["D2.1", "D2.2", "D3.1", "D1.1", "D1.2"])
    assert moved == [(2, 1), (2, 2), (3, 1), (1, 1), (1, 2)]
    assert sections_out_of_order(["2.1", "1.1", "1.2"]) == [(2, 1), (1, 1), (1, 2)]
    assert sections_out_of_order(["1.1", "1.2", "1.3", "1.5", "1.4"]) is None  # a step back
    assert sections_out_of_order(["2.1", "2.3", "1.1"]) is None  # 2.2 missing: some shown
    assert sections_out_of_order(["2.1", "1.1", "2.2"]) is None  # a section in two runs
    assert sections_out_of_order(["D2.1", "P1.1"]) is None  # two codes
    assert sections_out_of_order(["1.1", "1.2", "2.1"]) is None  # in order: nothing to move
    assert sections_out_of_order(["1.1", "2.1", "0.1"]) is None  # a section 0: no recommendation
