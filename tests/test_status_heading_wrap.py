"""A value's wrapped tail is no status heading: a risk register's mitigation ends
'Mitigation status: Partially' and the status's last word, 'effective', wraps alone onto the
next line in the value's bold type. A bold status line alone is what a plan sorted by status
prints as a heading ('Effective', 'Off track (4)'), rating every unrated action after it; a
heading opens with a capital, so a line opening in lower case is the tail of a value above and
rates nothing: the mitigations after it whose status is 'Planned' (a state of no colour) stay
unrated.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf

ITEMS = [
    ("1.1", "Publish a revised threshold document with partners", "Designated Nurse", "Nov-26",
     "Partially"),
    ("1.2", "Apply consistent thresholds at the front door", "Principal Social Worker", "Oct-26",
     "Planned"),
    ("1.3", "Train foster carers in understanding trauma", "Head of Service", "Mar-26",
     "Planned"),
]  # fmt: skip


def _register(path: Path) -> Path:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold", leftIndent=28)
    item = ParagraphStyle("i", parent=body, leftIndent=28, firstLineIndent=-28)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=15)
    story: list = [
        Paragraph("Children's Services Improvement: risk register", head),
        Paragraph("Recommendation 1: Improve the timeliness of decisions at the front door", body),
        Spacer(1, 8),
        Paragraph("Risk CSR-01&nbsp;&nbsp;Changes to systems disrupt recording", head),
        Paragraph("Linked Ofsted recommendation: Recommendation 1", body),
    ]
    for ref, text, who, due, status in ITEMS:
        story.append(
            Paragraph(
                f"{ref}&nbsp;&nbsp;&nbsp;{text}. Responsible: {who}; Target date: {due}; "
                f"<b>Mitigation status:</b> <b>{status}</b>",
                item,
            )
        )
        if status == "Partially":
            story.append(Paragraph("effective", bold))  # the value's wrapped last word
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_lower_case_tail_rates_nothing_after_it(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_register(tmp_path / "register.pdf")))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2", "1.3"]
    assert [a.owner for a in plan.actions] == [it[2] for it in ITEMS]
    assert [a.rag for a in plan.actions] == ["amber", None, None]


def test_bold_lower_case_line_is_no_status_heading() -> None:
    # 'effective' in bold, alone under a value 'Partially': a tail; 'Effective' heads a section
    from reportlab.pdfgen import canvas

    from plantrace.extractors.plan_columns import read_layout
    from plantrace.extractors.status_headings import heading_status
    from plantrace.pipeline.reader import parse_pdf_bytes

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0), invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 800, "effective")
    c.drawString(50, 740, "Effective")
    c.setFont("Helvetica", 10)
    c.drawString(50, 700, "Mitigations whose controls are in place and working as intended.")
    c.showPage()
    c.save()
    els = [el for el in read_layout(parse_pdf_bytes(buf.getvalue(), "w.pdf")) if el.lines]
    got = {el.text.strip(): heading_status(el) for el in els}
    assert got["effective"] is None
    assert got["Effective"] == ("Effective", "green")
