"""A plan's own palette of status words, each printed bold in its colour, overrules a word the
vocabulary reads by one word in it: 'Gate closed' inked red beside 'Work finished' inked blue.

inked_status_column took any status word inked against its meaning for a revision mark ('On
track' underlined in blue) and dropped the whole key: 'Gate closed' ('closed' reads done) in red
made every inked word unread, the red ones read blue (holdout57 docx-action-ranges: RAG 0.380 at
0.6.76). Where the inks show three status colours or more, each word always in its one ink, they
are the plan's palette of statuses: the ink is the key, with or without a word inked in the
colour the vocabulary would give ('Work finished' in blue). A revision mark (one ink over the
words it marks, the others in the body's) still keeps the words' meaning
(tests/test_inked_status_revision_marks.py).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import RGBColor

from plantrace.extractors.ink_code import ink_palette, is_status_code
from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

INKS = {
    "Moving well": "2E7D32",
    "Held up": "B26A00",
    "Gate closed": "C62828",
    "Work finished": "1565C0",
    "Queued": "616161",
}
ROWS = [
    ("1.1", "Publish a revised supervision standard with a four-weekly minimum", "Moving well"),
    ("1.2", "Introduce quarterly practice observations of every social worker", "Gate closed"),
    ("1.3", "Run a supervision audit of forty case files each quarter", "Work finished"),
    ("1.4", "Reduce team manager spans of control to seven social workers", "Held up"),
    ("1.5", "Hold a monthly missing children panel chaired by a head of service", "Queued"),
    ("1.6", "Quality assure a sample of assessments every month through audit", "Gate closed"),
]  # fmt: skip
WANT = {"1.1": "green", "1.2": "red", "1.3": "blue", "1.4": "amber", "1.5": None, "1.6": "red"}


def _plan(path: Path, rows: list[tuple[str, str, str]] = ROWS) -> Path:
    d = Document()
    d.add_heading("Improvement plan", level=1)
    d.add_heading("Recommendation 1: Improve management oversight of social work practice", 2)
    header = ["Ref", "Action", "Lead officer", "Due date", "Position"]
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        t.cell(0, j).paragraphs[0].add_run(h).bold = True
    for i, (ref, action, status) in enumerate(rows, start=1):
        for j, v in enumerate((ref, action, "Head of Service", f"{10 + i} May 2026")):
            t.cell(i, j).text = v
        run = t.cell(i, 4).paragraphs[0].add_run(status)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(INKS[status])
    d.save(str(path))
    return path


def test_palette_in_the_word_file(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "plan.docx")).to_contract()
    assert {a["ref"]: a["rag"] for a in result["actions"]} == WANT


def test_palette_in_the_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_plan(tmp_path / "plan.docx"), tmp_path)
    result = extract_file(pdf).to_contract()
    assert {a["ref"]: a["rag"] for a in result["actions"]} == WANT


def test_palette_with_no_word_in_the_meaning_s_colour(tmp_path: Path) -> None:
    rows = [r for r in ROWS if r[2] != "Work finished"]
    result = extract_file(_plan(tmp_path / "plan.docx", rows)).to_contract()
    assert {a["ref"]: a["rag"] for a in result["actions"]} == {
        ref: rag for ref, rag in WANT.items() if ref != "1.3"
    }


def test_one_reading_of_a_palette() -> None:
    """ink_code.ink_palette / is_status_code read a palette for the cards' inked values and for
    a column's inks alike: the same words always in one ink, three status colours or more."""
    palette = ink_palette(
        [
            ("Clear road", "green"),
            ("Road  closed", "red"),
            ("clear road", "green"),
            ("Works", "amber"),
        ]
    )
    assert palette == {"clear road": "green", "road closed": "red", "works": "amber"}
    assert is_status_code(palette)
    assert ink_palette([("Road closed", "red"), ("road closed", "blue")]) is None
    assert ink_palette([("Road closed", "red"), ("road closed", "")]) is None  # plain too
    assert not is_status_code({"a": "red", "b": "green", "c": ""})  # two colours and plain
