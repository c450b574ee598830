"""A refreshed plan marks its revisions in colour: a status word changed since the last version
is printed underlined in blue, the others in black ('On track' in blue: revised to on track).

The ink of a status word then says it was revised, not what it means: inked_status_column read
a column of two inks, one a status colour, as a key and made every revised status blue
(holdout8 docx-revisions-marked RAG 1.000 -> 0.705 at 0.6.65). A word the status vocabulary
reads, inked in another status colour than its meaning, says the ink is no key of the column.

So does a state of work not done, no colour to the vocabulary ('Not begun'), inked in blue, the
colour of work done: with every other revised word blue by its meaning too ('Achieved in
full'), no word was read against its meaning, the two inks were read as a key and 'Not begun'
was read blue (holdout8 docx-revisions-marked at 0.6.66: RAG 0.975 on seed 2).
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


def _pdf(rows: list[tuple[str, str, str, str, bool]] = ROWS) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    body = getSampleStyleSheet()["BodyText"]
    table = Table([("Ref", "Action", "Due date", "Status"), *(r[:4] for r in rows)],
                  colWidths=[30, 260, 70, 80])  # fmt: skip
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for r, row in enumerate(rows, start=1):
        if row[4]:
            style.append(("TEXTCOLOR", (3, r), (3, r), colors.HexColor("#1565C0")))
    table.setStyle(TableStyle(style))
    note = "Changes since the last version are shown in blue."
    doc.build([Paragraph("Improvement plan (refreshed)", body), Paragraph(note, body), table])
    return buf.getvalue()


def test_revised_status_words_keep_their_meaning() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "refreshed.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == WANT


NOT_DONE_ROWS = [  # only words whose meaning is blue, or no colour, revised
    ("1.1", "Rewrite the pathway plan with care leavers so it is shorter", "31/05/2026", "Stalled", False),
    ("1.2", "Give every care leaver a written summary of their entitlements", "04/01/2027", "Achieved in full", True),
    ("1.3", "Launch a single exploitation screening tool for partner agencies", "13/01/2027", "Not begun", True),
    ("2.1", "Establish a weekly multi-agency exploitation meeting with police", "10/04/2027", "Going to plan", False),
    ("2.2", "Appoint two specialist exploitation social workers for complex cases", "15/10/2026", "Not begun", False),
    ("2.3", "Agree a joint protocol with the police on strategy discussions", "30/11/2026", "Stalled", False),
]  # fmt: skip
NOT_DONE_WANT = {"1.1": "red", "1.2": "blue", "1.3": None, "2.1": "green", "2.2": None, "2.3": "red"}  # fmt: skip


def test_a_state_of_work_not_done_in_blue_is_no_key() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(NOT_DONE_ROWS), "refreshed.pdf"))
    assert {a.ref: a.rag for a in plan.actions} == NOT_DONE_WANT
