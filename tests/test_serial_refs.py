"""A box's own serial ref over it ('Commitment P07', numbered through the plan) is the action's
ref, not a tag citing a recommendation: the recommendation is the heading above the run of
boxes. Read as tags, the first boxes linked to the recommendations of their own numbers and
every box past the last recommendation's number to none."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.serial_refs import serial_refs
from plantrace.pipeline.extract import extract_file

RECS = [
    ("Raise the quality of assessments and plans for children in need", 2),
    ("Build a stable, permanent and skilled social work workforce", 3),
    ("Ensure that strategy discussions involve police, health and education", 2),
]
OWNERS = ["Sian Pritchard", "Owen Tremayne", "Amira Choudhury"]
TEXTS = [
    "Include identity and cultural needs prompts in the assessment form",
    "Review every child in need plan at least every three months",
    "Offer a protected caseload and weekly supervision to newly qualified workers",
    "Introduce a career pathway that rewards staying in frontline practice",
    "Recruit four permanent team managers through a national campaign",
    "Revise the strategy discussion template so the decision is recorded",
    "Run a multi-agency audit of thirty strategy discussions",
]


def _plan(path: Path) -> None:
    d = Document()
    d.add_heading("Our promises to children and young people", level=1)
    n = 0
    for r, (rec, count) in enumerate(RECS, start=1):
        d.add_heading(f"Recommendation {r}: {rec}", level=2)
        for _ in range(count):
            n += 1
            box = d.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.rows[0].cells[0]
            cell.paragraphs[0].add_run(f"Commitment P{n:02d}").bold = True
            cell.add_paragraph(f"My commitment: {TEXTS[n - 1]}")
            cell.add_paragraph("I will complete this by: end-Mar 2027    Self-rating: On course")
            cell.add_paragraph(
                f"Signed: ..............................  Print name: {OWNERS[n % 3]}"
            )
            d.add_paragraph("")
    d.save(str(path))


def test_serial_box_refs_are_refs_not_citations(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    result = extract_file(tmp_path / "plan.docx")
    plan = result.to_contract()
    actions = plan["actions"]
    assert [a["text"] for a in actions] == TEXTS
    recs = {r["id"]: r for r in plan["recommendations"]}
    assert len(recs) == 3
    want = [1, 1, 2, 2, 2, 3, 3]
    got = [[recs[x]["text"][:20] for x in a["recommendations"]] for a in actions]
    assert got == [[RECS[w - 1][0][:20]] for w in want]


def test_serial_tags_versus_recommendation_tags() -> None:
    # boxes numbered through the plan, two under a heading: refs
    tags = {2: "Pledge P01", 4: "Pledge P02", 7: "Pledge P03", 9: "Pledge P04"}
    kept, refs = serial_refs(tags, {1, 6})
    assert kept == {} and refs == {2: "P01", 4: "P02", 7: "P03", 9: "P04"}
    # one tagged box per recommendation heading: tags citing recommendations
    tags = {2: "Recommendation 1", 5: "Recommendation 2", 8: "Recommendation 3"}
    assert serial_refs(tags, {1, 4, 7}) == (tags, {})
    # tags repeating a recommendation's number over its boxes
    tags = {2: "R1", 4: "R1", 6: "R2", 8: "R3"}
    assert serial_refs(tags, {1, 5}) == (tags, {})
