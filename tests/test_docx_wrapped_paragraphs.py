"""A Word paragraph longer than the page's column, read from the .docx directly, runs on over
lines as its print wraps it.

The canvas set each paragraph on one line, its words squeezed into the column, however long it
was. A plan's introduction that names its status scale in prose ('Plan owner: X. Last
refreshed ... Status: On track; At risk; Off track; Complete.') was then one 'line' opening with
a label, with the cards' own status label inside it: the card reader split it into fields and
read the plan's title over it as one more action, no reference, its status the scale's words.
In the PDF the paragraph wraps, the status label stands mid-line in its prose, and no card is
read there. Now the paragraph wraps at the column width (canvas.wrapped), as in the print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.readers.canvas import Text, wrapped
from plantrace.pipeline.readers.formats import read_document

INTRO = (
    "Plan owner: Lucian Pemberton-Gray. Last refreshed 27 February 2027. Each numbered action "
    "(2.1) is followed by its lead, its date and its position; the steps under it (2.1.1) are "
    "how the lead will get there and are not reported separately. Position: On track; At risk; "
    "Off track; Complete."
)
RECS = [
    (
        "Raise the quality of assessments and plans for children in need",
        [
            ("Quality assure a sample of assessments every month", "Priya Nandakumar",
             "22 May 2027", "Off track"),
            ("Redesign the child in need plan template with families", "Tom Ellery",
             "28 February 2027", "On track"),
        ],
    ),
    (
        "Strengthen management oversight of casework in the assessment teams",
        [
            ("Set a four-weekly supervision standard for every team", "Amara Osei",
             "30 June 2027", "At risk"),
            ("Publish a revised oversight policy for team managers", "Ben Hollis",
             "31 March 2027", "Complete"),
        ],
    ),
]  # fmt: skip
STEPS = ["Report the first results to the board", "Brief staff at the all-service meeting"]


def _plan(path: Path) -> None:
    doc = Document()
    doc.add_paragraph().add_run("Oakridge Council").bold = True
    doc.add_heading("Improvement plan: recommendations, actions and steps", level=1)
    doc.add_paragraph(INTRO)
    for n, (rec, actions) in enumerate(RECS, start=1):
        doc.add_heading(f"Recommendation {n}: {rec}", level=2)
        for k, (text, lead, due, status) in enumerate(actions, start=1):
            doc.add_paragraph().add_run(f"{n}.{k}\t{text}").bold = True
            doc.add_paragraph(f"Lead: {lead}   |   Due: {due}   |   Position: {status}")
            for s, step in enumerate(STEPS, start=1):
                doc.add_paragraph(f"{n}.{k}.{s}\t{step}")
    doc.save(str(path))


def test_intro_paragraph_naming_the_scale_is_no_action(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    actions = extract_file(path).to_contract()["actions"]
    assert [a["ref"] for a in actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert [a["owner"] for a in actions] == [a[1] for _, acts in RECS for a in acts]
    assert [a["due_date"] for a in actions] == [
        "2027-05-22", "2027-02-28", "2027-06-30", "2027-03-31"
    ]  # fmt: skip
    assert [a["rag"] for a in actions] == ["red", "green", "amber", "blue"]


def test_long_text_wraps_at_the_column() -> None:
    lines = wrapped(Text(INTRO, 8.5), 523.0)  # 8.5 pt at 0.45 of the size a character: 136
    assert len(lines) == 3
    assert " ".join(ln.text for ln in lines) == INTRO
    assert all(len(ln.text) * 0.45 * 8.5 <= 523.0 for ln in lines)
    assert lines[0].text.startswith("Plan owner:") and "Position:" not in lines[0].text


def test_short_text_and_its_marks_stay_whole() -> None:
    text = Text("Lead: Tom Ellery | Due: 28 February 2027", 9.0, marks=(None,) * 8)
    assert wrapped(text, 523.0) == [text]
    long = Text("word " * 60, 10.0, marks=tuple(f"#{k:06x}" for k in range(60)))
    parts = wrapped(long, 180.0)  # 40 characters a line: 8 words of four letters
    assert [len(p.text.split()) for p in parts] == [8] * 7 + [4]
    assert [m for p in parts for m in p.marks or ()] == list(long.marks or ())


def test_default_spacing_parts_paragraphs(tmp_path: Path) -> None:
    """python-docx's template states its 10 pt after a paragraph only in docDefaults (Normal
    says none): the print leaves it, so two wrapped paragraphs stay two blocks, not one."""
    doc = Document()
    doc.add_paragraph("Every action in our improvement plan is set as an objective. " * 3)
    doc.add_paragraph("Ofsted recommendation 1: " + "Improve the response to exploitation. " * 3)
    path = tmp_path / "spaced.docx"
    doc.save(str(path))
    lines = read_document(path.read_bytes(), path.name, "").pages[0].lines
    first = [ln for ln in lines if ln.text.startswith("Ofsted")][0]
    above = lines[lines.index(first) - 1]
    inside = lines[1].top - lines[0].bottom  # between two lines of the first paragraph
    assert len(lines) == 4  # 11 pt, 0.45 of the size a character: 109 a line
    assert first.top - above.bottom == pytest.approx(inside + 10.0 + 3.0)  # after + the gap
