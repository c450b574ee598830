"""A done word in the future says the work is not done yet: 'On track to complete' is on track
(green), not complete (blue); 'Due to complete in May' and 'To be completed' are no colour. The
done words said in the past stay done ('Completed on time', 'Closed - to be embedded'). Also
the plain words of a date gone by: 'Missed', 'Past due', 'Deadline passed', 'Failed' red."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("On track to complete", "green"),
        ("On target to complete by March", "green"),
        ("On course to be completed", "green"),
        ("On track to be achieved by March", "green"),
        ("Behind, to complete in June", "amber"),
        ("Overdue - to be completed by May", "red"),
        ("Due to complete in May", None),
        ("Expected to complete by June", None),
        ("Will be delivered by June", None),
        ("To be completed", None),
        # done, said in the past: still done
        ("Completed on time", "blue"),
        ("Complete", "blue"),
        ("Achieved", "blue"),
        ("Closed - to be embedded", "blue"),
        ("Complete (to be signed off)", "blue"),
        # a date gone by with the work not done
        ("Missed", "red"),
        ("Past due", "red"),
        ("Deadline passed", "red"),
        ("Failed", "red"),
        ("Two visits failed to take place", None),
    ],
)
def test_done_words_in_the_future(text: str, colour: str | None) -> None:
    assert normalise_rag(text) == colour


def test_future_done_alone_is_a_state() -> None:
    assert is_status_state("To be completed")
    assert not is_status_state("Completed")


ROWS = [
    ("1.1", "Publish the revised supervision standard", "Principal Social Worker",
     "On track to complete", "green"),
    ("1.2", "Audit twelve supervision records each month", "Head of Safeguarding",
     "Completed", "blue"),
    ("1.3", "Recruit six permanent team managers", "Head of Workforce",
     "Past due", "red"),
    ("1.4", "Train every team in the new recording template", "Service Manager",
     "To be completed", None),
]  # fmt: skip


def test_word_plan_status_column(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Improvement plan: progress at the end of the quarter", 1)
    table = d.add_table(rows=1 + len(ROWS), cols=5)
    table.style = "Table Grid"
    for c, label in enumerate(["Ref", "Action", "Lead", "Deadline", "Status"]):
        table.cell(0, c).text = label
    for r, (ref, action, lead, status, _) in enumerate(ROWS, start=1):
        for c, value in enumerate([ref, action, lead, "31/03/2027", status]):
            table.cell(r, c).text = value
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = extract_file(path)
    assert [(a.ref, a.rag) for a in result.actions] == [(r[0], r[4]) for r in ROWS]
