"""A plan numbering its actions by section ('1.1', '2.1') under headings that name each
section's number ('Ofsted said - number 2'), where no recommendation could be read (here the
row under each heading holds no sentence): no action links to one, and the plan says so
(plan_links_unread) instead of showing every recommendation unanswered without a word."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.unlinked_sections import unlinked_section_warnings
from plantrace.pipeline.reader import parse_pdf_bytes

PAGE_H = 842.0
SECTIONS = {
    "1": [("1.1", "Agree a timeliness pathway for health assessments", "Amira Choudhury"),
          ("1.2", "Report health assessment timeliness monthly", "Martin Hale")],
    "2": [("2.1", "Step down cases to early help with a warm handover", "Bethan Lloyd")],
}  # fmt: skip


def _pdf(heading: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, PAGE_H))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(54, PAGE_H - 60, "How we are making things better")
    top = 110.0
    for num, actions in SECTIONS.items():
        c.setFont("Helvetica-Bold", 18)
        c.drawString(54, PAGE_H - top, heading.format(num=num))
        top += 40
        for ref, action, who in actions:
            rows = [(ref, action, True), ("\u263a", f"Who will do this: {who}", False),
                    ("\u25f7", "When: November 2026", False),
                    ("\u2714", "How it is going: Going OK", False)]  # fmt: skip
            for key, line, bold in rows:
                c.setFillColor(HexColor("#e8f1fa"))
                c.rect(48.5, PAGE_H - top - 30, 85, 30, stroke=0, fill=1)
                c.setFillColor(HexColor("#000000"))
                c.setFont("Helvetica-Bold", 14)
                c.drawString(54, PAGE_H - top - 20, key)
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 14)
                c.drawString(139, PAGE_H - top - 20, line)
                top += 30
            top += 20
        top += 20
    c.showPage()
    c.save()
    return buf.getvalue()


def test_numbered_sections_with_no_recommendation_read_are_said() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Ofsted said - number {num}"), "easy.pdf"))
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1"]
    assert result.recommendations == []
    said = [w for w in result.warnings if w.code == "plan_links_unread"]
    assert len(said) == 1 and "(1, 2)" in said[0].message


def test_headings_naming_no_section_number_say_nothing() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf("Part of the plan"), "easy.pdf"))
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1"]
    assert not [w for w in result.warnings if w.code == "plan_links_unread"]


def test_recommendations_read_say_nothing() -> None:
    assert unlinked_section_warnings([], [], recommendations_read=True) == []
