"""A column of status words that share a header's word ('Sound progress', 'Patchy progress',
'Inadequate progress') is a status column, not the field column of a field-value export
(extractors/field_value_rows.py _field_labels).

An export's field column names several DIFFERENT plan columns (owner, due, status); its labels
were counted one by one, so three status words each naming 'progress' passed for three fields,
an owner column repeating its people for the record key, and the whole action table was pivoted
(or collapsed as a change log) into a few records: a third of the actions lost. The labels now
count once per role they name.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

OWNERS = ["Tom Ellery", "David Osei", "Sian Pritchard", "Fatima Rahman", "Joseph Mensah"]
STATUSES = [
    "Awaiting commencement",
    "Sound progress",
    "Inadequate progress",
    "Laid to rest",
    "Patchy progress",
]
ACTIONS = [
    "Deliver contextual safeguarding training to every social work team",
    "Run a multi-agency audit of thirty strategy discussions",
    "Develop safety plans for places of concern with community safety partners",
    "Agree a joint housing protocol with district councils for care leavers",
    "Hold monthly practice workshops on writing analysis in assessments",
    "Establish a weekly multi-agency child exploitation meeting",
    "Review every child in need plan at least every three months",
    "Agree a joint protocol with the police on attendance at strategy meetings",
    "Set up a daily virtual strategy meeting slot for partners",
    "Rewrite the pathway plan with care leavers so it is shorter",
    "Revise the strategy discussion template so the decision is recorded",
    "Commission fifteen supported lodgings places for young people leaving care",
]
ROWS = [
    (str(i), text, f"paras {10 + i}, {40 + i}", OWNERS[i % 3], f"{i + 2} March 2027",
     STATUSES[(i * 2) % 5])
    for i, text in enumerate(ACTIONS, 1)
]  # fmt: skip


def _pdf() -> bytes:
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story = [Paragraph("Action plan against the inspection report", ss["Title"])]
    rows: list[list[object]] = [
        ["No.", "Measure to be taken", "Evidence", "Lead respondent", "Deadline", "Verdict"]
    ]
    rows += [[r, Paragraph(t, ss["Normal"]), e, o, d, s] for r, t, e, o, d, s in ROWS]
    grid = Table(rows, colWidths=[35, 300, 90, 110, 100, 130], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(grid)
    doc.build(story)
    return buf.getvalue()


def test_status_words_sharing_a_header_word_are_no_field_column() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "status-words.pdf"))
    read = [(a.ref, a.text, a.owner, a.due_date.isoformat() if a.due_date else None)
            for a in plan.actions]  # fmt: skip
    assert read == [(r, t, o, f"2027-03-{int(d.split()[0]):02d}") for r, t, _, o, d, _ in ROWS]
