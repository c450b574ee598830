"""Notes on progress that say what the work is waiting on ('Waiting on the new case management
system', 'Waiting for partner sign-off') are updates, as 'Awaiting ...' was.

A column of sentences right of the actions and their status, under a header no vocabulary knows
('Bulletin'), is the progress where most of its cells read as updates (column_roles
_update_notes: a past tense or a phrase of progress). 'Awaiting' was such a phrase but 'waiting
on' / 'waiting for' were not, so a column whose notes were mostly of work held up read as
something else and every update was lost (holdout57 docx-action-ranges: seven updates in two
plans, the column said unplaced).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.pipeline.extract import extract_file

ROWS = [
    ("1", "Appoint two specialist exploitation social workers", "On track",
     "Waiting on the new case management system"),
    ("2", "Include identity and cultural needs prompts in the assessment form", "Delayed",
     "Waiting for sign-off by the partnership board"),
    ("3", "Apply consistent thresholds at the front door through weekly clinics", "Complete",
     "Completed and embedded in practice"),
    ("4", "Publish a revised threshold document with partners and schools", "On track", ""),
]  # fmt: skip


def _plan(path: Path) -> Path:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    d.add_heading("Recommendation 1: Apply thresholds consistently at the front door", 2)
    header = ["No.", "Action", "Lead officer", "Due date", "RAG", "Bulletin"]
    t = d.add_table(rows=1 + len(ROWS), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, (ref, action, status, note) in enumerate(ROWS, start=1):
        for j, v in enumerate((ref, action, "Head of Service", f"{10 + i} May 2026", status, note)):
            t.cell(i, j).text = v
    d.save(str(path))
    return path


def test_waiting_notes_are_the_progress(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.docx")).to_contract()
    assert {a["ref"]: a["progress"] for a in result["actions"]} == {
        ref: note or None for ref, _, _, note in ROWS
    }
