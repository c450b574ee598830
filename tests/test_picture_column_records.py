"""A plain-words plan whose every line stands beside a picture: two-column tables, a symbol in
the narrow left column and 'label: value' in the right, one action a table (its ref beside its
text in bold, then who, when and how it is going, a line each).

What is read (extractors.picture_rows through plan_cards' 'label | value' tables): each table
one action, its ref and text from the first row, its owner, due date and status from the labels
in the value cells ('Who is in charge:', 'When:', 'Is it on time?'), the symbols passed over;
plain-words statuses by degree ('A little late' amber, 'Very late' red, 'Going OK' green,
'Finished' blue, 'Not started' no colour). The picture table before the actions (symbols beside
sentences, no labels) is no action.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plantrace.extractors.picture_rows import is_picture, picture_field
from plantrace.pipeline.extract import extract_file

ACTIONS = [
    ("1.1", "Give every social work team new tools for direct work", "Head of Service",
     "Wednesday 31 March 2027", "Going OK"),
    ("1.2", "Ask young inspectors to check our services twice a year", "Dana Shah",
     "March 2027", "A little late"),
    ("2.1", "Write a new plan for care leavers with young people", "Participation Lead",
     "Friday 31 July 2026", "Very late"),
    ("2.2", "Open a drop-in hub for care leavers", "Dana Shah", "Monday 9 February 2026",
     "Finished"),
    ("2.3", "Find fifteen more places for care leavers to live", "Head of Service",
     "December 2026", "Not started"),
]  # fmt: skip
# one plan's labels: a question or a plain phrase, typed by the vocabulary and by the values
LABELS = [
    ("Who is in charge:", "When:", "How it is going:"),
    ("Who will do this:", "By when:", "Is it on time?"),
    ("Who:", "When it will be done:", "How are we doing:"),
]
EXPECTED = [
    ("1.1", "Head of Service", "2027-03-31", "green"),
    ("1.2", "Dana Shah", "2027-03-31", "amber"),
    ("2.1", "Participation Lead", "2026-07-31", "red"),
    ("2.2", "Dana Shah", "2026-02-09", "blue"),
    ("2.3", "Head of Service", "2026-12-31", None),
]


def _document(path: Path, labels: tuple[str, str, str]) -> None:
    d = docx.Document()
    d.add_heading("How we are making children's services better", 1)
    intro = d.add_table(rows=2, cols=2)
    intro.cell(0, 0).text, intro.cell(0, 1).text = "ℹ", "This is an Easy Read version of our plan."
    intro.cell(1, 0).text, intro.cell(1, 1).text = "★", "Words in bold are hard words."
    who_l, when_l, how_l = labels
    for ref, text, who, when, how in ACTIONS:
        d.add_paragraph("")
        t = d.add_table(rows=4, cols=2)
        t.cell(0, 0).text = ref
        t.cell(0, 1).paragraphs[0].add_run(text).bold = True
        for row, (sym, label, value) in enumerate(
            [("☺", who_l, who), ("◷", when_l, when), ("⚠", how_l, how)], start=1
        ):
            t.cell(row, 0).text = sym
            p = t.cell(row, 1).paragraphs[0]
            p.add_run(f"{label} ")
            p.add_run(value).bold = label.startswith("How") or label.startswith("Is")
    d.add_paragraph("We will tell you how we are doing again in August 2026.")
    d.save(str(path))


def test_a_picture_row_is_a_label_and_its_value() -> None:
    assert picture_field(["☺", "Who is in charge: Dana Shah"]) == ("Who is in charge", "Dana Shah")
    assert picture_field(["⚠", "Is it on time? A little late"]) == (
        "Is it on time?",
        "A little late",
    )
    assert picture_field(["", "When: March 2027"]) == ("When", "March 2027")
    assert picture_field(["1.1", "Who: Dana Shah"]) is None  # a ref is no picture
    assert picture_field(["★", "Words in bold are hard words."]) is None  # a sentence: no label
    assert is_picture("⚠️") and not is_picture("A")


@pytest.mark.parametrize("labels", LABELS)
def test_each_table_beside_its_pictures_is_one_action(
    tmp_path: Path, labels: tuple[str, str, str]
) -> None:
    path = tmp_path / "easy-read.docx"
    _document(path, labels)
    result = extract_file(path)
    got = [
        (a.ref, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    ]
    assert got == EXPECTED
    assert result.actions[0].text == ACTIONS[0][1]
