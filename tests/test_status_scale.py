"""'In progress' in a status column read against the plan's own scale of status words.

A tracker printed as a table (ReportLab: Ref | Action | Lead officer | Due | Status) whose
status words name amber and red steps of their own ('At risk', 'Off track') but no green one:
'In progress' is the scale's on-track step, green. Where the scale has a green word of its own
('On track'), or names no trouble at all ('Not started', 'In progress', 'Complete'), 'In
progress' says only that the work has begun and stays unrated. Edit stamps are recognised by
their shape, not by one tool's wording.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.edit_stamps import is_edit_stamp
from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

TEXTS = [
    "Agree a joint protocol with the police on strategy discussions",
    "Audit thirty care plans and share the learning with managers",
    "Recruit twelve foster carers through a regional campaign",
    "Publish a sufficiency strategy agreed with health partners",
]


def _plan(statuses: list[str]) -> bytes:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    rows = [["Ref", "Action", "Lead officer", "Due", "Status"]]
    for n, (text, status) in enumerate(zip(TEXTS, statuses, strict=True), 1):
        rows.append([f"1.{n}", Paragraph(text, cell), "Head of Service", "31/03/2027", status])
    table = Table(rows, colWidths=[30, 220, 95, 65, 70], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([
        Paragraph("Eastmoor Council: Improvement Plan", styles["Title"]),
        Paragraph("Recommendation 1: Improve the help given to children in care", styles["h2"]),
        Spacer(1, 6),
        table,
    ])  # fmt: skip
    return buf.getvalue()


def _rags(statuses: list[str]) -> list[str | None]:
    plan = extract_plan(parse_pdf_bytes(_plan(statuses), "plan.pdf"))
    assert [a.text for a in plan.actions] == TEXTS
    return [a.rag for a in plan.actions]


def test_in_progress_is_the_on_track_step_of_a_scale_with_no_green_word() -> None:
    got = _rags(["In progress", "At risk", "Off track", "Complete"])
    assert got == ["green", "amber", "red", "blue"]


def test_a_scale_with_its_own_green_word_leaves_in_progress_unrated() -> None:
    got = _rags(["In progress", "On track", "At risk", "Complete"])
    assert got == [None, "green", "amber", "blue"]


def test_a_list_of_where_work_is_rates_nothing() -> None:
    got = _rags(["In progress", "Not started", "In progress", "Complete"])
    assert got == [None, None, None, "blue"]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Last edited by Sam Okafor on Apr 18, 2026", True),
        ("Updated by J. Patel, 3 May 2026", True),
        ("Created by Web Team · 2 Feb 2026", True),
        ("Last modified by Priya Shah at 14/03/2026 09:12", True),
        ("Led by Head of Service by March 2027", False),  # a lead and a due date: fields
        ("Reviewed by the board on 3 May 2026", False),  # a governance step, no edit
        ("Updated by the team", False),  # no date: a sentence
    ],
)
def test_edit_stamps_by_their_shape(text: str, stamp: bool) -> None:
    assert is_edit_stamp(text) is stamp
