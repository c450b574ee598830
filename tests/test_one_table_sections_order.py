"""One printed action table whose rows run in sections out of their numbers' order ('R2.01',
'R2.02', 'R3.01', 'R1.01', 'R1.02'): a register its author ordered so (by priority, or as
the recommendations were taken up). Its row order is the plan's, so the actions are given as
printed. Sections printed apart (a table per workstream under its heading, or cards) are the
layout's grouping and are given in their refs' order (tests/test_sections_out_of_order).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.pipeline.extract import extract_file

RECS = {
    "1": "Improve the quality of assessments for children in need",
    "2": "Increase the range of accommodation for care leavers",
    "3": "Strengthen the response to children missing from home",
}
ROWS = [
    ("R2.01", "Rewrite the pathway plan with care leavers", "Service Manager", "30/09/27"),
    ("R2.02", "Offer every care leaver a review with a personal adviser",
     "Head of Safeguarding", "26/12/26"),
    ("R3.01", "Hold a monthly missing children panel", "Designated Nurse", "30/11/27"),
    ("R1.01", "Quality assure a sample of assessments every month", "Head of Safeguarding",
     "31/12/27"),
    ("R1.02", "Introduce a practice standard for chronologies", "Designated Nurse", "30/06/27"),
]  # fmt: skip
HEADER = ["Code", "Action", "Lead officer", "Target date"]


def _plan(path: Path) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=colors.HexColor("#2F5496"), spaceBefore=10)  # fmt: skip
    story: list[object] = [Paragraph("Eastmere Children's Services: improvement plan", head)]
    story += [Paragraph(f"Recommendation {n}: {text}", cell) for n, text in RECS.items()]
    story += [Spacer(1, 8), Paragraph("Action plan", head)]
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADER]]
    data += [[Paragraph(v, cell) for v in row] for row in ROWS]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    story.append(Table(data, colWidths=[50, 360, 170, 80], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40).build(story)  # fmt: skip
    return path


def test_one_table_keeps_its_row_order(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf"))
    assert [(a.ref, a.owner) for a in result.actions] == [
        ("R2.01", "Service Manager"),
        ("R2.02", "Head of Safeguarding"),
        ("R3.01", "Designated Nurse"),
        ("R1.01", "Head of Safeguarding"),
        ("R1.02", "Designated Nurse"),
    ]
    ids = {r.id: r.number for r in result.recommendations}
    assert [[ids[x] for x in a.recommendations] for a in result.actions] == [
        ["2"], ["2"], ["3"], ["1"], ["1"],
    ]  # fmt: skip
