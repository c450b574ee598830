"""A Word plan that gives each action's status only by the colour its words are printed in, read
from the .docx directly, as from its print.

A response in prose letters its actions ('(a) ...; (b) ...') and a later line keys a state to
each letter ('Position at <date>: (a) <words>; (b) <words>.'), the words printed each in a
status colour and the plan's own wording no status vocabulary knows. The print's words carry
their ink (Word.colour, its first letter's) and the keyed line reads by it (inline_actions).
From the .docx the words carried none (the Word/Excel canvas set only a line's first and last
ink), and a word whose trailing ';' sits in the next, black run was of no one colour: the
statuses were unread. Now the canvas gives each word the ink its run states, and a word's ink
is that of its letters and figures (punctuation run on from the next run is not the word's).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file, read_document
from plantrace.pipeline.limits import LIMITS

GREEN, AMBER, RED, BLUE, GREY = "2E7D32", "B26A00", "C62828", "1565C0", "616161"
RECS = [
    (
        "Improve the quality of assessments so that they reflect each child's history",
        [
            ("Introduce a new assessment template with partners", "by 1 May 2026; Jane Smith"),
            ("Audit fifty case files each month and report the themes", "Sam Patel, by 2 June 2026"),
            ("Train every social worker in chronology writing", "by 3 July 2026; Ruth Ade"),
        ],
        [("Holding a steady course", GREEN), ("Taking on some water", RED),
         ("Not yet under sail", GREY)],
    ),
    (
        "Strengthen management oversight of casework in the assessment teams",
        [
            ("Set a four-weekly supervision standard for every team", "by 4 May 2026; Jane Smith"),
            ("Publish a revised oversight policy for managers", "Omar Hale, by 5 June 2026"),
        ],
        [("Wind slackening somewhat", AMBER), ("Safely into harbour", BLUE)],
    ),
]  # fmt: skip
EXPECTED = ["green", "red", None, "amber", "blue"]


def _plan(path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Council response to the inspection").bold = True
    for n, (rec, actions, states) in enumerate(RECS, start=1):
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {n}: ").bold = True
        p.add_run(rec).bold = True
        items = "; ".join(
            f"({chr(97 + k)}) {text} ({fields})" for k, (text, fields) in enumerate(actions)
        )
        doc.add_paragraph(f"Response. The council accepts this and will: {items}.")
        p = doc.add_paragraph()
        p.add_run("Position at 1 March 2026: ").bold = True
        for k, (words, colour) in enumerate(states):
            p.add_run(f"({chr(97 + k)}) ")
            run = p.add_run(words)
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(colour)
            p.add_run("; " if k + 1 < len(states) else ".")
    for p in doc.paragraphs:  # paragraphs spaced apart, as a letter sets them
        p.paragraph_format.space_before = Pt(8)
    doc.save(str(path))


def test_word_inks_give_the_statuses(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    result = extract_file(path).to_contract()
    assert [a["rag"] for a in result["actions"]] == EXPECTED
    assert len(result["recommendations"]) == 2


def test_a_word_has_the_ink_of_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    doc = read_document(path.read_bytes(), str(path), "x", LIMITS)
    [line] = [ln for ln in doc.pages[0].lines if ln.text.startswith("Position at 1 March")][:1]
    inks = {w.text: w.colour for w in line.words}
    assert inks["Holding"] == f"#{GREEN.lower()}"
    assert inks["course;"] == f"#{GREEN.lower()}"  # its ';' is the next, black run's
    assert inks["(b)"] == "#000000"  # a run of no colour: black, as printed
