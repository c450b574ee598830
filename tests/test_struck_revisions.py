"""A revised plan marks its changes by hand: the old value struck through beside the new one.

Struck-through text is history (the owner or date the plan had before), not the value; a plan that
marks its changes without Word's tracked changes prints the old value with strike formatting in the
same cell as the new one, sometimes in the same paragraph.
"""

from __future__ import annotations

from pathlib import Path

import docx

from plantrace.pipeline.extract import extract_file


def _revised_plan(path: Path) -> Path:
    """A landscape-free, key-less plan: 'No. | What we will do | Responsible | Deadline', one old
    owner struck in the same paragraph as the new, one old deadline double-struck on its own line."""
    d = docx.Document()
    d.add_paragraph("Eastbridge Council improvement plan, revision B", style="Title")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, ["No.", "What we will do", "Responsible", "Deadline"],
                          strict=True):  # fmt: skip
        cell.text = head
    first = t.rows[1].cells
    first[0].text, first[1].text = "4", "Publish a sufficiency strategy for foster placements"
    owner = first[2].paragraphs[0]
    owner.add_run("Head of Commissioning").font.strike = True
    owner.add_run(" Director of Children's Services")
    first[3].text = "December 2025"
    second = t.rows[2].cells
    second[0].text, second[1].text = "5", "Review every placement costing more than the average"
    second[2].text = "Finance Business Partner"
    second[3].paragraphs[0].add_run("April 2025").font.double_strike = True
    second[3].add_paragraph("July 2025")
    d.save(str(path))
    return path


def test_struck_text_in_a_word_plan_is_history_not_the_value(tmp_path: Path) -> None:
    result = extract_file(_revised_plan(tmp_path / "revised.docx"))
    assert [(a.ref, a.owner, a.due_raw) for a in result.actions] == [
        ("4", "Director of Children's Services", "December 2025"),
        ("5", "Finance Business Partner", "July 2025"),
    ]
    notes = [w.message for w in result.warnings if w.code == "struck_text_dropped"]
    assert len(notes) == 1 and notes[0].startswith("2 struck-through run(s)")
