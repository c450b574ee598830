"""A plan that prints each area's actions in a table of its own under one header row: the
tables are one table in pieces. A small table whose status column holds only one word no
vocabulary knows, on one pale tint ('Assured' on pale green), is read with its siblings: the
column they read as the status is its status column too, and its pale green is green because
the plan's status tints, read together, are of several hues."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plantrace.pipeline.extract import extract_file

HEADER = ("Ref", "Next step", "Officer named", "Target month", "How sure are we")
TINT = {"Assured": "E3F5E6", "Partly assured": "FFF1D6", "Not assured": "FCE4E4"}
COLOUR = {"Assured": "green", "Partly assured": "amber", "Not assured": "red"}
AREAS = [
    [("1a", "Publish a revised supervision standard with a four-weekly minimum",
      "Head of Service", "March 2027", "Assured"),
     ("1b", "Train all team managers in reflective supervision with partners",
      "Principal Social Worker", "May 2027", "Assured")],
    [("2a", "Recruit twelve foster carers through a targeted local campaign",
      "Fostering Manager", "June 2027", "Not assured"),
     ("2b", "Open two small children's homes within the county boundary",
      "Commissioning Manager", "July 2027", "Partly assured"),
     ("2c", "Agree a sufficiency strategy with the health and care partners",
      "Director of Children's Services", "August 2027", "Assured")],
]  # fmt: skip


def _shade(cell: object, hex_colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Self-evaluation 2026", 1)
    for k, rows in enumerate(AREAS, start=1):
        d.add_heading(f"Area {k}", 2)
        d.add_paragraph("Next steps")
        t = d.add_table(rows=1 + len(rows), cols=len(HEADER))
        t.style = "Table Grid"
        for c, label in enumerate(HEADER):
            t.cell(0, c).paragraphs[0].add_run(label).bold = True
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
            _shade(t.cell(r, len(HEADER) - 1), TINT[row[-1]])
    d.save(str(path))
    return path


def test_tables_under_one_header_read_their_status_as_one_column(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "areas.docx"))
    assert [(a.ref, a.rag) for a in result.actions] == [
        (row[0], COLOUR[row[-1]]) for rows in AREAS for row in rows
    ]


PROGRESS_HEADER = ("Ref no.", "Task", "Lead", "Complete by", "Progress")
PROGRESS_AREAS = [
    [("1.1", "Publish a revised supervision standard", "Head of Service", "March 2027", "Not due"),
     ("1.2", "Train all team managers in reflective supervision", "Principal Social Worker",
      "May 2027", "Not due"),
     ("1.3", "Audit twelve supervision records each month", "Head of Service", "June 2027",
      "Not due"),
     ("1.4", "Report supervision timeliness to the board", "Performance Lead", "July 2027",
      "On target")],
    [("2.1", "Recruit twelve foster carers through a local campaign", "Fostering Manager",
      "June 2027", "On target"),
     ("2.2", "Open two small children's homes in the county", "Commissioning Manager",
      "July 2027", "Slipping"),
     ("2.3", "Agree a sufficiency strategy with partners", "Director of Children's Services",
      "August 2027", "Off track")],
]  # fmt: skip
PROGRESS_RAG = {"Not due": None, "On target": "green", "Slipping": "amber", "Off track": "red"}


def _progress_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Improvement plan 2026", 1)
    for k, rows in enumerate(PROGRESS_AREAS, start=1):
        d.add_heading(f"Recommendation {k}", 2)
        t = d.add_table(rows=1 + len(rows), cols=len(PROGRESS_HEADER))
        t.style = "Table Grid"
        for c, label in enumerate(PROGRESS_HEADER):
            t.cell(0, c).paragraphs[0].add_run(label).bold = True
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    d.save(str(path))
    return path


def test_a_progress_column_of_status_words_too_few_rated_reads_as_its_siblings(
    tmp_path: Path,
) -> None:
    """'Progress' over 'Not due' three times and 'On target' once: one word of four says a
    colour, too few for the table alone to call the column a rating, so its header's word
    (progress) stood; its sibling under the same header row reads the column as the status,
    and so does it: 'On target' is green."""
    result = extract_file(_progress_plan(tmp_path / "progress.docx"))
    assert [(a.ref, a.rag, a.progress) for a in result.actions] == [
        (row[0], PROGRESS_RAG[row[-1]], None) for rows in PROGRESS_AREAS for row in rows
    ]
