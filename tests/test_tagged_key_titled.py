"""A key of tagged recommendations under its own title, read whole by the plan readers, is left
as read (extractors/tagged_key.py, _read_as_headings).

A tracker printed from a spreadsheet lists its findings right under a title line
('Inspection findings' over 'R1 <text>', 'R2 <text>' ...) and its last entry's text wraps in a
cell of its own beside the tag. The plan readers read each entry as a numbered heading ('1',
'2' ...), the title line in the same paragraph as the first. The key-of-tags reader took the
title's paragraph for one not read as the entry, read the entries again with the label in the
number ('R1') and left the wrapped last entry as '4': the actions, citing 'R1', linked to
numbers no gold or reader uses consistently.

Limit: this reportlab key reads its title as a paragraph of its own, so the test passes
without the change too (it guards the shape end to end: bare numbers, every link); the
title joined into the first entry's paragraph, which the change mends, was not reproduced.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    "Ensure that initial and review health assessments for children in care are completed on time",
    "Make sure that children's wishes and feelings are sought and recorded",
    "Increase the range of suitable accommodation for care leavers",
]
ACTIONS = [
    ("T01", "Agree a timeliness pathway for initial health assessments", "Head of Safeguarding",
     "R1", "30/11/2024", "Green"),
    ("T02", "Commission a therapeutic service for children in care", "Head of Early Help",
     "R1", "31/03/2025", "Amber"),
    ("T03", "Expand the children in care council and set up a younger members group",
     "Participation Lead", "R2", "30/06/2025", "Red"),
    ("T04", "Open two new supported lodgings schemes for care leavers", "Commissioning Manager",
     "R3", "31/07/2025", "Green"),
]  # fmt: skip


def _tracker_pdf() -> bytes:
    """Title, a note, 'Inspection findings' right over the 'R1 <text>' lines, then the tracker."""
    ss = getSampleStyleSheet()
    style = ss["Normal"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story = [Paragraph("Improvement Tracker 2024/25", ss["Title"])]
    story.append(Paragraph("Position at 3 June 2025.", style))
    story.append(Spacer(1, 10))
    # the key as a sheet prints it: unruled cells, the bold tag in a column of its own, the
    # bold title in the row right over the first entry
    key = Table([["Inspection findings", ""]] + [[f"R{n}", t] for n, t in enumerate(RECS, 1)],
                colWidths=[28, 500], hAlign="LEFT")  # fmt: skip
    key.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 6),
                ("FONTSIZE", (0, 0), (0, 0), 6.5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(key)
    story.append(Spacer(1, 12))
    rows = [["Item code", "Planned activity", "Contact officer", "Inspection ref",
             "Required completion", "RAG"]]  # fmt: skip
    rows += [list(a) for a in ACTIONS]
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buf.getvalue()


def test_titled_key_read_as_headings_keeps_bare_numbers() -> None:
    plan = extract_plan(parse_pdf_bytes(_tracker_pdf(), "titled-key.pdf"))
    recs = {r.number: r.text for r in plan.recommendations}
    assert recs == {str(n): text for n, text in enumerate(RECS, 1)}
    by_id = {r.id: r.number for r in plan.recommendations}
    assert len(plan.actions) == len(ACTIONS)
    for action, (_, _, _, rec, _, _) in zip(plan.actions, ACTIONS, strict=True):
        assert [by_id[x] for x in action.recommendations] == [rec[1:]]
