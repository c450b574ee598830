"""Clauses set justified under a hanging indent: '1.1' and a few no-break spaces, then the
clause's text, its wrapped lines at the paragraph's left indent, as a word processor or
ReportLab sets a legal annex ('leftIndent 12 mm, firstLineIndent -12 mm', justified).

Justifying a first line spreads every space on it, the ones after the number too, so its text
starts right of where the wrapped lines do. What is read: each clause whole (its wrapped line
too), with its '(a)'..'(c)' field lines; the wrap was taken for other text and the clause's
fields were lost with it.
"""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

# ref, text (long enough to wrap), owner, status as printed, colour
CLAUSES = [
    ("1.1", "Deliver contextual safeguarding training to every social work team and to "
     "designated safeguarding leads in schools", "Director of Children's Services",
     "Discharged", "blue"),
    ("1.2", "Establish a weekly multi-agency child exploitation meeting with police, health "
     "and youth justice", "Head of Service, Children in Care", "Some concerns", "amber"),
    ("2.1", "Introduce comprehensive supervision arrangements for newly qualified "
     "practitioners throughout their assessed first year", "Principal Social Worker",
     "On course", "green"),
    ("2.2", "Commission an independent return home interview service that offers every child "
     "a conversation within seventy-two hours", "Workforce Development Lead", "Not on course",
     "red"),
    ("2.3", "Escalate any strategy discussion held without a health representative to the "
     "designated nurse within one working day", "Head of Quality Assurance", "On course",
     "green"),
]  # fmt: skip
DUES = {
    "1.1": "2026-05-31",
    "1.2": "2025-09-30",
    "2.1": "2026-08-31",
    "2.2": "2026-04-30",
    "2.3": "2026-09-30",
}
MONTHS = {"05": "May", "09": "September", "08": "August", "04": "April"}


def _pdf() -> bytes:
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5,
                          alignment=TA_JUSTIFY)  # fmt: skip
    heading = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11)
    clause = ParagraphStyle("cl", parent=body, leftIndent=12 * mm, firstLineIndent=-12 * mm,
                            spaceBefore=4, spaceAfter=2)  # fmt: skip
    sub = ParagraphStyle("s", parent=body, leftIndent=22 * mm, firstLineIndent=-8 * mm,
                         spaceAfter=1.5, alignment=0)  # fmt: skip
    story = [Paragraph("ANNEX A: IMPROVEMENT ACTIONS REQUIRED UNDER THE DIRECTION", heading)]
    for number in ("1", "2"):
        story.append(Paragraph(f"Recommendation {number}", heading))
        story.append(Paragraph("The Council shall:", body))
        for ref, text, owner, status, _ in CLAUSES:
            if not ref.startswith(f"{number}."):
                continue
            iso = DUES[ref]
            due = f"end of {MONTHS[iso[5:7]]} {iso[:4]}"
            story.append(Paragraph(f"{ref}\u00a0\u00a0\u00a0\u00a0{text}", clause))
            for line in (
                f"(a) Accountable officer: {owner}",
                f"(b) Completion date: {due}",
                f"(c) Compliance position: {status}",
            ):
                story.append(Paragraph(line.replace("'", "&#39;"), sub))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm).build(story)
    return buf.getvalue()


def test_justified_clause_keeps_its_wrapped_line_and_fields() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "annex.pdf"))
    got = {
        a.ref: (a.text, a.owner, a.due_date.isoformat() if a.due_date else None, a.rag)
        for a in result.actions
    }
    want = {ref: (text, owner, DUES[ref], colour) for ref, text, owner, _, colour in CLAUSES}
    assert got == want
