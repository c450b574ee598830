"""A column of sentences under a header no vocabulary knows, right of the actions and their
status, whose cells read as updates on the work (a past tense, a phrase of progress) is the
progress (column_roles._update_notes): it used to be read as 'other', placed, so the notes
were lost without a word. Prose there that reads as what the work is for (no update in it)
stays other: cells alone are weak evidence, and a wrong progress column is worse than none.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.test_plan_recommendations import ACTIONS, CELL, HEAD, TITLE

GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
WORDS = ["On track", "Delayed", "Complete", "On track", "Off track", "On track", "Delayed"]
UPDATES = [
    "Recruitment of two auditors completed; first audit reported to the panel",
    "Draft standard circulated to team managers for comment",
    "",
    "Panel now in place and meeting every month with full attendance",
    "Tender delayed by a change of provider; new timetable agreed",
    "",
    "Talks with two of the four district councils under way",
]
AIMS = [
    "Every child's record shows a clear plan that managers check each month",
    "Social workers know what good supervision looks like and when to expect it",
    "Managers give staff the time to think about the children they work with",
    "Children who go missing are found quickly and kept safe on their return",
    "Every child who comes home talks to someone they trust about why they left",
    "Care leavers know where to go for help with a home and money",
    "Young people leaving care have a safe place to live at eighteen",
]


def _build(path: Path, notes: list[str]) -> PlanExtraction:
    rows = [["No.", "Action", "Lead", "Due", "Status", "Chronicle"]]
    seen = {1: 0, 2: 0, 3: 0}
    for k, (n, text, owner, due) in enumerate(ACTIONS):
        seen[n] += 1
        rows.append([f"{n}.{seen[n]}", text, owner, due, WORDS[k], notes[k]])
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Plan: Action Register", TITLE), Spacer(1, 6),
        Table(data, colWidths=[36, 250, 110, 60, 66, 230], style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


def test_updates_right_of_the_status_are_the_progress(tmp_path: Path) -> None:
    plan = _build(tmp_path / "updates.pdf", UPDATES)
    assert len(plan.actions) == len(ACTIONS)
    assert [a.progress for a in plan.actions] == [u or None for u in UPDATES]
    assert [a.rag for a in plan.actions] == [
        "green", "amber", "blue", "green", "red", "green", "amber"
    ]  # fmt: skip


def test_aims_right_of_the_status_are_not_progress(tmp_path: Path) -> None:
    plan = _build(tmp_path / "aims.pdf", AIMS)
    assert len(plan.actions) == len(ACTIONS)
    assert all(a.progress is None for a in plan.actions)
