"""A risk register whose entries are headings over numbered mitigations: each risk a code and a
title ('Risk CSR-02  Recruitment pressures leave posts vacant'), a line of the risk's own fields
(its owner, scores, last review: no action's date or status), its linked recommendation, then
numbered paragraphs '2.1 <text>. Responsible: ...; Target date: ...; Status: ...'.

What is read: the numbered paragraphs are the actions; the risk headings group them and are no
actions of their own (no ref, no due date, no status, a code in the title, numbered items
directly under each), so the risk owner and its scores never become an action's owner.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

RISKS = [
    ("CSR-01", "Changes to systems disrupt recording", "Cllr Honoria Blakemore", "1", [
        ("1.1", "Publish a revised threshold document with partners", "Designated Nurse",
         "Nov-26", "Partially effective"),
        ("1.2", "Apply consistent thresholds at the front door", "Principal Social Worker",
         "Oct-26", "Not effective"),
    ]),
    ("CSR-02", "Recruitment pressures leave key posts vacant", "Marguerite Adebayo", "2", [
        ("2.1", "Commission a therapeutic service for children in care", "Head of Service",
         "Jul-26", "Effective"),
    ]),
    ("CSR-03", "Leaders lack timely oversight of practice", "Clementine Fairweather", "2", [
        ("2.2", "Train foster carers in understanding trauma", "Designated Nurse", "Mar-26",
         "Implemented"),
    ]),
]  # fmt: skip


def _register(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    item = ParagraphStyle("i", parent=body, leftIndent=28, firstLineIndent=-28)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=15)
    story: list = [
        Paragraph("Children's Services Improvement: risk register", head),
        Paragraph("Ofsted's recommendations", head),
        Paragraph("Recommendation 1: Improve the timeliness of decisions at the front door", body),
        Paragraph("Recommendation 2: Ensure children in care have their health needs met", body),
    ]
    for code, title, owner, rec, items in RISKS:
        story += [
            Spacer(1, 8),
            Paragraph(f"Risk {code}&nbsp;&nbsp;{title}", head),
            Paragraph(
                f"Risk owner: {owner}&nbsp;&nbsp;&nbsp; Inherent: L4 x I5 = 20&nbsp;&nbsp;&nbsp; "
                "Residual: L2 x I4 = 8&nbsp;&nbsp;&nbsp; Last reviewed: 25 October 2025",
                body,
            ),
            Paragraph(f"Linked Ofsted recommendation: Recommendation {rec}", body),
            Paragraph("Controls being put in place:", body),
        ]
        for ref, text, who, due, status in items:
            story.append(
                Paragraph(
                    f"{ref}&nbsp;&nbsp;&nbsp;{text}. Responsible: {who}; Target date: {due}; "
                    f"Mitigation status: {status}",
                    item,
                )
            )
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_risk_headings_group_their_mitigations(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_register(tmp_path / "register.pdf")))
    items = [it for *_, its in RISKS for it in its]
    assert [a.ref for a in plan.actions] == [it[0] for it in items]
    assert [a.owner for a in plan.actions] == [it[2] for it in items]
    assert [a.due_raw for a in plan.actions] == [it[3] for it in items]
    assert [a.rag for a in plan.actions] == ["amber", "red", "green", "blue"]
    assert not any("Risk" in a.text for a in plan.actions)
