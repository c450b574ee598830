"""A multi-agency safeguarding partnership plan, landscape, one ruled table per priority: 'Ref |
Action | Lead agency | Lead officer | Supporting partners | Target date | Status'. The lead
agency ('Police', 'Early Help') and the supporting partners ('Public Health, Probation
Service') stand beside the officer who answers for the action.

What is read: the owner is the officer, a post or a person, never the agency beside it (the
header word 'lead' names both, and 'Early Help' types as a name); the partners are no owner and
no governance. A plan whose only lead is an agency keeps the agency as the owner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.agency_columns import is_agency_cell, is_post_cell
from plantrace.pipeline.extract import extract_file

HEADER = ["Ref", "Agreed action", "Lead agency", "Lead officer", "Supporting partners",
          "Target date", "Status"]  # fmt: skip
TINT = {"On target": "#C8E6C9", "At risk": "#FFE0B2", "Achieved": "#BBDEFB"}
# priority -> rows: ref, action, agency, officer, partners, due, status
PRIORITIES = {
    "Priority 1: Improve the quality of assessments for children in need": [
        ("P1.1", "Hold monthly practice workshops on analysis in assessments", "Early Help",
         "Designated Nurse", "Public Health", "31/12/27", "On target"),
        ("P1.2", "Quality assure a sample of assessments every month", "Children's Social Care",
         "Head of Safeguarding", "Education, Police", "05/06/27", "At risk"),
        ("P1.3", "Introduce a practice standard for chronologies", "Youth Justice Service",
         "Service Manager, Front Door", "Integrated Care Board", "10/04/27", "On target"),
    ],
    "Priority 2: Strengthen the response to children missing from home or care": [
        ("P2.1", "Hold a monthly missing children panel", "Police", "Jane Ashworth",
         "Integrated Care Board, Probation Service", "30/09/27", "Achieved"),
        ("P2.2", "Map the places where missing children are found", "Integrated Care Board",
         "Head of Safeguarding", "Youth Justice Service, Police", "26/12/26", "At risk"),
    ],
}  # fmt: skip
DUE = {"31/12/27": "2027-12-31", "05/06/27": "2027-06-05", "10/04/27": "2027-04-10",
       "30/09/27": "2027-09-30", "26/12/26": "2026-12-26"}  # fmt: skip
RAG = {"On target": "green", "At risk": "amber", "Achieved": "blue"}


def _plan(path: Path, header: list[str], keep: list[int]) -> Path:
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=colors.HexColor("#2F5496"), spaceBefore=8)  # fmt: skip
    story: list[object] = [
        Paragraph("Northbury Safeguarding Children Partnership: Improvement Plan", head),
        Paragraph(
            "Agreed by the statutory safeguarding partners. Each action has a lead agency "
            "and a named lead officer.",
            cell,
        ),  # fmt: skip
    ]
    widths = [40, 220, 100, 110, 130, 60, 70]
    for heading, rows in PRIORITIES.items():
        story += [Paragraph(heading, head), Spacer(1, 3)]
        data = [[Paragraph(f"<b>{header[j]}</b>", cell) for j in keep]]
        data += [[Paragraph(row[j], cell) for j in keep] for row in rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if 6 in keep:
            status = keep.index(6)
            style += [("BACKGROUND", (status, i), (status, i), colors.HexColor(TINT[row[6]]))
                      for i, row in enumerate(rows, start=1)]  # fmt: skip
        story.append(Table(data, colWidths=[widths[j] for j in keep], style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=40, rightMargin=40,
                      topMargin=40, bottomMargin=40).build(story)  # fmt: skip
    return path


ROWS = [row for rows in PRIORITIES.values() for row in rows]


def test_the_officer_leads_not_the_agency_beside_it(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.pdf", HEADER, list(range(7))))
    assert [a.ref for a in result.actions] == [r[0] for r in ROWS]
    assert [a.owner for a in result.actions] == [r[3] for r in ROWS]
    assert [a.governance for a in result.actions] == [None] * len(ROWS)
    assert [a.due_date.isoformat() if a.due_date else None for a in result.actions] == [
        DUE[r[5]] for r in ROWS
    ]
    assert [a.rag for a in result.actions] == [RAG[r[6]] for r in ROWS]


def test_other_headers_of_agencies_and_officers(tmp_path: Path) -> None:
    """'Lead organisation' | 'Named lead' | 'Contributing agencies', the partners unnamed by any
    role word ('Also involved' reads as nothing, and agencies type as bodies or people)."""
    header = ["ID", "Management action", "Lead organisation", "Named lead", "Also involved",
              "Deadline", "Current status"]  # fmt: skip
    result = extract_file(_plan(tmp_path / "plan.pdf", header, list(range(7))))
    assert [a.owner for a in result.actions] == [r[3] for r in ROWS]
    assert [a.governance for a in result.actions] == [None] * len(ROWS)


def test_an_agency_alone_is_the_owner(tmp_path: Path) -> None:
    """No officer column: the lead agency is all the plan says of who leads."""
    result = extract_file(_plan(tmp_path / "plan.pdf", HEADER, [0, 1, 2, 5, 6]))
    assert [a.owner for a in result.actions] == [r[2] for r in ROWS]


@pytest.mark.parametrize(
    ("text", "agency", "post"),
    [
        ("Police", True, False),
        ("Early Help", True, False),
        ("Integrated Care Board, Probation Service", True, False),
        ("Northshire Constabulary", True, False),
        ("Head of Service", False, True),
        ("Service Manager, Front Door", False, True),
        ("Designated Nurse", False, True),
        ("Jane Ashworth", False, True),
        ("Corporate Parenting Board", False, False),  # a board oversees: governance, no agency
        # lower case inside a name only for its joining words (agencies.json joining_words)
        ("Friends of the Museum Trust", True, False),
        ("Friends of the museum Trust", False, False),
    ],
)
def test_agencies_and_posts_told_apart(text: str, agency: bool, post: bool) -> None:
    assert (is_agency_cell(text), is_post_cell(text)) == (agency, post)
