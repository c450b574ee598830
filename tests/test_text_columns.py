"""Plans set in two newspaper columns: a title and an introduction across the page, then the
recommendations and their actions flowing down the left column and on into the right one. The
lines of the two columns sit side by side at interleaving heights; the plan is read column by
column (pipeline.layout.column_bands, extractors.plan.read_text_columns).

Each action is a bold numbered line, then its fields on lines of their own ('Owned by: ...')
or on one line joined by ' | ', then an italic progress line, as a Word progress bulletin
prints it. The PDFs are built with reportlab frames: one across the top, two columns below.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.layout import column_bands
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = {
    "1": "Improve the quality of assessments so that they reflect each child's needs and history",
    "2": "Strengthen management oversight and supervision of social work practice in all teams",
    "3": "Increase the range of suitable homes for care leavers and improve their pathway plans",
}
# ref, text, owner, due as printed, due read, status as printed, RAG read, progress
ACTIONS = [
    ("1.1", "Introduce a single assessment framework across all locality teams",
     "Head of Early Help", "March 2026", "2026-03-31", "On track", "green",
     "Framework drafted with team managers"),
    ("1.2", "Audit twelve assessments every month and report the findings to the quality group",
     "Principal Social Worker (Jane Smith)", "Q2 2025/26", "2025-09-30", "Delayed", "amber",
     "Audits under way in two teams"),
    ("1.3", "Add the child's own words to every assessment and review the template",
     "Service Manager, Assessment", "31/10/2025", "2025-10-31", "Complete", "blue",
     "Template published"),
    ("2.1", "Publish a revised supervision standard with a four-weekly minimum",
     "AD Safeguarding", "December 2025", "2025-12-31", "On track", "green",
     "Standard agreed by the leadership team"),
    ("2.2", "Train all team managers in reflective supervision with the regional partnership",
     "Workforce Development Team", "Q4 2025/26", "2026-03-31", "Delayed", "amber",
     "First cohort booked for the spring"),
    ("3.1", "Agree a joint housing protocol with district councils that gives care leavers"
     " priority banding", "Front Door / MASH", "June 2026", "2026-06-30", "On track", "green",
     "Draft shared with the districts"),
    ("3.2", "Rewrite the pathway plan with care leavers so it is shorter and easier to use",
     "Care Leavers Service", "September 2026", "2026-09-30", "Off track", "red",
     "Delayed because of staff turnover"),
]  # fmt: skip
EXPECTED = [(ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag, _ in ACTIONS]


def _newspaper_pdf(joined: bool) -> bytes:
    """A progress bulletin: title and introduction across the page, then two columns."""
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9, leading=11)
    bold = ParagraphStyle("bold", parent=body, fontName="Times-Bold", spaceBefore=5)
    italic = ParagraphStyle("italic", parent=body, fontName="Times-Italic", spaceAfter=2)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16,
                             spaceBefore=8, spaceAfter=4)  # fmt: skip
    title = ParagraphStyle("t", fontName="Helvetica", fontSize=22, leading=26)
    story: list[object] = [
        Paragraph("Northshire Children's Services Improvement Plan: progress report", title),
        Paragraph(
            "This report sets out the council's response to each recommendation of the"
            " inspection, who owns each task, when it will be complete and how it is going.",
            body,
        ),
        FrameBreak(),
    ]
    for num, rec in RECS.items():
        story.append(Paragraph(f"Recommendation {num}: {rec}", heading))
        for ref, text, owner, due, _, status, _, progress in ACTIONS:
            if not ref.startswith(f"{num}."):
                continue
            story.append(Paragraph(f"{ref}&nbsp;&nbsp;{text}", bold))
            fields = [f"Owned by: {owner}", f"Complete by: {due}", f"Status: {status}"]
            for line in [" | ".join(fields)] if joined else fields:
                story.append(Paragraph(line, body))
            story.append(Paragraph(f"Progress: {progress}", italic))
    width, height = A4
    margin, gutter, top_h = 50.0, 20.0, 150.0
    col = (width - 2 * margin - gutter) / 2
    col_h = height - 2 * margin - top_h
    frames = [
        Frame(margin, height - margin - top_h, width - 2 * margin, top_h, id="top"),
        Frame(margin, margin, col, col_h, id="left"),
        Frame(margin + col + gutter, margin, col, col_h, id="right"),
    ]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=[PageTemplate("np", frames=frames)])
    doc.build(story)
    return buf.getvalue()


def _facts(plan: PlanExtraction) -> list[tuple[str | None, str, str | None, str, str | None]]:
    return [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions]


def _recs(plan: PlanExtraction) -> list[list[str]]:
    numbers = {r.id: r.number for r in plan.recommendations}
    return [[numbers[r] for r in a.recommendations] for a in plan.actions]


@pytest.mark.parametrize("joined", [False, True])
def test_actions_of_a_two_column_bulletin(joined: bool) -> None:
    doc = parse_pdf_bytes(_newspaper_pdf(joined), "bulletin.pdf")
    page = doc.pages[0]
    right = [ln for ln in page.lines if ln.x0 > page.width / 2]
    assert right, "the story must run on into the right column"
    (band,) = column_bands(page)
    assert band.top > 60  # below the title and the introduction, which cross the gutter
    plan = extract_plan(doc)
    assert _facts(plan) == EXPECTED
    assert _recs(plan) == [[ref.split(".")[0]] for ref, *_ in ACTIONS]
    assert [a.progress for a in plan.actions] == [p for *_, p in ACTIONS]
    assert {r.number: r.text for r in plan.recommendations} == RECS


def test_a_one_column_page_has_no_column_band() -> None:
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4)
    doc.addPageTemplates([PageTemplate("one", frames=[Frame(50, 50, 495, 742)])])
    doc.build([Paragraph(" ".join(["Text of a plan set across the page."] * 12), body)] * 6)
    parsed = parse_pdf_bytes(buf.getvalue(), "one.pdf")
    assert column_bands(parsed.pages[0]) == []
