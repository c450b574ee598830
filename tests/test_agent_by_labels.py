"""A header naming the due only by its closing 'by' ('Served by', 'Reviewed by', 'Pay by') is a
due only where its cells are dates (column_roles._agent_by): 'Pay by' over '31 March 2027' says
when, 'Reviewed by' over 'Principal Social Worker' says who.

The header vocabulary reads 'by' as a due ('by when'); the cells overruled it only where two of
them or more are filled, so a column filled on one row (a reviewer named for one action) or a
one-row table stayed a due: a due of a name ('Head of Fostering') and no owner. The cells decide,
even one of them, for such a label; a header naming a date itself ('Due by', 'Target date')
keeps its role under the same rule as before.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.column_roles import read_roles
from plantrace.pipeline.extract import extract_file

HEADER = ["Ref", "Action", "Served by", "Status"]
ROW = ("1.1", "Recruit twenty additional foster carers through a targeted campaign",
       "Head of Fostering", "On track")  # fmt: skip


def _plan(path: Path) -> None:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    d.add_heading("Recommendation 1: Improve the sufficiency of placements for children", level=2)
    t = d.add_table(rows=2, cols=len(HEADER))
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for j, v in enumerate(ROW):
        t.cell(1, j).text = v
    d.save(str(path))


def test_a_one_row_table_served_by_a_post(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    result = extract_file(tmp_path / "plan.docx").to_contract()
    assert [(a["ref"], a["owner"], a["due_raw"]) for a in result["actions"]] == [
        ("1.1", "Head of Fostering", None)
    ]
    assert "plan_owners_unread" not in [w["code"] for w in result["warnings"]]


def _roles(label: str, cell: str) -> list[str | None]:
    columns = [["Recruit twenty foster carers through a targeted campaign"], [cell], ["On track"]]
    return read_roles(
        "action", ["action", "due", "rag"], ["Action", label, "Status"], columns
    ).roles


def test_one_cell_decides_who_or_when() -> None:
    assert _roles("Served by", "Head of Fostering") == ["action", "owner", "rag"]
    assert _roles("Pay by", "31 March 2027") == ["action", "due", "rag"]
    assert _roles("Due by", "31 March 2027") == ["action", "due", "rag"]
