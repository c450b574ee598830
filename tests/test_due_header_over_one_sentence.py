"""A plan listing its actions under the month they fall due prints a table of one row under each
month's heading, its action column headed 'Due this month'. With two rows or more the cells decide
(prose, no date: the action); one sentence alone kept the header's due role, the table had no
action column and the month's one action was lost (said only by a gap in the refs). A date is
never a sentence with no date: one sentence alone overrules a due header, as it does a start
header."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()

HEAD = ["Ref", "Due this month", "Status", "Owner"]
MONTHS = [
    ("March 2026", [("1", "Recruit twenty additional foster carers", "On track", "Head of Fostering"),
                    ("2", "Audit thirty strategy discussions with partners", "Delayed", "Tom Ellery")]),
    ("April 2026", [("3", "Publish a revised threshold document with schools", "On track",
                     "Ruth Kowalczyk")]),
]  # fmt: skip


def _plan() -> PlanExtraction:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    story: list[object] = [Paragraph("Improvement plan", STYLES["Heading1"])]
    for month, rows in MONTHS:
        story += [Paragraph(month, STYLES["Heading2"]), Spacer(1, 4)]
        grid = Table([HEAD, *rows], colWidths=[35, 250, 80, 110])
        grid.setStyle(
            TableStyle(
                [
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.lightgrey),
                ]
            )
        )
        story.append(grid)
    doc.build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_one_sentence_under_a_due_header_is_the_action() -> None:
    plan = _plan()
    read = {a.ref: (a.text, a.owner) for a in plan.actions}
    assert read == {r[0]: (r[1], r[3]) for _, rows in MONTHS for r in rows}, read
