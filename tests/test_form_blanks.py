"""A form's signature line ('Signed: ..........  Name: <owner>') in every pledge box is the
form's furniture: its values, dotted leaders to be filled in by hand, hold nothing to read.
Read as a card label no vocabulary names, it was said on every page as a column of values not
read (plan_column_unplaced); set aside by its blank values, a label over real values keeps its
warning."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.form_blanks import all_form_blanks, is_form_blank
from plantrace.pipeline.extract import extract_file

OWNERS = ["Sian Pritchard", "Owen Tremayne", "Amira Choudhury"]
TEXTS = [
    "Include identity and cultural needs prompts in the assessment form",
    "Review every child in need plan at least every three months",
    "Offer a protected caseload and weekly supervision to newly qualified workers",
]
VENUES = ["Green ribbon", "Red ribbon", "Gold ribbon"]


def _plan(path: Path, second: list[str], label: str = "Signed") -> None:
    d = Document()
    d.add_heading("Our pledges to children and young people", level=1)
    d.add_heading("Recommendation 1: Raise the quality of assessments and plans", level=2)
    for n, text in enumerate(TEXTS):
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        cell = box.rows[0].cells[0]
        cell.paragraphs[0].add_run(f"Pledge P{n + 1:02d}").bold = True
        cell.add_paragraph(f"We pledge to: {text}")
        cell.add_paragraph("To be delivered by: end-Mar 2027    Self-rating: On track")
        cell.add_paragraph(f"{label}: {second[n]}    Name: {OWNERS[n]}")
        d.add_paragraph("")
    d.save(str(path))


def test_signature_leaders_are_furniture(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx", ["." * 30, "_" * 24, "." * 30])
    plan = extract_file(tmp_path / "plan.docx").to_contract()
    assert [a["text"] for a in plan["actions"]] == TEXTS
    assert [a["owner"] for a in plan["actions"]] == OWNERS
    assert [a["due_date"] for a in plan["actions"]] == ["2027-03-31"] * 3
    assert not [w for w in plan["warnings"] if w["code"] == "plan_column_unplaced"]


def test_label_over_real_values_is_still_said(tmp_path: Path) -> None:
    # the same line with real values under a label no vocabulary knows: said, not set aside
    _plan(tmp_path / "plan.docx", VENUES, label="Meeting place")
    plan = extract_file(tmp_path / "plan.docx").to_contract()
    said = [w["message"] for w in plan["warnings"] if w["code"] == "plan_column_unplaced"]
    assert any("'Meeting place'" in m for m in said)
    _plan(tmp_path / "plan.docx", ["." * 30] * 3, label="Meeting place")
    plan = extract_file(tmp_path / "plan.docx").to_contract()
    assert not [w for w in plan["warnings"] if w["code"] == "plan_column_unplaced"]


def test_is_form_blank() -> None:
    assert is_form_blank("..........")
    assert is_form_blank(" ________ ")
    assert is_form_blank("\u2026\u2026\u2026")
    assert not is_form_blank("..")
    assert not is_form_blank("J. Smith")
    assert all_form_blanks(["....", "", "_____"])
    assert not all_form_blanks(["....", "Signed by the chair"])
    assert not all_form_blanks(["", " "])
