"""Pledge boxes label their action with a promise in the writer's own words ('I promise that we
will: <text>'): a label longer than a short label and known as no phrase, closing with 'we
will'. It read as the first clause of the action's sentence and stayed in front of its text.
Their updates are labelled 'Evidence so far:' (an account of what has happened, as 'Impact so
far' is), which named no known role and so were not read.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from plantrace.extractors.plan_columns import header_role, whole_label_role
from plantrace.pipeline.extract import extract_file

RECS = [
    ("Raise the quality of assessments and plans for children in need", 2),
    ("Build a stable, permanent and skilled social work workforce", 2),
]
OWNERS = ["Sian Pritchard", "Owen Tremayne", "Amira Choudhury", "Claire Whitby"]
TEXTS = [
    "Include identity and cultural needs prompts in the assessment form",
    "Review every child in need plan at least every three months",
    "Offer a protected caseload and weekly supervision to newly qualified workers",
    "Recruit four permanent team managers through a national campaign",
]
UPDATES = [
    "Audit shows improvement in most records",
    "Waiting on the new case management system",
    "Recruitment under way; two posts filled",
    "Scoping to begin next quarter",
]


def _plan(path: Path) -> None:
    d = Document()
    d.add_heading("Our pledges to children and young people", level=1)
    n = 0
    for r, (rec, count) in enumerate(RECS, start=1):
        d.add_heading(f"Recommendation {r}: {rec}", level=2)
        for _ in range(count):
            n += 1
            box = d.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            cell = box.rows[0].cells[0]
            cell.paragraphs[0].add_run(f"Pledge P{n:02d}").bold = True
            cell.add_paragraph(f"I promise that we will: {TEXTS[n - 1]}")
            cell.add_paragraph("To be delivered by: end-Mar 2027    Self-rating: On track")
            cell.add_paragraph().add_run(f"Evidence so far: {UPDATES[n - 1]}").italic = True
            cell.add_paragraph(f"Signed: ..............................  Lead: {OWNERS[n - 1]}")
            cell.add_paragraph("Witnessed by: ....................  Date signed: ..........")
            d.add_paragraph("")
    d.save(str(path))


def test_pledge_label_and_evidence_so_far_are_read(tmp_path: Path) -> None:
    _plan(tmp_path / "plan.docx")
    plan = extract_file(tmp_path / "plan.docx").to_contract()
    actions = plan["actions"]
    assert [a["text"] for a in actions] == TEXTS
    assert [a["progress"] for a in actions] == UPDATES
    assert [a["owner"] for a in actions] == OWNERS
    assert [a["due_date"] for a in actions] == ["2027-03-31"] * 4


def test_whole_label_tails() -> None:
    assert whole_label_role("I promise that we will:") == "action"
    assert whole_label_role("Together we will") == "action"
    assert header_role("Evidence so far") == "progress"
    # a sentence before a colon is no label; a longer header keeps its own role
    assert whole_label_role("The board will consider") is None
    assert whole_label_role("In the twelve months to come we will") is None
    assert header_role("Outcome we will track") is None
