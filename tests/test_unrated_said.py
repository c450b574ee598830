"""A plan whose actions were read with no status at all always says so (plan_status_unread), as
owners and due dates read as none are said: a rating not read and a plan that rates nothing
look the same in the coverage report. A plan whose actions carry statuses says nothing of it.
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


def _build(path: Path, statuses: bool) -> PlanExtraction:
    head = ["No.", "Action", "Lead", "Due"] + (["Status"] if statuses else [])
    rows, seen = [head], {1: 0, 2: 0, 3: 0}
    for k, (n, text, owner, due) in enumerate(ACTIONS):
        seen[n] += 1
        rows.append([f"{n}.{seen[n]}", text, owner, due] + ([WORDS[k]] if statuses else []))
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    widths = [40, 360, 140, 70] + ([80] if statuses else [])
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Plan: Action Register", TITLE), Spacer(1, 6),
        Table(data, colWidths=widths, style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


def test_a_plan_read_with_no_status_says_so(tmp_path: Path) -> None:
    plan = _build(tmp_path / "unrated.pdf", statuses=False)
    assert len(plan.actions) == len(ACTIONS)
    assert all(a.rag is None for a in plan.actions)
    said = [w for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1
    assert f"no status was read for any of the {len(ACTIONS)} actions" in said[0].message
    assert "not 'unrated'" in said[0].message


def test_a_plan_with_statuses_says_nothing_of_them(tmp_path: Path) -> None:
    plan = _build(tmp_path / "rated.pdf", statuses=True)
    assert [a.rag for a in plan.actions] == [
        "green", "amber", "blue", "green", "red", "green", "amber"
    ]  # fmt: skip
    assert not any(w.code == "plan_status_unread" for w in plan.warnings)
