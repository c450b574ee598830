"""A continued action table whose later rows were read as one cell across the table (a page's
rules misread: the rows of several actions run into one cell) is dropped as a heading row, and
those actions are lost. The row still prints refs of the shape the actions' refs have ('3a',
'3b' after '1a' .. '2b') that no action has: the plan says so (plan_actions_doubtful), never
silent; a heading row across the table naming no such refs says nothing."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

HEAD = ["Ref", "What needs to happen", "Senior manager", "Completion", "Assessment"]
ROWS = [
    ("1a", "Recruit twenty additional foster carers through a targeted local campaign",
     "Head of Fostering", "31 March 2026", "Met"),
    ("1b", "Track the timeliness of care proceedings weekly through the legal gateway panel",
     "Group Manager", "30 June 2026", "Not met"),
    ("2a", "Reduce the time taken to issue education, health and care plans for children",
     "Head of SEND", "30 September 2026", "Met"),
    ("2b", "Make sure every child in care has a personal education plan reviewed each term",
     "Virtual School Head", "31 October 2026", "Partially met"),
]  # fmt: skip

# the rows of two more actions, run into one cell across the table as a misread page reads them
SWALLOWED = (
    "Give every care leaver a written summary of their entitlements Partially 3a Head of Care"
    " 01.2026 met Offer every care leaver aged 21 to 25 a review with a personal adviser"
    " 3b Principal SW October 2025 Met"
)
JOINED = (
    "3a 3b",
    "Give every care leaver a written summary of their entitlements. Offer every care leaver"
    " aged 21 to 25 a review with a personal adviser",
    "Head of Care",
    "31 January 2026",
    "Met",
)
HEADING = "Priority three: care leavers and their accommodation"


def _plan(across: str, joined: bool = False) -> PlanExtraction:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    cells: list[list[object]] = [[Paragraph(f"<b>{h}</b>", BODY) for h in HEAD]]
    cells += [[Paragraph(c, BODY) for c in r] for r in ROWS]
    if joined:  # two actions' rows read as one action, its ref '3a 3b': said elsewhere
        cells.append([Paragraph(c, BODY) for c in JOINED])
    else:
        cells.append([Paragraph(across, BODY)] + [""] * (len(HEAD) - 1))
    grid = Table(cells, colWidths=[35, 200, 100, 90, 75], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                *([] if joined else [("SPAN", (0, len(cells) - 1), (-1, len(cells) - 1))]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[object] = [Paragraph("<b>Post-inspection action plan</b>", STYLES["Title"]), grid]
    doc.build(story)
    return extract_plan(parse_pdf_bytes(buf.getvalue(), "plan.pdf"))


def test_row_of_refs_no_action_has_read_as_no_action_is_said() -> None:
    plan = _plan(SWALLOWED)
    assert [a.ref for a in plan.actions] == ["1a", "1b", "2a", "2b"]
    said = [w for w in plan.warnings if w.code == "plan_actions_doubtful"]
    assert len(said) == 1
    assert "hold 2 refs no action has (3a, 3b) beside text" in said[0].message
    assert "'Give every care leaver a written summary of ...'" in said[0].message


def test_heading_row_across_the_table_says_nothing() -> None:
    plan = _plan(HEADING)
    assert [a.ref for a in plan.actions] == ["1a", "1b", "2a", "2b"]
    assert not any(w.code == "plan_actions_doubtful" for w in plan.warnings)


def test_refs_of_an_action_read_as_two_are_read() -> None:
    plan = _plan("", joined=True)
    assert [a.ref for a in plan.actions][:4] == ["1a", "1b", "2a", "2b"]
    assert not any("read as no action hold" in w.message for w in plan.warnings)
