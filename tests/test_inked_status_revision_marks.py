"""A refreshed plan marks its revisions in colour: a status word changed since the last version
is printed underlined in blue, the others in black ('On track' in blue: revised to on track).

The ink of a status word then says it was revised, not what it means: inked_status_column read
a column of two inks, one a status colour, as a key and made every revised status blue
(holdout8 docx-revisions-marked RAG 1.000 -> 0.705 at 0.6.65). A word the status vocabulary
reads, inked in another status colour than its meaning, says the ink is no key of the column.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

ROWS = [  # ref, action, due, status, revised (printed in blue)
    ("1.1", "Rewrite the pathway plan with care leavers so it is shorter", "31/05/2026", "On track", True),
    ("1.2", "Give every care leaver a written summary of their entitlements", "04/01/2027", "Delayed", False),
    ("2.1", "Launch a single exploitation screening tool for partner agencies", "13/01/2027", "Complete", False),
    ("2.2", "Establish a weekly multi-agency exploitation meeting with police", "10/04/2027", "Delayed", True),
    ("2.3", "Appoint two specialist exploitation social workers for complex cases", "15/10/2026", "On track", False),
]  # fmt: skip
WANT = {"1.1": "green", "1.2": "amber", "2.1": "blue", "2.2": "amber", "2.3": "green"}


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    body = getSampleStyleSheet()["BodyText"]
    table = Table([("Ref", "Action", "Due date", "Status"), *(r[:4] for r in ROWS)],
                  colWidths=[30, 260, 70, 80])  # fmt: skip
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for r, row in enumerate(ROWS, start=1):
        if row[4]:
            style.append(("TEXTCOLOR", (3, r), (3, r), colors.HexColor("#1565C0")))
    table.setStyle(TableStyle(style))
    note = "Changes since the last version are shown in blue."
    doc.build([Paragraph("Improvement plan (refreshed)", body), Paragraph(note, body), table])
    return buf.getvalue()


def test_revised_status_words_keep_their_meaning() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "refreshed.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == WANT
