"""A plan that gives each priority a small table of its own under one header row, the status
word on a pale tint of its colour: 'On target' green, 'At risk' amber, 'Behind target' red,
'Achieved' blue. 'Behind target' reads amber in the vocabulary ('behind' is a word of degree,
amber on its own); here it is the step after 'At risk', and the plan paints it red.

No one table of two or three rows shows that the paint follows the words (status_paint needs
two words on their vocabulary's colour beside the one painted a step further); the plan's
tables under one header row are one column in pieces, and together they show it: 'Behind
target' is red wherever it stands, its table's other word only 'At risk' included.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.status_paint import painted_over
from plantrace.pipeline.document import Cell
from plantrace.pipeline.extract import extract_file

TINT = {"On target": "#C8E6C9", "At risk": "#FFE0B2", "Behind target": "#FFCDD2",
        "Achieved": "#BBDEFB", "Not started": "#EEEEEE"}  # fmt: skip
RAG = {"On target": "green", "At risk": "amber", "Behind target": "red", "Achieved": "blue",
       "Not started": None}  # fmt: skip
# priority -> rows: ref, action, lead officer, due, status
PRIORITIES = {
    "Priority 1: Improve the quality of assessments for children in need": [
        ("P1.1", "Quality assure a sample of assessments every month", "Head of Safeguarding",
         "31/12/27", "Behind target"),
        ("P1.2", "Introduce a practice standard for chronologies", "Designated Nurse",
         "30/06/27", "At risk"),
    ],
    "Priority 2: Increase the range of accommodation for care leavers": [
        ("P2.1", "Rewrite the pathway plan with care leavers", "Service Manager, Leaving Care",
         "30/09/27", "On target"),
        ("P2.2", "Offer every care leaver a review with a personal adviser", "Head of Safeguarding",
         "26/12/26", "Achieved"),
        ("P2.3", "Give every care leaver a summary of their entitlements", "Designated Nurse",
         "28/02/28", "Not started"),
    ],
    "Priority 3: Strengthen the response to children missing from home": [
        ("P3.1", "Hold a monthly missing children panel", "Head of Safeguarding", "30/11/27",
         "On target"),
        ("P3.2", "Map the places where missing children are found", "Designated Nurse",
         "15/06/27", "At risk"),
    ],
}  # fmt: skip
HEADER = ["Ref", "Agreed action", "Lead officer", "Target date", "Status"]


def _plan(path: Path) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=colors.HexColor("#2F5496"), spaceBefore=10)  # fmt: skip
    story: list[object] = [Paragraph("Eastmere Safeguarding Children Partnership: Plan", head)]
    for heading, rows in PRIORITIES.items():
        story += [Paragraph(heading, head), Spacer(1, 3)]
        data = [[Paragraph(f"<b>{h}</b>", cell) for h in HEADER]]
        data += [[Paragraph(v, cell) for v in row] for row in rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        style += [("BACKGROUND", (4, i), (4, i), colors.HexColor(TINT[row[4]]))
                  for i, row in enumerate(rows, start=1)]  # fmt: skip
        story.append(Table(data, colWidths=[45, 330, 170, 80, 90], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40).build(story)  # fmt: skip
    return path


def test_sibling_tables_show_the_paint_of_a_word_of_degree(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf"))
    rows = [row for rows in PRIORITIES.values() for row in rows]
    assert [(a.ref, a.rag) for a in result.actions] == [(r[0], RAG[r[4]]) for r in rows]


def test_peers_decide_with_the_tables_own_cells() -> None:
    """Alone, 'Behind target' on red beside 'At risk' on amber is too little to show a key;
    with the other tables' cells it is one; their cells are not answered for."""
    own = [(Cell(text=w, bbox=(0.0, 0.0, 1.0, 1.0)), w) for w in ("Behind target", "At risk")]
    tints: dict[int, str | None] = {id(own[0][0]): "red", id(own[1][0]): "amber"}
    assert painted_over(own, tints) == {}
    peers = [("On target", "green"), ("Achieved", "blue"), ("At risk", "amber")]
    assert painted_over(own, tints, None, peers) == {id(own[0][0]): "red"}
    # a peer painting the word another colour: the paint does not follow the words
    assert painted_over(own, tints, None, [*peers, ("Behind target", "amber")]) == {}
