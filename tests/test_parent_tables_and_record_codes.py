"""Two table shapes whose rows were misread.

A summary table of workstreams ('S2' | what the inspection asked | lead | overall status) read
like an action table; a later table of the actions cites each action's workstream by that code
in a column of its own. The codes the later table cites make the first table's rows the
parents: they are the recommendations, and the citing column links each action to one.

A database report's records ('Record ID | ACT-1007' down a gutter of field labels): a ref of
letters, a hyphen and four digits is a code like 'ACT-07', so the record is one item holding its
own number and text, read transposed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.pipeline.extract import extract_file

STRANDS = [
    ("S1", "Improve the timeliness of assessments for disabled children", "Ruth Adeyemi", "Steady"),
    ("S2", "Strengthen management oversight in the duty and assessment teams", "Karl Jensen", "Slipping"),
    ("S3", "Widen the choice of local homes for children in care", "Mei Lin Chow", "Steady"),
]  # fmt: skip
# (ref, action, strand cited, owner, due)
TASKS = [
    ("K01", "Set a ten-day standard for starting every disability assessment", "S 1",
     "Head of Disability Service", "31/03/2027"),
    ("K02", "Report assessment timeliness to the leadership team each month", "S1",
     "Performance Manager", "30/04/2027"),
    ("K03", "Introduce fortnightly case supervision for duty social workers", "S2",
     "Principal Social Worker", "31/05/2027"),
    ("K04", "Recruit twelve new foster carers through a local campaign", "S3",
     "Fostering Manager", "30/06/2027"),
    ("K05", "Open two small children's homes within the county", "S3",
     "Commissioning Manager", "31/12/2027"),
]  # fmt: skip


def _bold(cell: Any, text: str) -> None:
    cell.paragraphs[0].add_run(text).bold = True


def _strands_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Improvement board: highlight report", 1)
    d.add_heading("1. Strands at a glance", 2)
    summary = d.add_table(rows=1 + len(STRANDS), cols=4)
    summary.style = "Table Grid"
    for c, label in enumerate(
        ["No.", "Strand and what inspectors asked", "Lead officer", "Overall"]
    ):
        _bold(summary.cell(0, c), label)
    for r, row in enumerate(STRANDS, start=1):
        for c, value in enumerate(row):
            summary.cell(r, c).text = value
    d.add_heading("2. Tasks", 2)
    tasks = d.add_table(rows=1 + len(TASKS), cols=5)
    tasks.style = "Table Grid"
    for c, label in enumerate(["Ref", "Action", "Strand", "Responsible officer", "Due date"]):
        _bold(tasks.cell(0, c), label)
    for r, row in enumerate(TASKS, start=1):
        for c, value in enumerate(row):
            tasks.cell(r, c).text = value
    d.save(str(path))
    return path


def test_summary_table_whose_codes_the_actions_cite_is_the_recommendations(
    tmp_path: Path,
) -> None:
    result = extract_file(_strands_docx(tmp_path / "strands.docx"))
    assert [r.text for r in result.recommendations] == [s[1] for s in STRANDS]
    assert [a.ref for a in result.actions] == [t[0] for t in TASKS]
    by_id = {r.id: r.text for r in result.recommendations}
    linked = [[by_id[i] for i in a.recommendations] for a in result.actions]
    assert linked == [
        [STRANDS[0][1]],
        [STRANDS[0][1]],
        [STRANDS[1][1]],
        [STRANDS[2][1]],
        [STRANDS[2][1]],
    ]


def test_an_update_table_by_the_actions_refs_leaves_the_actions_alone(tmp_path: Path) -> None:
    """A later table that only numbers its rows by the first table's codes (each once) is
    that table's update, not its children: the first table stays the actions."""
    d = docx.Document()
    d.add_heading("Action plan", 1)
    acts = d.add_table(rows=1 + len(TASKS), cols=4)
    acts.style = "Table Grid"
    for c, label in enumerate(["Ref", "Action", "Responsible officer", "Due date"]):
        acts.cell(0, c).text = label
    for r, (ref, action, _s, owner, due) in enumerate(TASKS, start=1):
        for c, value in enumerate([ref, action, owner, due]):
            acts.cell(r, c).text = value
    d.add_heading("Quarterly update", 1)
    upd = d.add_table(rows=1 + len(TASKS), cols=3)
    upd.style = "Table Grid"
    for c, label in enumerate(["Item", "Update this quarter", "Action"]):
        upd.cell(0, c).text = label
    for r, (ref, *_rest) in enumerate(TASKS, start=1):
        for c, value in enumerate([str(r), "Work has started with partners", ref]):
            upd.cell(r, c).text = value
    path = tmp_path / "update.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [a.ref for a in result.actions][:5] == [t[0] for t in TASKS]
    assert [a.text for a in result.actions][:5] == [t[1] for t in TASKS]


def test_letters_hyphen_and_four_digits_are_a_code() -> None:
    assert cell_type("ACT-1007") is CellType.code
    assert cell_type("REC/20431") is CellType.code
    assert cell_type("Monthly reports now in place") is not CellType.code


RECORDS = [
    ("ACT-1007", "Revise the strategy discussion template so the decision is recorded",
     "Priya Nandakumar", "28/02/2027", "CLOSED - MET"),
    ("ACT-1014", "Run a multi-agency audit of thirty strategy discussions",
     "Leon Fairweather", "31/03/2027", "PENDING"),
]  # fmt: skip


def test_database_records_with_long_numbered_refs_are_read(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Improvement actions report", 1)
    d.add_paragraph(
        "Rec 1: Ensure that strategy discussions involve police, health and social care"
    )
    for ref, action, who, due, status in RECORDS:
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        fields = [("Record ID", ref), ("What we will do next", action), ("Who", who),
                  ("Target month", due), ("Record status", status)]  # fmt: skip
        for r, (label, value) in enumerate(fields):
            t.cell(r, 0).text = label
            t.cell(r, 1).text = value
        d.add_paragraph("")
    path = tmp_path / "records.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.text, a.owner, str(a.due_date)) for a in result.actions] == [
        (ref, action, who, "2027-02-28" if ref.endswith("07") else "2027-03-31")
        for ref, action, who, _d, _s in RECORDS
    ]
