"""A column an action table's header names as the governance whose cells are figures holds no
board: a price, a budget or a count is never a body or a meeting (column_roles._figures_not_bodies).

'Board budget' over '£12,000' names what the board holds, not the board the action reports to;
read by its header alone, every action got an amount for its governance. The cells decide, as
a due header over names does: the column's cells are numbers (cell_types), so the role goes.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.column_roles import read_roles
from plantrace.pipeline.extract import extract_file

ROWS = [
    ("1.1", "Recruit twenty additional foster carers through a targeted campaign",
     "Head of Fostering", "March 2027", "£12,000"),
    ("1.2", "Train foster carers in understanding trauma and attachment",
     "Service Manager, Fostering", "June 2027", "£4,500"),
    ("1.3", "Review every child in need plan at least every three months",
     "Head of Service", "September 2027", "£800"),
]  # fmt: skip
HEADER = ["Ref", "Action", "Lead", "Deadline", "Board budget"]


def _plan(path: Path) -> None:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    d.add_heading("Recommendation 1: Improve the sufficiency of placements for children", level=2)
    t = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, row in enumerate(ROWS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(str(path))


def test_a_budget_column_is_no_governance(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    actions = extract_file(tmp_path / "plan.docx").to_contract()["actions"]
    got = [(a["ref"], a["owner"], a["due_raw"], a["governance"]) for a in actions]
    assert got == [(ref, lead, due, None) for ref, _, lead, due, _ in ROWS]


def test_the_cells_decide_and_say_so() -> None:
    columns = [[r[j] for r in ROWS] for j in range(len(HEADER))]
    reading = read_roles("action", ["ref", "action", "owner", "due", "governance"], HEADER, columns)
    budget = reading.columns[4]
    assert budget.role != "governance"
    assert any("figures" in e for e in budget.evidence)


def test_a_board_over_names_keeps_its_role() -> None:
    columns = [["Improvement Board", "Corporate Parenting Board", "Improvement Board"]]
    reading = read_roles("action", ["governance"], ["Reporting to"], columns)
    assert reading.columns[0].role == "governance"
