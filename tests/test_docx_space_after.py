"""The space Word leaves after a paragraph (w:spacing w:after, its own or its style's), read from
the .docx directly as its print sets it.

Two paragraphs that open alike (a bold label each: 'Position at <date>: (a) ...; (b) ...' and
'Progress since the last board: (a) ...; (b) ...') stand apart in the print by the space the
Normal style leaves after each. Read from the .docx that space was not laid out, so the two
ran into one block: the status line's last value ran on into the progress line, and no line
was keyed by the items' markers alone, so every action's status and update were unread. Now
the canvas leaves the space after a paragraph the document states (Text.after).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from plantrace.pipeline.extract import extract_file

GREEN, AMBER, RED, BLUE = "2E7D32", "B26A00", "C62828", "1565C0"
RECS = [
    (
        "Improve the quality of assessments so that they reflect each child's history",
        [
            ("Introduce a new assessment template with partners", "by 1 May 2026; Jane Smith"),
            ("Audit fifty case files each month and report the themes", "Sam Patel, by 2 June 2026"),
        ],
        [("Holding a steady course", GREEN), ("Taking on some water", RED)],
        ["Template drafted and shared", "Two audits done; themes reported"],
    ),
    (
        "Strengthen management oversight of casework in the assessment teams",
        [
            ("Set a four-weekly supervision standard for every team", "by 4 May 2026; Jane Smith"),
            ("Publish a revised oversight policy for managers", "Omar Hale, by 5 June 2026"),
        ],
        [("Wind slackening somewhat", AMBER), ("Safely into harbour", BLUE)],
        ["Standard agreed at the board", "Policy published in March"],
    ),
]  # fmt: skip


def _plan(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].paragraph_format.space_after = Pt(5)
    doc.add_paragraph().add_run("Council response to the inspection").bold = True
    for n, (rec, actions, states, updates) in enumerate(RECS, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
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
        p = doc.add_paragraph()
        p.add_run("Progress since the last board: ").bold = True
        p.add_run("; ".join(f"({chr(97 + k)}) {u}" for k, u in enumerate(updates)) + ".")
    doc.save(str(path))


def test_paragraphs_spaced_after_stand_apart(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    _plan(path)
    actions = extract_file(path).to_contract()["actions"]
    assert [a["ref"] for a in actions] == ["1(a)", "1(b)", "2(a)", "2(b)"]
    assert [a["rag"] for a in actions] == ["green", "red", "amber", "blue"]
    assert [a["progress"] for a in actions] == [u for *_, ups in RECS for u in ups]
