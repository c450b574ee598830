"""A status said by the colour of its word, on a line of its own under each numbered action
paragraph: a label of the plan's own words, then a status word the vocabulary does not know
printed in its colour ('Check: Going nicely', the words green), and under it perhaps a note
under another label of the plan's own ('Team note: ...').

The words alone read as no status, so every action went unrated, the status line was read as
the action's note and the note under it was lost. The colour of the value, other than the
label's, is the evidence it is the status (plan_prose.inked_status): a RAG colour is named
after the words for the RAG normaliser, a grey one leaves the words unrated (said by the
plan's warnings), and the note under it is the action's progress. The colour is read from the
print (the last character's, Line.end_colour) and from the Word file alike (its runs' colour).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

GREEN, AMBER, RED, GREY = "2E7D32", "E67E22", "C0392B", "9E9E9E"
STEPS = [
    ("1.1", "Agree a timeliness pathway for initial health assessments", "Owen Tremayne",
     "31 May 2026", "Going nicely", GREEN, "Pathway drafted with the designated doctor"),
    ("1.2", "Report health assessment timeliness monthly to the board", "Martin Hale",
     "30 June 2026", "Tottering", AMBER, None),
    ("2.1", "Map the places where missing children are found", "Grace Adebayo",
     "31 July 2026", "Toppled", RED, "Analyst post still vacant"),
    ("2.2", "Commission an independent return home interview service", "Bethan Lloyd",
     "30 September 2026", "Not begun", GREY, "Waiting for the tender to close"),
]  # fmt: skip
RAGS = {"1.1": "green", "1.2": "amber", "2.1": "red", "2.2": None}


def _plan(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Our improvement plan", level=1)
    for n in (1, 2):
        d.add_heading(f"Recommendation {n}", level=2)
        d.add_paragraph(f"Improve the service the inspectors looked at in area {n}.")
        for ref, text, owner, due, word, colour, note in STEPS:
            if not ref.startswith(f"{n}."):
                continue
            p = d.add_paragraph()
            p.add_run(ref).bold = True
            p.add_run(f"  {text} (Lead: {owner}; Deadline: {due})")
            check = d.add_paragraph()
            check.add_run("Check: ")
            check.add_run(word).font.color.rgb = RGBColor.from_string(colour)
            if note is not None:
                d.add_paragraph().add_run(f"Team note: {note}").italic = True
    d.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory.mktemp("inked") / "inked.docx")


@pytest.mark.parametrize("printed", [False, True], ids=["docx", "pdf"])
def test_status_said_by_its_colour(plan: Path, printed: bool) -> None:
    path = libreoffice_pdf(plan, plan.parent) if printed else plan
    r = extract_file(path)
    assert r.status.value == "ok", r.error
    assert {a.ref: (a.owner, a.due_date) for a in r.actions} == {
        "1.1": ("Owen Tremayne", date(2026, 5, 31)),
        "1.2": ("Martin Hale", date(2026, 6, 30)),
        "2.1": ("Grace Adebayo", date(2026, 7, 31)),
        "2.2": ("Bethan Lloyd", date(2026, 9, 30)),
    }
    assert {a.ref: a.rag for a in r.actions} == RAGS
    assert {a.ref: a.progress for a in r.actions} == {s[0]: s[6] for s in STEPS}
