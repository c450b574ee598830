"""A small table of a plan whose tables share one header row, whose status column holds only
phrases no vocabulary knows, long enough to read as sentences ('Whole job done and signed
off'): its cells alone placed the column as 'other' (read from by no field), and that vote
kept its siblings from agreeing, so neither it nor another small table was read as the
status. 'other' given by cells under a header that names no role reads nothing: it has no
say, and takes the status its siblings read (plan_siblings._open)."""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file
from tests.test_sibling_tables import _shade

HEADER = ("Ref", "Next step", "Officer named", "Target month", "Swing")
TINT = {
    "Creaking": "FFF1D6",
    "Rolling": "E3F5E6",
    "Stuck fast": "FCE4E4",
    "Whole job done and signed off": "DCEBFA",
}
COLOUR = {"Creaking": "amber", "Rolling": "green", "Stuck fast": "red",
          "Whole job done and signed off": "blue"}  # fmt: skip
AREAS = [
    [("1a", "Publish a revised supervision standard with a four-weekly minimum",
      "Head of Service", "March 2027", "Creaking"),
     ("1b", "Train all team managers in reflective supervision with partners",
      "Principal Social Worker", "May 2027", "Rolling"),
     ("1c", "Audit twelve supervision records each month and report themes",
      "Head of Service", "June 2027", "Stuck fast")],
    [("2a", "Recruit twelve foster carers through a targeted local campaign",
      "Fostering Manager", "June 2027", "Whole job done and signed off"),
     ("2b", "Open two small children's homes within the county boundary",
      "Commissioning Manager", "July 2027", "Whole job done and signed off")],
    [("3a", "Agree a sufficiency strategy with the health and care partners",
      "Director of Children's Services", "August 2027", "Rolling"),
     ("3b", "Set up a care leavers' hub with drop-in advice on housing",
      "Leaving Care Manager", "September 2027", "Creaking"),
     ("3c", "Commission fifteen supported lodgings places for young people",
      "Commissioning Manager", "October 2027", "Rolling")],
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Improvement plan 2026", 1)
    for k, rows in enumerate(AREAS, start=1):
        d.add_heading(f"Area {k}", 2)
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


def test_a_status_column_read_as_sentences_takes_its_siblings_status(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "areas.docx"))
    assert [(a.ref, a.rag) for a in result.actions] == [
        (row[0], COLOUR[row[-1]]) for rows in AREAS for row in rows
    ]
    assert not any(w.code == "plan_column_unplaced" for w in result.warnings)


NOTES_HEADER = ("Ref", "Next step", "Officer named", "Target month", "Status", "Chronicle")
NOTES = [
    [("1a", "On track", "Recruitment completed; two posts filled in March"),
     ("1b", "Delayed", "Draft standard circulated and comments gathered"),
     ("1c", "On track", "Audit tool agreed and first audit reported")],
    [("2a", "Not started", "Scoping to begin next quarter"),
     ("2b", "On track", "Board paper to follow in the spring")],
]  # fmt: skip
NOTE_RAG = {"On track": "green", "Delayed": "amber", "Not started": None}


def _notes_plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Improvement plan 2026", 1)
    for k, rows in enumerate(NOTES, start=1):
        d.add_heading(f"Area {k}", 2)
        t = d.add_table(rows=1 + len(rows), cols=len(NOTES_HEADER))
        t.style = "Table Grid"
        for c, label in enumerate(NOTES_HEADER):
            t.cell(0, c).paragraphs[0].add_run(label).bold = True
        for r, (ref, status, note) in enumerate(rows, start=1):
            action = AREAS[k - 1][r - 1]
            for c, value in enumerate((ref, action[1], action[2], action[3], status, note)):
                t.cell(r, c).text = value
    d.save(str(path))
    return path


def test_a_table_of_plain_notes_takes_its_siblings_progress(tmp_path: Path) -> None:
    """The first table's notes read as updates (column_roles._update_notes); the second's two
    say no tense of their own, and are the progress as the same column of its sibling is."""
    result = extract_file(_notes_plan(tmp_path / "notes.docx"))
    assert [(a.ref, a.rag, a.progress) for a in result.actions] == [
        (ref, NOTE_RAG[status], note) for rows in NOTES for ref, status, note in rows
    ]
