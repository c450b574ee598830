"""A stage-gate tracker: per work package a sponsor who answers for it and the project manager
who runs it (two columns of people), four gate dates, then the last gate's decision printed as
short words on tints ('Go' on green, 'No go' on red, 'Closed' on blue; 'Not yet at gate' on no
tint).

What is read: the owner is the column whose header names who answers for the work
('Sponsor'), not the one named for a project role ('Project manager'), which stays other; the
decision column is the status column, its words read by their tints, 'Go' (a word of letters
short enough to type as a code) included; the due date is the last gate's. A tracker whose only
people column is the project manager's still reads it as the owner.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["No.", "Deliverable", "Sponsor", "Project manager", "Gate 1: Scope",
          "Gate 2: Design", "Gate 3: Pilot", "Gate 4: Close", "Gate decision"]  # fmt: skip
ROWS = [
    ("WP01", "Publish a revised threshold document with partners and schools",
     "Principal Social Worker", "Honoria Blakemore", "04/2025", "05/2025", "06/2025",
     "12/2025", "No go"),
    ("WP02", "Step down cases to early help with a warm handover meeting",
     "Head of Early Help", "Thaddeus Wingrove", "09/2025", "10/2025", "01/2026", "02/2026",
     "Closed"),
    ("WP03", "Launch a single exploitation screening tool for all partners",
     "Head of Early Help", "Lysander Okonkwo", "12/2024", "04/2025", "07/2025", "08/2025",
     "No go"),
    ("WP04", "Deliver contextual safeguarding training to every social worker",
     "Principal Social Worker", "Honoria Blakemore", "09/2025", "10/2025", "04/2026",
     "05/2026", "Go"),
    ("WP05", "Audit thirty strategy discussions with the police and health",
     "Head of Safeguarding", "Perpetua Ashdown", "01/2025", "03/2025", "06/2025", "09/2025",
     "Go with conditions"),
    ("WP06", "Introduce quarterly practice observations for team managers",
     "Head of Safeguarding", "Thaddeus Wingrove", "02/2026", "04/2026", "06/2026", "10/2026",
     "Not yet at gate"),
    ("WP07", "Expand the children in care council to every locality",
     "Principal Social Worker", "Perpetua Ashdown", "03/2026", "05/2026", "07/2026",
     "11/2026", "Not yet at gate"),
]  # fmt: skip
TINTS = {"Go": "#c6efce", "Go with conditions": "#ffeb9c", "No go": "#ffc7ce",
         "Closed": "#bdd7ee"}  # fmt: skip
RAGS = {"Go": "green", "Go with conditions": "amber", "No go": "red", "Closed": "blue",
        "Not yet at gate": None}  # fmt: skip


def _plan(columns: list[int]) -> PlanExtraction:
    styles = getSampleStyleSheet()
    cell = styles["Normal"].clone("cell", fontSize=7, leading=9)
    header = [HEADER[i] for i in columns]
    body = [[Paragraph(r[i], cell) if i in (1, 2, 3) else r[i] for i in columns] for r in ROWS]
    status = columns.index(8)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#404040")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    style += [("BACKGROUND", (status, i), (status, i), colors.HexColor(TINTS[r[8]]))
              for i, r in enumerate(ROWS, start=1) if r[8] in TINTS]  # fmt: skip
    widths = {0: 34, 1: 190, 2: 100, 3: 90, 8: 80}
    t = Table([header, *body], colWidths=[widths.get(i, 52) for i in columns])
    t.setStyle(TableStyle(style))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Improvement programme: stage-gate tracker", styles["Title"]), Spacer(1, 8), t]
    )
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "tracker.pdf"))


def test_the_sponsor_owns_and_the_project_manager_does_not() -> None:
    got = _plan(list(range(9)))
    assert [a.ref for a in got.actions] == [r[0] for r in ROWS]
    assert {a.ref: a.owner for a in got.actions} == {r[0]: r[2] for r in ROWS}
    assert {a.ref: a.due_raw for a in got.actions} == {r[0]: r[7] for r in ROWS}


def test_gate_decisions_are_read_by_their_tints() -> None:
    got = _plan(list(range(9)))
    assert {a.ref: a.rag for a in got.actions} == {r[0]: RAGS[r[8]] for r in ROWS}


def test_a_project_manager_alone_is_the_owner() -> None:
    got = _plan([0, 1, 3, 4, 5, 6, 7, 8])
    assert {a.ref: a.owner for a in got.actions} == {r[0]: r[3] for r in ROWS}
