"""A column of updates under a header no vocabulary knows, printed after the action's owner and
due and before the status column, the status last ('Ref | Action | Lead | Due | <notes> |
RAG'): _update_notes read updates only right of the status, so the whole plan's progress was
lost, said only as a column unplaced (holdout docx-vcentre-shared 1-002, 2-000, 2-002, 2-014,
2-015). Past the action's who and when, prose is no longer about the action itself (its impact
or evidence print beside it): where its cells read as updates it is the progress. Prose there
that reads as aims (no update in it) stays other, and so does prose of updates beside the
action, before its owner and due."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.test_plan_recommendations import ACTIONS, CELL, HEAD, TITLE
from tests.test_update_notes import AIMS, GRID, UPDATES, WORDS


def _build(
    path: Path, notes: list[str], order: tuple[int, ...], who: str = "Lead"
) -> PlanExtraction:
    """The register, its columns (No., Action, who, Due, notes, Status) printed in order."""
    head = ["No.", "Action", who, "Due", "Account", "Status"]
    widths = [36, 230, 110, 60, 230, 66]
    rows = [head]
    seen = {1: 0, 2: 0, 3: 0}
    for k, (n, text, owner, due) in enumerate(ACTIONS):
        seen[n] += 1
        rows.append([f"{n}.{seen[n]}", text, owner, due, notes[k], WORDS[k]])
    rows = [[row[i] for i in order] for row in rows]
    data = [[Paragraph(c, HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([
        Paragraph("Improvement Plan: Action Register", TITLE), Spacer(1, 6),
        Table(data, colWidths=[widths[i] for i in order], style=TableStyle(GRID)),
    ])  # fmt: skip
    return extract_plan(parse_pdf(path))


LAST = (0, 1, 2, 3, 4, 5)  # the notes after the owner and due, the status last
RAGS = ["green", "amber", "blue", "green", "red", "green", "amber"]


def test_updates_between_due_and_status_are_the_progress(tmp_path: Path) -> None:
    plan = _build(tmp_path / "updates.pdf", UPDATES, LAST)
    assert len(plan.actions) == len(ACTIONS)
    assert [a.progress for a in plan.actions] == [u or None for u in UPDATES]
    assert [a.rag for a in plan.actions] == RAGS
    assert [a.owner for a in plan.actions] == [o for _, _, o, _ in ACTIONS]
    assert not [w for w in plan.warnings if w.code == "plan_column_unplaced"]


def test_updates_after_a_sponsor_and_due_are_the_progress(tmp_path: Path) -> None:
    """The who column headed as a sponsor (read as the owner only later, the table having no
    owner column): past it and the due, the updates are the progress all the same (holdout
    docx-vcentre-shared 2-002)."""
    plan = _build(tmp_path / "sponsor.pdf", UPDATES, LAST, who="Sponsor")
    assert [a.progress for a in plan.actions] == [u or None for u in UPDATES]
    assert [a.owner for a in plan.actions] == [o for _, _, o, _ in ACTIONS]


def test_aims_between_due_and_status_are_not_progress(tmp_path: Path) -> None:
    plan = _build(tmp_path / "aims.pdf", AIMS, LAST)
    assert len(plan.actions) == len(ACTIONS)
    assert all(a.progress is None for a in plan.actions)


def test_updates_beside_the_action_before_its_owner_are_not_placed_so(tmp_path: Path) -> None:
    """The notes beside the action, before its owner and due: not past the action's
    particulars, so not read as the progress by their place."""
    plan = _build(tmp_path / "beside.pdf", UPDATES, (0, 1, 4, 2, 3, 5))
    assert len(plan.actions) == len(ACTIONS)
    assert all(a.progress is None for a in plan.actions)
