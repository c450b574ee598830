"""A risk register printed from Word whose MITIGATIONS are the actions: under each risk, numbered
paragraphs run their fields inline ('2.1 <text>. Action owner: <person>; Target date: 14/3/27;
Control effectiveness: Partially effective'), the status given as how well the control works.

What is read: the control-effectiveness scale is a RAG scale ('Effective' green, 'Partially
effective' amber, 'Not effective' red, 'Implemented' blue, 'Planned' no colour), each step read
whole so the longer steps are never read as 'Effective'; the 'Control effectiveness' /
'Effectiveness' heads end the date before them, so the due date keeps no status words.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import header_role
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf

ACTIONS = [
    ("1.1", "Hold monthly practice workshops on writing analysis in assessments", "David Osei",
     "12/11/25", "Not effective"),
    ("1.2", "Redesign the child in need plan template with outcomes in plain language",
     "Helen Markham", "25/10/25", "Partially effective"),
    ("1.3", "Include identity and cultural needs prompts in the assessment form", "Tom Ellery",
     "17/2/26", "Planned"),
    ("2.1", "Publish a revised threshold document with partners and schools", "Grace Adebayo",
     "28/2/26", "Effective"),
    ("2.2", "Apply consistent thresholds at the front door through weekly clinics",
     "Leon Fairweather", "7/11/25", "Implemented"),
]  # fmt: skip


def _plan(path: Path, label: str) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, leftIndent=18)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15)
    story: list = [Paragraph("Children's Services Improvement: risk register", head)]
    for i, (ref, text, owner, due, status) in enumerate(ACTIONS):
        if ref.endswith(".1"):
            story += [
                Spacer(1, 6),
                Paragraph(f"Risk CSR-0{i + 1} Leaders do not have timely oversight", head),
                Paragraph("Mitigating actions:", body),
            ]
        story.append(
            Paragraph(
                f"{ref} {text}. Action owner: {owner}; Target date: {due}; {label}: {status}",
                body,
            )
        )
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_control_effectiveness_scale_is_rag() -> None:
    assert normalise_rag("Effective") == "green"
    assert normalise_rag("Partially effective") == "amber"
    assert normalise_rag("Not effective") == "red"
    assert normalise_rag("Ineffective") == "red"
    assert normalise_rag("Planned") is None
    assert normalise_rag("effective multi-agency practice") is None  # prose, no status


def test_effectiveness_heads_name_the_status() -> None:
    assert header_role("Control effectiveness") == "rag"
    assert header_role("Effectiveness") == "rag"
    assert header_role("Evidence of effectiveness") != "rag"


def test_mitigations_read_with_their_status(tmp_path: Path) -> None:
    for label in ("Control effectiveness", "Effectiveness"):
        actions = extract_plan(parse_pdf(_plan(tmp_path / "plan.pdf", label))).actions
        assert [a.ref for a in actions] == [a[0] for a in ACTIONS]
        assert [a.owner for a in actions] == [a[2] for a in ACTIONS]
        assert [a.due_raw for a in actions] == [a[3] for a in ACTIONS]
        assert [a.rag for a in actions] == ["red", "amber", None, "green", "blue"]
