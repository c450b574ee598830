"""A Word risk register printed to PDF whose mitigations are numbered paragraphs of run-in
fields ('2.1 <text>. Action owner: X; Target date: Y; Control effectiveness: Z'), where the
last head ENDS ITS LINE and its value, set bold, sits alone on the next line ('Control
effectiveness:' over 'Effective'), with an update line under it ('Commentary: ...').

What is read: the value under the head is the head's (the status), the due date stops at the
head (it never swallows '; Control effectiveness:').
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.run_in_fields import fields
from plantrace.pipeline.reader import parse_pdf

MITIGATIONS = [
    ("1.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "Service Manager, Front Door", "19/8/25", "Partially effective", False,
     "Waiting on the new case management system"),
    ("1.2", "Commission an independent return home interview service that offers every child "
     "a conversation", "Head of Service, Children in Care", "28/2/26", "Effective", True,
     "Monthly reports now in place"),
    ("1.3", "Record the findings of every return home interview in a structured form",
     "Commissioning Manager", "31/1/26", "Not effective", False,
     "Recruitment under way; two posts filled"),
]  # fmt: skip


def _register(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    note = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=9, leading=12)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15)
    story: list = [
        Paragraph("Risk CSR-01 Children missing from care are not found quickly", heading),
        Paragraph("Linked Ofsted recommendation: Recommendation 1", body),
        Spacer(1, 4),
    ]
    for ref, text, owner, due, rag, own_line, update in MITIGATIONS:
        gap = "<br/>" if own_line else " "
        story += [
            Paragraph(
                f"{ref} {text}. Action owner: {owner}; Target date: {due}; "
                f"Control effectiveness:{gap}<b>{rag}</b>",
                body,
            ),
            Paragraph(f"Commentary: {update}", note),
            Spacer(1, 6),
        ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_value_under_a_head_ending_its_line(tmp_path: Path) -> None:
    actions = extract_plan(parse_pdf(_register(tmp_path / "register.pdf"))).actions
    assert [a.ref for a in actions] == [m[0] for m in MITIGATIONS]
    assert [a.owner for a in actions] == [m[2] for m in MITIGATIONS]
    assert [a.due_raw for a in actions] == [m[3] for m in MITIGATIONS]
    assert [a.rag for a in actions] == ["amber", "green", "red"]


def test_head_closing_the_text_ends_the_value_before_it() -> None:
    found = fields("Hold a panel. Action owner: Head of Service; Target date: 28/2/26; Status:")
    assert found == {"action": "Hold a panel", "owner": "Head of Service", "due": "28/2/26"}
